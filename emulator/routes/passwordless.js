// @ts-check
// POST /passwordless/start, POST /passwordless/verify (checks a code without using it) and
// GET /passwordless/verify_redirect (the magic link, and where auth0-js passwordlessVerify navigates).
import { json, jsonError, parseBody, str } from '../http.js';
import { TEXT, codeFailureText, wrongCodeText } from '../errors.js';
import { apiCors } from '../cors.js';
import { allowsOrigin } from '../client-urls.js';
import { authenticateClient, endUserIp } from '../client-auth.js';
import { checkCode, otpKey } from '../otp.js';
import { sendPasswordless } from '../messages.js';
import { userId } from '../users.js';
import { errorPage, linkInterstitialPage } from '../pages.js';
import { authzError, issue, readAuthzRequest } from '../authz-response.js';
import { createSession, findApi, serviceNotFound } from '../grants.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../http.js').Reply} Reply */

const START_KEYS = ['client_id', 'client_secret', 'connection', 'email', 'phone_number', 'send', 'authParams', 'captcha'];
// What auth0-js client.passwordless.verify sends (it picks these from its options; auth0Client stays camelCase).
const VERIFY_KEYS = ['client_id', 'client_secret', 'connection', 'email', 'phone_number', 'verification_code', 'auth0Client'];
/** The authParams a magic link is bound to: a link whose value for one of them was changed is a wrong link. */
const LINK_BOUND = ['redirect_uri', 'state', 'nonce', 'response_type', 'scope', 'audience', 'response_mode'];
// Strict ASCII address: one recipient, no spaces, quotes, commas, CR/LF or look-alike characters.
export const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
export const E164 = /^\+[0-9]{1,15}$/;

/** @param {string} connection @param {string} raw */
export function normaliseIdentifier(connection, raw) {
  return connection === 'email' ? raw.trim().toLowerCase() : raw.trim();
}


/**
 * The `connection` property: "email" or "sms", and configured.
 * @param {Ctx} ctx @param {Record<string, unknown>} body @param {Record<string, string>} headers
 * @returns {{ connection: 'email'|'sms', reply?: undefined } | { reply: Reply }}
 */
function readConnection(ctx, body, headers) {
  const connection = body.connection;
  if (connection === undefined || connection === null || connection === '') return { reply: jsonError(400, 'bad.connection', 'Missing required property: connection', headers) };
  if ((connection !== 'email' && connection !== 'sms') || !ctx.config.connections[connection]) {
    return { reply: jsonError(400, 'bad.connection', 'Connection does not exist', headers) };
  }
  return { connection };
}

/**
 * The recipient: `email` for the email connection, `phone_number` for sms (the other one is not allowed), normalised.
 * @param {Record<string, unknown>} body @param {'email'|'sms'} connection @param {Record<string, string>} headers
 * @returns {{ to: string, reply?: undefined } | { reply: Reply }}
 */
function readRecipient(body, connection, headers) {
  const fail = (/** @type {string} */ error, /** @type {string} */ description) => ({ reply: jsonError(400, error, description, headers) });
  if (connection === 'email') {
    if (body.phone_number !== undefined) return fail('bad.request', 'the following properties are not allowed: phone_number');
    if (body.email === undefined || body.email === '') return fail('bad.email', 'Missing required property: email');
    if (typeof body.email !== 'string' || body.email.length > 254 || !EMAIL.test(body.email)) {
      return fail('bad.email', `error in email - email format validation failed: ${String(body.email).slice(0, 254)}`);
    }
    return { to: normaliseIdentifier('email', body.email) };
  }
  if (body.email !== undefined) return fail('bad.request', 'the following properties are not allowed: email');
  if (body.phone_number === undefined || body.phone_number === '') return fail('bad.phone_number', 'Missing required property: phone_number');
  // No trimming: Auth0 rejects " +1555…" (auth0-js sends phone numbers untrimmed).
  if (typeof body.phone_number !== 'string' || !E164.test(body.phone_number)) return fail('bad.phone_number', TEXT.phonePattern);
  return { to: body.phone_number };
}

/**
 * What /passwordless/start and /passwordless/verify check first, in Auth0's order: the client (and a confidential
 * client's secret), the end-user IP's limit, the page's origin, and that no unknown property was sent.
 * @param {Ctx} ctx @param {Req} req @param {Record<string, unknown>} body
 * @param {{ limiter: { hit: (key: string) => { allowed: boolean, headers: Record<string, string> } }, keys: string[] }} p
 * @returns {{ reply: Reply } | { reply?: undefined, client: import('../config.js').ClientConfig, ip: string, headers: Record<string, string> }}
 */
function admit(ctx, req, body, { limiter, keys }) {
  const cors = apiCors(ctx, req.origin, ctx.clients.get(str(body.client_id) ?? ''));
  const auth = authenticateClient(ctx, body, req.headers.authorization, 'start', cors);
  if (auth.reply) return { reply: auth.reply };
  const client = auth.client;
  const ip = endUserIp(req, client);
  const limit = limiter.hit(ip);
  const headers = { ...cors, ...limit.headers };
  if (!limit.allowed) return { reply: jsonError(429, 'too_many_requests', TEXT.tooManyRequests, headers) };
  if (req.origin !== undefined && !allowsOrigin(client, req.origin)) {
    return { reply: jsonError(403, 'unauthorized_client', `Origin ${req.origin} is not allowed for client ${client.client_id}`, headers) };
  }
  const extra = Object.keys(body).filter((k) => !keys.includes(k));
  if (extra.length) return { reply: jsonError(400, 'bad.request', `the following properties are not allowed: ${extra.join(', ')}`, headers) };
  return { client, ip, headers };
}

/**
 * @param {Ctx} ctx @param {Req} req
 * @returns {Reply}
 */
export function start(ctx, req) {
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'bad.request', d, apiCors(ctx, req.origin, undefined)) });
  if (!parsed.ok) return parsed.reply;
  const body = parsed.data;
  // Auth0 limits starts per end-user IP (see endUserIp); every authenticated start counts.
  const admitted = admit(ctx, req, body, { limiter: ctx.rateLimit, keys: START_KEYS });
  if (admitted.reply) return admitted.reply;
  const { client, headers, ip } = admitted;

  const conn = readConnection(ctx, body, headers);
  if (conn.reply) return conn.reply;
  const { connection } = conn;
  // Auth0 documents `send` as defaulting to "link".
  const send = body.send ?? 'link';
  if (send !== 'code' && send !== 'link') return jsonError(400, 'bad.request', 'send must be "code" or "link"', headers);
  const authParams = body.authParams ?? {};
  if (typeof authParams !== 'object' || authParams === null || Array.isArray(authParams)) {
    const type = Array.isArray(authParams) ? 'array' : authParams === null ? 'null' : typeof authParams;
    return jsonError(400, 'bad.authParams', `error in authParams - invalid type: ${type} (expected object)`, headers);
  }

  const recipient = readRecipient(body, connection, headers);
  if (recipient.reply) return recipient.reply;
  const { to } = recipient;

  /** @type {Record<string, string>} */
  const params = {};
  for (const [k, v] of Object.entries(authParams)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') params[k] = String(v);
  }
  const language = str(req.headers['x-request-language']) ?? params.language;
  // Bot Detection asks public clients (the browser) only: Auth0 does not document a captcha for a start that a
  // confidential client authenticates with its secret (a backend, which runs its own human check).
  if (client.client_secret === undefined && ctx.botDetection.requiredFor(ip) &&
    !ctx.botDetection.check({ state: params.state, captcha: body.captcha, ip, origin: req.origin })) {
    // Auth0's error code, the one Lock and auth0-js act on (`error.code === 'invalid_captcha'`); the description
    // text has not been checked against a live tenant.
    return jsonError(400, 'invalid_captcha', 'Invalid captcha value', headers);
  }
  // A confidential client authenticates its start with its secret: a server, which no browser cookie comes from.
  sendPasswordless(ctx, { client, connection, to, send, authParams: params, language, acceptLanguage: str(req.headers['accept-language']), startedOnServer: client.client_secret !== undefined });

  const id = userId(connection, to);
  return json(200, connection === 'email'
    ? { _id: id, email: to, email_verified: false }
    : { _id: id, phone_number: to, phone_verified: false, request_language: language ?? null }, headers);
}

/**
 * POST /passwordless/verify: what auth0-js `client.passwordless.verify` (and so `webAuth.passwordlessVerify`) calls
 * before it navigates to verify_redirect with the same code. Checks the code WITHOUT using it up, so a right code still
 * works at verify_redirect (or /co/authenticate) afterwards; a wrong one counts as a failed try (the code dies after
 * max_attempts) and toward brute-force protection, like everywhere else. CORS for the client's allowed origins, no
 * credentials needed. 200 `{}` for a right code.
 * @param {Ctx} ctx @param {Req} req
 * @returns {Reply}
 */
export function verify(ctx, req) {
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'bad.request', d, apiCors(ctx, req.origin, undefined)) });
  if (!parsed.ok) return parsed.reply;
  const body = parsed.data;
  const admitted = admit(ctx, req, body, { limiter: ctx.verifyRateLimit, keys: VERIFY_KEYS });
  if (admitted.reply) return admitted.reply;
  const { client, headers, ip } = admitted;
  const conn = readConnection(ctx, body, headers);
  if (conn.reply) return conn.reply;
  const { connection } = conn;
  const recipient = readRecipient(body, connection, headers);
  if (recipient.reply) return recipient.reply;
  const code = body.verification_code;
  if (code === undefined || code === null || code === '') return jsonError(400, 'bad.verification_code', 'Missing required property: verification_code', headers);
  if (typeof code !== 'string') {
    return jsonError(400, 'bad.verification_code', `error in verification_code - invalid type: ${Array.isArray(code) ? 'array' : typeof code} (expected string)`, headers);
  }
  const result = checkCode(ctx, { clientId: client.client_id, connection, identifier: recipient.to, code, ip, spend: false });
  if (!result.ok) {
    const text = codeFailureText(result.reason, connection);
    return result.reason === 'blocked' ? jsonError(429, 'too_many_attempts', text, headers) : jsonError(403, 'access_denied', text, headers);
  }
  return json(200, {}, headers);
}

/**
 * The magic link, and where auth0-js passwordlessVerify navigates with a typed code. Uses the code up, creates the
 * session and answers like /authorize. Which codes it takes is `verify_redirect_accepts`: `link-issued` (default)
 * refuses a code sent by a `send: 'code'` start (and, the worst case, that check uses the code up); `any` takes it,
 * unbound (it was issued without authParams: the redirect uses this request's own). Link-issued codes are always
 * bound to the authParams of their start.
 * @param {Ctx} ctx @param {Req} req
 */
export async function verifyRedirect(ctx, req) {
  // POST is the interstitial's "Continue", nothing else.
  if (req.method === 'POST' && !ctx.config.magic_link_interstitial) return errorPage(405, 'Method not allowed', 'Magic links are opened with GET');
  const q = req.query;
  const parsed = readAuthzRequest(ctx, q);
  if (parsed.reply) return parsed.reply;
  const authz = parsed.req;
  // Scanner-proof mode: the GET only shows a "Continue" page (its script posts at once); nothing is used up until
  // that POST. The client and redirect_uri were checked above, so the page never points anywhere untrusted.
  if (ctx.config.magic_link_interstitial && req.method !== 'POST') {
    return linkInterstitialPage(`/passwordless/verify_redirect?${q.toString()}`, new URL(authz.redirectUri).origin);
  }
  // An unknown audience is refused before the code is looked at (it costs no attempt), as at /authorize.
  if (authz.audience !== undefined && !findApi(ctx, authz.audience)) return authzError(authz, 'access_denied', serviceNotFound(authz.audience));
  const connection = q.get('connection');
  if (connection !== 'email' && connection !== 'sms') return authzError(authz, 'invalid_request', 'Connection does not exist');
  if (!ctx.config.connections[connection]) return authzError(authz, 'invalid_request', 'Connection does not exist');
  const raw = q.get(connection === 'email' ? 'email' : 'phone_number');
  const code = q.get('verification_code');
  if (!raw || !code) return authzError(authz, 'access_denied', wrongCodeText(connection));
  const identifier = normaliseIdentifier(connection, raw);
  // A link started by a server has no Auth0 session in the browser that opens it: Auth0 refuses it unless the tenant
  // allows that (the code is not looked at, so nothing is used up: an assumption).
  const pending = ctx.otp.peek(otpKey(authz.client.client_id, connection, identifier));
  if (pending?.send === 'link' && pending.startedOnServer && !ctx.config.universal_login.passwordless.allow_magiclink_verify_without_session) {
    return errorPage(400, 'Sign-in link not accepted', TEXT.linkNeedsSameBrowser);
  }
  // A link whose redirect_uri, state, nonce, response_type... was changed is a wrong link (a failed try).
  const bind = (/** @type {import('../otp.js').OtpEntry} */ entry) => entry.send !== 'link' ||
    LINK_BOUND.every((k) => entry.authParams[k] === undefined || entry.authParams[k] === q.get(k));
  const refuse = (/** @type {import('../otp.js').OtpEntry} */ entry) => ctx.config.verify_redirect_accepts === 'link-issued' && entry.send !== 'link';
  const result = checkCode(ctx, { clientId: authz.client.client_id, connection, identifier, code, ip: req.ip, bind, refuse });
  if (!result.ok) {
    return authzError(authz, result.reason === 'blocked' ? 'too_many_attempts' : 'access_denied', codeFailureText(result.reason, connection));
  }
  const user = ctx.users.login(connection, identifier);
  const { session, cookie } = createSession(ctx, user);
  return issue(ctx, authz, session, { 'set-cookie': cookie });
}
