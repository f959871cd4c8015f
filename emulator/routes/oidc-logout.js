// @ts-check
// GET /oidc/logout: OpenID Connect RP-Initiated Logout 1.0 as Auth0 implements it
// (https://auth0.com/docs/api/authentication/logout/oidc-logout,
// https://auth0.com/docs/authenticate/login/logout/log-users-out-of-auth0).
// Parameters: id_token_hint, post_logout_redirect_uri, client_id, logout_hint, state, ui_locales (recorded nowhere:
// the pages are English). The redirect goes only to an Allowed Logout URL of the client named by `client_id` or by the
// hint's `aud`; the emulator has no tenant-level list, so without either a post_logout_redirect_uri is refused.
// A refused request ends nothing: the session stays and no redirect is made.
import { compactVerify, createLocalJWKSet } from 'jose';
import { redirect } from '../http.js';
import { errorPage } from '../pages.js';
import { allowsLogoutUrl } from '../client-urls.js';
import { clearSessionCookies, currentSession } from '../grants.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

/**
 * The claims of an ID token this emulator signed (RS256, its key, its issuer, a single client as `aud`). An expired
 * hint is accepted, as the spec allows (RP-Initiated Logout 1.0 §2: the OP need not refuse it).
 * @param {Ctx} ctx @param {string} token
 * @returns {Promise<{ aud: string, sid?: string } | undefined>}
 */
async function verifyHint(ctx, token) {
  let payload;
  try {
    const verified = await compactVerify(token, createLocalJWKSet(ctx.tokens.jwks()), { algorithms: ['RS256'] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload));
  } catch {
    return undefined;
  }
  if (!payload || typeof payload !== 'object' || payload.iss !== ctx.issuer) return undefined;
  // An ID token names one client; an access token's `aud` is a list (API + userinfo), so it is no hint.
  if (typeof payload.aud !== 'string' || !ctx.clients.has(payload.aud)) return undefined;
  return { aud: payload.aud, sid: typeof payload.sid === 'string' ? payload.sid : undefined };
}

/** @param {Ctx} ctx @param {Req} req */
export async function oidcLogout(ctx, req) {
  const q = req.query;
  const hintToken = q.get('id_token_hint');
  const clientId = q.get('client_id');
  const logoutHint = q.get('logout_hint');
  const redirectUri = q.get('post_logout_redirect_uri');
  const state = q.get('state');
  /** @param {string} message */
  const refuse = (message) => errorPage(400, 'invalid_request', message);

  const hint = hintToken ? await verifyHint(ctx, hintToken) : undefined;
  if (hintToken && !hint) return refuse('The "id_token_hint" parameter is not a valid ID token issued by this tenant.');
  const client = clientId ? ctx.clients.get(clientId) : hint ? ctx.clients.get(hint.aud) : undefined;
  if (clientId && !client) return refuse(`Unknown client: ${clientId}`);
  if (hint && clientId && hint.aud !== clientId) return refuse('The "client_id" parameter does not match the "aud" claim of the "id_token_hint".');
  if (hint && logoutHint && hint.sid !== logoutHint) return refuse('The "logout_hint" parameter does not match the "sid" claim of the "id_token_hint".');

  let target;
  if (redirectUri) {
    if (!client || !allowsLogoutUrl(client, redirectUri)) {
      return refuse(`The "post_logout_redirect_uri" querystring parameter "${redirectUri}" is not defined as a valid URL in "Allowed Logout URLs".`);
    }
    target = state ? `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}state=${encodeURIComponent(state)}` : redirectUri;
  } else if (client && client.allowed_logout_urls.length > 0) {
    // Auth0: with a client and no post_logout_redirect_uri, the first Allowed Logout URL.
    target = client.allowed_logout_urls[0];
  }

  // A logout_hint (a `sid`) that is not the browser's session leaves that session alone.
  const current = currentSession(ctx, req);
  const keep = Boolean(current && logoutHint && current.session.sid !== logoutHint);
  if (current && !keep) ctx.sessions.delete(current.id);
  /** @type {Record<string, string | string[]>} */
  const headers = keep ? {} : { 'set-cookie': clearSessionCookies(ctx) };
  if (target) return redirect(target, headers);
  const page = errorPage(200, 'Logged out', 'You are logged out of the Auth0 emulator.');
  Object.assign(page.headers, headers);
  return page;
}
