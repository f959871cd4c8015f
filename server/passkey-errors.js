// @ts-check
// Auth0's refusals on the passkey calls, as the browser and the log get them: a missing setup requirement
// (protocol/passkey-errors.js PASSKEY_SETUP_ERRORS) is `passkeys_unavailable` with its `requirement`, and its fix
// (protocol/passkey-fixes.js, the element's console says the same) goes to the log only; a credential Auth0 refuses is `passkey_rejected`; the rest is read like any Auth0 answer.
import { passkeyRequirementOf } from '../protocol/passkey-errors.js';
import { PASSKEY_FIXES } from '../protocol/passkey-fixes.js';
import { answerFromBody, mapAuth0Error } from './auth0-errors.js';

/** @typedef {import('./failure.js').Failure} Failure */
/** @typedef {import('./auth0-client.js').Answered} Answered */
/** @typedef {import('../protocol/wire.js').PasskeyRequirement} PasskeyRequirement */

/**
 * 503: the site's setup, not the person, and not for now; the element shows the code path and tells the developer.
 * No Retry-After: waiting does not help.
 */
const UNAVAILABLE_STATUS = 503;

/** @param {PasskeyRequirement} requirement @returns {Failure} */
export function unavailable(requirement) {
  return { status: UNAVAILABLE_STATUS, error: 'passkeys_unavailable', requirement, hint: `Passkey requirement missing: ${requirement}: ${PASSKEY_FIXES[requirement]}` };
}

/** What every failure keeps of Auth0's answer, for the log. @param {Answered} answered @param {string} error */
const fromAuth0 = (answered, error) => ({
  auth0Error: error.replace(/[^A-Za-z0-9_.]/g, '').slice(0, 64) || undefined,
  auth0Status: answered.status,
  auth0RequestId: answered.requestId,
});

/**
 * /passkey/challenge or /passkey/register refused.
 * @param {Answered} answered @param {{ register?: boolean }} [what]
 * @returns {Failure}
 */
export function ceremonyFailure(answered, what = {}) {
  const answer = answerFromBody(answered.status, answered.data);
  const setup = answered.status < 500 && answered.status !== 429 ? passkeyRequirementOf(answer) : null;
  if (setup) return { ...unavailable(setup), ...fromAuth0(answered, answer.error) };
  // C: "If any of the submitted identifiers match an existing user, the request fails with invalid_request."
  if (what.register && answer.error === 'invalid_request' && /already exists/i.test(answer.description)) {
    return { status: 409, error: 'account_exists', hint: 'A passkey sign-up for an identifier that already has an account: the person signs in instead.', ...fromAuth0(answered, answer.error) };
  }
  return { ...mapAuth0Error(answer, 'start', answered.headers), auth0RequestId: answered.requestId };
}

/**
 * The webauthn grant refused. Auth0 does not document its texts (docs/auth0-passkeys.md section 10, question 1):
 * "not registered" and "does not belong" (the emulator's) mean Auth0 does not know this credential for the person,
 * which the element tells the browser (signalUnknownCredential).
 * @param {Answered} answered @param {{ myAccount: boolean }} asked whether the My Account audience was asked for
 * @returns {Failure}
 */
export function tokenFailure(answered, asked) {
  const answer = answerFromBody(answered.status, answered.data);
  const auth0 = fromAuth0(answered, answer.error);
  if (answer.error === 'mfa_required') return { ...unavailable('mfa'), ...auth0 };
  if (answered.status < 500 && answered.status !== 429) {
    const setup = passkeyRequirementOf(answer);
    if (setup) return { ...unavailable(setup), ...auth0 };
    if (asked.myAccount && answer.error === 'access_denied' && /service not found|audience/i.test(answer.description)) {
      return { ...unavailable('my_account'), ...auth0 };
    }
    if (answer.error === 'invalid_grant' && /not registered|does not belong|unknown credential|credential not found/i.test(answer.description)) {
      return { status: 401, error: 'passkey_rejected', unknownCredential: true, hint: 'Auth0 does not know this passkey (removed, or of another tenant or connection).', ...auth0 };
    }
    // A spent or expired auth_session, a signature, origin, RP ID or counter that does not verify (section 4: 400
    // invalid_request by analogy, or invalid_grant).
    if (answer.error === 'invalid_grant' || answer.error === 'invalid_request') {
      return { status: 401, error: 'passkey_rejected', hint: 'Auth0 refused the passkey: the ceremony was spent, expired, or did not verify.', ...auth0 };
    }
  }
  return { ...mapAuth0Error(answer, 'verify', answered.headers), auth0RequestId: answered.requestId };
}

/**
 * A My Account API refusal ({ type, status, title, detail }): 401 and 403 (no such token, scope or client grant) and
 * 404 (the API is not active) are the setup; 400 is this ceremony (spent, expired, or it did not verify).
 * @param {Answered} answered
 * @returns {Failure}
 */
export function myAccountFailure(answered) {
  const { status } = answered;
  const title = typeof answered.data.title === 'string' ? answered.data.title : '';
  const auth0 = fromAuth0(answered, title.replace(/\s+/g, '_'));
  if (status === 401 || status === 403 || status === 404) return { ...unavailable('my_account'), ...auth0 };
  if (status === 400) return { status: 400, error: 'passkey_failed', hint: 'The My Account API refused the new passkey (a spent or expired enrolment, or a credential that did not verify).', ...auth0 };
  if (status === 429) return { status: 429, error: 'rate_limited', retryAfter: 60, ...auth0 };
  if (status >= 500) return { status: 503, error: 'service_unavailable', retryAfter: 30, hint: 'The My Account API failed.', ...auth0 };
  return { status: 502, error: 'misconfigured', hint: 'The My Account API answered in a way this handler does not know.', ...auth0 };
}
