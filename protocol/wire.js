// @ts-check
// The names on the wire between the element (backend mode) and the server handler: routes, headers and the
// parameters a magic link returns with. Changing one here changes both sides.

/** The handler's routes under its base path, with their one method. */
export const ROUTES = /** @type {const} */ ({
  start: 'POST',
  verify: 'POST',
  callback: 'GET',
  session: 'GET',
  logout: 'POST',
  // A magic link opened in another browser: who it signs in (masked), then the person's confirmation.
  confirmation: 'GET',
  confirm: 'POST',
  // What the element must know before the first send: the human check and the SMS countries the server allows.
  settings: 'GET',
});

/** The backend's human-check providers (the handler's `humanCheck.provider`), as the settings route names them. */
export const HUMAN_CHECK_PROVIDERS = /** @type {const} */ (['turnstile', 'hcaptcha', 'recaptcha']);
/** @typedef {(typeof HUMAN_CHECK_PROVIDERS)[number]} HumanCheckProvider */
// Their site keys' rule, which the handler and the element share: protocol/human-check.js.

/**
 * The body of GET {basePath}/settings: what the element shows before the first send.
 * - humanCheck: the widget to show, or null; `required: 'after_failures'` means only once a start is refused with
 *   `captcha_required` (that refusal's body carries the same `humanCheck`).
 * - smsCountries: the ISO 3166 alpha-2 codes of the countries text messages may go to, or null for any.
 * @typedef {object} BackendSettings
 * @property {{ provider: HumanCheckProvider, siteKey: string, required: 'always' | 'after_failures' } | null} humanCheck
 * @property {string[] | null} smsCountries
 */
/** @typedef {keyof typeof ROUTES} RouteName */

/** Sent by the element on every call; no cross-site form can set it, so the server refuses forged requests (CSRF). */
export const CSRF_HEADER = 'X-Passwordless-Login';
/** The server's answer to a start: `code` or `link` (the server, not the browser, decides). */
export const SEND_HEADER = 'X-Passwordless-Send';
/** A fresh key per start: anything that repeats the request gets the first answer, and nothing is sent twice. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The query parameter a magic link returns to the page with, and its two values. */
export const RETURN_PARAM = 'passwordless';
export const RETURN_SIGNED_IN = 'signed-in';
export const RETURN_FAILED = 'error';
/** A magic link opened in another browser is waiting for the person to confirm it is theirs (GET confirmation). */
export const RETURN_CONFIRM = 'confirm';
/** With RETURN_FAILED: the LoginErrorCode that says why. */
export const RETURN_ERROR_PARAM = 'code_error';
