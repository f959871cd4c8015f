// @ts-check
// What Auth0's Passkey APIs answer (POST /passkey/challenge, /passkey/register, the webauthn grant at /oauth/token,
// the My Account API's enrolment) as our error codes (each requirement's fix in words: passkey-fixes.js). The server
// reads its answers with it too (server/passkey-errors.js), so a refusal means the same thing in both modes.
// The element (SPA mode, calling Auth0 as a public client) and the server handler (backend mode) classify with the
// same table. Auth0 documents the statuses, not every text (docs/auth0-passkeys.md sections 1, 4 and 10): the texts
// matched here are Auth0's where it documents them and the emulator's otherwise, loosely, so a reworded answer still
// lands in its requirement.

/** @typedef {import('./wire.js').PasskeyRequirement} PasskeyRequirement */
/** @typedef {import('./error-codes.js').LoginErrorCode} LoginErrorCode */

/**
 * @typedef {object} PasskeyAnswer What Auth0 said.
 * @property {number} [status]
 * @property {string} error `error`, or the My Account API's `title`
 * @property {string} description `error_description`, or the My Account API's `detail`
 */

/**
 * @typedef {object} PasskeyVerdict
 * @property {LoginErrorCode} code
 * @property {PasskeyRequirement} [requirement] with `passkeys_unavailable`: which requirement is missing
 * @property {boolean} [unknownCredential] with `passkey_rejected`: Auth0 does not know the credential (the browser may forget it)
 */

/**
 * Auth0's refusals of the Passkey APIs (/passkey/register, /passkey/challenge, the webauthn grant) that mean the
 * tenant or the application is not set up for passkeys (docs/auth0-passkeys.md section 1). Auth0 documents these as
 * 400 without their `error` values [UNK]; the emulator's texts (emulator/passkeys.js passkeyRequirements) are matched,
 * and the documented phrases. The first row that matches names it; each requirement's fix is passkey-fixes.js's.
 * @type {{ requirement: PasskeyRequirement, when: (a: PasskeyAnswer) => boolean }[]}
 */
export const PASSKEY_SETUP_ERRORS = [
  { requirement: 'custom_domain', when: (a) => a.error === 'operation_not_supported' || /custom domain/i.test(a.description) },
  { requirement: 'grant', when: (a) => /grant.type.*not allowed|not configured for passkey/i.test(a.description) },
  { requirement: 'first_party', when: (a) => /third.party/i.test(a.description) },
  { requirement: 'oidc_conformant', when: (a) => /oidc.conformant/i.test(a.description) },
  { requirement: 'connection', when: (a) => /no connection with passkeys|connection does not exist|passkey authentication method is not enabled|passkeys? (is |are )?not enabled/i.test(a.description) },
  { requirement: 'not_enabled', when: (a) => a.status === 404 },
];

/** The requirement Auth0's answer says is missing, or null when it is about something else. @param {PasskeyAnswer} a @returns {PasskeyRequirement | null} */
export function passkeyRequirementOf(a) {
  return PASSKEY_SETUP_ERRORS.find((row) => row.when(a))?.requirement ?? null;
}

/**
 * Auth0's refusal of a passkey call as our code: a setup requirement, a credential it does not accept, an account
 * that exists already, a limit or an outage.
 * @param {PasskeyAnswer} a @param {'challenge' | 'signup' | 'token' | 'create'} call
 * @returns {PasskeyVerdict}
 */
export function classifyPasskeyAnswer(a, call) {
  if (a.status === 429 || a.error === 'too_many_requests') return { code: 'rate_limited' };
  if ((a.status ?? 0) >= 500) return { code: 'service_unavailable' };
  if (call === 'signup' && /already exists/i.test(a.description)) return { code: 'account_exists' };
  // Auth0 applies MFA to passkey logins by default (docs/auth0-passkeys.md section 4): a policy this element cannot meet.
  if (a.error === 'mfa_required') return { code: 'passkeys_unavailable', requirement: 'mfa' };
  if (call === 'token' && (a.error === 'invalid_grant' || a.error === 'invalid_request')) {
    return /passkey is not|does not belong|unknown credential|not found/i.test(a.description) ? { code: 'passkey_rejected', unknownCredential: true } : { code: 'passkey_rejected' };
  }
  if (a.error === 'unauthorized_client' && /origin/i.test(a.description)) return { code: 'origin_not_allowed' };
  if (call === 'create' && (a.status === 401 || a.status === 403)) return { code: 'passkeys_unavailable', requirement: 'my_account' };
  const requirement = passkeyRequirementOf(a);
  if (requirement) return { code: 'passkeys_unavailable', requirement };
  if (a.status === 401 || a.error === 'access_denied' || a.error === 'invalid_client') return { code: 'misconfigured' };
  return { code: call === 'create' ? 'passkey_failed' : 'unknown' };
}
