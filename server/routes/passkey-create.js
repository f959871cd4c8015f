// @ts-check
// POST {basePath}/passkey-create and passkey-create-verify: a signed-in person adds a passkey through the My Account
// API (docs/auth0-passkeys.md section 6), with the session's My Account token (server/my-account.js). passkey-create
// answers the ceremony and its `enrollment`; passkey-create-verify sends the new credential back, 201 when added.
import { isEnrollmentId, startPasskeyEnrolment, verifyPasskeyEnrolment } from '../auth0-client.js';
import { onlyStoreDown, STORE_DOWN } from '../failure.js';
import { json } from '../http.js';
import { log } from '../log.js';
import { myAccountToken } from '../my-account.js';
import { credentialBody, NOT_A_CREDENTIAL, passkeyRoute } from '../passkey-route.js';
import { unavailable } from '../passkey-errors.js';
import { readSession } from '../session.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../failure.js').Failure} Failure */

/**
 * The session's My Account token, or the refusal: 401 signed out, 409 when the session's token cannot add a passkey
 * (another audience, no scope, expired: the person signs in again, by code or passkey, to get one).
 * @param {Call} call @returns {Promise<string | Failure>}
 */
async function tokenOf(call) {
  let session;
  try {
    session = await readSession(call.options, call.request);
  } catch (error) {
    onlyStoreDown(error);
    return STORE_DOWN;
  }
  if (!session) return { status: 401, error: 'session_expired', hint: 'Adding a passkey needs a signed-in person.' };
  return myAccountToken(call.options, session) ?? { ...unavailable('my_account'), status: 409 };
}

export const passkeyCreate = passkeyRoute({
  event: 'passkey-create',
  offered: (passkeys) => passkeys.create,
  async run(call, _data, passkeys) {
    const token = await tokenOf(call);
    if (typeof token !== 'string') return token;
    const result = await startPasskeyEnrolment(call.options, token);
    if (!result.ok) return result.failure;
    log(call.options, { level: 'info', event: 'passkey-create', outcome: 'ok', status: 200, connection: passkeys.connection });
    return json(200, result.ceremony);
  },
});

export const passkeyCreateVerify = passkeyRoute({
  event: 'passkey-create-verify',
  offered: (passkeys) => passkeys.create,
  async run(call, data, passkeys) {
    const body = credentialBody(data);
    if (!body || !isEnrollmentId(data.enrollment)) return NOT_A_CREDENTIAL;
    const token = await tokenOf(call);
    if (typeof token !== 'string') return token;
    const result = await verifyPasskeyEnrolment(call.options, token, { ...body, enrollment: data.enrollment });
    if (!result.ok) return result.failure;
    log(call.options, { level: 'info', event: 'passkey-create-verify', outcome: 'ok', status: 201, connection: passkeys.connection });
    return json(201, {});
  },
});
