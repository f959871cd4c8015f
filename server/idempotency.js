// @ts-check
// The Idempotency-Key window for starts (draft-ietf-httpapi-idempotency-key-header): a start is not
// idempotent (each one sends a message and replaces the last code), so a repeated key within 60 s gets the
// first answer again, with one call to Auth0, whichever instance receives it.
import { hashValue } from './log.js';
import { seal, unseal } from './session.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_WINDOW_SECONDS = 60;

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./session.js').PendingLink} PendingLink */
/**
 * What a start answered, kept so that a repeat gets the same answer.
 * @typedef {object} StartOutcome
 * @property {number} status
 * @property {string} [error] the error code, for a failure
 * @property {number} [retryAt] for 429 and 503: when the wait ends (ms since the epoch)
 * @property {'code'|'link'} [send] for a success: what was sent
 * @property {PendingLink} [link] for a link: the start-cookie entry to set again
 * @property {boolean} [sent] whether Auth0 was asked to send (only then is the answer kept for repeats)
 */
/** @typedef {{ pending: true } | { outcome: Omit<StartOutcome, 'link'>, sealedLink?: string }} StoredStart */

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
 * The store key for a key and an identifier: a keyed hash, so no caller's value is stored, and the same key
 * sent for two people (a weak client-made key) names two slots rather than sharing an answer.
 * @param {ResolvedOptions} options @param {string} key @param {string} identifierHash
 */
export async function idempotencySlot(options, key, identifierHash) {
  return `start-key:${await hashValue(options, `idempotency:${options.basePath}:${identifierHash}:${key}`, 16)}`;
}

/**
 * Claims the slot for this request. Resolves to null when this request may go on, else what was stored
 * before: the answer to repeat, or `{ pending: true }` while the first is still in progress.
 * @param {ResolvedOptions} options @param {string} slot
 * @returns {Promise<{ pending: true } | StartOutcome | null>}
 */
export async function claimSlot(options, slot) {
  const claimed = await options.store.claim(slot, JSON.stringify({ pending: true }), IDEMPOTENCY_WINDOW_SECONDS);
  if (claimed) return null;
  const raw = await options.store.read(slot);
  // Expired between the two calls: treat as still in progress rather than send twice.
  if (!raw) return { pending: true };
  const stored = /** @type {StoredStart} */ (JSON.parse(raw));
  if ('pending' in stored) return stored;
  // The link's state and nonce are kept sealed, like the start cookie they go back into.
  const sealed = stored.sealedLink ? await unseal(options, 'start', stored.sealedLink) : null;
  const link = /** @type {PendingLink[]|undefined} */ (sealed?.pending)?.[0];
  return { ...stored.outcome, link };
}

/**
 * Keeps the answer for repeats of the same key when Auth0 was asked to send; otherwise (refused by a throttle,
 * or the store failed) frees the slot, so a repeat is judged afresh.
 * @param {ResolvedOptions} options @param {string} slot @param {StartOutcome} outcome
 */
export async function settleSlot(options, slot, outcome) {
  if (!outcome.sent) return options.store.release(slot);
  const { link, ...rest } = outcome;
  const sealedLink = link ? await seal(options, 'start', { pending: [link] }, IDEMPOTENCY_WINDOW_SECONDS) : undefined;
  return options.store.write(slot, JSON.stringify({ outcome: rest, sealedLink }), IDEMPOTENCY_WINDOW_SECONDS);
}
