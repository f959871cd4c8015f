// @ts-check
// The Idempotency-Key window for starts (draft-ietf-httpapi-idempotency-key-header): a start is not
// idempotent (each one sends a message and replaces the last code), so a repeated key within 60 s gets the
// first answer again, with one call to Auth0, whichever instance receives it.
import { hashValue } from './log.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_WINDOW_SECONDS = 60;

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/**
 * What a start answered, kept so that a repeat gets the same answer.
 * @typedef {object} StartOutcome
 * @property {number} status
 * @property {string} [error] the error code, for a failure
 * @property {number} [retryAt] for 429 and 503: when the wait ends (ms since the epoch)
 * @property {'code'|'link'} [send] for a success: what was sent
 * @property {import("./session.js").PendingLink} [link] for a link: the start-cookie entry to set again
 */
/** @typedef {StartOutcome & { fingerprint: string } | { fingerprint: string, pending: true }} StoredStart */

/**
 * The request's Idempotency-Key: undefined without one, null when it is malformed. A structured-field string
 * (`"…"`) or a bare token, 1–255 visible ASCII characters.
 * @param {Request} request
 */
export function idempotencyKey(request) {
  const raw = request.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return undefined;
  const value = raw.trim().replace(/^"(.*)"$/, '$1');
  return /^[\x21-\x7e]{1,255}$/.test(value) ? value : null;
}

/**
 * The store key for an Idempotency-Key: a keyed hash, so keys are bounded and no caller's value is stored.
 * @param {ResolvedOptions} options @param {string} key
 */
export async function idempotencySlot(options, key) {
  return `start-key:${await hashValue(options, `idempotency:${key}`, 16)}`;
}

/**
 * Claims the slot for this request. Resolves to null when this request may go on, else what was stored
 * before (an answer to repeat, or a start still in progress).
 * @param {ResolvedOptions} options @param {string} slot @param {string} fingerprint
 * @returns {Promise<StoredStart|null>}
 */
export async function claimSlot(options, slot, fingerprint) {
  const claimed = await options.store.claim(slot, JSON.stringify({ fingerprint, pending: true }), IDEMPOTENCY_WINDOW_SECONDS);
  if (claimed) return null;
  const stored = await options.store.read(slot);
  // Expired between the two calls: treat as still in progress rather than send twice.
  return stored ? JSON.parse(stored) : { fingerprint, pending: true };
}

/**
 * Keeps the answer for repeats of the same key.
 * @param {ResolvedOptions} options @param {string} slot @param {string} fingerprint @param {StartOutcome} outcome
 */
export function rememberOutcome(options, slot, fingerprint, outcome) {
  return options.store.write(slot, JSON.stringify({ fingerprint, ...outcome }), IDEMPOTENCY_WINDOW_SECONDS);
}
