// @ts-check
// The Idempotency-Key window for starts (draft-ietf-httpapi-idempotency-key-header): a start is not
// idempotent (each one sends a message and replaces the last code), so a repeated key within 60 s gets the
// first answer again, with one call to Auth0, whichever instance receives it.
import { IDEMPOTENCY_HEADER } from '../protocol/wire.js';
import { hashValue, seal, unseal } from './crypto.js';
import { failureResponse, onlyStoreDown, STORE_DOWN, STORE_HINT } from './failure.js';
import { log } from './log.js';

export const IDEMPOTENCY_WINDOW_SECONDS = 60;

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./handler.js').Call} Call */
/** @typedef {import('./pipeline.js').Identified} Identified */
/** @typedef {import('./failure.js').Failure} Failure */
/** @typedef {import('./start-cookie.js').PendingLink} PendingLink */
/** @typedef {import('./start-cookie.js').CodeTicket} CodeTicket */
/**
 * What a start answered, kept so that a repeat gets the same answer.
 * @typedef {object} StartOutcome
 * @property {number} status
 * @property {string} [error] the error code, for a failure (read back from the store: checked before it is answered)
 * @property {number} [retryAt] for 429 and 503: when the wait ends (ms since the epoch)
 * @property {'code'|'link'} [send] for a success: what was sent
 * @property {PendingLink} [link] for a link: the start-cookie entry to set again
 * @property {CodeTicket} [ticket] for a code: the start-cookie entry to set again
 * @property {boolean} [sent] whether Auth0 was asked to send (only then is the answer kept for repeats)
 */
/** @typedef {{ pending: true } | { outcome: Omit<StartOutcome, 'link'|'ticket'>, sealedEntry?: string }} StoredStart */

/**
 * A failure as an outcome to keep: the wait becomes a moment, so a repeat is told only the wait that is left.
 * @param {Failure} failure @returns {StartOutcome}
 */
export function outcomeOf(failure) {
  return { status: failure.status, error: failure.error, retryAt: failure.retryAfter ? Date.now() + failure.retryAfter * 1000 : undefined };
}

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
  // The link's state and nonce, or the code's ticket, are kept sealed, like the start cookie they go back into.
  const sealed = stored.sealedEntry ? await unseal(options, 'start', stored.sealedEntry) : null;
  const link = /** @type {PendingLink[]|undefined} */ (sealed?.pending)?.[0];
  const ticket = /** @type {CodeTicket[]|undefined} */ (sealed?.codes)?.[0];
  return { ...stored.outcome, link, ticket };
}

/**
 * Keeps the answer for repeats of the same key when Auth0 was asked to send; otherwise (refused by a throttle,
 * or the store failed) frees the slot, so a repeat is judged afresh.
 * @param {ResolvedOptions} options @param {string} slot @param {StartOutcome} outcome
 */
export async function settleSlot(options, slot, outcome) {
  if (!outcome.sent) return options.store.release(slot);
  const { link, ticket, ...rest } = outcome;
  const sealedEntry = link || ticket ? await seal(options, 'start', { pending: link ? [link] : [], codes: ticket ? [ticket] : [] }, IDEMPOTENCY_WINDOW_SECONDS) : undefined;
  return options.store.write(slot, JSON.stringify({ outcome: rest, sealedEntry }), IDEMPOTENCY_WINDOW_SECONDS);
}

/**
 * The pipeline's window stage: runs `act` (the throttles, then Auth0) at most once per Idempotency-Key and
 * identifier within the window. A repeat gets the first answer again, or 409 while the first is still in progress.
 * @param {Call} call @param {string} event @param {Identified} input
 * @param {() => Promise<StartOutcome>} act
 * @param {(call: Call, outcome: StartOutcome) => Promise<Response>} answer
 */
export async function answerOnce(call, event, input, act, answer) {
  const { options } = call;
  const who = { connection: input.connection, identifier: input.hashed };
  const key = idempotencyKey(call.request);
  if (key === null) return failureResponse(options, event, { status: 400, error: 'misconfigured', hint: 'Idempotency-Key must be 1 to 255 visible ASCII characters.' }, who);
  if (key === undefined) return answer(call, await act());
  const slot = await idempotencySlot(options, key, input.hashed);
  let earlier;
  try {
    earlier = await claimSlot(options, slot);
  } catch (error) {
    onlyStoreDown(error);
    return failureResponse(options, event, STORE_DOWN, who);
  }
  if (earlier && 'pending' in earlier) {
    return failureResponse(options, event, { status: 409, error: 'rate_limited', retryAfter: 1, hint: 'A start with this Idempotency-Key is still in progress.' }, { identifier: input.hashed });
  }
  if (earlier) {
    log(options, { level: 'info', event, outcome: 'repeat', status: earlier.status, identifier: input.hashed });
    return answer(call, earlier);
  }
  let outcome;
  try {
    outcome = await act();
  } catch (error) {
    await options.store.release(slot).catch(() => {});
    throw error;
  }
  // A store that fails now only costs a repeat its cached answer (it gets 409 until the slot expires).
  await settleSlot(options, slot, outcome).catch(() => log(options, { level: 'error', event: 'store', outcome: 'service_unavailable', hint: STORE_HINT }));
  return answer(call, outcome);
}
