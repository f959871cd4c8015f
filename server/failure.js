// @ts-check
// A refused request as every route carries it: the protocol's error code, the HTTP status, the wait, and what
// the log may keep. Logged and answered one way, so no route can leak more than the code.
import { errorResponse } from './http.js';
import { log } from './log.js';
import { StoreUnavailableError } from './store.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('../protocol/error-codes.js').LoginErrorCode} LoginErrorCode */

/**
 * @typedef {object} Failure
 * @property {number} status the HTTP status for the browser
 * @property {LoginErrorCode} error the code the element shows
 * @property {number} [retryAfter] seconds
 * @property {string} [auth0Error] Auth0's error code, for logs only
 * @property {number} [auth0Status]
 * @property {string} [auth0RequestId]
 * @property {string} [hint] developer-facing, fixed text
 * @property {import('../protocol/wire.js').PasskeyRequirement} [requirement] with passkeys_unavailable: which one is missing
 * @property {true} [unknownCredential] with passkey_rejected: Auth0 does not know the credential (the element signals it)
 */
/** @typedef {{ connection?: string, identifier?: string }} Who whose request, for the log (the identifier hashed) */

export const STORE_HINT = 'The store (Redis) did not answer, so the request was refused rather than let through unthrottled. See "Several instances" in server/README.md.';
/** The answer while the store is down: refused (fail closed), with the wait the element shows. @type {Failure} */
export const STORE_DOWN = { status: 503, error: 'service_unavailable', retryAfter: 30, hint: STORE_HINT };

/** Lets a store outage be answered; anything else is a bug and goes on up. @param {unknown} error */
export function onlyStoreDown(error) {
  if (!(error instanceof StoreUnavailableError)) throw error;
}

/** @param {ResolvedOptions} options @param {string} event @param {Failure} failure @param {Who} [who] */
export function logFailure(options, event, failure, who = {}) {
  log(options, {
    level: failure.status >= 500 ? 'error' : 'warn',
    event,
    outcome: failure.error,
    status: failure.status,
    auth0Error: failure.auth0Error,
    auth0Status: failure.auth0Status,
    auth0RequestId: failure.auth0RequestId,
    hint: failure.hint,
    ...who,
  });
}

/** Logs a failure and answers it: `{ error }` (and a passkey refusal's `requirement` or `unknownCredential`) and Retry-After, nothing else. @param {ResolvedOptions} options @param {string} event @param {Failure} failure @param {Who} [who] */
export function failureResponse(options, event, failure, who = {}) {
  logFailure(options, event, failure, who);
  const body = { ...(failure.requirement ? { requirement: failure.requirement } : {}), ...(failure.unknownCredential ? { unknownCredential: true } : {}) };
  return errorResponse(failure.status, failure.error, { retryAfter: failure.retryAfter, body });
}
