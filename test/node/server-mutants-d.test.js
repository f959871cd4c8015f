// @ts-check
// Behaviours the mutation run (group D) showed no test pinned: how a call to Auth0 that times out, loses its
// answer or answers oddly is mapped; the shape of the /passwordless/start and OTP requests (JSON, the claim that
// names the person for email and sms, the audience); the ID token checks (required claims, nonce, an iat from the
// future, to the second); the profile's allow-list and the tokens' expiry; the callback's refusals (no code, a code
// too long, an error Auth0 answered, a store that cannot keep the session, an ID token naming nobody) and that each
// clears its pending link; SMS links; which page a link without its start cookie gets; the start's tickets and
// pending links across repeats and the cooldown; and the Node adapter's Host, body and basePath edges. Auth0 is a
// stub in-process unless a test needs the emulator's real link.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createPasswordlessHandler, memoryStore, StoreUnavailableError } from '../../server/index.js';
import { toNodeHandler, toRequest } from '../../server/node.js';
import { resolveOptions } from '../../server/options.js';
import { otpToken, passwordlessStart, profileFrom, sessionFrom, verifyIdToken, codeToken } from '../../server/auth0-client.js';
import { randomToken } from '../../server/crypto.js';
import { readStart } from '../../server/start-cookie.js';
import { CALLBACK, Jar, SESSION_SECRET, elementRequest, latestMessage, outboxSize, setup } from './server-helpers.js';

const ORIGIN = 'https://tenant.example.com';
const CLIENT = 'mutants-d';

/**
 * Resolved options whose Auth0 is `answer` (the JWKS is served from a fresh RSA key); every call is recorded.
 * @param {(url: string, init: RequestInit | undefined) => Response | Promise<Response>} [answer] @param {Record<string, unknown>} [extra]
 */
async function stubbedAuth0(answer = () => Response.json({}), extra = {}) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  /** @type {{ url: string, headers: Headers, body: any }[]} */
  const calls = [];
  /** @type {typeof fetch} */
  const stubFetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/.well-known/jwks.json')) return Response.json({ keys: [jwk] });
    calls.push({ url, headers: new Headers(init?.headers), body: JSON.parse(String(init?.body ?? '{}')) });
    return answer(url, init);
  };
  const options = resolveOptions(/** @type {any} */ ({ domain: 'tenant.example.com', clientId: CLIENT, clientSecret: 'secret', sessionSecret: SESSION_SECRET, fetch: stubFetch, log: () => {}, ...extra }));
  /** An ID token signed by the tenant's key. @param {Record<string, unknown>} claims @param {{ iat?: number, exp?: number | null, sub?: string | null }} [times] */
  const idToken = async (claims = {}, times = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(`${ORIGIN}/`).setAudience(CLIENT);
    if (times.sub !== null) jwt.setSubject(times.sub ?? 'auth0|d');
    jwt.setIssuedAt(times.iat ?? now);
    if (times.exp !== null) jwt.setExpirationTime(times.exp ?? now + 3600);
    return jwt.sign(privateKey);
  };
  return { options, calls, idToken };
}

const OTP = { connection: /** @type {const} */ ('email'), identifier: 'd@example.com', code: '123456' };

test('a call to Auth0 that times out (TimeoutError or AbortError) or loses its answer (ECONNRESET, EPIPE) is 504 network; one that never connects is 502 service_unavailable', async () => {
  /** @type {unknown} */
  let thrown;
  const { options } = await stubbedAuth0(() => {
    throw thrown;
  });
  const failureOf = async () => {
    const result = await otpToken(options, OTP);
    assert.equal(result.ok, false);
    return /** @type {any} */ (result).failure;
  };
  for (const name of ['TimeoutError', 'AbortError']) {
    thrown = new DOMException('took too long', name);
    assert.deepEqual([(await failureOf()).status, (await failureOf()).error], [504, 'network'], name);
  }
  for (const code of ['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']) {
    thrown = new TypeError('fetch failed', { cause: Object.assign(new Error('socket'), { code }) });
    assert.deepEqual([(await failureOf()).status, (await failureOf()).error], [504, 'network'], code);
  }
  thrown = new TypeError('fetch failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
  assert.deepEqual([(await failureOf()).status, (await failureOf()).error], [502, 'service_unavailable']);
});

test('an answer whose body times out while being read is 504 network with its request id (for TimeoutError and AbortError); a body that is not JSON is not', async () => {
  /** @type {string} */
  let name = 'TimeoutError';
  const { options } = await stubbedAuth0(() => {
    const body = new ReadableStream({ start: (c) => c.error(new DOMException('body too slow', name)) });
    return new Response(body, { status: 200, headers: { 'x-auth0-requestid': 'req-42' } });
  });
  for (name of ['TimeoutError', 'AbortError']) {
    const result = /** @type {any} */ (await otpToken(options, OTP));
    assert.deepEqual(result, { ok: false, failure: { status: 504, error: 'network', auth0RequestId: 'req-42' } }, name);
  }
});

test('Auth0\'s request id is cleaned and cut to 64 characters, and absent when Auth0 sends none', async () => {
  /** @type {Record<string, string>} */
  let headers = {};
  const { options } = await stubbedAuth0(() => Response.json({ error: 'server_error' }, { status: 500, headers }));
  const idOf = async () => /** @type {any} */ (await otpToken(options, OTP)).failure.auth0RequestId;
  assert.equal(await idOf(), undefined);
  headers = { 'x-auth0-requestid': 'ab<c>d e' };
  assert.equal(await idOf(), 'abcde');
  headers = { 'x-auth0-requestid': 'x'.repeat(100) };
  assert.equal(await idOf(), 'x'.repeat(64));
});

test('a token answer without an ID token, or whose body is JSON null, is 502 misconfigured (nothing thrown)', async () => {
  /** @type {string} */
  let text = JSON.stringify({ access_token: 'at' });
  const { options } = await stubbedAuth0(() => new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }));
  for (text of [JSON.stringify({ access_token: 'at' }), 'null']) {
    const result = /** @type {any} */ (await otpToken(options, OTP));
    assert.equal(result.ok, false, text);
    assert.deepEqual([result.failure.status, result.failure.error], [502, 'misconfigured'], text);
  }
});

test('/passwordless/start is JSON with the link\'s claim (email, or phone for sms) added once to the scope, only for a link; the audience goes with it and with the OTP grant', async () => {
  const { options, calls } = await stubbedAuth0();
  const authParams = async (/** @type {any} */ p) => {
    await passwordlessStart(options, p);
    const call = /** @type {any} */ (calls.at(-1));
    assert.equal(call.headers.get('content-type'), 'application/json');
    return call.body.authParams;
  };
  assert.equal((await authParams({ connection: 'email', identifier: 'a@example.com', state: 's', nonce: 'n' })).scope, 'openid profile email');
  assert.equal((await authParams({ connection: 'sms', identifier: '+15555550123', state: 's', nonce: 'n' })).scope, 'openid profile email phone');
  const narrow = await stubbedAuth0(undefined, { scope: 'openid', audience: 'https://api.example.com' });
  await passwordlessStart(narrow.options, { connection: 'email', identifier: 'a@example.com' });
  const code = /** @type {any} */ (narrow.calls.at(-1)).body.authParams;
  assert.equal(code.scope, 'openid', 'a code start asks for the configured scope only');
  assert.equal(code.audience, 'https://api.example.com');
  await otpToken(narrow.options, OTP);
  const grant = /** @type {any} */ (narrow.calls.at(-1));
  assert.equal(grant.body.audience, 'https://api.example.com');
  assert.equal(grant.headers.get('content-type'), 'application/json');
});

test('an ID token counts only with sub and exp, a nonce only when one was sent (and then the same), and an iat no more than 60 s ahead, to the second', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options, idToken } = await stubbedAuth0();
    const now = Date.now() / 1000;
    assert.ok(await verifyIdToken(options, await idToken()));
    assert.equal(await verifyIdToken(options, await idToken({}, { sub: null })), null, 'no sub');
    assert.equal(await verifyIdToken(options, await idToken({}, { exp: null })), null, 'no exp');
    assert.ok(await verifyIdToken(options, await idToken({ nonce: 'n1' })), 'a nonce nobody asked for is not checked');
    assert.ok(await verifyIdToken(options, await idToken({ nonce: 'n1' }), 'n1'));
    assert.equal(await verifyIdToken(options, await idToken({ nonce: 'n2' }), 'n1'), null);
    assert.ok(await verifyIdToken(options, await idToken({}, { iat: now + 60 })), 'iat exactly 60 s ahead');
    assert.equal(await verifyIdToken(options, await idToken({}, { iat: now + 61 })), null, 'iat 61 s ahead');
    assert.equal(await verifyIdToken(options, await idToken({}, { iat: now + 600 })), null, 'iat 10 min ahead');
  } finally {
    mock.timers.reset();
  }
});

test('the profile keeps every allow-listed claim and nothing else; the tokens expire expires_in seconds from now', async () => {
  const claims = {
    sub: 'auth0|d', email: 'd@example.com', email_verified: true, phone_number: '+15555550123', phone_number_verified: false, name: 'D', given_name: 'Dee',
    family_name: 'Dd', nickname: 'dd', picture: 'https://p.example/d.png', locale: 'en', updated_at: '2026-01-01T00:00:00Z',
  };
  assert.deepEqual(profileFrom({ ...claims, nonce: 'n', sid: 's', at_hash: 'h', iss: 'x' }), claims);
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options, idToken } = await stubbedAuth0();
    const session = await sessionFrom(options, { id_token: await idToken(), access_token: 'at', expires_in: 3600 });
    assert.equal(session?.tokens.expires_at, 1_800_000_000 + 3600);
  } finally {
    mock.timers.reset();
  }
});

test('the code from a link is exchanged with the callback URL as redirect_uri and the client secret', async () => {
  const { options, calls } = await stubbedAuth0(undefined, { callbackUrl: CALLBACK });
  await codeToken(options, { code: 'c1', ip: '203.0.113.9' });
  const call = /** @type {any} */ (calls.at(-1));
  assert.deepEqual([call.body.redirect_uri, call.body.client_secret, call.body.code], [CALLBACK, 'secret', 'c1']);
  assert.equal(call.headers.get('auth0-forwarded-for'), '203.0.113.9');
});

test('random tokens are unpadded base64url', () => {
  for (let i = 0; i < 50; i++) {
    assert.match(randomToken(16), /^[A-Za-z0-9_-]{22}$/);
    assert.match(randomToken(), /^[A-Za-z0-9_-]{43}$/);
  }
});

/** A top-level navigation from a mail client. @param {string} url @param {Jar} jar */
const callbackRequest = (url, jar) => new Request(url, { headers: { Cookie: jar.header(), 'Sec-Fetch-Site': 'cross-site' } });

test('the callback: no code, a code over 512 characters or an error from Auth0 goes back with link_invalid (no exchange), a 512-character code is exchanged; each failure clears its pending link', async () => {
  const u = await setup({ send: 'link', loginUrl: '/login' });
  try {
    /** @param {string} email @param {(url: URL) => void} change */
    const follow = async (email, change) => {
      const jar = new Jar();
      jar.store(await u.handler(elementRequest('start', { connection: 'email', identifier: email, returnTo: '/p' }, { jar })));
      const landing = await fetch(/** @type {string} */ ((await latestMessage(u.emulator, email)).link), { redirect: 'manual' });
      const url = new URL(/** @type {string} */ (landing.headers.get('location')));
      change(url);
      const before = u.auth0Calls().length;
      assert.ok(jar.cookies.has('passwordless_start'));
      const answer = jar.store(await u.handler(callbackRequest(url.href, jar)));
      return { answer, jar, exchanged: u.auth0Calls().slice(before).some((c) => c.url.endsWith('/oauth/token')) };
    };
    for (const [label, change] of /** @type {[string, (url: URL) => void][]} */ ([
      ['no code', (url) => url.searchParams.delete('code')],
      ['513 characters', (url) => url.searchParams.set('code', 'c'.repeat(513))],
      ['an error Auth0 does not know', (url) => url.searchParams.set('error', 'something_new')],
      ['a wrong code', (url) => { url.searchParams.set('error', 'access_denied'); url.searchParams.set('error_description', 'Wrong email or verification code.'); }],
    ])) {
      const { answer, jar, exchanged } = await follow(`d-${label.replace(/\W/g, '')}@example.com`, change);
      assert.equal(answer.headers.get('location'), '/p?passwordless=error&code_error=link_invalid', label);
      assert.equal(exchanged, false, label);
      assert.ok(!jar.cookies.has('passwordless_start'), `${label}: the start cookie is cleared`);
    }
    const long = await follow('d-512@example.com', (url) => url.searchParams.set('code', 'c'.repeat(512)));
    assert.equal(long.exchanged, true, '512 characters go to Auth0');
  } finally {
    await u.close();
  }
});

test('the callback: a store that cannot keep the session gives service_unavailable and no session', async () => {
  const base = memoryStore();
  /** @type {import('../../server/store.js').PasswordlessStore} */
  const store = { ...base, limiter: (n, l) => base.limiter(n, l), claim: (k, v, t) => base.claim(k, v, t), read: (k) => base.read(k), update: (k, v, t) => base.update(k, v, t), release: (k) => base.release(k),
    write: async (key, value, ttl) => {
      if (key.startsWith('session:')) throw new StoreUnavailableError('down');
      return base.write(key, value, ttl);
    } };
  const u = await setup({ send: 'link', loginUrl: '/login', store });
  try {
    const jar = new Jar();
    jar.store(await u.handler(elementRequest('start', { connection: 'email', identifier: 'd-store@example.com', returnTo: '/p' }, { jar })));
    const landing = await fetch(/** @type {string} */ ((await latestMessage(u.emulator, 'd-store@example.com')).link), { redirect: 'manual' });
    const answer = jar.store(await u.handler(callbackRequest(/** @type {string} */ (landing.headers.get('location')), jar)));
    assert.equal(answer.headers.get('location'), '/p?passwordless=error&code_error=service_unavailable');
    assert.ok(!jar.cookies.has('passwordless_session'));
  } finally {
    await u.close();
  }
});

test('a newer code replaces only that person\'s older ticket in the start cookie', async () => {
  const u = await setup({ send: 'code' });
  try {
    const jar = new Jar();
    const hashes = [];
    for (const email of ['d-alice@example.com', 'd-bob@example.com', 'd-alice@example.com']) {
      const r = jar.store(await u.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar })));
      assert.equal(r.status, 204);
      const { codes } = await readStart(resolveOptions(/** @type {any} */ (u.options)), elementRequest('session', undefined, { jar }));
      hashes.push(codes.map((c) => c.identifier));
    }
    const [alice, bob] = hashes[1];
    assert.notEqual(alice, bob);
    assert.deepEqual(hashes[2], [bob, alice]);
  } finally {
    await u.close();
  }
});

test('a start Auth0 did not answer in time is kept for its Idempotency-Key: a repeat gets the same answer and Auth0 is asked once', async () => {
  let asked = 0;
  const u = await setup({
    send: 'code',
    fetch: async (input, init) => {
      if (String(input).endsWith('/passwordless/start')) {
        asked += 1;
        throw new DOMException('took too long', 'TimeoutError');
      }
      return fetch(input, init);
    },
  });
  try {
    const key = crypto.randomUUID();
    const answers = [];
    for (let i = 0; i < 2; i++) {
      const r = await u.handler(elementRequest('start', { connection: 'email', identifier: 'd-timeout@example.com' }, { headers: { 'Idempotency-Key': key } }));
      answers.push([r.status, (await r.json()).error]);
    }
    assert.deepEqual(answers, [[504, 'network'], [504, 'network']]);
    assert.equal(asked, 1, 'Auth0 was asked once; the repeat got the kept answer');
  } finally {
    await u.close();
  }
});

test('a code start answered from the cooldown (another browser, same person) still gets its ticket in the start cookie', async () => {
  const u = await setup({ send: 'code' }, { defaultLimits: true });
  try {
    const options = resolveOptions(/** @type {any} */ (u.options));
    const first = new Jar();
    assert.equal(first.store(await u.handler(elementRequest('start', { connection: 'email', identifier: 'd-cool@example.com' }, { jar: first }))).status, 204);
    const other = new Jar();
    assert.equal(other.store(await u.handler(elementRequest('start', { connection: 'email', identifier: 'd-cool@example.com' }, { jar: other }))).status, 204);
    assert.ok(u.logs.some((l) => l.includes('recently_sent')));
    const [a] = (await readStart(options, elementRequest('session', undefined, { jar: first }))).codes;
    const b = (await readStart(options, elementRequest('session', undefined, { jar: other }))).codes;
    assert.equal(b.length, 1);
    assert.equal(b[0].identifier, a.identifier);
    assert.equal(typeof b[0].id, 'string');
  } finally {
    await u.close();
  }
});

test('a repeated link start (same Idempotency-Key) keeps its one pending link: it pushes no older link out of the start cookie', async () => {
  const u = await setup({ send: 'link', loginUrl: '/login' });
  try {
    const options = resolveOptions(/** @type {any} */ (u.options));
    const jar = new Jar();
    const states = async () => (await readStart(options, elementRequest('session', undefined, { jar }))).pending.map((p) => p.state);
    const key = crypto.randomUUID();
    for (const [email, k] of [['d-l1@example.com', crypto.randomUUID()], ['d-l2@example.com', crypto.randomUUID()], ['d-l3@example.com', key]]) {
      assert.equal(jar.store(await u.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar, headers: { 'Idempotency-Key': k } }))).status, 204);
    }
    const three = await states();
    assert.equal(three.length, 3);
    assert.equal(jar.store(await u.handler(elementRequest('start', { connection: 'email', identifier: 'd-l3@example.com' }, { jar, headers: { 'Idempotency-Key': key } }))).status, 204);
    assert.deepEqual(await states(), three);
  } finally {
    await u.close();
  }
});

test('an SMS link signs in the person whose phone_number the ID token names', async () => {
  const u = await setup({ send: 'link', loginUrl: '/login' });
  try {
    const jar = new Jar();
    assert.equal(jar.store(await u.handler(elementRequest('start', { connection: 'sms', identifier: '+1 415 555 0134' }, { jar }))).status, 204);
    const landing = await fetch(/** @type {string} */ ((await latestMessage(u.emulator, '+14155550134')).link), { redirect: 'manual' });
    const answer = jar.store(await u.handler(callbackRequest(/** @type {string} */ (landing.headers.get('location')), jar)));
    assert.equal(answer.headers.get('location'), '/login?passwordless=signed-in');
    const session = await u.handler(elementRequest('session', undefined, { jar }));
    assert.equal((await session.json()).user.phone_number, '+14155550134');
  } finally {
    await u.close();
  }
});

test('without the start cookie, the page follows Auth0\'s error code before its description: a consent or setup error that says "expired" is not an expired link', async () => {
  const u = await setup({ send: 'link', loginUrl: '/login' });
  try {
    // consent_required matches a row of its own; invalid_client is a setup error only on the server's side.
    for (const error of ['consent_required', 'invalid_client']) {
      const page = await u.handler(new Request(`${CALLBACK}?error=${error}&error_description=${encodeURIComponent('Consent expired')}&state=abc`));
      assert.equal(page.status, 400);
      const html = await page.text();
      assert.match(html, /<title>This sign-in link could not sign you in<\/title>/, error);
      assert.doesNotMatch(html, /This sign-in link has expired/, error);
    }
  } finally {
    await u.close();
  }
});

test('a link opened in another browser whose fresh ID token names nobody (no email, no phone_number) is refused, not offered for confirmation', async () => {
  const u = await setup({ send: 'link', loginUrl: '/login' });
  try {
    const email = 'd-nobody@example.com';
    const asking = new Jar();
    asking.store(await u.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar: asking })));
    const emulatorJar = new Jar();
    const landing = emulatorJar.store(await fetch(/** @type {string} */ ((await latestMessage(u.emulator, email)).link), { redirect: 'manual' }));
    const other = new Jar();
    const callback = other.store(await u.handler(callbackRequest(/** @type {string} */ (landing.headers.get('location')), other)));
    const authorize = new URL(/** @type {string} */ (callback.headers.get('location')));
    authorize.searchParams.set('scope', 'openid profile'); // as if the tenant left the claim out
    const silent = await fetch(authorize, { redirect: 'manual', headers: { Cookie: emulatorJar.header() } });
    const answer = other.store(await u.handler(callbackRequest(/** @type {string} */ (silent.headers.get('location')), other)));
    assert.equal(answer.headers.get('location'), '/login?passwordless=error&code_error=link_invalid');
    assert.ok(!other.cookies.has('passwordless_confirm') && !other.cookies.has('passwordless_session'));
  } finally {
    await u.close();
  }
});

test('node adapter: an HTTP/1.0 POST without a Host header is read as on localhost, so a page there passes the origin check', async () => {
  const handler = createPasswordlessHandler({ domain: 'tenant.example.com', clientId: CLIENT, clientSecret: 'secret', sessionSecret: SESSION_SECRET, store: memoryStore(), log: () => {}, fetch: async () => Response.json({}) });
  const server = createServer(toNodeHandler(handler));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
    const socket = connect(port, '127.0.0.1');
    socket.setEncoding('utf8');
    const body = JSON.stringify({ connection: 'email', identifier: 'd-http10@example.com' });
    socket.write(`POST /auth/passwordless/start HTTP/1.0\r\nOrigin: http://localhost\r\nX-Passwordless-Login: 1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    let text = '';
    for await (const chunk of socket) text += chunk;
    assert.match(text, /^HTTP\/1\.1 204 /);
  } finally {
    server.close();
  }
});

test('node adapter: a body some middleware marked as parsed without reading it is still read from the stream', async () => {
  const req = Object.assign(Readable.from([Buffer.from('{"connection":"email"}')]), { method: 'POST', url: '/auth/passwordless/start', headers: { host: 'app.example', 'content-type': 'application/json' }, body: {}, socket: {} });
  assert.equal(await toRequest(/** @type {any} */ (req)).text(), '{"connection":"email"}');
});

test('node adapter: a basePath with doubled slashes at either end mounts at the same place', async () => {
  for (const basePath of ['//auth/passwordless', '/auth/passwordless//']) {
    let reached = false;
    const mounted = toNodeHandler(async () => {
      reached = true;
      return new Response(null, { status: 204 });
    }, { basePath });
    await new Promise((resolve, reject) => {
      const res = /** @type {any} */ ({ headersSent: false, writeHead: () => {}, end: resolve });
      mounted(/** @type {any} */ ({ url: '/auth/passwordless/session', method: 'GET', headers: { host: 'app.example' }, socket: {} }), res, (/** @type {unknown} */ e) => (e ? reject(e) : resolve(undefined)));
    });
    assert.ok(reached, basePath);
  }
});

test('an answer from the cooldown is not kept for its Idempotency-Key: repeated after the cooldown, the start is judged afresh and sends', async () => {
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  const u = await setup({ send: 'code' }, { defaultLimits: true });
  try {
    const start = async (/** @type {string} */ key) => (await u.handler(elementRequest('start', { connection: 'email', identifier: 'd-again@example.com' }, { headers: { 'Idempotency-Key': key } }))).status;
    assert.equal(await start(crypto.randomUUID()), 204);
    const key = crypto.randomUUID();
    assert.equal(await start(key), 204);
    assert.equal(await outboxSize(u.emulator), 1, 'within the cooldown: answered as sent, nothing sent');
    mock.timers.tick(31_000);
    assert.equal(await start(key), 204);
    assert.equal(await outboxSize(u.emulator), 2, 'the same key after the cooldown sends');
  } finally {
    mock.timers.reset();
    await u.close();
  }
});
