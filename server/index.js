// @ts-check
// passwordless-login/server: backend mode for Auth0 Regular Web Applications, on the Fetch API.
import { resolveOptions } from './options.js';
import { createHandler } from './handler.js';
import { readSession, revokeAllSessions } from './session.js';

export { memoryStore, redisStore, StoreUnavailableError } from './store.js';

/** @typedef {import('./options.js').PasswordlessHandlerOptions} PasswordlessHandlerOptions */
/** @typedef {import('./options.js').LogEntry} LogEntry */
/** @typedef {import('./session.js').Session} Session */
/** @typedef {import('./handler.js').RequestContext} RequestContext */
/** @typedef {import('./store.js').PasswordlessStore} PasswordlessStore */
/** @typedef {import('./store.js').RedisStoreOptions} RedisStoreOptions */
/** @typedef {((request: Request, context?: RequestContext) => Promise<Response>) & { basePath: string }} PasswordlessHandler */

/** @type {WeakMap<object, import('./options.js').ResolvedOptions>} */
const resolvedCache = new WeakMap();

/** @param {PasswordlessHandlerOptions} options */
function resolved(options) {
  let r = resolvedCache.get(options);
  if (!r) resolvedCache.set(options, (r = resolveOptions(options)));
  return r;
}

/**
 * Creates the handler for `{basePath}/start`, `/verify`, `/callback`, `/session` and `/logout`.
 * Throws at once when an option is missing or unsafe (e.g. a sessionSecret under 32 characters).
 * @param {PasswordlessHandlerOptions} options
 * @returns {PasswordlessHandler}
 */
export function createPasswordlessHandler(options) {
  const settings = resolved(options);
  return Object.assign(createHandler(settings), { basePath: settings.basePath });
}

/**
 * The signed-in person and their tokens, for the site's own server code; null when not signed in (no cookie, or a
 * session that was signed out, replaced, revoked, idle too long or past its lifetime). A read counts as activity
 * for the idle timeout. Tokens never go to the browser: use them here (e.g. the access token for an API call).
 * Rejects with StoreUnavailableError when the store cannot answer (fail closed: treat it as an error page, not as
 * signed in).
 * @param {Request} request built with the URL the browser used (`toRequest(req)` does), so that the cookie of
 *   its scheme is read: `__Host-passwordless` on https, `passwordless_session` on plain http
 * @param {PasswordlessHandlerOptions} options the handler's options (the same `store`, or none: the default
 *   memory store is shared by handlers with the same domain, clientId and sessionSecret)
 * @returns {Promise<Session|null>}
 */
export function getSession(request, options) {
  return readSession(resolved(options), request);
}

/**
 * Signs a person out everywhere: every session of theirs that began before this call ends, on every instance
 * that shares the store (e.g. after an account change, or from a "sign out of all devices" button).
 * Rejects with StoreUnavailableError when the store cannot answer.
 * @param {string} sub the user's `sub` (`session.user.sub`)
 * @param {PasswordlessHandlerOptions} options the handler's options
 * @returns {Promise<void>}
 */
export function revokeSessions(sub, options) {
  return revokeAllSessions(resolved(options), sub);
}
