// @ts-check
// CORS: a per-client allow-list of origins (client-urls.js), the exact Origin reflected, never `*` with credentials.
// /authorize is never CORS-enabled (it is a navigation, not an API).
import { allowsOrigin } from './client-urls.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./config.js').ClientConfig} ClientConfig */

const EXPOSE = 'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';
const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** Any http(s)://localhost:* origin: the dev API is a dev tool. @param {string|undefined} origin */
export const isLocalhostOrigin = (origin) => origin !== undefined && LOCALHOST.test(origin);

/** @param {Ctx} ctx @param {string|undefined} origin */
export function anyClientAllows(ctx, origin) {
  if (!origin) return false;
  for (const c of ctx.clients.values()) if (allowsOrigin(c, origin)) return true;
  return false;
}

/**
 * Response headers for an allowed origin.
 * @param {string|undefined} origin @param {boolean} allowed
 * @returns {Record<string, string>}
 */
export function corsHeaders(origin, allowed) {
  if (!origin || !allowed) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSE,
    vary: 'Origin',
  };
}

/**
 * CORS headers for an API response: the origin must be on the client's list (or, before the
 * client is known, on any client's list).
 * @param {Ctx} ctx @param {string|undefined} origin @param {ClientConfig|undefined} client
 */
export function apiCors(ctx, origin, client) {
  return corsHeaders(origin, client ? allowsOrigin(client, origin) : anyClientAllows(ctx, origin));
}

/**
 * The answer to a preflight. The body (and so the client) is unknown here, so an origin that any
 * client allows passes; the real request is then checked against its own client.
 * @param {Ctx} ctx @param {string} path @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {import('./http.js').Reply}
 */
export function preflight(ctx, path, headers) {
  const origin = headers.origin;
  const dev = path.startsWith('/__emulator');
  const allowed = path !== '/authorize' && (dev ? isLocalhostOrigin(origin) : anyClientAllows(ctx, origin));
  if (!allowed) return { status: 204, headers: { vary: 'Origin' }, body: '' };
  const requested = String(headers['access-control-request-headers'] ?? '');
  return {
    status: 204,
    headers: {
      ...corsHeaders(origin, true),
      'access-control-allow-methods': dev ? 'GET, POST, PUT, DELETE, OPTIONS' : 'GET, POST, OPTIONS',
      'access-control-allow-headers': requested || 'content-type, auth0-client, x-request-language, authorization',
      'access-control-max-age': '600',
      vary: 'Origin, Access-Control-Request-Headers',
    },
    body: '',
  };
}
