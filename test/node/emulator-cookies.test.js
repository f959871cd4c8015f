// @ts-check
// The session cookie, like Auth0's `auth0` + `auth0_compat`: `emulator_session` is `SameSite=None; Secure` (so a
// real browser blocks or partitions it when it is third-party), `emulator_session_compat` is its `SameSite=Lax` twin.
// Every login sets both, either one carries the session, logout clears both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { sessionCookieHeaders } from '../../emulator/grants.js';
import { emulatorClient, fragmentOf, implicitParams, APP_ORIGIN } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;

before(async () => {
  const config = structuredClone(defaultConfig);
  config.clients[0].cross_origin_loc = `${APP_ORIGIN}/fallback.html`;
  emu = await startEmulator({ port: 0, config });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

const SESSION = /^emulator_session=([A-Za-z0-9_-]{32}); Path=\/; HttpOnly; Secure; SameSite=None; Max-Age=86400$/;
const COMPAT = /^emulator_session_compat=([A-Za-z0-9_-]{32}); Path=\/; HttpOnly; SameSite=Lax; Max-Age=86400$/;

/**
 * The two session cookies of a response, checked attribute by attribute; returns their (equal) value.
 * @param {Headers} headers @param {string} where
 */
function sessionCookies(headers, where) {
  const all = headers.getSetCookie();
  assert.equal(all.length, 2, `${where}: two Set-Cookie headers, got ${JSON.stringify(all)}`);
  const [session, compat] = all;
  const a = SESSION.exec(session);
  const b = COMPAT.exec(compat);
  assert.ok(a, `${where}: ${session}`);
  assert.ok(b, `${where}: ${compat}`);
  assert.equal(a[1], b[1], `${where}: both cookies carry the same session`);
  return a[1];
}

/** @param {string} email */
async function codeFor(email) {
  const r = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
  assert.equal(r.status, 200, r.text);
  return emu.outbox.latest(email)?.code ?? '';
}

/** @param {string} [cookie] */
const checkSession = (cookie) => c.authorize({ ...implicitParams(), prompt: 'none' }, cookie);

test('co/authenticate sets emulator_session (SameSite=None; Secure) and emulator_session_compat (SameSite=Lax), HttpOnly, Path=/', async () => {
  const r = await c.co({ client_id: 'demo-spa', username: 'cookie@example.com', otp: await codeFor('cookie@example.com'), realm: 'email' });
  assert.equal(r.status, 200, r.text);
  sessionCookies(r.headers, '/co/authenticate');
});

test('the magic link, the hosted login page and /co/verify set both cookies too', async () => {
  await c.start({
    client_id: 'demo-spa', connection: 'email', send: 'link', email: 'link-cookie@example.com',
    authParams: { response_type: 'token id_token', redirect_uri: `${APP_ORIGIN}/`, scope: 'openid', state: 's', nonce: 'n' },
  });
  const link = await c.get(emu.outbox.latest('link-cookie@example.com')?.link ?? '');
  assert.equal(link.status, 302);
  sessionCookies(link.headers, 'verify_redirect');

  const a = await c.authorize({ ...implicitParams(), prompt: 'login' });
  const state = new URL(a.location ?? '', emu.url).searchParams.get('state') ?? '';
  /** @param {string} path @param {Record<string, string>} fields */
  const form = (path, fields) => c.raw(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  await form('/u/login', { state, identifier: 'hosted-cookie@example.com' });
  const done = await form('/u/login/code', { state, code: emu.outbox.latest('hosted-cookie@example.com')?.code ?? '' });
  assert.equal(done.status, 302);
  sessionCookies(done.headers, '/u/login/code');

  // The cross-origin verification fallback: the ticket reaches /authorize without the cookie, /co/verify sets it.
  const login = await c.co({ client_id: 'demo-spa', username: 'co-cookie@example.com', otp: await codeFor('co-cookie@example.com'), realm: 'email' });
  const page = await c.authorize({ ...implicitParams(), login_ticket: login.body.login_ticket });
  assert.equal(page.status, 200);
  const pending = /name="state" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const verified = await form('/co/verify', { state: pending, verifier: login.body.co_verifier });
  assert.equal(verified.status, 302);
  assert.ok(fragmentOf(verified.location ?? '').id_token);
  assert.equal(sessionCookies(verified.headers, '/co/verify'), login.cookie?.split('=')[1]);
});

test('either cookie carries the session (the SameSite=None one first); logout clears both', async () => {
  const r = await c.co({ client_id: 'demo-spa', username: 'either@example.com', otp: await codeFor('either@example.com'), realm: 'email' });
  const id = sessionCookies(r.headers, '/co/authenticate');
  for (const cookie of [`emulator_session=${id}`, `emulator_session_compat=${id}`, `emulator_session=${id}; emulator_session_compat=${id}`]) {
    const sso = await checkSession(cookie);
    assert.ok(fragmentOf(sso.location ?? '').id_token, `${cookie}: ${sso.location}`);
  }
  // WebKit on http keeps only the twin; a browser that lost both is logged out.
  assert.equal(fragmentOf((await checkSession()).location ?? '').error, 'login_required');
  assert.equal(fragmentOf((await checkSession('emulator_session_compat=nope')).location ?? '').error, 'login_required');

  const bye = await c.raw(`/v2/logout?${new URLSearchParams({ returnTo: `${APP_ORIGIN}/`, client_id: 'demo-spa' })}`, { headers: { cookie: `emulator_session_compat=${id}` } });
  assert.equal(bye.status, 302);
  assert.deepEqual(bye.headers.getSetCookie(), [
    'emulator_session=; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=0',
    'emulator_session_compat=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0',
  ]);
  assert.equal(fragmentOf((await checkSession(`emulator_session=${id}`)).location ?? '').error, 'login_required', 'the session itself is gone');
  // Logout without a session (or without returnTo) clears both as well.
  const page = await c.raw('/v2/logout');
  assert.equal(page.status, 200);
  assert.equal(page.headers.getSetCookie().length, 2);
});

test('on an https emulator URL the compat twin is Secure too (on http it cannot be: WebKit refuses Secure cookies from http://localhost)', () => {
  assert.deepEqual(sessionCookieHeaders({ url: 'https://auth.example.test' }, 'v', 60), [
    'emulator_session=v; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=60',
    'emulator_session_compat=v; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=60',
  ]);
  assert.deepEqual(sessionCookieHeaders({ url: 'http://localhost:4400' }, 'v', 60), [
    'emulator_session=v; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=60',
    'emulator_session_compat=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60',
  ]);
});
