// @ts-check
// Edge behaviour of the server modules, one group per module, from a triage of the mutants StrykerJS left alive:
// each test pins something a person, an attacker or a site owner can see (a status, a header, the error code, a
// log field, the page's text, what the Node adapter does over a real socket) and fails when one of those mutants
// is put back. Auth0 is a stub here (the handler's `fetch` option) unless a test needs a real sign-in.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac, hkdfSync } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { CompactEncrypt, compactDecrypt } from 'jose';
import { createPasswordlessHandler, memoryStore, StoreUnavailableError } from '../../server/index.js';
import { mapAuth0Error } from '../../server/auth0-errors.js';
import { log } from '../../server/log.js';
import { toNodeHandler } from '../../server/node.js';
import { APP, CANARY_SECRET, Jar, LOOSE_SPACING, SESSION_SECRET, elementRequest, latestMessage, setup } from './server-helpers.js';

/** @typedef {import('../../server/index.js').PasswordlessHandlerOptions} PasswordlessHandlerOptions */

const START = { connection: 'email', identifier: 'edge@example.com' };

/**
 * A handler whose Auth0 is a stub: each call is recorded and answered by `auth0.answer()` (200 `{}` unless a test
 * sets it); log entries are kept as a JSON logger writes them. Its own memory store: no test counts for another.
 * @param {Partial<PasswordlessHandlerOptions>} [overrides]
 */
function stubbed(overrides = {}) {
  /** @type {Record<string, unknown>[]} */
  const logs = [];
  /** @type {{ url: string, headers: Headers, body: Record<string, unknown> }[]} */
  const calls = [];
  const auth0 = { /** @type {() => Response} */ answer: () => Response.json({}) };
  const handler = createPasswordlessHandler({
    domain: 'tenant.example.com',
    clientId: 'edge-client',
    clientSecret: CANARY_SECRET,
    sessionSecret: SESSION_SECRET,
    rateLimits: LOOSE_SPACING,
    store: memoryStore(),
    log: (entry) => logs.push(JSON.parse(JSON.stringify(entry))),
    fetch: async (input, init) => {
      calls.push({ url: String(input), headers: new Headers(init?.headers), body: JSON.parse(String(init?.body ?? '{}')) });
      return auth0.answer();
    },
    ...overrides,
  });
  /** The newest log entry of an event. @param {string} event */
  const last = (event) => logs.findLast((entry) => entry.event === event);
  return { handler, logs, calls, auth0, last };
}

/** What Auth0 answers. @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
function auth0Answer(status, body, headers = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/**
 * A POST as the element sends it (JSON, the custom header, same origin), with any body.
 * @param {string} route @param {BodyInit | null} body @param {Record<string, string>} [headers]
 */
function rawPost(route, body, headers = {}) {
  /** @type {RequestInit & { duplex?: 'half' }} */
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: APP, ...headers }, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return new Request(`${APP}/auth/passwordless/${route}`, init);
}

/** @param {import('node:net').Server} server @returns {Promise<number>} the port */
async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

describe('auth0-errors.js: what an Auth0 error answer becomes', () => {
  const NOW = 1_700_000_000_000; // ms; X-RateLimit-Reset is in epoch seconds
  const tooMany = { status: 429, error: 'too_many_requests', description: '' };
  /** The wait the browser is told for an Auth0 429 with these headers. @param {Record<string, string>} headers */
  const waitFor = (headers) => mapAuth0Error(tooMany, 'start', new Headers(headers)).retryAfter;

  // Retry-After: Auth0's own Retry-After, else its X-RateLimit-Reset, else the code's default wait.
  test('Auth0 429 and 503: Retry-After from X-RateLimit-Reset, else 60 s (rate_limited) or 30 s (service_unavailable)', async (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: NOW });
    const s = stubbed();
    s.auth0.answer = () => auth0Answer(429, { error: 'too_many_requests' }, { 'X-RateLimit-Reset': String(NOW / 1000 + 120) });
    let r = await s.handler(rawPost('start', JSON.stringify(START)));
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('retry-after'), '120');
    s.auth0.answer = () => auth0Answer(429, { error: 'too_many_requests' });
    r = await s.handler(rawPost('start', JSON.stringify(START)));
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('retry-after'), '60');
    // An outage page, not JSON: no error code to read, so the log keeps only Auth0's status.
    s.auth0.answer = () => new Response('<html>Service Unavailable</html>', { status: 503, headers: { 'Content-Type': 'text/html' } });
    r = await s.handler(rawPost('start', JSON.stringify(START)));
    assert.equal(r.status, 503);
    assert.equal(r.headers.get('retry-after'), '30');
    assert.deepEqual(await r.json(), { error: 'service_unavailable' });
    const entry = s.last('start');
    assert.equal(entry?.auth0Status, 503);
    assert.ok(entry && !('auth0Error' in entry), JSON.stringify(entry));
  });

  // The bounds of a wait read from Auth0's headers: more than 0, less than a day, else the default.
  test('a wait from Auth0\'s headers counts only when it is more than 0 s and less than a day', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: NOW });
    const now = NOW / 1000;
    assert.equal(waitFor({ 'Retry-After': '42' }), 42);
    assert.equal(waitFor({ 'Retry-After': '86400' }), 60);
    assert.equal(waitFor({ 'X-RateLimit-Reset': String(now + 86_399) }), 86_399);
    assert.equal(waitFor({ 'X-RateLimit-Reset': String(now + 86_400) }), 60);
    assert.equal(waitFor({ 'X-RateLimit-Reset': String(now + 100_000) }), 60);
    assert.equal(waitFor({ 'X-RateLimit-Reset': String(now) }), 60);
    assert.equal(waitFor({ 'X-RateLimit-Reset': String(now - 5) }), 60);
    assert.equal(waitFor({}), 60);
  });

  // Auth0's older error shape: { code, description }.
  test('an error body as { code, description } is read like { error, error_description }', async () => {
    const s = stubbed();
    s.auth0.answer = () => auth0Answer(400, { code: 'bad.email', description: 'error in email' });
    const r = await s.handler(rawPost('start', JSON.stringify(START)));
    assert.equal(r.status, 400);
    assert.deepEqual(await r.json(), { error: 'invalid_email' });
  });

  // An answer the table does not know, and what the log may keep of Auth0's fields.
  test('an answer no row knows: 502 service_unavailable without a wait; the log keeps Auth0\'s code cleaned and cut to 64 characters, its status, its request id and a hint', async () => {
    const s = stubbed();
    s.auth0.answer = () =>
      auth0Answer(400, { error: `${'x'.repeat(30)}<script>${'y'.repeat(60)}`, error_description: 'typed: secret@example.com' }, { 'X-Auth0-RequestId': 'req-0123abc' });
    const r = await s.handler(rawPost('start', JSON.stringify(START)));
    assert.equal(r.status, 502);
    assert.equal(r.headers.get('retry-after'), null);
    assert.deepEqual(await r.json(), { error: 'service_unavailable' });
    const { hint, identifier, ...entry } = s.last('start') ?? {};
    assert.deepEqual(entry, {
      level: 'error',
      event: 'start',
      outcome: 'service_unavailable',
      status: 502,
      connection: 'email',
      auth0Error: `${'x'.repeat(30)}script${'y'.repeat(28)}`,
      auth0Status: 400,
      auth0RequestId: 'req-0123abc',
    });
    assert.match(String(identifier), /^[0-9a-f]{12}$/);
    assert.equal(typeof hint, 'string');
    assert.ok(String(hint).length > 0, 'a hint for the site owner');
    assert.ok(!JSON.stringify(s.logs).includes('secret@example.com'), 'never the description');
  });

  // Only codes that mean "wait" carry Retry-After; Auth0 sends its rate-limit headers on every answer.
  test('a wrong code is not told to wait, even though Auth0 sent Retry-After and X-RateLimit-Reset', async () => {
    const s = stubbed();
    s.auth0.answer = () =>
      auth0Answer(403, { error: 'invalid_grant', error_description: 'Wrong email or verification code.' }, { 'Retry-After': '5', 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 30) });
    const r = await s.handler(rawPost('verify', JSON.stringify({ ...START, code: '123456' })));
    assert.equal(r.status, 403);
    assert.equal(r.headers.get('retry-after'), null);
    assert.deepEqual(await r.json(), { error: 'wrong_code' });
    assert.equal(s.last('verify')?.level, 'warn', 'a 4xx is a warning; a 5xx an error (above)');
  });
});

describe('crypto.js: keys from sessionSecret', () => {
  /** A key as crypto.js must derive it, computed here with node:crypto. @param {string} purpose */
  const derived = (purpose) => new Uint8Array(hkdfSync('sha256', SESSION_SECRET, 'passwordless-login', `passwordless-login ${purpose} v1`, 32));

  // Hashes in logs and store keys must match on every instance and every version that shares sessionSecret.
  test('the log\'s identifier is HMAC-SHA256 of "connection:identifier" under the HKDF "identifier" key: 6 bytes, 12 hex digits', async () => {
    const expected = createHmac('sha256', derived('identifier')).update('email:hash5@example.com').digest('hex').slice(0, 12);
    assert.ok(expected.match(/../g)?.some((byte) => byte.startsWith('0')), 'an identifier whose hash has a byte below 0x10');
    const s = stubbed();
    const r = await s.handler(rawPost('start', JSON.stringify({ connection: 'email', identifier: 'hash5@example.com' })));
    assert.equal(r.status, 204);
    assert.deepEqual(s.last('start'), { level: 'info', event: 'start', outcome: 'ok', status: 204, connection: 'email', identifier: expected });
  });

  // The algorithm and purpose allow-list: no other JWE algorithm (e.g. PBES2's key stretching) and no other typ.
  test('a session cookie is read only as the handler seals it (dir, A256GCM, typ passwordless-session), even under the right key', async () => {
    const t = await setup();
    try {
      const jar = new Jar();
      await t.handler(elementRequest('start', { connection: 'email', identifier: 'sealed@example.com' }));
      const { code } = await latestMessage(t.emulator, 'sealed@example.com');
      jar.store(await t.handler(elementRequest('verify', { connection: 'email', identifier: 'sealed@example.com', code }, { jar })));
      const key = derived('session');
      const { plaintext, protectedHeader } = await compactDecrypt(String(jar.cookies.get('passwordless_session')), key);
      assert.deepEqual(protectedHeader, { alg: 'dir', enc: 'A256GCM', typ: 'passwordless-session' });
      /** The session route's status for the same payload sealed with this header. @param {import('jose').CompactJWEHeaderParameters} header */
      const statusWith = async (header) => {
        const value = await new CompactEncrypt(plaintext).setProtectedHeader(header).encrypt(key);
        return (await t.handler(elementRequest('session', undefined, { headers: { Cookie: `passwordless_session=${value}` } }))).status;
      };
      assert.equal(await statusWith(protectedHeader), 200, 'resealed as the handler seals: read');
      assert.equal(await statusWith({ ...protectedHeader, enc: 'A128CBC-HS256' }), 401, 'another content encryption');
      assert.equal(await statusWith({ ...protectedHeader, typ: 'passwordless-start' }), 401, 'another purpose');
    } finally {
      await t.close();
    }
  });
});

describe('csrf.js: origin, header and content type; CORS', () => {
  // The log says which check refused a POST; the body only the code.
  test('refusals are logged with their reason (origin, header, content_type); a body that is not JSON is 415 misconfigured', async () => {
    const s = stubbed();
    let r = await s.handler(rawPost('logout', '{}', { Origin: 'https://evil.example' }));
    assert.equal(r.status, 403);
    assert.deepEqual(await r.json(), { error: 'origin_not_allowed' });
    assert.deepEqual(s.last('csrf'), { level: 'warn', event: 'csrf', outcome: 'origin', status: 403 });
    r = await s.handler(new Request(`${APP}/auth/passwordless/logout`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: APP }, body: '{}' }));
    assert.equal(r.status, 403);
    assert.deepEqual(await r.json(), { error: 'origin_not_allowed' });
    assert.deepEqual(s.last('csrf'), { level: 'warn', event: 'csrf', outcome: 'header', status: 403 });
    r = await s.handler(rawPost('logout', '{}', { 'Content-Type': 'text/plain' }));
    assert.equal(r.status, 415);
    assert.deepEqual(await r.json(), { error: 'misconfigured' });
    assert.deepEqual(s.last('csrf'), { level: 'warn', event: 'csrf', outcome: 'content_type', status: 415 });
  });

  test('Content-Type is read as its media type: case, parameters and spaces before the ";" do not matter', async () => {
    const s = stubbed();
    assert.equal((await s.handler(rawPost('logout', '{}', { 'Content-Type': 'Application/JSON ; charset=UTF-8' }))).status, 204);
  });

  // The CORS answers a browser acts on: credentials, caching by Origin, the preflight's lists and its max age.
  test('an allowed other origin gets Allow-Origin, Allow-Credentials and Vary; its preflight lists methods and headers; a refused preflight is 403, not cached', async () => {
    const other = 'https://other.example';
    const s = stubbed({ allowedOrigins: [APP, other] });
    const session = await s.handler(new Request(`${APP}/auth/passwordless/session`, { headers: { Origin: other } }));
    assert.equal(session.status, 401);
    assert.equal(session.headers.get('access-control-allow-origin'), other);
    assert.equal(session.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(session.headers.get('vary'), 'Origin');
    /** @param {string} origin */
    const preflight = (origin) =>
      s.handler(new Request(`${APP}/auth/passwordless/start`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key,x-passwordless-login' },
      }));
    const allowed = await preflight(other);
    assert.equal(allowed.status, 204);
    assert.deepEqual(Object.fromEntries(allowed.headers), {
      'access-control-allow-origin': other,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type, x-passwordless-login, idempotency-key',
      'access-control-max-age': '600',
      'cache-control': 'no-store',
      vary: 'Origin',
    });
    const refused = await preflight('https://evil.example');
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('cache-control'), 'no-store');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  // A sandboxed frame or a data: page on any site sends Origin: null; it must never read answers with credentials.
  test('Origin: null never gets CORS headers, even when allowedOrigins holds a file: URL (whose origin is "null")', async () => {
    const s = stubbed({ allowedOrigins: [APP, 'file:///app/index.html'] });
    const session = await s.handler(new Request(`${APP}/auth/passwordless/session`, { headers: { Origin: 'null' } }));
    assert.equal(session.status, 401);
    assert.equal(session.headers.get('access-control-allow-origin'), null);
    assert.equal(session.headers.get('access-control-allow-credentials'), null);
    const preflight = await s.handler(new Request(`${APP}/auth/passwordless/start`, { method: 'OPTIONS', headers: { Origin: 'null', 'Access-Control-Request-Method': 'POST' } }));
    assert.equal(preflight.status, 403);
  });
});

describe('failure.js and handler.js: the unexpected', () => {
  /** A memory store whose counters reject with `fault.error` while it is set. */
  function faultyStore() {
    const base = memoryStore();
    /** @type {{ error: unknown }} */
    const fault = { error: undefined };
    /** @type {import('../../server/store.js').PasswordlessStore} */
    const store = {
      ...base,
      limiter(name, limit) {
        const real = base.limiter(name, limit);
        return {
          ...real,
          async consume(key) {
            if (fault.error !== undefined) throw fault.error;
            return real.consume(key);
          },
        };
      },
    };
    return { store, fault };
  }

  // Fail closed with a wait only when the store is down; anything else is a bug and is answered and logged as one.
  test('only StoreUnavailableError is "store down" (503, wait 30 s); any other failure is 500 service_unavailable, logged as internal with its name', async () => {
    const { store, fault } = faultyStore();
    const s = stubbed({ store });
    const verify = () => s.handler(rawPost('verify', JSON.stringify({ ...START, code: '123456' })));
    fault.error = new StoreUnavailableError(new Error('ECONNREFUSED'));
    let r = await verify();
    assert.equal(r.status, 503);
    assert.equal(r.headers.get('retry-after'), '30');
    assert.deepEqual(await r.json(), { error: 'service_unavailable' });
    fault.error = new TypeError('a bug in a custom store');
    r = await verify();
    assert.equal(r.status, 500);
    assert.equal(r.headers.get('retry-after'), null);
    assert.deepEqual(await r.json(), { error: 'service_unavailable' });
    assert.deepEqual(s.last('internal'), { level: 'error', event: 'internal', outcome: 'service_unavailable', status: 500, hint: 'TypeError' });
    fault.error = 'not an Error';
    r = await verify();
    assert.equal(r.status, 500);
    assert.equal(s.last('internal')?.hint, 'error');
  });
});

describe('handler.js: routing and the adapter context', () => {
  test('a route ignores trailing slashes and nothing else; 404 and 405 are misconfigured, as JSON, not cached, with no wait', async () => {
    const s = stubbed();
    /** @param {string} path @param {string} [method] */
    const at = (path, method = 'GET') => s.handler(new Request(`${APP}/auth/passwordless/${path}`, { method }));
    assert.equal((await at('session/')).status, 401);
    assert.equal((await at('session//')).status, 401);
    for (const path of ['/session', 'ses/sion', 'nothing']) {
      const r = await at(path);
      assert.equal(r.status, 404, path);
      assert.deepEqual(await r.json(), { error: 'misconfigured' }, path);
    }
    const missing = await at('nothing');
    assert.equal(missing.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(missing.headers.get('cache-control'), 'no-store');
    assert.equal(missing.headers.get('retry-after'), null);
    const wrongMethod = await at('start');
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get('allow'), 'POST');
    assert.deepEqual(await wrongMethod.json(), { error: 'misconfigured' });
  });

  test('the context is optional: null, or a clientIp that is not a string, is left out', async () => {
    const s = stubbed();
    assert.equal((await s.handler(elementRequest('session'), /** @type {any} */ (null))).status, 401);
    const r = await s.handler(rawPost('start', JSON.stringify(START)), /** @type {any} */ ({ clientIp: 42 }));
    assert.equal(r.status, 204);
    assert.equal(s.calls.at(-1)?.headers.get('auth0-forwarded-for'), null);
  });
});

describe('http.js: the JSON body', () => {
  /** A start body of exactly `size` bytes. @param {number} size */
  const startOfSize = (size) => JSON.stringify({ ...START, pad: 'x'.repeat(size - JSON.stringify({ ...START, pad: '' }).length) });

  test('at most 16 KB: 16384 bytes are read, declared or not; one byte more is 413; a declared length over it is 413 before reading', async () => {
    const s = stubbed();
    const full = startOfSize(16_384);
    assert.equal(Buffer.byteLength(full), 16_384);
    assert.equal((await s.handler(rawPost('start', full))).status, 204);
    assert.equal((await s.handler(rawPost('start', full, { 'Content-Length': '16384' }))).status, 204);
    for (const r of [await s.handler(rawPost('start', startOfSize(16_385))), await s.handler(rawPost('start', JSON.stringify(START), { 'Content-Length': '16385' }))]) {
      assert.equal(r.status, 413);
      assert.deepEqual(await r.json(), { error: 'misconfigured' });
    }
  });

  test('no body is 400 unknown', async () => {
    const r = await stubbed().handler(rawPost('start', null));
    assert.equal(r.status, 400);
    assert.deepEqual(await r.json(), { error: 'unknown' });
  });

  test('a body that arrives in several chunks is put together in order', async () => {
    const s = stubbed();
    const bytes = new TextEncoder().encode(JSON.stringify(START));
    const body = new ReadableStream({
      start(controller) {
        for (const [from, to] of [[0, 7], [7, 20], [20, bytes.length]]) controller.enqueue(bytes.slice(from, to));
        controller.close();
      },
    });
    assert.equal((await s.handler(rawPost('start', body))).status, 204);
    assert.equal(s.calls.at(-1)?.body.email, 'edge@example.com');
  });

  test('bytes that are not UTF-8 are 400 unknown, even inside a string the handler does not use', async () => {
    const text = new TextEncoder();
    const body = Buffer.concat([text.encode('{"connection":"email","identifier":"edge@example.com","pad":"'), Uint8Array.of(0xff), text.encode('"}')]);
    const r = await stubbed().handler(rawPost('start', body));
    assert.equal(r.status, 400);
    assert.deepEqual(await r.json(), { error: 'unknown' });
  });

  test('only a JSON object: null, a number, a string or an array is 400 unknown', async () => {
    const s = stubbed();
    for (const body of ['null', '42', '"edge@example.com"', '[]']) {
      const r = await s.handler(rawPost('start', body));
      assert.equal(r.status, 400, body);
      assert.deepEqual(await r.json(), { error: 'unknown' }, body);
    }
  });
});

describe('log.js: the allow-list', () => {
  // Defence in depth, called directly: today every value the routes log is already a constant, a hash or cleaned.
  test('only allow-listed keys reach the logger; strings only when short and plain (a hint may say anything), numbers as they are, nothing else', () => {
    /** @type {unknown[]} */
    const seen = [];
    const options = /** @type {import('../../server/options.js').ResolvedOptions} */ (/** @type {unknown} */ ({ log: (/** @type {unknown} */ entry) => seen.push(entry) }));
    const hint = 'Fixed text: "quotes", commas & @ are fine here.';
    log(options, /** @type {any} */ ({
      level: 'warn',
      event: 'start',
      status: 400,
      connection: 'email',
      identifier: 'person@example.com', // not hashed: "@" is not plain
      outcome: 'x'.repeat(65), // too long
      auth0Error: true, // not a string
      auth0RequestId: 'id\n{"level":"info"}', // a forged line
      hint,
      code: '123456', // not a log key
    }));
    assert.deepEqual(seen, [{ level: 'warn', event: 'start', status: 400, connection: 'email', hint }]);
  });
});

describe('pages.js: the page for a link that cannot finish here', () => {
  // A site owner's loginUrl can hold any character an http(s) URL parses with; the page escapes all of them.
  const loginUrl = `https://example.com/login?next=/a&b=<i>"x"</i>&c='y'`;

  test('a link this browser cannot finish: its text, loginUrl escaped in the link, and headers that allow no script, referrer or sniffing', async () => {
    const r = await stubbed({ loginUrl }).handler(new Request(`${APP}/auth/passwordless/callback?code=abc&state=xyz`));
    assert.equal(r.status, 400);
    assert.deepEqual(
      ['content-type', 'content-language', 'cache-control', 'referrer-policy', 'x-content-type-options'].map((name) => r.headers.get(name)),
      ['text/html; charset=utf-8', 'en', 'no-store', 'no-referrer', 'nosniff'],
    );
    // Only the page's own <style>, by its hash: no script, no other style, no frame, no form.
    assert.match(
      /** @type {string} */ (r.headers.get('content-security-policy')),
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/,
    );
    const html = await r.text();
    assert.match(html, /<title>Open the link where you asked for it<\/title>/);
    assert.match(html, /<h1>Open the link where you asked for it<\/h1>/);
    assert.match(html, /<p>This sign-in link can be finished only in the browser where you asked for it\.<\/p>/);
    assert.doesNotMatch(html, /30 minutes|not signed in/);
    assert.ok(html.includes('<a href="https://example.com/login?next=/a&amp;b=&lt;i&gt;&quot;x&quot;&lt;/i&gt;&amp;c=&#39;y&#39;">Go to the sign-in page</a>'), html);
  });

  test('expired: its own title and advice, and a lifetime it knows to be true', async () => {
    const description = encodeURIComponent('The verification code has expired');
    const r = await stubbed({ loginUrl }).handler(new Request(`${APP}/auth/passwordless/callback?error=access_denied&error_description=${description}`));
    assert.equal(r.status, 400);
    const html = await r.text();
    assert.match(html, /<h1>This sign-in link has expired<\/h1>/);
    assert.match(html, /<p>Sign-in links work for a few minutes only, and only once\.<\/p>/);
    assert.match(html, /<p class="detail">Ask for a new one on the sign-in page\.<\/p>/);
  });
});

describe('node.js: the Node adapter over real sockets', () => {
  /**
   * Serves `app` on node:http for `use`, then closes.
   * @param {import('node:http').RequestListener} app @param {(base: string, port: number) => Promise<void>} use
   */
  async function served(app, use) {
    const server = createServer(app);
    const port = await listen(server);
    try {
      await use(`http://localhost:${port}`, port);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }
  /** A POST as the element sends it. @param {string} base @param {string} route @param {string} body */
  const postTo = (base, route, body) =>
    fetch(`${base}/auth/passwordless/${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: base }, body });

  test('node:http with no body parser: the body is streamed to the handler, and the socket\'s address goes to Auth0', async () => {
    const s = stubbed();
    const mounted = toNodeHandler(s.handler);
    await served((req, res) => mounted(req, res), async (base) => {
      const r = await postTo(base, 'start', JSON.stringify(START));
      assert.equal(r.status, 204, await r.text());
      assert.equal(s.calls.at(-1)?.body.email, 'edge@example.com');
      assert.equal(s.calls.at(-1)?.headers.get('auth0-forwarded-for'), '127.0.0.1');
    });
  });

  test('several Set-Cookie headers each go on their own line (logout clears every cookie name)', async () => {
    const mounted = toNodeHandler(stubbed().handler);
    await served((req, res) => mounted(req, res), async (base) => {
      const r = await postTo(base, 'logout', '{}');
      assert.equal(r.status, 204);
      const cookies = r.headers.getSetCookie();
      assert.equal(cookies.length, 8, cookies.join('\n')); // session, start, confirm and the no-script form, under both schemes' names
      assert.ok(cookies.every((cookie) => /; Max-Age=0/.test(cookie)));
    });
  });

  test('HEAD is answered 405 with Allow, like any other method a route does not take', async () => {
    const mounted = toNodeHandler(stubbed().handler);
    await served((req, res) => mounted(req, res), async (base) => {
      const r = await fetch(`${base}/auth/passwordless/session`, { method: 'HEAD' });
      assert.equal(r.status, 405);
      assert.equal(r.headers.get('allow'), 'GET');
    });
  });

  // Express 4's body-parser, or a capture-everything middleware, leaves req.body on GETs too.
  test('a GET after a middleware that read every request and left req.body: no body is made up for it', async () => {
    const mounted = toNodeHandler(stubbed().handler);
    await served(async (req, res) => {
      let text = '';
      for await (const chunk of req) text += chunk;
      /** @type {any} */ (req).body = text ? JSON.parse(text) : {};
      mounted(req, res);
    }, async (base) => {
      const r = await fetch(`${base}/auth/passwordless/session`);
      assert.equal(r.status, 401);
      assert.deepEqual(await r.json(), { error: 'session_expired' });
    });
  });

  test('Express: mounted under a path (originalUrl) after express.text(), the text body is used as it is', async () => {
    const s = stubbed();
    const app = express();
    app.use(express.text({ type: 'application/json' }));
    app.use('/auth', toNodeHandler(s.handler));
    await served(app, async (base) => {
      const r = await postTo(base, 'start', JSON.stringify(START));
      assert.equal(r.status, 204, await r.text());
      assert.equal(s.calls.at(-1)?.body.email, 'edge@example.com');
    });
  });

  test(
    'Express: after express.raw(), the Buffer body is used as the JSON it holds',
    async () => {
      const s = stubbed();
      const app = express();
      app.use(express.raw({ type: 'application/json' }));
      app.use(toNodeHandler(s.handler));
      await served(app, async (base) => {
        const r = await postTo(base, 'start', JSON.stringify(START));
        assert.equal(r.status, 204, await r.text());
      });
    },
  );

  test('HTTP/1.0 without a Host header: the request is read as on localhost', async () => {
    const mounted = toNodeHandler(stubbed().handler);
    await served((req, res) => mounted(req, res), async (_base, port) => {
      const socket = connect(port, '127.0.0.1');
      socket.setEncoding('utf8');
      socket.write('GET /auth/passwordless/session HTTP/1.0\r\n\r\n');
      let text = '';
      for await (const chunk of socket) text += chunk;
      assert.match(text, /^HTTP\/1\.1 401 /);
      assert.match(text, /\{"error":"session_expired"\}$/);
    });
  });

  const noOpenssl = spawnSync('openssl', ['version']).status !== 0 && 'openssl not found (Debian: apt-get install openssl)';

  test('https (a TLS socket): the origin is https, so the page\'s POSTs pass and cookies are Secure', { skip: noOpenssl }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'server-edges-'));
    try {
      const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { cwd: dir, encoding: 'utf8' });
      assert.equal(made.status, 0, made.stderr);
      const cert = readFileSync(join(dir, 'cert.pem'));
      const mounted = toNodeHandler(stubbed().handler);
      const server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (req, res) => mounted(req, res));
      const port = await listen(server);
      try {
        /** @type {{ status?: number, cookies: string[] }} */
        const answer = await new Promise((resolve, reject) => {
          const request = https.request(
            {
              host: '127.0.0.1',
              servername: 'localhost',
              port,
              ca: cert,
              method: 'POST',
              path: '/auth/passwordless/logout',
              headers: { Host: `localhost:${port}`, Origin: `https://localhost:${port}`, 'Content-Type': 'application/json', 'X-Passwordless-Login': '1' },
            },
            (response) => {
              response.resume();
              response.on('end', () => resolve({ status: response.statusCode, cookies: response.headers['set-cookie'] ?? [] }));
            },
          );
          request.on('error', reject);
          request.end('{}');
        });
        assert.equal(answer.status, 204);
        assert.equal(answer.cookies.length, 8);
        assert.ok(answer.cookies.every((cookie) => /; Secure$/.test(cookie)), answer.cookies.join('\n'));
      } finally {
        server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /**
   * Serves `handler` with node:http2's compatibility API (h2c) and sends it one request.
   * @param {ReturnType<typeof stubbed>['handler']} handler
   * @param {(port: number) => import('node:http2').OutgoingHttpHeaders} headers @param {string} [body]
   */
  async function overHttp2(handler, headers, body) {
    const mounted = toNodeHandler(handler);
    const server = http2.createServer((req, res) => mounted(/** @type {any} */ (req), /** @type {any} */ (res)));
    const port = await listen(/** @type {any} */ (server));
    const client = http2.connect(`http://127.0.0.1:${port}`);
    try {
      const stream = client.request(headers(port));
      stream.end(body);
      const [response] = await once(stream, 'response');
      stream.setEncoding('utf8');
      let text = '';
      for await (const chunk of stream) text += chunk;
      return { status: response[':status'], body: text };
    } finally {
      client.close();
      server.close();
    }
  }

  test('HTTP/2 (node:http2 compatibility API): the pseudo-headers are left out of the Request', async () => {
    const r = await overHttp2(stubbed().handler, () => ({ ':method': 'GET', ':path': '/auth/passwordless/session' }));
    assert.equal(r.status, 401);
    assert.deepEqual(JSON.parse(r.body), { error: 'session_expired' });
  });

  test(
    'HTTP/2: the origin is the one the browser used (:authority), so the page\'s POSTs pass',
    async () => {
      const headers = (/** @type {number} */ port) => ({
        ':method': 'POST',
        ':path': '/auth/passwordless/logout',
        origin: `http://127.0.0.1:${port}`,
        'content-type': 'application/json',
        'x-passwordless-login': '1',
      });
      const r = await overHttp2(stubbed().handler, headers, '{}');
      assert.equal(r.status, 204, r.body);
    },
  );

  test('a handler not made by createPasswordlessHandler: mounted at /auth/passwordless by default; without next, other paths get a plain-text 404', async () => {
    const mounted = toNodeHandler(async (request) => new Response(new URL(request.url).pathname));
    await served((req, res) => mounted(req, res), async (base) => {
      assert.equal(await (await fetch(`${base}/auth/passwordless/anything`)).text(), '/auth/passwordless/anything');
      const r = await fetch(`${base}/elsewhere`);
      assert.equal(r.status, 404);
      assert.equal(r.headers.get('content-type'), 'text/plain; charset=utf-8');
      assert.equal(await r.text(), 'Not found');
    });
  });

  test('a handler that fails: next(error) when there is a next; without one, 500 service_unavailable as JSON, not cached', { timeout: 10_000 }, async () => {
    const failing = toNodeHandler(async () => {
      throw new Error('handler broke');
    });
    await served((req, res) => failing(req, res, (error) => res.end(error instanceof Error ? `next got: ${error.message}` : 'next got no error')), async (base) => {
      assert.equal(await (await fetch(`${base}/auth/passwordless/session`)).text(), 'next got: handler broke');
    });
    await served((req, res) => failing(req, res), async (base) => {
      const r = await fetch(`${base}/auth/passwordless/session`);
      assert.equal(r.status, 500);
      assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(r.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await r.json(), { error: 'service_unavailable' });
    });
  });

  test('a response body that fails after the head was written: the answer is still ended, and nothing is thrown', { timeout: 10_000 }, async () => {
    const broken = toNodeHandler(async () => new Response(new ReadableStream({ pull: (controller) => controller.error(new Error('body broke')) })));
    await served((req, res) => broken(req, res), async (base) => {
      const r = await fetch(`${base}/auth/passwordless/anything`);
      assert.equal(r.status, 200, 'the head was already written');
      await r.text(); // ends
    });
  });
});
