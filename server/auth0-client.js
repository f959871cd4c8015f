// @ts-check
// Calls to Auth0 (or the emulator): /passwordless/start and /oauth/token, each once (never retried), with a
// timeout, and every answer mapped to a fixed error code (auth0-errors.js). ID tokens are verified with jose.
import { createRemoteJWKSet, customFetch, jwtVerify } from 'jose';
import { answerFromBody, mapAuth0Error } from './auth0-errors.js';
import { ceremonyFailure, myAccountFailure, tokenFailure } from './passkey-errors.js';
import { tokenRequest } from './my-account.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('../protocol/auth0-errors.js').Auth0Step} Step */
/** @typedef {import('./failure.js').Failure} Failure */
/** @typedef {import('./session.js').Session} Session */

/**
 * @typedef {object} TokenSet
 * @property {string} id_token
 * @property {string} [access_token]
 * @property {number} [expires_in]
 * @property {string} [scope]
 */

export const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
export const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';

/** Socket errors after the request was written (undici's "other side closed", a reset): the answer was lost. */
const LOST_ANSWER = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * Auth0's answer as it came: the status, the JSON body (empty when there was none or it was not JSON), the headers.
 * @typedef {{ status: number, data: Record<string, unknown>, headers: Headers, requestId: string|undefined }} Answered
 */

/**
 * POSTs JSON once, with a timeout. Returns Auth0's answer, whatever its status, or a Failure when none came.
 * @param {ResolvedOptions} options @param {string} path @param {Record<string, unknown>} body
 * @param {Record<string, string>} headers
 * @returns {Promise<{ ok: true, answer: Answered } | { ok: false, failure: Failure }>}
 */
async function postRaw(options, path, body, headers) {
  let response;
  try {
    response = await options.fetch(`${options.origin}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'manual',
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    if (timedOut) return { ok: false, failure: { status: 504, error: 'network', hint: `Auth0 did not answer ${path} within ${options.timeoutMs} ms.` } };
    // The connection broke after the request went out: Auth0 may have acted (a message sent, a code used). Like a
    // timeout this is "unknown", never retried, and the element says a message may already be on its way.
    const cause = /** @type {{ cause?: { code?: unknown } }} */ (error).cause;
    if (LOST_ANSWER.has(String(cause?.code))) {
      return { ok: false, failure: { status: 504, error: 'network', hint: `The connection to Auth0 broke before ${path} answered.` } };
    }
    return { ok: false, failure: { status: 502, error: 'service_unavailable', hint: `Could not reach Auth0 at ${options.origin}.` } };
  }
  const requestId = (response.headers.get('x-auth0-requestid') ?? '').replace(/[^A-Za-z0-9-]/g, '').slice(0, 64) || undefined;
  /** @type {Record<string, unknown>} */
  let data = {};
  try {
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : {};
    if (typeof parsed === 'object' && parsed !== null) data = parsed;
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return { ok: false, failure: { status: 504, error: 'network', auth0RequestId: requestId } };
    }
    // not JSON: mapped on the status by the caller
  }
  return { ok: true, answer: { status: response.status, data, headers: response.headers, requestId } };
}

/**
 * POSTs JSON once, with a timeout. Returns the parsed body of a 2xx answer, or a Failure.
 * @param {ResolvedOptions} options @param {string} path @param {Record<string, unknown>} body
 * @param {Record<string, string>} headers @param {Step} step
 * @returns {Promise<{ ok: true, data: Record<string, unknown> } | { ok: false, failure: Failure }>}
 */
async function post(options, path, body, headers, step) {
  const result = await postRaw(options, path, body, headers);
  if (!result.ok) return result;
  const { status, data, headers: answerHeaders, requestId } = result.answer;
  if (status >= 200 && status < 300) return { ok: true, data };
  return { ok: false, failure: { ...mapAuth0Error(answerFromBody(status, data), step, answerHeaders), auth0RequestId: requestId } };
}

/**
 * The client's address for Auth0's own brute-force protection and limits, which otherwise see every person as
 * this server's address: then ten wrong codes from anyone block the person at Auth0 for an hour. The address is
 * the socket's, or the trusted proxy hop's (request.js); never a client-supplied header.
 * @param {string|undefined} ip @param {ResolvedOptions} _options @returns {Record<string, string>}
 */
export function forwarded(_options, ip) {
  return ip ? { 'auth0-forwarded-for': ip } : {};
}

/**
 * POST /passwordless/start with the secret and server-fixed values only.
 * @param {ResolvedOptions} options
 * @param {{ connection: 'email'|'sms', identifier: string, locale?: string, state?: string, nonce?: string, ip?: string }} p
 */
export async function passwordlessStart(options, p) {
  // A link's ID token must name the person (email or phone_number), so the callback can check it signs in the one
  // who asked: its scope always asks for that claim.
  const claim = p.connection === 'email' ? 'email' : 'phone';
  const scope = p.state && !options.scope.split(' ').includes(claim) ? `${options.scope} ${claim}` : options.scope;
  /** @type {Record<string, string>} */
  const authParams = { response_type: 'code', scope };
  if (options.callbackUrl) authParams.redirect_uri = options.callbackUrl;
  if (options.audience) authParams.audience = options.audience;
  if (p.state) authParams.state = p.state;
  if (p.nonce) authParams.nonce = p.nonce;
  const body = {
    client_id: options.clientId,
    client_secret: options.clientSecret,
    connection: p.connection,
    send: options.send,
    [p.connection === 'email' ? 'email' : 'phone_number']: p.identifier,
    authParams,
  };
  /** @type {Record<string, string>} */
  const headers = { ...forwarded(options, p.ip) };
  if (p.locale) headers['x-request-language'] = p.locale;
  const result = await post(options, '/passwordless/start', body, headers, 'start');
  return result.ok ? { ok: /** @type {const} */ (true) } : result;
}

/**
 * @param {ResolvedOptions} options @param {Record<string, unknown>} body @param {Step} step @param {string} [ip]
 * @returns {Promise<{ ok: true, tokens: TokenSet } | { ok: false, failure: Failure }>}
 */
async function token(options, body, step, ip) {
  const result = await post(options, '/oauth/token', { client_id: options.clientId, client_secret: options.clientSecret, ...body }, forwarded(options, ip), step);
  if (!result.ok) return result;
  if (typeof result.data.id_token !== 'string') {
    return { ok: false, failure: { status: 502, error: 'misconfigured', hint: 'Auth0 returned no ID token: the scope must include openid.' } };
  }
  return { ok: true, tokens: /** @type {TokenSet} */ (/** @type {unknown} */ (result.data)) };
}

/**
 * The passwordless OTP grant (a code typed by the person).
 * @param {ResolvedOptions} options @param {{ connection: 'email'|'sms', identifier: string, code: string, ip?: string }} p
 */
export function otpToken(options, p) {
  /** @type {Record<string, unknown>} */
  const body = { grant_type: OTP_GRANT, realm: p.connection, username: p.identifier, otp: p.code, scope: options.scope };
  if (options.audience) body.audience = options.audience;
  return token(options, body, 'verify', p.ip);
}

/**
 * POST /otp/challenge: a code for a person of the database connection (codes on a database connection). Auth0
 * answers an `auth_session` whether or not the person exists (for an unknown one without `allow_signup` it sends
 * nothing, and the session fails at the token call), so this answer reveals no accounts either.
 * @param {ResolvedOptions} options
 * @param {{ connection: 'email'|'sms', identifier: string, delivery?: import('./options.js').PhoneDelivery, locale?: string, ip?: string }} p
 * @returns {Promise<{ ok: true, authSession: string } | { ok: false, failure: Failure }>}
 */
export async function otpChallenge(options, p) {
  const db = /** @type {import('./options.js').DatabaseCodes} */ (options.databaseCodes);
  /** @type {Record<string, unknown>} */
  const body = {
    client_id: options.clientId,
    client_secret: options.clientSecret,
    connection: db.connection,
    // One of the two, never both: the field chooses the channel.
    [p.connection === 'email' ? 'email' : 'phone_number']: p.identifier,
    allow_signup: db.signup,
  };
  if (p.connection === 'sms') body.delivery_method = p.delivery ?? db.delivery[0];
  /** @type {Record<string, string>} */
  const headers = { ...forwarded(options, p.ip) };
  if (p.locale) headers['x-request-language'] = p.locale;
  const result = await post(options, '/otp/challenge', body, headers, 'otp-challenge');
  if (!result.ok) return result;
  const authSession = result.data.auth_session;
  if (typeof authSession !== 'string' || !authSession || authSession.length > 2048) {
    return { ok: false, failure: { status: 502, error: 'service_unavailable', hint: 'Auth0 answered /otp/challenge without an auth_session.' } };
  }
  return { ok: true, authSession };
}

/**
 * The OTP grant with the `auth_session` of /otp/challenge. With passkey creation on (and no `audience` option), the
 * token is for the My Account API, so the session can enrol a passkey; `audience` comes back with the tokens.
 * @param {ResolvedOptions} options @param {{ authSession: string, code: string, ip?: string }} p
 * @returns {Promise<{ ok: true, tokens: TokenSet, audience?: string } | { ok: false, failure: Failure }>}
 */
export async function otpSessionToken(options, p) {
  const { audience, scope } = tokenRequest(options);
  /** @type {Record<string, unknown>} */
  const body = { grant_type: OTP_GRANT, auth_session: p.authSession, otp: p.code, scope };
  if (audience) body.audience = audience;
  const result = await token(options, body, 'otp-verify', p.ip);
  return result.ok && audience ? { ...result, audience } : result;
}

/**
 * Auth0's /authorize for a fresh sign-in in this browser that uses the session Auth0 already has (prompt=none): after
 * a magic link was opened in another browser than the one that asked for it. Its own state and nonce.
 * The scope asks for the claims that name the person (email, phone), so the confirmation can say whose it is.
 * @param {ResolvedOptions} options @param {{ state: string, nonce: string, callbackUrl: string }} p
 */
export function silentAuthorizeUrl(options, p) {
  const have = options.scope.split(' ');
  const claims = options.connections.map((connection) => (connection === 'email' ? 'email' : 'phone')).filter((claim) => !have.includes(claim));
  const scope = [...have, ...claims].join(' ');
  const url = new URL(`${options.origin}/authorize`);
  url.search = new URLSearchParams({
    client_id: options.clientId,
    response_type: 'code',
    redirect_uri: p.callbackUrl,
    scope,
    state: p.state,
    nonce: p.nonce,
    prompt: 'none',
    ...(options.audience ? { audience: options.audience } : {}),
  }).toString();
  return url.href;
}

/**
 * The authorization code from a magic link, with the same redirect_uri.
 * @param {ResolvedOptions} options @param {{ code: string, ip?: string }} p
 */
export function codeToken(options, p) {
  return token(options, { grant_type: 'authorization_code', code: p.code, redirect_uri: options.callbackUrl }, 'callback', p.ip);
}

/** @type {WeakMap<object, ReturnType<typeof createRemoteJWKSet>>} */
const jwksCache = new WeakMap();

/**
 * Verifies an ID token: RS256, exact issuer and audience, 60 s leeway, and the nonce when one was sent.
 * @param {ResolvedOptions} options @param {string} idToken @param {string} [nonce]
 * @returns {Promise<Record<string, unknown> | null>} the claims, or null when it fails
 */
export async function verifyIdToken(options, idToken, nonce) {
  let jwks = jwksCache.get(options);
  if (!jwks) {
    jwks = createRemoteJWKSet(new URL(`${options.origin}/.well-known/jwks.json`), {
      timeoutDuration: options.timeoutMs,
      [customFetch]: options.fetch,
    });
    jwksCache.set(options, jwks);
  }
  try {
    const { payload } = await jwtVerify(idToken, jwks, {
      issuer: options.issuer,
      audience: options.clientId,
      algorithms: ['RS256'],
      clockTolerance: 60,
      requiredClaims: ['sub', 'iat', 'exp'],
    });
    if (nonce !== undefined && payload.nonce !== nonce) return null;
    // jose checks exp and nbf, not an iat in the future: a token "issued" later than now is refused too.
    if (typeof payload.iat !== 'number' || payload.iat > Date.now() / 1000 + 60) return null;
    return payload;
  } catch {
    return null;
  }
}

const PROFILE_CLAIMS = ['sub', 'email', 'email_verified', 'phone_number', 'phone_number_verified', 'name', 'given_name', 'family_name', 'nickname', 'picture', 'locale', 'updated_at'];

/**
 * The profile the browser may see: allow-listed claims only (never tokens, nonce, sid or hashes).
 * @param {Record<string, unknown>} claims
 * @returns {Record<string, unknown> & { sub: string }}
 */
export function profileFrom(claims) {
  /** @type {Record<string, unknown>} */
  const user = {};
  for (const key of PROFILE_CLAIMS) if (claims[key] !== undefined) user[key] = claims[key];
  return /** @type {Record<string, unknown> & { sub: string }} */ (user);
}

/**
 * The session a sign-in gives: the ID token verified (and its nonce, for a link), the profile the browser may see,
 * the tokens kept on the server (with the audience the access token was asked for) and how the person signed in.
 * Null when the ID token fails verification.
 * @param {ResolvedOptions} options @param {TokenSet} tokens @param {string} [nonce]
 * @param {{ audience?: string, method?: import('./session.js').SignInMethod }} [more]
 * @returns {Promise<Session | null>}
 */
export async function sessionFrom(options, tokens, nonce, more = {}) {
  const claims = await verifyIdToken(options, tokens.id_token, nonce);
  if (!claims) return null;
  return {
    user: profileFrom(claims),
    tokens: {
      id_token: tokens.id_token,
      access_token: tokens.access_token,
      expires_at: tokens.expires_in ? Math.floor(Date.now() / 1000) + Number(tokens.expires_in) : undefined,
      scope: tokens.scope,
      ...(more.audience ? { audience: more.audience } : {}),
    },
    ...(more.method ? { method: more.method } : {}),
  };
}

/** @typedef {import('../protocol/wire.js').PasskeyCeremony} PasskeyCeremony */

/**
 * A ceremony from Auth0's answer: its auth_session and WebAuthn options as they came (docs/auth0-passkeys.md 2, 3, 6).
 * @param {Record<string, unknown>} data @returns {PasskeyCeremony | null}
 */
function ceremonyFrom(data) {
  const publicKey = data.authn_params_public_key;
  if (typeof data.auth_session !== 'string' || !data.auth_session || typeof publicKey !== 'object' || publicKey === null || Array.isArray(publicKey)) return null;
  return { authSession: data.auth_session, publicKey: /** @type {Record<string, unknown>} */ (publicKey) };
}

/** @type {import('./failure.js').Failure} */
const NO_CEREMONY = { status: 502, error: 'service_unavailable', hint: 'Auth0 answered a passkey call without auth_session and authn_params_public_key.' };

/**
 * POST /passkey/challenge (a login: no identifier) or /passkey/register (a sign-up for `profile`), with the secret.
 * @param {ResolvedOptions} options @param {{ profile?: { email: string } | { phone_number: string }, ip?: string }} p
 * @returns {Promise<{ ok: true, ceremony: PasskeyCeremony } | { ok: false, failure: Failure }>}
 */
export async function passkeyCeremony(options, p) {
  const realm = options.passkeys?.connection;
  /** @type {Record<string, unknown>} */
  const body = { client_id: options.clientId, client_secret: options.clientSecret, ...(realm ? { realm } : {}) };
  if (p.profile) body.user_profile = p.profile;
  const result = await postRaw(options, p.profile ? '/passkey/register' : '/passkey/challenge', body, forwarded(options, p.ip));
  if (!result.ok) return result;
  const { answer } = result;
  if (answer.status !== 200) return { ok: false, failure: ceremonyFailure(answer, { register: !!p.profile }) };
  const ceremony = ceremonyFrom(answer.data);
  return ceremony ? { ok: true, ceremony } : { ok: false, failure: NO_CEREMONY };
}

/**
 * The webauthn grant: the ceremony's auth_session and the browser's credential, as JSON with `authn_response` an
 * object (section 4). With `passkeys.create` and no `audience` option, the token is for the My Account API, so the
 * person can add another passkey. Returns the tokens and the audience asked for.
 * @param {ResolvedOptions} options @param {{ authSession: string, credential: Record<string, unknown>, ip?: string }} p
 * @returns {Promise<{ ok: true, tokens: TokenSet, audience: string|undefined } | { ok: false, failure: Failure }>}
 */
export async function webauthnToken(options, p) {
  const { audience, scope, myAccount } = tokenRequest(options);
  const realm = options.passkeys?.connection;
  const body = {
    grant_type: WEBAUTHN_GRANT, client_id: options.clientId, client_secret: options.clientSecret,
    auth_session: p.authSession, authn_response: p.credential, scope,
    ...(realm ? { realm } : {}), ...(audience ? { audience } : {}),
  };
  const result = await postRaw(options, '/oauth/token', body, forwarded(options, p.ip));
  if (!result.ok) return result;
  const { answer } = result;
  if (answer.status < 200 || answer.status >= 300) return { ok: false, failure: tokenFailure(answer, { myAccount }) };
  if (typeof answer.data.id_token !== 'string') {
    return { ok: false, failure: { status: 502, error: 'misconfigured', hint: 'Auth0 returned no ID token: the scope must include openid.' } };
  }
  return { ok: true, tokens: /** @type {TokenSet} */ (/** @type {unknown} */ (answer.data)), audience };
}

/**
 * POST /me/v1/authentication-methods: a passkey enrolment for the signed-in person. Answers the ceremony and its
 * `enrollment`, the id segment of the Location header as it came (the OAS: "without any modifications").
 * @param {ResolvedOptions} options @param {string} token the session's My Account access token
 * @returns {Promise<{ ok: true, ceremony: PasskeyCeremony } | { ok: false, failure: Failure }>}
 */
export async function startPasskeyEnrolment(options, token) {
  const connection = options.passkeys?.connection;
  const result = await postRaw(options, '/me/v1/authentication-methods', { type: 'passkey', ...(connection ? { connection } : {}) }, { Authorization: `Bearer ${token}` });
  if (!result.ok) return result;
  const { answer } = result;
  if (answer.status !== 202 && answer.status !== 200 && answer.status !== 201) return { ok: false, failure: myAccountFailure(answer) };
  const ceremony = ceremonyFrom(answer.data);
  const enrollment = enrollmentOf(answer.headers.get('location'));
  if (!ceremony || !enrollment) return { ok: false, failure: { ...NO_CEREMONY, hint: 'The My Account API answered an enrolment without auth_session, authn_params_public_key or a usable Location.' } };
  return { ok: true, ceremony: { ...ceremony, enrollment } };
}

/**
 * An enrolment id as it may travel and come back: one path segment (no slash, no encoded slash or dot segment).
 * @param {unknown} value @returns {value is string}
 */
export function isEnrollmentId(value) {
  return typeof value === 'string' && /^(?=.*[A-Za-z0-9])[A-Za-z0-9%|._~:-]{1,200}$/.test(value) && !/%(2f|5c|2e)/i.test(value);
}

/** The last path segment of a Location header, if it is an enrolment id. @param {string|null} location */
function enrollmentOf(location) {
  if (!location) return undefined;
  const path = location.split(/[?#]/)[0];
  const segment = path.slice(path.lastIndexOf('/') + 1);
  return isEnrollmentId(segment) ? segment : undefined;
}

/**
 * POST /me/v1/authentication-methods/{enrollment}/verify with the new credential: 201 when the passkey is added.
 * @param {ResolvedOptions} options @param {string} token
 * @param {{ enrollment: string, authSession: string, credential: Record<string, unknown> }} p
 * @returns {Promise<{ ok: true } | { ok: false, failure: Failure }>}
 */
export async function verifyPasskeyEnrolment(options, token, p) {
  const body = { auth_session: p.authSession, authn_response: p.credential };
  const result = await postRaw(options, `/me/v1/authentication-methods/${p.enrollment}/verify`, body, { Authorization: `Bearer ${token}` });
  if (!result.ok) return result;
  const { answer } = result;
  if (answer.status !== 201 && answer.status !== 200) return { ok: false, failure: myAccountFailure(answer) };
  return { ok: true };
}
