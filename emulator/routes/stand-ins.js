// @ts-check
// The captcha providers' stand-ins, at their real URL with `https://` replaced by `{emulator}/__emulator/stand-ins/`:
// each provider's browser script (GET, a classic script any page may load) and each verify endpoint (POST, what a
// site's server calls), plus the token the stand-in widgets get when a provider has no documented test token.
import { readFileSync } from 'node:fs';
import { json, jsonError, parseBody } from '../http.js';
import { BOT_DETECTION_PROVIDERS } from '../bot-detection/settings.js';
import { verifyHcaptcha, verifyRecaptcha, verifyTurnstile } from '../bot-detection/siteverify.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../http.js').Reply} Reply */

export const STAND_INS_PREFIX = '/__emulator/stand-ins/';

/** @param {string} name */
const source = (name) => readFileSync(new URL(`../stand-ins/${name}`, import.meta.url), 'utf8');
const COMMON = source('common.js');
/** One classic script: the shared helpers and the provider's file, inside a function (nothing leaks but the API). */
const script = (/** @type {string} */ name) => `(function () {\n'use strict';\n${COMMON}\n${source(name)}\n})();\n`;
const SCRIPTS = {
  turnstile: script('turnstile.js'),
  recaptcha: script('recaptcha.js'),
  hcaptcha: script('hcaptcha.js'),
  friendly: script('friendly-captcha.js'),
  arkose: script('arkose.js'),
};

/** Where each script lives, as a path after the prefix (hosts and paths of the real ones). */
const SCRIPT_PATHS = /** @type {[RegExp, keyof typeof SCRIPTS][]} */ ([
  [/^challenges\.cloudflare\.com\/turnstile\/v0\/api\.js$/, 'turnstile'],
  [/^(www\.recaptcha\.net|www\.google\.com)\/recaptcha\/(api|enterprise)\.js$/, 'recaptcha'],
  [/^js\.hcaptcha\.com\/1\/api\.js$/, 'hcaptcha'],
  [/^cdn\.jsdelivr\.net\/npm\/friendly-challenge@[0-9.]+\/widget(\.min)?\.js$/, 'friendly'],
  [/^[a-z0-9-]+\.arkoselabs\.com\/v2\/[A-Za-z0-9_-]+\/api\.js$/, 'arkose'],
]);

const VERIFY_PATHS = /** @type {[RegExp, typeof verifyTurnstile, boolean][]} */ ([
  // [path, check, takes JSON too]: Turnstile documents JSON and form bodies, hCaptcha and Google form bodies only.
  [/^challenges\.cloudflare\.com\/turnstile\/v0\/siteverify$/, verifyTurnstile, true],
  [/^(api\.)?hcaptcha\.com\/siteverify$/, verifyHcaptcha, false],
  [/^(www\.google\.com|www\.recaptcha\.net)\/recaptcha\/api\/siteverify$/, verifyRecaptcha, false],
]);

/** Headers that let any page load a stand-in as a classic script (even under COEP), never with credentials. */
const SCRIPT_HEADERS = {
  'content-type': 'text/javascript; charset=utf-8',
  'cache-control': 'no-cache',
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
};
const SITE_KEY = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * @param {Ctx} ctx @param {Req} req @param {Record<string, string>} cors the dev API's CORS headers
 * @returns {Reply|undefined} undefined when no stand-in matches
 */
export function standIns(ctx, req, cors) {
  const rest = req.path.slice(STAND_INS_PREFIX.length);
  if (req.method === 'GET') {
    const found = SCRIPT_PATHS.find(([pattern]) => pattern.test(rest));
    return found ? { status: 200, headers: SCRIPT_HEADERS, body: SCRIPTS[found[1]] } : undefined;
  }
  if (req.method !== 'POST') return undefined;
  if (rest === 'token') return issueToken(ctx, req, cors);
  const verify = VERIFY_PATHS.find(([pattern]) => pattern.test(rest));
  if (!verify) return undefined;
  const [, check, takesJson] = verify;
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' && !takesJson) return json(200, { success: false, 'error-codes': ['bad-request'] });
  // An empty body is fine: Google also reads the fields from the query string.
  const parsed = req.body.length === 0 ? { ok: /** @type {const} */ (true), data: /** @type {Record<string, unknown>} */ ({}) }
    : parseBody(req, { form: true, error: () => json(200, { success: false, 'error-codes': ['bad-request'] }) });
  if (!parsed.ok) return parsed.reply;
  const field = (/** @type {string} */ name) => {
    const v = parsed.data[name] ?? req.query.get(name) ?? undefined;
    return typeof v === 'string' ? v : undefined;
  };
  return json(200, check(ctx.botDetection, { secret: field('secret'), response: field('response'), remoteip: field('remoteip'), sitekey: field('sitekey') }));
}

/**
 * POST /__emulator/stand-ins/token `{ provider, sitekey }` → 201 `{ token }`: what a stand-in widget gets when it is
 * solved and its provider has no documented test token (or the site key is not a test key). Good once, for 5 minutes.
 * @param {Ctx} ctx @param {Req} req @param {Record<string, string>} cors
 */
function issueToken(ctx, req, cors) {
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'invalid_request', d, cors) });
  if (!parsed.ok) return parsed.reply;
  const { provider, sitekey } = parsed.data;
  const providers = BOT_DETECTION_PROVIDERS.filter((p) => p !== 'auth0');
  if (!providers.includes(/** @type {typeof providers[number]} */ (provider))) {
    return jsonError(400, 'invalid_request', `provider must be one of ${providers.join(', ')}`, cors);
  }
  if (typeof sitekey !== 'string' || !SITE_KEY.test(sitekey)) return jsonError(400, 'invalid_request', 'sitekey must be 1 to 100 letters, digits, "_" or "-"', cors);
  let hostname = 'localhost';
  try {
    if (req.origin) hostname = new URL(req.origin).hostname;
  } catch {
    // an opaque origin ("null"): keep localhost
  }
  const token = ctx.botDetection.issue(/** @type {typeof providers[number]} */ (provider), sitekey, hostname);
  return json(201, { token }, cors);
}
