// @ts-check
// Auth0's `auth0` Node SDK 7.1.0 against the https emulator, used as its README says: v7 ships `AuthenticationClient`
// only through its `auth0/legacy` entry point (the node-auth0 v4 API), with the domain `localhost:PORT` of a Regular Web
// App and its secret. The SDK builds `https://${domain}`, expects the issuer `https://${domain}/` and validates every
// ID token it receives itself (signature from the JWKS, iss, aud, exp, iat): the tests check it really does.
// The emulator's CA is trusted for this process only (test/helpers/trust-emulator-ca.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthenticationClient, AuthApiError, IdTokenValidatorError, UserInfoClient } from 'auth0/legacy';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { startEmulator } from '../../emulator/index.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const API = 'https://api.example.com/';
const CALLBACK = 'http://localhost:3000/callback';
const CLIENT_ID = 'node-backend';
const CLIENT_SECRET = 'node-backend-secret';

/**
 * A tenant as Auth0's dashboard would set it up for this SDK: a Regular Web Application with the Passwordless OTP,
 * Authorization Code, Refresh Token and Client Credentials grant types (refresh token rotation on), an API that allows
 * offline access, and a client grant for it.
 * @type {import('../../emulator/config.js').EmulatorConfig}
 */
const config = {
  clients: [{
    client_id: CLIENT_ID, client_secret: CLIENT_SECRET, app_type: 'regular_web', callbacks: [CALLBACK],
    allowed_origins: [], allowed_logout_urls: [], grant_types: ['authorization_code', 'refresh_token', 'client_credentials', OTP_GRANT],
    refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
  }],
  connections: { // Auth0's defaults
    email: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
    sms: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
  },
  apis: [{ identifier: API, scopes: [{ value: 'read:things' }, { value: 'write:things' }], allow_offline_access: true }],
  client_grants: [{ client_id: CLIENT_ID, audience: API, scope: ['read:things'] }],
  // A magic link started here (a server) opens in any browser only with this tenant setting (off on Auth0 by default).
  universal_login: { passwordless: { allow_magiclink_verify_without_session: true } },
};

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {() => Promise<void>} */ let untrust;
/** @type {AuthenticationClient} */ let auth0;

before(async () => {
  emu = await startEmulator({ port: 0, https: true, certificatesDir: join(mkdtempSync(join(tmpdir(), 'sdk-auth0-')), 'tls'), config });
  untrust = trustEmulatorCa(/** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates).caPem);
  auth0 = new AuthenticationClient({ domain: `localhost:${emu.port}`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
});
after(async () => {
  await untrust();
  await emu.close();
});

/** @param {string} to */
const latestCode = (to) => {
  const message = emu.outbox.latest(to);
  assert.ok(message, `a message to ${to}`);
  return message.code;
};

/**
 * The checks on an ID token the SDK accepted: it is the emulator's, for this client and user.
 * @param {string | undefined} idToken @param {Record<string, unknown>} claims
 */
function assertIdToken(idToken, claims) {
  assert.ok(idToken, 'an ID token');
  const payload = decodeJwt(idToken);
  assert.equal(payload.iss, `https://localhost:${emu.port}/`);
  assert.equal(payload.aud, CLIENT_ID);
  for (const [name, value] of Object.entries(claims)) assert.equal(payload[name], value, name);
}

test('passwordless.sendEmail (code) then loginWithEmail with openid: tokens whose ID token the SDK validated', async () => {
  const email = 'code@example.com';
  const sent = await auth0.passwordless.sendEmail({ email, send: 'code' });
  assert.equal(sent.status, 200);
  assert.equal(emu.outbox.latest(email)?.send, 'code');
  const { data } = await auth0.passwordless.loginWithEmail({ email, code: latestCode(email), scope: 'openid profile email' });
  assert.equal(data.token_type, 'Bearer');
  assert.ok(data.access_token);
  assert.equal(/** @type {{ scope?: string }} */ (data).scope, 'openid profile email');
  assertIdToken(data.id_token, { email, email_verified: true });
});

test('passwordless.sendSMS then loginWithSMS with openid', async () => {
  const phone = '+15551234567';
  await auth0.passwordless.sendSMS({ phone_number: phone });
  assert.equal(emu.outbox.latest(phone)?.channel, 'sms');
  const { data } = await auth0.passwordless.loginWithSMS({ phone_number: phone, code: latestCode(phone), scope: 'openid profile email' });
  assertIdToken(data.id_token, { phone_number: phone, phone_number_verified: true });
});

test('passwordless.sendEmail (link): the link lands on the callback with a code that oauth.authorizationCodeGrant exchanges', async () => {
  const email = 'link@example.com';
  await auth0.passwordless.sendEmail({
    email, send: 'link',
    authParams: { response_type: 'code', redirect_uri: CALLBACK, scope: 'openid profile email', state: 'link-state' },
  });
  const message = emu.outbox.latest(email);
  assert.equal(message?.send, 'link');
  // What the user's mail client does with the link: a GET, whose redirect is the app's callback.
  const landing = await fetch(message?.link ?? '', { redirect: 'manual' });
  assert.equal(landing.status, 302);
  const callback = new URL(landing.headers.get('location') ?? '');
  assert.equal(`${callback.origin}${callback.pathname}`, CALLBACK);
  assert.equal(callback.searchParams.get('state'), 'link-state');
  const { data } = await auth0.oauth.authorizationCodeGrant({ code: callback.searchParams.get('code') ?? '', redirect_uri: CALLBACK });
  assertIdToken(data.id_token, { email });
});

test('loginWithEmail with an audience: an access token for that API (user flows need no client grant); an unknown audience is "Service not found"', async () => {
  const email = 'api-user@example.com';
  await auth0.passwordless.sendEmail({ email, send: 'code' });
  const { data } = await auth0.passwordless.loginWithEmail({ email, code: latestCode(email), scope: 'openid write:things', audience: API });
  const jwks = createRemoteJWKSet(new URL(`${emu.url}/.well-known/jwks.json`));
  const { payload } = await jwtVerify(data.access_token, jwks, { issuer: `${emu.url}/`, audience: API, algorithms: ['RS256'] });
  assert.equal(payload.sub, decodeJwt(data.id_token ?? '').sub);
  assert.equal(payload.scope, 'openid write:things');

  await auth0.passwordless.sendEmail({ email, send: 'code' });
  await assert.rejects(auth0.passwordless.loginWithEmail({ email, code: latestCode(email), scope: 'openid', audience: 'https://typo.example.com/' }),
    { name: 'AuthApiError', statusCode: 403, error: 'access_denied', error_description: 'Service not found: https://typo.example.com/' });
});

test('UserInfoClient.getUserInfo with the access token of a passwordless login', async () => {
  const email = 'userinfo@example.com';
  await auth0.passwordless.sendEmail({ email, send: 'code' });
  const { data: tokens } = await auth0.passwordless.loginWithEmail({ email, code: latestCode(email), scope: 'openid profile email' });
  const { data: profile } = await new UserInfoClient({ domain: `localhost:${emu.port}` }).getUserInfo(tokens.access_token);
  assert.equal(profile.email, email);
  assert.equal(profile.sub, decodeJwt(tokens.id_token ?? '').sub);
  await assert.rejects(new UserInfoClient({ domain: `localhost:${emu.port}` }).getUserInfo('not-a-token'), { statusCode: 401 });
});

test('offline_access: oauth.refreshTokenGrant rotates (new ID token validated by the SDK), revokeRefreshToken ends it', async () => {
  const email = 'offline@example.com';
  await auth0.passwordless.sendEmail({ email, send: 'code' });
  const { data: login } = await auth0.passwordless.loginWithEmail({ email, code: latestCode(email), scope: 'openid email offline_access' });
  assert.ok(login.refresh_token, 'a refresh token for a client with the refresh_token grant');
  const { data: refreshed } = await auth0.oauth.refreshTokenGrant({ refresh_token: login.refresh_token });
  assertIdToken(refreshed.id_token, { email });
  assert.ok(refreshed.refresh_token && refreshed.refresh_token !== login.refresh_token, 'rotation: a new refresh token');

  await auth0.oauth.revokeRefreshToken({ token: refreshed.refresh_token });
  await assert.rejects(auth0.oauth.refreshTokenGrant({ refresh_token: refreshed.refresh_token }),
    { name: 'AuthApiError', statusCode: 403, error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' });
});

test('a wrong code: the SDK throws AuthApiError with Auth0\'s error and description', async () => {
  const email = 'wrong@example.com';
  await auth0.passwordless.sendEmail({ email, send: 'code' });
  const wrong = latestCode(email) === '000000' ? '000001' : '000000';
  await assert.rejects(auth0.passwordless.loginWithEmail({ email, code: wrong, scope: 'openid' }), (/** @type {any} */ err) => {
    assert.ok(err instanceof AuthApiError, String(err));
    assert.equal(err.statusCode, 403);
    assert.equal(err.error, 'invalid_grant');
    assert.equal(err.error_description, 'Wrong email or verification code.');
    return true;
  });
  const phone = '+15550001111';
  await auth0.passwordless.sendSMS({ phone_number: phone });
  await assert.rejects(auth0.passwordless.loginWithSMS({ phone_number: phone, code: wrong === latestCode(phone) ? '111111' : wrong }),
    { name: 'AuthApiError', error: 'invalid_grant', error_description: 'Wrong phone number or verification code.' });
});

test('sendEmail errors carry Auth0\'s code and description (bad.email)', async () => {
  await assert.rejects(auth0.passwordless.sendEmail({ email: 'not an email', send: 'code' }), (/** @type {any} */ err) => {
    assert.ok(err instanceof AuthApiError, String(err));
    assert.equal(err.statusCode, 400);
    assert.equal(err.error, 'bad.email');
    return true;
  });
});

// Each defect is one an ID token validator must catch; the emulator makes the next ID token so.
const defects = /** @type {const} */ ([
  ['wrong_iss', /Issuer \(iss\) claim mismatch/],
  ['wrong_aud', /Audience \(aud\) claim mismatch/],
  ['expired', /Expiration Time \(exp\) claim error/],
  ['bad_signature', /signature verification failed/],
  ['unknown_kid', /no applicable key found/],
  ['hs256', /Unsupported "alg" value for a JSON Web Key Set/], // the SDK expects RS256 (its default, the emulator's only alg)
]);
for (const [defect, message] of defects) {
  test(`the SDK refuses an ID token with the defect ${defect}`, async () => {
    const email = `${defect.replace('_', '-')}@example.com`;
    await auth0.passwordless.sendEmail({ email, send: 'code' });
    emu.faults.addTokenDefect({ defect });
    await assert.rejects(auth0.passwordless.loginWithEmail({ email, code: latestCode(email), scope: 'openid profile email' }), (/** @type {any} */ err) => {
      assert.match(String(err.message), message);
      if (defect.startsWith('wrong_') || defect === 'expired') assert.ok(err instanceof IdTokenValidatorError, String(err));
      return true;
    });
    assert.equal(emu.faults.takeTokenDefect(), undefined, 'the defect was used by this login');
  });
}

test('oauth.clientCredentialsGrant for a registered API with a client grant: an access token for that API', async () => {
  const { data } = await auth0.oauth.clientCredentialsGrant({ audience: API });
  assert.equal(data.token_type, 'Bearer');
  assert.equal(data.id_token, undefined);
  const jwks = createRemoteJWKSet(new URL(`${emu.url}/.well-known/jwks.json`));
  const { payload } = await jwtVerify(data.access_token, jwks, { issuer: `${emu.url}/`, audience: API, algorithms: ['RS256'] });
  assert.equal(payload.sub, `${CLIENT_ID}@clients`);
  assert.equal(payload.gty, 'client-credentials');
  assert.equal(payload.scope, 'read:things');
});

test('oauth.clientCredentialsGrant for an unknown audience: Auth0\'s "Service not found"', async () => {
  const unknown = 'https://api.example.com'; // without the trailing slash: another identifier
  await assert.rejects(auth0.oauth.clientCredentialsGrant({ audience: unknown }), (/** @type {any} */ err) => {
    assert.ok(err instanceof AuthApiError, String(err));
    assert.equal(err.statusCode, 403);
    assert.equal(err.error, 'access_denied');
    assert.equal(err.error_description, `Service not found: ${unknown}`);
    return true;
  });
});

test('a wrong client secret: 401 access_denied "Unauthorized"', async () => {
  const impostor = new AuthenticationClient({ domain: `localhost:${emu.port}`, clientId: CLIENT_ID, clientSecret: 'not-the-secret' });
  await assert.rejects(impostor.oauth.clientCredentialsGrant({ audience: API }),
    { name: 'AuthApiError', statusCode: 401, error: 'access_denied', error_description: 'Unauthorized' });
});

test('without the emulator\'s CA the SDK refuses its certificate (trust is what the helper adds, nothing is switched off)', async () => {
  await untrust();
  try {
    await assert.rejects(auth0.passwordless.sendEmail({ email: 'untrusted@example.com', send: 'code' }), (/** @type {any} */ err) => {
      const causes = [err, err.cause, err.cause?.cause].map((e) => `${e?.code ?? ''} ${e?.message ?? ''}`).join(' ');
      assert.match(causes, /SELF_SIGNED|UNABLE_TO_VERIFY|certificate/i);
      return true;
    });
    assert.equal(emu.outbox.latest('untrusted@example.com'), undefined);
  } finally {
    untrust = trustEmulatorCa(/** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates).caPem);
  }
});
