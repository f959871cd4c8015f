// @ts-check
// Configuration: types, defaults and validation that names the exact wrong key.
import { resolveBotDetection } from './bot-detection/settings.js';
import { resolveCustomDomains, resolveDatabaseConnection } from './database-connections.js';

/**
 * @typedef {object} ClientConfig
 * @property {string} client_id
 * @property {string} [client_secret] required for `regular_web`, forbidden for `spa`
 * @property {'spa'|'regular_web'} app_type
 * @property {string[]} callbacks redirect URIs (no fragments; a `*` only as Auth0's subdomain wildcard: client-urls.js)
 * @property {string[]} allowed_origins CORS origins, e.g. `http://localhost:5173`
 * @property {string[]} allowed_logout_urls exact `returnTo` URLs for /v2/logout
 * @property {boolean} [any_localhost_port] also accept any page on localhost, 127.0.0.1 or [::1], on any port, as an
 *   origin, callback and logout URL (the built-in config's; not an Auth0 setting, see client-urls.js)
 * @property {string} [name] display name (used in message texts)
 * @property {string} [cross_origin_loc] Auth0's "Cross-Origin Verification Fallback" page URL (enables /co/verify)
 * @property {string[]} [grant_types] Auth0's grant types; `refresh_token` lets the client have refresh tokens
 *   (`offline_access`), and when set, `client_credentials` must be in it for that grant
 * @property {RefreshTokenConfig} [refresh_token] Auth0's refresh token settings for the client
 */
/**
 * @typedef {object} RefreshTokenConfig
 * @property {'rotating'|'non-rotating'} [rotation_type] default non-rotating
 * @property {'expiring'|'non-expiring'} [expiration_type] default non-expiring
 * @property {number} [leeway] seconds a rotated token may still be used (default 0)
 * @property {number} [token_lifetime] absolute lifetime in seconds (default 2592000)
 * @property {number} [idle_token_lifetime] idle lifetime in seconds (default 1296000)
 * @property {boolean} [infinite_token_lifetime] no absolute lifetime (Auth0's default for expiring tokens: false)
 * @property {boolean} [infinite_idle_token_lifetime] no idle lifetime (default false)
 */
/**
 * @typedef {object} ConnectionConfig
 * @property {number} code_length digits in a one-time code (4..10)
 * @property {number} code_lifetime_seconds how long a code (and magic link) is valid
 * @property {number} max_attempts wrong tries that kill a code
 * @property {string} [link_url] where a magic link's button points (Auth0: the href in the connection's email
 *   template), with `{{ link }}` or `{{ link | url_encode }}` for Auth0's own link, e.g. a page of the site that waits
 *   for a click, `https://app.example.com/login#passwordless-link={{ link | url_encode }}` (mail scanners)
 */
/**
 * A database connection, as the Management API shows it (only what the emulator uses).
 * @typedef {object} DatabaseConnectionConfig
 * @property {'auth0'} strategy
 * @property {{ authentication_methods?: Partial<Record<import('./database-connections.js').AuthenticationMethod, { enabled?: boolean }>> }} [options]
 */
/**
 * @typedef {object} EmulatorConfig
 * @property {ClientConfig[]} clients
 * @property {ApiConfig[]} [apis] registered APIs: an `audience` that names none is refused ("Service not found")
 * @property {ClientGrantConfig[]} [client_grants] which confidential client may use client_credentials for which API
 * @property {{ email?: ConnectionConfig, sms?: ConnectionConfig, [name: string]: ConnectionConfig | DatabaseConnectionConfig | undefined }} connections the passwordless connections `email` and
 *   `sms`; any other name is a database connection `{ strategy: 'auth0', options: { authentication_methods } }`
 *   (database-connections.js), resolved into `database_connections`
 * @property {import('./database-connections.js').DatabaseConnection[]} [database_connections] (resolved only)
 * @property {import('./database-connections.js').CustomDomain[]} [custom_domains] the tenant's custom domains
 * @property {{ passwordless_start_per_ip_per_hour?: number, passwordless_verify_per_ip_per_hour?: number, failed_logins_per_user_per_ip?: number }} [rate_limits]
 * @property {number} [token_lifetime_seconds] access token lifetime (Auth0's default 86400), and the ID token's unless
 *   id_token_lifetime_seconds is set
 * @property {number} [id_token_lifetime_seconds] ID token lifetime (default token_lifetime_seconds when that is set,
 *   else Auth0's default 36000)
 * @property {number} [login_ticket_lifetime_seconds] default 60
 * @property {number} [authorization_code_lifetime_seconds] default 60
 * @property {number} [session_lifetime_seconds] emulator login session (default 86400)
 * @property {boolean} [allow_long_code_lifetime] permit code lifetimes above 600 s
 * @property {boolean} [dev_api] serve the dev API under /__emulator (outbox, clock, faults); default true
 * @property {{ passwordless?: { allow_magiclink_verify_without_session?: boolean } }} [universal_login] Auth0's tenant
 *   setting, in the Management API's words: with `allow_magiclink_verify_without_session: true` a magic link started by a
 *   server (a confidential client with its secret) can be opened; without it (Auth0's default) it is refused with
 *   "The link must be opened on the same device and browser…"
 * @property {boolean} [magic_link_interstitial] magic links answer GET with a "Continue" page and are used only by
 *   its POST, so mail scanners that fetch links (GET, HEAD, no script) cannot use them up (default false: Auth0's
 *   verify_redirect is used up by the GET itself)
 * @property {import('./bot-detection/settings.js').BotDetectionConfig} [bot_detection] Auth0 Bot Detection for
 *   passwordless flows: when /passwordless/start needs a captcha (default: never)
 * @property {VerifyRedirectAccepts} [verify_redirect_accepts] which codes GET /passwordless/verify_redirect takes:
 *   `link-issued` (default, the stricter: only codes sent by a `send: 'link'` start, bound to its authParams) or `any`
 *   (a code sent by a `send: 'code'` start too, typed by the person; real Auth0 is not yet known to accept those)
 */
/** @typedef {'link-issued'|'any'} VerifyRedirectAccepts */
/**
 * An API (Auth0's resource server, in the Management API's words).
 * @typedef {object} ApiConfig
 * @property {string} identifier the `audience` that names it
 * @property {{ value: string, description?: string }[]} [scopes] the permissions it defines (access tokens carry no others)
 * @property {number} [token_lifetime] access token lifetime in seconds (Auth0's default 86400)
 * @property {number} [token_lifetime_for_web] for tokens from the implicit and hybrid flows (default 7200, at most token_lifetime)
 * @property {'RS256'} [signing_alg] RS256 only (the emulator signs with one RSA key)
 * @property {boolean} [allow_offline_access] refresh tokens for this API (Auth0's "Allow Offline Access", default false)
 */
/**
 * Which client may use which API with client_credentials (Auth0's client grant).
 * @typedef {object} ClientGrantConfig
 * @property {string} client_id
 * @property {string} audience an `apis[].identifier`
 * @property {string[]} scope scopes of that API the client may be given
 * @property {'client'|'user'} [subject_type] `client` (default): client_credentials; `user`: tokens of signed-in users
 *   (e.g. the My Account API's), never client_credentials
 */
/**
 * @typedef {Required<Omit<EmulatorConfig, 'bot_detection' | 'universal_login' | 'connections'>> & { connections: { email?: ConnectionConfig, sms?: ConnectionConfig } } & { bot_detection: import('./bot-detection/settings.js').BotDetection } & { universal_login: { passwordless: { allow_magiclink_verify_without_session: boolean } } } & { rate_limits: { passwordless_start_per_ip_per_hour: number, passwordless_verify_per_ip_per_hour: number, failed_logins_per_user_per_ip: number } }} ResolvedConfig
 */

const CONFIG_KEYS = [
  'clients', 'connections', 'rate_limits', 'token_lifetime_seconds', 'id_token_lifetime_seconds', 'login_ticket_lifetime_seconds',
  'authorization_code_lifetime_seconds', 'session_lifetime_seconds', 'allow_long_code_lifetime', 'magic_link_interstitial', 'verify_redirect_accepts',
  'dev_api', 'bot_detection', 'apis', 'client_grants', 'universal_login', 'custom_domains', '$schema', 'comment',
];
const API_KEYS = ['identifier', 'name', 'scopes', 'token_lifetime', 'token_lifetime_for_web', 'signing_alg', 'allow_offline_access'];
const GRANT_KEYS = ['client_id', 'audience', 'scope', 'subject_type'];
const RATE_LIMIT_KEYS = ['passwordless_start_per_ip_per_hour', 'passwordless_verify_per_ip_per_hour', 'failed_logins_per_user_per_ip'];
/** @type {VerifyRedirectAccepts[]} */
export const VERIFY_REDIRECT_ACCEPTS = ['link-issued', 'any'];
const CLIENT_KEYS = ['client_id', 'client_secret', 'app_type', 'callbacks', 'allowed_origins', 'allowed_logout_urls', 'any_localhost_port', 'name', 'cross_origin_loc', 'grant_types', 'refresh_token'];
/** The passkey grant of Auth0's Passkey APIs (`/passkey/register`, `/passkey/challenge`, then `/oauth/token`). */
export const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';
/** The passwordless OTP grant (`/oauth/token` with a code, classic or with a database connection's `auth_session`). */
export const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
export const GRANT_TYPES = ['authorization_code', 'implicit', 'refresh_token', 'client_credentials', OTP_GRANT, WEBAUTHN_GRANT];
const REFRESH_KEYS = ['rotation_type', 'expiration_type', 'leeway', 'token_lifetime', 'idle_token_lifetime', 'infinite_token_lifetime', 'infinite_idle_token_lifetime'];
const CONNECTION_KEYS = ['code_length', 'code_lifetime_seconds', 'max_attempts', 'link_url'];

/** @param {string} message */
function fail(message) {
  throw new Error(`Invalid emulator config: ${message}`);
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** @param {unknown} v @param {string} path @param {number} min @param {number} max */
function checkInt(v, path, min, max) {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    fail(`${path} must be an integer from ${min} to ${max}`);
  }
}

/** @param {unknown} v @param {string} path @param {(s: string, p: string) => void} [each] */
function checkStringArray(v, path, each) {
  if (!Array.isArray(v)) fail(`${path} must be an array of strings`);
  /** @type {unknown[]} */ (v).forEach((s, i) => {
    if (typeof s !== 'string' || s === '') fail(`${path}[${i}] must be a non-empty string`);
    if (each) each(/** @type {string} */ (s), `${path}[${i}]`);
  });
}

/** @param {Record<string, unknown>} obj @param {string[]} allowed @param {string} path */
function checkKeys(obj, allowed, path) {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(`${path ? path + '.' : ''}${key} is not a known key (allowed: ${allowed.filter((k) => !k.startsWith('$') && k !== 'comment').join(', ')})`);
  }
}

/**
 * Auth0 takes `*` only in a subdomain, never in a port; the emulator takes none (its lists match exactly).
 * @param {string} s @param {string} path
 */
function refuseWildcard(s, path) {
  if (!s.includes('*')) return;
  // Auth0's one wildcard: the whole leftmost label of the host, with at least two labels after it (no `*.com`).
  const parts = /^https?:\/\/\*\.([^*/?#:@]+\.[^*/?#:@]+)(:\d+)?([^*]*)$/i.exec(s);
  if (!parts) {
    fail(`${path} must not contain wildcards except Auth0's subdomain wildcard (the whole leftmost label of the host, ` +
      'as in https://*.example.com/callback); for any port on this machine set any_localhost_port');
  }
}

/** @param {string} s @param {string} path */
function checkUrl(s, path) {
  refuseWildcard(s, path);
  let u;
  try {
    u = new URL(s);
  } catch {
    return fail(`${path} must be an absolute URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') fail(`${path} must be an http or https URL`);
  if (u.hash || s.includes('#')) fail(`${path} must not contain a fragment (#)`);
}

/** @param {string} s @param {string} path */
function checkOrigin(s, path) {
  refuseWildcard(s, path);
  let u;
  try {
    u = new URL(s);
  } catch {
    return fail(`${path} must be an origin like http://localhost:5173`);
  }
  if (u.origin !== s) fail(`${path} must be an origin like http://localhost:5173 (scheme, host and port, no path or trailing slash)`);
}

/** `universal_login: { passwordless: { allow_magiclink_verify_without_session } }`, Auth0's tenant settings. @param {unknown} u */
function checkUniversalLogin(u) {
  if (u === undefined) return;
  if (!isObject(u)) return fail('universal_login must be an object { passwordless: { allow_magiclink_verify_without_session } }');
  const o = /** @type {Record<string, unknown>} */ (u);
  checkKeys(o, ['passwordless'], 'universal_login');
  if (o.passwordless === undefined) return;
  if (!isObject(o.passwordless)) return fail('universal_login.passwordless must be an object { allow_magiclink_verify_without_session }');
  const p = /** @type {Record<string, unknown>} */ (o.passwordless);
  checkKeys(p, ['allow_magiclink_verify_without_session'], 'universal_login.passwordless');
  if (p.allow_magiclink_verify_without_session !== undefined && typeof p.allow_magiclink_verify_without_session !== 'boolean') {
    fail('universal_login.passwordless.allow_magiclink_verify_without_session must be true or false');
  }
}

/** @param {unknown} r @param {string} p */
function checkRefreshToken(r, p) {
  if (!isObject(r)) return fail(`${p} must be an object { rotation_type, expiration_type, leeway, token_lifetime, idle_token_lifetime }`);
  const o = /** @type {Record<string, unknown>} */ (r);
  checkKeys(o, REFRESH_KEYS, p);
  if (o.rotation_type !== undefined && o.rotation_type !== 'rotating' && o.rotation_type !== 'non-rotating') fail(`${p}.rotation_type must be "rotating" or "non-rotating"`);
  if (o.expiration_type !== undefined && o.expiration_type !== 'expiring' && o.expiration_type !== 'non-expiring') fail(`${p}.expiration_type must be "expiring" or "non-expiring"`);
  if (o.leeway !== undefined) checkInt(o.leeway, `${p}.leeway`, 0, 60);
  if (o.token_lifetime !== undefined) checkInt(o.token_lifetime, `${p}.token_lifetime`, 1800, 31557600);
  if (o.idle_token_lifetime !== undefined) checkInt(o.idle_token_lifetime, `${p}.idle_token_lifetime`, 1800, 31557600);
  for (const key of ['infinite_token_lifetime', 'infinite_idle_token_lifetime']) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') fail(`${p}.${key} must be true or false`);
  }
}

/**
 * `apis` and `client_grants`, in the Management API's words (resource servers and client grants).
 * @param {Record<string, unknown>} c
 */
function checkApis(c) {
  if (c.apis !== undefined && !Array.isArray(c.apis)) fail('apis must be an array');
  /** @type {Map<string, Set<string>>} */
  const apis = new Map();
  /** @type {unknown[]} */ (c.apis ?? []).forEach((api, i) => {
    const p = `apis[${i}]`;
    if (!isObject(api)) return fail(`${p} must be an object`);
    const a = /** @type {Record<string, unknown>} */ (api);
    checkKeys(a, API_KEYS, p);
    if (typeof a.identifier !== 'string' || a.identifier === '') fail(`${p}.identifier must be a non-empty string (the audience, e.g. https://api.example.com)`);
    const id = /** @type {string} */ (a.identifier);
    if (apis.has(id)) fail(`${p}.identifier ${JSON.stringify(id)} is used twice`);
    if (a.name !== undefined && typeof a.name !== 'string') fail(`${p}.name must be a string`);
    if (a.scopes !== undefined && !Array.isArray(a.scopes)) fail(`${p}.scopes must be an array of { value, description }`);
    /** @type {Set<string>} */
    const values = new Set();
    /** @type {unknown[]} */ (a.scopes ?? []).forEach((scope, j) => {
      const sp = `${p}.scopes[${j}]`;
      if (!isObject(scope)) return fail(`${sp} must be an object { value, description }`);
      const o = /** @type {Record<string, unknown>} */ (scope);
      checkKeys(o, ['value', 'description'], sp);
      if (typeof o.value !== 'string' || !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(o.value)) fail(`${sp}.value must be a scope name without spaces or quotes`);
      if (o.description !== undefined && typeof o.description !== 'string') fail(`${sp}.description must be a string`);
      values.add(/** @type {string} */ (o.value));
    });
    if (a.token_lifetime !== undefined) checkInt(a.token_lifetime, `${p}.token_lifetime`, 1, 2592000);
    if (a.token_lifetime_for_web !== undefined) checkInt(a.token_lifetime_for_web, `${p}.token_lifetime_for_web`, 1, /** @type {number} */ (a.token_lifetime ?? 86400));
    if (a.allow_offline_access !== undefined && typeof a.allow_offline_access !== 'boolean') fail(`${p}.allow_offline_access must be true or false`);
    if (a.signing_alg !== undefined && a.signing_alg !== 'RS256') fail(`${p}.signing_alg must be "RS256" (the emulator signs with one RSA key)`);
    apis.set(id, values);
  });
  if (c.client_grants !== undefined && !Array.isArray(c.client_grants)) fail('client_grants must be an array');
  const clients = Array.isArray(c.clients) ? /** @type {Record<string, unknown>[]} */ (c.clients) : [];
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {unknown[]} */ (c.client_grants ?? []).forEach((grant, i) => {
    const p = `client_grants[${i}]`;
    if (!isObject(grant)) return fail(`${p} must be an object { client_id, audience, scope }`);
    const g = /** @type {Record<string, unknown>} */ (grant);
    checkKeys(g, GRANT_KEYS, p);
    const client = clients.find((cl) => cl.client_id === g.client_id);
    if (!client) fail(`${p}.client_id ${JSON.stringify(g.client_id)} is not one of clients[].client_id`);
    else if (client.app_type !== 'regular_web') fail(`${p}.client_id ${JSON.stringify(g.client_id)} is a spa client; client_credentials needs a confidential (regular_web) client`);
    const values = apis.get(/** @type {string} */ (g.audience));
    if (typeof g.audience !== 'string' || !values) return fail(`${p}.audience ${JSON.stringify(g.audience)} is not one of apis[].identifier`);
    if (g.subject_type !== undefined && g.subject_type !== 'client' && g.subject_type !== 'user') fail(`${p}.subject_type must be "client" (client_credentials, the default) or "user" (tokens for signed-in users)`);
    const key = `${g.client_id}\n${g.audience}\n${g.subject_type ?? 'client'}`;
    if (seen.has(key)) fail(`${p} grants ${g.client_id} the API ${g.audience} a second time`);
    seen.add(key);
    checkStringArray(g.scope, `${p}.scope`, (s, sp) => {
      if (!values.has(s)) fail(`${sp} ${JSON.stringify(s)} is not a scope of the API ${g.audience} (apis[].scopes[].value)`);
    });
  });
}

/**
 * Checks a configuration and fills in defaults. Throws an Error naming the exact wrong key path.
 * @param {unknown} config
 * @returns {ResolvedConfig}
 */
export function validateConfig(config) {
  if (!isObject(config)) fail('the config must be a JSON object');
  const c = /** @type {Record<string, unknown>} */ (config);
  checkKeys(c, CONFIG_KEYS, '');
  if (!Array.isArray(c.clients) || c.clients.length === 0) fail('clients must be a non-empty array');
  const seen = new Set();
  /** @type {unknown[]} */ (c.clients).forEach((client, i) => {
    const p = `clients[${i}]`;
    if (!isObject(client)) return fail(`${p} must be an object`);
    checkKeys(client, CLIENT_KEYS, p);
    if (typeof client.client_id !== 'string' || !/^[A-Za-z0-9._~-]{1,128}$/.test(client.client_id)) {
      fail(`${p}.client_id must be a string of letters, digits, ".", "_", "~" or "-"`);
    }
    if (seen.has(client.client_id)) fail(`${p}.client_id "${client.client_id}" is used twice`);
    seen.add(client.client_id);
    if (client.app_type !== 'spa' && client.app_type !== 'regular_web') fail(`${p}.app_type must be "spa" or "regular_web"`);
    if (client.app_type === 'regular_web' && (typeof client.client_secret !== 'string' || client.client_secret.length < 8)) {
      fail(`${p}.client_secret must be a string of at least 8 characters for a regular_web client`);
    }
    if (client.app_type === 'spa' && client.client_secret !== undefined) {
      fail(`${p}.client_secret must not be set for a spa client (SPAs are public clients)`);
    }
    if (client.name !== undefined && typeof client.name !== 'string') fail(`${p}.name must be a string`);
    if (client.any_localhost_port !== undefined && typeof client.any_localhost_port !== 'boolean') fail(`${p}.any_localhost_port must be true or false`);
    if (client.cross_origin_loc !== undefined) {
      if (typeof client.cross_origin_loc !== 'string') fail(`${p}.cross_origin_loc must be a URL string`);
      checkUrl(/** @type {string} */ (client.cross_origin_loc), `${p}.cross_origin_loc`);
    }
    if (client.grant_types !== undefined) {
      checkStringArray(client.grant_types, `${p}.grant_types`, (g, gp) => {
        if (!GRANT_TYPES.includes(g)) fail(`${gp} must be one of ${GRANT_TYPES.join(', ')}`);
      });
    }
    if (client.refresh_token !== undefined) checkRefreshToken(client.refresh_token, `${p}.refresh_token`);
    checkStringArray(client.callbacks, `${p}.callbacks`, checkUrl);
    checkStringArray(client.allowed_origins ?? [], `${p}.allowed_origins`, checkOrigin);
    checkStringArray(client.allowed_logout_urls ?? [], `${p}.allowed_logout_urls`, checkUrl);
  });
  if (!isObject(c.connections)) fail('connections must be an object with "email" and/or "sms", or a database connection');
  const connections = /** @type {Record<string, unknown>} */ (c.connections);
  if (Object.keys(connections).length === 0) fail('connections must define "email" and/or "sms", or a database connection');
  const databaseConnections = Object.entries(connections)
    .filter(([name]) => name !== 'email' && name !== 'sms')
    .map(([name, conn]) => resolveDatabaseConnection(name, conn));
  const customDomains = resolveCustomDomains(c.custom_domains);
  for (const [name, conn] of Object.entries(connections).filter(([n]) => n === 'email' || n === 'sms')) {
    const p = `connections.${name}`;
    if (!isObject(conn)) fail(`${p} must be an object`);
    const cc = /** @type {Record<string, unknown>} */ (conn);
    checkKeys(cc, CONNECTION_KEYS, p);
    checkInt(cc.code_length ?? 6, `${p}.code_length`, 4, 10);
    // ASVS 6.5.5: out-of-band codes live at most 10 minutes unless overridden on purpose.
    checkInt(cc.code_lifetime_seconds ?? 180, `${p}.code_lifetime_seconds`, 1, c.allow_long_code_lifetime === true ? 86400 : 600);
    checkInt(cc.max_attempts ?? 3, `${p}.max_attempts`, 1, 100);
    if (cc.link_url !== undefined) {
      const template = cc.link_url;
      if (typeof template !== 'string' || !/\{\{\s*link(\s*\|\s*url_encode)?\s*\}\}/.test(template) || !/^https?:\/\//.test(template)) {
        fail(`${p}.link_url must be an http(s) URL containing {{ link }} or {{ link | url_encode }}`);
      }
    }
  }
  checkApis(c);
  if (c.rate_limits !== undefined) {
    if (!isObject(c.rate_limits)) fail('rate_limits must be an object');
    const r = /** @type {Record<string, unknown>} */ (c.rate_limits);
    checkKeys(r, RATE_LIMIT_KEYS, 'rate_limits');
    checkInt(r.passwordless_start_per_ip_per_hour ?? 50, 'rate_limits.passwordless_start_per_ip_per_hour', 1, 1e9);
    checkInt(r.passwordless_verify_per_ip_per_hour ?? 50, 'rate_limits.passwordless_verify_per_ip_per_hour', 1, 1e9);
    checkInt(r.failed_logins_per_user_per_ip ?? 10, 'rate_limits.failed_logins_per_user_per_ip', 1, 1e9);
  }
  checkInt(c.token_lifetime_seconds ?? 86400, 'token_lifetime_seconds', 60, 86400 * 30);
  checkInt(c.id_token_lifetime_seconds ?? 36000, 'id_token_lifetime_seconds', 60, 86400 * 30);
  checkInt(c.login_ticket_lifetime_seconds ?? 60, 'login_ticket_lifetime_seconds', 1, 600);
  checkInt(c.authorization_code_lifetime_seconds ?? 60, 'authorization_code_lifetime_seconds', 1, 600);
  checkInt(c.session_lifetime_seconds ?? 86400, 'session_lifetime_seconds', 60, 86400 * 30);
  if (c.allow_long_code_lifetime !== undefined && typeof c.allow_long_code_lifetime !== 'boolean') {
    fail('allow_long_code_lifetime must be true or false');
  }
  if (c.magic_link_interstitial !== undefined && typeof c.magic_link_interstitial !== 'boolean') {
    fail('magic_link_interstitial must be true or false');
  }
  if (c.dev_api !== undefined && typeof c.dev_api !== 'boolean') fail('dev_api must be true or false');
  checkUniversalLogin(c.universal_login);
  if (c.verify_redirect_accepts !== undefined && !VERIFY_REDIRECT_ACCEPTS.includes(/** @type {VerifyRedirectAccepts} */ (c.verify_redirect_accepts))) {
    fail(`verify_redirect_accepts must be "link-issued" (only codes sent as a magic link, the default) or "any" (typed codes from a send: "code" start too), got ${JSON.stringify(c.verify_redirect_accepts)}`);
  }
  /** @type {import('./bot-detection/settings.js').BotDetection} */
  let botDetection;
  try {
    botDetection = resolveBotDetection(c.bot_detection);
  } catch (e) {
    throw new Error(`Invalid emulator config: ${/** @type {Error} */ (e).message}`);
  }

  const cfg = /** @type {EmulatorConfig} */ (config);
  /** @type {ResolvedConfig['connections']} */
  const conns = {};
  for (const name of /** @type {('email'|'sms')[]} */ (Object.keys(cfg.connections).filter((n) => n === 'email' || n === 'sms'))) {
    const cc = cfg.connections[name] ?? /** @type {ConnectionConfig} */ ({});
    conns[name] = {
      code_length: cc.code_length ?? 6, code_lifetime_seconds: cc.code_lifetime_seconds ?? 180, max_attempts: cc.max_attempts ?? 3,
      ...(cc.link_url ? { link_url: cc.link_url } : {}),
    };
  }
  return {
    apis: (cfg.apis ?? []).map((a) => ({ ...a, scopes: a.scopes ?? [] })),
    client_grants: cfg.client_grants ?? [],
    clients: cfg.clients.map((cl) => ({ ...cl, allowed_origins: cl.allowed_origins ?? [], allowed_logout_urls: cl.allowed_logout_urls ?? [] })),
    connections: conns,
    database_connections: databaseConnections,
    custom_domains: customDomains,
    rate_limits: {
      passwordless_start_per_ip_per_hour: cfg.rate_limits?.passwordless_start_per_ip_per_hour ?? 50,
      // By default as many checks as starts: a site that raised the start limit (tests, load) needs no second key.
      passwordless_verify_per_ip_per_hour: cfg.rate_limits?.passwordless_verify_per_ip_per_hour ?? cfg.rate_limits?.passwordless_start_per_ip_per_hour ?? 50,
      failed_logins_per_user_per_ip: cfg.rate_limits?.failed_logins_per_user_per_ip ?? 10,
    },
    // Auth0's defaults: access tokens 86,400 s (an API's token_lifetime), ID tokens 36,000 s.
    token_lifetime_seconds: cfg.token_lifetime_seconds ?? 86400,
    id_token_lifetime_seconds: cfg.id_token_lifetime_seconds ?? cfg.token_lifetime_seconds ?? 36000,
    login_ticket_lifetime_seconds: cfg.login_ticket_lifetime_seconds ?? 60,
    authorization_code_lifetime_seconds: cfg.authorization_code_lifetime_seconds ?? 60,
    session_lifetime_seconds: cfg.session_lifetime_seconds ?? 86400,
    allow_long_code_lifetime: cfg.allow_long_code_lifetime ?? false,
    magic_link_interstitial: cfg.magic_link_interstitial ?? false,
    verify_redirect_accepts: cfg.verify_redirect_accepts ?? 'link-issued',
    dev_api: cfg.dev_api ?? true,
    universal_login: { passwordless: { allow_magiclink_verify_without_session: cfg.universal_login?.passwordless?.allow_magiclink_verify_without_session ?? false } },
    bot_detection: botDetection,
  };
}
