// @ts-check
// Backend mode, sign-in by code against the emulator: start, verify with the OTP grant, session, logout,
// and the mapping of wrong, expired and over-tried codes.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { getSession } from '../../server/index.js';
import { CANARY_SECRET, Jar, elementRequest, exposed, jwtsIn, latestMessage, setup } from './server-helpers.js';

/** @type {Awaited<ReturnType<typeof setup>>} */
let t;
before(async () => (t = await setup()));
after(() => t.close());
beforeEach(() => t.emulator.clock.reset());

/** @param {string} email @param {Jar} jar */
async function startFor(email, jar, connection = 'email') {
  const response = jar.store(await t.handler(elementRequest('start', { connection, identifier: email, locale: 'fr' })));
  assert.equal(response.status, 204, await response.text());
  return latestMessage(t.emulator, connection === 'email' ? email.trim().toLowerCase() : email);
}

test('email code: start, verify, session, logout; no token reaches the browser', async () => {
  const jar = new Jar();
  const seen = [];
  const start = jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: ' Alice@Example.com ', locale: 'fr' })));
  assert.equal(start.status, 204);
  assert.equal(start.headers.get('cache-control'), 'no-store');
  seen.push(await exposed(start));
  const message = await latestMessage(t.emulator, 'alice@example.com');
  assert.match(message.code, /^\d{6}$/);

  // The outbound start held only server-fixed values plus the identifier.
  const startCall = t.auth0Calls().find((c) => c.url.endsWith('/passwordless/start'));
  assert.ok(startCall);
  const sent = JSON.parse(startCall.body);
  assert.equal(sent.send, 'code');
  assert.equal(sent.client_id, 'test-regular');
  assert.equal(sent.email, 'alice@example.com');
  assert.equal(sent.authParams.response_type, 'code');
  assert.equal(startCall.headers['x-request-language'], 'fr');
  assert.equal(startCall.headers['auth0-forwarded-for'], undefined, 'no auth0-forwarded-for without a client address');

  const verify = jar.store(await t.handler(elementRequest('verify', { connection: 'email', identifier: 'alice@example.com', code: message.code })));
  assert.equal(verify.status, 200);
  seen.push(await exposed(verify));
  const body = await verify.json();
  assert.equal(body.user.email, 'alice@example.com');
  assert.equal(body.user.email_verified, true);
  assert.match(body.user.sub, /^email\|/);
  assert.deepEqual(Object.keys(body), ['user', 'method']);
  assert.equal(body.method, 'code');
  const cookie = verify.headers.getSetCookie()[0];
  assert.match(cookie, /^passwordless_session=/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);

  // The tokens stay on the server, reachable with getSession().
  const server = await getSession(elementRequest('session', undefined, { jar }), t.options);
  assert.ok(server?.tokens.id_token && server.tokens.access_token);
  assert.ok((server.tokens.expires_at ?? 0) > Date.now() / 1000);
  assert.equal(server.user.sub, body.user.sub);

  const session = await t.handler(elementRequest('session', undefined, { jar }));
  assert.equal(session.status, 200);
  seen.push(await exposed(session));
  const current = await session.json();
  assert.equal(current.user.sub, body.user.sub);
  assert.equal(current.method, 'code', 'the session says how it began');

  const logout = jar.store(await t.handler(elementRequest('logout', {}, { jar })));
  assert.equal(logout.status, 204);
  seen.push(await exposed(logout));
  const afterLogout = await t.handler(elementRequest('session', undefined, { jar }));
  assert.equal(afterLogout.status, 401);
  assert.deepEqual(await afterLogout.json(), { error: 'session_expired' });

  const all = seen.join('\n');
  assert.ok(!all.includes(server.tokens.id_token), 'the ID token never reaches the browser');
  assert.ok(!all.includes(/** @type {string} */ (server.tokens.access_token)), 'the access token never reaches the browser');
  assert.deepEqual(jwtsIn(all), []);
  assert.ok(!all.includes(CANARY_SECRET));
  assert.ok(!all.includes(message.code));
});

test('sms code sign-in gives the phone number, verified', async () => {
  const jar = new Jar();
  const message = await startFor('+447911123456', jar, 'sms');
  assert.equal(message.channel, 'sms');
  const verify = await t.handler(elementRequest('verify', { connection: 'sms', identifier: '+44 7911 123456', code: message.code }));
  assert.equal(verify.status, 200);
  const { user } = await verify.json();
  assert.equal(user.phone_number, '+447911123456');
  assert.equal(user.phone_number_verified, true);
});

test('each login sets a new session cookie (rotation)', async () => {
  const jar = new Jar();
  const first = await startFor('rotate@example.com', jar);
  const one = jar.store(await t.handler(elementRequest('verify', { connection: 'email', identifier: 'rotate@example.com', code: first.code }, { jar })));
  const before = jar.header();
  const second = await startFor('rotate@example.com', jar);
  const two = jar.store(await t.handler(elementRequest('verify', { connection: 'email', identifier: 'rotate@example.com', code: second.code }, { jar })));
  assert.equal(one.status, 200);
  assert.equal(two.status, 200);
  assert.notEqual(jar.header(), before);
});

test('a wrong code gives 403 wrong_code, a replayed code is refused', async () => {
  const jar = new Jar();
  const message = await startFor('wrong@example.com', jar);
  const wrongCode = message.code === '000000' ? '111111' : '000000';
  const wrong = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'wrong@example.com', code: wrongCode }));
  assert.equal(wrong.status, 403);
  assert.deepEqual(await wrong.json(), { error: 'wrong_code' });
  const ok = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'wrong@example.com', code: message.code }));
  assert.equal(ok.status, 200);
  const replay = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'wrong@example.com', code: message.code }));
  assert.equal(replay.status, 403);
  assert.equal((await replay.json()).error, 'wrong_code');
});

test('an expired code gives code_expired', async () => {
  const jar = new Jar();
  const message = await startFor('late@example.com', jar);
  t.emulator.clock.advance(181);
  const late = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'late@example.com', code: message.code }));
  assert.equal(late.status, 403);
  assert.deepEqual(await late.json(), { error: 'code_expired' });
});

test('too many wrong codes give too_many_attempts', async () => {
  const jar = new Jar();
  const message = await startFor('guess@example.com', jar);
  const wrongCode = message.code === '000000' ? '111111' : '000000';
  /** @type {string[]} */
  const codes = [];
  for (let i = 0; i < 4; i++) {
    const r = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'guess@example.com', code: wrongCode }));
    codes.push((await r.json()).error);
  }
  assert.equal(codes[0], 'wrong_code');
  assert.equal(codes.at(-1), 'too_many_attempts');
});

test('input is checked on the server before Auth0 is called', async () => {
  const before = t.auth0Calls().length;
  const cases = [
    [{ connection: 'email', identifier: 'a@b.com, c@d.com' }, 400, 'invalid_email'],
    [{ connection: 'email', identifier: 'not an email' }, 400, 'invalid_email'],
    [{ connection: 'email', identifier: 'x@example.com\r\nBcc: y@example.com' }, 400, 'invalid_email'],
    [{ connection: 'sms', identifier: '12345' }, 400, 'invalid_phone_number'],
    [{ connection: 'sms', identifier: '+0123456789' }, 400, 'invalid_phone_number'],
    [{ connection: 'ldap', identifier: 'x@example.com' }, 400, 'misconfigured'],
  ];
  for (const [body, status, error] of cases) {
    const r = await t.handler(elementRequest('start', body));
    assert.equal(r.status, status, JSON.stringify(body));
    assert.deepEqual(await r.json(), { error });
  }
  for (const code of ['12', 'abcdef', '12345678901']) {
    const r = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'x@example.com', code }));
    assert.equal(r.status, 400);
    assert.deepEqual(await r.json(), { error: 'invalid_code' });
  }
  assert.equal(t.auth0Calls().length, before);
});

test('extra fields cannot change what is sent to Auth0', async () => {
  const jar = new Jar();
  const r = await t.handler(elementRequest('start', {
    connection: 'email', identifier: 'extra@example.com', send: 'link', client_id: 'demo-spa', client_secret: 'x',
    authParams: { redirect_uri: 'https://evil.example/cb', scope: 'openid offline_access' }, redirect_uri: 'https://evil.example/',
  }));
  jar.store(r);
  assert.equal(r.status, 204);
  const sent = JSON.parse(/** @type {{ body: string }} */ (t.auth0Calls().filter((c) => c.url.endsWith('/passwordless/start')).at(-1)).body);
  assert.equal(sent.send, 'code');
  assert.equal(sent.client_id, 'test-regular');
  assert.equal(sent.authParams.redirect_uri, 'http://localhost:5173/auth/passwordless/callback');
  assert.equal(sent.authParams.scope, 'openid profile email');
  assert.deepEqual([...jar.cookies.keys()], ['passwordless_start'], 'only the start cookie (the code ticket), nothing the body asked for');
});

test('the client secret, codes and full identifiers never appear in the logs', async () => {
  const all = t.logs.join('\n');
  assert.ok(t.logs.length > 5);
  assert.ok(!all.includes(CANARY_SECRET));
  assert.ok(!all.includes('@example.com'));
  assert.ok(!all.includes('+447911123456'));
  assert.ok(!/\b\d{6}\b/.test(all), 'no six-digit code');
  assert.deepEqual(jwtsIn(all), []);
});
