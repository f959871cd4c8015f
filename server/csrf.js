// @ts-check
// CSRF and cross-origin defence for the POST routes: an allowed Origin (or, without one, a same-origin
// Sec-Fetch-Site), the custom header that no form or simple request can set, and JSON only.
import { CSRF_HEADER, IDEMPOTENCY_HEADER } from '../protocol/wire.js';
import { requestOrigin } from './request.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('../protocol/error-codes.js').LoginErrorCode} LoginErrorCode */

/**
 * The origins allowed for this request: the configured list, or the origin the browser used (behind a trusted
 * proxy, the one it forwarded).
 * @param {ResolvedOptions} options @param {Request} request
 */
export function allowedOrigins(options, request) {
  return options.allowedOrigins ?? [requestOrigin(options, request)];
}

/**
 * Whether the request comes from an allowed page. `Origin: null` (no-referrer pages, sandboxed frames) and a
 * missing Origin count only with `Sec-Fetch-Site: same-origin`.
 * @param {ResolvedOptions} options @param {Request} request
 */
export function originAllowed(options, request) {
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') return allowedOrigins(options, request).includes(origin);
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

/**
 * Checks a state-changing request. Returns null when it may go on, or the refusal.
 * @param {ResolvedOptions} options @param {Request} request
 * @returns {{ status: number, error: LoginErrorCode, reason: string } | null}
 */
export function checkPost(options, request) {
  if (!originAllowed(options, request)) return { status: 403, error: 'origin_not_allowed', reason: 'origin' };
  if (request.headers.get(CSRF_HEADER) !== '1') return { status: 403, error: 'origin_not_allowed', reason: 'header' };
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, error: 'misconfigured', reason: 'content_type' };
  return null;
}

/**
 * CORS headers for an allowed cross-origin caller (none for same-origin requests or others).
 * @param {ResolvedOptions} options @param {Request} request
 * @returns {Record<string, string>}
 */
export function corsHeaders(options, request) {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null' || origin === requestOrigin(options, request)) return {};
  if (!allowedOrigins(options, request).includes(origin)) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' };
}

/**
 * The answer to a CORS preflight: allowed origins only.
 * @param {ResolvedOptions} options @param {Request} request
 */
export function preflight(options, request) {
  const cors = corsHeaders(options, request);
  if (!cors['Access-Control-Allow-Origin']) return new Response(null, { status: 403, headers: { 'Cache-Control': 'no-store' } });
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      'Access-Control-Allow-Methods': 'GET, POST',
      // Lower case, as browsers list them in Access-Control-Request-Headers.
      'Access-Control-Allow-Headers': ['content-type', CSRF_HEADER, IDEMPOTENCY_HEADER].join(', ').toLowerCase(),
      'Access-Control-Max-Age': '600',
      'Cache-Control': 'no-store',
    },
  });
}
