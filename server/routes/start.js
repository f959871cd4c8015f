// @ts-check
// POST {basePath}/start: asks Auth0 to send a code or a link (the server decides which), once per
// Idempotency-Key, after the SMS country, the throttles and the human check (the body's `captcha`, when the
// handler has `humanCheck`). It sets the start cookie: for a link, what only this browser can finish it
// with; for a code, the ticket that keeps this browser a small verify budget of its own during a lockout.
import { isLoginErrorCode } from '../../protocol/error-codes.js';
import { normaliseLocale } from '../../protocol/identifiers.js';
import { SEND_HEADER } from '../../protocol/wire.js';
import { otpChallenge, passwordlessStart } from '../auth0-client.js';
import { authSessionFor } from '../database-codes.js';
import { logFailure } from '../failure.js';
import { errorResponse, json, noContent } from '../http.js';
import { outcomeOf } from '../idempotency.js';
import { log } from '../log.js';
import { postRoute } from '../pipeline.js';
import { returnPathFor } from '../return-path.js';
import { expiresIn, readStart, START_MAX_AGE, startCookie } from '../start-cookie.js';
import { randomToken } from '../crypto.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../pipeline.js').Identified} Identified */
/** @typedef {import('../idempotency.js').StartOutcome} StartOutcome */
/** @typedef {import('../failure.js').Failure} Failure */
/** @typedef {import('../options.js').PhoneDelivery} PhoneDelivery */

/**
 * The body's `delivery` ('text' or 'voice', phones only; absent: the handler's default), or its refusal. Voice goes
 * only through a database connection whose `phoneDelivery` allows it. Checked before anything is counted.
 * @param {Call} call @param {Identified} input @returns {Failure | null}
 */
function refuseDelivery(call, { connection, data }) {
  const delivery = data.delivery;
  if (delivery === undefined) return null;
  if (delivery !== 'text' && delivery !== 'voice') return { status: 400, error: 'misconfigured', hint: "delivery must be 'text' or 'voice'." };
  if (connection !== 'sms') return null; // an email has one way to go
  const allowed = call.options.databaseCodes?.delivery ?? ['text'];
  if (allowed.includes(delivery)) return null;
  return {
    status: 400,
    error: 'misconfigured',
    hint: call.options.databaseCodes
      ? `delivery '${delivery}' is not allowed by phoneDelivery (${allowed.join(', ')}).`
      : "Voice codes need databaseConnection and phoneDelivery ['text', 'voice']: the classic sms connection sends text messages only.",
  };
}

/**
 * A code through the database connection (/otp/challenge): the outcome, with the `auth_session` in its ticket.
 * @param {Call} call @param {Identified} input @param {string|undefined} locale
 * @returns {Promise<StartOutcome>}
 */
async function sendOnDatabase(call, { connection, identifier, hashed, data }, locale) {
  const { options } = call;
  const delivery = /** @type {PhoneDelivery|undefined} */ (data.delivery);
  const result = await otpChallenge(options, { connection, identifier, delivery, locale, ip: call.ip });
  if (!result.ok) {
    logFailure(options, 'start', result.failure, { connection, identifier: hashed });
    return { ...outcomeOf(result.failure), sent: true };
  }
  log(options, { level: 'info', event: 'start', outcome: 'ok', status: 204, connection, identifier: hashed });
  const ticket = { id: randomToken(16), identifier: hashed, issued: Date.now(), exp: expiresIn(START_MAX_AGE), authSession: result.authSession, ...(locale ? { locale } : {}) };
  return { status: 204, send: 'code', sent: true, ticket };
}

/**
 * Asks Auth0 to send. Returns what happened, for the response and the idempotency window.
 * @param {Call} call @param {Identified} input
 * @returns {Promise<StartOutcome>}
 */
async function send(call, input) {
  const { connection, identifier, hashed, data } = input;
  const { options } = call;
  const link = options.send === 'link';
  const state = link ? randomToken() : undefined;
  const nonce = link ? randomToken() : undefined;
  const locale = normaliseLocale(data.locale);
  if (options.databaseCodes) return sendOnDatabase(call, input, locale);
  const result = await passwordlessStart(options, { connection, identifier, locale, state, nonce, ip: call.ip });
  if (!result.ok) {
    logFailure(options, 'start', result.failure, { connection, identifier: hashed });
    // Auth0 was asked: even a failure may have sent (a timeout), so a repeat must get this answer, not a resend.
    return { ...outcomeOf(result.failure), sent: true };
  }
  log(options, { level: 'info', event: 'start', outcome: 'ok', status: 204, connection, identifier: hashed });
  const exp = expiresIn(START_MAX_AGE);
  // The language goes into the start cookie too, for the handler's own pages (pages.js).
  const language = locale ? { locale } : {};
  if (!link || !state || !nonce) return { status: 204, send: 'code', sent: true, ticket: { id: randomToken(16), identifier: hashed, issued: Date.now(), exp, ...language } };
  const returnTo = returnPathFor(options, call.request, data.returnTo);
  return { status: 204, send: 'link', sent: true, link: { state, nonce, returnTo, identifier: hashed, exp, ...language } };
}

/**
 * Within the person's cooldown, a code start for the spelling that was just sent to is answered as sent: the code
 * in their inbox is the live one (Auth0 keeps only the newest), so nobody's timing can keep them from it. A link
 * cannot be shared that way (it is bound to the browser that asked), so a link start waits out the cooldown.
 * Its ticket dates from that message, so it opens no lockout the code was sent before.
 * On a database connection the code is checked with its `auth_session`, which only the browser that asked holds:
 * there the answer is "sent" only to that browser (its ticket keeps the session), and anyone else waits.
 * @param {Call} call @param {Identified} input @param {number} sentAt
 * @returns {Promise<StartOutcome | null>}
 */
async function recent(call, { hashed, data }, sentAt) {
  if (call.options.send !== 'code') return null;
  const locale = normaliseLocale(data.locale);
  let authSession;
  if (call.options.databaseCodes) {
    authSession = await authSessionFor(call, hashed);
    if (!authSession) return null;
  }
  const ticket = { id: randomToken(16), identifier: hashed, issued: sentAt, exp: expiresIn(START_MAX_AGE), ...(authSession ? { authSession } : {}), ...(locale ? { locale } : {}) };
  return { status: 204, send: 'code', sent: false, ticket };
}

/**
 * The response for an outcome, the first time or for a repeat (the start cookie is rebuilt from this request's).
 * @param {Call} call @param {StartOutcome} outcome
 */
async function answer(call, outcome) {
  if (outcome.status !== 204) {
    const retryAfter = outcome.retryAt ? Math.max(1, Math.ceil((outcome.retryAt - Date.now()) / 1000)) : undefined;
    // A repeat's code comes back from the store: only a code from the protocol's list reaches the element.
    const error = isLoginErrorCode(outcome.error) ? outcome.error : 'unknown';
    const check = call.options.humanCheck;
    // A check refused: the widget the element shows for the next try (the settings route's, without `required`).
    if (check && (error === 'captcha_required' || error === 'invalid_captcha')) {
      return json(outcome.status, { error, humanCheck: { provider: check.provider, siteKey: check.siteKey } });
    }
    return errorResponse(outcome.status, error, { retryAfter });
  }
  // The server decides code or link; the header tells the element which step to show.
  const sent = { [SEND_HEADER]: outcome.send ?? 'code' };
  const { link, ticket } = outcome;
  if (!link && !ticket) return noContent(sent);
  const { pending, codes } = await readStart(call.options, call.request);
  return noContent(sent, [await startCookie(call.options, call.request, {
    pending: link ? [...pending.filter((p) => p.state !== link.state), link] : pending,
    // A newer code replaces the person's older ones (Auth0 keeps only the latest).
    codes: ticket ? [...codes.filter((c) => c.identifier !== ticket.identifier), ticket] : codes,
  })]);
}

export const start = postRoute({ event: 'start', identified: true, idempotent: true, throttle: 'start', run: send, recent, refuse: refuseDelivery, answer });
