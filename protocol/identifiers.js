// @ts-check
// What counts as an email address, a phone number, a code and a language tag: one set of rules, run by the element
// before anything is sent and by the server handler on what arrives. A test runs one table through both.

const MAX_EMAIL = 254;
// The WHATWG "valid email address" local part (what <input type=email> accepts), ASCII only: Auth0 refuses others.
const LOCAL_PART = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/;
const ASCII_LABEL = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)$/;
// A top-level domain is letters (or an internationalised one's A-label), never digits: no IP addresses.
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// Nothing that could change how the domain parses as a URL host (path, port, credentials, brackets, escapes).
const HOST_UNSAFE = /[\s/:@?#\\[\]%<>"'`,;()]/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const E164 = /^\+[1-9][0-9]{6,14}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
// What people paste between a code's digits: spaces, hyphens and dashes of every kind, dots.
const CODE_SEPARATORS = /[\s\-\u2010-\u2015\u2212.]/g;

/**
 * Scripts whose letters may not share one domain label with another script's: `pаypal` with a Cyrillic `а` is a
 * look-alike. Japanese and Korean labels mix Han with their own scripts, which is allowed.
 */
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Tamil',
  'Telugu', 'Kannada', 'Malayalam', 'Gujarati', 'Gurmukhi', 'Sinhala', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan',
  'Ethiopic', 'Hangul', 'Hiragana', 'Katakana', 'Han'];
const SCRIPT_PATTERNS = SCRIPTS.map((name) => /** @type {const} */ ([name, new RegExp(`\\p{Script=${name}}`, 'u')]));
const LETTER = /\p{L}/u;
const MIXES_ALLOWED = [new Set(['Han', 'Hiragana', 'Katakana']), new Set(['Han', 'Hangul'])];

/** @param {string} label */
function singleScript(label) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const char of label) {
    if (!LETTER.test(char)) continue;
    found.add(SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other');
  }
  return found.size <= 1 || MIXES_ALLOWED.some((allowed) => [...found].every((script) => allowed.has(script)));
}

/** RFC 3492 (Punycode) constants. */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

/** @param {number} delta @param {number} points @param {boolean} first */
function adapt(delta, points, first) {
  let k = 0;
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + 38));
}

/**
 * The Unicode of an A-label's Punycode part (after `xn--`), or null when it is malformed. Written here (RFC 3492,
 * decoding only) because browsers have no decoder and the punycode package would add its encoder to the chunk.
 * @param {string} input
 */
export function decodePunycode(input) {
  const basic = input.lastIndexOf('-');
  /** @type {number[]} */
  const output = [];
  for (const char of basic > 0 ? input.slice(0, basic) : '') output.push(char.charCodeAt(0));
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let at = basic > 0 ? basic + 1 : 0; at < input.length; ) {
    const before = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      const c = at < input.length ? input.charCodeAt(at++) : -1;
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : -1;
      if (digit < 0 || i > 0x10ffff * 64) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - before, output.length + 1, before === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/**
 * The domain as Auth0 and mail servers take it: lower case, an internationalised domain as its ASCII A-labels
 * (`münchen.de` → `xn--mnchen-3ya.de`); null for anything else, or a label that mixes scripts. The check runs on the
 * A-labels decoded, so a look-alike is refused whether it was typed in Unicode or as `xn--` (browsers turn the
 * Unicode of an email field into A-labels themselves). A label written entirely in another script (a Cyrillic
 * `аррӏе`) passes: telling it from a real Cyrillic name needs Unicode's confusables data, which is not shipped.
 * @param {string} domain
 */
function asciiDomain(domain) {
  if (!domain || HOST_UNSAFE.test(domain)) return null;
  let ascii;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => ASCII_LABEL.test(label)) || !TLD.test(labels[labels.length - 1] ?? '')) return null;
  for (const label of labels) {
    if (!label.startsWith('xn--')) continue;
    const unicode = decodePunycode(label.slice(4));
    if (unicode === null || !singleScript(unicode)) return null;
  }
  return ascii;
}

/**
 * One email address, normalised (NFKC, trimmed, lower case, the domain in ASCII), or null when it is not one.
 * @param {unknown} input
 * @returns {string | null}
 */
export function normaliseEmail(input) {
  if (typeof input !== 'string' || input.length > 320) return null;
  const value = input.normalize('NFKC').trim().toLowerCase();
  if (CONTROL.test(value)) return null;
  const at = value.lastIndexOf('@');
  if (at < 1) return null;
  const local = value.slice(0, at);
  const domain = asciiDomain(value.slice(at + 1));
  if (!domain || !LOCAL_PART.test(local)) return null;
  const email = `${local}@${domain}`;
  return email.length <= MAX_EMAIL ? email : null;
}

/** @typedef {(text: string, defaultCountry?: any) => { isValid(): boolean, number: string } | undefined} ParsePhone */

/**
 * A phone number in E.164 (`+447911123456`), or null. `parsePhone` is libphonenumber-js's
 * `parsePhoneNumberFromString` (the element loads it only for SMS; the server imports it).
 * @param {unknown} input @param {ParsePhone} parsePhone @param {string} [defaultCountry] ISO 3166 alpha-2, for national numbers
 * @returns {string | null}
 */
export function normalisePhone(input, parsePhone, defaultCountry) {
  if (typeof input !== 'string' || input.length > 64) return null;
  const value = input.normalize('NFKC').trim();
  if (!value || CONTROL.test(value)) return null;
  const phone = parsePhone(value, defaultCountry);
  return phone && phone.isValid() && E164.test(phone.number) ? phone.number : null;
}

/**
 * A one-time code: digits only, from what people paste ("123 456", "123-456", full-width digits). With `length`,
 * exactly that many digits (the element knows); without, 4 to 10 (the server does not).
 * @param {unknown} input @param {number} [length]
 * @returns {string | null}
 */
export function normaliseCode(input, length) {
  if (typeof input !== 'string' || input.length > 40) return null;
  const code = input.normalize('NFKC').replace(CODE_SEPARATORS, '');
  const shape = length ? new RegExp(`^[0-9]{${length}}$`) : /^[0-9]{4,10}$/;
  return shape.test(code) ? code : null;
}

/**
 * A BCP 47 language tag for the email or SMS, or undefined.
 * @param {unknown} input
 * @returns {string | undefined}
 */
export function normaliseLocale(input) {
  return typeof input === 'string' && input.length <= 35 && LOCALE.test(input) ? input : undefined;
}
