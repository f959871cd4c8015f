// @ts-check
// The start cookie: what this browser asked for and only it can finish. Pending magic links (state, nonce, where
// to return; up to 3, so two tabs do not cancel each other) and code tickets (proof that this browser asked for
// the latest code, which keeps a small verify budget of its own during a lockout: see throttle.js).
import { seal, unseal } from './crypto.js';
import { cookieNames, parseCookies, serializeCookie } from './cookies.js';
import { normaliseLocale } from '../protocol/identifiers.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/**
 * @typedef {{ state: string, nonce: string, returnTo: string, identifier: string, exp: number, confirm?: true, locale?: string }} PendingLink
 * `confirm`: not a link this browser asked for, but the fresh sign-in after a link opened here from another browser;
 * its result waits for the person's confirmation (routes/confirm.js), and `identifier` is empty. `locale`: the
 * language the element asked in (for the handler's own pages).
 */
/**
 * @typedef {object} CodeTicket A code sent to the person this browser named.
 * @property {string} id random; names the ticket's own verify budget
 * @property {string} identifier the keyed hash of connection and identifier, as sent
 * @property {number} issued when the code was sent (ms since the epoch)
 * @property {number} exp seconds since the epoch
 * @property {string} [locale] the language the element asked in
 * @property {string} [authSession] codes on a database connection: Auth0's `auth_session` for this code, which the
 *   verify sends back with it (sealed here, bound to the identifier; never readable by the browser)
 */
/** @typedef {{ pending: PendingLink[], codes: CodeTicket[] }} StartEntries */

/** How long a magic link can be finished in the browser that asked for it (the start cookie's lifetime). */
export const START_MAX_AGE = 30 * 60;
const MAX_EACH = 3;

/** @param {number} seconds from now @returns {number} */
export const expiresIn = (seconds) => Math.floor(Date.now() / 1000) + seconds;

/**
 * The language of this browser's newest start, if the element sent one.
 * @param {StartEntries} entries
 */
function newestLocale({ pending, codes }) {
  /** @type {{ exp: number, locale?: string }[]} */
  const entries = [...pending, ...codes];
  const newest = entries.reduce((a, b) => (b.exp >= a.exp ? b : a), { exp: -Infinity });
  return normaliseLocale(newest.locale);
}

/**
 * This browser's live entries, and the language of its newest start; empty lists when there is no (valid) start
 * cookie, or it was issued under another name (moved there by someone else).
 * @param {ResolvedOptions} options @param {Request} request
 * @returns {Promise<StartEntries & { present: boolean, locale?: string }>}
 */
export async function readStart(options, request) {
  const { start: name } = cookieNames(options, request);
  const payload = await unseal(options, 'start', parseCookies(request).get(name));
  if (!payload || payload.cookie !== name) return { present: false, pending: [], codes: [] };
  const now = Math.floor(Date.now() / 1000);
  /** @param {unknown} list */
  const live = (list) => (Array.isArray(list) ? list.filter((e) => e && typeof e.identifier === 'string' && e.exp > now) : []);
  const pending = /** @type {PendingLink[]} */ (live(payload.pending)).filter((p) => typeof p.state === 'string');
  const codes = /** @type {CodeTicket[]} */ (live(payload.codes)).filter((c) => typeof c.id === 'string' && typeof c.issued === 'number');
  const locale = newestLocale({ pending, codes });
  return { present: true, pending, codes, ...(locale ? { locale } : {}) };
}

/**
 * The Set-Cookie that stores these entries (the newest 3 of each), or deletes the cookie when there are none.
 * @param {ResolvedOptions} options @param {Request} request @param {StartEntries} entries
 */
export async function startCookie(options, request, { pending, codes }) {
  const { secure, start: name } = cookieNames(options, request);
  const kept = { pending: pending.slice(-MAX_EACH), codes: codes.slice(-MAX_EACH) };
  if (kept.pending.length + kept.codes.length === 0) return serializeCookie(options, secure, name, '', 0);
  return serializeCookie(options, secure, name, await seal(options, 'start', { cookie: name, ...kept }, START_MAX_AGE), START_MAX_AGE);
}
