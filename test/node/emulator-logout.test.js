// @ts-check
// GET /oidc/logout (OIDC RP-Initiated Logout 1.0 as Auth0 implements it): openid-client's buildEndSessionUrl, then a
// real HTTP GET that follows the redirect back to a small app; id_token_hint validation; Allowed Logout URLs of the
// client named by client_id or the hint's aud; state; logout_hint; Auth0's texts when a URL is not allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import * as client from 'openid-client';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { emulatorClient, fragmentOf, APP_ORIGIN } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
/** @type {import('node:http').Server} */ let app;
/** @type {string} */ let appUrl;
const insecure = { execute: [client.allowInsecureRequests] };

before(async () => {
  // The app the logout returns to: answers 200 with the URL it was asked for.
  app = createServer((req, res) => res.end(`back at ${req.url}`));
  await new Promise((r) => app.listen(0, 'localhost', () => r(undefined)));
  appUrl = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (app.address()).port}`;
  const config = structuredClone(defaultConfig);
  for (const cl of config.clients) cl.any_localhost_port = false;
  config.clients[0].allowed_logout_urls = [`${appUrl}/signed-out`, `${appUrl}/other`];
  config.clients[1].allowed_logout_urls = [`${appUrl}/backend-bye`];
  emu = await startEmulator({ port: 0, config });
  c = emulatorClient(emu.url);
});
after(async () => {
  await emu.close();
  await new Promise((r) => app.close(r));
});

/**
 * A session (as passwordlessLogin makes it) and an ID token for `clientId` from /authorize with that session.
 * @param {string} email @param {string} [clientId]
 */
async function login(email, clientId = 'demo-spa') {
  const origin = { origin: APP_ORIGIN };
  const extra = clientId === 'demo-regular' ? { client_secret: 'demo-regular-secret' } : {};
  assert.equal((await c.start({ client_id: clientId, ...extra, connection: 'email', send: 'code', email }, origin)).status, 200);
  const co = await c.co({ client_id: clientId, username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email' });
  assert.equal(co.status, 200, co.text);
  const cookie = co.cookie ?? '';
  const redirectUri = clientId === 'demo-spa' ? `${APP_ORIGIN}/` : `${APP_ORIGIN}/auth/passwordless/callback`;
  const r = await c.authorize({ client_id: clientId, redirect_uri: redirectUri, response_type: 'id_token', response_mode: 'fragment', nonce: 'n', scope: 'openid', prompt: 'none' }, cookie);
  const idToken = fragmentOf(r.location ?? '').id_token;
  assert.ok(idToken, r.location);
  return { cookie, idToken };
}

/** Is the session still alive? @param {string} cookie */
async function alive(cookie) {
  const r = await c.authorize({ client_id: 'demo-spa', redirect_uri: `${APP_ORIGIN}/`, response_type: 'id_token', response_mode: 'fragment', nonce: 'n', scope: 'openid', prompt: 'none' }, cookie);
  return !fragmentOf(r.location ?? '').error;
}

/** @param {Record<string, string>} params @param {string} [cookie] */
const logout = (params, cookie) => c.raw(`/oidc/logout?${new URLSearchParams(params)}`, cookie ? { headers: { cookie } } : {});

test('discovery advertises /oidc/logout; buildEndSessionUrl + a real GET ends the session and returns to the app with state', async () => {
  const config = await client.discovery(new URL(emu.url), 'demo-spa', undefined, client.None(), insecure);
  assert.equal(config.serverMetadata().end_session_endpoint, `${emu.url}/oidc/logout`);
  const { cookie, idToken } = await login('rp@example.com');
  assert.equal(await alive(cookie), true);
  const url = client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: `${appUrl}/signed-out`, state: 'st 1', ui_locales: 'fr-CA' });
  assert.equal(url.pathname, '/oidc/logout');
  const r = await fetch(url, { headers: { cookie } });
  assert.equal(r.status, 200);
  assert.equal(r.url, `${appUrl}/signed-out?state=st%201`);
  assert.equal(await r.text(), 'back at /signed-out?state=st%201');
  assert.equal(await alive(cookie), false, 'the session is over');
});

test('client_id alone names the list; without a post_logout_redirect_uri Auth0 goes to the first Allowed Logout URL', async () => {
  const { cookie } = await login('cid@example.com');
  const r = await logout({ client_id: 'demo-spa', post_logout_redirect_uri: `${appUrl}/other` }, cookie);
  assert.equal(r.status, 302);
  assert.equal(r.location, `${appUrl}/other`);
  assert.match(String(r.headers.get('set-cookie')), /emulator_session=;/);
  const first = await logout({ client_id: 'demo-spa' });
  assert.equal(first.location, `${appUrl}/signed-out`);
  const host = await logout({ client_id: 'demo-spa', post_logout_redirect_uri: `HTTP://LOCALHOST:${new URL(appUrl).port}/other`, state: 'x' });
  assert.equal(host.location, `HTTP://LOCALHOST:${new URL(appUrl).port}/other?state=x`, 'scheme and host without case');
  const none = await logout({});
  assert.equal(none.status, 200);
  assert.match(none.text, /Logged out/);
});

test("a URL not on the client's list: Auth0's text, no redirect, the session kept", async () => {
  const { cookie, idToken } = await login('refused@example.com');
  const port = new URL(appUrl).port;
  /** @type {Record<string, string>[]} */
  const cases = [
    { client_id: 'demo-spa', post_logout_redirect_uri: `${appUrl}/Signed-out` },
    { client_id: 'demo-spa', post_logout_redirect_uri: `http://localhost:${port}/backend-bye` }, // another client's URL
    { id_token_hint: idToken, post_logout_redirect_uri: `${appUrl}/backend-bye` },
    { post_logout_redirect_uri: `${appUrl}/signed-out` }, // no client: no tenant-level list in the emulator
    { client_id: 'demo-spa', post_logout_redirect_uri: 'https://evil.example/' },
  ];
  for (const params of cases) {
    const r = await logout(params, cookie);
    assert.equal(r.status, 400, JSON.stringify(params));
    assert.equal(r.location, undefined);
    const text = r.text.replaceAll('&#34;', '"').replaceAll('&#47;', '/');
    assert.ok(text.includes(`The "post_logout_redirect_uri" querystring parameter "${params.post_logout_redirect_uri}" is not defined as a valid URL in "Allowed Logout URLs".`), text);
  }
  assert.equal(await alive(cookie), true, 'a refused logout ends nothing');
  const unknown = await logout({ client_id: 'nope', post_logout_redirect_uri: `${appUrl}/signed-out` });
  assert.equal(unknown.status, 400);
  assert.match(unknown.text, /Unknown client: nope/);
});

test("id_token_hint: the emulator's signature and issuer are checked, its aud names the client, an expired one is accepted", async () => {
  const { cookie, idToken } = await login('hint@example.com');
  const [h, b, s] = idToken.split('.');
  const sig = Buffer.from(s, 'base64url');
  sig[5] ^= 0xff;
  const forged = [
    `${h}.${b}.${sig.toString('base64url')}`,
    `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(b, 'base64url').toString()), aud: 'demo-regular' })).toString('base64url')}.${s}`,
    'not-a-jwt',
  ];
  emu.faults.addTokenDefect({ defect: 'wrong_iss' });
  forged.push((await login('hint-iss@example.com')).idToken);
  emu.faults.addTokenDefect({ defect: 'hs256' });
  forged.push((await login('hint-hs@example.com')).idToken);
  for (const hint of forged) {
    const r = await logout({ id_token_hint: hint, post_logout_redirect_uri: `${appUrl}/signed-out` }, cookie);
    assert.equal(r.status, 400, hint);
    assert.equal(r.location, undefined);
    assert.match(r.text, /id_token_hint/);
  }
  assert.equal(await alive(cookie), true);

  const mismatch = await logout({ id_token_hint: idToken, client_id: 'demo-regular', post_logout_redirect_uri: `${appUrl}/backend-bye` }, cookie);
  assert.equal(mismatch.status, 400, 'client_id must be the hint\'s aud');

  emu.clock.advance(3 * 86400);
  try {
    const expired = await logout({ id_token_hint: idToken, post_logout_redirect_uri: `${appUrl}/signed-out`, state: 's' });
    assert.equal(expired.status, 302, expired.text);
    assert.equal(expired.location, `${appUrl}/signed-out?state=s`);
  } finally {
    emu.clock.reset();
  }
  const regular = await login('hint-regular@example.com', 'demo-regular');
  const r = await logout({ id_token_hint: regular.idToken, post_logout_redirect_uri: `${appUrl}/backend-bye` }, regular.cookie);
  assert.equal(r.location, `${appUrl}/backend-bye`, "the hint's aud names the client");
});

test('logout_hint: must be the hint\'s sid; a sid that is not the browser\'s session leaves it alone', async () => {
  const { cookie, idToken } = await login('lh@example.com');
  const sid = JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()).sid;
  const wrong = await logout({ id_token_hint: idToken, logout_hint: 'other-sid', post_logout_redirect_uri: `${appUrl}/signed-out` }, cookie);
  assert.equal(wrong.status, 400);
  assert.match(wrong.text, /logout_hint/);
  const other = await logout({ client_id: 'demo-spa', logout_hint: 'other-sid', post_logout_redirect_uri: `${appUrl}/signed-out` }, cookie);
  assert.equal(other.status, 302);
  assert.equal(other.headers.get('set-cookie'), null);
  assert.equal(await alive(cookie), true);
  const right = await logout({ id_token_hint: idToken, logout_hint: sid, post_logout_redirect_uri: `${appUrl}/signed-out` }, cookie);
  assert.equal(right.status, 302);
  assert.equal(await alive(cookie), false);
});

test('/v2/logout stays for returnTo', async () => {
  const { cookie } = await login('v2@example.com');
  const r = await c.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-spa', returnTo: `${appUrl}/signed-out` })}`, { headers: { cookie } });
  assert.equal(r.status, 302);
  assert.equal(r.location, `${appUrl}/signed-out`);
  assert.equal(await alive(cookie), false);
});

test('/v2/logout as Auth0\'s reference says: client_id alone goes to its first Allowed Logout URL; returnTo without client_id is checked against the tenant\'s list (none here)', async () => {
  const first = await c.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-regular' })}`);
  assert.equal(first.status, 302);
  assert.equal(first.location, `${appUrl}/backend-bye`);
  const { cookie } = await login('v2-no-client@example.com');
  const anyClients = await c.raw(`/v2/logout?${new URLSearchParams({ returnTo: `${appUrl}/signed-out` })}`, { headers: { cookie } });
  assert.equal(anyClients.status, 400, 'a URL one application lists is not the tenant\'s');
  assert.equal(anyClients.location, undefined);
  const bare = await c.raw('/v2/logout');
  assert.equal(bare.status, 200, 'nothing to return to: the emulator\'s page');
});

test('/userinfo takes the access token from the query too (passport-auth0 sends it so); never two ways at once', async () => {
  const email = 'ui-query@example.com';
  assert.equal((await c.start({ client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'code', email }, { origin: null })).status, 200);
  const t = await c.token({ grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp', client_id: 'demo-regular', client_secret: 'demo-regular-secret',
    username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email', scope: 'openid email' });
  assert.equal(t.status, 200, t.text);
  const token = t.body.access_token;
  const byQuery = await c.raw(`/userinfo?${new URLSearchParams({ access_token: token })}`);
  assert.equal(byQuery.status, 200);
  assert.equal(byQuery.body.email, email);
  const byHeader = await c.raw('/userinfo', { headers: { authorization: `Bearer ${token}` } });
  assert.deepEqual(byHeader.body, byQuery.body);
  const wrong = await c.raw('/userinfo?access_token=nope');
  assert.equal(wrong.status, 401);
  assert.equal(wrong.text, 'Unauthorized');
  const empty = await c.raw('/userinfo?access_token=');
  assert.equal(empty.status, 401);
  const both = await c.raw(`/userinfo?${new URLSearchParams({ access_token: token })}`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(both.status, 400);
  assert.equal(both.body.error, 'invalid_request');
  const twice = await c.raw(`/userinfo?access_token=${token}&access_token=${token}`);
  assert.equal(twice.status, 400);
});
