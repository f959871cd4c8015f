// @ts-check
// POST {basePath}/verify: exchanges the typed code for tokens (the passwordless OTP grant) and starts a session,
// ending the one this browser had. The code's ticket in the start cookie is spent with it.
import { otpToken, sessionFrom } from '../auth0-client.js';
import { onlyStoreDown, STORE_DOWN } from '../failure.js';
import { json } from '../http.js';
import { log } from '../log.js';
import { postRoute } from '../pipeline.js';
import { startSession } from '../session.js';
import { readStart, startCookie } from '../start-cookie.js';

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
    const session = await sessionFrom(options, result.tokens, undefined, { audience: options.audience, method: 'code' });
    if (!session) return { status: 502, error: 'invalid_response', hint: 'The ID token failed verification (signature, issuer, audience or expiry).' };
    let cookie;
    try {
      cookie = await startSession(options, call.request, session);
    } catch (error) {
      onlyStoreDown(error);
      return STORE_DOWN;
    }
    log(options, { level: 'info', event: 'verify', outcome: 'ok', status: 200, connection, identifier: hashed });
    const response = json(200, { user: session.user, method: 'code' });
    response.headers.append('Set-Cookie', cookie);
    const start = await readStart(options, call.request);
    if (start.codes.some((c) => c.identifier === hashed)) {
      response.headers.append('Set-Cookie', await startCookie(options, call.request, { ...start, codes: start.codes.filter((c) => c.identifier !== hashed) }));
    }
    return response;
  },
});
