// @ts-check
// passwordless-login/server: backend mode for Auth0 Regular Web Applications, on the Fetch API.
import { resolveOptions } from './options.js';
import { createHandler } from './handler.js';
import { readSession } from './session.js';

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
 * The signed-in person and their tokens, for the site's own server code; null when not signed in.
 * Tokens never go to the browser: use them here (e.g. the access token for an API call).
 * @param {Request} request
 * @param {PasswordlessHandlerOptions} options the same options as the handler
 * @returns {Promise<Session|null>}
 */
export function getSession(request, options) {
  return readSession(resolved(options), request);
}
