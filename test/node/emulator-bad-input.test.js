// @ts-check
// Bad input gets Auth0-shaped errors and the server keeps serving, even after a burst of 1,000.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient, fragmentOf, implicitParams, APP_ORIGIN } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;

before(async () => {
  emu = await startEmulator({ port: 0, config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 1_000_000 } } });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

/** @param {string} path @param {string} body @param {string} [type] */
const post = (path, body, type = 'application/json') => c.raw(path, { method: 'POST', headers: { 'content-type': type, origin: APP_ORIGIN }, body });

/** A full code login through the HTTP API; returns the ID token payload. @param {string} email */
async function fullLogin(email) {
  const s = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
  assert.equal(s.status, 200, s.text);
  const otp = emu.outbox.latest(email)?.code ?? '';
  const login = await c.co({ client_id: 'demo-spa', username: email, otp, realm: 'email' });
  assert.equal(login.status, 200, login.text);
  const a = await c.authorize({ ...implicitParams(), login_ticket: login.body.login_ticket }, login.cookie);
  const idToken = fragmentOf(a.location ?? '').id_token;
  return JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString());
}

test('malformed JSON, wrong content types and non-object bodies', async () => {
  for (const path of ['/passwordless/start', '/co/authenticate', '/oauth/token']) {
    const start = path === '/passwordless/start';
    const bad = await post(path, '{"client_id": ');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, { error: start ? 'bad.request' : 'invalid_request', error_description: 'Invalid JSON body' });
    const arr = await post(path, '[1,2]');
    assert.equal(arr.status, 400);
    assert.equal(arr.body.error_description, 'The request body must be a JSON object');
    const plain = await post(path, 'client_id=demo-spa', 'text/plain');
    assert.equal(plain.status, 400, `${path} refuses text/plain (no preflight means CSRF)`);
    assert.match(plain.body.error_description, /^Content-Type must be application\/json/);
  }
  const form = await post('/passwordless/start', 'client_id=demo-spa&connection=email&email=a%40example.com', 'application/x-www-form-urlencoded');
  assert.equal(form.status, 400);
});

test('a body over 64 KB gets 413 and the server keeps serving', async () => {
  const big = JSON.stringify({ client_id: 'demo-spa', pad: 'x'.repeat(70 * 1024) });
  const r = await post('/passwordless/start', big);
  assert.equal(r.status, 413);
  assert.deepEqual(r.body, { error: 'payload_too_large', error_description: 'The request body is larger than 65536 bytes' });
  // Just under the limit is parsed normally (and refused for its content).
  const under = await post('/passwordless/start', JSON.stringify({ client_id: 'demo-spa', pad: 'x'.repeat(60 * 1024) }));
  assert.equal(under.status, 400);
  // Far over the hard limit: the connection is cut, the server survives.
  await new Promise((resolve) => {
    const req = request(`${emu.url}/co/authenticate`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', resolve);
    req.end(Buffer.alloc(3 * 1024 * 1024, 120));
  });
  assert.equal((await fullLogin('after-big@example.com')).email, 'after-big@example.com');
});

test('unknown clients, missing fields, unknown routes and methods', async () => {
  const co = await c.co({ client_id: 'ghost', username: 'a@example.com', otp: '1', realm: 'email' });
  assert.deepEqual([co.status, co.body], [401, { error: 'access_denied', error_description: 'Unauthorized' }]);
  const noOtp = await c.co({ client_id: 'demo-spa', username: 'a@example.com', realm: 'email' });
  assert.deepEqual([noOtp.status, noOtp.body], [400, { error: 'invalid_request', error_description: 'Missing required parameter: otp' }]);
  const noRealm = await c.co({ client_id: 'demo-spa', username: 'a@example.com', otp: '1' });
  assert.deepEqual(noRealm.body, { error: 'invalid_request', error_description: 'Missing required parameter: realm' });
  const badType = await c.co({ client_id: 'demo-spa', username: 'a@example.com', otp: '1', realm: 'email', credential_type: 'password' });
  assert.equal(badType.status, 400);
  const tok = await c.token({ client_id: 'demo-spa', grant_type: 'password', username: 'a', password: 'b' });
  assert.deepEqual([tok.status, tok.body], [400, { error: 'unsupported_grant_type', error_description: 'Unsupported grant type: password' }]);
  const noGrant = await c.token({ client_id: 'demo-spa' });
  assert.deepEqual(noGrant.body, { error: 'invalid_request', error_description: 'Missing required parameter: grant_type' });
  const unknownTok = await c.token({ client_id: 'ghost', grant_type: 'authorization_code', code: 'x' });
  assert.deepEqual([unknownTok.status, unknownTok.body], [401, { error: 'access_denied', error_description: 'Unauthorized' }]);
  const badCode = await c.token({ client_id: 'demo-spa', grant_type: 'authorization_code', code: 'nope', redirect_uri: `${APP_ORIGIN}/`, code_verifier: 'x'.repeat(43) }, { form: true });
  assert.deepEqual([badCode.status, badCode.body], [403, { error: 'invalid_grant', error_description: 'Invalid authorization code' }]);
  const nf = await c.raw('/nope');
  assert.deepEqual([nf.status, nf.body], [404, { error: 'not_found', error_description: 'Not Found' }]);
  const m = await c.raw('/passwordless/start');
  assert.equal(m.status, 405);
  const ui = await c.raw('/userinfo', { headers: { authorization: 'Bearer nope' } });
  assert.deepEqual([ui.status, ui.text], [401, 'Unauthorized']);
  const rt = await c.authorize({ ...implicitParams(), response_type: 'password', prompt: 'none' });
  assert.equal(fragmentOf(rt.location ?? '').error, 'unsupported_response_type');
  const q = await c.authorize({ ...implicitParams(), response_mode: 'query', prompt: 'none' });
  assert.equal(new URL(q.location ?? '').search, '', 'tokens are never requested in the query; the error goes back in the fragment');
  assert.equal(fragmentOf(q.location ?? '').error, 'invalid_request');
  const noNonce = await c.authorize({ ...implicitParams(), nonce: '', prompt: 'none' });
  assert.equal(fragmentOf(noNonce.location ?? '').error, 'invalid_request');
  const xss = await c.authorize({ ...implicitParams('<script>alert(1)</script>'), prompt: 'none' });
  assert.ok(!xss.text.includes('<script>alert'), 'reflected values are escaped');
  assert.match(xss.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
});

test('validateConfig names the wrong key', () => {
  const bad = structuredClone(defaultConfig);
  /** @type {any} */ (bad.clients[1]).app_type = 'native';
  assert.throws(() => validateConfig(bad), /clients\[1\]\.app_type must be "spa" or "regular_web"/);
  const noSecret = structuredClone(defaultConfig);
  delete noSecret.clients[1].client_secret;
  assert.throws(() => validateConfig(noSecret), /clients\[1\]\.client_secret/);
  const cb = structuredClone(defaultConfig);
  cb.clients[0].callbacks = ['http://localhost:5173/*'];
  assert.throws(() => validateConfig(cb), /clients\[0\]\.callbacks\[0\] must not contain wildcards/);
  const origin = structuredClone(defaultConfig);
  origin.clients[0].allowed_origins = ['http://localhost:5173/'];
  assert.throws(() => validateConfig(origin), /clients\[0\]\.allowed_origins\[0\]/);
  const life = structuredClone(defaultConfig);
  /** @type {any} */ (life.connections.email).code_lifetime_seconds = 3600;
  assert.throws(() => validateConfig(life), /connections\.email\.code_lifetime_seconds must be an integer from 1 to 600/);
  assert.doesNotThrow(() => validateConfig({ ...life, allow_long_code_lifetime: true }));
  assert.throws(() => validateConfig({ ...defaultConfig, extra: 1 }), /extra is not a known key/);
  assert.throws(() => validateConfig({ ...defaultConfig, connections: { email: { code_length: 2 } } }), /connections\.email\.code_length/);
  assert.throws(() => validateConfig(null), /must be a JSON object/);
});

test('a burst of 1,000 mixed good and bad requests, 20 at a time; the emulator still answers correctly', async () => {
  /** @type {(() => Promise<number>)[]} */
  const kinds = [
    async () => (await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: `burst${Math.random()}@example.com` })).status,
    async () => (await c.start({ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: 'nope' })).status,
    async () => (await post('/co/authenticate', '{bad json')).status,
    async () => (await c.co({ client_id: 'demo-spa', username: `nobody${Math.random()}@example.com`, otp: '123456', realm: 'email' })).status,
    async () => (await c.authorize({ ...implicitParams(), prompt: 'none' })).status,
    async () => (await c.authorize({ ...implicitParams('demo-spa', 'http://evil.example/') })).status,
    async () => (await c.raw('/.well-known/jwks.json')).status,
    async () => (await c.token({ grant_type: 'authorization_code', client_id: 'demo-spa', code: 'x' })).status,
    async () => (await c.raw('/userinfo', { headers: { authorization: 'Bearer x' } })).status,
    async () => (await c.raw('/nope', { method: 'DELETE' })).status,
  ];
  const expected = [200, 400, 400, 403, 302, 400, 200, 403, 401, 404];
  const statuses = new Array(1000);
  let next = 0;
  await Promise.all(Array.from({ length: 20 }, async () => {
    while (next < 1000) {
      const i = next++;
      statuses[i] = await kinds[i % kinds.length]();
    }
  }));
  statuses.forEach((s, i) => assert.equal(s, expected[i % kinds.length], `request ${i}`));
  const payload = await fullLogin('after-burst@example.com');
  assert.equal(payload.email, 'after-burst@example.com');
});
