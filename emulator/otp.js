// @ts-check
// One-time codes. Parity with Auth0: digits from a CSPRNG, a fixed lifetime, a few wrong attempts
// kill the code, only the newest code per (client, connection, recipient) works, single use.
// Codes are stored as SHA-256 hashes and compared in constant time.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { TtlMap } from './ttl-map.js';

/**
 * @typedef {object} OtpEntry
 * @property {Buffer} hash
 * @property {number} expiresAt ms
 * @property {number} attempts wrong tries so far
 * @property {number} maxAttempts
 * @property {'code'|'link'} send
 * @property {Record<string, string>} authParams the string-valued authParams of the start request
 * @property {boolean} [startedOnServer] the start was made by a confidential client with its secret (not from a browser)
 */

/** Wrong codes and expiry messages stay visible this long after a code died. */
const TOMBSTONE_MS = 60 * 60 * 1000;

/** @param {string} code */
const hash = (code) => createHash('sha256').update(code).digest();

/** @param {number} length digits @returns {string} */
export function generateCode(length) {
  let code = '';
  // randomInt is a CSPRNG with rejection sampling: uniform digits, no Math.random.
  while (code.length < length) code += String(randomInt(0, 1_000_000)).padStart(6, '0');
  return code.slice(0, length);
}

/** @param {string} clientId @param {string} connection @param {string} identifier */
export const otpKey = (clientId, connection, identifier) => `${clientId}\n${connection}\n${identifier}`;

/**
 * @typedef {object} CheckOptions
 * @property {(entry: OtpEntry) => boolean} [bind] extra binding check on a right code (e.g. magic-link parameters);
 *   false counts as a wrong try, the code stays alive
 * @property {(entry: OtpEntry) => boolean} [refuse] a right code this endpoint does not take (e.g. a typed code at
 *   verify_redirect when only link-issued codes are accepted): true answers "wrong" and spends the code
 * @property {boolean} [spend] false checks a right code without using it up (POST /passwordless/verify); default true
 */

/**
 * Checks a code with brute-force protection around it: a blocked (recipient, IP) pair is refused before the code is
 * looked at, every failure counts toward the block, a success clears it. Every failure also counts toward the IP's
 * Bot Detection risk (`after_failures`), a success does not clear that.
 * @param {{ otp: OtpStore, bruteForce: import('./rate-limit.js').BruteForce, botDetection?: { recordFailure: (ip: string) => void } }} ctx
 * @param {{ clientId: string, connection: string, identifier: string, code: string, ip: string } & CheckOptions} p
 * @returns {{ ok: true, entry: OtpEntry } | { ok: false, reason: 'wrong'|'expired'|'max_attempts'|'blocked' }}
 */
export function checkCode(ctx, p) {
  const bfKey = `${p.connection}\n${p.identifier}\n${p.ip}`;
  if (ctx.bruteForce.blocked(bfKey)) {
    ctx.botDetection?.recordFailure(p.ip);
    return { ok: false, reason: 'blocked' };
  }
  const result = ctx.otp.verify(otpKey(p.clientId, p.connection, p.identifier), p.code, { bind: p.bind, refuse: p.refuse, spend: p.spend });
  if (result.ok) ctx.bruteForce.succeed(bfKey);
  else {
    ctx.bruteForce.fail(bfKey);
    ctx.botDetection?.recordFailure(p.ip);
  }
  return result;
}

export class OtpStore {
  /** @param {() => number} now */
  constructor(now) {
    this.now = now;
    /** @type {TtlMap<OtpEntry>} */
    this.entries = new TtlMap(now);
  }

  /**
   * Creates a code, replacing any previous one for the same key (only the newest works).
   * @param {string} key
   * @param {{ length: number, lifetimeSeconds: number, maxAttempts: number, send: 'code'|'link', authParams: Record<string, string>, startedOnServer?: boolean }} opts
   */
  issue(key, opts) {
    const code = generateCode(opts.length);
    const expiresAt = this.now() + opts.lifetimeSeconds * 1000;
    this.entries.set(key, { hash: hash(code), expiresAt, attempts: 0, maxAttempts: opts.maxAttempts, send: opts.send, authParams: opts.authParams, startedOnServer: opts.startedOnServer ?? false }, opts.lifetimeSeconds * 1000 + TOMBSTONE_MS);
    return code;
  }

  /** The live entry for a key, without counting a try. @param {string} key */
  peek(key) {
    const entry = this.entries.get(key);
    return entry && this.now() <= entry.expiresAt ? entry : undefined;
  }

  /**
   * Checks a code; uses it up on success unless `spend: false`.
   * @param {string} key
   * @param {string} code
   * @param {CheckOptions} [opts]
   * @returns {{ ok: true, entry: OtpEntry } | { ok: false, reason: 'wrong'|'expired'|'max_attempts' }}
   */
  verify(key, code, { bind, refuse, spend = true } = {}) {
    const entry = this.entries.get(key);
    if (!entry) return { ok: false, reason: 'wrong' };
    if (entry.attempts >= entry.maxAttempts) return { ok: false, reason: 'max_attempts' };
    if (this.now() > entry.expiresAt) return { ok: false, reason: 'expired' };
    const given = hash(String(code));
    if (!timingSafeEqual(given, entry.hash) || (bind && !bind(entry))) {
      entry.attempts += 1;
      return { ok: false, reason: 'wrong' };
    }
    if (refuse && refuse(entry)) {
      // The worst case: the check itself used the code up, and it still was not accepted.
      this.entries.delete(key);
      return { ok: false, reason: 'wrong' };
    }
    if (spend) this.entries.delete(key);
    return { ok: true, entry };
  }

  sweep() {
    this.entries.sweep();
  }
}
