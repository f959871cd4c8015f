// @ts-check
// POST {basePath}/verify: exchanges the typed code for tokens (the passwordless OTP grant) and starts a session.
import { otpToken, sessionFrom } from '../auth0-client.js';
import { json } from '../http.js';
import { log } from '../log.js';
import { postRoute } from '../pipeline.js';
import { sessionCookie } from '../session.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../pipeline.js').Identified} Identified */

export const verify = postRoute({
  event: 'verify',
  identified: true,
  code: true,
  throttle: 'verify',
  /** @param {Call} call @param {Identified} input */
  async run(call, { connection, identifier, hashed, code }) {
    const { options } = call;
    const result = await otpToken(options, { connection, identifier, code: /** @type {string} */ (code), ip: call.ip });
    if (!result.ok) return result.failure;
    const session = await sessionFrom(options, result.tokens);
    if (!session) return { status: 502, error: 'invalid_response', hint: 'The ID token failed verification (signature, issuer, audience or expiry).' };
    log(options, { level: 'info', event: 'verify', outcome: 'ok', status: 200, connection, identifier: hashed });
    const response = json(200, { user: session.user });
    response.headers.append('Set-Cookie', await sessionCookie(options, call.request, session));
    return response;
  },
});
