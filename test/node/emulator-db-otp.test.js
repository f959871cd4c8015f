// @ts-check
// Codes on a database connection (Auth0's `email_otp`/`phone_otp`): POST /otp/challenge from a backend, the code in the
// outbox, and the passwordless OTP grant with `auth_session` + `otp` giving the connection's `auth0|…` user. Refusals as
// Auth0 documents them, an answer that reveals no accounts, and wrong codes that count like on the other code paths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../emulator/index.js';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const REALM = 'Username-Password-Authentication';
const SERVER = { client_id: 'site-backend', client_secret: 'backend-secret-0123456789abcdef' };

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;

before(async () => {
  emu = await startEmulator({
    port: 0,
    config: {
      clients: [
        { client_id: SERVER.client_id, client_secret: SERVER.client_secret, app_type: 'regular_web', callbacks: ['http://localhost:3000/callback'], grant_types: ['authorization_code', OTP_GRANT] },
        { client_id: 'no-otp-grant', client_secret: 'other-secret-0123456789abcdef', app_type: 'regular_web', callbacks: ['http://localhost:3000/callback'], grant_types: ['authorization_code'] },
        { client_id: 'browser-spa', app_type: 'spa', callbacks: ['http://localhost:3000/'], allowed_origins: ['http://localhost:3000'] },
      ],
      connections: {
        email: {},
        [REALM]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true }, phone_otp: { enabled: true }, passkey: { enabled: true } } } },
        'Passwords-Only': { strategy: 'auth0', options: { authentication_methods: { password: { enabled: true } } } },
      },
    },
  });
});
after(() => emu?.close());

/** @param {string} path @param {Record<string, unknown>} body */
async function post(path, body) {
  const res = await fetch(`${emu.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** @param {Record<string, unknown>} who e.g. `{ email }`, `{ phone_number }` @param {Record<string, unknown>} [extra] */
const challenge = (who, extra = {}) => post('/otp/challenge', { ...SERVER, connection: REALM, ...who, ...extra });

/** @param {string} authSession @param {string} otp @param {Record<string, unknown>} [extra] */
const exchange = (authSession, otp, extra = {}) => post('/oauth/token', { grant_type: OTP_GRANT, ...SERVER, auth_session: authSession, otp, scope: 'openid email', ...extra });

/** @param {string} idToken */
const claimsOf = (idToken) => JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString());

/** The newest code the emulator sent to `to`. @param {string} to */
function codeFor(to) {
  const message = emu.outbox.latest(to);
  assert.ok(message, `a message to ${to}`);
  return message.code;
}

/** Signs `email` up with a code; returns the sub. @param {string} email */
async function signUp(email) {
  const started = await challenge({ email }, { allow_signup: true });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const tokens = await exchange(started.body.auth_session, codeFor(email));
  assert.equal(tokens.status, 200, JSON.stringify(tokens.body));
  return claimsOf(tokens.body.id_token).sub;
}

test('an email code signs up with allow_signup, then signs in as the same auth0| user', async () => {
  const sub = await signUp('Grace@Example.com'.toLowerCase());
  assert.match(sub, /^auth0\|[0-9a-f]{24}$/);
  const again = await challenge({ email: 'grace@example.com' });
  assert.deepEqual(Object.keys(again.body), ['auth_session']);
  const message = emu.outbox.latest('grace@example.com');
  assert.equal(message?.channel, 'email');
  const tokens = await exchange(again.body.auth_session, codeFor('grace@example.com'), { realm: REALM });
  assert.equal(tokens.status, 200, JSON.stringify(tokens.body));
  const claims = claimsOf(tokens.body.id_token);
  assert.deepEqual([claims.sub, claims.email], [sub, 'grace@example.com']);
});

test('a text code on phone_otp signs in by phone number', async () => {
  const started = await challenge({ phone_number: '+15555550123' }, { allow_signup: true, delivery_method: 'text' });
  assert.equal(started.status, 200);
  assert.equal(emu.outbox.latest('+15555550123')?.channel, 'sms');
  const tokens = await exchange(started.body.auth_session, codeFor('+15555550123'));
  assert.equal(tokens.status, 200, JSON.stringify(tokens.body));
  assert.match(claimsOf(tokens.body.id_token).sub, /^auth0\|/);
});

test('an unknown user without allow_signup gets the same answer, no code, and a session that fails at the token call', async () => {
  const started = await challenge({ email: 'nobody@example.com' });
  assert.equal(started.status, 200);
  assert.deepEqual(Object.keys(started.body), ['auth_session']);
  assert.equal(emu.outbox.latest('nobody@example.com'), undefined);
  const tokens = await exchange(started.body.auth_session, '000000');
  assert.deepEqual([tokens.status, tokens.body.error], [400, 'invalid_request']);
});

test('a code is single use, and the auth_session with it', async () => {
  await signUp('once@example.com');
  const started = await challenge({ email: 'once@example.com' });
  const code = codeFor('once@example.com');
  assert.equal((await exchange(started.body.auth_session, code)).status, 200);
  const replay = await exchange(started.body.auth_session, code);
  assert.deepEqual([replay.status, replay.body.error], [400, 'invalid_request']);
});

test('wrong codes count: the code dies after max attempts, even the right one', async () => {
  await signUp('typo@example.com');
  const started = await challenge({ email: 'typo@example.com' });
  const code = codeFor('typo@example.com');
  const wrong = code === '111111' ? '222222' : '111111';
  for (let i = 0; i < 3; i++) {
    const answer = await exchange(started.body.auth_session, wrong);
    assert.deepEqual([answer.status, answer.body.error], [400, 'invalid_request']);
  }
  const late = await exchange(started.body.auth_session, code);
  assert.deepEqual([late.status, late.body.error], [400, 'invalid_request']);
  assert.match(late.body.error_description, /maximum number of attempts/);
});

test('an expired code is refused', async () => {
  await signUp('slow@example.com');
  const started = await challenge({ email: 'slow@example.com' });
  const code = codeFor('slow@example.com');
  // The default code lifetime is 180 s; the auth_session lives as long as its code.
  emu.clock.advance(181);
  try {
    const answer = await exchange(started.body.auth_session, code);
    assert.deepEqual([answer.status, answer.body.error], [400, 'invalid_request']);
  } finally {
    emu.clock.reset();
  }
});

test('an auth_session belongs to the client that asked for it, and to its connection', async () => {
  await signUp('mine@example.com');
  const started = await challenge({ email: 'mine@example.com' });
  const other = await post('/oauth/token', { grant_type: OTP_GRANT, client_id: 'no-otp-grant', client_secret: 'other-secret-0123456789abcdef', auth_session: started.body.auth_session, otp: codeFor('mine@example.com') });
  assert.deepEqual([other.status, other.body.error], [403, 'unauthorized_client']);
  const realm = await exchange(started.body.auth_session, codeFor('mine@example.com'), { realm: 'Passwords-Only' });
  assert.deepEqual([realm.status, realm.body.error], [400, 'invalid_request']);
});

test('/otp/challenge refusals: client, grant, connection, method and identifier', async () => {
  const cases = [
    [{ client_id: SERVER.client_id, connection: REALM, email: 'a@example.com' }, 401, 'invalid_client'],
    [{ ...SERVER, client_secret: 'wrong-secret-0123456789abcdef', connection: REALM, email: 'a@example.com' }, 401, 'invalid_client'],
    [{ client_id: 'browser-spa', connection: REALM, email: 'a@example.com' }, 403, 'unauthorized_client'],
    [{ client_id: 'no-otp-grant', client_secret: 'other-secret-0123456789abcdef', connection: REALM, email: 'a@example.com' }, 403, 'unauthorized_client'],
    [{ ...SERVER, email: 'a@example.com' }, 400, 'invalid_request'],
    [{ ...SERVER, connection: 'Nope', email: 'a@example.com' }, 400, 'invalid_connection'],
    [{ ...SERVER, connection: 'email', email: 'a@example.com' }, 400, 'invalid_connection'],
    [{ ...SERVER, connection: 'Passwords-Only', email: 'a@example.com' }, 400, 'invalid_connection'],
    [{ ...SERVER, connection: REALM }, 400, 'invalid_request'],
    [{ ...SERVER, connection: REALM, email: 'a@example.com', phone_number: '+15555550100' }, 400, 'invalid_request'],
    [{ ...SERVER, connection: REALM, email: 'not-an-email' }, 400, 'invalid_request'],
    [{ ...SERVER, connection: REALM, phone_number: '5550100' }, 400, 'invalid_request'],
    [{ ...SERVER, connection: REALM, email: 'a@example.com', delivery_method: 'voice' }, 400, 'invalid_request'],
    [{ ...SERVER, connection: REALM, email: 'a@example.com', allow_signup: 'yes' }, 400, 'invalid_request'],
  ];
  for (const [body, status, error] of cases) {
    const answer = await post('/otp/challenge', /** @type {Record<string, unknown>} */ (body));
    assert.deepEqual([answer.status, answer.body.error], [status, error], JSON.stringify(body));
  }
  assert.equal(emu.outbox.latest('a@example.com'), undefined);
});

test('the token call needs an otp and a known auth_session', async () => {
  const noOtp = await post('/oauth/token', { grant_type: OTP_GRANT, ...SERVER, auth_session: 'x' });
  assert.deepEqual([noOtp.status, noOtp.body.error], [400, 'invalid_request']);
  const unknown = await exchange('not-a-session', '123456');
  assert.deepEqual([unknown.status, unknown.body], [400, { error: 'invalid_request', error_description: 'Invalid or expired auth_session.' }]);
});
