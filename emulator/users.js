// @ts-check
// Passwordless users. The user id is derived from (connection, identifier) so the same person
// gets the same `sub` every time, even across emulator restarts (like an Auth0 user record).
import { createHash } from 'node:crypto';

/**
 * @typedef {object} User
 * @property {string} sub e.g. `email|5f1c…`
 * @property {string} id the part after the `|` (Auth0's `_id`)
 * @property {string} connection `email`, `sms`, or a database connection's name (sub `auth0|…`, passkeys.js)
 * @property {string} [username] database connections only
 * @property {string} [name] database connections only, from the sign-up's profile
 * @property {string} [email]
 * @property {string} [phone_number]
 * @property {string} created_at ISO
 * @property {string} updated_at ISO, the last login
 * @property {boolean} [email_verified] false for a database user who signed up with a passkey and has not yet signed
 *   in with a code sent to the address (nobody proved it); absent: verified (a code or link proved it)
 * @property {boolean} [phone_number_verified] the same for the phone number
 */

/** @param {'email'|'sms'} connection @param {string} identifier */
export function userId(connection, identifier) {
  return createHash('sha256').update(`${connection}:${identifier}`).digest('hex').slice(0, 24);
}

export class Users {
  /** @param {() => number} now @param {number} [maxSize] */
  constructor(now, maxSize = 50_000) {
    this.now = now;
    this.maxSize = maxSize;
    /** @type {Map<string, User>} */
    this.users = new Map();
  }

  /**
   * Finds or creates the user and records a login.
   * @param {'email'|'sms'} connection @param {string} identifier normalised email or E.164 number
   * @returns {User}
   */
  login(connection, identifier) {
    const id = userId(connection, identifier);
    const sub = `${connection}|${id}`;
    const iso = new Date(this.now()).toISOString();
    let user = this.users.get(sub);
    if (!user) {
      user = { sub, id, connection, created_at: iso, updated_at: iso };
      if (connection === 'email') user.email = identifier;
      else user.phone_number = identifier;
      this.users.set(sub, user);
      if (this.users.size > this.maxSize) {
        const oldest = this.users.keys().next().value;
        if (oldest !== undefined) this.users.delete(oldest);
      }
    }
    user.updated_at = iso;
    return user;
  }
}

/**
 * Profile claims for a scope, as Auth0 returns them for passwordless users.
 * (Phone claims are also given with `profile`, where Auth0 already puts the number in `name`.)
 * @param {User} user @param {string} scope
 * @returns {Record<string, unknown>}
 */
export function profileClaims(user, scope) {
  const scopes = new Set(scope.split(' '));
  /** @type {Record<string, unknown>} */
  const claims = {};
  const identifier = user.email ?? user.phone_number ?? '';
  if (scopes.has('profile')) {
    claims.nickname = user.email ? user.email.split('@')[0] : identifier;
    claims.name = identifier;
    claims.picture = user.email
      ? `https://s.gravatar.com/avatar/${createHash('md5').update(user.email).digest('hex')}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F${encodeURIComponent(identifier.slice(0, 2).toLowerCase())}.png`
      : 'https://cdn.auth0.com/avatars/default.png';
    claims.updated_at = user.updated_at;
  }
  if (user.email && scopes.has('email')) {
    claims.email = user.email;
    claims.email_verified = user.email_verified ?? true;
  }
  if (user.phone_number && (scopes.has('phone') || scopes.has('profile'))) {
    claims.phone_number = user.phone_number;
    claims.phone_number_verified = user.phone_number_verified ?? true;
  }
  return claims;
}
