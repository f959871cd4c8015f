// @ts-check
// The end every sign-in shares (a code's verify, a passkey's login): Auth0's tokens → the ID token verified → this
// browser's previous session ended and a new one started → `{ user, method }` with its Set-Cookie, and the log line.
import { sessionFrom } from './auth0-client.js';
import { onlyStoreDown, STORE_DOWN } from './failure.js';
import { json } from './http.js';
import { log } from './log.js';
import { startSession } from './session.js';

/** @typedef {import('./handler.js').Call} Call */
/** @typedef {import('./failure.js').Failure} Failure */

/**
 * @param {Call} call
 * @param {import('./auth0-client.js').TokenSet} tokens
 * @param {{ audience?: string, method: import('./session.js').SignInMethod, log: { event: string } & Record<string, unknown> }} how
 *   `audience`: what the access token was asked for (kept with it; my-account.js reads it); `log`: the event and what
 *   else the success line says
 * @returns {Promise<Response | Failure>}
 */
export async function signedIn(call, tokens, how) {
  const { options } = call;
  const session = await sessionFrom(options, tokens, undefined, { audience: how.audience, method: how.method });
  if (!session) return { status: 502, error: 'invalid_response', hint: 'The ID token failed verification (signature, issuer, audience or expiry).' };
  let cookie;
  try {
    cookie = await startSession(options, call.request, session);
  } catch (error) {
    onlyStoreDown(error);
    return STORE_DOWN;
  }
  log(options, { level: 'info', outcome: 'ok', status: 200, ...how.log });
  const response = json(200, { user: session.user, method: how.method });
  response.headers.append('Set-Cookie', cookie);
  return response;
}
