// @ts-check
// The My Account API (docs/auth0-passkeys.md section 6): its audience for this tenant, and the session's access
// token when it is one for that audience, with the scope that adds a passkey, and not expired.

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./session.js').Session} Session */

/** The scope a signed-in person needs to add a passkey (both My Account calls). */
export const MY_ACCOUNT_SCOPE = 'create:me:authentication_methods';

/** Seconds before its expiry a token is no longer used: a call must not arrive with a token that just lapsed. */
const MARGIN_SECONDS = 30;

/**
 * `https://{domain}/me/`: the domain the calls are made on (the custom domain; F: "the same one throughout").
 * @param {ResolvedOptions} options
 */
export function myAccountAudience(options) {
  return `https://${new URL(options.origin).hostname}/me/`;
}

/**
 * What a sign-in's token request asks for: the My Account API's audience and its scope added when passkey creation
 * is on (options.js turns it off with the site's own `audience`), else the site's own audience and scope.
 * @param {ResolvedOptions} options @returns {{ audience: string | undefined, scope: string, myAccount: boolean }}
 */
export function tokenRequest(options) {
  if (options.passkeys?.create !== true) return { audience: options.audience, scope: options.scope, myAccount: false };
  const scope = options.scope.split(' ').includes(MY_ACCOUNT_SCOPE) ? options.scope : `${options.scope} ${MY_ACCOUNT_SCOPE}`;
  return { audience: myAccountAudience(options), scope, myAccount: true };
}

/**
 * The session's access token for the My Account API, or undefined: another audience, no such scope, or expired.
 * @param {ResolvedOptions} options @param {Session} session
 */
export function myAccountToken(options, session) {
  const { access_token: token, audience, scope, expires_at: expiresAt } = session.tokens;
  if (!token || audience !== myAccountAudience(options)) return undefined;
  if (scope !== undefined && !scope.split(' ').includes(MY_ACCOUNT_SCOPE)) return undefined;
  if (expiresAt !== undefined && expiresAt <= Date.now() / 1000 + MARGIN_SECONDS) return undefined;
  return token;
}
