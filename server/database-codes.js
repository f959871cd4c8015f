// @ts-check
// The verify's half of codes on a database connection (databaseConnection): the `auth_session` this browser's ticket
// holds goes back to Auth0 with the code, and the code's tries are counted here, per `auth_session`.
//
// Why count here: Auth0 answers every try of a person it does not know (a "non-functional" auth_session) with the
// same invalid_request, while a known person's code runs out of tries. Told as Auth0 tells it, a fourth try would
// say whether the person exists. So Auth0's "no tries left" reads as a wrong code, and this counter, the same for
// everyone, says too_many_attempts after MAX_TRIES refused tries (Auth0's own default is 3 too).
import { otpSessionToken } from './auth0-client.js';
import { hashValue } from './crypto.js';
import { readStart, START_MAX_AGE } from './start-cookie.js';

/** @typedef {import('./handler.js').Call} Call */
/** @typedef {import('./pipeline.js').Identified} Identified */
/** @typedef {import('./failure.js').Failure} Failure */

const MAX_TRIES = 3;

/** @param {Call} call @param {string} authSession */
const triesKey = async (call, authSession) => `otp-tries:${await hashValue(call.options, `auth_session:${authSession}`, 16)}`;

/**
 * The newest `auth_session` this browser holds for the person (the start cookie's ticket), if any.
 * @param {Call} call @param {string} hashed the keyed hash of connection and identifier
 */
export async function authSessionFor(call, hashed) {
  const { codes } = await readStart(call.options, call.request);
  return codes.filter((c) => c.identifier === hashed && c.authSession).at(-1)?.authSession;
}

/**
 * The OTP grant with the `auth_session`, after its tries are checked; a refused code counts one try. Rejects with
 * StoreUnavailableError when the store cannot answer (the caller fails closed).
 * @param {Call} call @param {string} authSession @param {string} code
 * @returns {Promise<Awaited<ReturnType<typeof otpSessionToken>>>}
 */
export async function databaseCodeToken(call, authSession, code) {
  const { options } = call;
  const key = await triesKey(call, authSession);
  const tries = Number(await options.store.read(key)) || 0;
  if (tries >= MAX_TRIES) {
    return { ok: /** @type {const} */ (false), failure: { status: 403, error: 'too_many_attempts', hint: `This code had its ${MAX_TRIES} tries: only a new code can work.` } };
  }
  const result = await otpSessionToken(options, { authSession, code, ip: call.ip });
  if (!result.ok && result.failure.error === 'wrong_code') await options.store.write(key, String(tries + 1), START_MAX_AGE);
  return result;
}
