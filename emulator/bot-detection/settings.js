// @ts-check
// The `bot_detection` setting: Auth0's Attack Protection > Bot Detection for passwordless flows, per tenant.
// Validated here for both the config file and PUT /__emulator/bot-detection; messages name the exact key.

/** Auth0's provider names, as /passwordless/challenge answers them (auth0-js web-auth/captcha.js). */
export const BOT_DETECTION_PROVIDERS = /** @type {const} */ ([
  'auth0', 'auth0_v2', 'recaptcha_v2', 'recaptcha_enterprise', 'hcaptcha', 'friendly_captcha', 'arkose',
]);
/** @typedef {(typeof BOT_DETECTION_PROVIDERS)[number]} BotDetectionProvider */
/** `after_failures` stands in for Auth0's "When Risky": an IP that failed recently is risky. */
export const BOT_DETECTION_REQUIRED = /** @type {const} */ (['never', 'always', 'after_failures']);
/** @typedef {(typeof BOT_DETECTION_REQUIRED)[number]} BotDetectionRequired */

/**
 * The site key each third-party provider gets when none is configured: the provider's documented test key where
 * there is one (Turnstile "always passes", hCaptcha's test key, reCAPTCHA v2's test key, which Google documents for v2
 * only: Enterprise has no public one). Friendly Captcha and Arkose document none: the values are the emulator's own.
 * @type {Record<Exclude<BotDetectionProvider, 'auth0'>, string>}
 */
export const DEFAULT_SITE_KEYS = {
  auth0_v2: '1x00000000000000000000AA',
  recaptcha_v2: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
  recaptcha_enterprise: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
  hcaptcha: '10000000-ffff-ffff-ffff-000000000001',
  friendly_captcha: 'FCSTANDIN0000000',
  arkose: '00000000-0000-0000-0000-000000000000',
};
export const DEFAULT_ARKOSE_SUBDOMAIN = 'client-api';
export const DEFAULT_FAILURES_BEFORE_CHALLENGE = 3;

/**
 * @typedef {object} BotDetectionConfig what the config file (and the dev API's PUT) take
 * @property {BotDetectionProvider} [provider] required unless `required` is `never`
 * @property {BotDetectionRequired} required
 * @property {string} [site_key] third-party providers only; default DEFAULT_SITE_KEYS
 * @property {number} [failures_before_challenge] for `after_failures`: failures of one IP within an hour (default 3)
 * @property {string} [client_subdomain] arkose only: the `{sub}.arkoselabs.com` of its script (default client-api)
 */
/**
 * @typedef {object} BotDetection the resolved setting
 * @property {BotDetectionProvider} provider
 * @property {BotDetectionRequired} required
 * @property {string} [site_key]
 * @property {number} failures_before_challenge
 * @property {string} [client_subdomain]
 */

const KEYS = ['provider', 'required', 'site_key', 'failures_before_challenge', 'client_subdomain'];
// Site keys end up in script URLs and attributes: letters, digits, "_" and "-" are all the real ones use.
const SITE_KEY = /^[A-Za-z0-9_-]{1,100}$/;
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Off: what a tenant without the setting has. @type {BotDetection} */
export const BOT_DETECTION_OFF = { provider: 'auth0', required: 'never', failures_before_challenge: DEFAULT_FAILURES_BEFORE_CHALLENGE };

/**
 * Checks a `bot_detection` value and fills in defaults. Throws an Error whose message names the wrong key.
 * @param {unknown} value @param {string} [path]
 * @returns {BotDetection}
 */
export function resolveBotDetection(value, path = 'bot_detection') {
  const fail = (/** @type {string} */ message) => { throw new Error(`${path}${message}`); };
  if (value === undefined) return { ...BOT_DETECTION_OFF };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(' must be an object like { "provider": "auth0", "required": "always" }');
  const v = /** @type {Record<string, unknown>} */ (value);
  for (const key of Object.keys(v)) if (!KEYS.includes(key)) fail(`.${key} is not a known key (allowed: ${KEYS.join(', ')})`);
  const required = /** @type {BotDetectionRequired} */ (v.required);
  if (!BOT_DETECTION_REQUIRED.includes(required)) fail(`.required must be one of ${BOT_DETECTION_REQUIRED.map((r) => `"${r}"`).join(', ')}, got ${describe(v.required)}`);
  if (v.provider === undefined && required === 'never') return { ...BOT_DETECTION_OFF, ...failures(v, fail) };
  const provider = /** @type {BotDetectionProvider} */ (v.provider);
  if (!BOT_DETECTION_PROVIDERS.includes(provider)) fail(`.provider must be one of ${BOT_DETECTION_PROVIDERS.map((p) => `"${p}"`).join(', ')}, got ${describe(v.provider)}`);
  /** @type {BotDetection} */
  const out = { provider, required, ...failures(v, fail) };
  if (provider === 'auth0') {
    if (v.site_key !== undefined) fail('.site_key is not used by the "auth0" provider (it draws its own picture): remove it');
  } else {
    if (v.site_key !== undefined && (typeof v.site_key !== 'string' || !SITE_KEY.test(v.site_key))) fail('.site_key must be 1 to 100 letters, digits, "_" or "-"');
    out.site_key = /** @type {string|undefined} */ (v.site_key) ?? DEFAULT_SITE_KEYS[provider];
  }
  if (provider === 'arkose') {
    if (v.client_subdomain !== undefined && (typeof v.client_subdomain !== 'string' || !SUBDOMAIN.test(v.client_subdomain))) {
      fail('.client_subdomain must be one DNS label (lowercase letters, digits and "-"), e.g. "client-api"');
    }
    out.client_subdomain = /** @type {string|undefined} */ (v.client_subdomain) ?? DEFAULT_ARKOSE_SUBDOMAIN;
  } else if (v.client_subdomain !== undefined) fail('.client_subdomain is for the "arkose" provider only');
  return out;
}

/** @param {Record<string, unknown>} v @param {(m: string) => never} fail */
function failures(v, fail) {
  const n = v.failures_before_challenge ?? DEFAULT_FAILURES_BEFORE_CHALLENGE;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 1000) fail('.failures_before_challenge must be an integer from 1 to 1000');
  return { failures_before_challenge: /** @type {number} */ (n) };
}

/** A short, safe description of a wrong value for a message (never the value itself when it is long). @param {unknown} v */
function describe(v) {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return /^[\w.-]{1,40}$/.test(v) ? JSON.stringify(v) : 'another string';
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v;
}
