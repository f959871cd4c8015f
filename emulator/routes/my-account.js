// @ts-check
// The My Account API's passkey enrolment for a signed-in user (docs/auth0-passkeys.md section 6): a Bearer token for
// the audience `https://{domain}/me/` with `create:me:authentication_methods`, then
//   POST /me/v1/authentication-methods             { type: 'passkey', connection? }  → 202, creation options, Location
//   POST /me/v1/authentication-methods/{id}/verify { auth_session, authn_response }   → 201, the new method
// with the attestation verified by @simplewebauthn/server. Errors in the My Account shape { type, status, title, detail }.
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import { json, str } from '../http.js';
import { apiCors } from '../cors.js';
import { allowsOrigin } from '../client-urls.js';
import { randomId } from '../tokens.js';
import { CEREMONY_MS, clientDataOrigin, readyCustomDomain } from '../passkeys.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../http.js').Reply} Reply */

export const MY_ACCOUNT_PREFIX = '/me/v1/';
const ENROL_SCOPE = 'create:me:authentication_methods';
/** The id of a method being enrolled, as the Location header carries it (OAS example: `passkey%7Cnew`). */
const NEW_PASSKEY_ID = 'passkey|new';
const TITLES = /** @type {Record<number, string>} */ ({ 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 415: 'Unsupported Media Type' });

/** A My Account API error (RFC 7807 style, as the OAS describes). @param {number} status @param {string} detail @param {Record<string, string>} headers @returns {Reply} */
function problem(status, detail, headers) {
  const type = `https://auth0.com/api-errors/my-account/${status}`;
  return json(status, { type, status, title: TITLES[status] ?? 'Error', detail }, headers);
}

/**
 * The signed-in user behind the Bearer token, if the token is for this host's My Account audience and has the scope.
 * @param {Ctx} ctx @param {Req} req @param {Record<string, string>} headers
 */
function authorize(ctx, req, headers) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
  const grant = m ? ctx.accessTokens.get(m[1]) : undefined;
  const domain = readyCustomDomain(ctx, req);
  // F: the audience names the domain the calls are made on; the emulator's My Account API answers on a custom domain.
  if (!grant || !domain || grant.audience !== `https://${domain.domain}/me/`) return { reply: problem(401, 'Invalid token.', headers) };
  if (!grant.scope.split(' ').includes(ENROL_SCOPE)) return { reply: problem(403, `Insufficient scope; expected: ${ENROL_SCOPE}.`, headers) };
  // The default policy for user flows is `require_client_grant`: the application needs a client grant with the scope.
  const clientGrant = ctx.config.client_grants.find((g) => g.client_id === grant.clientId && g.audience === grant.audience && g.subject_type === 'user');
  if (!clientGrant?.scope.includes(ENROL_SCOPE)) return { reply: problem(403, `The application has no client grant for ${ENROL_SCOPE}.`, headers) };
  return { grant, domain };
}

/** A JSON body (415 otherwise). @param {Req} req @param {Record<string, string>} headers */
function readJson(req, headers) {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return { reply: problem(415, 'The request body must be application/json.', headers) };
  try {
    const data = JSON.parse(req.body.toString('utf8'));
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { data: /** @type {Record<string, unknown>} */ (data) };
  } catch { /* answered below */ }
  return { reply: problem(400, 'The request body is not a JSON object.', headers) };
}

/** POST /me/v1/… (the only method these paths take). @param {Ctx} ctx @param {Req} req @returns {Promise<Reply>} */
export async function myAccount(ctx, req) {
  const headers = apiCors(ctx, req.origin, undefined);
  const rest = req.path.slice(MY_ACCOUNT_PREFIX.length);
  const verifyPath = /^authentication-methods\/([^/]+)\/verify$/.exec(rest);
  if (rest !== 'authentication-methods' && !verifyPath) return problem(404, 'Not found.', headers);
  if (req.method !== 'POST') return problem(405, `${req.method} is not allowed on ${req.path}.`, headers);
  const auth = authorize(ctx, req, headers);
  if (auth.reply) return auth.reply;
  const cors = apiCors(ctx, req.origin, ctx.clients.get(auth.grant.clientId));
  if (req.origin !== undefined && !cors['access-control-allow-origin']) return problem(403, `Origin ${req.origin} is not allowed.`, headers);
  const body = readJson(req, cors);
  if (body.reply) return body.reply;
  return verifyPath ? verifyEnrolment(ctx, req, auth, decodeURIComponent(verifyPath[1]), body.data, cors) : startEnrolment(ctx, req, auth, body.data, cors);
}

/**
 * @param {Ctx} ctx @param {Req} req @param {{ grant: import('../context.js').AccessGrant, domain: import('../database-connections.js').CustomDomain }} auth
 * @param {Record<string, unknown>} body @param {Record<string, string>} headers
 */
async function startEnrolment(ctx, req, { grant, domain }, body, headers) {
  const extra = Object.keys(body).filter((k) => !['type', 'connection', 'identity_user_id'].includes(k));
  if (extra.length) return problem(400, `Unknown properties: ${extra.join(', ')}.`, headers);
  if (body.type !== 'passkey') return problem(400, 'type must be "passkey" (the emulator enrols passkeys only).', headers);
  const user = ctx.passkeys.users.get(grant.user.sub);
  // Passkeys live on database connections: a user of the passwordless `email`/`sms` connections has no identity to hold one.
  if (!user) return problem(400, 'The user has no database connection identity to enrol a passkey on.', headers);
  const realm = str(body.connection) ?? user.connection;
  if (realm !== user.connection) return problem(400, `The user has no identity on connection ${realm}.`, headers);
  if (body.identity_user_id !== undefined && body.identity_user_id !== user.id) return problem(400, 'identity_user_id does not name an identity of the user.', headers);
  const connection = ctx.config.database_connections.find((c) => c.name === realm);
  if (!connection?.authentication_methods.passkey.enabled) return problem(400, `Passkey authentication method is not enabled for connection ${realm}.`, headers);

  const owned = [...ctx.passkeys.credentials.values()].filter((c) => c.sub === user.sub);
  // One user handle per user: a second passkey gets the first one's, as authenticators expect.
  const userHandle = owned[0]?.userHandle ?? randomId(32);
  const rpId = domain.relying_party_identifier ?? domain.domain;
  const identifier = user.email ?? user.phone_number ?? user.username ?? user.id;
  const options = await generateRegistrationOptions({
    rpName: rpId, rpID: rpId, userID: Buffer.from(userHandle, 'base64url'), userName: identifier, userDisplayName: user.name ?? identifier,
    timeout: CEREMONY_MS, attestationType: 'none', supportedAlgorithmIDs: [-7, -257],
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    excludeCredentials: owned.map((c) => ({ id: c.id, transports: /** @type {any} */ (c.transports) })),
  });
  const authSession = randomId(32);
  ctx.passkeys.enrolSessions.set(authSession, { sub: user.sub, clientId: grant.clientId, realm, challenge: options.challenge, rpId, userHandle }, CEREMONY_MS);
  const location = `https://${domain.domain}${MY_ACCOUNT_PREFIX}authentication-methods/${encodeURIComponent(NEW_PASSKEY_ID)}`;
  return json(202, { auth_session: authSession, authn_params_public_key: options }, { ...headers, location, 'access-control-expose-headers': 'Location' });
}

/**
 * @param {Ctx} ctx @param {Req} req @param {{ grant: import('../context.js').AccessGrant }} auth @param {string} id
 * @param {Record<string, unknown>} body @param {Record<string, string>} headers
 */
async function verifyEnrolment(ctx, req, { grant }, id, body, headers) {
  if (id !== NEW_PASSKEY_ID) return problem(404, `No enrolment is pending for ${id}.`, headers);
  const credential = body.authn_response;
  if (typeof body.auth_session !== 'string' || typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
    return problem(400, 'auth_session and authn_response are required.', headers);
  }
  // Single use: taken before anything is checked, so a refused ceremony cannot be tried again.
  const session = ctx.passkeys.enrolSessions.take(body.auth_session);
  if (!session || session.sub !== grant.user.sub || session.clientId !== grant.clientId) return problem(400, 'Invalid or expired auth_session.', headers);
  const client = ctx.clients.get(session.clientId);
  const origin = clientDataOrigin(/** @type {Record<string, unknown>} */ (credential));
  if (!client || origin === undefined || !allowsOrigin(client, origin)) return problem(400, 'The passkey was not created on an allowed origin.', headers);
  let info;
  try {
    const verified = await verifyRegistrationResponse({
      response: /** @type {any} */ (credential), expectedChallenge: session.challenge, expectedOrigin: origin, expectedRPID: session.rpId, requireUserVerification: true,
    });
    info = verified.verified ? verified.registrationInfo : undefined;
  } catch (e) {
    return problem(400, `Passkey registration could not be verified: ${/** @type {Error} */ (e).message}`, headers);
  }
  if (!info) return problem(400, 'Passkey registration could not be verified: the attestation is not valid.', headers);
  if (ctx.passkeys.credentials.has(info.credential.id)) return problem(400, 'The passkey is already registered.', headers);
  const user = ctx.passkeys.users.get(session.sub);
  if (!user) return problem(400, 'The user no longer exists.', headers);
  ctx.passkeys.credentials.set(info.credential.id, {
    id: info.credential.id, publicKey: info.credential.publicKey, counter: info.credential.counter,
    transports: info.credential.transports, sub: user.sub, userHandle: session.userHandle,
  });
  return json(201, {
    id: `passkey|${info.credential.id}`, type: 'passkey', created_at: new Date(ctx.now()).toISOString(), usage: ['primary'],
    credential_backed_up: info.credentialBackedUp, credential_device_type: info.credentialDeviceType === 'multiDevice' ? 'multi_device' : 'single_device',
    identity_user_id: user.id, key_id: info.credential.id, public_key: Buffer.from(info.credential.publicKey).toString('base64url'),
    user_handle: session.userHandle, relying_party_id: session.rpId, aaguid: info.aaguid,
    ...(info.credential.transports ? { transports: info.credential.transports } : {}),
  }, headers);
}
