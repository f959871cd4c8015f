// @ts-check
// The confirm cookie: a sign-in from a magic link opened in another browser than the one that asked for it, held
// until the person confirms it is theirs (routes/confirm.js). The link's own answer is never used: this browser
// signed in afresh (a new state and nonce, prompt=none with the session the link created at Auth0), and the result
// waits here, sealed, for at most 10 minutes. No session exists until the confirmation.
import { seal, unseal } from './crypto.js';
import { cookieNames, parseCookies, serializeCookie } from './cookies.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./session.js').Session} Session */

export const CONFIRM_MAX_AGE = 10 * 60;

/**
 * The Set-Cookie that holds a sign-in waiting for confirmation.
 * @param {ResolvedOptions} options @param {Request} request @param {Session} session @param {string} returnTo
 */
export async function confirmCookie(options, request, session, returnTo) {
  const { secure, confirm: name } = cookieNames(options, request);
  return serializeCookie(options, secure, name, await seal(options, 'confirm', { cookie: name, returnTo, user: session.user, tokens: session.tokens }, CONFIRM_MAX_AGE), CONFIRM_MAX_AGE);
}

/**
 * The sign-in waiting in this browser, or null (none, expired, forged, or moved from another cookie name).
 * @param {ResolvedOptions} options @param {Request} request
 * @returns {Promise<(Session & { returnTo: string }) | null>}
 */
export async function readConfirm(options, request) {
  const { confirm: name } = cookieNames(options, request);
  const payload = await unseal(options, 'confirm', parseCookies(request).get(name));
  if (!payload || payload.cookie !== name) return null;
  const user = /** @type {Session['user']} */ (payload.user);
  if (typeof user !== 'object' || user === null || typeof user.sub !== 'string') return null;
  return { user, tokens: /** @type {Session['tokens']} */ (payload.tokens ?? {}), returnTo: String(payload.returnTo ?? '') };
}

/** @param {ResolvedOptions} options @param {Request} request */
export function clearConfirm(options, request) {
  const { secure, confirm: name } = cookieNames(options, request);
  return serializeCookie(options, secure, name, '', 0);
}
