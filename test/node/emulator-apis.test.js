// @ts-check
// Registered APIs (`apis`) and client grants (`client_grants`): an unknown audience is refused as Auth0 refuses it
// ("Service not found"), access tokens carry only the scopes the API defines and its lifetime, and the
// client_credentials grant for confidential clients granted the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient, implicitParams, fragmentOf, queryOf, APP_ORIGIN, OTP_GRANT } from '../helpers/emulator-client.js';

const API = 'https://api.example.com/';
const OTHER = 'https://other.example.com';
/** @type {import('../../emulator/config.js').EmulatorConfig} */
const config = {
  ...defaultConfig,
  clients: [
    ...defaultConfig.clients,
    { client_id: 'backend-2', client_secret: 'backend-2-secret', app_type: 'regular_web', callbacks: [`${APP_ORIGIN}/cb`], allowed_origins: [], allowed_logout_urls: [] },
  ],
  apis: [
    { identifier: API, scopes: [{ value: 'read:things', description: 'Read things' }, { value: 'write:things' }], token_lifetime: 600 },
    { identifier: OTHER },
  ],
  client_grants: [{ client_id: 'demo-regular', audience: API, scope: ['read:things', 'write:things'] }],
};

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;

before(async () => {
  emu = await startEmulator({ port: 0, config });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

/** @param {string} token @param {string} audience */
async function verifyAccessToken(token, audience) {
  const jwks = createRemoteJWKSet(new URL(`${emu.url}/.well-known/jwks.json`));
  return (await jwtVerify(token, jwks, { issuer: `${emu.url}/`, audience, algorithms: ['RS256'] })).payload;
}

/** A live session cookie for `email`. @param {string} email */
async function session(email) {
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
  const login = await c.co({ client_id: 'demo-spa', username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email' });
  assert.equal(login.status, 200);
  return login.cookie ?? '';
}

test('config: apis and client_grants are checked with messages that name the key', () => {
  const base = { clients: defaultConfig.clients, connections: defaultConfig.connections };
  const bad = (/** @type {Record<string, unknown>} */ extra, /** @type {RegExp} */ message) => assert.throws(() => validateConfig({ ...base, ...extra }), message);
  bad({ apis: {} }, /apis must be an array/);
  bad({ apis: [{}] }, /apis\[0\]\.identifier must be a non-empty string/);
  bad({ apis: [{ identifier: API }, { identifier: API }] }, /apis\[1\]\.identifier "https:\/\/api\.example\.com\/" is used twice/);
  bad({ apis: [{ identifier: API, scopes: [{ value: 'a b' }] }] }, /apis\[0\]\.scopes\[0\]\.value must be a scope name/);
  bad({ apis: [{ identifier: API, scopes: ['read'] }] }, /apis\[0\]\.scopes\[0\] must be an object/);
  bad({ apis: [{ identifier: API, token_lifetime: 0 }] }, /apis\[0\]\.token_lifetime must be an integer from 1 to 2592000/);
  bad({ apis: [{ identifier: API, token_lifetime: 600, token_lifetime_for_web: 601 }] }, /apis\[0\]\.token_lifetime_for_web must be an integer from 1 to 600/);
  bad({ apis: [{ identifier: API, signing_alg: 'HS256' }] }, /apis\[0\]\.signing_alg must be "RS256"/);
  bad({ apis: [{ identifier: API, audience: API }] }, /apis\[0\]\.audience is not a known key/);
  bad({ apis: [{ identifier: API }], client_grants: [{ client_id: 'nobody', audience: API, scope: [] }] }, /client_grants\[0\]\.client_id "nobody" is not one of clients/);
  bad({ apis: [{ identifier: API }], client_grants: [{ client_id: 'demo-spa', audience: API, scope: [] }] }, /client_grants\[0\]\.client_id "demo-spa" is a spa client/);
  bad({ apis: [{ identifier: API }], client_grants: [{ client_id: 'demo-regular', audience: OTHER, scope: [] }] }, /client_grants\[0\]\.audience "https:\/\/other\.example\.com" is not one of apis/);
  bad({ apis: [{ identifier: API }], client_grants: [{ client_id: 'demo-regular', audience: API, scope: ['read:x'] }] }, /client_grants\[0\]\.scope\[0\] "read:x" is not a scope of the API/);
  bad({ apis: [{ identifier: API }], client_grants: [{ client_id: 'demo-regular', audience: API }] }, /client_grants\[0\]\.scope must be an array/);
  const ok = validateConfig({ ...base, apis: [{ identifier: API }] });
  assert.deepEqual(ok.apis, [{ identifier: API, scopes: [] }]);
  assert.deepEqual(ok.client_grants, []);
  assert.deepEqual(validateConfig(base).apis, []);
});

test('/authorize: an unknown audience is access_denied "Service not found: <audience>" at the redirect_uri', async () => {
  const cookie = await session('aud1@example.com');
  const r = await c.authorize({ ...implicitParams(), audience: 'https://api.example.com' }, cookie); // no trailing slash: another API
  assert.equal(r.status, 302);
  const f = fragmentOf(r.location ?? '');
  assert.equal(f.error, 'access_denied');
  assert.equal(f.error_description, 'Service not found: https://api.example.com');
  assert.equal(f.state, 'state-1');
  assert.equal(f.access_token, undefined);
  // Without a session too (before the login page).
  const anon = await c.authorize({ ...implicitParams(), response_type: 'code', response_mode: 'query', audience: 'nope' });
  assert.equal(queryOf(anon.location ?? '').error_description, 'Service not found: nope');
});

test('/authorize: an API access token carries only the OIDC scopes and those the API defines, for the API\'s lifetime', async () => {
  const cookie = await session('aud2@example.com');
  const r = await c.authorize({ ...implicitParams(), scope: 'openid email read:things delete:things', audience: API }, cookie);
  const f = fragmentOf(r.location ?? '');
  assert.ok(f.access_token, r.location);
  const payload = await verifyAccessToken(f.access_token, API);
  assert.equal(payload.scope, 'openid email read:things');
  assert.equal(Number(payload.exp) - Number(payload.iat), 600, 'the default browser-flow lifetime (7,200 s) is never more than the API\'s');
  assert.equal(f.expires_in, '600');
  // An API without scopes: only OpenID Connect's.
  const other = fragmentOf((await c.authorize({ ...implicitParams(), scope: 'openid read:things', audience: OTHER }, cookie)).location ?? '');
  assert.equal((await verifyAccessToken(other.access_token, OTHER)).scope, 'openid');
});

test('code flow (openid-client): the token response\'s scope and expires_in are the API\'s', async () => {
  const cookie = await session('aud3@example.com');
  const conf = await client.discovery(new URL(emu.url), 'demo-spa', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  const verifier = client.randomPKCECodeVerifier();
  const url = client.buildAuthorizationUrl(conf, {
    redirect_uri: `${APP_ORIGIN}/`, scope: 'openid write:things unknown', audience: API, state: 's1', nonce: 'n1',
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const r = await fetch(url, { redirect: 'manual', headers: { cookie } });
  const tokens = await client.authorizationCodeGrant(conf, new URL(r.headers.get('location') ?? ''), { pkceCodeVerifier: verifier, expectedState: 's1', expectedNonce: 'n1' });
  assert.equal(tokens.scope, 'openid write:things');
  assert.equal(tokens.expires_in, 600);
  assert.equal((await verifyAccessToken(tokens.access_token, API)).scope, 'openid write:things');
});

test('passwordless: the OTP grant and the magic link refuse an unknown audience without spending the code', async () => {
  const email = 'aud4@example.com';
  await c.start({ client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'code', email }, { origin: null });
  const otp = emu.outbox.latest(email)?.code ?? '';
  const grant = { grant_type: OTP_GRANT, client_id: 'demo-regular', client_secret: 'demo-regular-secret', username: email, otp, realm: 'email', scope: 'openid read:things' };
  const refused = await c.token({ ...grant, audience: 'https://typo.example.com' });
  assert.equal(refused.status, 403);
  assert.deepEqual(refused.body, { error: 'access_denied', error_description: 'Service not found: https://typo.example.com' });
  const ok = await c.token({ ...grant, audience: API });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.body.scope, 'openid read:things');
  assert.equal(ok.body.expires_in, 600);

  const linkEmail = 'aud5@example.com';
  const authParams = { redirect_uri: `${APP_ORIGIN}/`, response_type: 'token id_token', scope: 'openid', state: 'st', nonce: 'nn', audience: 'https://typo.example.com' };
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: linkEmail, authParams });
  const link = emu.outbox.latest(linkEmail)?.link ?? '';
  const r = await c.get(link);
  assert.equal(r.status, 302);
  assert.equal(fragmentOf(r.location ?? '').error_description, 'Service not found: https://typo.example.com');
});

test('client_credentials: a confidential client granted the API gets a token with the granted scopes', async () => {
  const basic = `Basic ${Buffer.from('demo-regular:demo-regular-secret').toString('base64')}`;
  const all = await c.token({ grant_type: 'client_credentials', audience: API }, { form: true, headers: { authorization: basic } });
  assert.equal(all.status, 200, all.text);
  assert.equal(all.body.scope, 'read:things write:things');
  assert.equal(all.body.expires_in, 600);
  assert.equal(all.body.token_type, 'Bearer');
  assert.equal(all.body.id_token, undefined);
  assert.equal(all.headers.get('cache-control'), 'no-store');
  const payload = await verifyAccessToken(all.body.access_token, API);
  assert.equal(payload.sub, 'demo-regular@clients');
  assert.equal(payload.gty, 'client-credentials');
  assert.equal(payload.azp, 'demo-regular');
  const some = await c.token({ grant_type: 'client_credentials', client_id: 'demo-regular', client_secret: 'demo-regular-secret', audience: API, scope: 'read:things' });
  assert.equal(some.body.scope, 'read:things');
  // A scope the grant does not give is refused, not dropped (Auth0's text).
  const more = await c.token({ grant_type: 'client_credentials', client_id: 'demo-regular', client_secret: 'demo-regular-secret', audience: API, scope: 'read:things admin delete:things' });
  assert.equal(more.status, 403);
  assert.deepEqual(more.body, { error: 'access_denied', error_description: 'Client has not been granted scopes: admin, delete:things' });

  // With openid-client.
  const conf = await client.discovery(new URL(emu.url), 'demo-regular', 'demo-regular-secret', undefined, { execute: [client.allowInsecureRequests] });
  const t = await client.clientCredentialsGrant(conf, { audience: API, scope: 'write:things' });
  assert.equal(t.scope, 'write:things');
});

test('access-token defects (dev API, for testing an API\'s token checks): the next JWT access token only, ID tokens untouched', async () => {
  const basic = `Basic ${Buffer.from('demo-regular:demo-regular-secret').toString('base64')}`;
  const accessToken = async () => (await c.token({ grant_type: 'client_credentials', audience: API }, { form: true, headers: { authorization: basic } })).body.access_token;
  for (const defect of ['alg_none', 'hs256', 'bad_signature', 'unknown_kid', 'wrong_iss', 'wrong_aud', 'expired', 'future_iat']) {
    assert.equal((await c.raw('/__emulator/token-faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ defect, token: 'access' }) })).status, 201);
    const defective = await accessToken();
    if (defect === 'future_iat') assert.ok(Number(JSON.parse(Buffer.from(defective.split('.')[1], 'base64url').toString()).iat) > Date.now() / 1000 + 600);
    else await assert.rejects(verifyAccessToken(defective, API), defect);
    assert.equal(emu.faults.takeTokenDefect('access'), undefined, `${defect} was used by one token`);
  }
  await verifyAccessToken(await accessToken(), API);
  emu.faults.addTokenDefect({ defect: 'wrong_iss' }); // without `token`: an ID token's, as before
  await verifyAccessToken(await accessToken(), API);
  assert.equal(emu.faults.takeTokenDefect(), 'wrong_iss');
  assert.deepEqual(emu.faults.addTokenDefect({ defect: 'wrong_nonce', token: 'access' }), { error: 'an access token defect must be one of alg_none, hs256, bad_signature, unknown_kid, wrong_iss, wrong_aud, expired, future_iat' });
  assert.deepEqual(emu.faults.addTokenDefect({ defect: 'hs256', token: 'refresh' }), { error: 'token must be "id" or "access"' });
});

test('client_credentials: Auth0\'s refusals', async () => {
  const secret = { client_id: 'demo-regular', client_secret: 'demo-regular-secret' };
  const cc = (/** @type {Record<string, string>} */ b) => c.token({ grant_type: 'client_credentials', ...b });
  const noAudience = await cc(secret);
  assert.equal(noAudience.status, 403);
  assert.deepEqual(noAudience.body, { error: 'access_denied', error_description: 'No audience parameter was provided, and no default audience has been configured' });
  const unknown = await cc({ ...secret, audience: 'https://typo.example.com' });
  assert.equal(unknown.status, 403);
  assert.equal(unknown.body.error_description, 'Service not found: https://typo.example.com');
  const notGranted = await cc({ client_id: 'backend-2', client_secret: 'backend-2-secret', audience: API });
  assert.equal(notGranted.status, 403);
  assert.equal(notGranted.body.error, 'access_denied');
  assert.match(notGranted.body.error_description, /^Client is not authorized to access "https:\/\/api\.example\.com\/"\. You need to create a client-grant/);
  const wrongSecret = await cc({ client_id: 'demo-regular', client_secret: 'wrong-secret-x', audience: API });
  assert.equal(wrongSecret.status, 401);
  assert.deepEqual(wrongSecret.body, { error: 'access_denied', error_description: 'Unauthorized' });
  const noSecret = await cc({ client_id: 'demo-regular', audience: API });
  assert.equal(noSecret.status, 401);
  assert.equal(noSecret.body.error, 'unauthorized_client');
  const spa = await cc({ client_id: 'demo-spa', audience: API });
  assert.equal(spa.status, 403);
  assert.deepEqual(spa.body, { error: 'unauthorized_client', error_description: "Grant type 'client_credentials' not allowed for the client." });
});

/** The payload of a JWT, unverified. @param {string} jwt */
const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

test('lifetimes: Auth0\'s defaults (ID token 36,000 s, access token 86,400 s, 7,200 s from the implicit and hybrid flows); token_lifetime_seconds still sets both', async () => {
  const cookie = await session('life1@example.com');
  const f = fragmentOf((await c.authorize(implicitParams(), cookie)).location ?? '');
  assert.equal(f.expires_in, '7200', 'a token handed out in the front channel: "Token Expiration For Browser Flows"');
  const id = claimsOf(f.id_token);
  assert.equal(id.exp - id.iat, 36000);
  const api = fragmentOf((await c.authorize({ ...implicitParams(), audience: OTHER }, cookie)).location ?? '');
  const at = await verifyAccessToken(api.access_token, OTHER);
  assert.equal(Number(at.exp) - Number(at.iat), 7200, 'an API without token_lifetime_for_web, in a browser flow');
  assert.equal(api.expires_in, '7200');
  const web = await startEmulator({ port: 0, config: { ...config, apis: [{ identifier: OTHER, token_lifetime: 3600, token_lifetime_for_web: 300 }], client_grants: [] } });
  try {
    const wc = emulatorClient(web.url);
    const email = 'life3@example.com';
    await wc.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
    const login = await wc.co({ client_id: 'demo-spa', username: email, otp: web.outbox.latest(email)?.code ?? '', realm: 'email' });
    const implicit = fragmentOf((await wc.authorize({ ...implicitParams(), audience: OTHER }, login.cookie)).location ?? '');
    assert.equal(implicit.expires_in, '300', 'the API\'s token_lifetime_for_web');
  } finally {
    await web.close();
  }
  // Without any lifetime key at all: the same defaults.
  const bare = validateConfig({ clients: defaultConfig.clients, connections: defaultConfig.connections });
  assert.equal(bare.token_lifetime_seconds, 86400);
  assert.equal(bare.id_token_lifetime_seconds, 36000);

  // The old single setting keeps working: both tokens.
  const old = await startEmulator({ port: 0, config: { clients: defaultConfig.clients, connections: defaultConfig.connections, token_lifetime_seconds: 7200 } });
  const split = await startEmulator({ port: 0, config: { clients: defaultConfig.clients, connections: defaultConfig.connections, token_lifetime_seconds: 7200, id_token_lifetime_seconds: 600 } });
  try {
    for (const [emulator, idLife] of /** @type {const} */ ([[old, 7200], [split, 600]])) {
      const oc = emulatorClient(emulator.url);
      const email = 'life2@example.com';
      await oc.start({ client_id: 'demo-regular', client_secret: 'demo-regular-secret', connection: 'email', send: 'code', email }, { origin: null });
      const t = await oc.token({ grant_type: OTP_GRANT, client_id: 'demo-regular', client_secret: 'demo-regular-secret', username: email, otp: emulator.outbox.latest(email)?.code ?? '', realm: 'email', scope: 'openid' });
      assert.equal(t.body.expires_in, 7200);
      const claims = claimsOf(t.body.id_token);
      assert.equal(claims.exp - claims.iat, idLife);
    }
  } finally {
    await old.close();
    await split.close();
  }
  assert.throws(() => validateConfig({ clients: defaultConfig.clients, connections: defaultConfig.connections, id_token_lifetime_seconds: 10 }), /id_token_lifetime_seconds must be an integer from 60 to 2592000/);
});

test('discovery: scopes_supported, response_modes_supported and token_endpoint_auth_methods_supported as a real tenant publishes them; client_credentials', async () => {
  const meta = (await c.raw('/.well-known/openid-configuration')).body;
  assert.deepEqual(meta.scopes_supported, ['openid', 'profile', 'offline_access', 'name', 'given_name', 'family_name', 'nickname', 'email', 'email_verified', 'picture', 'created_at', 'identities', 'phone', 'address']);
  assert.deepEqual(meta.response_modes_supported, ['query', 'fragment', 'form_post']);
  assert.deepEqual(meta.token_endpoint_auth_methods_supported, ['client_secret_basic', 'client_secret_post']);
  assert.ok(meta.grant_types_supported.includes('client_credentials'));
});
