// @ts-check
// POST /oauth/token: authorization_code (+ PKCE S256) and the passwordless OTP grant.
import { createHash } from 'node:crypto';
import { json, jsonError, parseBody, str } from '../http.js';
import { apiCors } from '../cors.js';
import { allowsOrigin } from '../client-urls.js';
import { authenticateClient, endUserIp, safeEqual } from '../client-auth.js';
import { randomId } from '../tokens.js';
import { issueAccessToken } from '../grants.js';
import { OTP_GRANT, checkOtp } from './co.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../users.js').User} User */

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/**
 * @param {Ctx} ctx
 * @param {{ user: User, clientId: string, scope: string, audience?: string, nonce?: string, sid: string, authTime?: number }} p
 * @param {Record<string, string>} headers
 */
async function tokenResponse(ctx, p, headers) {
  const accessToken = await issueAccessToken(ctx, p);
  /** @type {Record<string, unknown>} */
  const body = { access_token: accessToken };
  if (p.scope.split(' ').includes('openid')) {
    body.id_token = await ctx.tokens.idToken({ user: p.user, clientId: p.clientId, scope: p.scope, nonce: p.nonce, sid: p.sid, accessToken, authTime: p.authTime });
  }
  Object.assign(body, { scope: p.scope, expires_in: ctx.config.token_lifetime_seconds, token_type: 'Bearer' });
  return { reply: json(200, body, { ...headers, ...NO_STORE }), accessToken };
}

/** @param {Ctx} ctx @param {Req} req */
export async function token(ctx, req) {
  const parsed = parseBody(req, { form: true, error: (d) => jsonError(400, 'invalid_request', d, apiCors(ctx, req.origin, undefined)) });
  if (!parsed.ok) return parsed.reply;
  const body = parsed.data;
  const headers = { ...apiCors(ctx, req.origin, ctx.clients.get(str(body.client_id) ?? '')), ...NO_STORE };
  const grantType = str(body.grant_type);
  if (!grantType) return jsonError(400, 'invalid_request', 'Missing required parameter: grant_type', headers);
  const auth = authenticateClient(ctx, body, req.headers.authorization, 'token', headers);
  if (auth.reply) return auth.reply;
  const client = auth.client;
  if (req.origin !== undefined && !allowsOrigin(client, req.origin)) {
    return jsonError(403, 'unauthorized_client', `Origin ${req.origin} is not allowed for client ${client.client_id}`, headers);
  }

  if (grantType === 'authorization_code') {
    const code = str(body.code);
    if (!code) return jsonError(400, 'invalid_request', 'Missing required parameter: code', headers);
    const record = ctx.codes.get(code);
    const invalid = () => jsonError(403, 'invalid_grant', 'Invalid authorization code', headers);
    if (!record || record.clientId !== client.client_id) return invalid();
    if (record.used) {
      // A replayed code revokes what it gave out (RFC 6749 4.1.2).
      for (const t of record.issued) ctx.accessTokens.delete(t);
      ctx.codes.delete(code);
      return invalid();
    }
    record.used = true;
    if (str(body.redirect_uri) !== record.redirectUri) return jsonError(403, 'invalid_grant', 'redirect_uri does not match the one used in the authorization request', headers);
    const verifier = str(body.code_verifier);
    if (record.codeChallenge !== undefined) {
      const computed = verifier ? createHash('sha256').update(verifier).digest('base64url') : '';
      if (!verifier || !safeEqual(computed, record.codeChallenge)) return jsonError(403, 'invalid_grant', 'Failed to verify code verifier', headers);
    } else if (verifier !== undefined) {
      return jsonError(403, 'invalid_grant', 'Failed to verify code verifier', headers); // PKCE downgrade
    } else if (client.client_secret === undefined) {
      return jsonError(403, 'invalid_grant', 'Public clients must use PKCE (code_challenge with S256)', headers);
    }
    const out = await tokenResponse(ctx, { user: record.user, clientId: client.client_id, scope: record.scope, audience: record.audience, nonce: record.nonce, sid: record.sid, authTime: record.authTime }, headers);
    record.issued.push(out.accessToken);
    return out.reply;
  }

  if (grantType === OTP_GRANT) {
    // Auth0 offers the Passwordless OTP grant to Regular Web (and Native) applications only; an SPA uses
    // /co/authenticate. Refused before the code is looked at, so it costs no attempt.
    if (client.app_type === 'spa') {
      return jsonError(403, 'unauthorized_client', `Grant type '${OTP_GRANT}' not allowed for the client.`, headers);
    }
    for (const key of ['username', 'otp', 'realm']) {
      if (typeof body[key] !== 'string' || body[key] === '') return jsonError(400, 'invalid_request', `Missing required parameter: ${key}`, headers);
    }
    const checked = checkOtp(ctx, client.client_id, String(body.realm), String(body.username), String(body.otp), endUserIp(req, client), 'invalid_grant', headers);
    if (checked.reply) return checked.reply;
    const scope = str(body.scope) || 'openid';
    const out = await tokenResponse(ctx, { user: checked.user, clientId: client.client_id, scope, audience: str(body.audience) || undefined, sid: randomId(16) }, headers);
    return out.reply;
  }

  return jsonError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`, headers);
}
