// @ts-check
// Database connections (Auth0's `strategy: 'auth0'`) and custom domains, in the Management API's words, for the passkey
// API: `connections: { "Username-Password-Authentication": { strategy: 'auth0', options: { authentication_methods } } }`
// next to the classic passwordless `email` and `sms`, and `custom_domains: [{ domain, status }]`.

/**
 * @typedef {object} DatabaseConnection
 * @property {string} name e.g. `Username-Password-Authentication` (the `realm` of the passkey API)
 * @property {Record<AuthenticationMethod, { enabled: boolean }>} authentication_methods
 */
/** @typedef {'password'|'passkey'|'email_otp'|'phone_otp'} AuthenticationMethod */
/**
 * @typedef {{ domain: string, status: CustomDomainStatus, relying_party_identifier?: string }} CustomDomain
 *   `relying_party_identifier`: the passkeys' RP ID on this domain (Auth0: the domain itself when unset), the domain or
 *   one of its parent domains
 */
/** @typedef {'pending_verification'|'ready'|'disabled'|'pending'} CustomDomainStatus */

export const AUTHENTICATION_METHODS = /** @type {AuthenticationMethod[]} */ (['password', 'passkey', 'email_otp', 'phone_otp']);
/** Auth0's custom domain statuses (Management API, GET /api/v2/custom-domains). */
const DOMAIN_STATUSES = ['pending_verification', 'ready', 'disabled', 'pending'];
const HOST_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/** @param {string} message @returns {never} */
function fail(message) {
  throw new Error(`Invalid emulator config: ${message}`);
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** @param {Record<string, unknown>} o @param {string[]} allowed @param {string} path */
function checkKeys(o, allowed, path) {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) fail(`${path}.${key} is not a known key (known: ${allowed.join(', ')})`);
  }
}

/**
 * Checks one database connection and resolves it. A method left out is off, as on a new Auth0 connection that never
 * turned it on, except `password`, which Auth0 enables on every new database connection.
 * @param {string} name @param {unknown} conn
 * @returns {DatabaseConnection}
 */
export function resolveDatabaseConnection(name, conn) {
  const p = `connections.${JSON.stringify(name)}`;
  if (!isObject(conn)) return fail(`${p} must be an object { strategy: "auth0", options: { authentication_methods } }`);
  checkKeys(conn, ['strategy', 'options'], p);
  if (conn.strategy !== 'auth0') fail(`${p}.strategy must be "auth0" (a database connection; "email" and "sms" are the passwordless ones)`);
  const options = conn.options ?? {};
  if (!isObject(options)) return fail(`${p}.options must be an object { authentication_methods }`);
  checkKeys(options, ['authentication_methods'], `${p}.options`);
  const methods = options.authentication_methods ?? {};
  if (!isObject(methods)) return fail(`${p}.options.authentication_methods must be an object { password, passkey, email_otp, phone_otp }`);
  checkKeys(methods, AUTHENTICATION_METHODS, `${p}.options.authentication_methods`);
  /** @type {Record<string, { enabled: boolean }>} */
  const resolved = {};
  for (const method of AUTHENTICATION_METHODS) {
    const m = methods[method];
    const mp = `${p}.options.authentication_methods.${method}`;
    if (m !== undefined && !isObject(m)) fail(`${mp} must be an object { enabled: true|false }`);
    const o = /** @type {Record<string, unknown>} */ (m ?? {});
    checkKeys(o, ['enabled'], mp);
    if (o.enabled !== undefined && typeof o.enabled !== 'boolean') fail(`${mp}.enabled must be true or false`);
    resolved[method] = { enabled: /** @type {boolean|undefined} */ (o.enabled) ?? method === 'password' };
  }
  return { name, authentication_methods: /** @type {DatabaseConnection['authentication_methods']} */ (resolved) };
}

/**
 * `custom_domains: [{ domain, status }]`: the host names the tenant answers on besides its default domain.
 * @param {unknown} v
 * @returns {CustomDomain[]}
 */
export function resolveCustomDomains(v) {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail('custom_domains must be an array of { domain, status }');
  return v.map((d, i) => {
    const p = `custom_domains[${i}]`;
    if (!isObject(d)) return fail(`${p} must be an object { domain, status }`);
    checkKeys(d, ['domain', 'status', 'relying_party_identifier'], p);
    if (typeof d.domain !== 'string' || !HOST_NAME.test(d.domain)) {
      fail(`${p}.domain must be a lower-case host name without scheme or port, e.g. "localhost" or "login.example.com"`);
    }
    if (!DOMAIN_STATUSES.includes(/** @type {string} */ (d.status))) fail(`${p}.status must be one of ${DOMAIN_STATUSES.join(', ')}`);
    const rp = d.relying_party_identifier;
    // WebAuthn: an RP ID is the origin's host name or a registrable suffix of it.
    if (rp !== undefined && (typeof rp !== 'string' || !HOST_NAME.test(rp) || (rp !== d.domain && !d.domain.endsWith(`.${rp}`)))) {
      fail(`${p}.relying_party_identifier must be ${JSON.stringify(d.domain)} or one of its parent domains`);
    }
    return { domain: d.domain, status: /** @type {CustomDomainStatus} */ (d.status), ...(rp !== undefined ? { relying_party_identifier: /** @type {string} */ (rp) } : {}) };
  });
}
