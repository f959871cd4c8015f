// @ts-check
// Passkey state and the tenant's requirements for Auth0's Passkey APIs: the users of database connections, their
// credentials, and the `auth_session`s that bind a WebAuthn challenge to the token exchange that follows it.
import { createHash } from 'node:crypto';
import { TtlMap } from './ttl-map.js';
import { WEBAUTHN_GRANT } from './config.js';
import { jsonError } from './http.js';

/** @typedef {import('./users.js').User} User */
/** @typedef {import('./config.js').ClientConfig} ClientConfig */
/** @typedef {import('./database-connections.js').DatabaseConnection} DatabaseConnection */
/**
 * A pending ceremony. `register` carries the profile of the user it will create.
 * @typedef {{ kind: 'register', clientId: string, realm: string, challenge: string, rpId: string, userHandle: string,
 *   profile: { email?: string, phone_number?: string, username?: string, name?: string } }
 *   | { kind: 'login', clientId: string, realm: string, challenge: string, rpId: string }} AuthSession
 */
/**
 * A pending code on a database connection (POST /otp/challenge). `live: false` is the "non-functional" session Auth0
 * answers for an unknown user without `allow_signup`: it looks the same, no code was sent, and the token call fails.
 * @typedef {{ clientId: string, realm: string, channel: 'email'|'sms', identifier: string, live: boolean }} OtpSession
 */
/** A pending My Account enrolment (POST /me/v1/authentication-methods) for a signed-in user. @typedef {{ sub: string, clientId: string, realm: string, challenge: string, rpId: string, userHandle: string }} EnrolSession */
/** @typedef {{ id: string, publicKey: Uint8Array, counter: number, transports?: string[], sub: string, userHandle: string }} StoredCredential */

/**
 * How long a challenge may wait for its ceremony (the options' `timeout`, and the auth_session's life): Auth0's 60 s
 * ([Start a Passkey Challenge](https://auth0.com/docs/api/authentication/passkey/challenge) shows `"timeout": 60000`),
 * so that a page whose autofill waits longer meets the same expiry as on a tenant.
 */
export const CEREMONY_MS = 60_000;

export class Passkeys {
  /** @param {() => number} now */
  constructor(now) {
    this.now = now;
    /** @type {TtlMap<AuthSession>} */
    this.sessions = new TtlMap(now, 10_000);
    /** @type {TtlMap<EnrolSession>} My Account passkey enrolments, by auth_session */
    this.enrolSessions = new TtlMap(now, 10_000);
    /** @type {TtlMap<OtpSession>} codes on database connections, by auth_session */
    this.otpSessions = new TtlMap(now, 10_000);
    /** @type {Map<string, User>} database users by `sub` */
    this.users = new Map();
    /** @type {Map<string, StoredCredential>} by credential id (base64url) */
    this.credentials = new Map();
  }

  /** A database user's id, derived like the passwordless ones. @param {string} realm @param {string} identifier */
  static userId(realm, identifier) {
    return createHash('sha256').update(`auth0:${realm}:${identifier}`).digest('hex').slice(0, 24);
  }

  /** @param {string} realm @param {{ email?: string, phone_number?: string, username?: string }} profile */
  findUser(realm, profile) {
    for (const user of this.users.values()) {
      if (user.connection !== realm) continue;
      if ((profile.email && user.email === profile.email) || (profile.phone_number && user.phone_number === profile.phone_number)
        || (profile.username && user.username === profile.username)) return user;
    }
    return undefined;
  }

  /**
   * A new user of a database connection (a passkey sign-up, or a code sign-up with `allow_signup`).
   * @param {string} realm @param {{ email?: string, phone_number?: string, username?: string, name?: string }} profile
   * @returns {User}
   */
  createUser(realm, profile) {
    const identifier = profile.email ?? profile.phone_number ?? profile.username ?? '';
    const id = Passkeys.userId(realm, identifier);
    const iso = new Date(this.now()).toISOString();
    /** @type {User} */
    const user = { sub: `auth0|${id}`, id, connection: realm, created_at: iso, updated_at: iso, ...profile };
    this.users.set(user.sub, user);
    return user;
  }
}

/**
 * The ready custom domain the request was made on (its Host header), if any.
 * @param {import('./context.js').Ctx} ctx @param {import('./http.js').Req} req
 */
export function readyCustomDomain(ctx, req) {
  const host = hostName(req.headers.host);
  return ctx.config.custom_domains.find((d) => d.status === 'ready' && d.domain === host);
}

/**
 * Auth0's requirements for the Passkey APIs, checked in its order of the API reference's remarks, each with the
 * answer a tenant gives. Returns the refusal, or the database connection and the RP ID.
 * @param {import('./context.js').Ctx} ctx @param {import('./http.js').Req} req @param {ClientConfig} client
 * @param {string|undefined} realm @param {Record<string, string>} headers
 * @returns {{ reply: import('./http.js').Reply } | { reply?: undefined, connection: DatabaseConnection, rpId: string }}
 */
export function passkeyRequirements(ctx, req, client, realm, headers) {
  if (!(client.grant_types ?? []).includes(WEBAUTHN_GRANT)) {
    return { reply: jsonError(403, 'unauthorized_client', `Grant type '${WEBAUTHN_GRANT}' not allowed for the client.`, headers) };
  }
  // "The request must be made against a custom domain configured for your tenant. Calls to the default Auth0 domain
  // are rejected." The emulator is reached at the host name of a ready custom domain, or refuses.
  const domain = readyCustomDomain(ctx, req);
  if (!domain) {
    return { reply: jsonError(403, 'operation_not_supported', 'Passkey APIs are only available on a custom domain.', headers) };
  }
  const connection = realm === undefined
    ? ctx.config.database_connections.find((c) => c.authentication_methods.passkey.enabled)
    : ctx.config.database_connections.find((c) => c.name === realm);
  if (!connection) return { reply: jsonError(400, 'invalid_request', realm === undefined ? 'No connection with passkeys enabled.' : 'Connection does not exist', headers) };
  if (!connection.authentication_methods.passkey.enabled) {
    return { reply: jsonError(400, 'invalid_request', `Passkey authentication method is not enabled for connection ${connection.name}`, headers) };
  }
  return { connection, rpId: domain.relying_party_identifier ?? domain.domain };
}

/** The host name of a Host header, without its port (and without the brackets of an IPv6 address). @param {unknown} host */
function hostName(host) {
  try {
    return new URL(`http://${String(host ?? '')}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

/** The origin the browser wrote into clientDataJSON (the library then checks it again, with the rest). @param {Record<string, unknown>} credential */
export function clientDataOrigin(credential) {
  const data = /** @type {{ clientDataJSON?: unknown }} */ (credential.response ?? {}).clientDataJSON;
  if (typeof data !== 'string') return undefined;
  try {
    const origin = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')).origin;
    return typeof origin === 'string' ? origin : undefined;
  } catch {
    return undefined;
  }
}
