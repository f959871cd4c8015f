// @ts-check
// Parity with Auth0: each rule asserts the exact status and body.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { emulatorClient, fragmentOf, implicitParams, APP_ORIGIN } from '../helpers/emulator-client.js';

const WRONG_EMAIL = { error: 'access_denied', error_description: 'Wrong email or verification code.' };
const WRONG_PHONE = { error: 'access_denied', error_description: 'Wrong phone number or verification code.' };
const EXPIRED = { error: 'access_denied', error_description: 'The verification code has expired. Please try to login again.' };
const MAX_ATTEMPTS = { error: 'access_denied', error_description: "You've reached the maximum number of attempts. Please try to login again." };

let t = Date.parse('2026-01-01T00:00:00Z');
/** @type {Awaited<ReturnType<typeof startEmulator>>} */
let emu;
/** @type {ReturnType<typeof emulatorClient>} */
let c;

// A tenant's explicit lists, matched exactly as Auth0 does: the built-in config's any_localhost_port is off here.
const clients = defaultConfig.clients.map((client) => ({ ...client, any_localhost_port: false }));

before(async () => {
  emu = await startEmulator({ port: 0, now: () => t, config: { ...defaultConfig, clients, rate_limits: { passwordless_start_per_ip_per_hour: 100000 } } });
  c = emulatorClient(emu.url);
});
after(() => emu.close());
beforeEach(() => emu.outbox.clear());

/** @param {string} email */
async function sendCode(email) {
  const r = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
  assert.equal(r.status, 200, r.text);
  const item = emu.outbox.latest(email);
  assert.ok(item);
  return item.code;
}

/** @param {string} email @param {string} otp */
const login = (email, otp) => c.co({ client_id: 'demo-spa', username: email, otp, realm: 'email' });

test('codes are 6 CSPRNG digits and the start response has Auth0 shape', async () => {
  const r = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'shape@example.com' });
  assert.equal(r.status, 200);
  assert.deepEqual(Object.keys(r.body), ['_id', 'email', 'email_verified']);
  assert.equal(r.body.email, 'shape@example.com');
  assert.equal(r.body.email_verified, false);
  const codes = new Set();
  for (let i = 0; i < 50; i++) codes.add(await sendCode(`c${i}@example.com`));
  for (const code of codes) assert.match(code, /^\d{6}$/);
  assert.ok(codes.size > 40, 'codes look random');
  const sms = await c.start({ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: '+15551234567' });
  assert.equal(sms.status, 200);
  assert.deepEqual(sms.body, { _id: sms.body._id, phone_number: '+15551234567', phone_verified: false, request_language: null });
});

test('a wrong code gives 403 access_denied with the email and sms texts', async () => {
  await sendCode('wrong@example.com');
  const r = await login('wrong@example.com', '000000x');
  assert.equal(r.status, 403);
  assert.deepEqual(r.body, WRONG_EMAIL);
  await c.start({ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: '+15550000001' });
  const s = await c.co({ client_id: 'demo-spa', username: '+15550000001', otp: 'nope', realm: 'sms' });
  assert.equal(s.status, 403);
  assert.deepEqual(s.body, WRONG_PHONE);
});

test('a code is valid at 179 s and expired at 181 s', async () => {
  const code1 = await sendCode('exp1@example.com');
  t += 179_000;
  assert.equal((await login('exp1@example.com', code1)).status, 200);
  const code2 = await sendCode('exp2@example.com');
  t += 181_000;
  const r = await login('exp2@example.com', code2);
  assert.equal(r.status, 403);
  assert.deepEqual(r.body, EXPIRED);
});

test('three wrong attempts kill the code, even if the fourth is right', async () => {
  const code = await sendCode('max@example.com');
  const wrong = code === '111111' ? '222222' : '111111';
  for (let i = 0; i < 3; i++) assert.deepEqual((await login('max@example.com', wrong)).body, WRONG_EMAIL);
  const r = await login('max@example.com', code);
  assert.equal(r.status, 403);
  assert.deepEqual(r.body, MAX_ATTEMPTS);
});

test('only the newest code works', async () => {
  const first = await sendCode('newest@example.com');
  let second = await sendCode('newest@example.com');
  while (second === first) second = await sendCode('newest@example.com');
  const r = await login('newest@example.com', first);
  assert.equal(r.status, 403);
  assert.deepEqual(r.body, WRONG_EMAIL);
  assert.equal((await login('newest@example.com', second)).status, 200);
});

test('a code is single use', async () => {
  const code = await sendCode('once@example.com');
  assert.equal((await login('once@example.com', code)).status, 200);
  const r = await login('once@example.com', code);
  assert.equal(r.status, 403);
  assert.deepEqual(r.body, WRONG_EMAIL);
});

test('a code is bound to its recipient and client', async () => {
  const code = await sendCode('bound@example.com');
  assert.deepEqual((await login('other@example.com', code)).body, WRONG_EMAIL);
  const other = await c.co({ client_id: 'demo-regular', username: 'bound@example.com', otp: code, realm: 'email' });
  assert.equal(other.status, 403);
  assert.deepEqual(other.body, WRONG_EMAIL);
  assert.equal((await login('BOUND@example.com', code)).status, 200, 'emails are case-insensitive');
});

test('co/authenticate answers with a login ticket and an HttpOnly session cookie, CORS for the exact origin', async () => {
  const code = await sendCode('ticket@example.com');
  const r = await login('ticket@example.com', code);
  assert.equal(r.status, 200);
  assert.deepEqual(Object.keys(r.body).sort(), ['co_id', 'co_verifier', 'login_ticket']);
  assert.equal(r.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(r.headers.get('access-control-allow-credentials'), 'true');
  const [session, compat] = r.headers.getSetCookie();
  assert.match(session, /^emulator_session=[^;]+; Path=\/; HttpOnly; Secure; SameSite=None; Max-Age=86400$/);
  assert.match(compat, /^emulator_session_compat=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=86400$/);
});

test('login tickets are single use, short-lived and bound to the session cookie', async () => {
  const code = await sendCode('lt@example.com');
  const r = await login('lt@example.com', code);
  const params = { ...implicitParams(), login_ticket: r.body.login_ticket };
  const ok = await c.authorize(params, r.cookie);
  assert.equal(ok.status, 302);
  assert.ok(fragmentOf(ok.location ?? '').id_token);
  const again = await c.authorize(params, r.cookie);
  assert.equal(again.status, 302);
  assert.deepEqual(fragmentOf(again.location ?? ''), { error: 'invalid_request', error_description: 'Unknown login ticket.', state: 'state-1' });

  const r2 = await login('lt@example.com', await sendCode('lt@example.com'));
  t += 61_000;
  const late = await c.authorize({ ...implicitParams(), login_ticket: r2.body.login_ticket }, r2.cookie);
  assert.deepEqual(fragmentOf(late.location ?? ''), { error: 'invalid_request', error_description: 'Unknown login ticket.', state: 'state-1' });

  const r4 = await login('lt@example.com', await sendCode('lt@example.com'));
  const otherClient = await c.authorize({
    client_id: 'demo-regular', response_type: 'code', redirect_uri: `${APP_ORIGIN}/auth/passwordless/callback`, state: 'state-2', login_ticket: r4.body.login_ticket,
  }, r4.cookie);
  assert.deepEqual(Object.fromEntries(new URL(otherClient.location ?? '').searchParams),
    { error: 'invalid_request', error_description: 'Unknown login ticket.', state: 'state-2' }, "another client's ticket is unknown too");

  const r3 = await login('lt@example.com', await sendCode('lt@example.com'));
  const noCookie = await c.authorize({ ...implicitParams(), login_ticket: r3.body.login_ticket });
  assert.deepEqual(fragmentOf(noCookie.location ?? ''), { error: 'server_error', error_description: 'Unable to configure verification page.', state: 'state-1' });
});

test('redirect_uri must match exactly; a mismatch is an HTML page without redirect', async () => {
  for (const uri of ['http://localhost:5173', 'http://localhost:5173/?x=1', 'http://localhost:5173/index.htm', 'http://evil.example/']) {
    const r = await c.authorize({ ...implicitParams('demo-spa', uri), prompt: 'none' });
    assert.equal(r.status, 400, uri);
    assert.equal(r.location, undefined);
    assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  }
  const unknown = await c.authorize({ ...implicitParams('nobody'), prompt: 'none' });
  assert.equal(unknown.status, 400);
  assert.match(unknown.text, /Unknown client: nobody/);
});

test('prompt=none without a session gives login_required; /authorize is never CORS', async () => {
  const r = await c.authorize({ ...implicitParams(), prompt: 'none' });
  assert.equal(r.status, 302);
  assert.deepEqual(fragmentOf(r.location ?? ''), { error: 'login_required', error_description: 'Login required', state: 'state-1' });
  const pre = await c.raw('/authorize', { method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'GET' } });
  assert.equal(pre.headers.get('access-control-allow-origin'), null);
});

test('CORS allow-list per client: preflights reflect allowed origins only; foreign origins are refused', async () => {
  const ok = await c.raw('/co/authenticate', { method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'auth0-client,content-type' } });
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(ok.headers.get('access-control-allow-credentials'), 'true');
  assert.equal(ok.headers.get('access-control-allow-headers'), 'auth0-client,content-type');
  assert.match(ok.headers.get('vary') ?? '', /Origin/);
  const evil = await c.raw('/passwordless/start', { method: 'OPTIONS', headers: { origin: 'http://localhost:6666', 'access-control-request-method': 'POST' } });
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  const start = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'x@example.com' }, { origin: 'http://localhost:6666' });
  assert.equal(start.status, 403);
  assert.equal(start.body.error, 'unauthorized_client');
  assert.equal(emu.outbox.list().length, 0, 'nothing sent');
  const co = await c.co({ client_id: 'demo-spa', username: 'x@example.com', otp: '123456', realm: 'email' }, { origin: 'http://localhost:6666' });
  assert.equal(co.status, 403);
  assert.deepEqual(co.body, { error: 'unauthorized_client', error_description: 'Cross origin login not allowed.' });
});

test('a confidential client needs its secret on /passwordless/start', async () => {
  const body = { client_id: 'demo-regular', connection: 'email', send: 'code', email: 'rw@example.com' };
  const none = await c.start(body, { origin: null });
  assert.equal(none.status, 403);
  assert.deepEqual(none.body, { error: 'unauthorized_client', error_description: 'Client authentication is required' });
  const wrong = await c.start({ ...body, client_secret: 'nope-nope' }, { origin: null });
  assert.equal(wrong.status, 401);
  assert.deepEqual(wrong.body, { error: 'access_denied', error_description: 'Unauthorized' });
  const right = await c.start({ ...body, client_secret: 'demo-regular-secret' }, { origin: null });
  assert.equal(right.status, 200);
  assert.equal(emu.outbox.list().length, 1);
});

test('bad.* errors of /passwordless/start', async () => {
  /** @type {[Record<string, unknown>, number, string, string][]} */
  const cases = [
    [{ connection: 'email', send: 'code', email: 'a@example.com' }, 400, 'bad.client_id', 'Missing required property: client_id'],
    [{ client_id: 'ghost', connection: 'email', send: 'code', email: 'a@example.com' }, 400, 'bad.client_id', 'Unknown client: ghost'],
    [{ client_id: 'demo-spa', send: 'code', email: 'a@example.com' }, 400, 'bad.connection', 'Missing required property: connection'],
    [{ client_id: 'demo-spa', connection: 'github', send: 'code', email: 'a@example.com' }, 400, 'bad.connection', 'Connection does not exist'],
    [{ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'not-an-email' }, 400, 'bad.email', 'error in email - email format validation failed: not-an-email'],
    [{ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'a@example.com,b@example.com' }, 400, 'bad.email', 'error in email - email format validation failed: a@example.com,b@example.com'],
    [{ client_id: 'demo-spa', connection: 'email', send: 'code' }, 400, 'bad.email', 'Missing required property: email'],
    [{ client_id: 'demo-spa', connection: 'sms', send: 'code' }, 400, 'bad.phone_number', 'Missing required property: phone_number'],
    [{ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: '5551234567' }, 400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
    [{ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: ' +15551234567 ' }, 400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
    [{ client_id: 'demo-spa', connection: 'email', send: 'sms', email: 'a@example.com' }, 400, 'bad.request', 'send must be "code" or "link"'],
    [{ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'a@example.com', authParams: 'x' }, 400, 'bad.authParams', 'error in authParams - invalid type: string (expected object)'],
    [{ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'a@example.com', evil: 1 }, 400, 'bad.request', 'the following properties are not allowed: evil'],
  ];
  for (const [body, status, error, description] of cases) {
    const r = await c.start(body);
    assert.equal(r.status, status, JSON.stringify(body));
    assert.deepEqual(r.body, { error, error_description: description }, JSON.stringify(body));
  }
  assert.equal(emu.outbox.list().length, 0);
});

test('429 past the per-IP start limit, with Retry-After and readable X-RateLimit headers', async () => {
  const small = await startEmulator({ port: 0, now: () => t, config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 3 } } });
  try {
    const sc = emulatorClient(small.url);
    const body = { client_id: 'demo-spa', connection: 'email', send: 'code', email: 'rl@example.com' };
    for (let i = 0; i < 3; i++) assert.equal((await sc.start(body)).status, 200);
    const r = await sc.start(body);
    assert.equal(r.status, 429);
    assert.deepEqual(r.body, { error: 'too_many_requests', error_description: 'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.' });
    assert.equal(r.headers.get('retry-after'), '3600');
    assert.equal(r.headers.get('x-ratelimit-limit'), '3');
    assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
    assert.ok(Number(r.headers.get('x-ratelimit-reset')) > t / 1000);
    assert.match(r.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.equal(r.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.equal(small.outbox.list().length, 3);
    // X-Forwarded-For never helps; auth0-forwarded-for only counts from an authenticated backend.
    assert.equal((await sc.start(body, { headers: { 'x-forwarded-for': '203.0.113.9', 'auth0-forwarded-for': '203.0.113.9' } })).status, 429);
    const backend = { client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'code' };
    for (const ip of ['203.0.113.1', '203.0.113.2']) {
      for (let i = 0; i < 3; i++) {
        assert.equal((await sc.start({ ...backend, email: `u${ip}@example.com` }, { origin: null, headers: { 'auth0-forwarded-for': ip } })).status, 200);
      }
      assert.equal((await sc.start({ ...backend, email: `u${ip}@example.com` }, { origin: null, headers: { 'auth0-forwarded-for': ip } })).status, 429);
    }
    small.clock.advance(3601);
    assert.equal((await sc.start(body)).status, 200, 'the window resets');
  } finally {
    await small.close();
  }
});

test('the OTP grant on /oauth/token uses invalid_grant with the same texts', async () => {
  const sc = { client_id: 'demo-regular', client_secret: 'demo-regular-secret' };
  await c.start({ ...sc, connection: 'email', send: 'code', email: 'grant@example.com' }, { origin: null });
  const code = emu.outbox.latest('grant@example.com')?.code ?? '';
  const base = { grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp', ...sc, username: 'grant@example.com', realm: 'email', scope: 'openid profile email' };
  const wrong = await c.token({ ...base, otp: code === '000000' ? '000001' : '000000' });
  assert.equal(wrong.status, 403);
  assert.deepEqual(wrong.body, { error: 'invalid_grant', error_description: 'Wrong email or verification code.' });
  const noSecret = await c.token({ ...base, client_secret: '', otp: code });
  assert.equal(noSecret.status, 401);
  const badSecret = await c.token({ ...base, client_secret: 'bad-secret!', otp: code });
  assert.equal(badSecret.status, 401);
  assert.deepEqual(badSecret.body, { error: 'access_denied', error_description: 'Unauthorized' });
  const ok = await c.token({ ...base, otp: code });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.body.token_type, 'Bearer');
  assert.ok(ok.body.id_token);
  assert.equal(ok.headers.get('cache-control'), 'no-store');
  const reuse = await c.token({ ...base, otp: code });
  assert.deepEqual(reuse.body, { error: 'invalid_grant', error_description: 'Wrong email or verification code.' });
  await c.start({ ...sc, connection: 'sms', send: 'code', phone_number: '+15550000002' }, { origin: null });
  t += 200_000;
  const expired = await c.token({ ...base, realm: 'sms', username: '+15550000002', otp: emu.outbox.latest('+15550000002')?.code ?? '' });
  assert.deepEqual(expired.body, { error: 'invalid_grant', error_description: 'The verification code has expired. Please try to login again.' });
});

test('the same person always gets the same sub', async () => {
  const subs = [];
  for (let i = 0; i < 2; i++) {
    const r = await login('same@example.com', await sendCode('same@example.com'));
    const a = await c.authorize({ ...implicitParams(), login_ticket: r.body.login_ticket }, r.cookie);
    const payload = JSON.parse(Buffer.from(fragmentOf(a.location ?? '').id_token.split('.')[1], 'base64url').toString());
    subs.push(payload.sub);
  }
  assert.equal(subs[0], subs[1]);
  assert.match(subs[0], /^email\|[0-9a-f]{24}$/);
});

test('10 failed logins for one user from one IP block it: 429 too_many_attempts, then the window passes', async () => {
  const email = 'brute@example.com';
  for (let i = 0; i < 10; i++) {
    if (i % 3 === 0) await sendCode(email);
    assert.equal((await login(email, 'wrong')).status, 403);
  }
  const r = await login(email, await sendCode(email));
  assert.equal(r.status, 429);
  assert.deepEqual(r.body, { error: 'too_many_attempts', error_description: "Your account has been blocked after multiple consecutive login attempts. We've sent you an email with instructions on how to unblock it." });
  t += 3601_000;
  assert.equal((await login(email, await sendCode(email))).status, 200);
});

test('max_age adds auth_time to the ID token; an older session with prompt=none gives login_required', async () => {
  const r = await login('maxage@example.com', await sendCode('maxage@example.com'));
  const loginTime = Math.floor(t / 1000);
  const a = await c.authorize({ ...implicitParams(), login_ticket: r.body.login_ticket, max_age: '600' }, r.cookie);
  const payload = JSON.parse(Buffer.from(fragmentOf(a.location ?? '').id_token.split('.')[1], 'base64url').toString());
  assert.equal(payload.auth_time, loginTime);
  t += 601_000;
  const old = await c.authorize({ ...implicitParams(), prompt: 'none', max_age: '600' }, r.cookie);
  assert.equal(fragmentOf(old.location ?? '').error, 'login_required');
  const sso = await c.authorize({ ...implicitParams(), prompt: 'none' }, r.cookie);
  assert.ok(fragmentOf(sso.location ?? '').id_token, 'without max_age the session still works');
});
