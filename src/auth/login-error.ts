// One closed set of error codes for everything that can go wrong, whatever shape it arrived in.

export const LOGIN_ERROR_CODES = [
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
  'framed', // shown in a frame of another site without allow-framed (clickjacking)
  'unknown',
] as const;

export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];

/** The `detail` of `passwordless-error`, and what every transport throws. */
export interface LoginError {
  code: LoginErrorCode;
  /** The translated, plain-language message shown to the person (set by the element). */
  message: string;
  /** True when the person can fix it from the form (retry, correct input, wait). */
  recoverable: boolean;
  /** For `rate_limited`: how long to wait before sending again. */
  retryAfterMs?: number;
  /** For developers only: why it happened and how to fix it. Logged to the console, never shown. */
  developerHint?: string;
  /**
   * The request may have reached the server before it failed (a timeout, a dropped connection): a message may
   * have been sent, or a code used. Never retried automatically.
   */
  uncertain?: boolean;
}

const UNRECOVERABLE: ReadonlySet<LoginErrorCode> = new Set([
  'client_authentication_required',
  'misconfigured',
  'origin_not_allowed',
  'third_party_cookies_blocked',
  'consent_required',
  'framed',
]);

export function loginError(
  code: LoginErrorCode,
  extra: { retryAfterMs?: number; developerHint?: string; uncertain?: boolean } = {},
): LoginError {
  return { code, message: '', recoverable: !UNRECOVERABLE.has(code), ...extra };
}

export function isLoginErrorCode(value: unknown): value is LoginErrorCode {
  return (LOGIN_ERROR_CODES as readonly unknown[]).includes(value);
}

export function isLoginError(value: unknown): value is LoginError {
  return typeof value === 'object' && value !== null && isLoginErrorCode((value as LoginError).code);
}
