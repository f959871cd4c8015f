// Normalising and checking what the person typed, before anything is sent.

// The WHATWG "valid email address" grammar, with a dot required in the domain.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** NFKC, trimmed, domain lower-cased; null unless it is exactly one valid address. */
export function normaliseEmail(input: string): string | null {
  const value = input.normalize('NFKC').trim();
  if (value.length > 254 || !EMAIL.test(value)) return null;
  const at = value.lastIndexOf('@');
  return value.slice(0, at) + '@' + value.slice(at + 1).toLowerCase();
}

/** Digits only, from what people paste: "123 456", "123-456", full-width digits. Null if anything else is in it. */
export function normaliseCode(input: string, length: number): string | null {
  const value = input.normalize('NFKC').replace(/[\s\-‐-―−.]/g, '');
  return new RegExp(`^\\d{${length}}$`).test(value) ? value : null;
}

/** Keeps what could be part of a code while typing: digits, up to the length. */
export function codeInputValue(input: string, length: number): string {
  return input.normalize('NFKC').replace(/\D/g, '').slice(0, length);
}

/** E.164 from what was typed, using libphonenumber-js (loaded only for SMS). */
export async function normalisePhone(input: string, defaultCountry?: string): Promise<string | null> {
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/min');
  const value = input.normalize('NFKC').trim();
  if (!value) return null;
  const phone = parsePhoneNumberFromString(value, defaultCountry as never);
  return phone && phone.isValid() ? phone.number : null;
}

/** Country from a BCP 47 tag ("en-GB" → "GB"; "he" → "IL" unless `likely` is false), for national numbers. */
export function regionOf(lang: string | undefined, { likely = true } = {}): string | undefined {
  const match = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(lang ?? '');
  if (match) return match[1]!.toUpperCase();
  if (!likely || !lang) return undefined;
  try {
    // A bare language gets its likely country: "he" → IL, "ja" → JP, "de" → DE.
    return new Intl.Locale(lang).maximize().region;
  } catch {
    return undefined; // not a language tag
  }
}

/**
 * The default country for phone numbers: the region the element's language names ("en-GB"), else the browser's
 * when it speaks the same language ("en" with an en-GB browser → GB), else the language's likely country ("he" → IL),
 * else the browser's.
 */
export function defaultPhoneCountry(lang: string, browserLang: string | undefined): string | undefined {
  const sameLanguage = browserLang?.split(/[-_]/)[0]?.toLowerCase() === lang.split(/[-_]/)[0]?.toLowerCase();
  return (
    regionOf(lang, { likely: false }) ??
    (sameLanguage ? regionOf(browserLang, { likely: false }) : undefined) ??
    regionOf(lang) ??
    regionOf(browserLang)
  );
}

/** a•••@example.com, +44 ••• ••• •89: enough to recognise, not enough to harvest. */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf('@');
  if (at > 0) return `${recipient[0]}•••@${recipient.slice(at + 1)}`;
  if (recipient.length <= 4) return '•'.repeat(recipient.length);
  return `${recipient.slice(0, 3)}•••${recipient.slice(-2)}`;
}
