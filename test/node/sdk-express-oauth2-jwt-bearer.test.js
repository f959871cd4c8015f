// @ts-check
// express-oauth2-jwt-bearer 1.10.0 (an Express 5 API that takes Auth0 access tokens) against the https emulator, set up
// as its README says: `auth({ issuerBaseURL, audience })`, `requiredScopes(...)`, Express's default error handler (which
// answers `err.status` with `err.headers`: the library's RFC 6750 `WWW-Authenticate`). The library discovers the JWKS
// from `${issuerBaseURL}/.well-known/openid-configuration` over node:https, and checks signature (RS256), iss, aud,
// exp and iat itself. Tokens come from the emulator through @auth0/auth0-auth-js (client credentials, and a user's
// passwordless login with `audience`). This process trusts the emulator's CA through test/helpers/trust-emulator-ca.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { auth, requiredScopes } from 'express-oauth2-jwt-bearer';
import { AuthClient } from '@auth0/auth0-auth-js';
import { decodeJwt } from 'jose';
import { startEmulator } from '../../emulator/index.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';

const API = 'https://api.example.com/';
const OTHER_API = 'https://billing.example.com/';
const CLIENT_ID = 'api-caller';
const CLIENT_SECRET = 'api-caller-secret';
const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';

/**
 * A tenant as Auth0's dashboard would have it: two APIs (RS256, their own scopes), a Regular Web App (machine to
 * machine too: `client_credentials`) granted `read:things` on the first API and `read:invoices` on the other, with the
 * Passwordless OTP grant for users' logins.
 * @type {import('../../emulator/config.js').EmulatorConfig}
 */
const config = {
  clients: [{
    client_id: CLIENT_ID, client_secret: CLIENT_SECRET, app_type: 'regular_web', callbacks: ['http://localhost:3000/callback'],
    allowed_origins: [], allowed_logout_urls: [], grant_types: ['authorization_code', 'refresh_token', 'client_credentials', OTP_GRANT],
  }],
  connections: { email: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 } },
  apis: [
    { identifier: API, scopes: [{ value: 'read:things' }, { value: 'write:things' }] },
    { identifier: OTHER_API, scopes: [{ value: 'read:invoices' }] },
  ],
  client_grants: [
    { client_id: CLIENT_ID, audience: API, scope: ['read:things'] },
    { client_id: CLIENT_ID, audience: OTHER_API, scope: ['read:invoices'] },
  ],
};

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {() => Promise<void>} */ let untrust;
/** @type {AuthClient} */ let authClient;
/** @type {import('node:http').Server} */ let api;
/** @type {string} */ let apiOrigin;

/** The API, as the library's README writes it. @param {string} issuerBaseURL */
function thingsApi(issuerBaseURL) {
  const app = express();
  app.use(auth({ issuerBaseURL, audience: API }));
  app.get('/api/things', (req, res) => { res.json({ sub: req.auth?.payload.sub, scope: req.auth?.payload.scope }); });
  app.post('/api/things', requiredScopes('write:things'), (req, res) => { res.status(201).json({ created: true }); });
  return app;
}

before(async () => {
  emu = await startEmulator({ port: 0, https: true, certificatesDir: join(mkdtempSync(join(tmpdir(), 'sdk-jwt-bearer-')), 'tls'), config });
  untrust = trustEmulatorCa(/** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates).caPem);
  authClient = new AuthClient({ domain: `localhost:${emu.port}`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  api = createServer(thingsApi(emu.url));
  await new Promise((resolve) => api.listen(0, 'localhost', () => resolve(undefined)));
  apiOrigin = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (api.address()).port}`;
});
after(async () => {
  api?.closeAllConnections();
  await new Promise((resolve) => (api ? api.close(() => resolve(undefined)) : resolve(undefined)));
  await untrust?.();
  await emu?.close();
});

/** @param {string} token @param {'GET' | 'POST'} [method] */
const callApi = (token, method = 'GET') => fetch(`${apiOrigin}/api/things`, { method, headers: { authorization: `Bearer ${token}` } });

/** @param {string} [audience] */
const machineToken = async (audience = API) => (await authClient.getTokenByClientCredentials({ audience })).accessToken;

/** A user's passwordless login (the OTP grant) asking for the API. @param {string} email @param {string} scope */
async function userToken(email, scope) {
  await authClient.passwordless.sendEmail({ email, send: 'code' });
  const code = emu.outbox.latest(email)?.code;
  assert.ok(code, `a code for ${email}`);
  return authClient.getTokenByPasswordlessEmail({ email, code, scope, audience: API });
}

/**
 * The library's refusal: its status and RFC 6750 challenge.
 * @param {Response} response @param {number} status @param {string} error @param {RegExp} description
 */
async function assertRefused(response, status, error, description) {
  assert.equal(response.status, status, await response.clone().text());
  const challenge = response.headers.get('www-authenticate') ?? '';
  assert.match(challenge, new RegExp(`^Bearer realm="api", error="${error}", error_description="`));
  assert.match(challenge, description);
}

test('a client_credentials token for the API is accepted: req.auth has the emulator\'s claims', async () => {
  const response = await callApi(await machineToken());
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { sub: `${CLIENT_ID}@clients`, scope: 'read:things' });
});

test('a user\'s token from a login with audience is accepted; requiredScopes takes the scopes the API defines', async () => {
  const writer = await userToken('writer@example.com', 'openid email write:things');
  const read = await callApi(writer.accessToken);
  assert.equal(read.status, 200);
  const body = await read.json();
  assert.equal(body.sub, decodeJwt(writer.idToken ?? '').sub);
  assert.equal(body.scope, 'openid email write:things');
  assert.equal((await callApi(writer.accessToken, 'POST')).status, 201);

  // A scope the API does not define is not granted (Auth0 drops it), so requiredScopes refuses it: 403.
  const reader = await userToken('reader@example.com', 'openid read:things delete:everything');
  assert.equal(decodeJwt(reader.accessToken).scope, 'openid read:things');
  await assertRefused(await callApi(reader.accessToken, 'POST'), 403, 'insufficient_scope', /Insufficient Scope/);
  await assertRefused(await callApi(await machineToken(), 'POST'), 403, 'insufficient_scope', /Insufficient Scope/);
});

test('issuerBaseURL written as the issuer, with its trailing slash (https://DOMAIN/), works the same', async () => {
  const server = createServer(thingsApi(`${emu.url}/`));
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  try {
    const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
    const response = await fetch(`http://localhost:${port}/api/things`, { headers: { authorization: `Bearer ${await machineToken()}` } });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).sub, `${CLIENT_ID}@clients`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
});

test('a token for another API of the same tenant is refused: 401 invalid_token (aud)', async () => {
  const other = await machineToken(OTHER_API);
  assert.equal(decodeJwt(other).aud, OTHER_API);
  await assertRefused(await callApi(other), 401, 'invalid_token', /Unexpected 'aud' value/);
});

test('an expired token (issued a day and a minute ago by the emulator\'s clock) is refused: 401 invalid_token (exp)', async () => {
  emu.clock.advance(-(86_400 + 60)); // the API's access token lifetime is Auth0's default, 86,400 s
  let expired;
  try {
    expired = await machineToken();
  } finally {
    emu.clock.reset();
  }
  assert.ok(Number(decodeJwt(expired).exp) < Date.now() / 1000);
  await assertRefused(await callApi(expired), 401, 'invalid_token', /'exp' claim timestamp check failed/);
});

test('no token, or not a JWT: 401 with the bare challenge or invalid_token', async () => {
  const none = await fetch(`${apiOrigin}/api/things`);
  assert.equal(none.status, 401);
  const challenge = none.headers.get('www-authenticate') ?? '';
  assert.match(challenge, /^Bearer realm="api"(, DPoP algs="[^"]+")?$/, 'no error for a request without credentials (RFC 6750 §3.1)');
  await assertRefused(await callApi('not-a-jwt'), 401, 'invalid_token', /Invalid Token or Protected Header formatting/);
});

// The emulator's access-token defects (POST /__emulator/token-faults with token: "access"): each is a forged or
// mis-issued token the library must refuse.
const defects = /** @type {const} */ ([
  ['wrong_iss', /Unexpected 'iss' value/],
  ['alg_none', /Unsupported algorithm 'none'/],
  ['hs256', /Unsupported algorithm 'HS256'/],
  ['bad_signature', /signature verification failed/],
  ['unknown_kid', /no applicable key found/],
]);
for (const [defect, description] of defects) {
  test(`the emulator's ${defect} access token is refused: 401 invalid_token`, async () => {
    assert.deepEqual(Object.keys(emu.faults.addTokenDefect({ defect, token: 'access' })), ['id']);
    const forged = await machineToken();
    assert.equal(emu.faults.takeTokenDefect('access'), undefined, 'this token carries the defect');
    await assertRefused(await callApi(forged), 401, 'invalid_token', description);
  });
}
