// @ts-check
// GET /.well-known/jwks.json and /.well-known/openid-configuration (public, CORS "*").
import { json } from '../http.js';
import { OTP_GRANT } from './co.js';
import { WEBAUTHN_GRANT } from '../config.js';

/** @typedef {import('../context.js').Ctx} Ctx */

const PUBLIC = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=60' };

/** @param {Ctx} ctx */
export function jwks(ctx) {
  return json(200, ctx.tokens.jwks(), PUBLIC);
}

/** @param {Ctx} ctx */
export function openidConfiguration(ctx) {
  const u = ctx.url;
  return json(200, {
    issuer: ctx.issuer,
    authorization_endpoint: `${u}/authorize`,
    token_endpoint: `${u}/oauth/token`,
    userinfo_endpoint: `${u}/userinfo`,
    jwks_uri: `${u}/.well-known/jwks.json`,
    revocation_endpoint: `${u}/oauth/revoke`,
    end_session_endpoint: `${u}/oidc/logout`,
    response_types_supported: ['code', 'token', 'id_token', 'id_token token', 'code id_token', 'code token', 'code id_token token'],
    // As a real tenant publishes them; web_message works but Auth0 does not list it either.
    response_modes_supported: ['query', 'fragment', 'form_post'],
    grant_types_supported: ['authorization_code', 'client_credentials', 'refresh_token', OTP_GRANT, WEBAUTHN_GRANT],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    // Auth0's list without private_key_jwt (client assertions are not emulated).
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile', 'offline_access', 'name', 'given_name', 'family_name', 'nickname', 'email', 'email_verified', 'picture', 'created_at', 'identities', 'phone', 'address'],
    claims_supported: ['aud', 'email', 'email_verified', 'exp', 'iat', 'iss', 'name', 'nickname', 'nonce', 'phone_number', 'phone_number_verified', 'picture', 'sid', 'sub', 'updated_at', 'at_hash', 'c_hash'],
    request_uri_parameter_supported: false,
  }, PUBLIC);
}
