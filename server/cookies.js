// @ts-check
// The handler's cookie names, and how cookies are read and written. One name per scheme: on https only the
// `__Host-` names (which no sibling subdomain and no plain-http answer can set) are read, on plain http (a
// loopback host only) only the unprefixed ones. Every sealed cookie names the cookie it was issued as, so a value
// moved to another name is refused (see the readers in session.js and start-cookie.js).
import { isSecure } from './request.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {'session'|'start'|'confirm'|'form'} CookieKind */

const NAMES = {
  session: { secure: '__Host-passwordless', plain: 'passwordless_session' },
  start: { secure: '__Host-passwordless-start', plain: 'passwordless_start' },
  // A sign-in from a magic link opened in another browser, waiting for the person to confirm it (routes/confirm.js).
  confirm: { secure: '__Host-passwordless-confirm', plain: 'passwordless_confirm' },
  // The no-script pages' form token and whom the code went to (form-cookie.js).
  form: { secure: '__Host-passwordless-form', plain: 'passwordless_form' },
};

/**
 * The names this request's cookies have: `__Host-` on https, unprefixed on plain http.
 * @param {ResolvedOptions} options @param {Request} request
 */
export function cookieNames(options, request) {
  const secure = isSecure(options, request);
  const scheme = secure ? 'secure' : 'plain';
  return { secure, session: (secure && options.cookie.name) || NAMES.session[scheme], start: NAMES.start[scheme], confirm: NAMES.confirm[scheme], form: NAMES.form[scheme] };
}

/**
 * Every name the handler could have set for a kind of cookie, whatever the scheme: what logout clears.
 * @param {ResolvedOptions} options @param {CookieKind} kind
 */
export function everyName(options, kind) {
  const names = [NAMES[kind].secure, NAMES[kind].plain];
  if (kind === 'session' && options.cookie.name) names.push(options.cookie.name);
  return [...new Set(names)];
}

/** @param {Request} request @returns {Map<string, string>} the first value of each name */
export function parseCookies(request) {
  const map = new Map();
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name && !map.has(name)) map.set(name, part.slice(at + 1).trim());
  }
  return map;
}

/**
 * A Set-Cookie value: HttpOnly, Path=/, SameSite, Secure when secure (always for a `__Host-` name, which
 * browsers accept only with it).
 * @param {ResolvedOptions} options @param {boolean} secure
 * @param {string} name @param {string} value @param {number} maxAge 0 deletes
 */
export function serializeCookie(options, secure, name, value, maxAge) {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', `SameSite=${options.cookie.sameSite}`, `Max-Age=${Math.max(0, Math.floor(maxAge))}`];
  if (maxAge <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (secure || name.startsWith('__Host-') || name.startsWith('__Secure-')) parts.push('Secure');
  return parts.join('; ');
}

/**
 * Set-Cookie values that delete every name of these kinds.
 * @param {ResolvedOptions} options @param {Request} request @param {CookieKind[]} kinds
 */
export function clearEvery(options, request, kinds) {
  const { secure } = cookieNames(options, request);
  return kinds.flatMap((kind) => everyName(options, kind).map((name) => serializeCookie(options, secure, name, '', 0)));
}
