// @ts-check
// The closed set of error codes the element, the server handler and the `passwordless-error` event share.
// Plain JavaScript with JSDoc types: the server ships as JavaScript source and imports this file as is.

export const LOGIN_ERROR_CODES = /** @type {const} */ ([
  'invalid_email', // the typed address is not one valid email address
  'invalid_phone_number', // the typed number is not a valid international number
  'invalid_code', // the typed code is not N digits
  'wrong_code', // the server said the code is wrong
  'code_expired', // the code is too old: send a new one
  'too_many_attempts', // the code was guessed wrong too often: send a new one
  'rate_limited', // too many messages: wait, then try again
  'network', // offline, timed out, or the server could not be reached
  'link_invalid', // a magic link opened in another browser, expired, or used before ("state does not match")
  'session_expired', // the login expired while we were away
  'client_authentication_required', // a Regular Web Application used from the browser (403)
  'consent_required', // checkSession on localhost with an API audience
  'third_party_cookies_blocked', // code login across sites without third-party cookies
  'origin_not_allowed', // this page's origin is not allowed by the Auth0 application
  'invalid_response', // the sign-in response failed verification (signature, issuer, nonce...)
  'misconfigured', // missing or wrong attributes, unknown client or connection
  'service_unavailable', // Auth0 or the backend failed
  'blocked', // Auth0's brute-force protection paused sign-in for this account: wait, or ask the site owner (a new code does not help)
  'captcha_required', // a check that the person is human is needed before sending, and it is not done yet
  'invalid_captcha', // the answer to that check was wrong or too old: a fresh check is shown
  'country_not_allowed', // the site does not send text messages to numbers of that country (SMS fraud control)
  'framed', // shown in a frame of another site without allow-framed (clickjacking)
  'passkeys_unavailable', // a passkey requirement is missing (the body's `requirement` says which): developers only, the person sees the code path
  'passkey_failed', // the browser's passkey ceremony failed (not a cancel, which is silent): try again or use a code
  'passkey_rejected', // Auth0 refused the passkey (unknown here, removed, or not verifiable): use a code
  'account_exists', // a passkey sign-up for an address that already has an account: sign in instead
  'unknown',
]);

/** @typedef {(typeof LOGIN_ERROR_CODES)[number]} LoginErrorCode */

/**
 * Codes the person cannot fix from the form, only the site owner can: the `recoverable: false` of the error event.
 * @type {ReadonlySet<LoginErrorCode>}
 */
export const UNRECOVERABLE_CODES = new Set([
  'client_authentication_required',
  'misconfigured',
  'origin_not_allowed',
  'third_party_cookies_blocked',
  'consent_required',
  'framed',
  'passkeys_unavailable',
]);

/** @param {unknown} value @returns {value is LoginErrorCode} */
export function isLoginErrorCode(value) {
  return /** @type {readonly unknown[]} */ (LOGIN_ERROR_CODES).includes(value);
}
