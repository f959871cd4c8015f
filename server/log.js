// @ts-check
// Allow-list logging: only these keys, only values this module builds. Identifiers and IPs appear as keyed
// hashes; codes, secrets and tokens never reach the logger.
import { deriveKey } from './session.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./options.js').LogEntry} LogEntry */

const KEYS = /** @type {const} */ (['level', 'event', 'outcome', 'status', 'connection', 'identifier', 'auth0Error', 'auth0Status', 'auth0RequestId', 'hint']);
const SAFE = /^[A-Za-z0-9._:/ -]{0,64}$/;

/**
 * @param {ResolvedOptions} options @param {Partial<LogEntry> & { level: LogEntry['level'], event: string }} entry
 */
export function log(options, entry) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const key of KEYS) {
    const value = entry[key];
    if (value === undefined) continue;
    if (typeof value === 'number') out[key] = value;
    else if (typeof value === 'string' && (key === 'hint' || SAFE.test(value))) out[key] = value;
  }
  try {
    options.log(/** @type {LogEntry} */ (out));
  } catch {
    // a broken logger must not break sign-in
  }
}

/** @type {WeakMap<object, Promise<CryptoKey>>} */
const hmacKeys = new WeakMap();

/** The HMAC key, imported once per handler (every request hashes an identifier or an IP). @param {ResolvedOptions} options */
function hmacKey(options) {
  let key = hmacKeys.get(options);
  if (!key) {
    key = deriveKey(options, 'identifier').then((raw) => crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
    hmacKeys.set(options, key);
  }
  return key;
}

/**
 * A keyed hash (HMAC-SHA256, 12 hex characters unless told) for logs and store keys: stable, not reversible.
 * Every instance with the same sessionSecret computes the same hash.
 * @param {ResolvedOptions} options @param {string} value @param {number} [bytes]
 */
export async function hashValue(options, value, bytes = 6) {
  const key = await hmacKey(options);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(value)));
  return Array.from(mac.slice(0, bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The client IP: from X-Forwarded-For only when the proxy is trusted (counting hops from the right, so a
 * client-supplied header cannot choose it), else from the adapter (socket address), else undefined.
 * @param {ResolvedOptions} options @param {Request} request @param {string} [socketIp]
 */
export function clientIp(options, request, socketIp) {
  if (options.trustProxy > 0) {
    const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const ip = hops[hops.length - options.trustProxy];
    if (ip && /^[0-9A-Fa-f:.]{2,45}$/.test(ip)) return ip;
  }
  return socketIp || undefined;
}
