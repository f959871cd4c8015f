// @ts-check
// The routes under basePath: start, verify, callback, session, logout. Fetch API only.
import { allowedOrigins, checkPost, corsHeaders, preflight } from './csrf.js';
import { errorResponse, json, noContent, readJson, redirect } from './http.js';
import { clientIp, hashValue, log } from './log.js';
import { codeToken, otpToken, passwordlessStart, profileFrom, verifyIdToken } from './auth0-client.js';
import { normaliseCode, normaliseIdentifier, normaliseLocale, safeReturnPath, withParams } from './validate.js';
import { clearSessionCookie, pendingCookie, readPending, readSession, sessionCookie, START_MAX_AGE } from './session.js';
import { linkProblemPage } from './pages.js';
import { consumeAll, createThrottles } from './throttle.js';
import { claimSlot, idempotencyKey, idempotencySlot, settleSlot } from './idempotency.js';
import { StoreUnavailableError } from './store.js';

/** Tells the element whether a code or a link was sent (the server, not the browser, decides). */
export const SEND_HEADER = 'X-Passwordless-Send';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./auth0-client.js').Failure} Failure */
/** @typedef {import('./auth0-client.js').TokenSet} TokenSet */
/** @typedef {import('./idempotency.js').StartOutcome} StartOutcome */
/**
 * @typedef {object} RequestContext What the adapter knows beyond the Request.
 * @property {string} [clientIp] the socket's remote address (the Node adapter sets it)
 */
/** @typedef {{ options: ResolvedOptions, request: Request, ip: string|undefined }} Call */

const ROUTES = { start: 'POST', verify: 'POST', callback: 'GET', session: 'GET', logout: 'POST' };

/** How long the element is told to wait when the store is down. */
const STORE_HINT = 'The store (Redis) did not answer, so the request was refused rather than let through unthrottled. See "Several instances" in server/README.md.';
/** The answer while the store is down: refused (fail closed), with the wait the element shows. @type {Failure} */
const STORE_DOWN = { status: 503, error: 'service_unavailable', retryAfter: 30, hint: STORE_HINT };

/** Lets a store outage be answered; anything else is a bug and goes on up. @param {unknown} error */
function onlyStoreDown(error) {
  if (!(error instanceof StoreUnavailableError)) throw error;
}

/** @param {number} bytes */
function randomToken(bytes = 32) {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * @param {ResolvedOptions} options
 * @returns {(request: Request, context?: RequestContext) => Promise<Response>}
 */
export function createRoutes(options) {
  const throttles = createThrottles(options);

  /** Logs a failure. @param {string} event @param {Failure} failure @param {{ connection?: string, identifier?: string }} [extra] */
  function logFailure(event, failure, extra = {}) {
    log(options, {
      level: failure.status >= 500 ? 'error' : 'warn',
      event,
      outcome: failure.error,
      status: failure.status,
      auth0Error: failure.auth0Error,
      auth0Status: failure.auth0Status,
      auth0RequestId: failure.auth0RequestId,
      hint: failure.hint,
      ...extra,
    });
  }

  /** Logs a failure and answers it. @param {Call} call @param {string} event @param {Failure} failure @param {{ connection?: string, identifier?: string }} [extra] */
  function fail(call, event, failure, extra = {}) {
    logFailure(event, failure, extra);
    return errorResponse(failure.status, failure.error, { retryAfter: failure.retryAfter });
  }

  /**
   * The common front of the POST routes: CSRF checks, then the JSON body and the identifier.
   * @param {Call} call @param {string} event
   */
  async function readIdentified(call, event) {
    const refused = checkPost(options, call.request);
    if (refused) {
      log(options, { level: 'warn', event: 'csrf', outcome: refused.reason, status: refused.status });
      return { response: errorResponse(refused.status, refused.error) };
    }
    const body = await readJson(call.request);
    if (!body.ok) return { response: fail(call, event, { status: body.status, error: body.status === 413 ? 'misconfigured' : 'unknown', hint: 'The body must be one JSON object of at most 16 KB.' }) };
    const raw = body.data.connection;
    if ((raw !== 'email' && raw !== 'sms') || !options.connections.includes(raw)) {
      return { response: fail(call, event, { status: 400, error: 'misconfigured', hint: `connection must be one of ${options.connections.join(', ')}.` }) };
    }
    const connection = /** @type {'email'|'sms'} */ (raw);
    const identifier = normaliseIdentifier(connection, body.data.identifier);
    if (!identifier) return { response: fail(call, event, { status: 400, error: connection === 'email' ? 'invalid_email' : 'invalid_phone_number' }, { connection }) };
    const hashed = await hashValue(options, `${connection}:${identifier}`);
    return { data: body.data, connection, identifier, hashed };
  }

  /** The client IP as a store key: hashed like identifiers, so no address is kept in the store. @param {Call} call */
  async function ipKey(call) {
    return call.ip === undefined ? undefined : hashValue(options, `ip:${call.ip}`);
  }

  /** @param {Call} call */
  async function start(call) {
    const input = await readIdentified(call, 'start');
    if (input.response) return input.response;
    const { connection, hashed } = input;
    const key = idempotencyKey(call.request);
    if (key === null) return fail(call, 'start', { status: 400, error: 'misconfigured', hint: 'Idempotency-Key must be 1 to 255 visible ASCII characters.' }, { connection, identifier: hashed });
    if (key === undefined) return startResponse(call, await send(call, input));
    const slot = await idempotencySlot(options, key, hashed);
    try {
      const earlier = await claimSlot(options, slot);
      if (earlier) return repeatResponse(call, earlier, hashed);
    } catch (error) {
      onlyStoreDown(error);
      return fail(call, 'start', STORE_DOWN, { connection, identifier: hashed });
    }
    let outcome;
    try {
      outcome = await send(call, input);
    } catch (error) {
      await options.store.release(slot).catch(() => {});
      throw error;
    }
    // A store that fails now only costs a repeat its cached answer (it gets 409 until the slot expires).
    await settleSlot(options, slot, outcome).catch(() => log(options, { level: 'error', event: 'store', outcome: 'service_unavailable', hint: STORE_HINT }));
    return startResponse(call, outcome);
  }

  /**
   * Throttles, then asks Auth0 to send. Returns what happened, for the response and the idempotency window.
   * @param {Call} call @param {{ connection: 'email'|'sms', identifier: string, hashed: string, data: Record<string, unknown> }} input
   * @returns {Promise<StartOutcome>}
   */
  async function send(call, input) {
    const { connection, identifier, hashed, data } = input;
    /** @param {import('./auth0-client.js').Failure} failure @returns {StartOutcome} */
    const failed = (failure) => {
      logFailure('start', failure, { connection, identifier: hashed });
      return { status: failure.status, error: failure.error, retryAt: failure.retryAfter ? Date.now() + failure.retryAfter * 1000 : undefined };
    };
    let wait;
    try {
      wait = await consumeAll([
        [throttles.startIdentifier, hashed],
        [throttles.startIp, await ipKey(call)],
        [throttles.global, 'all'],
      ]);
    } catch (error) {
      onlyStoreDown(error);
      return failed(STORE_DOWN);
    }
    if (wait) return failed({ status: 429, error: 'rate_limited', retryAfter: wait });
    const link = options.send === 'link';
    const state = link ? randomToken() : undefined;
    const nonce = link ? randomToken() : undefined;
    const result = await passwordlessStart(options, { connection, identifier, locale: normaliseLocale(data.locale), state, nonce, ip: call.ip });
    // Auth0 was asked: even a failure may have sent (a timeout), so a repeat must get this answer, not a resend.
    if (!result.ok) return { ...failed(result.failure), sent: true };
    log(options, { level: 'info', event: 'start', outcome: 'ok', status: 204, connection, identifier: hashed });
    if (!link || !state || !nonce) return { status: 204, send: 'code', sent: true };
    const exp = Math.floor(Date.now() / 1000) + START_MAX_AGE;
    return { status: 204, send: 'link', sent: true, link: { state, nonce, returnTo: returnPath(call, data.returnTo), identifier: hashed, exp } };
  }

  /** @param {Call} call @param {StartOutcome} outcome */
  async function startResponse(call, outcome) {
    if (outcome.status !== 204) {
      const retryAfter = outcome.retryAt ? Math.max(1, Math.ceil((outcome.retryAt - Date.now()) / 1000)) : undefined;
      return errorResponse(outcome.status, outcome.error ?? 'unknown', { retryAfter });
    }
    // The server decides code or link; the header tells the element which step to show.
    const sent = { [SEND_HEADER]: outcome.send ?? 'code' };
    if (!outcome.link) return noContent(sent);
    const entry = outcome.link;
    const pending = ((await readPending(options, call.request)) ?? []).filter((p) => p.state !== entry.state);
    return noContent(sent, [await pendingCookie(options, call.request, [...pending, entry])]);
  }

  /**
   * A start that repeats an Idempotency-Key (for the same identifier) from the last 60 s: the first answer again,
   * or 409 while the first is still in progress.
   * @param {Call} call @param {{ pending: true } | StartOutcome} earlier @param {string} hashed
   */
  function repeatResponse(call, earlier, hashed) {
    if ('pending' in earlier) return fail(call, 'start', { status: 409, error: 'rate_limited', retryAfter: 1, hint: 'A start with this Idempotency-Key is still in progress.' }, { identifier: hashed });
    log(options, { level: 'info', event: 'start', outcome: 'repeat', status: earlier.status, identifier: hashed });
    return startResponse(call, earlier);
  }

  /**
   * Where a link returns: the body's returnTo if it is a safe relative path, else the calling page (Referer,
   * when it is an allowed origin), else loginUrl.
   * @param {Call} call @param {unknown} requested
   */
  function returnPath(call, requested) {
    const own = safeReturnPath(requested);
    if (own) return own;
    const referer = call.request.headers.get('referer');
    if (referer) {
      try {
        const url = new URL(referer);
        if (allowedOrigins(options, call.request).includes(url.origin) && !url.pathname.startsWith(`${options.basePath}/`)) {
          const path = safeReturnPath(`${url.pathname}${url.search}`);
          if (path) return path;
        }
      } catch {
        // ignore a malformed Referer
      }
    }
    return options.loginUrl;
  }

  /**
   * Verifies the tokens and builds the session cookie.
   * @param {Call} call @param {TokenSet} tokens @param {string} [nonce]
   */
  async function establish(call, tokens, nonce) {
    const claims = await verifyIdToken(options, tokens.id_token, nonce);
    if (!claims) return null;
    const user = profileFrom(claims);
    const cookie = await sessionCookie(options, call.request, {
      user,
      tokens: {
        id_token: tokens.id_token,
        access_token: tokens.access_token,
        expires_at: tokens.expires_in ? Math.floor(Date.now() / 1000) + Number(tokens.expires_in) : undefined,
        scope: tokens.scope,
      },
    });
    return { user, cookie };
  }

  /** @param {Call} call */
  async function verify(call) {
    const input = await readIdentified(call, 'verify');
    if (input.response) return input.response;
    const { connection, identifier, hashed, data } = input;
    const code = normaliseCode(data.code);
    if (!code) return fail(call, 'verify', { status: 400, error: 'invalid_code' }, { connection, identifier: hashed });
    let wait = 0;
    try {
      wait = await consumeAll([
        [throttles.verifyIdentifier, hashed],
        [throttles.verifyIp, await ipKey(call)],
      ]);
    } catch (error) {
      onlyStoreDown(error);
      if (!options.verifyWithoutStore) return fail(call, 'verify', STORE_DOWN, { connection, identifier: hashed });
      log(options, { level: 'warn', event: 'store', outcome: 'verify_unthrottled', hint: STORE_HINT });
    }
    if (wait) return fail(call, 'verify', { status: 429, error: 'rate_limited', retryAfter: wait }, { connection, identifier: hashed });
    const result = await otpToken(options, { connection, identifier, code, ip: call.ip });
    if (!result.ok) return fail(call, 'verify', result.failure, { connection, identifier: hashed });
    const session = await establish(call, result.tokens);
    if (!session) return fail(call, 'verify', { status: 502, error: 'invalid_response', hint: 'The ID token failed verification (signature, issuer, audience or expiry).' }, { connection, identifier: hashed });
    log(options, { level: 'info', event: 'verify', outcome: 'ok', status: 200, connection, identifier: hashed });
    const response = json(200, { user: session.user });
    response.headers.append('Set-Cookie', session.cookie);
    return response;
  }

  /** @param {Call} call */
  async function callback(call) {
    const query = new URL(call.request.url).searchParams;
    const pending = await readPending(options, call.request);
    if (!pending || pending.length === 0) {
      // Another browser or profile, more than 30 minutes later, or a mail scanner: explain, never "state".
      log(options, { level: 'warn', event: 'callback', outcome: 'no_start_cookie', status: 400 });
      const expired = /expired/i.test(query.get('error_description') ?? '');
      return linkProblemPage(expired ? 'expired' : 'other_browser', options.loginUrl);
    }
    const state = query.get('state') ?? '';
    const entry = pending.find((p) => p.state === state);
    const rest = pending.filter((p) => p !== entry);
    const target = entry?.returnTo ?? pending[pending.length - 1].returnTo;
    /** @param {string} code @param {Failure} [failure] */
    const failWith = async (code, failure) => {
      log(options, { level: 'warn', event: 'callback', outcome: code, status: 302, auth0Error: failure?.auth0Error, auth0Status: failure?.auth0Status, auth0RequestId: failure?.auth0RequestId, hint: failure?.hint });
      return redirect(withParams(target, { passwordless: 'error', code_error: code }), [await pendingCookie(options, call.request, rest)]);
    };
    if (!entry) return failWith('link_invalid');
    const error = query.get('error');
    if (error !== null) {
      const text = (query.get('error_description') ?? '').toLowerCase();
      const code = text.includes('expired') ? 'code_expired'
        : text.includes('maximum number of attempts') ? 'too_many_attempts'
        : error === 'server_error' || error === 'temporarily_unavailable' ? 'service_unavailable'
        : error === 'unauthorized_client' || error === 'invalid_request' ? 'misconfigured'
        : 'link_invalid';
      return failWith(code, { status: 302, error: code, auth0Error: error.replace(/[^a-z_.]/gi, '').slice(0, 40) });
    }
    const code = query.get('code');
    if (!code || code.length > 512) return failWith('link_invalid');
    const result = await codeToken(options, { code, ip: call.ip });
    if (!result.ok) return failWith(result.failure.error, result.failure);
    const session = await establish(call, result.tokens, entry.nonce);
    if (!session) return failWith('invalid_response', { status: 502, error: 'invalid_response', hint: 'The ID token failed verification (signature, issuer, audience, expiry or nonce).' });
    const claimed = typeof session.user.email === 'string' ? `email:${session.user.email.toLowerCase()}`
      : typeof session.user.phone_number === 'string' ? `sms:${session.user.phone_number}` : undefined;
    if (claimed && (await hashValue(options, claimed)) !== entry.identifier) return failWith('link_invalid', { status: 302, error: 'link_invalid', hint: 'The link signed in someone other than the person who asked for it.' });
    log(options, { level: 'info', event: 'callback', outcome: 'ok', status: 302, identifier: entry.identifier });
    return redirect(withParams(entry.returnTo, { passwordless: 'signed-in' }), [session.cookie, await pendingCookie(options, call.request, rest)]);
  }

  /** @param {Call} call */
  async function session(call) {
    const current = await readSession(options, call.request);
    return current ? json(200, { user: current.user }) : errorResponse(401, 'session_expired');
  }

  /** @param {Call} call */
  async function logout(call) {
    const refused = checkPost(options, call.request);
    if (refused) {
      log(options, { level: 'warn', event: 'csrf', outcome: refused.reason, status: refused.status });
      return errorResponse(refused.status, refused.error);
    }
    log(options, { level: 'info', event: 'logout', outcome: 'ok', status: 204 });
    return noContent({}, [clearSessionCookie(options, call.request)]);
  }

  const handlers = { start, verify, callback, session, logout };

  return async (request, context = {}) => {
    let response;
    try {
      response = await route(request, context);
    } catch (error) {
      log(options, { level: 'error', event: 'internal', outcome: 'service_unavailable', status: 500, hint: error instanceof Error ? error.name : 'error' });
      response = errorResponse(500, 'service_unavailable');
    }
    for (const [key, value] of Object.entries(corsHeaders(options, request))) response.headers.set(key, value);
    return response;
  };

  /** @param {Request} request @param {RequestContext} context @returns {Promise<Response>} */
  async function route(request, context) {
    const path = new URL(request.url).pathname;
    const prefix = `${options.basePath}/`;
    if (!path.startsWith(prefix)) return errorResponse(404, 'misconfigured');
    const name = path.slice(prefix.length).replace(/\/+$/, '');
    if (!Object.hasOwn(ROUTES, name)) return errorResponse(404, 'misconfigured');
    const key = /** @type {keyof typeof ROUTES} */ (name);
    if (request.method === 'OPTIONS') return preflight(options, request);
    if (request.method !== ROUTES[key]) return errorResponse(405, 'misconfigured', { headers: { Allow: ROUTES[key] } });
    const call = { options, request, ip: clientIp(options, request, typeof context?.clientIp === 'string' ? context.clientIp : undefined) };
    return handlers[key](call);
  }
}
