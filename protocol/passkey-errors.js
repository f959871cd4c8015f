// @ts-check
// What Auth0's Passkey APIs answer (POST /passkey/challenge, /passkey/register, the webauthn grant at /oauth/token,
// the My Account API's enrolment) as our error codes (each requirement's fix in words: passkey-fixes.js).
// The element (SPA mode, calling Auth0 as a public client) and the server handler (backend mode) classify with the
// same table. Auth0 documents the statuses, not every text (docs/auth0-passkeys.md sections 1, 4 and 10): the texts
// matched here are Auth0's where it documents them and the emulator's otherwise, loosely, so a reworded answer still
// lands in its requirement.

/** @typedef {import('./wire.js').PasskeyRequirement} PasskeyRequirement */
/** @typedef {import('./error-codes.js').LoginErrorCode} LoginErrorCode */

/**
 * @typedef {object} PasskeyAnswer What Auth0 said.
 * @property {number} status
 * @property {string} error `error`, or the My Account API's `title`
 * @property {string} description `error_description`, or the My Account API's `detail`
 */

/**
 * @typedef {object} PasskeyVerdict
 * @property {LoginErrorCode} code
 * @property {PasskeyRequirement} [requirement] with `passkeys_unavailable`: which requirement is missing
 * @property {boolean} [unknownCredential] with `passkey_rejected`: Auth0 does not know the credential (the browser may forget it)
 */

/** Which requirement a setup refusal names, if it names one. @param {PasskeyAnswer} a @returns {PasskeyRequirement | null} */
export function missingRequirement(a) {
  const text = `${a.error} ${a.description}`;
  if (a.status === 404) return 'not_enabled';
  if (a.error === 'operation_not_supported' || /custom domain/i.test(text)) return 'custom_domain';
  if (/webauthn|passkey grant|grant type/i.test(text) && (a.error === 'unauthorized_client' || /grant/i.test(text))) return 'grant';
  if (/third[- ]party/i.test(text)) return 'first_party';
  if (/oidc|conformant/i.test(text)) return 'oidc_conformant';
  if (/connection/i.test(text) && a.status === 400) return 'connection';
  return null;
}

/**
 * Auth0's refusal of a passkey call as our code: a setup requirement, a credential it does not accept, an account
 * that exists already, a limit or an outage.
 * @param {PasskeyAnswer} a @param {'challenge' | 'signup' | 'token' | 'create'} call
 * @returns {PasskeyVerdict}
 */
export function classifyPasskeyAnswer(a, call) {
  if (a.status === 429 || a.error === 'too_many_requests') return { code: 'rate_limited' };
  if (a.status >= 500) return { code: 'service_unavailable' };
  if (call === 'signup' && /already exists/i.test(a.description)) return { code: 'account_exists' };
  if (call === 'token' && (a.error === 'invalid_grant' || a.error === 'invalid_request')) {
    return /not registered|does not belong|unknown credential|not found/i.test(a.description) ? { code: 'passkey_rejected', unknownCredential: true } : { code: 'passkey_rejected' };
  }
  if (a.error === 'unauthorized_client' && /origin/i.test(a.description)) return { code: 'origin_not_allowed' };
  if (call === 'create' && (a.status === 401 || a.status === 403)) return { code: 'passkeys_unavailable', requirement: 'my_account' };
  const requirement = missingRequirement(a);
  if (requirement) return { code: 'passkeys_unavailable', requirement };
  if (a.status === 401 || a.error === 'access_denied' || a.error === 'invalid_client') return { code: 'misconfigured' };
  return { code: call === 'create' ? 'passkey_failed' : 'unknown' };
}
