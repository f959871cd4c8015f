// @ts-check
// POST /co/authenticate: cross-origin authentication (what auth0-js passwordlessLogin calls).
import { json, jsonError, parseBody, str } from '../http.js';
import { TEXT, codeFailureText } from '../errors.js';
import { apiCors } from '../cors.js';
import { allowsOrigin } from '../client-urls.js';
import { checkCode } from '../otp.js';
import { randomId } from '../tokens.js';
import { createSession } from '../grants.js';
import { normaliseIdentifier } from './passwordless.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

export { OTP_GRANT } from '../config.js';
import { OTP_GRANT } from '../config.js';

/**
 * Checks a code for a client; returns the error reply or the user.
 * @param {Ctx} ctx @param {string} clientId @param {string} realm @param {string} username @param {string} otp @param {string} ip
 * @param {string} error `access_denied` (co/authenticate) or `invalid_grant` (oauth/token)
 * @param {Record<string, string>} headers
 */
export function checkOtp(ctx, clientId, realm, username, otp, ip, error, headers) {
  if (realm !== 'email' && realm !== 'sms') return { reply: jsonError(400, 'invalid_request', 'Connection does not exist', headers) };
  if (!ctx.config.connections[realm]) return { reply: jsonError(400, 'invalid_request', 'Connection does not exist', headers) };
  const identifier = normaliseIdentifier(realm, username);
  const result = checkCode(ctx, { clientId, connection: realm, identifier, code: otp, ip });
  if (!result.ok) {
    const text = codeFailureText(result.reason, realm);
    return { reply: result.reason === 'blocked' ? jsonError(429, 'too_many_attempts', text, headers) : jsonError(403, error, text, headers) };
  }
  return { user: ctx.users.login(realm, identifier) };
}

/** @param {Ctx} ctx @param {Req} req */
export function coAuthenticate(ctx, req) {
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'invalid_request', d, apiCors(ctx, req.origin, undefined)) });
  if (!parsed.ok) return parsed.reply;
  const body = parsed.data;
  const clientId = str(body.client_id);
  const client = ctx.clients.get(clientId ?? '');
  const headers = apiCors(ctx, req.origin, client);
  if (!clientId) return jsonError(400, 'invalid_request', 'Missing required parameter: client_id', headers);
  if (!client) return jsonError(401, 'access_denied', TEXT.unauthorized, headers);
  if (req.origin !== undefined && !allowsOrigin(client, req.origin)) {
    return jsonError(403, 'unauthorized_client', 'Cross origin login not allowed.', headers);
  }
  if (body.credential_type !== OTP_GRANT) {
    return jsonError(400, 'unsupported_credential_type', `Unsupported credential_type: ${String(body.credential_type ?? '')}`, headers);
  }
  for (const key of ['realm', 'username', 'otp']) {
    if (typeof body[key] !== 'string' || body[key] === '') return jsonError(400, 'invalid_request', `Missing required parameter: ${key}`, headers);
  }
  const checked = checkOtp(ctx, client.client_id, String(body.realm), String(body.username), String(body.otp), req.ip, 'access_denied', headers);
  if (checked.reply) return checked.reply;
  const { id, cookie } = createSession(ctx, checked.user);
  const ticket = { login_ticket: randomId(24), co_verifier: randomId(24), co_id: randomId(9) };
  ctx.tickets.set(ticket.login_ticket, { sessionId: id, coVerifier: ticket.co_verifier, coId: ticket.co_id, clientId: client.client_id },
    ctx.config.login_ticket_lifetime_seconds * 1000);
  return json(200, ticket, { ...headers, 'set-cookie': cookie });
}
