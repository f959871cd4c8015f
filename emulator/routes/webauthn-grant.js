// @ts-check
// grant_type=urn:okta:params:oauth:grant-type:webauthn: the `auth_session` of /passkey/register or /passkey/challenge
// and the browser's credential (`authn_response`, PublicKeyCredential's JSON), verified by @simplewebauthn/server:
// challenge, origin (one the client allows), RP ID, user verification, signature and a rising counter.
import { verifyAuthenticationResponse, verifyRegistrationResponse } from '@simplewebauthn/server';
import { jsonError, str } from '../http.js';
import { allowsOrigin } from '../client-urls.js';
import { WEBAUTHN_GRANT } from '../config.js';
import { clientDataOrigin } from '../passkeys.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../users.js').User} User */
/** @typedef {import('../http.js').Reply} Reply */

/**
 * @param {Ctx} ctx @param {import('../config.js').ClientConfig} client @param {Record<string, unknown>} body
 * @param {Record<string, string>} headers
 * @returns {Promise<{ user: User, reply?: undefined } | { reply: Reply, user?: undefined }>}
 */
export async function webauthnGrant(ctx, client, body, headers) {
  if (!(client.grant_types ?? []).includes(WEBAUTHN_GRANT)) {
    return { reply: jsonError(403, 'unauthorized_client', `Grant type '${WEBAUTHN_GRANT}' not allowed for the client.`, headers) };
  }
  const authSession = str(body.auth_session);
  if (!authSession) return { reply: jsonError(400, 'invalid_request', 'Missing required parameter: auth_session', headers) };
  const credential = parseCredential(body.authn_response);
  if (!credential) return { reply: jsonError(400, 'invalid_request', 'Missing required parameter: authn_response', headers) };
  /** @param {string} description */
  const refuse = (description) => ({ reply: jsonError(403, 'invalid_grant', description, headers) });
  // Single use: taken before anything is checked, so a refused ceremony cannot be tried again.
  const session = ctx.passkeys.sessions.take(authSession);
  if (!session || session.clientId !== client.client_id) return refuse('Invalid or expired auth_session.');
  if (body.realm !== undefined && body.realm !== session.realm) return refuse('The realm does not match the auth_session.');
  const origin = clientDataOrigin(credential);
  // The page must be one the application lists (Allowed Origins), as its own origin would be for a native app's
  // associated domain; anything else is a phishing page relaying the ceremony.
  if (origin === undefined || !allowsOrigin(client, origin)) return refuse('The passkey was not created or used on an allowed origin.');
  const expected = { expectedChallenge: session.challenge, expectedOrigin: origin, expectedRPID: session.rpId, requireUserVerification: true };

  if (session.kind === 'register') {
    let verified;
    try {
      verified = await verifyRegistrationResponse({ ...expected, response: /** @type {any} */ (credential) });
    } catch (e) {
      return refuse(`Passkey registration could not be verified: ${/** @type {Error} */ (e).message}`);
    }
    const info = verified.verified ? verified.registrationInfo : undefined;
    if (!info) return refuse('Passkey registration could not be verified: the attestation is not valid.');
    if (ctx.passkeys.credentials.has(info.credential.id)) return refuse('The passkey is already registered.');
    if (ctx.passkeys.findUser(session.realm, session.profile)) return refuse('The user already exists.');
    // A passkey sign-up proves nothing about the address or number (Auth0 sends no code then): not verified.
    const user = ctx.passkeys.createUser(session.realm, session.profile);
    if (user.email) user.email_verified = false;
    if (user.phone_number) user.phone_number_verified = false;
    ctx.passkeys.credentials.set(info.credential.id, {
      id: info.credential.id, publicKey: info.credential.publicKey, counter: info.credential.counter,
      transports: info.credential.transports, sub: user.sub, userHandle: session.userHandle,
    });
    return { user };
  }

  const stored = ctx.passkeys.credentials.get(String(credential.id ?? ''));
  const user = stored && ctx.passkeys.users.get(stored.sub);
  if (!stored || !user || user.connection !== session.realm) return refuse('The passkey is not registered.');
  const handle = /** @type {{ userHandle?: unknown }} */ (credential.response ?? {}).userHandle;
  if (handle !== undefined && handle !== null && handle !== stored.userHandle) return refuse('The passkey does not belong to this user.');
  let verified;
  try {
    verified = await verifyAuthenticationResponse({
      ...expected, response: /** @type {any} */ (credential),
      credential: { id: stored.id, publicKey: /** @type {Uint8Array<ArrayBuffer>} */ (stored.publicKey), counter: stored.counter, transports: /** @type {any} */ (stored.transports) },
    });
  } catch (e) {
    return refuse(`Passkey assertion could not be verified: ${/** @type {Error} */ (e).message}`);
  }
  // The library throws for a wrong challenge, origin, RP ID or counter, and answers `verified: false` for a bad signature.
  if (!verified.verified) return refuse('Passkey assertion could not be verified: the signature is not valid.');
  stored.counter = verified.authenticationInfo.newCounter;
  user.updated_at = new Date(ctx.now()).toISOString();
  return { user };
}

/**
 * `authn_response` as JSON (what auth0-auth-js sends: the token request as JSON) or as a JSON string in a form.
 * @param {unknown} v @returns {Record<string, unknown> | undefined}
 */
function parseCredential(v) {
  let value = v;
  if (typeof v === 'string') {
    try {
      value = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? /** @type {Record<string, unknown>} */ (value) : undefined;
}
