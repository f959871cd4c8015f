// @ts-check
// GET /authorize: finishes a cross-origin login (login_ticket), answers checkSession
// (prompt=none), SSO, and otherwise sends the user to the hosted login page. Never CORS.
import { TEXT } from '../errors.js';
import { authzError, issue, readAuthzRequest } from '../authz-response.js';
import { startHostedLogin } from './login.js';
import { currentSession, findApi, serviceNotFound } from '../grants.js';
import { coFallbackPage } from '../pages.js';
import { randomId } from '../tokens.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

/** @param {Ctx} ctx @param {Req} req */
export async function authorize(ctx, req) {
  const q = req.query;
  const parsed = readAuthzRequest(ctx, q);
  if (parsed.reply) return parsed.reply;
  const authz = parsed.req;
  // An audience that names no registered API: Auth0 answers access_denied "Service not found: <audience>".
  if (authz.audience !== undefined && !findApi(ctx, authz.audience)) return authzError(authz, 'access_denied', serviceNotFound(authz.audience));
  const current = currentSession(ctx, req);
  const ticketId = q.get('login_ticket');
  if (ticketId !== null) {
    // Single use: the ticket is gone whatever happens next. Reused, expired, unknown or another client's: Auth0's text.
    const ticket = ctx.tickets.take(ticketId);
    if (!ticket || ticket.clientId !== authz.client.client_id) return authzError(authz, 'invalid_request', TEXT.unknownTicket);
    // The session cookie did not come back (third-party cookies blocked, or another browser): Auth0 then tries its
    // cross-origin verification fallback (protocol note 6.1), and without one configured it says noVerificationPage.
    if (!current || current.id !== ticket.sessionId) {
      const fallback = authz.client.cross_origin_loc;
      if (!fallback) return authzError(authz, 'server_error', TEXT.noVerificationPage);
      const state = randomId(24);
      ctx.pendingCo.set(state, { ticket, query: q.toString() }, 5 * 60_000);
      return coFallbackPage(ctx.url, fallback, state, ticket.coId, authz.redirectUri);
    }
    return issue(ctx, authz, current.session);
  }
  const prompt = q.get('prompt');
  const maxAge = q.get('max_age');
  const tooOld = current && maxAge !== null && /^\d+$/.test(maxAge) && ctx.now() / 1000 - current.session.authTime > Number(maxAge);
  if (current && prompt !== 'login' && !tooOld) return issue(ctx, authz, current.session);
  if (prompt === 'none') return authzError(authz, 'login_required', 'Login required');
  return startHostedLogin(ctx, authz, q, req);
}
