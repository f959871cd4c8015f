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

/** Authorize parameters of the SPA with Universal Login's identifier handed over. @param {Record<string, string>} extra */
const hinted = (extra) => ({ client_id: 'demo-spa', response_type: 'token id_token', redirect_uri: `${APP_ORIGIN}/`, scope: 'openid profile email', state: 'g-state', nonce: 'g-nonce', ...extra });

/** @param {string} location */
const stateOf = (location) => new URL(location, emu.url).searchParams.get('state') ?? '';

test('login_hint with connection=email: ONE new code is sent at once, the page opens on the code step, the old code stops working', async () => {
  const email = 'hinted@example.com';
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
  const old = emu.outbox.latest(email);
  const before = emu.outbox.list(email).length;

  const a = await c.authorize(hinted({ connection: 'email', login_hint: 'Hinted@Example.com' }));
  assert.equal(a.status, 302);
  assert.match(a.location ?? '', /^\/u\/login\/code\?state=[A-Za-z0-9_-]+$/);
  const sent = emu.outbox.list(email);
  assert.equal(sent.length, before + 1, 'exactly one new message');
  const message = sent[sent.length - 1];
  assert.equal(message.send, 'code');
  assert.equal(message.channel, 'email');
  assert.equal(message.client_id, 'demo-spa');
  assert.equal(message.link, undefined);

  const page = await c.raw(a.location ?? '');
  assert.equal(page.status, 200);
  assert.match(page.text, /<p id="sent-to">We sent a code to <b>hinted@example\.com<\/b>\.<\/p>/);
  assert.match(page.text, /<form method="post" action="\/u\/login\/code"><input type="hidden" name="state" value="[^"]+"><label for="code">Code<\/label><input id="code" name="code"/);
  assert.match(page.text, /<button id="code-submit" type="submit">Continue<\/button>/);
  assert.match(page.text, new RegExp(`<a id="change-identifier" href="/u/login\\?state=${stateOf(a.location ?? '')}">Use a different email or phone number</a>`));

  const stale = await c.co({ client_id: 'demo-spa', username: email, otp: old?.code ?? '', realm: 'email' });
  assert.equal(stale.status, 403, 'only the newest code works');
  const done = await postForm('/u/login/code', { state: stateOf(a.location ?? ''), code: message.code });
  assert.equal(done.status, 302);
  const f = Object.fromEntries(new URLSearchParams((done.location ?? '').split('#')[1]));
  assert.ok(done.location?.startsWith(`${APP_ORIGIN}/#`));
  assert.equal(f.state, 'g-state');
  assert.equal(JSON.parse(Buffer.from(f.id_token.split('.')[1], 'base64url').toString()).email, email);
  assert.deepEqual(done.headers.getSetCookie().map((v) => v.split('=')[0]), ['emulator_session', 'emulator_session_compat']);
});

test('login_hint with connection=sms sends an SMS code; "Use a different …" goes back to the identifier step', async () => {
  const a = await c.authorize(hinted({ connection: 'sms', login_hint: '+15557770003' }));
  assert.match(a.location ?? '', /^\/u\/login\/code\?state=/);
  const message = emu.outbox.latest('+15557770003');
  assert.equal(message?.channel, 'sms');
  const state = stateOf(a.location ?? '');
  const change = await c.raw(`/u/login?state=${state}`);
  assert.match(change.text, /<input id="identifier" name="identifier" required autofocus autocomplete="email tel">/, 'the identifier step, empty');
  const other = await postForm('/u/login', { state, identifier: 'changed@example.com' });
  assert.equal(other.location, `/u/login/code?state=${state}`);
  const done = await postForm('/u/login/code', { state, code: emu.outbox.latest('changed@example.com')?.code ?? '' });
  assert.ok(done.location?.startsWith(`${APP_ORIGIN}/#access_token=`), done.location);
});

test('an invalid or mismatching login_hint opens the identifier step, empty, and sends nothing; prompt=none still says login_required', async () => {
  /** @type {Record<string, string>[]} */
  const cases = [
    { connection: 'sms', login_hint: 'someone@example.com' },
    { connection: 'email', login_hint: '+15557770004' },
    { connection: 'email', login_hint: 'not an email' },
    { connection: 'email', login_hint: ' padded@example.com' },
    { connection: 'email', login_hint: '"><script>alert(1)</script>@example.com' },
    { connection: 'sms', login_hint: '+1 555 777 0005' },
    { connection: 'github', login_hint: 'someone@example.com' },
    { login_hint: 'someone@example.com' },
    { connection: 'email', login_hint: '' },
  ];
  for (const extra of cases) {
    const count = emu.outbox.list().length;
    const a = await c.authorize(hinted(extra));
    assert.equal(a.status, 302, JSON.stringify(extra));
    assert.match(a.location ?? '', /^\/u\/login\?state=[A-Za-z0-9_-]+$/, JSON.stringify(extra));
    assert.equal(emu.outbox.list().length, count, `nothing sent: ${JSON.stringify(extra)}`);
    const page = await c.raw(a.location ?? '');
    assert.equal(page.status, 200);
    assert.match(page.text, /<input id="identifier" name="identifier" required autofocus autocomplete="email tel">/);
    if (extra.login_hint) assert.ok(!page.text.includes(extra.login_hint.trim()), `the hint is not rendered: ${extra.login_hint}`);
    assert.ok(!page.text.includes('<script>'));
  }
  const count = emu.outbox.list().length;
  const silent = await c.authorize(hinted({ connection: 'email', login_hint: 'silent@example.com', prompt: 'none' }));
  assert.equal(silent.status, 302);
  assert.deepEqual(Object.fromEntries(new URLSearchParams((silent.location ?? '').split('#')[1])), { error: 'login_required', error_description: 'Login required', state: 'g-state' });
  assert.equal(emu.outbox.list().length, count, 'prompt=none sends nothing');
});

test('login_hint counts against the per-IP start limit; over it, the identifier step with the 429 text and nothing sent; an unconfigured connection is ignored', async () => {
  const limited = await startEmulator({
    port: 0,
    config: {
      clients: [{ client_id: 'g-spa', app_type: 'spa', callbacks: [`${APP_ORIGIN}/`], allowed_origins: [APP_ORIGIN] }],
      connections: { email: {} }, rate_limits: { passwordless_start_per_ip_per_hour: 2 },
    },
  });
  try {
    const l = emulatorClient(limited.url);
    const params = (/** @type {Record<string, string>} */ extra) => ({ ...hinted(extra), client_id: 'g-spa' });
    assert.equal((await l.start({ client_id: 'g-spa', connection: 'email', send: 'code', email: 'first@example.com' })).status, 200);
    const second = await l.authorize(params({ connection: 'email', login_hint: 'second@example.com' }));
    assert.match(second.location ?? '', /^\/u\/login\/code\?/, 'the second send of this IP is allowed');
    const third = await l.authorize(params({ connection: 'email', login_hint: 'third@example.com' }));
    assert.match(third.location ?? '', /^\/u\/login\?state=/);
    assert.equal(limited.outbox.list('third@example.com').length, 0);
    const page = await l.raw(third.location ?? '');
    assert.equal(page.status, 429);
    assert.match(page.text, /Too many requests/);
    assert.equal((await l.raw(third.location ?? '')).status, 200, 'the message is shown once');
    assert.equal((await l.start({ client_id: 'g-spa', connection: 'email', send: 'code', email: 'fourth@example.com' })).status, 429, 'the hosted send used the same budget');

    const sms = await l.authorize(params({ connection: 'sms', login_hint: '+15557770006' }));
    assert.match(sms.location ?? '', /^\/u\/login\?state=/, 'sms is not configured here');
    assert.match((await l.raw(sms.location ?? '')).text, /<label for="identifier">Email<\/label>/);
  } finally {
    await limited.close();
  }
});
