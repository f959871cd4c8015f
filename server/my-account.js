// @ts-check
// The My Account API token of a session, for creating a passkey after a code sign-in on a database connection
// (docs/auth0-passkeys.md sections 6 and 8). The verify asks for it (audience https://{domain}/me/, scope
// create:me:authentication_methods) when `passkeys.create` is on and the site set no `audience`; it stays in the
// sealed session cookie, never in the browser.
import { MY_ACCOUNT_SCOPE } from './auth0-client.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./session.js').Session} Session */

/** Seconds of life a token must have left to be used for a call (the enrolment is two calls). */
const MARGIN_SECONDS = 30;

/**
 * The session's access token when it is for this handler's My Account audience, holds the enrolment scope (when
 * Auth0 said which scopes it granted) and is not about to expire; else null. The audience is the one the handler
 * asked for and stored with the tokens: no unsigned claims are read.
 * @param {ResolvedOptions} options @param {Session | null | undefined} session
 * @returns {string | null}
 */
export function myAccountToken(options, session) {
  const audience = options.databaseCodes?.myAccount;
  const tokens = session?.tokens;
  if (!audience || !tokens?.access_token || tokens.audience !== audience) return null;
  if (typeof tokens.scope === 'string' && !tokens.scope.split(' ').includes(MY_ACCOUNT_SCOPE)) return null;
  if (typeof tokens.expires_at === 'number' && tokens.expires_at <= Date.now() / 1000 + MARGIN_SECONDS) return null;
  return tokens.access_token;
}

/** The My Account API's base URL for this handler (its audience's host), or null when it asks for no such token. @param {ResolvedOptions} options */
export function myAccountBase(options) {
  const audience = options.databaseCodes?.myAccount;
  return audience ? `${audience}v1` : null;
}
