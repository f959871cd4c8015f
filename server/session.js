// @ts-check
// The handler's two cookies: the session (user + tokens, server-readable only) and the start cookie (the pending
// magic links). Their names, how they are written and read; the sealing itself is crypto.js's.
import { seal, unseal } from './crypto.js';
import { isSecure } from './request.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */

/**
 * @typedef {object} SessionTokens
 * @property {string} [id_token]
 * @property {string} [access_token]
 * @property {number} [expires_at] when the access token expires (seconds since the epoch)
 * @property {string} [scope]
 */
/** @typedef {Record<string, unknown> & { sub: string }} SessionUser */
/** @typedef {{ user: SessionUser, tokens: SessionTokens }} Session */
/** @typedef {{ state: string, nonce: string, returnTo: string, identifier: string, exp: number }} PendingLink */

/** How long a magic link can be finished in the browser that asked for it (the start cookie's lifetime). */
export const START_MAX_AGE = 30 * 60;

/** @param {ResolvedOptions} options @param {Request} request */
export function cookieNames(options, request) {
  const secure = isSecure(options, request);
  return {
    secure,
    session: options.cookie.name ?? (secure ? '__Host-passwordless' : 'passwordless_session'),
    start: secure ? '__Host-passwordless-start' : 'passwordless_start',
  };
}

/** @param {Request} request @returns {Map<string, string>} */
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
 * A Set-Cookie value: HttpOnly, Path=/, SameSite, Secure when secure (required by the __Host- prefix).
 * @param {ResolvedOptions} options @param {boolean} secure
 * @param {string} name @param {string} value @param {number} maxAge 0 deletes
 */
export function serializeCookie(options, secure, name, value, maxAge) {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', `SameSite=${options.cookie.sameSite}`, `Max-Age=${Math.max(0, Math.floor(maxAge))}`];
  if (maxAge <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

// ---- the session ----

/**
 * A new session cookie (a fresh value at every login: rotation).
 * @param {ResolvedOptions} options @param {Request} request @param {Session} session
 */
export async function sessionCookie(options, request, session) {
  const { secure, session: name } = cookieNames(options, request);
  const sid = crypto.randomUUID();
  const value = await seal(options, 'session', { sid, user: session.user, tokens: session.tokens }, options.sessionMaxAgeSeconds);
  if (value.length > 4000) {
    options.log({ level: 'warn', event: 'session', outcome: 'cookie_too_large', hint: 'The session cookie is over 4000 bytes; browsers may drop it. Use a smaller scope or audience.' });
  }
  return serializeCookie(options, secure, name, value, options.sessionMaxAgeSeconds);
}

/** @param {ResolvedOptions} options @param {Request} request */
export function clearSessionCookie(options, request) {
  const { secure, session: name } = cookieNames(options, request);
  return serializeCookie(options, secure, name, '', 0);
}

/**
 * @param {ResolvedOptions} options @param {Request} request
 * @returns {Promise<Session|null>}
 */
export async function readSession(options, request) {
  const { session: name } = cookieNames(options, request);
  const cookies = parseCookies(request);
  // Without a fixed name, accept either default: server code may build its Request with another scheme.
  const value = cookies.get(name) ?? (options.cookie.name ? undefined : cookies.get('__Host-passwordless') ?? cookies.get('passwordless_session'));
  const payload = await unseal(options, 'session', value);
  if (!payload || typeof payload.user !== 'object' || payload.user === null) return null;
  const user = /** @type {SessionUser} */ (payload.user);
  if (typeof user.sub !== 'string') return null;
  return { user, tokens: /** @type {SessionTokens} */ (payload.tokens ?? {}) };
}

// ---- the start cookie: pending magic links (up to 3, so two tabs do not cancel each other) ----

const MAX_PENDING = 3;

/**
 * @param {ResolvedOptions} options @param {Request} request
 * @returns {Promise<PendingLink[]|null>} null when there is no (valid) start cookie at all
 */
export async function readPending(options, request) {
  const { start: name } = cookieNames(options, request);
  const payload = await unseal(options, 'start', parseCookies(request).get(name));
  if (!payload || !Array.isArray(payload.pending)) return null;
  const now = Math.floor(Date.now() / 1000);
  return /** @type {PendingLink[]} */ (payload.pending).filter((p) => p && typeof p.state === 'string' && p.exp > now);
}

/**
 * The Set-Cookie that stores these pending links (or deletes the cookie when there are none).
 * @param {ResolvedOptions} options @param {Request} request @param {PendingLink[]} pending
 */
export async function pendingCookie(options, request, pending) {
  const { secure, start: name } = cookieNames(options, request);
  const kept = pending.slice(-MAX_PENDING);
  if (kept.length === 0) return serializeCookie(options, secure, name, '', 0);
  return serializeCookie(options, secure, name, await seal(options, 'start', { pending: kept }, START_MAX_AGE), START_MAX_AGE);
}
