// @ts-check
// The request pipeline: parse, preflight, body limit, faults, route, write, log.
import { jsonError, parseCookies, MAX_BODY_BYTES } from './http.js';
import { anyClientAllows, corsHeaders, preflight } from './cors.js';
import { start, verify, verifyRedirect } from './routes/passwordless.js';
import { challenge } from './routes/challenge.js';
import { passkeyChallenge, passkeyRegister } from './routes/passkey.js';
import { otpChallenge } from './routes/otp-challenge.js';
import { MY_ACCOUNT_PREFIX, myAccount } from './routes/my-account.js';
import { coAuthenticate } from './routes/co.js';
import { coVerify } from './routes/co-verify.js';
import { authorize } from './routes/authorize.js';
import { token } from './routes/token.js';
import { revoke } from './routes/revoke.js';
import { userinfo } from './routes/userinfo.js';
import { logout } from './routes/logout.js';
import { oidcLogout } from './routes/oidc-logout.js';
import { jwks, openidConfiguration } from './routes/well-known.js';
import { dev } from './routes/dev.js';
import { STAND_INS_PREFIX } from './routes/stand-ins.js';
import { loginCode, loginForm, loginIdentifier } from './routes/login.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Reply} Reply */
/** @typedef {(ctx: Ctx, req: Req) => Reply | Promise<Reply>} Route */

/** @type {Record<string, Route>} */
const ROUTES = {
  'POST /passwordless/start': start,
  'POST /passwordless/verify': verify,
  'POST /passwordless/challenge': challenge,
  'POST /passkey/register': passkeyRegister,
  'POST /passkey/challenge': passkeyChallenge,
  'POST /otp/challenge': otpChallenge,
  'POST /co/authenticate': coAuthenticate,
  'POST /co/verify': coVerify,
  'GET /authorize': authorize,
  'GET /passwordless/verify_redirect': verifyRedirect,
  // Only with magic_link_interstitial: the "Continue" page's form (any other time it is a wrong link).
  'POST /passwordless/verify_redirect': verifyRedirect,
  'GET /.well-known/jwks.json': jwks,
  'GET /.well-known/openid-configuration': openidConfiguration,
  'GET /userinfo': userinfo,
  'GET /v2/logout': logout,
  'GET /oidc/logout': oidcLogout,
  'POST /oauth/token': token,
  'POST /oauth/revoke': revoke,
  'GET /u/login': loginForm,
  'POST /u/login': loginIdentifier,
  'GET /u/login/code': loginForm,
  'POST /u/login/code': loginCode,
};
const PATHS = new Set(Object.keys(ROUTES).map((k) => k.split(' ')[1]));
/** Host headers the dev API answers: localhost, 127.0.0.1 and [::1], any port. */
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;
/** Bodies beyond this are not even drained: the connection is cut. */
const HARD_LIMIT = 1024 * 1024;

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads the body; `tooLarge` past 64 KB (the rest is drained, or the socket cut past 1 MB).
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<{ body: Buffer, tooLarge: boolean }>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > HARD_LIMIT) {
        req.destroy();
        return;
      }
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge: size > MAX_BODY_BYTES }));
    req.on('error', reject);
    req.on('close', () => resolve({ body: Buffer.alloc(0), tooLarge: size > MAX_BODY_BYTES }));
  });
}

/** @param {import('./faults.js').Fault} fault @param {Ctx} ctx @param {string|undefined} origin @returns {Reply} */
function faultReply(fault, ctx, origin) {
  const isString = typeof fault.body === 'string';
  return {
    status: fault.status ?? 500,
    headers: {
      ...corsHeaders(origin, anyClientAllows(ctx, origin)),
      'content-type': isString ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...(fault.headers ?? {}),
    },
    body: fault.body === undefined ? '' : isString ? /** @type {string} */ (fault.body) : JSON.stringify(fault.body),
  };
}

/**
 * @param {Ctx} ctx
 * @returns {import('./listen.js').Handler}
 */
export function createHandler(ctx) {
  return (req, res) => {
    handle(ctx, req, res).catch(() => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'server_error', error_description: 'Internal error' }));
      } else res.destroy();
    });
  };
}

/**
 * @param {Ctx} ctx
 * @param {import('node:http').IncomingMessage} raw
 * @param {import('node:http').ServerResponse} res
 */
async function handle(ctx, raw, res) {
  const began = performance.now();
  const method = raw.method ?? 'GET';
  let url;
  try {
    url = new URL(raw.url ?? '/', 'http://localhost');
  } catch {
    url = null;
  }
  const path = url?.pathname ?? '/';
  /** @param {Reply} reply */
  const write = (reply) => {
    res.writeHead(reply.status, { 'x-content-type-options': 'nosniff', ...reply.headers });
    res.end(method === 'HEAD' ? undefined : reply.body);
    // Only method, path and status: never query strings, codes, tokens or secrets.
    ctx.log?.(`${method} ${path} ${reply.status} ${Math.round(performance.now() - began)}ms`);
  };
  if (!url) return write(jsonError(400, 'invalid_request', 'Malformed URL'));
  if (method === 'OPTIONS') return write(preflight(ctx, path, raw.headers));

  const { body, tooLarge } = method === 'GET' || method === 'HEAD' ? { body: Buffer.alloc(0), tooLarge: false } : await readBody(raw);
  if (raw.socket.destroyed) return;
  const origin = typeof raw.headers.origin === 'string' ? raw.headers.origin : undefined;
  if (tooLarge) {
    return write(jsonError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes`, corsHeaders(origin, anyClientAllows(ctx, origin))));
  }
  /** @type {Req} */
  const req = {
    method, path, query: url.searchParams, headers: raw.headers, origin,
    ip: raw.socket.remoteAddress ?? 'unknown', cookies: parseCookies(raw.headers.cookie), body,
  };

  const isDev = path === '/__emulator' || path.startsWith('/__emulator/');
  if (isDev) {
    // The dev API shows every code: off when configured so, and only for loopback host names, so a web page
    // that points its own host name at 127.0.0.1 (DNS rebinding) cannot read the outbox.
    if (!ctx.config.dev_api) return write(jsonError(404, 'not_found', 'Not Found'));
    if (!LOOPBACK_HOST.test(String(raw.headers.host ?? ''))) return write(jsonError(403, 'forbidden', 'The dev API answers loopback host names only'));
  }

  // Faults act on Auth0's routes and on the providers' stand-ins (a verify endpoint that is down or slow), not on
  // the rest of the dev API.
  const fault = !isDev || path.startsWith(STAND_INS_PREFIX) ? ctx.faults.take(method, path) : undefined;
  if (fault && !fault.after) {
    if (fault.delay_ms) await sleep(fault.delay_ms);
    if (fault.drop) return void raw.socket.destroy();
    if (fault.status !== undefined) return write(faultReply(fault, ctx, origin));
  }

  const route = ROUTES[`${method === 'HEAD' ? 'GET' : method} ${path}`];
  let reply;
  if (isDev) {
    reply = (await dev(ctx, req)) ?? jsonError(404, 'not_found', 'Not Found');
  } else if (path.startsWith(MY_ACCOUNT_PREFIX) && method !== 'HEAD') {
    // The My Account API's paths carry ids ({id}/verify): one handler under its prefix.
    reply = await myAccount(ctx, req);
  } else if (!route) {
    reply = PATHS.has(path) ? jsonError(405, 'method_not_allowed', `${method} is not allowed on ${path}`) : jsonError(404, 'not_found', 'Not Found');
  } else if (method === 'HEAD') {
    // HEAD never runs a route: link scanners must not consume magic links.
    reply = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: '' };
  } else {
    reply = await route(ctx, req);
  }

  if (fault && fault.after) {
    // The work is done (code consumed, session created...), but the answer gets lost or late.
    if (fault.delay_ms) await sleep(fault.delay_ms);
    if (fault.drop) return void raw.socket.destroy();
    if (fault.status !== undefined) reply = faultReply(fault, ctx, origin);
  }
  write(reply);
}
