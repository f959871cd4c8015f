// @ts-check
// The hosted login page: /authorize without a session sends the user through identifier and
// code forms, then answers the original request (here: openid-client, code flow with PKCE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as client from 'openid-client';
import { startEmulator } from '../../emulator/index.js';
import { emulatorClient, APP_ORIGIN } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;

before(async () => {
  emu = await startEmulator({ port: 0 });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

/** @param {string} path @param {Record<string, string>} fields */
const postForm = (path, fields) => c.raw(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

test('openid-client code flow with PKCE through the hosted login page', async () => {
  const config = await client.discovery(new URL(emu.url), 'demo-spa', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  const verifier = client.randomPKCECodeVerifier();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: `${APP_ORIGIN}/spa.html`, scope: 'openid profile email', state: 'hosted-state',
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const a = await c.get(url.href);
  assert.equal(a.status, 302);
  assert.match(a.location ?? '', /^\/u\/login\?state=/);
  const state = new URL(a.location ?? '', emu.url).searchParams.get('state') ?? '';
  const form = await c.raw(a.location ?? '');
  assert.equal(form.status, 200);
  assert.match(form.text, /Sign in to demo-spa/);
  assert.match(form.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);

  const invalid = await postForm('/u/login', { state, identifier: 'not an email' });
  assert.equal(invalid.status, 400);
  assert.match(invalid.text, /Enter a valid email address/);

  const sent = await postForm('/u/login', { state, identifier: 'Hosted@Example.com' });
  assert.equal(sent.status, 302);
  assert.equal(sent.location, `/u/login/code?state=${state}`);
  const codePage = await c.raw(sent.location ?? '');
  assert.match(codePage.text, /hosted@example\.com/);
  const code = emu.outbox.latest('hosted@example.com')?.code ?? '';
  const wrong = await postForm('/u/login/code', { state, code: code === '000000' ? '000001' : '000000' });
  assert.equal(wrong.status, 400);
  assert.match(wrong.text, /Wrong email or verification code\./);

  const done = await postForm('/u/login/code', { state, code });
  assert.equal(done.status, 302);
  assert.ok(done.location?.startsWith(`${APP_ORIGIN}/spa.html?code=`), done.location);
  assert.match(done.headers.get('set-cookie') ?? '', /^emulator_session=/);
  const tokens = await client.authorizationCodeGrant(config, new URL(done.location ?? ''), { pkceCodeVerifier: verifier, expectedState: 'hosted-state' });
  assert.equal(tokens.claims()?.email, 'hosted@example.com');

  const replay = await postForm('/u/login/code', { state, code });
  assert.equal(replay.status, 400, 'the login transaction is single use');
  // The session now gives SSO without the login page.
  const sso = await c.get(url.href, done.cookie);
  assert.ok(sso.location?.startsWith(`${APP_ORIGIN}/spa.html?code=`));
});

test('hosted login escapes reflected input and refuses unknown transactions', async () => {
  const unknown = await c.raw('/u/login?state=nope');
  assert.equal(unknown.status, 400);
  const a = await c.get(`${emu.url}/authorize?${new URLSearchParams({ client_id: 'demo-spa', response_type: 'code', redirect_uri: `${APP_ORIGIN}/`, prompt: 'login' })}`);
  const state = new URL(a.location ?? '', emu.url).searchParams.get('state') ?? '';
  const r = await postForm('/u/login', { state, identifier: '"><script>alert(1)</script>' });
  assert.equal(r.status, 400);
  assert.ok(!r.text.includes('<script>alert'));
  const sms = await postForm('/u/login', { state, identifier: '+15551230000' });
  assert.equal(sms.status, 302);
  assert.equal(emu.outbox.latest('+15551230000')?.channel, 'sms');
});
