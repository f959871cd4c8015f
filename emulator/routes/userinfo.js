// @ts-check
// GET /userinfo: the profile for an access token, sent as a Bearer header or, as passport-auth0 sends it (through
// node-oauth's GET), as `?access_token=` (RFC 6750 §2.3), which Auth0 accepts. Both at once is 400 `invalid_request`
// (RFC 6750 §2: one method only). 401 text "Unauthorized" like Auth0.
import { json } from '../http.js';
import { apiCors } from '../cors.js';
import { profileClaims } from '../users.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

/** @param {Ctx} ctx @param {Req} req @returns {import('../http.js').Reply} */
export function userinfo(ctx, req) {
  const header = req.headers.authorization;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const fromQuery = req.query.getAll('access_token');
  if ((header !== undefined && fromQuery.length > 0) || fromQuery.length > 1) {
    return {
      status: 400,
      headers: { ...apiCors(ctx, req.origin, undefined), 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer error="invalid_request"' },
      body: JSON.stringify({ error: 'invalid_request', error_description: 'The access token must be sent in one way only' }),
    };
  }
  const token = m ? m[1] : fromQuery[0];
  const grant = token ? ctx.accessTokens.get(token) : undefined;
  if (!grant) {
    return {
      status: 401,
      headers: { ...apiCors(ctx, req.origin, undefined), 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer error="invalid_token"' },
      body: 'Unauthorized',
    };
  }
  return json(200, { sub: grant.user.sub, ...profileClaims(grant.user, grant.scope) }, apiCors(ctx, req.origin, ctx.clients.get(grant.clientId)));
}
