// @ts-check
// Path C of reference/spa-code-without-third-party-cookies.md: POST /passwordless/verify (checks a code without using
// it up) and GET /passwordless/verify_redirect with a typed code, under both `verify_redirect_accepts` settings;
// link emails that carry their code (C′).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient, fragmentOf, APP_ORIGIN } from '../helpers/emulator-client.js';

const WRONG_EMAIL = { error: 'access_denied', error_description: 'Wrong email or verification code.' };
const WRONG_PHONE = { error: 'access_denied', error_description: 'Wrong phone number or verification code.' };
const EXPIRED = { error: 'access_denied', error_description: 'The verification code has expired. Please try to login again.' };
const MAX_ATTEMPTS = { error: 'access_denied', error_description: "You've reached the maximum number of attempts. Please try to login again." };
const OTHER_ORIGIN = 'http://localhost:6666';

let now = Date.parse('2026-06-01T00:00:00Z');
/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let strict;
/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let any;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
/** @type {ReturnType<typeof emulatorClient>} */ let a;

/** The built-in clients with their exact lists only (any_localhost_port off), as a tenant's. @param {Record<string, unknown>} [extra] */
const configWith = (extra = {}) => {
  const clients = defaultConfig.clients.map((client) => ({ ...structuredClone(client), any_localhost_port: false }));
  return { ...structuredClone(defaultConfig), clients, rate_limits: { passwordless_start_per_ip_per_hour: 100_000 }, ...extra };
};

before(async () => {
  strict = await startEmulator({ port: 0, now: () => now, config: configWith() });
  any = await startEmulator({ port: 0, now: () => now, config: configWith({ verify_redirect_accepts: 'any' }) });
  c = emulatorClient(strict.url);
  a = emulatorClient(any.url);
});
after(async () => {
  await strict?.close();
  await any?.close();
});
beforeEach(() => {
  strict.outbox.clear();
  any.outbox.clear();
});

/**
 * POST /passwordless/verify as auth0-js sends it (JSON, Origin of the app, no credentials).
 * @param {string} url @param {Record<string, unknown>} body @param {{ origin?: string|null }} [o]
 */
async function verify(url, body, o = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  if (o.origin !== null) headers.origin = o.origin ?? APP_ORIGIN;
  const r = await fetch(`${url}/passwordless/verify`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, headers: r.headers, body: text ? JSON.parse(text) : undefined, text };
}

/** @param {ReturnType<typeof emulatorClient>} client @param {Awaited<ReturnType<typeof startEmulator>>} emu @param {string} email @param {Record<string, string>} [authParams] */
async function sendCode(client, emu, email, authParams) {
  const r = await client.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email, ...(authParams ? { authParams } : {}) });
  assert.equal(r.status, 200, r.text);
  return emu.outbox.latest(email)?.code ?? '';
}

/** @param {string} code */
const wrongOf = (code) => (code === '000000' ? '000001' : '000000');

/** The element's authParams for a code or link start. @param {string} state @param {string} nonce */
const authParamsOf = (state, nonce) => ({ response_type: 'token id_token', redirect_uri: `${APP_ORIGIN}/`, scope: 'openid profile email', state, nonce });

/**
 * The URL auth0-js passwordlessVerify navigates to (buildVerifyUrl): the authorize parameters, then connection,
 * email|phone_number and verification_code (+ auth0Client).
 * @param {string} url @param {Record<string, string>} authParams @param {Record<string, string>} login
 */
function verifyRedirectUrl(url, authParams, login) {
  return `${url}/passwordless/verify_redirect?${new URLSearchParams({ client_id: 'demo-spa', ...authParams, ...login, auth0Client: 'eyJuYW1lIjoiYXV0aDAuanMifQ' })}`;
}

/** @param {string} email @param {string} otp */
const coLogin = (email, otp) => c.co({ client_id: 'demo-spa', username: email, otp, realm: 'email' });

test('/passwordless/verify: a right code answers 200 {} and is NOT used up (it still signs in afterwards)', async () => {
  const code = await sendCode(c, strict, 'peek@example.com');
  const body = { client_id: 'demo-spa', connection: 'email', email: 'peek@example.com', verification_code: code };
  const first = await verify(strict.url, body);
  assert.equal(first.status, 200, first.text);
  assert.deepEqual(first.body, {});
  assert.equal(first.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal((await verify(strict.url, body)).status, 200, 'checking twice is fine');
  const login = await coLogin('peek@example.com', code);
  assert.equal(login.status, 200, 'the checked code still works at /co/authenticate');
  const after = await verify(strict.url, body);
  assert.equal(after.status, 403, 'once used, verify says so');
  assert.deepEqual(after.body, WRONG_EMAIL);

  // SMS, with auth0-js's auth0Client property and a phone number.
  await c.start({ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: '+15557770001' });
  const sms = await verify(strict.url, { client_id: 'demo-spa', connection: 'sms', phone_number: '+15557770001', verification_code: strict.outbox.latest('+15557770001')?.code, auth0Client: 'x' });
  assert.equal(sms.status, 200, sms.text);
  const smsWrong = await verify(strict.url, { client_id: 'demo-spa', connection: 'sms', phone_number: '+15557770001', verification_code: 'nope' });
  assert.deepEqual([smsWrong.status, smsWrong.body], [403, WRONG_PHONE]);
});

test('/passwordless/verify: a wrong code is a failed try, the code dies after max_attempts; expiry', async () => {
  const code = await sendCode(c, strict, 'tries@example.com');
  const body = (/** @type {string} */ v) => ({ client_id: 'demo-spa', connection: 'email', email: 'tries@example.com', verification_code: v });
  for (let i = 0; i < 3; i++) {
    const r = await verify(strict.url, body(wrongOf(code)));
    assert.deepEqual([r.status, r.body], [403, WRONG_EMAIL], `wrong try ${i + 1}`);
  }
  const dead = await verify(strict.url, body(code));
  assert.deepEqual([dead.status, dead.body], [403, MAX_ATTEMPTS], 'three wrong tries at verify killed the code');
  assert.deepEqual((await coLogin('tries@example.com', code)).body, MAX_ATTEMPTS, '...for /co/authenticate too');

  // Two wrong tries at verify plus one at /co/authenticate: the same counter.
  const code2 = await sendCode(c, strict, 'tries@example.com');
  await verify(strict.url, body(wrongOf(code2)));
  await verify(strict.url, body(wrongOf(code2)));
  await coLogin('tries@example.com', wrongOf(code2));
  assert.deepEqual((await verify(strict.url, body(code2))).body, MAX_ATTEMPTS);

  const code3 = await sendCode(c, strict, 'late@example.com');
  now += 181_000;
  const late = await verify(strict.url, { ...body(code3), email: 'late@example.com' });
  assert.deepEqual([late.status, late.body], [403, EXPIRED]);
});

test('/passwordless/verify goes through brute-force protection: failures from one IP block that recipient, even a right code', async () => {
  const emu = await startEmulator({ port: 0, config: configWith({ rate_limits: { passwordless_start_per_ip_per_hour: 1000, failed_logins_per_user_per_ip: 2 } }) });
  try {
    const client = emulatorClient(emu.url);
    const code = await sendCode(client, emu, 'bf@example.com');
    const body = (/** @type {string} */ v) => ({ client_id: 'demo-spa', connection: 'email', email: 'bf@example.com', verification_code: v });
    await verify(emu.url, body(wrongOf(code)));
    await verify(emu.url, body(wrongOf(code)));
    const blocked = await verify(emu.url, body(code));
    assert.equal(blocked.status, 429);
    assert.equal(blocked.body.error, 'too_many_attempts');
    assert.equal((await client.co({ client_id: 'demo-spa', username: 'bf@example.com', otp: code, realm: 'email' })).status, 429, 'the same block as /co/authenticate');
  } finally {
    await emu.close();
  }
});

test('/passwordless/verify: CORS for the client\'s allowed origins (no credentials needed), none for others', async () => {
  const code = await sendCode(c, strict, 'cors@example.com');
  const body = { client_id: 'demo-spa', connection: 'email', email: 'cors@example.com', verification_code: code };
  const pre = await fetch(`${strict.url}/passwordless/verify`, {
    method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,auth0-client' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
  assert.equal(pre.headers.get('access-control-allow-headers'), 'content-type,auth0-client');
  const ok = await verify(strict.url, body);
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.match(ok.headers.get('vary') ?? '', /Origin/);
  const wrong = await verify(strict.url, { ...body, verification_code: wrongOf(code) });
  assert.equal(wrong.headers.get('access-control-allow-origin'), APP_ORIGIN, 'errors are readable by the app too');

  const prex = await fetch(`${strict.url}/passwordless/verify`, { method: 'OPTIONS', headers: { origin: OTHER_ORIGIN, 'access-control-request-method': 'POST' } });
  assert.equal(prex.headers.get('access-control-allow-origin'), null);
  const other = await verify(strict.url, body, { origin: OTHER_ORIGIN });
  assert.equal(other.status, 403);
  assert.deepEqual(other.body, { error: 'unauthorized_client', error_description: `Origin ${OTHER_ORIGIN} is not allowed for client demo-spa` });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
  const server = await verify(strict.url, body, { origin: null });
  assert.equal(server.status, 200, 'no Origin (not a browser): allowed, like /passwordless/start');
  assert.equal(server.headers.get('access-control-allow-origin'), null);
});

test('/passwordless/verify: the bad.* errors of /passwordless/start, and a per-IP limit', async () => {
  const base = { client_id: 'demo-spa', connection: 'email', email: 'bad@example.com', verification_code: '123456' };
  /** @type {[Record<string, unknown>, number, string, string][]} */
  const cases = [
    [{ ...base, client_id: undefined }, 400, 'bad.client_id', 'Missing required property: client_id'],
    [{ ...base, client_id: 'nobody' }, 400, 'bad.client_id', 'Unknown client: nobody'],
    [{ ...base, client_id: 'demo-regular' }, 403, 'unauthorized_client', 'Client authentication is required'],
    [{ ...base, connection: undefined }, 400, 'bad.connection', 'Missing required property: connection'],
    [{ ...base, connection: 'github' }, 400, 'bad.connection', 'Connection does not exist'],
    [{ ...base, email: undefined }, 400, 'bad.email', 'Missing required property: email'],
    [{ ...base, email: 'not-an-email' }, 400, 'bad.email', 'error in email - email format validation failed: not-an-email'],
    [{ ...base, phone_number: '+15550000000' }, 400, 'bad.request', 'the following properties are not allowed: phone_number'],
    [{ ...base, connection: 'sms', email: undefined, phone_number: '5550000' }, 400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
    [{ ...base, verification_code: undefined }, 400, 'bad.verification_code', 'Missing required property: verification_code'],
    [{ ...base, verification_code: 123456 }, 400, 'bad.verification_code', 'error in verification_code - invalid type: number (expected string)'],
    [{ ...base, send: 'code' }, 400, 'bad.request', 'the following properties are not allowed: send'],
  ];
  for (const [body, status, error, description] of cases) {
    const r = await verify(strict.url, body);
    assert.deepEqual([r.status, r.body], [status, { error, error_description: description }], JSON.stringify(body));
    assert.equal(r.headers.get('access-control-allow-origin'), APP_ORIGIN, `CORS on errors too: ${JSON.stringify(body)}`);
  }
  const form = await fetch(`${strict.url}/passwordless/verify`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: APP_ORIGIN }, body: JSON.stringify(base) });
  assert.equal(form.status, 400, 'a "simple" CORS request (no preflight) is refused');

  const emu = await startEmulator({ port: 0, config: configWith({ rate_limits: { passwordless_start_per_ip_per_hour: 1000, passwordless_verify_per_ip_per_hour: 2 } }) });
  try {
    await verify(emu.url, base);
    const second = await verify(emu.url, base);
    assert.equal(second.headers.get('x-ratelimit-remaining'), '0');
    const third = await verify(emu.url, base);
    assert.equal(third.status, 429);
    assert.equal(third.body.error, 'too_many_requests');
    assert.ok(Number(third.headers.get('retry-after')) > 0);
    assert.equal((await emulatorClient(emu.url).start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'own@example.com' })).status, 200, 'its own window: starts still work');
  } finally {
    await emu.close();
  }
});

test('verify_redirect_accepts: link-issued (the default) refuses a send:"code" code at verify_redirect, and that check uses it up', async () => {
  assert.equal(strict.config.verify_redirect_accepts, 'link-issued');
  const params = authParamsOf('typed-state', 'typed-nonce');
  const code = await sendCode(c, strict, 'typed@example.com', params);
  assert.equal((await verify(strict.url, { client_id: 'demo-spa', connection: 'email', email: 'typed@example.com', verification_code: code })).status, 200);
  const r = await c.get(verifyRedirectUrl(strict.url, params, { connection: 'email', email: 'typed@example.com', verification_code: code }));
  assert.equal(r.status, 302);
  assert.ok(r.location?.startsWith(`${APP_ORIGIN}/#`), r.location);
  assert.deepEqual(fragmentOf(r.location ?? ''), { ...WRONG_EMAIL, state: 'typed-state' });
  assert.deepEqual(r.headers.getSetCookie(), [], 'no session');
  assert.deepEqual((await coLogin('typed@example.com', code)).body, WRONG_EMAIL, 'the worst case: the refused code is spent');

  // SMS: the phone text.
  await c.start({ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: '+15557770002' });
  const sms = await c.get(verifyRedirectUrl(strict.url, params, { connection: 'sms', phone_number: '+15557770002', verification_code: strict.outbox.latest('+15557770002')?.code ?? '' }));
  assert.deepEqual(fragmentOf(sms.location ?? ''), { ...WRONG_PHONE, state: 'typed-state' });

  // A code from the hosted login page is a send:"code" code too.
  const hostedOnly = await c.get(verifyRedirectUrl(strict.url, params, { connection: 'email', email: 'nobody-sent@example.com', verification_code: '123456' }));
  assert.deepEqual(fragmentOf(hostedOnly.location ?? ''), { ...WRONG_EMAIL, state: 'typed-state' });
});

test('link emails carry the code too; typed with the start\'s authParams it signs in at verify_redirect (C′), after a /passwordless/verify', async () => {
  const params = authParamsOf('link-state', 'link-nonce');
  const r = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'typed-link@example.com', authParams: params });
  assert.equal(r.status, 200, r.text);
  const message = strict.outbox.latest('typed-link@example.com');
  assert.ok(message?.link && message.code);
  assert.equal(message.send, 'link');
  assert.match(message.code, /^\d{6}$/);
  assert.ok(message.text.includes(message.link), 'the link is in the text');
  assert.ok(message.text.includes(`Or enter this code: ${message.code}`), message.text);
  assert.ok(new URL(message.link).searchParams.get('verification_code') === message.code, 'one credential: the link carries the same code');

  const login = { connection: 'email', email: 'typed-link@example.com', verification_code: message.code };
  assert.equal((await verify(strict.url, { client_id: 'demo-spa', ...login })).status, 200);
  const done = await c.get(verifyRedirectUrl(strict.url, params, login));
  assert.equal(done.status, 302);
  const f = fragmentOf(done.location ?? '');
  assert.equal(f.state, 'link-state');
  assert.ok(f.id_token && f.access_token, done.location);
  const claims = JSON.parse(Buffer.from(f.id_token.split('.')[1], 'base64url').toString());
  assert.equal(claims.nonce, 'link-nonce');
  assert.equal(claims.email, 'typed-link@example.com');
  assert.equal(done.headers.getSetCookie().length, 2, 'the session cookies, first-party on a top-level response');
  // Single use: the link itself is now spent as well.
  assert.deepEqual(fragmentOf((await c.get(message.link)).location ?? ''), { ...WRONG_EMAIL, state: 'link-state' });
});

test('a link-issued code stays bound to its start: a changed state or nonce is refused (a failed try), the right one still works', async () => {
  const params = authParamsOf('bound-state', 'bound-nonce');
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'bound-link@example.com', authParams: params });
  const code = strict.outbox.latest('bound-link@example.com')?.code ?? '';
  const login = { connection: 'email', email: 'bound-link@example.com', verification_code: code };
  const newState = await c.get(verifyRedirectUrl(strict.url, { ...params, state: 'attacker-state' }, login));
  assert.deepEqual(fragmentOf(newState.location ?? ''), { ...WRONG_EMAIL, state: 'attacker-state' });
  const newNonce = await c.get(verifyRedirectUrl(strict.url, { ...params, nonce: 'other-nonce' }, login));
  assert.deepEqual(fragmentOf(newNonce.location ?? ''), { ...WRONG_EMAIL, state: 'bound-state' });
  const ok = await c.get(verifyRedirectUrl(strict.url, params, login));
  assert.ok(fragmentOf(ok.location ?? '').id_token, 'two failed tries, the third (right) one signs in');

  // The failed tries count: three of them kill the link's code.
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'bound-link@example.com', authParams: params });
  const code2 = strict.outbox.latest('bound-link@example.com')?.code ?? '';
  const login2 = { ...login, verification_code: code2 };
  for (const state of ['x1', 'x2', 'x3']) await c.get(verifyRedirectUrl(strict.url, { ...params, state }, login2));
  assert.deepEqual(fragmentOf((await c.get(verifyRedirectUrl(strict.url, params, login2))).location ?? ''), { ...MAX_ATTEMPTS, state: 'bound-state' });
});

test('verify_redirect_accepts: any takes a typed send:"code" code, unbound, with the request\'s own state and nonce; link codes stay bound', async () => {
  const code = await sendCode(a, any, 'any@example.com', authParamsOf('start-state', 'start-nonce'));
  const login = { connection: 'email', email: 'any@example.com', verification_code: code };
  // Not the start's state/nonce: auth0-js passwordlessVerify makes a new transaction unless told otherwise.
  const r = await a.get(verifyRedirectUrl(any.url, authParamsOf('own-state', 'own-nonce'), login));
  assert.equal(r.status, 302);
  const f = fragmentOf(r.location ?? '');
  assert.equal(f.state, 'own-state');
  assert.equal(JSON.parse(Buffer.from(f.id_token.split('.')[1], 'base64url').toString()).nonce, 'own-nonce');
  assert.equal(r.headers.getSetCookie().length, 2);
  const again = await a.get(verifyRedirectUrl(any.url, authParamsOf('own-state', 'own-nonce'), login));
  assert.deepEqual(fragmentOf(again.location ?? ''), { ...WRONG_EMAIL, state: 'own-state' }, 'single use');

  await a.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'any-link@example.com', authParams: authParamsOf('l-state', 'l-nonce') });
  const linkCode = any.outbox.latest('any-link@example.com')?.code ?? '';
  const moved = await a.get(verifyRedirectUrl(any.url, authParamsOf('own-state', 'l-nonce'), { connection: 'email', email: 'any-link@example.com', verification_code: linkCode }));
  assert.deepEqual(fragmentOf(moved.location ?? ''), { ...WRONG_EMAIL, state: 'own-state' });
});

test('config: verify_redirect_accepts is "link-issued" or "any" (clear error otherwise); the verify limit follows the start limit', () => {
  assert.equal(validateConfig(defaultConfig).verify_redirect_accepts, 'link-issued');
  assert.equal(validateConfig({ ...defaultConfig, verify_redirect_accepts: undefined }).verify_redirect_accepts, 'link-issued');
  assert.equal(validateConfig({ ...defaultConfig, verify_redirect_accepts: 'any' }).verify_redirect_accepts, 'any');
  for (const bad of ['code', 'ANY', true, null]) {
    assert.throws(() => validateConfig({ ...defaultConfig, verify_redirect_accepts: bad }),
      /^Error: Invalid emulator config: verify_redirect_accepts must be "link-issued" \(only codes sent as a magic link, the default\) or "any"/);
  }
  assert.equal(validateConfig(defaultConfig).rate_limits.passwordless_verify_per_ip_per_hour, 50);
  assert.equal(validateConfig({ ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 7 } }).rate_limits.passwordless_verify_per_ip_per_hour, 7);
  assert.equal(validateConfig({ ...defaultConfig, rate_limits: { passwordless_verify_per_ip_per_hour: 9 } }).rate_limits.passwordless_verify_per_ip_per_hour, 9);
  assert.throws(() => validateConfig({ ...defaultConfig, rate_limits: { passwordless_verify_per_ip_per_hour: 0 } }), /rate_limits\.passwordless_verify_per_ip_per_hour must be an integer/);
});
