// @ts-check
// The handler's keys, all derived from sessionSecret with HKDF (one per purpose): sealing cookies and stored
// answers (JWE `dir` + A256GCM), and the keyed hash that stands in for identifiers and IPs in logs and store keys.
import { EncryptJWT, jwtDecrypt } from 'jose';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {'session'|'start'|'confirm'|'form'} SealPurpose what a sealed value is for; one cannot be read as the other */

const encoder = new TextEncoder();
/** @type {WeakMap<object, Map<string, Promise<Uint8Array<ArrayBuffer>>>>} */
const keyCache = new WeakMap();

/**
 * A 256-bit key for one purpose, from sessionSecret with HKDF-SHA256. Every instance with the same
 * sessionSecret derives the same keys.
 * @param {ResolvedOptions} options @param {SealPurpose|'identifier'} purpose
 */
export function deriveKey(options, purpose) {
  let perOptions = keyCache.get(options);
  if (!perOptions) keyCache.set(options, (perOptions = new Map()));
  let key = perOptions.get(purpose);
  if (!key) {
    key = (async () => {
      const material = await crypto.subtle.importKey('raw', encoder.encode(options.sessionSecret), 'HKDF', false, ['deriveBits']);
      const bits = await crypto.subtle.deriveBits(
        { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('passwordless-login'), info: encoder.encode(`passwordless-login ${purpose} v1`) },
        material,
        256,
      );
      return new Uint8Array(bits);
    })();
    perOptions.set(purpose, key);
  }
  return key;
}

/**
 * @param {ResolvedOptions} options @param {SealPurpose} purpose
 * @param {Record<string, unknown>} payload @param {number} maxAgeSeconds
 */
export async function seal(options, purpose, payload, maxAgeSeconds) {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', typ: `passwordless-${purpose}` })
    .setIssuedAt()
    .setExpirationTime(`${Math.floor(maxAgeSeconds)}s`)
    .encrypt(await deriveKey(options, purpose));
}

/**
 * The payload, or null when the value is missing, forged, for another purpose or expired.
 * @param {ResolvedOptions} options @param {SealPurpose} purpose @param {string|undefined} value
 * @returns {Promise<Record<string, unknown>|null>}
 */
export async function unseal(options, purpose, value) {
  if (!value) return null;
  try {
    const { payload, protectedHeader } = await jwtDecrypt(value, await deriveKey(options, purpose), {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    return protectedHeader.typ === `passwordless-${purpose}` ? payload : null;
  } catch {
    return null;
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
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value)));
  return Array.from(mac.slice(0, bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}


// Random tokens come from the protocol, which the element shares.
export { randomToken } from '../protocol/random.js';
