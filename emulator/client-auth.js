// @ts-check
// Client lookup and authentication (client_secret_post in the body, client_secret_basic header).
// Secrets are compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { jsonError, str } from './http.js';
import { TEXT } from './errors.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./config.js').ClientConfig} ClientConfig */
/** @typedef {import('./http.js').Reply} Reply */

/** @param {string} a @param {string} b */
export function safeEqual(a, b) {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** @param {string|undefined} header @returns {{ id: string, secret: string } | undefined} */
function parseBasic(header) {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  try {
    // RFC 6749 2.3.1: both parts are form-urlencoded before base64.
    const dec = (/** @type {string} */ s) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { id: dec(decoded.slice(0, i)), secret: dec(decoded.slice(i + 1)) };
  } catch {
    return undefined;
  }
}

/**
 * Finds and authenticates the calling client.
 * `kind: 'start'` answers like /passwordless/start (400 bad.client_id, 403 when the secret is
 * missing); `kind: 'token'` answers like /oauth/token.
 * @param {Ctx} ctx
 * @param {Record<string, unknown>} body
 * @param {string|undefined} authorization
 * @param {'start'|'token'} kind
 * @param {Record<string, string>} headers extra headers for error replies (CORS)
 * @returns {{ client: ClientConfig, reply?: undefined } | { reply: Reply, client?: undefined }}
 */
export function authenticateClient(ctx, body, authorization, kind, headers) {
  const basic = parseBasic(authorization);
  const bodyId = str(body.client_id);
  const clientId = basic?.id ?? bodyId;
  if (!clientId) {
    return { reply: kind === 'start'
      ? jsonError(400, 'bad.client_id', 'Missing required property: client_id', headers)
      : jsonError(400, 'invalid_request', 'Missing required parameter: client_id', headers) };
  }
  const client = ctx.clients.get(clientId);
  if (!client || (basic && bodyId !== undefined && bodyId !== basic.id)) {
    return { reply: kind === 'start'
      ? jsonError(400, 'bad.client_id', `Unknown client: ${clientId}`, headers)
      : jsonError(401, 'access_denied', TEXT.unauthorized, headers) };
  }
  const secret = basic?.secret ?? str(body.client_secret);
  if (client.client_secret === undefined) {
    // A public client has no secret; one that sends a secret is misconfigured: refuse it.
    if (secret !== undefined || body.client_assertion !== undefined) return { reply: jsonError(401, 'access_denied', TEXT.unauthorized, headers) };
    return { client };
  }
  if (secret === undefined) {
    return { reply: jsonError(kind === 'start' ? 403 : 401, 'unauthorized_client', TEXT.clientAuthRequired, headers) };
  }
  if (!safeEqual(secret, client.client_secret)) return { reply: jsonError(401, 'access_denied', TEXT.unauthorized, headers) };
  return { client };
}

/**
 * The end-user IP for rate limits and brute-force protection. Like Auth0's "Trust Token Endpoint
 * IP Header", the `auth0-forwarded-for` header counts only from a confidential client that
 * authenticated with its secret (a backend); anyone else gets the socket address.
 * X-Forwarded-For is always ignored.
 * @param {import('./http.js').Req} req @param {ClientConfig} client
 */
export function endUserIp(req, client) {
  const forwarded = req.headers['auth0-forwarded-for'];
  if (client.client_secret !== undefined && typeof forwarded === 'string' && /^[0-9A-Fa-f:.]{2,45}$/.test(forwarded.trim())) {
    return forwarded.trim();
  }
  return req.ip;
}
