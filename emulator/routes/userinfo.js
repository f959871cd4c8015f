// @ts-check
// GET /userinfo: the profile for a Bearer access token. 401 text "Unauthorized" like Auth0.
import { json } from '../http.js';
import { apiCors } from '../cors.js';
import { profileClaims } from '../users.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

/** @param {Ctx} ctx @param {Req} req @returns {import('../http.js').Reply} */
export function userinfo(ctx, req) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  const grant = m ? ctx.accessTokens.get(m[1]) : undefined;
  if (!grant) {
    return {
      status: 401,
      headers: { ...apiCors(ctx, req.origin, undefined), 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer error="invalid_token"' },
      body: 'Unauthorized',
    };
  }
  return json(200, { sub: grant.user.sub, ...profileClaims(grant.user, grant.scope) }, apiCors(ctx, req.origin, ctx.clients.get(grant.clientId)));
}
