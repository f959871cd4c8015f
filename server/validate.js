// @ts-check
// Server-side checks of what the browser sent: one email address, an E.164 number, an N-digit code, a safe
// return path. Never trust the element's own checks.

const EMAIL = /^[^\s@,;:<>()"'`[\]\\]{1,64}@(?:[^\s@,;:<>()"'`[\]\\.]{1,63}\.)+[^\s@,;:<>()"'`[\]\\.]{2,63}$/u;
const E164 = /^\+[1-9][0-9]{6,14}$/;
const CODE = /^[0-9]{4,10}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** @typedef {'email'|'sms'} Connection */

/**
 * Normalises and checks an identifier. Returns the value to send to Auth0, or null.
 * @param {Connection} connection @param {unknown} raw
 */
export function normaliseIdentifier(connection, raw) {
  if (typeof raw !== 'string' || raw.length > 320) return null;
  const value = raw.normalize('NFKC').trim();
  if (CONTROL.test(value)) return null;
  if (connection === 'email') {
    const email = value.toLowerCase();
    return email.length <= 254 && EMAIL.test(email) ? email : null;
  }
  const phone = value.replace(/[\s().-]/g, '');
  return E164.test(phone) ? phone : null;
}

/** @param {unknown} raw @returns {string|null} */
export function normaliseCode(raw) {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const code = raw.normalize('NFKC').replace(/[\s-]/g, '');
  return CODE.test(code) ? code : null;
}

/** @param {unknown} raw @returns {string|undefined} */
export function normaliseLocale(raw) {
  return typeof raw === 'string' && raw.length <= 35 && LOCALE.test(raw) ? raw : undefined;
}

/**
 * A same-site path to return to: starts with exactly one `/`, no backslash, no control characters, and stays
 * on this origin once resolved. Anything else gives null (the caller falls back on loginUrl).
 * @param {unknown} raw
 * @returns {string|null}
 */
export function safeReturnPath(raw) {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || CONTROL.test(raw)) return null;
  try {
    const base = 'http://return.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/**
 * Appends the outcome for the element to a return path, keeping the path's own query.
 * @param {string} returnTo a path from safeReturnPath, or an absolute loginUrl
 * @param {Record<string, string>} params
 */
export function withParams(returnTo, params) {
  const base = 'http://return.invalid';
  const url = new URL(returnTo, base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : url.href;
}
