// @ts-check
// POST /passwordless/start and GET /passwordless/verify_redirect (the magic link).
import { json, jsonError, parseBody, str } from '../http.js';
import { TEXT, codeFailureText, wrongCodeText } from '../errors.js';
import { apiCors } from '../cors.js';
import { authenticateClient, endUserIp } from '../client-auth.js';
import { checkCode } from '../otp.js';
import { sendPasswordless } from '../messages.js';
import { userId } from '../users.js';
import { errorPage, linkInterstitialPage } from '../pages.js';
import { authzError, issue, readAuthzRequest } from '../authz-response.js';
import { createSession } from '../grants.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../http.js').Reply} Reply */

const START_KEYS = ['client_id', 'client_secret', 'connection', 'email', 'phone_number', 'send', 'authParams', 'captcha'];
// Strict ASCII address: one recipient, no spaces, quotes, commas, CR/LF or look-alike characters.
export const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
export const E164 = /^\+[0-9]{1,15}$/;

/** @param {string} connection @param {string} raw */
export function normaliseIdentifier(connection, raw) {
  return connection === 'email' ? raw.trim().toLowerCase() : raw.trim();
}


/**
 * @param {Ctx} ctx @param {Req} req
 * @returns {Reply}
 */
export function start(ctx, req) {
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'bad.request', d, apiCors(ctx, req.origin, undefined)) });
  if (!parsed.ok) return parsed.reply;
  const body = parsed.data;
  const knownClient = ctx.clients.get(str(body.client_id) ?? '');
  const cors = apiCors(ctx, req.origin, knownClient);

  const auth = authenticateClient(ctx, body, req.headers.authorization, 'start', cors);
  if (auth.reply) return auth.reply;
  const client = auth.client;
  // Auth0 limits starts per end-user IP (see endUserIp); every authenticated start counts.
  const limit = ctx.rateLimit.hit(endUserIp(req, client));
  const headers = { ...cors, ...limit.headers };
  if (!limit.allowed) return jsonError(429, 'too_many_requests', TEXT.tooManyRequests, headers);
  if (req.origin !== undefined && !client.allowed_origins.includes(req.origin)) {
    return jsonError(403, 'unauthorized_client', `Origin ${req.origin} is not allowed for client ${client.client_id}`, headers);
  }
  const extra = Object.keys(body).filter((k) => !START_KEYS.includes(k));
  if (extra.length) return jsonError(400, 'bad.request', `the following properties are not allowed: ${extra.join(', ')}`, headers);

  const connection = body.connection;
  if (connection === undefined || connection === null || connection === '') return jsonError(400, 'bad.connection', 'Missing required property: connection', headers);
  if ((connection !== 'email' && connection !== 'sms') || !ctx.config.connections[connection]) {
    return jsonError(400, 'bad.connection', 'Connection does not exist', headers);
  }
  // Auth0 documents `send` as defaulting to "link".
  const send = body.send ?? 'link';
  if (send !== 'code' && send !== 'link') return jsonError(400, 'bad.request', 'send must be "code" or "link"', headers);
  const authParams = body.authParams ?? {};
  if (typeof authParams !== 'object' || authParams === null || Array.isArray(authParams)) {
    const type = Array.isArray(authParams) ? 'array' : authParams === null ? 'null' : typeof authParams;
    return jsonError(400, 'bad.authParams', `error in authParams - invalid type: ${type} (expected object)`, headers);
  }

  let to;
  if (connection === 'email') {
    if (body.phone_number !== undefined) return jsonError(400, 'bad.request', 'the following properties are not allowed: phone_number', headers);
    if (body.email === undefined || body.email === '') return jsonError(400, 'bad.email', 'Missing required property: email', headers);
    if (typeof body.email !== 'string' || body.email.length > 254 || !EMAIL.test(body.email)) {
      return jsonError(400, 'bad.email', `error in email - email format validation failed: ${String(body.email).slice(0, 254)}`, headers);
    }
    to = normaliseIdentifier('email', body.email);
  } else {
    if (body.email !== undefined) return jsonError(400, 'bad.request', 'the following properties are not allowed: email', headers);
    if (body.phone_number === undefined || body.phone_number === '') return jsonError(400, 'bad.phone_number', 'Missing required property: phone_number', headers);
    // No trimming: Auth0 rejects " +1555…" (auth0-js sends phone numbers untrimmed).
    if (typeof body.phone_number !== 'string' || !E164.test(body.phone_number)) return jsonError(400, 'bad.phone_number', TEXT.phonePattern, headers);
    to = body.phone_number;
  }

  /** @type {Record<string, string>} */
  const params = {};
  for (const [k, v] of Object.entries(authParams)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') params[k] = String(v);
  }
  const language = str(req.headers['x-request-language']) ?? params.language;
  sendPasswordless(ctx, { client, connection, to, send, authParams: params, language });

  const id = userId(connection, to);
  return json(200, connection === 'email'
    ? { _id: id, email: to, email_verified: false }
    : { _id: id, phone_number: to, phone_verified: false, request_language: language ?? null }, headers);
}

/**
 * The magic link. Consumes the code, creates the session and answers like /authorize.
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
  const connection = q.get('connection');
  if (connection !== 'email' && connection !== 'sms') return authzError(authz, 'invalid_request', 'Connection does not exist');
  if (!ctx.config.connections[connection]) return authzError(authz, 'invalid_request', 'Connection does not exist');
  const raw = q.get(connection === 'email' ? 'email' : 'phone_number');
  const code = q.get('verification_code');
  if (!raw || !code) return authzError(authz, 'access_denied', wrongCodeText(connection));
  const identifier = normaliseIdentifier(connection, raw);
  // A link whose redirect_uri, state, nonce or response_type was changed is a wrong link.
  const bind = (/** @type {import('../otp.js').OtpEntry} */ entry) => entry.send !== 'link' ||
    ['redirect_uri', 'state', 'nonce', 'response_type', 'scope', 'audience', 'response_mode']
      .every((k) => entry.authParams[k] === undefined || entry.authParams[k] === q.get(k));
  const result = checkCode(ctx, { clientId: authz.client.client_id, connection, identifier, code, ip: req.ip, bind });
  if (!result.ok) {
    return authzError(authz, result.reason === 'blocked' ? 'too_many_attempts' : 'access_denied', codeFailureText(result.reason, connection));
  }
  const user = ctx.users.login(connection, identifier);
  const { session, cookie } = createSession(ctx, user);
  return issue(ctx, authz, session, { 'set-cookie': cookie });
}
