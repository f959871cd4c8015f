// @ts-check
// The handler's options: the public typedef, defaults, and checks that fail loudly at creation.
import { memoryStore } from './store.js';
import { LOOPBACK_HOSTS } from './request.js';
import { DOTLESS_DOMAINS } from './throttle-key.js';
import { safeReturnPath } from './return-path.js';
import { MAX_SESSION_SECONDS } from './session.js';
import { getCountries } from 'libphonenumber-js/min';
import { HUMAN_CHECK_PROVIDERS } from '../protocol/wire.js';
import { isSiteKey } from '../protocol/human-check.js';

/**
 * @typedef {object} RateLimit
 * @property {number} max requests allowed in the window
 * @property {number} windowSeconds length of the window
 */

/**
 * The throttles (the model is in server/README.md, "Throttles"). Keys are per person (one inbox or phone), per
 * client address (hashed), or both.
 * @typedef {object} RateLimits
 * @property {RateLimit} perIdentifier starts for one person from one address (default 4 per 15 min)
 * @property {RateLimit} perIdentifierFromAnyone starts for one person from anyone: the spacing between messages,
 *   and the longest others can hold a person's next message back (default 1 per 30 s)
 * @property {RateLimit} perIp starts from one address (default 20 per hour)
 * @property {RateLimit} perPhoneRange text-message starts to one range of 1,000 numbers (the E.164 number without
 *   its last 3 digits), from anyone (default 10 per hour)
 * @property {RateLimit} global starts in all (default 1000 per hour)
 * @property {RateLimit} verifyPerIdentifierAndIp codes Auth0 refused for one person from one address (default 5 per 15 min)
 * @property {RateLimit} verifyPerIdentifier codes Auth0 refused for one person from anyone (default 10 per 15 min)
 * @property {RateLimit} verifyPerIp codes Auth0 refused from one address (default 30 per hour)
 * @property {RateLimit} verifyPerFreshCode after the person's ceiling is reached: refused tries of a code sent
 *   since then to the browser that asked for it (default 3 per 15 min)
 * @property {RateLimit} passkeyPerIp calls to the passkey routes from one address (default 300 per 15 min: the field's autofill asks a challenge per page view, and one office or carrier address is many people; a challenge sends nothing)
 * @property {RateLimit} passkeyRegisterPerIdentifier passkey sign-up challenges for one email or phone number, from
 *   anyone (default 5 per 15 min)
 */

/**
 * Passkeys through Auth0's Passkey APIs (server/README.md, "Passkeys"). `true` takes every default.
 * @typedef {object} PasskeysOption
 * @property {string} [connection] the database connection (Auth0's `realm`); default: `databaseConnection` if set,
 *   else none (Auth0 then uses the application's default directory)
 * @property {boolean} [signup] new people may sign up with a passkey (default false)
 * @property {boolean} [create] a signed-in person may add a passkey through the My Account API; default true when
 *   codes are on a database connection (`databaseConnection`), and only allowed then
 */
/** @typedef {{ connection: string|undefined, signup: boolean, create: boolean }} ResolvedPasskeys */

/**
 * A human check before a start is sent (backend mode): the provider's widget in the element, its token verified here.
 * @typedef {object} HumanCheckOption
 * @property {import('../protocol/wire.js').HumanCheckProvider} provider `turnstile`, `hcaptcha` or `recaptcha` (v2)
 * @property {string} siteKey the public key the widget is rendered with (sent to the browser): letters, digits, "_"
 *   and "-", at most 128 (protocol/human-check.js isSiteKey: the element renders no other)
 * @property {string} secret the secret the token is verified with (never leaves the server)
 * @property {'always'|'after_failures'} [required] `always` (the default): every start; `after_failures`: only
 *   starts from an address or for a person that starts were refused for lately (server/README.md, "Human check")
 */

/**
 * @typedef {object} LogEntry One allow-listed log record. It never holds a code, secret, token or full identifier.
 * @property {'info'|'warn'|'error'} level
 * @property {string} event e.g. `start`, `verify`, `callback`, `csrf`, `throttle`, `auth0`
 * @property {string} [outcome] e.g. `ok` or an error code from LOGIN_ERROR_CODES
 * @property {number} [status] the HTTP status answered
 * @property {string} [connection] `email` or `sms`
 * @property {string} [identifier] a keyed hash of the identifier (12 hex characters)
 * @property {string} [auth0Error] Auth0's error code (never its description)
 * @property {number} [auth0Status]
 * @property {string} [auth0RequestId]
 * @property {string} [hint] a fixed, developer-facing explanation
 */

/**
 * @typedef {object} PasswordlessHandlerOptions
 * @property {string} domain Auth0 domain (`example.eu.auth0.com`, a custom domain) or a full origin such as
 *   `http://localhost:4400` for the emulator. The issuer is `https://domain/` or `origin/`.
 * @property {string} clientId the Regular Web Application's client ID
 * @property {string} clientSecret its client secret; never leaves the server
 * @property {string} sessionSecret at least 32 characters; encrypts the session and start cookies
 * @property {string} [basePath] where the handler is mounted (default `/auth/passwordless`)
 * @property {string} [callbackUrl] absolute URL of `{basePath}/callback`; required when `send` is `link`
 * @property {string} [loginUrl] where people go after a link that cannot be used here, and the default
 *   page a link returns to (default `/`)
 * @property {string} [scope] default `openid profile email`
 * @property {string} [audience] an API identifier, if the access token is for an API
 * @property {string[]} [allowedOrigins] origins allowed to call the handler (default: the request's own origin)
 * @property {('email'|'sms')[]} [connections] default `['email', 'sms']`
 * @property {'code'|'link'} [send] what Auth0 sends; fixed on the server (default `code`)
 * @property {Partial<RateLimits>} [rateLimits] each a `{ max, windowSeconds }`; see RateLimits for the defaults
 * @property {string[]} [dotInsensitiveDomains] email domains, besides gmail.com and googlemail.com, where dots
 *   in the local part reach the same inbox (counted as one person by the throttles; what is sent is unchanged)
 * @property {import('./store.js').PasswordlessStore} [store] where the throttles and the Idempotency-Key window
 *   are kept: `memoryStore()` (the default, one instance) or `redisStore(client)` (several instances)
 * @property {false} [verifyWithoutStore] removed: sessions live in the store, so no sign-in can finish without
 *   it (setting it to true throws)
 * @property {boolean|number} [trustProxy] trust X-Forwarded-For, X-Forwarded-Proto and X-Forwarded-Host from this
 *   many proxy hops (true = 1): the client IP, and the scheme and host the browser used (behind a TLS-terminating
 *   proxy, what makes the origin check, `Secure` and `__Host-` right). Without it, forwarded headers change
 *   nothing, and the client address is the socket's. That address goes to Auth0 as `auth0-forwarded-for`.
 * @property {{ name?: string, secure?: boolean|'auto', sameSite?: 'Lax'|'Strict' }} [cookie]
 *   name: the session cookie's name on https, starting with `__Host-` (default `__Host-passwordless`; plain http
 *   on localhost always uses `passwordless_session`); secure `auto` = not http on a loopback host
 * @property {number} [sessionMaxAgeSeconds] absolute session lifetime, whole seconds (default 8 hours)
 * @property {number} [sessionIdleSeconds] a session ends after this long without a read (default 1 hour)
 * @property {number} [timeoutMs] per call to Auth0 (default 10 000)
 * @property {typeof fetch} [fetch] injectable fetch (tests, proxies)
 * @property {(entry: LogEntry) => void} [log] receives allow-listed entries; default prints warnings and
 *   errors with console.warn
 * @property {number} [linkLifetimeSeconds] the link lifetime set on the Auth0 passwordless connection (whole
 *   seconds); the handler's pages name it ("links work for 3 minutes"). Without it they say "a few minutes"
 * @property {string} [pageStylesheet] a stylesheet on this site (a path, e.g. `/theme.css`) for the handler's pages
 * @property {Record<string, string>} [pageTheme] values for the element's custom properties on the handler's pages,
 *   e.g. `{ '--passwordless-accent-color': '#0a7' }`
 * @property {HumanCheckOption} [humanCheck] a Turnstile, hCaptcha or reCAPTCHA check before a start is sent
 * @property {string[]} [smsCountries] ISO 3166 alpha-2 codes (e.g. `['GB', 'IE']`): text messages go only to
 *   numbers of these countries; others are refused with `country_not_allowed` before anything is sent
 * @property {string} [databaseConnection] the name of an Auth0 database connection (`strategy: 'auth0'`) with
 *   `email_otp`/`phone_otp` on: codes are sent and checked through it (`/otp/challenge` and `auth_session`) instead
 *   of the classic `email`/`sms` connections, so a person is one `auth0|…` user who can also hold a passkey. Codes
 *   only: `send: 'link'` sends codes (server/README.md, "Codes on a database connection")
 * @property {boolean} [databaseSignup] with `databaseConnection`: a person the connection does not know is signed up
 *   by their first code (`allow_signup`; default false: they get the same answer, and no message)
 * @property {PhoneDelivery | PhoneDelivery[]} [phoneDelivery] with `databaseConnection`: how phone codes go,
 *   `'text'` (default) or `'voice'`; a list allows each (the start body's `delivery` chooses), its first the default
 * @property {boolean | PasskeysOption} [passkeys] sign in (and up, and add) with passkeys; off by default; with `databaseConnection`, `create` (its default there) also makes a code sign-in's access token one for the My Account API
 */
/** @typedef {import('../protocol/wire.js').PhoneDelivery} PhoneDelivery */
/**
 * Codes on a database connection, resolved.
 * @typedef {object} DatabaseCodes
 * @property {string} connection
 * @property {boolean} signup
 * @property {readonly PhoneDelivery[]} delivery allowed deliveries, the first the default
 * @property {string[]} notes warnings for the log at creation (handler.js)
 */

/**
 * @typedef {object} ResolvedOptions
 * @property {string} origin the Auth0 origin, no trailing slash
 * @property {string} issuer
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {string} sessionSecret
 * @property {string} basePath
 * @property {string|undefined} callbackUrl
 * @property {string} loginUrl
 * @property {string} scope
 * @property {string|undefined} audience
 * @property {string[]|undefined} allowedOrigins
 * @property {('email'|'sms')[]} connections
 * @property {'code'|'link'} send
 * @property {RateLimits} rateLimits
 * @property {readonly string[]} dotInsensitiveDomains
 * @property {import('./store.js').PasswordlessStore} store
 * @property {number} trustProxy hops; 0 = do not trust
 * @property {{ name: string|undefined, secure: boolean|'auto', sameSite: 'Lax'|'Strict' }} cookie
 * @property {number} sessionMaxAgeSeconds
 * @property {number} sessionIdleSeconds
 * @property {number} timeoutMs
 * @property {typeof fetch} fetch
 * @property {(entry: LogEntry) => void} log
 * @property {number|undefined} linkLifetimeSeconds
 * @property {string|undefined} pageStylesheet
 * @property {[string, string][]} pageTheme checked name and value pairs
 * @property {Required<HumanCheckOption>|null} humanCheck
 * @property {readonly string[]|null} smsCountries upper case, no repeats; null: any country
 * @property {DatabaseCodes|null} databaseCodes codes through a database connection, or null: the classic connections
 * @property {ResolvedPasskeys|null} passkeys null: the passkey routes answer 404
 */

/** @param {string} message */
function fail(message) {
  return new TypeError(`passwordless-login/server: ${message}`);
}

/**
 * `example.auth0.com` → https://example.auth0.com; `http://localhost:4400/` → http://localhost:4400.
 * @param {string} domain
 */
export function auth0Origin(domain) {
  if (typeof domain !== 'string' || !domain.trim()) throw fail('`domain` is required (your Auth0 domain, e.g. example.eu.auth0.com).');
  const raw = domain.trim();
  // Another scheme (ftp://tenant…) would otherwise become the host "ftp" under https.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !/^https?:\/\//i.test(raw)) throw fail(`\`domain\` must be a domain or an https origin: ${raw}`);
  let url;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw fail(`\`domain\` is not a valid domain or origin: ${raw}`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) throw fail('`domain` must use https (http is allowed only on localhost, for the emulator).');
  return url.origin;
}

/** @param {unknown} value @param {RateLimit} fallback @param {string} name @returns {RateLimit} */
function rateLimit(value, fallback, name) {
  if (value === undefined) return fallback;
  const v = /** @type {Partial<RateLimit>} */ (value);
  const max = v.max ?? fallback.max;
  const windowSeconds = v.windowSeconds ?? fallback.windowSeconds;
  // Whole seconds: rate-limiter-flexible rounds a window down, and a Redis key with no whole second never expires.
  if (!(Number.isSafeInteger(max) && max > 0 && Number.isInteger(windowSeconds) && windowSeconds >= 1)) {
    throw fail(`rateLimits.${name} needs a positive integer max and a whole number of seconds (at least 1) in windowSeconds.`);
  }
  return { max, windowSeconds };
}

/**
 * Kept on globalThis: a bundler may give each of its bundles its own copy of this module (Next.js builds its route
 * handlers and its pages apart), and they must still share the process's stores.
 * @type {Map<string, import('./store.js').PasswordlessStore>}
 */
const defaultStores = /** @type {any} */ (globalThis)[Symbol.for('passwordless-login.default-stores')] ??= new Map();

/**
 * Without a `store`, handlers (and getSession calls) for the same tenant, application and sessionSecret in this
 * process share one memory store: a code handler and a link handler then count together and see each other's
 * sessions, an options object copied for getSession finds the session, and so does a copy of this module.
 * @param {string} origin @param {string} clientId @param {string} sessionSecret
 */
function defaultStore(origin, clientId, sessionSecret) {
  const key = JSON.stringify([origin, clientId, sessionSecret]);
  let store = defaultStores.get(key);
  if (!store) defaultStores.set(key, (store = memoryStore()));
  return store;
}

/** The element's public custom properties (its JSDoc's @cssproperty list, in that order): the ones `pageTheme` may set. */
export const THEME_PROPERTIES = [
  '--passwordless-font-family', '--passwordless-font-size', '--passwordless-text-color', '--passwordless-muted-color',
  '--passwordless-background', '--passwordless-border-color', '--passwordless-accent-color', '--passwordless-on-accent-color',
  '--passwordless-danger-color', '--passwordless-radius', '--passwordless-spacing', '--passwordless-focus-color',
  '--passwordless-focus-ring', '--passwordless-max-width',
];
/** Colours, lengths, font names and these functions only: nothing that loads (url(), image-set()) or escapes. */
const THEME_VALUE = /^[\p{L}\p{N} #%.,+*/()'"_-]{1,200}$/u;
const THEME_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'light-dark', 'calc', 'min', 'max', 'clamp', 'var']);

/**
 * True when a custom property value cannot leave its declaration or load anything: allowed characters only (no
 * `;`, `{`, `}`, `<`, `\`, `!`, `@`), no comment, balanced quotes and parentheses, and only the functions above.
 * @param {unknown} value @returns {value is string}
 */
function safeThemeValue(value) {
  if (typeof value !== 'string' || !THEME_VALUE.test(value) || !value.trim() || value.includes('/*')) return false;
  if (!/^(?:[^'"]|'[^']*'|"[^"]*")*$/.test(value)) return false;
  const unquoted = value.replace(/'[^']*'|"[^"]*"/g, "''");
  let depth = 0;
  for (const c of unquoted) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  const functions = [...unquoted.matchAll(/([\p{L}\p{N}_-]*)\(/gu)].map((m) => m[1].toLowerCase());
  return depth === 0 && functions.every((name) => THEME_FUNCTIONS.has(name));
}

/** @param {unknown} theme @returns {[string, string][]} */
function checkedTheme(theme) {
  if (theme === undefined) return [];
  if (!theme || typeof theme !== 'object' || Array.isArray(theme)) throw fail('`pageTheme` must be an object of custom properties, e.g. { \'--passwordless-accent-color\': \'#0a7\' }.');
  return Object.entries(theme).map(([name, value]) => {
    if (!THEME_PROPERTIES.includes(name)) throw fail(`\`pageTheme\` sets ${name}, which is not one of the element's custom properties: ${THEME_PROPERTIES.join(', ')}.`);
    if (!safeThemeValue(value)) {
      throw fail(`\`pageTheme\` ${name} must be a plain CSS value (a colour, length or font list; no url(), ;, {, }, <, \\, ! or comments).`);
    }
    return [name, value.trim()];
  });
}

/** A secret key: visible ASCII, bounded (real ones are under 100 characters). */
const SECRET = /^[\x21-\x7e]{1,200}$/;

/** @param {unknown} value @returns {Required<HumanCheckOption>|null} */
function checkedHumanCheck(value) {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw fail("`humanCheck` must be an object: { provider: 'turnstile', siteKey, secret }.");
  const check = /** @type {Record<string, unknown>} */ (value);
  const provider = check.provider;
  if (!(/** @type {readonly unknown[]} */ (HUMAN_CHECK_PROVIDERS)).includes(provider)) {
    throw fail(`\`humanCheck.provider\` must be one of ${HUMAN_CHECK_PROVIDERS.map((p) => `'${p}'`).join(', ')}.`);
  }
  if (!isSiteKey(check.siteKey)) {
    throw fail('`humanCheck.siteKey` must be the provider\'s site key (the public one the widget shows): 1 to 128 letters, digits, "_" or "-", as every provider\'s are (the element renders no other).');
  }
  if (typeof check.secret !== 'string' || !SECRET.test(check.secret)) throw fail("`humanCheck.secret` must be the provider's secret key (kept on the server).");
  if (check.secret === check.siteKey) throw fail('`humanCheck.secret` must be the secret key, not the site key.');
  const required = check.required ?? 'always';
  if (required !== 'always' && required !== 'after_failures') throw fail("`humanCheck.required` must be 'always' or 'after_failures'.");
  return { provider: /** @type {Required<HumanCheckOption>['provider']} */ (provider), siteKey: check.siteKey, secret: check.secret, required };
}

/** @param {unknown} value @param {readonly string[]} connections @returns {readonly string[]|null} */
function checkedCountries(value, connections) {
  if (value === undefined || value === null) return null;
  const known = new Set(/** @type {string[]} */ (getCountries()));
  if (!Array.isArray(value) || value.length === 0 || value.some((c) => typeof c !== 'string' || !known.has(c.toUpperCase()))) {
    const wrong = Array.isArray(value) ? value.filter((c) => typeof c !== 'string' || !known.has(c.toUpperCase())) : [];
    throw fail(`\`smsCountries\` must be a non-empty list of ISO 3166 alpha-2 country codes, e.g. ['GB', 'IE']${wrong.length ? `; unknown: ${wrong.map(String).join(', ')}` : ''}.`);
  }
  if (!connections.includes('sms')) throw fail("`smsCountries` is set but `connections` has no 'sms'.");
  return Object.freeze([...new Set(value.map((c) => c.toUpperCase()))]);
}

/** A database connection's name as Auth0 allows it (the My Account API's pattern, and the default one's). */
const CONNECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/**
 * The database-connection options (databaseConnection, databaseSignup, phoneDelivery) checked together.
 * @param {PasswordlessHandlerOptions} options @returns {DatabaseCodes|null}
 */
function checkedDatabaseCodes(options) {
  const { databaseConnection: name, databaseSignup, phoneDelivery } = options;
  /** @type {PhoneDelivery[]} */
  const raw = phoneDelivery === undefined ? ['text'] : Array.isArray(phoneDelivery) ? phoneDelivery : [phoneDelivery];
  if (raw.length === 0 || raw.some((d) => d !== 'text' && d !== 'voice') || new Set(raw).size !== raw.length) {
    throw fail("`phoneDelivery` must be 'text', 'voice' or a list of them, e.g. ['text', 'voice'] (the first is the default).");
  }
  if (name === undefined) {
    if (databaseSignup !== undefined) throw fail('`databaseSignup` needs `databaseConnection` (sign-ups by code happen on a database connection).');
    // The classic `sms` connection (/passwordless/start) has no voice: only /otp/challenge on a database connection does.
    if (raw.includes('voice')) throw fail("`phoneDelivery: 'voice'` needs `databaseConnection`: the classic sms connection sends text messages only.");
    return null;
  }
  if (typeof name !== 'string' || !CONNECTION_NAME.test(name)) {
    throw fail('`databaseConnection` must be the name of an Auth0 database connection, e.g. \'Username-Password-Authentication\'.');
  }
  if (databaseSignup !== undefined && typeof databaseSignup !== 'boolean') throw fail('`databaseSignup` must be true or false.');
  /** @type {string[]} */
  const notes = [];
  if (options.send === 'link') notes.push("`send: 'link'` is ignored with `databaseConnection`: a database connection sends codes only.");
  const passkeys = options.passkeys;
  // As checkedPasskeys reads it: opt-in.
  const create = typeof passkeys === 'object' && passkeys !== null && passkeys.create === true;
  if (create && options.audience) {
    notes.push('Passkey creation after a code sign-in needs a My Account API token, and the `audience` option takes the one token a sign-in gets: ' +
      "remove `audience`, or get the My Account token with Auth0's Multi-Resource Refresh Token. Until then the passkey offer cannot work.");
  }
  return { connection: name, signup: databaseSignup === true, delivery: Object.freeze([...raw]), notes };
}

/**
 * @param {unknown} value the `passkeys` option @param {unknown} databaseConnection the `databaseConnection` option
 * @param {string|undefined} audience the site's own `audience` option
 * @returns {ResolvedPasskeys|null}
 */
function checkedPasskeys(value, databaseConnection, audience) {
  if (value === undefined || value === false || value === null) return null;
  if (value !== true && (typeof value !== 'object' || Array.isArray(value))) throw fail('`passkeys` must be true or an object: { connection, signup, create }.');
  const given = value === true ? {} : /** @type {Record<string, unknown>} */ (value);
  const unknown = Object.keys(given).filter((key) => !['connection', 'signup', 'create'].includes(key));
  if (unknown.length) throw fail(`\`passkeys\` has unknown properties: ${unknown.join(', ')} (it takes connection, signup and create).`);
  const database = typeof databaseConnection === 'string' && databaseConnection ? databaseConnection : undefined;
  const connection = given.connection ?? database;
  if (connection !== undefined && (typeof connection !== 'string' || !CONNECTION_NAME.test(connection))) {
    throw fail('`passkeys.connection` must be the name of the Auth0 database connection, e.g. \'Username-Password-Authentication\'.');
  }
  const signup = given.signup ?? false;
  // Opt-in: with it, every code and passkey sign-in asks Auth0 for a My Account API token, which fails until the
  // tenant has that API (README "Passkeys", step 8); turned on before, it would take the code path away from everyone.
  const create = given.create ?? false;
  if (typeof signup !== 'boolean' || typeof create !== 'boolean') throw fail('`passkeys.signup` and `passkeys.create` must be true or false.');
  // A code user of the classic `email`/`sms` connection is another Auth0 user, with no database identity to hold a
  // passkey (docs/auth0-passkeys.md section 8): adding one needs the codes on the database connection.
  if (create && database === undefined) {
    throw fail('`passkeys.create` needs codes on the database connection (`databaseConnection`): a code user of the email or sms connection is another Auth0 user, who cannot hold a passkey.');
  }
  if (create && connection !== database) throw fail('`passkeys.connection` must be `databaseConnection` when `passkeys.create` is on: the passkey is added to the account the code signed in.');
  // One token has one audience: with the site's own, no My Account token comes, so the offer is not made (the
  // warning at creation says so: checkedDatabaseCodes).
  return { connection, signup, create: create && !audience };
}

/** @param {LogEntry} entry */
function defaultLog(entry) {
  if (entry.level !== 'info') console.warn(`[passwordless-login] ${JSON.stringify(entry)}`);
}

/**
 * @param {PasswordlessHandlerOptions} options
 * @returns {ResolvedOptions}
 */
export function resolveOptions(options) {
  if (!options || typeof options !== 'object') throw fail('options are required.');
  const origin = auth0Origin(options.domain);
  if (typeof options.clientId !== 'string' || !options.clientId) throw fail('`clientId` is required.');
  if (typeof options.clientSecret !== 'string' || !options.clientSecret) {
    throw fail('`clientSecret` is required: backend mode is for a Regular Web Application (a confidential client).');
  }
  if (typeof options.sessionSecret !== 'string' || options.sessionSecret.length < 32) {
    throw fail('`sessionSecret` must be a string of at least 32 characters (e.g. `openssl rand -base64 32`).');
  }
  if (options.sessionSecret === options.clientSecret) throw fail('`sessionSecret` must not be the client secret.');
  const basePath = `/${(options.basePath ?? '/auth/passwordless').replace(/^\/+|\/+$/g, '')}`;
  const asked = options.send ?? 'code';
  if (asked !== 'code' && asked !== 'link') throw fail("`send` must be 'code' or 'link'.");
  const databaseCodes = checkedDatabaseCodes(options);
  // A database connection sends codes only (/otp/challenge has no link).
  const send = databaseCodes ? 'code' : asked;
  let callbackUrl;
  if (options.callbackUrl !== undefined) {
    try {
      callbackUrl = new URL(options.callbackUrl).href;
    } catch {
      throw fail('`callbackUrl` must be an absolute URL, e.g. https://example.com/auth/passwordless/callback.');
    }
  }
  if (send === 'link' && !callbackUrl) throw fail("`callbackUrl` is required when `send` is 'link' (the magic link returns there).");
  const loginUrl = options.loginUrl ?? '/';
  const safeLogin = typeof loginUrl === 'string' && (/^https?:\/\//.test(loginUrl) ? URL.canParse(loginUrl) : safeReturnPath(loginUrl) === loginUrl);
  if (!safeLogin) throw fail('`loginUrl` must be a path on this site (one leading /, no dot segments or backslashes) or an http(s) URL.');
  const connections = options.connections ?? ['email', 'sms'];
  if (!Array.isArray(connections) || connections.length === 0 || connections.some((c) => c !== 'email' && c !== 'sms')) {
    throw fail("`connections` must be a non-empty list of 'email' and 'sms'.");
  }
  const allowedOrigins = options.allowedOrigins?.map((o) => {
    try {
      return new URL(o).origin;
    } catch {
      throw fail(`\`allowedOrigins\` holds something that is not an origin: ${o}`);
    }
  });
  const limits = options.rateLimits ?? {};
  const trust = options.trustProxy;
  if (!(trust === undefined || typeof trust === 'boolean' || (Number.isSafeInteger(trust) && trust >= 0))) {
    throw fail('`trustProxy` must be true, false or a whole number of proxy hops (a string from the environment: convert it).');
  }
  const trustProxy = trust === true ? 1 : typeof trust === 'number' ? trust : 0;
  const cookie = options.cookie ?? {};
  // Only a __Host- name cannot be set by a sibling subdomain or a plain-http answer (cookie tossing).
  if (cookie.name !== undefined && !/^__Host-[A-Za-z0-9_-]{1,64}$/.test(cookie.name)) throw fail('`cookie.name` must start with __Host- (e.g. __Host-session).');
  if (cookie.sameSite !== undefined && cookie.sameSite !== 'Lax' && cookie.sameSite !== 'Strict') throw fail("`cookie.sameSite` must be 'Lax' or 'Strict'.");
  if (cookie.secure !== undefined && typeof cookie.secure !== 'boolean' && cookie.secure !== 'auto') throw fail("`cookie.secure` must be true, false or 'auto'.");
  const sessionMaxAgeSeconds = options.sessionMaxAgeSeconds ?? 8 * 3600;
  const sessionIdleSeconds = options.sessionIdleSeconds ?? 3600;
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (![sessionMaxAgeSeconds, sessionIdleSeconds].every((n) => Number.isSafeInteger(n) && n >= 60 && n <= MAX_SESSION_SECONDS)) {
    throw fail('`sessionMaxAgeSeconds` and `sessionIdleSeconds` must be whole numbers of seconds, from 60 to 30 days.');
  }
  if (sessionIdleSeconds > sessionMaxAgeSeconds) throw fail('`sessionIdleSeconds` cannot be longer than `sessionMaxAgeSeconds`.');
  // A whole number of milliseconds that AbortSignal.timeout and Node's timers take as is (at most 2^31 - 1): a string
  // from the environment, a fraction or Infinity would make every call to Auth0 fail later, at request time.
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 2_147_483_647) throw fail('`timeoutMs` must be a whole number of milliseconds from 1 to 2147483647.');
  if (/** @type {{ verifyWithoutStore?: unknown }} */ (options).verifyWithoutStore === true) {
    throw fail('`verifyWithoutStore` was removed: sessions live in the store, so a sign-in cannot finish without it.');
  }
  const dotless = options.dotInsensitiveDomains ?? [];
  if (!Array.isArray(dotless) || dotless.some((d) => typeof d !== 'string' || !/^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(d))) {
    throw fail('`dotInsensitiveDomains` must be a list of domain names, e.g. [\'example.com\'] (IDNs as xn-- A-labels).');
  }
  const store = options.store ?? defaultStore(origin, options.clientId, options.sessionSecret);
  const methods = /** @type {const} */ (['limiter', 'claim', 'read', 'write', 'update', 'release']);
  if (!methods.every((name) => typeof store[name] === 'function')) {
    throw fail('`store` must come from memoryStore() or redisStore(client).');
  }
  const lifetime = options.linkLifetimeSeconds;
  if (lifetime !== undefined && !(Number.isSafeInteger(lifetime) && lifetime >= 30 && lifetime <= 86_400)) {
    throw fail('`linkLifetimeSeconds` must be the whole number of seconds your Auth0 connection gives a link (30 to 86400).');
  }
  const sheet = options.pageStylesheet;
  // A path on this site, as written into the page: the page's CSP allows styles from 'self' only.
  if (sheet !== undefined && (typeof sheet !== 'string' || safeReturnPath(sheet) !== sheet || /["'<>`]/.test(sheet))) {
    throw fail('`pageStylesheet` must be a path on this site (one leading /), e.g. /theme.css.');
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw fail('no fetch implementation available; pass `fetch`.');
  return {
    origin,
    issuer: `${origin}/`,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    sessionSecret: options.sessionSecret,
    basePath,
    callbackUrl,
    loginUrl,
    scope: options.scope ?? 'openid profile email',
    audience: options.audience || undefined,
    allowedOrigins,
    connections: [...connections],
    send,
    rateLimits: {
      // The security plan's 3 per 15 minutes, plus one: the element's own schedule (a send and three resends,
      // 30, 60 and 120 s apart) must never meet a refusal (server/README.md, "Throttles").
      perIdentifier: rateLimit(limits.perIdentifier, { max: 4, windowSeconds: 900 }, 'perIdentifier'),
      perIdentifierFromAnyone: rateLimit(limits.perIdentifierFromAnyone, { max: 1, windowSeconds: 30 }, 'perIdentifierFromAnyone'),
      perIp: rateLimit(limits.perIp, { max: 20, windowSeconds: 3600 }, 'perIp'),
      perPhoneRange: rateLimit(limits.perPhoneRange, { max: 10, windowSeconds: 3600 }, 'perPhoneRange'),
      global: rateLimit(limits.global, { max: 1000, windowSeconds: 3600 }, 'global'),
      verifyPerIdentifierAndIp: rateLimit(limits.verifyPerIdentifierAndIp, { max: 5, windowSeconds: 900 }, 'verifyPerIdentifierAndIp'),
      verifyPerIdentifier: rateLimit(limits.verifyPerIdentifier, { max: 10, windowSeconds: 900 }, 'verifyPerIdentifier'),
      verifyPerIp: rateLimit(limits.verifyPerIp, { max: 30, windowSeconds: 3600 }, 'verifyPerIp'),
      verifyPerFreshCode: rateLimit(limits.verifyPerFreshCode, { max: 3, windowSeconds: 900 }, 'verifyPerFreshCode'),
      passkeyPerIp: rateLimit(limits.passkeyPerIp, { max: 300, windowSeconds: 900 }, 'passkeyPerIp'),
      passkeyRegisterPerIdentifier: rateLimit(limits.passkeyRegisterPerIdentifier, { max: 5, windowSeconds: 900 }, 'passkeyRegisterPerIdentifier'),
    },
    dotInsensitiveDomains: [...DOTLESS_DOMAINS, ...dotless.map((d) => d.toLowerCase())],
    store,
    trustProxy,
    cookie: { name: cookie.name, secure: cookie.secure ?? 'auto', sameSite: cookie.sameSite ?? 'Lax' },
    sessionMaxAgeSeconds,
    sessionIdleSeconds,
    timeoutMs,
    fetch: fetchImpl,
    log: options.log ?? defaultLog,
    linkLifetimeSeconds: lifetime,
    pageStylesheet: sheet,
    pageTheme: checkedTheme(options.pageTheme),
    humanCheck: checkedHumanCheck(options.humanCheck),
    smsCountries: checkedCountries(options.smsCountries, connections),
    databaseCodes,
    // `databaseConnection` is the option for codes on a database connection (read here as given: its own checks are its own).
    passkeys: checkedPasskeys(options.passkeys, /** @type {{ databaseConnection?: unknown }} */ (options).databaseConnection, options.audience),
  };
}
