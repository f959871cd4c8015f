// @ts-check
// Stand-ins of the providers' verify endpoints, which a site's server calls with its secret and the widget's token.
// Each knows only the provider's documented test secrets (any other secret is `invalid-input-secret`) and answers
// with the provider's fields and error codes. A token a stand-in widget got from the emulator passes once.

/** @typedef {import('./bot-detection.js').BotDetection} BotDetection */
/** @typedef {{ secret?: string, response?: string, remoteip?: string, sitekey?: string }} VerifyFields */
/** @typedef {Record<string, unknown> & { success: boolean, 'error-codes': string[] }} VerifyAnswer */

export const TURNSTILE_SECRETS = {
  passes: '1x0000000000000000000000000000000AA',
  fails: '2x0000000000000000000000000000000AA',
  spent: '3x0000000000000000000000000000000AA',
};
export const HCAPTCHA_TEST = {
  secret: '0x0000000000000000000000000000000000000000',
  siteKey: '10000000-ffff-ffff-ffff-000000000001',
  token: '10000000-aaaa-bbbb-cccc-000000000001',
};
export const RECAPTCHA_TEST_SECRET = '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe';
const TURNSTILE_DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';
const MAX_TOKEN_LENGTH = 2048;

/** @param {string[]} codes @returns {VerifyAnswer} */
const refused = (codes) => ({ success: false, 'error-codes': codes });
/** @param {number} at @param {string} hostname @param {Record<string, unknown>} [extra] @returns {VerifyAnswer} */
const passed = (at, hostname, extra = {}) => ({ success: true, 'error-codes': [], challenge_ts: new Date(at).toISOString(), hostname, ...extra });

/**
 * The missing or unknown secret, or missing token, every provider refuses first.
 * @param {VerifyFields} f @param {string[]} secrets
 */
function basics(f, secrets) {
  /** @type {string[]} */
  const codes = [];
  if (!f.secret) codes.push('missing-input-secret');
  else if (!secrets.includes(f.secret)) codes.push('invalid-input-secret');
  if (!f.response) codes.push('missing-input-response');
  else if (f.response.length > MAX_TOKEN_LENGTH) codes.push('invalid-input-response');
  return codes;
}

/**
 * An issued token, once; then `duplicate`, or `unknown` for one never issued.
 * @param {BotDetection} bd @param {string} token @param {import('./settings.js').BotDetectionProvider} provider
 * @param {string} duplicate @param {string} unknown @param {Record<string, unknown>} [extra]
 */
function spendIssued(bd, token, provider, duplicate, unknown, extra) {
  const issued = bd.spend(token, provider);
  if (issued) return passed(issued.issuedAt, issued.hostname, extra);
  return refused([bd.wasSpent(token) ? duplicate : unknown]);
}

/**
 * Cloudflare Turnstile: 1x... passes the dummy token (every time, as documented) and issued tokens (once),
 * 2x... always fails, 3x... answers "token already spent".
 * @param {BotDetection} bd @param {VerifyFields} f @returns {VerifyAnswer}
 */
export function verifyTurnstile(bd, f) {
  const codes = basics(f, Object.values(TURNSTILE_SECRETS));
  if (codes.length) return refused(codes);
  if (f.secret === TURNSTILE_SECRETS.fails) return refused(['invalid-input-response']);
  if (f.secret === TURNSTILE_SECRETS.spent) return refused(['timeout-or-duplicate']);
  const extra = { action: '', cdata: '', metadata: { interactive: false } };
  // Cloudflare reports the dummy token as solved on example.com.
  if (f.response === TURNSTILE_DUMMY_TOKEN) return passed(bd.now(), 'example.com', extra);
  return spendIssued(bd, String(f.response), 'auth0_v2', 'timeout-or-duplicate', 'invalid-input-response', extra);
}

/**
 * hCaptcha: the test secret passes the test token only (hCaptcha: `not-using-dummy-passcode` for any other), and only
 * for the test site key when `sitekey` is sent.
 * @param {BotDetection} bd @param {VerifyFields} f @returns {VerifyAnswer}
 */
export function verifyHcaptcha(bd, f) {
  const codes = basics(f, [HCAPTCHA_TEST.secret]);
  if (f.sitekey !== undefined && f.sitekey !== HCAPTCHA_TEST.siteKey) codes.push('sitekey-secret-mismatch');
  if (codes.length) return refused(codes);
  if (f.response !== HCAPTCHA_TEST.token) return refused(['not-using-dummy-passcode']);
  return passed(bd.now(), 'dummy-key-pass', { credit: false });
}

/**
 * reCAPTCHA (v2): the test secret passes tokens the stand-in widget got from the emulator, each once (Google's test
 * key takes any token; the stand-in is stricter, so a replayed token is caught).
 * @param {BotDetection} bd @param {VerifyFields} f @returns {VerifyAnswer}
 */
export function verifyRecaptcha(bd, f) {
  const codes = basics(f, [RECAPTCHA_TEST_SECRET]);
  if (codes.length) return refused(codes);
  return spendIssued(bd, String(f.response), 'recaptcha_v2', 'timeout-or-duplicate', 'invalid-input-response');
}
