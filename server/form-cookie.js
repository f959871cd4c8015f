// @ts-check
// The form cookie of the no-script pages (form-pages.js): a random nonce whose keyed hash is the form token those
// pages carry (a signed double submit: a cross-site page can neither read the token nor compute it), and, after a
// no-script start, whom the code went to, where to return and the language. Sealed like the start cookie, named after
// itself (a value moved to another name is refused), `__Host-` on https. SECURITY.md, "Forms without JavaScript".
import { hashValue, randomToken, seal, unseal } from './crypto.js';
import { cookieNames, parseCookies, serializeCookie } from './cookies.js';
import { START_MAX_AGE } from './start-cookie.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/**
 * @typedef {object} FormState
 * @property {string} nonce random; its keyed hash is the form token
 * @property {'email'|'sms'} [connection] after a start: the code's connection
 * @property {string} [identifier] after a start: the address or number as the handler normalised it
 * @property {string} [returnTo] after a start: where a successful sign-in goes
 */

/**
 * This browser's form state, or null without a (valid) form cookie.
 * @param {ResolvedOptions} options @param {Request} request @returns {Promise<FormState | null>}
 */
export async function readForm(options, request) {
  const { form: name } = cookieNames(options, request);
  const payload = await unseal(options, 'form', parseCookies(request).get(name));
  if (!payload || payload.cookie !== name || typeof payload.nonce !== 'string') return null;
  const { nonce, connection, identifier, returnTo } = payload;
  /** @type {FormState} */
  const state = { nonce };
  if ((connection === 'email' || connection === 'sms') && typeof identifier === 'string') Object.assign(state, { connection, identifier });
  if (typeof returnTo === 'string') state.returnTo = returnTo;
  return state;
}

/** A fresh state: a new nonce, nobody yet. @returns {FormState} */
export const freshForm = () => ({ nonce: randomToken(16) });

/** The Set-Cookie that stores this state. @param {ResolvedOptions} options @param {Request} request @param {FormState} state */
export async function formCookie(options, request, state) {
  const { secure, form: name } = cookieNames(options, request);
  return serializeCookie(options, secure, name, await seal(options, 'form', { cookie: name, ...state }, START_MAX_AGE), START_MAX_AGE);
}

/** The form token for a state's nonce: what the page's hidden field carries. @param {ResolvedOptions} options @param {FormState} state */
export const formToken = (options, state) => hashValue(options, `form-token:${state.nonce}`, 16);

/**
 * Whether the posted token is this browser's (compared in constant time).
 * @param {ResolvedOptions} options @param {FormState | null} state @param {string | null} posted
 */
export async function tokenMatches(options, state, posted) {
  if (!state || typeof posted !== 'string') return false;
  const expected = await formToken(options, state);
  if (posted.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ posted.charCodeAt(i);
  return diff === 0;
}
