// @ts-check
// Codes on a database connection (Auth0: "Passwordless Authentication on Database Connections with Authentication
// API", Early Access): POST /otp/challenge sends an email or text code for a user of a `strategy: 'auth0'` connection
// with `email_otp`/`phone_otp` enabled and answers an `auth_session`; the passwordless OTP grant at /oauth/token takes
// `auth_session` + `otp` back (dbOtpGrant). From a backend only: Auth0 refuses the grant to SPA applications.
import { json, jsonError, parseBody, str } from '../http.js';
import { authenticateClient, endUserIp } from '../client-auth.js';
import { randomId } from '../tokens.js';
import { checkCode } from '../otp.js';
import { codeFailureText } from '../errors.js';
import { DATABASE_CODE_SETTINGS, sendDatabaseCode } from '../messages.js';
import { E164, EMAIL } from './passwordless.js';
import { OTP_GRANT } from './co.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../http.js').Reply} Reply */
/** @typedef {import('../config.js').ClientConfig} ClientConfig */

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };
const CHALLENGE_KEYS = ['client_id', 'client_secret', 'connection', 'email', 'phone_number', 'allow_signup', 'delivery_method'];

/** Auth0 offers the Passwordless OTP grant to confidential applications that enabled it. @param {ClientConfig} client */
export function mayUseOtpGrant(client) {
  return client.app_type !== 'spa' && client.client_secret !== undefined && (!client.grant_types || client.grant_types.includes(OTP_GRANT));
}

/**
 * The recipient and channel: `email` or `phone_number` (E.164), not both; the field chooses the channel.
 * @param {Record<string, unknown>} body
 * @returns {{ channel: 'email'|'sms', to: string } | { error: string }}
 */
function readRecipient(body) {
  if (body.email !== undefined && body.phone_number !== undefined) return { error: 'Send email or phone_number, not both' };
  if (body.email !== undefined) {
    if (typeof body.email !== 'string' || body.email.length > 254 || !EMAIL.test(body.email)) return { error: 'email is not a valid email address' };
    return { channel: 'email', to: body.email.trim().toLowerCase() };
  }
  if (body.phone_number !== undefined) {
    if (typeof body.phone_number !== 'string' || !E164.test(body.phone_number)) return { error: 'phone_number must be in E.164 format' };
    return { channel: 'sms', to: body.phone_number };
  }
  return { error: 'Missing required parameter: email or phone_number' };
}

/** POST /otp/challenge. @param {Ctx} ctx @param {Req} req @returns {Reply} */
export function otpChallenge(ctx, req) {
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'invalid_request', d, NO_STORE) });
  if (!parsed.ok) return parsed.reply;
  const body = parsed.data;
  for (const key of ['client_id', 'connection']) {
    if (typeof body[key] !== 'string' || body[key] === '') return jsonError(400, 'invalid_request', `Missing required parameter: ${key}`, NO_STORE);
  }
  const auth = authenticateClient(ctx, body, req.headers.authorization, 'token', NO_STORE);
  // D documents 401 `invalid_client` for this endpoint (where /oauth/token answers `access_denied`/`unauthorized_client`).
  if (auth.reply) return auth.reply.status === 401 ? jsonError(401, 'invalid_client', JSON.parse(String(auth.reply.body)).error_description, NO_STORE) : auth.reply;
  const client = auth.client;
  if (!mayUseOtpGrant(client)) return jsonError(403, 'unauthorized_client', `Grant type '${OTP_GRANT}' not allowed for the client.`, NO_STORE);
  const ip = endUserIp(req, client);
  const limit = ctx.rateLimit.hit(ip);
  const headers = { ...NO_STORE, ...limit.headers };
  if (!limit.allowed) return jsonError(429, 'too_many_requests', 'Too many requests. Please try again later.', headers);
  const extra = Object.keys(body).filter((k) => !CHALLENGE_KEYS.includes(k));
  if (extra.length) return jsonError(400, 'invalid_request', `the following properties are not allowed: ${extra.join(', ')}`, headers);
  if (body.allow_signup !== undefined && typeof body.allow_signup !== 'boolean') return jsonError(400, 'invalid_request', 'allow_signup must be true or false', headers);
  if (body.delivery_method !== undefined && body.delivery_method !== 'text' && body.delivery_method !== 'voice') {
    return jsonError(400, 'invalid_request', 'delivery_method must be "text" or "voice"', headers);
  }
  const recipient = readRecipient(body);
  if ('error' in recipient) return jsonError(400, 'invalid_request', recipient.error, headers);
  if (recipient.channel === 'email' && body.delivery_method !== undefined) return jsonError(400, 'invalid_request', 'delivery_method is for phone_number only', headers);

  const connection = ctx.config.database_connections.find((c) => c.name === body.connection);
  if (!connection) return jsonError(400, 'invalid_connection', 'The connection does not exist or is not a database connection', headers);
  const method = recipient.channel === 'email' ? 'email_otp' : 'phone_otp';
  if (!connection.authentication_methods[method].enabled) {
    return jsonError(400, 'invalid_connection', `The ${method} authentication method is not enabled for connection ${connection.name}`, headers);
  }

  const profile = recipient.channel === 'email' ? { email: recipient.to } : { phone_number: recipient.to };
  // The same answer whether or not the user exists: an unknown user without allow_signup gets a session that sends
  // nothing and fails at the token call, so the endpoint reveals no accounts.
  const live = body.allow_signup === true || ctx.passkeys.findUser(connection.name, profile) !== undefined;
  if (live) sendDatabaseCode(ctx, { client, connection: connection.name, channel: recipient.channel, to: recipient.to, language: str(req.headers['x-request-language']),
    ...(body.delivery_method === 'voice' ? { delivery: /** @type {const} */ ('voice') } : {}) });
  const authSession = randomId(32);
  ctx.passkeys.otpSessions.set(authSession, { clientId: client.client_id, realm: connection.name, channel: recipient.channel, identifier: recipient.to, live },
    DATABASE_CODE_SETTINGS.code_lifetime_seconds * 1000);
  return json(200, { auth_session: authSession }, headers);
}

/**
 * The passwordless OTP grant with `auth_session` (a code of /otp/challenge): the database connection's user, created
 * on a sign-up. A wrong code counts toward the code's attempts and brute-force protection, like the other code paths.
 * @param {Ctx} ctx @param {Req} req @param {ClientConfig} client @param {Record<string, unknown>} body @param {Record<string, string>} headers
 * @returns {{ user: import('../users.js').User, reply?: undefined } | { reply: Reply, user?: undefined }}
 */
export function dbOtpGrant(ctx, req, client, body, headers) {
  if (!mayUseOtpGrant(client)) return { reply: jsonError(403, 'unauthorized_client', `Grant type '${OTP_GRANT}' not allowed for the client.`, headers) };
  const otp = str(body.otp);
  if (!otp) return { reply: jsonError(400, 'invalid_request', 'Missing required parameter: otp', headers) };
  const authSession = str(body.auth_session) ?? '';
  const session = ctx.passkeys.otpSessions.get(authSession);
  const invalidSession = () => ({ reply: jsonError(400, 'invalid_request', 'Invalid or expired auth_session.', headers) });
  if (!session || session.clientId !== client.client_id || !session.live) return invalidSession();
  if (body.realm !== undefined && body.realm !== session.realm) return { reply: jsonError(400, 'invalid_request', 'The realm does not match the auth_session.', headers) };
  const result = checkCode(ctx, { clientId: client.client_id, connection: session.realm, identifier: session.identifier, code: otp, ip: endUserIp(req, client) });
  if (!result.ok) {
    const text = codeFailureText(result.reason, session.channel);
    return { reply: result.reason === 'blocked' ? jsonError(429, 'too_many_attempts', text, headers) : jsonError(400, 'invalid_request', text, headers) };
  }
  ctx.passkeys.otpSessions.delete(authSession);
  const profile = session.channel === 'email' ? { email: session.identifier } : { phone_number: session.identifier };
  const user = ctx.passkeys.findUser(session.realm, profile) ?? ctx.passkeys.createUser(session.realm, profile);
  user.updated_at = new Date(ctx.now()).toISOString();
  // The code reached the address or number: now it is verified (a passkey sign-up's was not).
  if (session.channel === 'email') delete user.email_verified;
  else delete user.phone_number_verified;
  return { user };
}
