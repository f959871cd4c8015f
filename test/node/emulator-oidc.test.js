// @ts-check
// A certified relying-party library (openid-client 6) against the emulator: discovery, JWKS,
// the code flow with PKCE (SPA client), the passwordless OTP grant (confidential client), and the
// regular web client's code flow through a magic link, exchanged with its secret.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startEmulator } from '../../emulator/index.js';
import { emulatorClient, APP_ORIGIN, OTP_GRANT } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
const insecure = { execute: [client.allowInsecureRequests] };

before(async () => {
  emu = await startEmulator({ port: 0 });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

/** @param {string} token @param {string} audience */
async function verifyIdToken(token, audience) {
  const jwks = createRemoteJWKSet(new URL(`${emu.url}/.well-known/jwks.json`));
  const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: `${emu.url}/`, audience, algorithms: ['RS256'] });
  assert.equal(protectedHeader.alg, 'RS256');
  assert.ok(protectedHeader.kid);
  return payload;
}

test('discovery and JWKS', async () => {
  const config = await client.discovery(new URL(emu.url), 'demo-spa', undefined, client.None(), insecure);
  const meta = config.serverMetadata();
  assert.equal(meta.issuer, `${emu.url}/`);
  assert.equal(meta.jwks_uri, `${emu.url}/.well-known/jwks.json`);
  assert.deepEqual(meta.id_token_signing_alg_values_supported, ['RS256']);
  const jwks = await (await fetch(meta.jwks_uri ?? '')).json();
  assert.equal(jwks.keys.length, 1);
  assert.equal(jwks.keys[0].kty, 'RSA');
  assert.equal(jwks.keys[0].alg, 'RS256');
  assert.equal(jwks.keys[0].d, undefined, 'no private parts');
});

test('authorization code flow with PKCE for the SPA client', async () => {
  const config = await client.discovery(new URL(emu.url), 'demo-spa', undefined, client.None(), insecure);
  // A session, as passwordlessLogin would create it.
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'pkce@example.com' });
  const login = await c.co({ client_id: 'demo-spa', username: 'pkce@example.com', otp: emu.outbox.latest('pkce@example.com')?.code ?? '', realm: 'email' });
  assert.equal(login.status, 200);

  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: `${APP_ORIGIN}/`, scope: 'openid profile email', state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const r = await fetch(url, { redirect: 'manual', headers: { cookie: login.cookie ?? '' } });
  assert.equal(r.status, 302);
  const location = r.headers.get('location') ?? '';
  assert.ok(location.startsWith(`${APP_ORIGIN}/?code=`), location);

  const tokens = await client.authorizationCodeGrant(config, new URL(location), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
  const claims = tokens.claims();
  assert.equal(claims?.email, 'pkce@example.com');
  assert.equal(claims?.nonce, nonce);
  await verifyIdToken(tokens.id_token ?? '', 'demo-spa');
  const info = await client.fetchUserInfo(config, tokens.access_token, claims?.sub ?? '');
  assert.equal(info.email, 'pkce@example.com');

  // The code is single use, and a wrong verifier fails.
  await assert.rejects(client.authorizationCodeGrant(config, new URL(location), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce }));
  const again = await fetch(url, { redirect: 'manual', headers: { cookie: login.cookie ?? '' } });
  const code2 = new URL(again.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const bad = await c.token({ grant_type: 'authorization_code', client_id: 'demo-spa', code: code2, redirect_uri: `${APP_ORIGIN}/`, code_verifier: client.randomPKCECodeVerifier() });
  assert.equal(bad.status, 403);
  assert.deepEqual(bad.body, { error: 'invalid_grant', error_description: 'Failed to verify code verifier' });
});

for (const auth of ['client_secret_basic', 'client_secret_post']) {
  test(`passwordless OTP grant for the confidential client (${auth})`, async () => {
    const method = auth === 'client_secret_basic' ? client.ClientSecretBasic('demo-regular-secret') : client.ClientSecretPost('demo-regular-secret');
    const config = await client.discovery(new URL(emu.url), 'demo-regular', 'demo-regular-secret', method, insecure);
    const email = `otp-${auth}@example.com`;
    const s = await c.start({ client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'code', email }, { origin: null });
    assert.equal(s.status, 200);
    const otp = emu.outbox.latest(email)?.code ?? '';
    const tokens = await client.genericGrantRequest(config, OTP_GRANT, { username: email, otp, realm: 'email', scope: 'openid profile email' });
    assert.equal(tokens.token_type, 'bearer');
    const claims = tokens.claims();
    assert.equal(claims?.email, email);
    const payload = await verifyIdToken(tokens.id_token ?? '', 'demo-regular');
    assert.equal(payload.email_verified, true);
    await assert.rejects(client.genericGrantRequest(config, OTP_GRANT, { username: email, otp, realm: 'email', scope: 'openid' }),
      (/** @type {any} */ err) => err.error === 'invalid_grant' && err.error_description === 'Wrong email or verification code.');
  });
}

test('regular web client: magic link with response_type=code, exchanged with the secret', async () => {
  const config = await client.discovery(new URL(emu.url), 'demo-regular', 'demo-regular-secret', undefined, insecure);
  const redirectUri = 'http://localhost:5173/auth/passwordless/callback';
  const s = await c.start({
    client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'link', email: 'backend@example.com',
    authParams: { response_type: 'code', redirect_uri: redirectUri, scope: 'openid profile email', state: 'backend-state' },
  }, { origin: null });
  assert.equal(s.status, 200);
  const link = emu.outbox.latest('backend@example.com')?.link ?? '';
  const landing = await c.get(link);
  assert.equal(landing.status, 302);
  assert.ok(landing.location?.startsWith(`${redirectUri}?code=`));
  assert.match(landing.headers.get('set-cookie') ?? '', /^emulator_session=/);
  const tokens = await client.authorizationCodeGrant(config, new URL(landing.location ?? ''), { expectedState: 'backend-state' });
  assert.equal(tokens.claims()?.email, 'backend@example.com');
  const reused = await c.get(link);
  assert.equal(new URL(reused.location ?? '').searchParams.get('error'), 'access_denied');
});

test('magic links: a tampered link or an unregistered redirect_uri is refused', async () => {
  const authParams = { response_type: 'token id_token', redirect_uri: `${APP_ORIGIN}/`, scope: 'openid', state: 'st', nonce: 'nn' };
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'tamper@example.com', authParams });
  const link = emu.outbox.latest('tamper@example.com')?.link ?? '';
  const evil = new URL(link);
  evil.searchParams.set('redirect_uri', 'http://evil.example/');
  const page = await c.get(evil.toString());
  assert.equal(page.status, 400);
  assert.equal(page.location, undefined);
  const changedState = new URL(link);
  changedState.searchParams.set('state', 'other');
  const r = await c.get(changedState.toString());
  assert.deepEqual(Object.fromEntries(new URLSearchParams((r.location ?? '').split('#')[1])),
    { error: 'access_denied', error_description: 'Wrong email or verification code.', state: 'other' });
  const head = await c.raw(new URL(link).pathname + new URL(link).search, { method: 'HEAD' });
  assert.equal(head.status, 200, 'HEAD (link scanners) never consumes');
  const ok = await c.get(link);
  assert.ok(ok.location?.startsWith(`${APP_ORIGIN}/#access_token=`), ok.location);
});
