// @ts-check
// POST /co/verify: the end of the cross-origin verification fallback. The verifier read from the
// app's cookie (by auth0-js in the fallback iframe) must match the login ticket's co_verifier;
// then the session cookie is set first-party and the original /authorize finishes.
import { parseBody, str } from '../http.js';
import { errorPage } from '../pages.js';
import { safeEqual } from '../client-auth.js';
import { authzError, issue, readAuthzRequest } from '../authz-response.js';
import { sessionCookie } from '../grants.js';
import { TEXT } from '../errors.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

/** @param {Ctx} ctx @param {Req} req */
export async function coVerify(ctx, req) {
  const parsed = parseBody(req, { form: true, error: (d) => errorPage(400, 'Invalid request', d) });
  if (!parsed.ok) return parsed.reply;
  const pending = ctx.pendingCo.take(str(parsed.data.state));
  if (!pending) return errorPage(400, 'Invalid request', 'Invalid or expired state');
  const q = new URLSearchParams(pending.query);
  const authzParsed = readAuthzRequest(ctx, q);
  if (authzParsed.reply) return authzParsed.reply;
  const authz = authzParsed.req;
  const verifier = str(parsed.data.verifier);
  if (!verifier) return authzError(authz, 'invalid_request', TEXT.noVerifier);
  if (!safeEqual(verifier, pending.ticket.coVerifier)) return authzError(authz, 'access_denied', 'Invalid verifier');
  const session = ctx.sessions.get(pending.ticket.sessionId);
  if (!session) return authzError(authz, 'login_required', 'Login required');
  return issue(ctx, authz, session, { 'set-cookie': sessionCookie(ctx, pending.ticket.sessionId) });
}
