// @ts-check
// The one way a POST route runs: origin and CSRF checks → a bounded JSON body → connection and identifier
// (the protocol's rules) → the route's code, if it takes one → (a start: the SMS country, then its Idempotency-Key
// window) → throttles (a start's human check runs among them) → the route. A route declares the stages it needs;
// every refusal is logged and answered the same way.
//
// Why the human check sits inside the Idempotency-Key window, between the address's own counts and the limits others
// share: a repeat of a key gets the first answer without its token being verified again (a token is single-use, and
// the person solved it once); a start the address's own counts refuse is answered before its token is looked at (the
// token stays unspent); a check refused keeps the address's count (a bot cannot probe for free); and a bot without a
// valid token never reaches the person's 30-second spacing, the phone range or the global ceiling, so it cannot use
// them up. The price: a token that passed is spent even when one of those later limits then refuses the start (the
// provider accepts each token once), so the element asks for a fresh check before the next try. Peeking at those
// limits before verifying was weighed and left out: server/README.md, "The human check", "Where it runs".
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normaliseCode, normaliseEmail, normalisePhone } from '../protocol/identifiers.js';
import { checkPost } from './csrf.js';
import { errorResponse, readJson } from './http.js';
import { hashValue } from './crypto.js';
import { log } from './log.js';
import { failureResponse, logFailure, onlyStoreDown, STORE_DOWN } from './failure.js';
import { answerOnce, outcomeOf } from './idempotency.js';
import { readStart } from './start-cookie.js';
import { phoneRange, throttleKey } from './throttle-key.js';
import { throttleAddress } from './request.js';
import { countryAllowed } from './sms-countries.js';
import { verifyHumanCheck } from './human-check.js';

/** @typedef {import('./handler.js').Call} Call */
/** @typedef {import('./failure.js').Failure} Failure */
/** @typedef {import('./throttle.js').ThrottleKind} ThrottleKind */
/** @typedef {import('./throttle.js').Reservation} Reservation */
/** @typedef {import('./idempotency.js').StartOutcome} StartOutcome */
/** @typedef {'email'|'sms'} Connection */

/**
 * What the body named, checked.
 * @typedef {object} Identified
 * @property {Record<string, unknown>} data the whole body, for the route's other fields
 * @property {Connection} connection one of the handler's connections
 * @property {string} identifier normalised, as Auth0 gets it
 * @property {string} hashed the keyed hash of connection and identifier as sent, for logs and the start cookie
 * @property {string} person the keyed hash of the throttle key (one per inbox or phone: throttle-key.js)
 * @property {string} [code] the one-time code, normalised (routes that declare `code` always have it)
 */

/**
 * A POST route that needs only the origin and CSRF checks (no body).
 * @typedef {object} PlainPost
 * @property {string} event the route, for the log
 * @property {false} [identified]
 * @property {(call: Call) => Response | Promise<Response>} run
 */
/**
 * A POST route for one person: the JSON body names a connection and an identifier, counted by the throttles.
 * @typedef {object} IdentifiedPost
 * @property {string} event
 * @property {true} identified
 * @property {boolean} [code] the body also holds a one-time code (else 400 invalid_code, before any throttle)
 * @property {ThrottleKind} throttle the counters it counts on
 * @property {false} [idempotent]
 * @property {(call: Call, input: Identified) => Promise<Response | Failure>} run a Failure is logged and answered
 */
/**
 * An identified route whose answer is kept for repeats of its Idempotency-Key (a start): `run` says what
 * happened, `answer` turns that into the response, for the first request and for its repeats.
 * @typedef {object} IdempotentPost
 * @property {string} event
 * @property {true} identified
 * @property {true} idempotent
 * @property {ThrottleKind} throttle
 * @property {(call: Call, input: Identified) => Promise<StartOutcome>} run only called after the throttles allowed it
 * @property {(call: Call, input: Identified, sentAt: number) => StartOutcome | null | Promise<StartOutcome | null>} recent
 *   what to answer, without sending, when this very spelling was sent to at sentAt, within the person's cooldown
 *   (null: refuse with the wait)
 * @property {(call: Call, input: Identified) => Failure | null} [refuse] the body's other fields checked, before
 *   anything is counted (a refusal here is the site's setup or a broken client, not the person's)
 * @property {(call: Call, outcome: StartOutcome) => Promise<Response>} answer
 */

/**
 * Builds a POST route from what it declares.
 * @param {PlainPost | IdentifiedPost | IdempotentPost} spec
 * @returns {(call: Call) => Promise<Response>}
 */
export function postRoute(spec) {
  return async (call) => {
    // A no-script form post was checked by its own rules before it became this JSON request (routes/form.js).
    const refused = call.formChecked ? null : checkPost(call.options, call.request);
    if (refused) {
      log(call.options, { level: 'warn', event: 'csrf', outcome: refused.reason, status: refused.status });
      return errorResponse(refused.status, refused.error);
    }
    if (!spec.identified) return spec.run(call);
    const input = await readIdentified(call, spec.event, !spec.idempotent && spec.code === true);
    if (input instanceof Response) return input;
    const who = { connection: input.connection, identifier: input.hashed };
    if (spec.idempotent) {
      // Before anything is counted or spent: the list is public (GET settings), so the answer tells a bot nothing.
      if (!countryAllowed(call.options, input.connection, input.identifier)) {
        await call.throttles.refused(input.person, await hashedIp(call));
        return failureResponse(call.options, spec.event, { status: 400, error: 'country_not_allowed', hint: 'The number is not of a country in smsCountries.' }, who);
      }
      const refusal = spec.refuse?.(call, input);
      if (refusal) return failureResponse(call.options, spec.event, refusal, who);
      return answerOnce(call, spec.event, input, async () => {
        const verdict = await throttledStart(call, input);
        if (!verdict) return spec.run(call, input);
        const answer = verdict.recent ? await spec.recent(call, input, verdict.recent) : null;
        if (answer) {
          log(call.options, { level: 'info', event: spec.event, outcome: 'recently_sent', status: answer.status, ...who });
          return answer;
        }
        logFailure(call.options, spec.event, verdict.failure, who);
        return outcomeOf(verdict.failure); // nothing was sent: a repeat of its key is judged afresh
      }, spec.answer);
    }
    // The throttles' refusal, else what the route answers; only a code Auth0 refused keeps its count.
    const reserved = await reservedVerify(call, input);
    if ('error' in reserved) return failureResponse(call.options, spec.event, reserved, who);
    let result;
    try {
      result = await spec.run(call, input);
    } finally {
      await reserved.settle(result !== undefined && !(result instanceof Response) && JUDGED.has(result.error));
    }
    return result instanceof Response ? result : failureResponse(call.options, spec.event, result, who);
  };
}

/**
 * The body's connection and identifier (and code), checked and normalised with the protocol's rules, the same
 * ones the element runs before sending. Returns the refusal as a Response.
 * @param {Call} call @param {string} event @param {boolean} withCode
 * @returns {Promise<Identified | Response>}
 */
async function readIdentified(call, event, withCode) {
  const { options } = call;
  const body = await readJson(call.request);
  if (!body.ok) {
    return failureResponse(options, event, { status: body.status, error: body.status === 413 ? 'misconfigured' : 'unknown', hint: 'The body must be one JSON object of at most 16 KB.' });
  }
  const data = body.data;
  const raw = data.connection;
  if ((raw !== 'email' && raw !== 'sms') || !options.connections.includes(raw)) {
    return failureResponse(options, event, { status: 400, error: 'misconfigured', hint: `connection must be one of ${options.connections.join(', ')}.` });
  }
  /** @type {Connection} */
  const connection = raw;
  const identifier = connection === 'email' ? normaliseEmail(data.identifier) : normalisePhone(data.identifier, parsePhoneNumberFromString);
  if (!identifier) return failureResponse(options, event, { status: 400, error: connection === 'email' ? 'invalid_email' : 'invalid_phone_number' }, { connection });
  const hashed = await hashValue(options, `${connection}:${identifier}`);
  const person = await hashValue(options, throttleKey(connection, identifier, options.dotInsensitiveDomains));
  if (!withCode) return { data, connection, identifier, hashed, person };
  const code = normaliseCode(data.code);
  if (!code) return failureResponse(options, event, { status: 400, error: 'invalid_code' }, { connection, identifier: hashed });
  return { data, connection, identifier, hashed, person, code };
}

/**
 * Auth0's verdicts on a code itself, and its brute-force block (failed tries went before it, and more would only
 * prolong it): the only failures a verification counts.
 */
const JUDGED = new Set(['wrong_code', 'code_expired', 'too_many_attempts', 'blocked']);

/**
 * The client address as a store key (an IPv6 address by its /64): hashed like identifiers, so no address is kept
 * in the store.
 * @param {Call} call
 */
export async function hashedIp(call) {
  return call.ip === undefined ? undefined : hashValue(call.options, `ip:${throttleAddress(call.ip)}`);
}

/**
 * Counts a start on its throttles, with its human check. Null when it may go on, else the refusal: 429 with the wait
 * (`recent` when only the person's cooldown refused it and the last message went to this spelling), 400 when the
 * check is missing or wrong, or 503 when the store cannot count or the check cannot be verified (fail closed:
 * nothing is sent unthrottled or unchecked).
 * @param {Call} call @param {Identified} input
 * @returns {Promise<{ failure: Failure, recent?: number } | null>}
 */
async function throttledStart(call, input) {
  const range = input.connection === 'sms' ? await hashValue(call.options, phoneRange(input.identifier)) : undefined;
  const check = call.options.humanCheck ? () => verifyHumanCheck(call, input.data.captcha) : undefined;
  try {
    const { wait, recent, refused } = await call.throttles.start({ person: input.person, ip: await hashedIp(call), spelling: input.hashed, range, check });
    if (refused) return { failure: refused };
    return wait ? { failure: { status: 429, error: 'rate_limited', retryAfter: wait }, recent } : null;
  } catch (error) {
    onlyStoreDown(error);
    return { failure: STORE_DOWN };
  }
}

/**
 * Reserves a verification on its throttles, with the newest code ticket this browser holds for the person.
 * The refusal (429, or 503 when the store cannot count: fail closed, as sessions need the store anyway), else
 * the reservation to settle with Auth0's answer.
 * @param {Call} call @param {Identified} input
 * @returns {Promise<Failure | Reservation>}
 */
async function reservedVerify(call, input) {
  const { codes } = await readStart(call.options, call.request);
  const ticket = codes.filter((c) => c.identifier === input.hashed).at(-1);
  try {
    const result = await call.throttles.verify({ person: input.person, ip: await hashedIp(call), ticket });
    return typeof result === 'number' ? { status: 429, error: 'rate_limited', retryAfter: result } : result;
  } catch (error) {
    onlyStoreDown(error);
    return STORE_DOWN;
  }
}
