// @ts-check
// POST /oauth/revoke (RFC 7009): revokes a refresh token's grant, as Auth0 does.
import { jsonError, parseBody, str } from '../http.js';
import { apiCors } from '../cors.js';
import { allowsOrigin } from '../client-urls.js';
import { authenticateClient } from '../client-auth.js';
import { revokeRefreshToken } from '../grants.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

/**
 * The client authenticates as at /oauth/token (a public client by client_id). 200 with an empty body whether or not
 * the token was known (RFC 7009 2.2); only a refresh token of this client revokes anything: all refresh tokens of
 * that user for that client and audience.
 * @param {Ctx} ctx @param {Req} req
 */
export function revoke(ctx, req) {
  const parsed = parseBody(req, { form: true, error: (d) => jsonError(400, 'invalid_request', d, apiCors(ctx, req.origin, undefined)) });
  if (!parsed.ok) return parsed.reply;
  const body = parsed.data;
  const headers = { ...apiCors(ctx, req.origin, ctx.clients.get(str(body.client_id) ?? '')), 'cache-control': 'no-store' };
  const auth = authenticateClient(ctx, body, req.headers.authorization, 'token', headers);
  if (auth.reply) return auth.reply;
  if (req.origin !== undefined && !allowsOrigin(auth.client, req.origin)) {
    return jsonError(403, 'unauthorized_client', `Origin ${req.origin} is not allowed for client ${auth.client.client_id}`, headers);
  }
  const token = str(body.token);
  if (!token) return jsonError(400, 'invalid_request', 'Missing required parameter: token', headers);
  revokeRefreshToken(ctx, auth.client.client_id, token);
  return { status: 200, headers: { ...headers, 'content-length': '0' }, body: '' };
}
