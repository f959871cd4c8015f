// @ts-check
// Auth0's error answers as the browser and the log get them. What an answer means is the protocol's one table
// (classifyAuth0Error, shared with the element); the server adds only its own concerns: the HTTP status for each
// code, how long to wait, and which of Auth0's fields the log may keep.
import { classifyAuth0Error } from '../protocol/auth0-errors.js';

/** @typedef {import('../protocol/error-codes.js').LoginErrorCode} LoginErrorCode */
/** @typedef {import('../protocol/auth0-errors.js').Auth0Answer} Auth0Answer */
/** @typedef {import('../protocol/auth0-errors.js').Auth0Step} Auth0Step */
/** @typedef {import('./failure.js').Failure} Failure */

/** The HTTP status for each code an Auth0 answer can mean; anything else is 502 (Auth0 said something unusable). */
const STATUS = /** @type {Partial<Record<LoginErrorCode, number>>} */ ({
  invalid_email: 400,
  invalid_phone_number: 400,
  wrong_code: 403,
  link_invalid: 403,
  code_expired: 403,
  too_many_attempts: 403,
  unknown: 403, // Auth0 denied access (a rule or Action, a blocked user)
  rate_limited: 429,
  blocked: 429, // Auth0's brute-force protection: as Auth0 answered it (no wait is known, so none is told)
  misconfigured: 502, // Auth0 refused the application: the site's setup, not the person
  consent_required: 502,
  service_unavailable: 503,
});

/** Seconds the element is told to wait when Auth0's own headers do not say. */
const WAIT = /** @type {Partial<Record<LoginErrorCode, number>>} */ ({ rate_limited: 60, service_unavailable: 30 });

/**
 * Seconds to wait from Auth0's headers (Retry-After, or X-RateLimit-Reset as epoch seconds), else fallback.
 * @param {Headers} headers @param {number} fallback
 */
function retryAfterFrom(headers, fallback) {
  const retry = Number(headers.get('retry-after'));
  if (retry > 0 && retry < 86_400) return Math.ceil(retry);
  const reset = Number(headers.get('x-ratelimit-reset'));
  const wait = reset - Date.now() / 1000;
  if (wait > 0 && wait < 86_400) return Math.ceil(wait);
  return fallback;
}

/**
 * An error body from Auth0's API (`error` or `code`, `error_description` or `description`) as the protocol reads it.
 * @param {number} status @param {Record<string, unknown>} body
 * @returns {Auth0Answer}
 */
export function answerFromBody(status, body) {
  /** @param {unknown} first @param {unknown} second */
  const text = (first, second) => (typeof first === 'string' ? first : typeof second === 'string' ? second : '');
  return { status, error: text(body.error, body.code), description: text(body.error_description, body.description) };
}

/**
 * What Auth0's answer means for the browser (code, status, wait) and for the log (Auth0's code and status, a fixed
 * hint; never its description, which can echo what the person typed). An answer the table cannot read is, from the
 * API, a 502 with no wait (Auth0 said something unusable); as the error parameters of a link's callback, an unusable link.
 * @param {Auth0Answer} answer @param {Auth0Step} step @param {Headers} [headers] Auth0's response headers, for the wait
 * @param {{ unmatched?: LoginErrorCode }} [fallback] what an unreadable answer means here (default service_unavailable)
 * @returns {Failure}
 */
export function mapAuth0Error(answer, step, headers, fallback = {}) {
  const classified = classifyAuth0Error(answer, { step, side: 'server' });
  const code = classified.matched ? classified.code : (fallback.unmatched ?? 'service_unavailable');
  const wait = classified.matched ? WAIT[code] : undefined;
  return {
    status: classified.matched ? (STATUS[code] ?? 502) : 502,
    error: code,
    retryAfter: wait && headers ? retryAfterFrom(headers, wait) : wait,
    auth0Error: answer.error.replace(/[^A-Za-z0-9_.]/g, '').slice(0, 64) || undefined,
    auth0Status: answer.status,
    hint: classified.matched ? classified.hint : 'Auth0 answered in a way this handler does not know.',
  };
}
