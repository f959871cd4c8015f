// @ts-check
// Refresh tokens: offline_access for clients allowed them (grant_types, refresh_token settings), the refresh grant
// with rotation, leeway and reuse detection, and /oauth/revoke, driven with openid-client.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as client from 'openid-client';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient, APP_ORIGIN, OTP_GRANT } from '../helpers/emulator-client.js';

const SECRET = 'backend-secret-1';
/** @param {string} id @param {Record<string, unknown>} extra */
const backend = (id, extra) => ({ client_id: id, client_secret: SECRET, app_type: /** @type {const} */ ('regular_web'), callbacks: [`${APP_ORIGIN}/cb`], allowed_origins: [APP_ORIGIN], allowed_logout_urls: [], ...extra });
/** @type {import('../../emulator/config.js').EmulatorConfig} */
const config = {
  ...defaultConfig,
  apis: [...(defaultConfig.apis ?? []), { identifier: 'https://offline.example.com', allow_offline_access: true }, { identifier: 'https://online.example.com' }],
  clients: [
    ...defaultConfig.clients,
    backend('rotating', { grant_types: ['authorization_code', 'refresh_token', OTP_GRANT], refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring', leeway: 5, token_lifetime: 7200, idle_token_lifetime: 3600 } }),
    backend('plain', { grant_types: ['authorization_code', 'refresh_token', OTP_GRANT] }),
    backend('no-otp', { grant_types: ['authorization_code', 'refresh_token'] }),
    {
      client_id: 'spa-rt', app_type: 'spa', callbacks: [`${APP_ORIGIN}/`], allowed_origins: [APP_ORIGIN], allowed_logout_urls: [],
      grant_types: ['authorization_code', 'refresh_token'], refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
    },
  ],
};

let clock = Date.now();
/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
const insecure = { execute: [client.allowInsecureRequests] };

before(async () => {
  emu = await startEmulator({ port: 0, config, now: () => clock });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

/** An OTP-grant login for a backend client. @param {string} clientId @param {string} email @param {string} scope */
async function otpLogin(clientId, email, scope) {
  await c.start({ client_id: clientId, client_secret: SECRET, connection: 'email', send: 'code', email }, { origin: null });
  return c.token({ grant_type: OTP_GRANT, client_id: clientId, client_secret: SECRET, username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email', scope });
}

/** openid-client's error for Auth0's refusal of a refresh token. @param {any} e */
const invalidRt = (e) => e.error === 'invalid_grant' && e.error_description === 'Unknown or invalid refresh token.';
/** @param {string} clientId */
const discover = (clientId) => client.discovery(new URL(emu.url), clientId, SECRET, undefined, insecure);

test('config: grant_types and refresh_token are checked', () => {
  const base = { connections: defaultConfig.connections };
  const bad = (/** @type {Record<string, unknown>} */ extra, /** @type {RegExp} */ message) => assert.throws(() => validateConfig({ ...base, clients: [backend('x', extra)] }), message);
  bad({ grant_types: ['password'] }, /clients\[0\]\.grant_types\[0\] must be one of authorization_code/);
  bad({ refresh_token: { rotation_type: 'sometimes' } }, /clients\[0\]\.refresh_token\.rotation_type must be "rotating" or "non-rotating"/);
  bad({ refresh_token: { expiration_type: 'soon' } }, /expiration_type must be "expiring" or "non-expiring"/);
  bad({ refresh_token: { leeway: 61 } }, /refresh_token\.leeway must be an integer from 0 to 60/);
  bad({ refresh_token: { token_lifetime: 10 } }, /refresh_token\.token_lifetime must be an integer/);
  bad({ refresh_token: { reuse_interval: 0 } }, /refresh_token\.reuse_interval is not a known key/);
  bad({ refresh_token: { infinite_token_lifetime: 'yes' } }, /refresh_token\.infinite_token_lifetime must be true or false/);
  // A client's refresh_token as the Management API returns it loads as it is.
  const fromManagementApi = { rotation_type: 'rotating', expiration_type: 'expiring', leeway: 0, token_lifetime: 2592000, idle_token_lifetime: 1296000, infinite_token_lifetime: false, infinite_idle_token_lifetime: false };
  assert.deepEqual(validateConfig({ ...base, clients: [backend('x', { refresh_token: fromManagementApi })] }).clients[0]?.refresh_token, fromManagementApi);
  assert.throws(() => validateConfig({ ...base, clients: [backend('x', {})], apis: [{ identifier: 'a', allow_offline_access: 'yes' }] }), /apis\[0\]\.allow_offline_access must be true or false/);
});

test('offline_access: a refresh token for a client allowed them; otherwise offline_access is dropped from the scope', async () => {
  const allowed = await otpLogin('plain', 'rt1@example.com', 'openid offline_access');
  assert.equal(allowed.status, 200, allowed.text);
  assert.equal(allowed.body.scope, 'openid offline_access');
  assert.ok(allowed.body.refresh_token);
  const without = await otpLogin('plain', 'rt1@example.com', 'openid');
  assert.equal(without.body.refresh_token, undefined);
  // With an audience, only for an API that allows offline access.
  await c.start({ client_id: 'plain', client_secret: SECRET, connection: 'email', send: 'code', email: 'rt1b@example.com' }, { origin: null });
  const otp = emu.outbox.latest('rt1b@example.com')?.code ?? '';
  const online = await c.token({ grant_type: OTP_GRANT, client_id: 'plain', client_secret: SECRET, username: 'rt1b@example.com', otp, realm: 'email', scope: 'openid offline_access', audience: 'https://online.example.com' });
  assert.equal(online.status, 200, online.text);
  assert.equal(online.body.scope, 'openid');
  assert.equal(online.body.refresh_token, undefined);
  await c.start({ client_id: 'plain', client_secret: SECRET, connection: 'email', send: 'code', email: 'rt1b@example.com' }, { origin: null });
  const offline = await c.token({ grant_type: OTP_GRANT, client_id: 'plain', client_secret: SECRET, username: 'rt1b@example.com', otp: emu.outbox.latest('rt1b@example.com')?.code ?? '', realm: 'email', scope: 'openid offline_access', audience: 'https://offline.example.com' });
  assert.equal(offline.body.scope, 'openid offline_access');
  assert.ok(offline.body.refresh_token);
  const notAllowed = await otpLogin('demo-regular', 'rt2@example.com'.replace('rt2', 'rt2'), 'openid offline_access');
  // demo-regular's secret is its own
  assert.equal(notAllowed.status, 401);
  await c.start({ client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'code', email: 'rt2@example.com' }, { origin: null });
  const r = await c.token({ grant_type: OTP_GRANT, client_id: 'demo-regular', client_secret: 'demo-regular-secret', username: 'rt2@example.com', otp: emu.outbox.latest('rt2@example.com')?.code ?? '', realm: 'email', scope: 'openid offline_access' });
  assert.equal(r.status, 200);
  assert.equal(r.body.scope, 'openid');
  assert.equal(r.body.refresh_token, undefined);
  const refused = await c.token({ grant_type: 'refresh_token', client_id: 'demo-regular', client_secret: 'demo-regular-secret', refresh_token: allowed.body.refresh_token });
  assert.equal(refused.status, 403);
  assert.deepEqual(refused.body, { error: 'unauthorized_client', error_description: "Grant type 'refresh_token' not allowed for the client." });
});

test('grant_types without the Passwordless OTP grant: the OTP grant is refused as Auth0 refuses it, before the code is checked', async () => {
  const email = 'no-otp@example.com';
  await c.start({ client_id: 'no-otp', client_secret: SECRET, connection: 'email', send: 'code', email }, { origin: null });
  const code = emu.outbox.latest(email)?.code ?? '';
  for (const otp of [code, code === '000000' ? '000001' : '000000']) {
    const r = await c.token({ grant_type: OTP_GRANT, client_id: 'no-otp', client_secret: SECRET, username: email, otp, realm: 'email', scope: 'openid' });
    assert.equal(r.status, 403);
    assert.deepEqual(r.body, { error: 'unauthorized_client', error_description: `Grant type '${OTP_GRANT}' not allowed for the client.` });
  }
  const withGrant = await otpLogin('plain', email, 'openid');
  assert.equal(withGrant.status, 200, 'a client with the grant logs in');
});

test('non-rotating (openid-client refreshTokenGrant): the same refresh token keeps working; another client\'s is refused', async () => {
  const login = await otpLogin('plain', 'rt3@example.com', 'openid email offline_access');
  const conf = await discover('plain');
  const first = await client.refreshTokenGrant(conf, login.body.refresh_token);
  assert.ok(first.access_token);
  assert.ok(first.id_token, 'an ID token again (openid)');
  assert.equal(first.refresh_token, undefined, 'no rotation: no new refresh token');
  assert.equal(first.claims()?.email, 'rt3@example.com');
  const second = await client.refreshTokenGrant(conf, login.body.refresh_token, { scope: 'openid' });
  assert.equal(second.scope, 'openid');
  await assert.rejects(client.refreshTokenGrant(conf, login.body.refresh_token, { scope: 'openid phone' }), (/** @type {any} */ e) => e.error === 'invalid_scope');
  const other = await c.token({ grant_type: 'refresh_token', client_id: 'rotating', client_secret: SECRET, refresh_token: login.body.refresh_token });
  assert.equal(other.status, 403);
  assert.deepEqual(other.body, { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' });
  const userinfo = await fetch(`${emu.url}/userinfo`, { headers: { authorization: `Bearer ${second.access_token}` } });
  assert.equal(userinfo.status, 200);
});

test('rotation: each refresh gives a new refresh token; reuse after the leeway revokes the whole family', async () => {
  const login = await otpLogin('rotating', 'rt4@example.com', 'openid offline_access');
  const conf = await discover('rotating');
  const rt0 = login.body.refresh_token;
  const a = await client.refreshTokenGrant(conf, rt0);
  assert.ok(a.refresh_token && a.refresh_token !== rt0);
  // Within the leeway (5 s) the old token still works (a retry after a lost answer).
  clock += 4000;
  const retry = await client.refreshTokenGrant(conf, rt0);
  assert.ok(retry.refresh_token);
  const b = await client.refreshTokenGrant(conf, /** @type {string} */ (a.refresh_token));
  // After the leeway: reuse detected, the family is revoked, the newest token too.
  clock += 2000;
  await assert.rejects(client.refreshTokenGrant(conf, rt0), invalidRt);
  await assert.rejects(client.refreshTokenGrant(conf, /** @type {string} */ (b.refresh_token)), invalidRt);

  // Within the leeway, only the previous token: the one before it is reuse at once.
  const fresh = await otpLogin('rotating', 'rt4b@example.com', 'openid offline_access');
  const x = await client.refreshTokenGrant(conf, fresh.body.refresh_token);
  await client.refreshTokenGrant(conf, /** @type {string} */ (x.refresh_token));
  await assert.rejects(client.refreshTokenGrant(conf, fresh.body.refresh_token), invalidRt);
  await assert.rejects(client.refreshTokenGrant(conf, /** @type {string} */ (x.refresh_token)), invalidRt, 'the family is revoked');
});

test('a refused refresh (a wider scope) neither rotates the token nor counts as its reuse', async () => {
  const login = await otpLogin('rotating', 'rt4c@example.com', 'openid offline_access');
  const conf = await discover('rotating');
  await assert.rejects(client.refreshTokenGrant(conf, login.body.refresh_token, { scope: 'openid email offline_access' }),
    (/** @type {any} */ e) => e.error === 'invalid_scope');
  const ok = await client.refreshTokenGrant(conf, login.body.refresh_token, { scope: 'openid offline_access' });
  assert.ok(ok.refresh_token, 'the same token still works, once');
});

test('expiring: idle and absolute lifetimes', async () => {
  const conf = await discover('rotating');
  const idle = await otpLogin('rotating', 'rt5@example.com', 'openid offline_access');
  clock += 3600 * 1000 + 1;
  await assert.rejects(client.refreshTokenGrant(conf, idle.body.refresh_token), invalidRt);
  const abs = await otpLogin('rotating', 'rt6@example.com', 'openid offline_access');
  let rt = abs.body.refresh_token;
  for (let i = 0; i < 3; i++) {
    clock += 2400 * 1000;
    if (i < 2) rt = (await client.refreshTokenGrant(conf, rt)).refresh_token;
  }
  await assert.rejects(client.refreshTokenGrant(conf, rt), invalidRt, 'past the 7,200 s absolute lifetime');
});

test('/oauth/revoke (openid-client tokenRevocation): revokes the grant; unknown tokens are 200 too; errors as /oauth/token', async () => {
  const meta = (await c.raw('/.well-known/openid-configuration')).body;
  assert.equal(meta.revocation_endpoint, `${emu.url}/oauth/revoke`);
  assert.ok(meta.grant_types_supported.includes('refresh_token'));
  const conf = await discover('plain');
  const one = await otpLogin('plain', 'rt7@example.com', 'openid offline_access');
  const two = await otpLogin('plain', 'rt7@example.com', 'openid offline_access');
  const other = await otpLogin('plain', 'rt8@example.com', 'openid offline_access');
  await client.tokenRevocation(conf, one.body.refresh_token);
  for (const t of [one, two]) {
    const r = await c.token({ grant_type: 'refresh_token', client_id: 'plain', client_secret: SECRET, refresh_token: t.body.refresh_token });
    assert.equal(r.status, 403, 'every refresh token of that user for that client');
  }
  assert.ok((await client.refreshTokenGrant(conf, other.body.refresh_token)).access_token, 'another user\'s stays');
  await client.tokenRevocation(conf, 'not-a-token');
  const bad = await c.raw('/oauth/revoke', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: 'plain', client_secret: 'wrong-secret', token: other.body.refresh_token }).toString() });
  assert.equal(bad.status, 401);
  const missing = await c.raw('/oauth/revoke', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: 'plain', client_secret: SECRET }).toString() });
  assert.equal(missing.status, 400);
  assert.equal(missing.body.error, 'invalid_request');
  // Another client cannot revoke it.
  await c.raw('/oauth/revoke', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: 'rotating', client_secret: SECRET, token: other.body.refresh_token }).toString() });
  assert.ok((await client.refreshTokenGrant(conf, other.body.refresh_token)).access_token);
});

test('SPA (public client, PKCE): offline_access gives a rotating refresh token usable with client_id only', async () => {
  await c.start({ client_id: 'spa-rt', connection: 'email', send: 'code', email: 'rt9@example.com' });
  const login = await c.co({ client_id: 'spa-rt', username: 'rt9@example.com', otp: emu.outbox.latest('rt9@example.com')?.code ?? '', realm: 'email' });
  const conf = await client.discovery(new URL(emu.url), 'spa-rt', undefined, client.None(), insecure);
  const verifier = client.randomPKCECodeVerifier();
  const url = client.buildAuthorizationUrl(conf, {
    redirect_uri: `${APP_ORIGIN}/`, scope: 'openid offline_access', state: 's', nonce: 'n',
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const r = await fetch(url, { redirect: 'manual', headers: { cookie: login.cookie ?? '' } });
  const tokens = await client.authorizationCodeGrant(conf, new URL(r.headers.get('location') ?? ''), { pkceCodeVerifier: verifier, expectedState: 's', expectedNonce: 'n' });
  assert.ok(tokens.refresh_token);
  const refreshed = await c.token({ grant_type: 'refresh_token', client_id: 'spa-rt', refresh_token: tokens.refresh_token ?? '' }, { headers: { origin: APP_ORIGIN } });
  assert.equal(refreshed.status, 200, refreshed.text);
  assert.ok(refreshed.body.refresh_token);
  assert.equal(refreshed.headers.get('access-control-allow-origin'), APP_ORIGIN);
});

test('a web page (Origin header) gets a refresh token only from a client with rotation, as on Auth0; a server still gets one', async () => {
  const fromPage = { headers: { origin: APP_ORIGIN } };
  /** An OTP login of `clientId`, from a page or not. @param {string} clientId @param {string} email @param {{ headers?: Record<string, string> }} [o] */
  const login = async (clientId, email, o) => {
    await c.start({ client_id: clientId, client_secret: SECRET, connection: 'email', send: 'code', email }, { origin: null });
    return c.token({ grant_type: OTP_GRANT, client_id: clientId, client_secret: SECRET, username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email', scope: 'openid offline_access' }, o);
  };
  const nonRotatingPage = await login('plain', 'rt10@example.com', fromPage);
  assert.equal(nonRotatingPage.status, 200, nonRotatingPage.text);
  assert.ok(nonRotatingPage.body.access_token);
  assert.equal(nonRotatingPage.body.refresh_token, undefined);
  assert.ok((await login('plain', 'rt10@example.com')).body.refresh_token, 'no Origin: a server, which gets one');
  assert.ok((await login('rotating', 'rt10@example.com', fromPage)).body.refresh_token, 'rotation on: a page gets one');
});
