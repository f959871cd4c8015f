// @ts-check
// openid-client 6.9.0, used as its README says, against the https emulator: discovery of https://localhost:PORT
// WITHOUT allowInsecureRequests, its own ID token validation on, the emulator's CA trusted by this process only.
// A Regular Web Application signs a person in through the hosted login page (code + PKCE, offline_access), then
// refreshTokenGrant with rotation, the leeway and reuse detection, tokenRevocation, and buildEndSessionUrl whose
// redirect comes back to the app with its state and ends the emulator's session; also the passwordless OTP grant
// (genericGrantRequest) and clientCredentialsGrant for an API the app is granted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';
import { startEmulator } from '../../emulator/index.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';

const CLIENT_ID = 'web-app';
const CLIENT_SECRET = 'web-app-secret-1';
const LEEWAY_SECONDS = 30;
const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const API = 'https://reports.example.com/';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {import('node:http').Server} */ let app;
/** @type {string} */ let appUrl;
/** @type {() => Promise<void>} */ let untrust;
/** @type {client.Configuration} */ let config;

// A fresh local CA for this file, removed afterwards (its key can sign certificates this process trusts).
const certificatesParent = mkdtempSync(join(tmpdir(), 'sdk-openid-client-'));

before(async () => {
  // The app's pages the emulator sends the browser back to: they answer with the URL they were asked for.
  app = createServer((req, res) => res.end(`back at ${req.url}`));
  await new Promise((resolve) => app.listen(0, 'localhost', () => resolve(undefined)));
  appUrl = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (app.address()).port}`;
  emu = await startEmulator({
    port: 0,
    https: true,
    certificatesDir: join(certificatesParent, 'tls'),
    config: {
      clients: [{
        // A Regular Web Application as Auth0's dashboard sets it up for refresh tokens with rotation.
        client_id: CLIENT_ID, client_secret: CLIENT_SECRET, app_type: 'regular_web',
        callbacks: [`${appUrl}/callback`], allowed_logout_urls: [`${appUrl}/signed-out`],
        grant_types: ['authorization_code', 'refresh_token', 'client_credentials', OTP_GRANT],
        refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring', leeway: LEEWAY_SECONDS },
      }],
      // An API the app may call as itself (a machine-to-machine client grant).
      apis: [{ identifier: API, scopes: [{ value: 'read:reports' }, { value: 'write:reports' }] }],
      client_grants: [{ client_id: CLIENT_ID, audience: API, scope: ['read:reports'] }],
      connections: { email: {} },
    },
  });
  untrust = trustEmulatorCa(/** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates).caPem);
  // openid-client's README: discovery, then every call with this configuration (client_secret_post here).
  config = await client.discovery(new URL(emu.url), CLIENT_ID, CLIENT_SECRET);
});
after(async () => {
  await untrust?.();
  await emu?.close();
  rmSync(certificatesParent, { recursive: true, force: true });
  await new Promise((resolve) => app?.close(resolve));
});

/**
 * A browser's GET or form POST to the emulator: no redirect followed, the session cookies it set kept.
 * @param {string | URL} url @param {Record<string, string>} [form] @param {string} [cookie]
 */
async function browse(url, form, cookie = '') {
  const r = await fetch(new URL(url, emu.url), {
    redirect: 'manual',
    headers: { cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    ...(form ? { method: 'POST', body: new URLSearchParams(form) } : {}),
  });
  const set = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { status: r.status, location: r.headers.get('location') ?? '', cookie: set || cookie };
}

/**
 * A person signs in by email code on the hosted login page; the app exchanges the code (PKCE, state, nonce checked by
 * openid-client). Returns the tokens and the browser's emulator session cookie.
 * @param {string} email
 */
async function signIn(email) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: `${appUrl}/callback`, scope: 'openid profile email offline_access', state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const page = await browse(authorizationUrl);
  assert.match(page.location, /^\/u\/login\?state=/);
  const transaction = new URL(page.location, emu.url).searchParams.get('state') ?? '';
  const sent = await browse('/u/login', { state: transaction, identifier: email });
  assert.equal(sent.location, `/u/login/code?state=${transaction}`);
  const done = await browse('/u/login/code', { state: transaction, code: emu.outbox.latest(email)?.code ?? '' });
  assert.ok(done.location.startsWith(`${appUrl}/callback?`), done.location);
  const tokens = await client.authorizationCodeGrant(config, new URL(done.location), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
  return { tokens, cookie: done.cookie };
}

/** The emulator's answer to a refresh token it will not take, as openid-client throws it. @param {any} e */
const refused = (e) => e instanceof client.ResponseBodyError && e.error === 'invalid_grant' && e.error_description === 'Unknown or invalid refresh token.';

/** Whether the browser's emulator session still signs in without a prompt. @param {string} cookie */
async function sessionAlive(cookie) {
  const silent = client.buildAuthorizationUrl(config, { redirect_uri: `${appUrl}/callback`, scope: 'openid', prompt: 'none', state: 's' });
  const r = await browse(silent, undefined, cookie);
  return new URL(r.location).searchParams.get('error') !== 'login_required';
}

test('discovery over https: issuer https://localhost:PORT/, https endpoints, no allowInsecureRequests; untrusted without the CA', async () => {
  await untrust();
  await assert.rejects(client.discovery(new URL(emu.url), CLIENT_ID, CLIENT_SECRET), (/** @type {any} */ e) => e.cause?.code === 'SELF_SIGNED_CERT_IN_CHAIN');
  untrust = trustEmulatorCa(/** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates).caPem);
  const metadata = config.serverMetadata();
  assert.equal(metadata.issuer, `${emu.url}/`);
  assert.equal(metadata.end_session_endpoint, `${emu.url}/oidc/logout`);
  assert.equal(metadata.revocation_endpoint, `${emu.url}/oauth/revoke`);
});

test('hosted-page login with offline_access, then refreshTokenGrant rotates: a new refresh token each time, the ID token validated', async () => {
  const { tokens } = await signIn('rotate@example.com');
  assert.equal(tokens.claims()?.email, 'rotate@example.com');
  assert.equal(tokens.scope, 'openid profile email offline_access');
  let refreshToken = /** @type {string} */ (tokens.refresh_token);
  assert.ok(refreshToken);
  const seen = new Set([refreshToken]);
  for (let i = 0; i < 3; i++) {
    const next = await client.refreshTokenGrant(config, refreshToken);
    assert.equal(next.claims()?.email, 'rotate@example.com', 'a new ID token, validated by openid-client');
    assert.notEqual(next.access_token, tokens.access_token);
    assert.ok(next.refresh_token && !seen.has(next.refresh_token), 'a new refresh token every time');
    seen.add(next.refresh_token);
    refreshToken = next.refresh_token;
  }
  const userinfo = await client.fetchUserInfo(config, (await client.refreshTokenGrant(config, refreshToken)).access_token, /** @type {string} */ (tokens.claims()?.sub));
  assert.equal(userinfo.email, 'rotate@example.com');
});

test('the previous refresh token works again within the leeway; after it, reuse revokes the family and the newest fails too', async () => {
  const { tokens } = await signIn('reuse@example.com');
  const first = /** @type {string} */ (tokens.refresh_token);
  const second = /** @type {string} */ ((await client.refreshTokenGrant(config, first)).refresh_token);
  const third = /** @type {string} */ ((await client.refreshTokenGrant(config, second)).refresh_token);
  emu.clock.advance(LEEWAY_SECONDS - 1);
  const retried = await client.refreshTokenGrant(config, second);
  assert.ok(retried.refresh_token && retried.refresh_token !== third, 'within the leeway the previous token is exchanged again');
  await assert.rejects(client.refreshTokenGrant(config, first), refused, 'the one before the previous is reuse');
  await assert.rejects(client.refreshTokenGrant(config, third), refused, 'reuse detection revoked the whole family');
  await assert.rejects(client.refreshTokenGrant(config, /** @type {string} */ (retried.refresh_token)), refused);

  const again = /** @type {string} */ ((await signIn('reuse@example.com')).tokens.refresh_token);
  const newest = /** @type {string} */ ((await client.refreshTokenGrant(config, again)).refresh_token);
  emu.clock.advance(LEEWAY_SECONDS + 1);
  await assert.rejects(client.refreshTokenGrant(config, again), refused, 'after the leeway the previous token is reuse');
  await assert.rejects(client.refreshTokenGrant(config, newest), refused, 'and the newest is revoked with its family');
});

test('tokenRevocation: the refresh token is refused afterwards', async () => {
  const { tokens } = await signIn('revoke@example.com');
  const refreshToken = /** @type {string} */ (tokens.refresh_token);
  assert.ok((await client.refreshTokenGrant(config, refreshToken)).refresh_token);
  const other = /** @type {string} */ ((await signIn('keep@example.com')).tokens.refresh_token);
  const current = /** @type {string} */ ((await signIn('revoke@example.com')).tokens.refresh_token);
  await client.tokenRevocation(config, current);
  await assert.rejects(client.refreshTokenGrant(config, current), refused);
  assert.ok((await client.refreshTokenGrant(config, other)).access_token, "another person's refresh token still works");
});

test('buildEndSessionUrl (id_token_hint, post_logout_redirect_uri, state): back at the app with state, the emulator session ended', async () => {
  const { tokens, cookie } = await signIn('logout@example.com');
  assert.equal(await sessionAlive(cookie), true);
  const state = client.randomState();
  const url = client.buildEndSessionUrl(config, { id_token_hint: /** @type {string} */ (tokens.id_token), post_logout_redirect_uri: `${appUrl}/signed-out`, state });
  assert.equal(url.origin + url.pathname, `${emu.url}/oidc/logout`);
  const r = await fetch(url, { headers: { cookie } });
  assert.equal(r.url, `${appUrl}/signed-out?state=${state}`);
  assert.equal(await r.text(), `back at /signed-out?state=${state}`);
  assert.equal(await sessionAlive(cookie), false, 'the emulator session is over');
});

test('the passwordless OTP grant (genericGrantRequest) after /passwordless/start with the secret: offline_access, then a refresh', async () => {
  const email = 'otp@example.com';
  const start = await fetch(`${emu.url}/passwordless/start`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, connection: 'email', send: 'code', email }),
  });
  assert.equal(start.status, 200, await start.text());
  const tokens = await client.genericGrantRequest(config, OTP_GRANT, {
    username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email', scope: 'openid email offline_access',
  });
  assert.equal(tokens.claims()?.email, email, 'the ID token validated by openid-client');
  const next = await client.refreshTokenGrant(config, /** @type {string} */ (tokens.refresh_token));
  assert.ok(next.refresh_token && next.refresh_token !== tokens.refresh_token);
});

test('clientCredentialsGrant: an access token for the granted API with the granted scopes; another scope is refused', async () => {
  await assert.rejects(client.clientCredentialsGrant(config, { audience: API, scope: 'read:reports write:reports' }),
    (/** @type {any} */ e) => e.error === 'access_denied' && e.error_description === 'Client has not been granted scopes: write:reports');
  const tokens = await client.clientCredentialsGrant(config, { audience: API, scope: 'read:reports' });
  const claims = JSON.parse(Buffer.from(tokens.access_token.split('.')[1], 'base64url').toString());
  assert.equal(claims.sub, `${CLIENT_ID}@clients`);
  assert.equal(claims.aud, API);
  assert.equal(claims.scope, 'read:reports');
  await assert.rejects(client.clientCredentialsGrant(config, { audience: 'https://misspelt.example.com/' }),
    (/** @type {any} */ e) => e.error === 'access_denied' && e.error_description === 'Service not found: https://misspelt.example.com/');
});
