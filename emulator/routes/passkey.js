// @ts-check
// POST /passkey/register (sign-up) and POST /passkey/challenge (login), Auth0's Passkey APIs for embedded
// applications: WebAuthn options in `authn_params_public_key` (binary fields base64url, as @simplewebauthn/server
// makes them) and the `auth_session` the webauthn grant at /oauth/token takes back.
import { generateAuthenticationOptions, generateRegistrationOptions } from '@simplewebauthn/server';
import { json, jsonError, parseBody, str } from '../http.js';
import { apiCors } from '../cors.js';
import { allowsOrigin } from '../client-urls.js';
import { authenticateClient } from '../client-auth.js';
import { randomId } from '../tokens.js';
import { CEREMONY_MS, passkeyRequirements } from '../passkeys.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };
const PROFILE_KEYS = ['email', 'phone_number', 'username', 'name', 'given_name', 'family_name', 'nickname', 'picture'];

/**
 * What both endpoints check first: the body, the client, its origin and Auth0's requirements.
 * @param {Ctx} ctx @param {Req} req
 */
async function prepare(ctx, req) {
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'invalid_request', d, apiCors(ctx, req.origin, undefined)) });
  if (!parsed.ok) return { reply: parsed.reply };
  const body = parsed.data;
  const headers = { ...apiCors(ctx, req.origin, ctx.clients.get(str(body.client_id) ?? '')), ...NO_STORE };
  const auth = authenticateClient(ctx, body, req.headers.authorization, 'token', headers);
  if (auth.reply) return { reply: auth.reply };
  const client = auth.client;
  if (req.origin !== undefined && !allowsOrigin(client, req.origin)) {
    return { reply: jsonError(403, 'unauthorized_client', `Origin ${req.origin} is not allowed for client ${client.client_id}`, headers) };
  }
  if (body.realm !== undefined && (typeof body.realm !== 'string' || body.realm === '')) return { reply: jsonError(400, 'invalid_request', 'realm must be a non-empty string', headers) };
  const met = passkeyRequirements(ctx, req, client, str(body.realm), headers);
  if (met.reply) return { reply: met.reply };
  return { body, headers, client, connection: met.connection, rpId: met.rpId };
}

/** POST /passkey/register: a sign-up challenge for a new user of the database connection. @param {Ctx} ctx @param {Req} req */
export async function passkeyRegister(ctx, req) {
  const p = await prepare(ctx, req);
  if (p.reply) return p.reply;
  const { body, headers, client, connection, rpId } = p;
  const profile = body.user_profile;
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) return jsonError(400, 'invalid_request', 'Missing required parameter: user_profile', headers);
  const given = /** @type {Record<string, unknown>} */ (profile);
  for (const [key, value] of Object.entries(given)) {
    if (!PROFILE_KEYS.includes(key)) return jsonError(400, 'invalid_request', `user_profile.${key} is not allowed`, headers);
    if (typeof value !== 'string' || value === '') return jsonError(400, 'invalid_request', `user_profile.${key} must be a non-empty string`, headers);
  }
  const email = str(given.email)?.toLowerCase();
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return jsonError(400, 'invalid_request', 'user_profile.email is not a valid email address', headers);
  const phone = str(given.phone_number);
  if (phone !== undefined && !/^\+[1-9]\d{6,14}$/.test(phone)) return jsonError(400, 'invalid_request', 'user_profile.phone_number must be in E.164 format', headers);
  // The emulator's database connections require an email at sign-up (Auth0's default identifier).
  if (email === undefined) return jsonError(400, 'invalid_request', 'Missing required parameter: user_profile.email', headers);
  const wanted = { email, phone_number: phone, username: str(given.username), name: str(given.name) };
  const identity = Object.fromEntries(Object.entries(wanted).filter(([, v]) => v !== undefined));
  // Auth0: "If any of the submitted identifiers match an existing user, the request fails with invalid_request."
  if (ctx.passkeys.findUser(connection.name, identity)) return jsonError(400, 'invalid_request', 'The user already exists.', headers);

  const userHandle = randomId(32);
  const options = await generateRegistrationOptions({
    rpName: client.name ?? client.client_id,
    rpID: rpId,
    userID: Buffer.from(userHandle, 'base64url'),
    userName: email,
    userDisplayName: identity.name ?? email,
    timeout: CEREMONY_MS,
    attestationType: 'none',
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    supportedAlgorithmIDs: [-7, -257],
  });
  const authSession = randomId(32);
  ctx.passkeys.sessions.set(authSession, { kind: 'register', clientId: client.client_id, realm: connection.name, challenge: options.challenge, rpId, userHandle, profile: identity }, CEREMONY_MS);
  return json(200, { authn_params_public_key: options, auth_session: authSession }, headers);
}

/** POST /passkey/challenge: a login challenge for any passkey of the connection (discoverable credentials). @param {Ctx} ctx @param {Req} req */
export async function passkeyChallenge(ctx, req) {
  const p = await prepare(ctx, req);
  if (p.reply) return p.reply;
  const { headers, client, connection, rpId } = p;
  const options = await generateAuthenticationOptions({ rpID: rpId, timeout: CEREMONY_MS, userVerification: 'required', allowCredentials: [] });
  const authSession = randomId(32);
  ctx.passkeys.sessions.set(authSession, { kind: 'login', clientId: client.client_id, realm: connection.name, challenge: options.challenge, rpId }, CEREMONY_MS);
  return json(200, { authn_params_public_key: options, auth_session: authSession }, headers);
}
