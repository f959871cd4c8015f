// @ts-check
// The one way a passkey route runs (the POST pipeline's stages, for bodies that name no code connection): 404 when
// the handler offers no passkeys (or not this one) → origin and CSRF checks → a bounded JSON body → the per-address
// throttle → the route. Every refusal is logged and answered the same way (failure.js); a passkey refusal's body
// also carries its `requirement` or `unknownCredential`.
import { checkPost } from './csrf.js';
import { errorResponse, readJson } from './http.js';
import { log } from './log.js';
import { hashedIp } from './pipeline.js';
import { failureResponse, onlyStoreDown, STORE_DOWN } from './failure.js';

/** @typedef {import('./handler.js').Call} Call */
/** @typedef {import('./failure.js').Failure} Failure */
/** @typedef {import('./options.js').ResolvedPasskeys} ResolvedPasskeys */
/** @typedef {import('../protocol/wire.js').PasskeyCredentialBody} PasskeyCredentialBody */

/**
 * @typedef {object} PasskeyPost
 * @property {string} event the route, for the log
 * @property {(passkeys: ResolvedPasskeys) => boolean} [offered] whether the options offer this route (default: any passkeys)
 * @property {(call: Call, data: Record<string, unknown>, passkeys: ResolvedPasskeys) => Promise<Response | Failure>} run
 */

/**
 * @param {PasskeyPost} spec
 * @returns {(call: Call) => Promise<Response>}
 */
export function passkeyRoute(spec) {
  return async (call) => {
    const { options } = call;
    const passkeys = options.passkeys;
    if (!passkeys || (spec.offered && !spec.offered(passkeys))) {
      // The route is not there for this site: the element reads the requirement and stays on the code path.
      return errorResponse(404, 'passkeys_unavailable', { body: { requirement: 'not_enabled' } });
    }
    const refused = checkPost(options, call.request);
    if (refused) {
      log(options, { level: 'warn', event: 'csrf', outcome: refused.reason, status: refused.status });
      return errorResponse(refused.status, refused.error);
    }
    const body = await readJson(call.request);
    if (!body.ok) {
      return failureResponse(options, spec.event, { status: body.status, error: body.status === 413 ? 'misconfigured' : 'unknown', hint: 'The body must be one JSON object of at most 16 KB.' });
    }
    const wait = await throttled(call);
    if (typeof wait !== 'number') return failureResponse(options, spec.event, wait);
    if (wait) return failureResponse(options, spec.event, { status: 429, error: 'rate_limited', retryAfter: wait, hint: 'Too many passkey calls from this address (rateLimits.passkeyPerIp).' });
    const result = await spec.run(call, body.data, passkeys);
    return result instanceof Response ? result : failureResponse(options, spec.event, result, { connection: passkeys.connection });
  };
}

/**
 * Counts the call on the per-address throttle: the seconds to wait (0: go on), or the refusal when the store cannot
 * count (fail closed, as everywhere). Without a client address there is nothing to count by.
 * @param {Call} call @returns {Promise<number | Failure>}
 */
async function throttled(call) {
  if (call.ip === undefined) return 0;
  try {
    return await call.throttles.passkey({ ip: await hashedIp(call) });
  } catch (error) {
    onlyStoreDown(error);
    return STORE_DOWN;
  }
}

/** Auth0's auth_session as it travels: visible ASCII, bounded. @param {unknown} value @returns {value is string} */
const isAuthSession = (value) => typeof value === 'string' && /^[\x21-\x7e]{1,2048}$/.test(value);

/**
 * The body of passkey-login and passkey-create-verify (protocol/wire.js PasskeyCredentialBody): the ceremony's
 * authSession and the browser's credential as PublicKeyCredential.toJSON() gives it; Auth0 verifies the rest.
 * @param {Record<string, unknown>} data
 * @returns {{ authSession: string, credential: Record<string, unknown> } | null}
 */
export function credentialBody(data) {
  const { authSession, credential } = data;
  if (!isAuthSession(authSession) || typeof credential !== 'object' || credential === null || Array.isArray(credential)) return null;
  const c = /** @type {Record<string, unknown>} */ (credential);
  const response = c.response;
  if (typeof c.id !== 'string' || !c.id || c.type !== 'public-key' || typeof response !== 'object' || response === null || Array.isArray(response)) return null;
  return { authSession, credential: c };
}

/** A body that is not a ceremony's answer. @type {Failure} */
export const NOT_A_CREDENTIAL = { status: 400, error: 'passkey_failed', hint: 'The body must be { authSession, credential } with the credential as PublicKeyCredential.toJSON() gives it.' };
