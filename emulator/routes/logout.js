// @ts-check
// GET /v2/logout: ends the session, then returns to an allowed logout URL (client-urls.js: Auth0's matching).
import { redirect } from '../http.js';
import { errorPage } from '../pages.js';
import { allowsLogoutUrl } from '../client-urls.js';
import { clearSessionCookies, currentSession } from '../grants.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

/** @param {Ctx} ctx @param {Req} req */
export function logout(ctx, req) {
  const current = currentSession(ctx, req);
  if (current) ctx.sessions.delete(current.id);
  const headers = { 'set-cookie': clearSessionCookies(ctx) };
  /** A page that also clears the cookie. @param {number} status @param {string} title @param {string} message */
  const page = (status, title, message) => {
    const reply = errorPage(status, title, message);
    Object.assign(reply.headers, headers);
    return reply;
  };
  const clientId = req.query.get('client_id');
  const client = clientId ? ctx.clients.get(clientId) : undefined;
  if (clientId && !client) return page(400, 'Invalid request', `Unknown client: ${clientId}`);
  // Auth0's /v2/logout reference: with client_id and no returnTo, the first of the application's Allowed Logout URLs.
  const returnTo = req.query.get('returnTo') ?? client?.allowed_logout_urls[0];
  if (!returnTo) return page(200, 'Logged out', 'You are logged out of the Auth0 emulator.');
  // Without client_id Auth0 checks the tenant's Allowed Logout URLs, which the emulator has none of (as /oidc/logout).
  const allowed = client !== undefined && allowsLogoutUrl(client, returnTo);
  if (!allowed) {
    // Auth0's text (auth0/auth0-react#127, openanalytics/shinyproxy#423).
    return page(400, 'invalid_request', `The "returnTo" querystring parameter "${returnTo}" is not defined as a valid URL in "Allowed Logout URLs".`);
  }
  return redirect(returnTo, headers);
}
