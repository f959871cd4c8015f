// @ts-check
// The human check of backend mode (the `humanCheck` option): the element renders the provider's widget and sends
// its token as the start's `captcha`; this file verifies that token with the provider, once. When the check runs
// is the throttles' policy (throttle.js); this file only says whether a token passes.
// Fail closed: a provider that cannot be reached, or answers something unreadable, is a refusal
// (503 service_unavailable), never a pass.
import { hashValue } from './crypto.js';
import { allowedOrigins } from './csrf.js';
import { onlyStoreDown, STORE_DOWN } from './failure.js';
import { log } from './log.js';

/** @typedef {import('./handler.js').Call} Call */
/** @typedef {import('./failure.js').Failure} Failure */
/** @typedef {import('../protocol/wire.js').HumanCheckProvider} HumanCheckProvider */

/** Each provider's server-side verify endpoint (all three take the same form fields). */
export const VERIFY_URLS = /** @type {const} */ ({
  turnstile: 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
  hcaptcha: 'https://api.hcaptcha.com/siteverify',
  recaptcha: 'https://www.google.com/recaptcha/api/siteverify',
});

/**
 * The longest token taken: Turnstile's are at most 2,048 characters, reCAPTCHA's and hCaptcha's somewhat longer in
 * practice; 4 KB leaves room and keeps a junk body from reaching the provider.
 */
export const MAX_TOKEN_LENGTH = 4096;
const TOKEN = /^[\x21-\x7e]+$/;

/**
 * How long a token is remembered as spent: longer than any provider keeps one valid (reCAPTCHA 2 minutes,
 * Turnstile and hCaptcha 5), so a replay is refused here even where a provider (or its test secret) would let it
 * pass twice.
 */
const SPENT_SECONDS = 600;

/**
 * The providers' documented test secrets: they answer for a fixed host name (example.com, testkey.google.com...),
 * not the page's, and pass fixed dummy tokens any number of times. With these, neither the host name nor the reuse
 * of a token is checked here. Any other secret is a real site's, and both are.
 */
const TEST_SECRETS = new Set([
  '1x0000000000000000000000000000000AA', '2x0000000000000000000000000000000AA', '3x0000000000000000000000000000000AA',
  '0x0000000000000000000000000000000000000000',
  '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe',
]);

/**
 * The providers' error codes that are no verdict on the token: the site is set up wrong (logged as an error, the
 * person cannot fix it) or the provider failed. Both are refusals (fail closed), not a wrong answer.
 */
const SETUP_ERRORS = new Set(['missing-input-secret', 'invalid-input-secret', 'sitekey-secret-mismatch', 'invalid-sitekey', 'bad-request']);
const PROVIDER_ERRORS = new Set(['internal-error']);

/**
 * The refusal of a start whose check is missing or did not pass: 400 with the code, and the start route adds
 * the widget to show (`humanCheck: { provider, siteKey }`).
 * @param {'captcha_required'|'invalid_captcha'} error @param {string} [hint]
 * @returns {Failure}
 */
function refusal(error, hint) {
  return { status: 400, error, hint };
}

/**
 * The check of one start: verifies the body's `captcha` token. Null when it passed, else the refusal.
 * @param {Call} call @param {unknown} token the body's `captcha`
 * @returns {Promise<Failure | null>}
 */
export async function verifyHumanCheck(call, token) {
  const check = call.options.humanCheck;
  if (!check) return null;
  if (token === undefined || token === null || token === '') return refusal('captcha_required');
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !TOKEN.test(token)) {
    return refusal('invalid_captcha', `captcha must be the widget's token: a string of at most ${MAX_TOKEN_LENGTH} visible ASCII characters.`);
  }
  // The providers' test secrets pass fixed dummy tokens, again and again: only real tokens are remembered.
  if (TEST_SECRETS.has(check.secret)) return askProvider(call, check, token);
  // Spent before it is asked about: two requests with one token (a replay, a double submit) ask the provider once.
  const spent = `human-check:${await hashValue(call.options, `captcha:${token}`, 16)}`;
  try {
    if (!(await call.options.store.claim(spent, '1', SPENT_SECONDS))) return refusal('invalid_captcha', 'This token was used before.');
  } catch (error) {
    onlyStoreDown(error);
    return STORE_DOWN;
  }
  const verdict = await askProvider(call, check, token);
  // The provider never judged it: the person's token is still good for another try.
  if (verdict && verdict.error === 'service_unavailable') await call.options.store.release(spent).catch(() => {});
  return verdict;
}

/**
 * POSTs the token to the provider's verify endpoint, once, with the handler's timeout.
 * @param {Call} call @param {NonNullable<import('./options.js').ResolvedOptions['humanCheck']>} check @param {string} token
 * @returns {Promise<Failure | null>}
 */
async function askProvider(call, check, token) {
  const { options } = call;
  const form = new URLSearchParams({ secret: check.secret, response: token });
  if (call.ip) form.set('remoteip', call.ip);
  if (check.provider === 'hcaptcha') form.set('sitekey', check.siteKey);
  const url = VERIFY_URLS[check.provider];
  /** @type {Record<string, unknown>} */
  let answer;
  try {
    const response = await options.fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'manual',
    });
    if (!response.ok) return unavailable(`${check.provider} answered ${response.status} at ${url}.`);
    const parsed = JSON.parse(await response.text());
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return unavailable(`${check.provider} answered something other than a JSON object.`);
    answer = parsed;
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return unavailable(timedOut ? `${check.provider} did not answer within ${options.timeoutMs} ms.` : `Could not reach ${check.provider} at ${url}, or its answer was not JSON.`);
  }
  // The provider's error codes go into the log's hint: only code-shaped ones (the log keeps fixed text).
  const codes = Array.isArray(answer['error-codes']) ? answer['error-codes'].map(String).filter((code) => /^[a-z0-9-]{1,40}$/.test(code)) : [];
  const setup = codes.find((code) => SETUP_ERRORS.has(code));
  if (setup) {
    log(options, { level: 'error', event: 'human_check', outcome: 'service_unavailable', status: 503, hint: `${check.provider} refused the site's setup (${setup}): check humanCheck.secret and siteKey.` });
    return { status: 503, error: 'service_unavailable', hint: `humanCheck: ${setup}` };
  }
  if (codes.some((code) => PROVIDER_ERRORS.has(code))) return unavailable(`${check.provider} failed (internal-error).`);
  if (answer.success !== true) return refusal('invalid_captcha', `${check.provider} refused the token${codes.length ? ` (${codes.slice(0, 3).join(', ')})` : ''}.`);
  if (!hostAllowed(call, check.secret, answer.hostname)) {
    return refusal('invalid_captcha', `${check.provider} says the token was solved on a host that is not one of allowedOrigins.`);
  }
  return null;
}

/**
 * Whether the host name the provider says the widget was solved on is one of this handler's allowed origins'
 * (by default the request's own). All three providers return it; a token solved on another site that shares the
 * site key (a key allowed on several domains, or one copied to an attacker's page on a host the key allows) is
 * refused. Not compared when the provider does not return it, nor for the providers' test secrets.
 * @param {Call} call @param {string} secret @param {unknown} hostname
 */
function hostAllowed(call, secret, hostname) {
  if (hostname === undefined || TEST_SECRETS.has(secret)) return true;
  if (typeof hostname !== 'string') return false;
  const hosts = allowedOrigins(call.options, call.request).map((origin) => new URL(origin).hostname);
  return hosts.includes(hostname.toLowerCase());
}

/** @param {string} hint @returns {Failure} */
function unavailable(hint) {
  return { status: 503, error: 'service_unavailable', hint: `The human check could not be verified, so the start was refused (fail closed). ${hint}` };
}
