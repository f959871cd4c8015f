// @ts-check
// POST {basePath}/verify: exchanges the typed code for tokens (the passwordless OTP grant) and starts a session,
// ending the one this browser had. The code's ticket in the start cookie is spent with it. On a database connection
// the code goes back with the ticket's `auth_session` (the OTP grant's other shape).
import { otpToken } from '../auth0-client.js';
import { authSessionFor, databaseCodeToken } from '../database-codes.js';
import { failureResponse, onlyStoreDown, STORE_DOWN } from '../failure.js';
import { postRoute } from '../pipeline.js';
import { signedIn } from '../signed-in.js';
import { readStart, startCookie } from '../start-cookie.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../pipeline.js').Identified} Identified */

/**
 * The tokens for a code: the classic OTP grant, or on a database connection the grant with the `auth_session` this
 * browser's newest ticket for the person holds. Without one (another browser, or its start cookie is gone) there is
 * nothing Auth0 could check the code against: told as an expired code (a new one is needed), and not counted.
 * @param {Call} call @param {Identified} input
 */
async function tokensFor(call, { connection, identifier, hashed, code }) {
  const { options } = call;
  const otp = /** @type {string} */ (code);
  if (!options.databaseCodes) return otpToken(options, { connection, identifier, code: otp, ip: call.ip });
  const authSession = await authSessionFor(call, hashed);
  if (!authSession) {
    return { ok: /** @type {const} */ (false), unjudged: failureResponse(options, 'verify', { status: 403, error: 'code_expired', hint: 'No auth_session for this person in this browser: the code was asked for in another browser, or over 30 minutes ago.' }, { connection, identifier: hashed }) };
  }
  try {
    return await databaseCodeToken(call, authSession, otp);
  } catch (error) {
    onlyStoreDown(error);
    return { ok: /** @type {const} */ (false), failure: STORE_DOWN };
  }
}

export const verify = postRoute({
  event: 'verify',
  identified: true,
  code: true,
  throttle: 'verify',
  /** @param {Call} call @param {Identified} input */
  async run(call, input) {
    const { options } = call;
    const { connection, hashed } = input;
    const result = await tokensFor(call, input);
    if (!result.ok) return 'unjudged' in result ? result.unjudged : result.failure;
    // The audience asked for goes with the tokens (my-account.js reads it), not read from the token's claims.
    const asked = 'audience' in result && typeof result.audience === 'string' ? result.audience : options.audience;
    const response = await signedIn(call, result.tokens, { audience: asked, method: 'code', log: { event: 'verify', connection, identifier: hashed } });
    if (!(response instanceof Response)) return response;
    const start = await readStart(options, call.request);
    if (start.codes.some((c) => c.identifier === hashed)) {
      response.headers.append('Set-Cookie', await startCookie(options, call.request, { ...start, codes: start.codes.filter((c) => c.identifier !== hashed) }));
    }
    return response;
  },
});
