// @ts-check
// One table from what Auth0 answers (its JSON error bodies, auth0-js's error objects, the error parameters of a
// callback) to our LoginErrorCode. The element (SPA mode, through auth0-js) and the server handler (backend mode)
// both classify with it, so the same answer means the same thing to the person in both modes.

/**
 * @typedef {object} Auth0Answer What Auth0 said, in whichever shape it arrived.
 * @property {number} [status] the HTTP status, when there was one
 * @property {string} error `error` or `code`
 * @property {string} description `error_description` or `description`
 * @property {boolean} [crossDomain] auth0-js could not read the answer (CORS, offline)
 */
/**
 * `otp-challenge` and `otp-verify`: the server's codes on a database connection (/otp/challenge, then the OTP grant
 * with `auth_session`), whose refusals read differently from the classic connections'.
 * @typedef {'start' | 'verify' | 'callback' | 'otp-challenge' | 'otp-verify'} Auth0Step
 */
/** @typedef {'browser' | 'server'} Side the element through auth0-js, or the server handler with the client secret */

/**
 * @typedef {object} Auth0ErrorRow
 * @property {import('./error-codes.js').LoginErrorCode} code
 * @property {(answer: Auth0Answer, step: Auth0Step) => boolean} when
 * @property {Side} [only] the row applies to this side only (e.g. a confidential client's 403 is the server's setup)
 * @property {string} [hint] for developers, in the console or the server log; never shown to the person
 */

const CLIENT_AUTHENTICATION_HINT =
  'Auth0 answered 403 "Client authentication is required": this client ID belongs to a Regular Web Application ' +
  '(a confidential client with a secret). In SPA mode use an Auth0 "Single Page Application" (token endpoint ' +
  'authentication method: None), or switch to backend mode with the endpoint attribute and the server handler.';
const THIRD_PARTY_COOKIE_HINT =
  'Code login goes through cross-origin authentication, which needs the Auth0 session cookie to be sent from this ' +
  "page's site. The browser blocked it (Safari, or Chrome with third-party cookies off). Use an Auth0 custom domain " +
  'on the same site as this page (login.example.com for app.example.com), or backend mode.';
const SERVER_SETUP_HINT =
  'Auth0 refused the application: check domain, clientId and clientSecret, that the passwordless connection is enabled for it, ' +
  'that the Passwordless OTP grant is on (Advanced settings > Grant Types), and that callbackUrl is an Allowed Callback URL.';

const DATABASE_CONNECTION_HINT =
  'Auth0 refused the database connection named in databaseConnection: it must exist, be a database connection (strategy auth0) ' +
  'enabled for this application, with Email OTP (email_otp) and/or Phone OTP (phone_otp) on under Authentication Methods.';
const DATABASE_GRANT_HINT =
  'Auth0 refused the application for codes on a database connection: check clientId and clientSecret, and tick Passwordless OTP ' +
  '(http://auth0.com/oauth/grant-type/passwordless/otp) under Advanced Settings > Grant Types of this Regular Web Application.';
const MY_ACCOUNT_HINT =
  'Auth0 refused the audience of a code sign-in: with passkey creation on, the token asks for the My Account API (https://{domain}/me/, ' +
  'scope create:me:authentication_methods). Activate the My Account API (Applications > APIs) and give this application a user client ' +
  'grant for that scope, or turn passkey creation off.';
/** A database connection's verify step. @param {Auth0Step} step */
const otpVerify = (step) => step === 'otp-verify';

/** A code or link that was wrong or used: at the callback it is the link that cannot work. @param {Auth0Step} step @returns {import('./error-codes.js').LoginErrorCode} */
const wrong = (step) => (step === 'callback' ? 'link_invalid' : 'wrong_code');

/** The first row that matches names the code (see classifyAuth0Error). @type {Auth0ErrorRow[]} */
export const AUTH0_ERRORS = [
  // Brute-force protection: the account is blocked from this address (429 from /co/authenticate, /oauth/token and
  // /passwordless/verify; the error parameter of a link's callback). No code helps, a new one neither, until it lifts.
  // Not the code's own last try: Auth0 answers that one with access_denied or invalid_grant (too_many_attempts below).
  { code: 'blocked', when: (a) => a.error === 'too_many_attempts',
    hint: "Auth0's brute-force protection blocked this account from this address after many failed logins: it lifts after a while, " +
      'by the unblock link Auth0 emails to the account, or from the dashboard (the user\'s page, or Security > Attack Protection).' },
  { code: 'rate_limited', when: (a) => a.status === 429 || a.error === 'too_many_requests',
    hint: 'Auth0 is rate-limiting passwordless starts from this address.' },
  // Bot Detection (Attack Protection) refused the start: the answer to its check was wrong, too old or missing (Lock
  // reads the same code). The element shows a fresh check; a start sent without an answer is told as a missing one.
  { code: 'invalid_captcha', when: (a) => a.error === 'invalid_captcha',
    hint: "Auth0's Bot Detection refused the answer to its check (wrong, too old, or none): a fresh check is shown." },
  // Codes on a database connection: Auth0 answers invalid_request for a wrong code, a used or unknown auth_session,
  // the "non-functional" auth_session of a person it does not know, and a code out of tries. All of these read as a
  // wrong code, so no answer tells whether the person exists (the server counts the tries itself:
  // server/database-codes.js); only the code's own expiry is told as such.
  { code: 'wrong_code', only: 'server', when: (a, step) => otpVerify(step) && a.error === 'invalid_request' && (/auth_session|maximum number of attempts/i.test(a.description) || !/expired/i.test(a.description)) },
  { code: 'too_many_attempts', when: (a) => /maximum number of attempts/i.test(a.description),
    hint: 'That code had all its tries (Auth0 takes 3): only a new code can work.' },
  { code: 'misconfigured', only: 'server', when: (a) => a.error === 'invalid_connection', hint: DATABASE_CONNECTION_HINT },
  { code: 'misconfigured', only: 'server', hint: DATABASE_GRANT_HINT,
    when: (a, step) => (step === 'otp-challenge' || otpVerify(step)) && ['unauthorized_client', 'invalid_client'].includes(a.error) },
  { code: 'misconfigured', only: 'server', hint: MY_ACCOUNT_HINT,
    when: (a, step) => otpVerify(step) && a.error === 'access_denied' && /service not found|not been granted|client grant/i.test(a.description) },
  { code: 'client_authentication_required', only: 'browser',
    when: (a) => a.error === 'unauthorized_client' && /client authentication is required/i.test(a.description), hint: CLIENT_AUTHENTICATION_HINT },
  { code: 'origin_not_allowed', only: 'browser', when: (a) => a.error === 'unauthorized_client',
    hint: "Auth0 refused this page's origin. Add it to the application's Allowed Origins (CORS) and Allowed Web Origins, and turn on Cross-Origin Authentication." },
  { code: 'invalid_email', when: (a) => a.error === 'bad.email', hint: 'Auth0 refused the email address.' },
  { code: 'invalid_phone_number', when: (a) => a.error === 'bad.phone_number', hint: 'Auth0 refused the phone number.' },
  { code: 'misconfigured', only: 'server', hint: SERVER_SETUP_HINT,
    when: (a) => ['unauthorized_client', 'invalid_client'].includes(a.error) || (a.error === 'access_denied' && a.status === 401) || a.error.startsWith('bad.') },
  { code: 'misconfigured', only: 'browser', when: (a) => a.error.startsWith('bad.'),
    hint: 'Check the client-id attribute and that the passwordless connection (email or sms) exists and is enabled for this application.' },
  { code: 'third_party_cookies_blocked', only: 'browser', hint: THIRD_PARTY_COOKIE_HINT,
    when: (a) => /no verifier returned from client|unable to configure verification page/i.test(a.description) },
  // The element never calls checkSession: login_required comes back from /authorize only after a code login whose
  // Auth0 session cookie the browser did not send.
  { code: 'third_party_cookies_blocked', only: 'browser', when: (a) => a.error === 'login_required', hint: THIRD_PARTY_COOKIE_HINT },
  { code: 'link_invalid', only: 'browser', when: (a) => a.error === 'invalid_token' && /state.*does not match/i.test(a.description),
    hint: "The callback's state was not found in this browser: the link was opened in another browser or profile, after 30 minutes, " +
      'or a second time (mail scanners open links first). parseHash also fails like this if it runs twice.' },
  { code: 'invalid_response', only: 'browser', when: (a) => a.error === 'invalid_token' || a.error === 'invalid_hash',
    hint: 'The ID token in the callback failed verification. If this happens to every sign-in on one device, check that device\'s clock.' },
  { code: 'consent_required', when: (a) => a.error === 'consent_required',
    hint: 'Auth0 never skips consent for localhost redirect URIs: use a host name other than localhost, or no audience.' },
  { code: 'code_expired', when: (a) => /expired/i.test(a.description) },
  { code: 'wrong_code', when: (a) => a.error === 'invalid_grant' || /^wrong (email|phone number) or verification code/i.test(a.description) },
  { code: 'wrong_code', when: (a) => a.error === 'access_denied' && /wrong|invalid/i.test(a.description) },
  { code: 'unknown', when: (a) => a.error === 'access_denied', hint: 'Auth0 denied access (a rule or Action, or a blocked user).' },
  { code: 'misconfigured', when: (a) => a.error === 'invalid_request', hint: 'Auth0 refused the request as malformed: check the application settings.' },
  { code: 'network', only: 'browser', when: (a) => ['request_error', 'timeout'].includes(a.error) || !!a.crossDomain || (!a.error && !a.description && !a.status),
    hint: "The request did not complete: offline, or this page's origin is not in the application's Allowed Origins (CORS)." },
  { code: 'service_unavailable', hint: 'Auth0 failed.',
    when: (a) => (a.status ?? 0) >= 500 || ['server_error', 'temporarily_unavailable', 'sms_provider_error'].includes(a.error) },
];

/**
 * What Auth0's answer means, by the first row of AUTH0_ERRORS that matches on this side; `matched` is false when none
 * did (the code is then `unknown`, and each side decides what an answer it cannot read means to it).
 * @param {Auth0Answer} answer @param {{ step: Auth0Step, side: Side }} context
 * @returns {{ code: import('./error-codes.js').LoginErrorCode, hint?: string, matched: boolean }}
 */
export function classifyAuth0Error(answer, { step, side }) {
  const row = AUTH0_ERRORS.find((candidate) => (!candidate.only || candidate.only === side) && candidate.when(answer, step));
  if (!row) return { code: 'unknown', hint: 'Unexpected error.', matched: false };
  return { code: row.code === 'wrong_code' ? wrong(step) : row.code, hint: row.hint, matched: true };
}
