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
  // What the element must know before the first send: the human check, the SMS countries the server allows, passkeys.
  settings: 'GET',
  // Passkeys (docs/auth0-passkeys.md): the server calls Auth0's Passkey APIs with the application's secret.
  // A login challenge (no identifier: any passkey of the database connection, for autofill and the button alike).
  'passkey-challenge': 'POST',
  // A sign-up challenge for a new person of the database connection (where the site allows sign-ups).
  'passkey-register': 'POST',
  // The browser's credential for either challenge: Auth0's webauthn grant, then a session as after a code.
  'passkey-login': 'POST',
  // A signed-in person adds a passkey (the My Account API's enrolment), then sends the new credential.
  'passkey-create': 'POST',
  'passkey-create-verify': 'POST',
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
 * @property {PasskeySettings | null} [passkeys] null or absent: the site offers no passkeys
 * @property {PhoneDelivery[]} [phoneDelivery] codes on a database connection only: how a phone code may go, the first
 *   the default; the start body's `delivery` picks another (absent: text messages only)
 */

/** How a phone code goes: a text message, or a voice call that reads it (codes on a database connection only). */
export const PHONE_DELIVERIES = /** @type {const} */ (['text', 'voice']);
/** @typedef {(typeof PHONE_DELIVERIES)[number]} PhoneDelivery */

/**
 * What the server offers for passkeys. `signup`: a new person may sign up with a passkey (passkey-register);
 * `create`: after a code sign-in on the database connection, the person may add a passkey (passkey-create).
 * @typedef {object} PasskeySettings
 * @property {boolean} signup
 * @property {boolean} create
 */

/**
 * The body of a passkey-challenge, passkey-register or passkey-create answer: Auth0's `auth_session` (single use,
 * sent back with the credential) and its WebAuthn options as JSON (binary fields base64url), as Auth0 sent them.
 * `enrollment` (passkey-create only): the My Account API's id of the new method, sent back to passkey-create-verify.
 * @typedef {object} PasskeyCeremony
 * @property {string} authSession
 * @property {Record<string, unknown>} publicKey
 * @property {string} [enrollment]
 */

/**
 * The body of passkey-login and passkey-create-verify: the ceremony's `authSession`, the browser's credential as
 * JSON (PublicKeyCredential.toJSON(): binary fields base64url), and for passkey-create-verify the `enrollment`.
 * passkey-login answers as verify does (the session cookie, `{ user }`).
 * @typedef {object} PasskeyCredentialBody
 * @property {string} authSession
 * @property {Record<string, unknown>} credential
 * @property {string} [enrollment]
 */

/**
 * Which of Auth0's passkey requirements is missing (docs/auth0-passkeys.md section 1), in the body of a refusal
 * with code `passkeys_unavailable`, and in the element's console line: each has its own fix.
 */
export const PASSKEY_REQUIREMENTS = /** @type {const} */ ([
  'browser', // this browser has no WebAuthn (or no platform authenticator and no passkey autofill)
  'custom_domain', // the Passkey APIs answer only on the tenant's custom domain
  'grant', // the application lacks the Passkey grant (urn:okta:params:oauth:grant-type:webauthn)
  'first_party', // third-party applications may not call the Passkey APIs
  'oidc_conformant', // the application must be OIDC-conformant
  'connection', // no database connection with passkeys enabled (or the named one is missing or has them off)
  'rp_id', // the page does not share the Relying Party ID (the custom domain, or a custom RP ID)
  'my_account', // creating a passkey needs the My Account API (activated, a user client grant for create:me:authentication_methods)
  'not_enabled', // the Passkey APIs are off for the tenant (404), or the server offers no passkeys
  'mfa', // the tenant asks for MFA after a passkey (403 mfa_required), which this element cannot show
]);
/** @typedef {(typeof PASSKEY_REQUIREMENTS)[number]} PasskeyRequirement */
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
