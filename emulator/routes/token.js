// @ts-check
// POST /oauth/token: authorization_code (+ PKCE S256), the passwordless OTP grant, the webauthn grant and client_credentials.
import { createHash } from 'node:crypto';
import { json, jsonError, parseBody, str } from '../http.js';
import { apiCors } from '../cors.js';
import { allowsOrigin } from '../client-urls.js';
import { authenticateClient, endUserIp, safeEqual } from '../client-auth.js';
import { randomId } from '../tokens.js';
import { accessTokenLifetime, allowsRefreshTokens, findApi, grantedScope, issueAccessToken, issueRefreshToken, peekRefreshToken, refreshSettings, serviceNotFound, useRefreshToken } from '../grants.js';
import { OTP_GRANT, checkOtp } from './co.js';
import { webauthnGrant } from './webauthn-grant.js';
import { dbOtpGrant } from './otp-challenge.js';
import { WEBAUTHN_GRANT } from '../config.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../users.js').User} User */

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/**
 * @param {Ctx} ctx
 * @param {{ user: User, clientId: string, scope: string, audience?: string, nonce?: string, sid: string, authTime?: number, browser?: boolean }} p
 *   browser: the request came from a web page (it has an Origin header)
 * @param {Record<string, string>} headers
 * @param {{ token?: string }} [refresh] on a refresh grant: the rotated refresh token, if any
 */
async function tokenResponse(ctx, p, headers, refresh) {
  p = { ...p, scope: grantedScope(ctx, p.scope, p.audience, p.clientId) };
  const accessToken = await issueAccessToken(ctx, p);
  /** @type {Record<string, unknown>} */
  const body = { access_token: accessToken };
  const client = ctx.clients.get(p.clientId);
  // A refresh token when offline_access was granted (grantedScope keeps it only for clients allowed them), to a web
  // page only with rotation ("when a browser requests a refresh token from the /token endpoint, Auth0 will only return
  // a refresh token if Refresh Token Rotation is enabled for that client": Use Refresh Token Rotation); on a refresh,
  // a new one only with rotation.
  if (refresh !== undefined) {
    if (refresh.token) body.refresh_token = refresh.token;
  } else if (client && allowsRefreshTokens(client) && p.scope.split(' ').includes('offline_access') && (!p.browser || refreshSettings(client).rotating)) {
    body.refresh_token = issueRefreshToken(ctx, client, { user: p.user, scope: p.scope, audience: p.audience, sid: p.sid });
  }
  if (p.scope.split(' ').includes('openid')) {
    body.id_token = await ctx.tokens.idToken({ user: p.user, clientId: p.clientId, scope: p.scope, nonce: p.nonce, sid: p.sid, accessToken, authTime: p.authTime });
  }
  Object.assign(body, { scope: p.scope, expires_in: accessTokenLifetime(ctx, p.audience), token_type: 'Bearer' });
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
    const out = await tokenResponse(ctx, { user: record.user, clientId: client.client_id, scope: record.scope, audience: record.audience, nonce: record.nonce, sid: record.sid, authTime: record.authTime, browser: req.origin !== undefined }, headers);
    record.issued.push(out.accessToken);
    return out.reply;
  }

  if (grantType === OTP_GRANT && body.auth_session !== undefined) {
    // The same grant for a code of /otp/challenge (a database connection): `auth_session` tells the two shapes apart.
    const audience = str(body.audience) || undefined;
    if (audience !== undefined && !findApi(ctx, audience)) return jsonError(403, 'access_denied', serviceNotFound(audience), headers);
    const checked = dbOtpGrant(ctx, req, client, body, headers);
    if (checked.reply) return checked.reply;
    const out = await tokenResponse(ctx, { user: checked.user, clientId: client.client_id, scope: str(body.scope) || 'openid', audience, sid: randomId(16), browser: req.origin !== undefined }, headers);
    return out.reply;
  }

  if (grantType === OTP_GRANT) {
    // Auth0 offers the Passwordless OTP grant to Regular Web (and Native) applications only; an SPA uses
    // /co/authenticate. A client whose grant_types are set must have it enabled there (Auth0: "enable the
    // Passwordless OTP grant … under Advanced Settings > Grant Types"). Refused before the code is looked at, so it
    // costs no attempt.
    if (client.app_type === 'spa' || (client.grant_types && !client.grant_types.includes(OTP_GRANT))) {
      return jsonError(403, 'unauthorized_client', `Grant type '${OTP_GRANT}' not allowed for the client.`, headers);
    }
    for (const key of ['username', 'otp', 'realm']) {
      if (typeof body[key] !== 'string' || body[key] === '') return jsonError(400, 'invalid_request', `Missing required parameter: ${key}`, headers);
    }
    const audience = str(body.audience) || undefined;
    if (audience !== undefined && !findApi(ctx, audience)) return jsonError(403, 'access_denied', serviceNotFound(audience), headers);
    const checked = checkOtp(ctx, client.client_id, String(body.realm), String(body.username), String(body.otp), endUserIp(req, client), 'invalid_grant', headers);
    if (checked.reply) return checked.reply;
    const scope = str(body.scope) || 'openid';
    const out = await tokenResponse(ctx, { user: checked.user, clientId: client.client_id, scope, audience, sid: randomId(16), browser: req.origin !== undefined }, headers);
    return out.reply;
  }

  if (grantType === WEBAUTHN_GRANT) {
    const audience = str(body.audience) || undefined;
    if (audience !== undefined && !findApi(ctx, audience)) return jsonError(403, 'access_denied', serviceNotFound(audience), headers);
    const checked = await webauthnGrant(ctx, client, body, headers);
    if (checked.reply) return checked.reply;
    const out = await tokenResponse(ctx, { user: checked.user, clientId: client.client_id, scope: str(body.scope) || 'openid', audience, sid: randomId(16), browser: req.origin !== undefined }, headers);
    return out.reply;
  }

  if (grantType === 'client_credentials') return clientCredentials(ctx, client, body, headers);
  if (grantType === 'refresh_token') return refreshGrant(ctx, client, body, headers);

  return jsonError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`, headers);
}

/**
 * The client_credentials grant: a confidential client that a client grant allows to use the API. The scope is what
 * was asked for within the grant (all of the grant's scopes when none is asked for), as Auth0 does.
 * @param {Ctx} ctx @param {import('../config.js').ClientConfig} client @param {Record<string, unknown>} body
 * @param {Record<string, string>} headers
 */
async function clientCredentials(ctx, client, body, headers) {
  if (client.app_type === 'spa' || (client.grant_types && !client.grant_types.includes('client_credentials'))) {
    return jsonError(403, 'unauthorized_client', "Grant type 'client_credentials' not allowed for the client.", headers);
  }
  const audience = str(body.audience);
  if (!audience) return jsonError(403, 'access_denied', 'No audience parameter was provided, and no default audience has been configured', headers);
  if (!findApi(ctx, audience)) return jsonError(403, 'access_denied', serviceNotFound(audience), headers);
  // Only a grant for the client itself (subject_type `client`, the Management API's default); a `user` grant is for
  // tokens of signed-in users (the My Account API's), never for client_credentials.
  const grant = ctx.config.client_grants.find((g) => g.client_id === client.client_id && g.audience === audience && (g.subject_type ?? 'client') === 'client');
  if (!grant) {
    return jsonError(403, 'access_denied', `Client is not authorized to access "${audience}". You need to create a client-grant associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants`, headers);
  }
  const asked = str(body.scope);
  const scope = asked === undefined ? grant.scope : asked.split(' ').filter(Boolean);
  // Auth0 refuses a scope the client grant does not give, rather than dropping it.
  const notGranted = scope.filter((s) => !grant.scope.includes(s));
  if (notGranted.length) return jsonError(403, 'access_denied', `Client has not been granted scopes: ${notGranted.join(', ')}`, headers);
  const lifetime = accessTokenLifetime(ctx, audience);
  const accessToken = await ctx.tokens.clientCredentialsJwt({ clientId: client.client_id, scope: [...new Set(scope)].join(' '), audience, lifetime });
  /** @type {Record<string, unknown>} */
  const out = { access_token: accessToken };
  if (scope.length) out.scope = [...new Set(scope)].join(' ');
  Object.assign(out, { expires_in: lifetime, token_type: 'Bearer' });
  return json(200, out, { ...headers, ...NO_STORE });
}

/**
 * grant_type=refresh_token: a client allowed refresh tokens, its own live token. With rotation the answer carries a
 * new refresh token; a rotated token used again after the leeway revokes its whole family (Auth0's reuse detection).
 * @param {Ctx} ctx @param {import('../config.js').ClientConfig} client @param {Record<string, unknown>} body
 * @param {Record<string, string>} headers
 */
async function refreshGrant(ctx, client, body, headers) {
  if (!allowsRefreshTokens(client)) return jsonError(403, 'unauthorized_client', "Grant type 'refresh_token' not allowed for the client.", headers);
  const token = str(body.refresh_token);
  if (!token) return jsonError(400, 'invalid_request', 'Missing required parameter: refresh_token', headers);
  // A narrower scope may be asked for; never a wider one. Checked before the token is used, so a refused request
  // neither rotates it nor counts as its reuse.
  const asked = str(body.scope);
  const granted = peekRefreshToken(ctx, client, token)?.scope.split(' ');
  const wanted = asked?.split(' ').filter(Boolean);
  if (granted && wanted && !wanted.every((s) => granted.includes(s))) {
    return jsonError(403, 'invalid_scope', 'The requested scope exceeds the scope granted by the resource owner', headers);
  }
  const used = useRefreshToken(ctx, client, token);
  if (!used.record) return jsonError(403, 'invalid_grant', 'Unknown or invalid refresh token.', headers);
  const { record } = used;
  const scope = wanted ? wanted.join(' ') : record.scope;
  const next = used.rotate ? issueRefreshToken(ctx, client, { user: record.user, scope: record.scope, audience: record.audience, sid: record.sid }, record) : undefined;
  const out = await tokenResponse(ctx, { user: record.user, clientId: client.client_id, scope, audience: record.audience, sid: record.sid }, headers, { token: next });
  return out.reply;
}
