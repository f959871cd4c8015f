// @ts-check
// The captcha providers' stand-ins over HTTP: the browser scripts at the providers' paths, the verify endpoints with
// the documented test secrets, the tokens the stand-in widgets get, and /passwordless/start taking those tokens.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { emulatorClient, APP_ORIGIN } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
const PREFIX = '/__emulator/stand-ins/';

before(async () => {
  emu = await startEmulator({ port: 0, log: () => {}, config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 100000 } } });
  c = emulatorClient(emu.url);
});
after(() => emu.close());
beforeEach(async () => {
  emu.outbox.clear();
  await put({ required: 'never' });
});

/** @param {unknown} settings */
const put = (settings) => c.raw('/__emulator/bot-detection', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(settings) });

/** @param {string} provider @param {string} sitekey */
async function issue(provider, sitekey) {
  const r = await c.raw(`${PREFIX}token`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:8123' }, body: JSON.stringify({ provider, sitekey }) });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.headers.get('access-control-allow-origin'), 'http://localhost:8123');
  return /** @type {string} */ (r.body.token);
}

/** @param {string} path @param {Record<string, string>} fields @param {'form'|'json'} [as] */
function verify(path, fields, as = 'form') {
  return c.raw(`${PREFIX}${path}`, {
    method: 'POST',
    headers: { 'content-type': as === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' },
    body: as === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
  });
}

const TURNSTILE = 'challenges.cloudflare.com/turnstile/v0/siteverify';
const HCAPTCHA = 'api.hcaptcha.com/siteverify';
const RECAPTCHA = 'www.google.com/recaptcha/api/siteverify';

test('each provider script is served at its real path as a classic script any page may load', async () => {
  const scripts = {
    'challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=cb': 'turnstile',
    'www.recaptcha.net/recaptcha/api.js?hl=en&onload=cb': 'grecaptcha',
    'www.recaptcha.net/recaptcha/enterprise.js?render=explicit&hl=en&onload=cb': 'grecaptcha',
    'www.google.com/recaptcha/api.js?render=explicit': 'grecaptcha',
    'js.hcaptcha.com/1/api.js?hl=en&onload=cb': 'hcaptcha',
    'cdn.jsdelivr.net/npm/friendly-challenge@0.9.12/widget.min.js': 'friendlyChallenge',
    'client-api.arkoselabs.com/v2/00000000-0000-0000-0000-000000000000/api.js': 'dataset.callback',
    'tenant-1.arkoselabs.com/v2/ABC_def-1/api.js': 'dataset.callback',
  };
  for (const [path, api] of Object.entries(scripts)) {
    const r = await c.raw(`${PREFIX}${path}`, { headers: { origin: 'https://any.example' } });
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    assert.equal(r.headers.get('access-control-allow-credentials'), null);
    assert.equal(r.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.ok(r.text.startsWith('(function () {'), 'wrapped: nothing leaks but the API');
    assert.ok(r.text.includes(api), `${path} defines ${api}`);
    assert.doesNotMatch(r.text, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/, path);
    assert.doesNotThrow(() => new Function(r.text), `${path} parses`); // the syntax only: nothing runs here
  }
  for (const wrong of ['challenges.cloudflare.com/turnstile/v1/api.js', 'evil.example/api.js', 'x.arkoselabs.com/v2/<script>/api.js', '']) {
    assert.equal((await c.raw(`${PREFIX}${wrong}`)).status, 404, wrong);
  }
});

test('Turnstile siteverify: 1x passes the dummy token every time, 2x fails, 3x is "already spent"; form or JSON', async () => {
  for (const as of /** @type {const} */ (['form', 'json'])) {
    for (let i = 0; i < 2; i += 1) {
      const ok = await verify(TURNSTILE, { secret: '1x0000000000000000000000000000000AA', response: 'XXXX.DUMMY.TOKEN.XXXX', remoteip: '203.0.113.9' }, as);
      assert.equal(ok.status, 200);
      assert.equal(ok.body.success, true);
      assert.deepEqual(ok.body['error-codes'], []);
      assert.equal(ok.body.hostname, 'example.com');
      assert.ok(!Number.isNaN(Date.parse(ok.body.challenge_ts)));
    }
  }
  assert.deepEqual((await verify(TURNSTILE, { secret: '2x0000000000000000000000000000000AA', response: 'XXXX.DUMMY.TOKEN.XXXX' })).body, { success: false, 'error-codes': ['invalid-input-response'] });
  assert.deepEqual((await verify(TURNSTILE, { secret: '3x0000000000000000000000000000000AA', response: 'XXXX.DUMMY.TOKEN.XXXX' })).body, { success: false, 'error-codes': ['timeout-or-duplicate'] });
  assert.deepEqual((await verify(TURNSTILE, { secret: 'real-secret', response: 'XXXX.DUMMY.TOKEN.XXXX' })).body['error-codes'], ['invalid-input-secret']);
  assert.deepEqual((await verify(TURNSTILE, {})).body['error-codes'], ['missing-input-secret', 'missing-input-response']);
  assert.deepEqual((await verify(TURNSTILE, { secret: '1x0000000000000000000000000000000AA', response: 'made-up' })).body['error-codes'], ['invalid-input-response']);
});

test('Turnstile siteverify: a token the stand-in got from the emulator passes once, then is a duplicate', async () => {
  const token = await issue('auth0_v2', 'my-real-site-key');
  assert.match(token, /^stand-in:auth0_v2:[A-Za-z0-9_-]+$/);
  const ok = await verify(TURNSTILE, { secret: '1x0000000000000000000000000000000AA', response: token });
  assert.equal(ok.body.success, true);
  assert.equal(ok.body.hostname, 'localhost');
  assert.deepEqual((await verify(TURNSTILE, { secret: '1x0000000000000000000000000000000AA', response: token })).body['error-codes'], ['timeout-or-duplicate']);
});

test('hCaptcha siteverify: the test secret passes the test token (and only it), form bodies only', async () => {
  const fields = { secret: '0x0000000000000000000000000000000000000000', response: '10000000-aaaa-bbbb-cccc-000000000001' };
  const ok = await verify(HCAPTCHA, { ...fields, sitekey: '10000000-ffff-ffff-ffff-000000000001', remoteip: '203.0.113.9' });
  assert.equal(ok.body.success, true);
  assert.equal(ok.body.hostname, 'dummy-key-pass');
  assert.equal((await verify('hcaptcha.com/siteverify', fields)).body.success, true, 'the older host too');
  assert.deepEqual((await verify(HCAPTCHA, { ...fields, response: 'other' })).body['error-codes'], ['not-using-dummy-passcode']);
  assert.deepEqual((await verify(HCAPTCHA, { ...fields, sitekey: 'another-key' })).body['error-codes'], ['sitekey-secret-mismatch']);
  assert.deepEqual((await verify(HCAPTCHA, { ...fields, secret: '0x1' })).body['error-codes'], ['invalid-input-secret']);
  assert.deepEqual((await verify(HCAPTCHA, { secret: fields.secret })).body['error-codes'], ['missing-input-response']);
  assert.deepEqual((await verify(HCAPTCHA, fields, 'json')).body, { success: false, 'error-codes': ['bad-request'] });
});

test('reCAPTCHA siteverify: the test secret passes a stand-in token once; made-up tokens and other secrets fail', async () => {
  const token = await issue('recaptcha_v2', '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI');
  const secret = '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe';
  const ok = await verify(RECAPTCHA, { secret, response: token, remoteip: '203.0.113.9' });
  assert.equal(ok.body.success, true);
  assert.equal(ok.body.hostname, 'localhost');
  assert.deepEqual((await verify(RECAPTCHA, { secret, response: token })).body['error-codes'], ['timeout-or-duplicate']);
  assert.deepEqual((await verify(RECAPTCHA, { secret, response: 'made-up' })).body['error-codes'], ['invalid-input-response']);
  assert.deepEqual((await verify(RECAPTCHA, { secret: 'nope', response: await issue('recaptcha_v2', 'k') })).body['error-codes'], ['invalid-input-secret']);
  // Google also reads the fields from the query string.
  const q = await c.raw(`${PREFIX}${RECAPTCHA}?${new URLSearchParams({ secret, response: await issue('recaptcha_v2', 'k') })}`, { method: 'POST' });
  assert.equal(q.body.success, true);
  // A token issued for another provider is not a reCAPTCHA token.
  assert.equal((await verify(RECAPTCHA, { secret, response: await issue('hcaptcha', 'k') })).body.success, false);
});

test('stand-in tokens: only known providers and plain site keys; issued tokens expire after 5 minutes', async () => {
  const bad = (/** @type {unknown} */ body) => c.raw(`${PREFIX}token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await bad({ provider: 'auth0', sitekey: 'k' })).status, 400);
  assert.equal((await bad({ provider: 'nope', sitekey: 'k' })).status, 400);
  assert.equal((await bad({ provider: 'hcaptcha', sitekey: '<script>' })).status, 400);
  assert.doesNotMatch((await bad({ provider: '<script>alert(1)</script>', sitekey: 'k' })).text, /</);
  const token = await issue('recaptcha_v2', 'k');
  emu.clock.advance(301);
  try {
    assert.deepEqual((await verify(RECAPTCHA, { secret: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', response: token })).body['error-codes'], ['invalid-input-response']);
  } finally {
    emu.clock.reset();
  }
});

/** A start with a third-party token, after a challenge for its state. @param {string} state @param {string} captcha */
async function startWith(state, captcha) {
  const ch = await c.raw('/passwordless/challenge', { method: 'POST', headers: { 'content-type': 'application/json', origin: APP_ORIGIN }, body: JSON.stringify({ state }) });
  assert.equal(ch.body.required, true);
  return c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'tp@example.com', authParams: { state }, captcha });
}

test('/passwordless/start takes the documented test tokens while the site key is a test key, and stand-in tokens once', async () => {
  await put({ provider: 'auth0_v2', required: 'always' });
  assert.equal((await startWith('t1', 'XXXX.DUMMY.TOKEN.XXXX')).status, 200);
  assert.equal((await startWith('t1', 'XXXX.DUMMY.TOKEN.XXXX')).status, 200, 'the dummy token every time, like Turnstile');
  assert.equal((await startWith('t1', 'BYPASS_CAPTCHA')).body.error, 'invalid_captcha', 'the emulated tenant fails closed');
  await put({ provider: 'auth0_v2', required: 'always', site_key: 'production-key' });
  assert.equal((await startWith('t2', 'XXXX.DUMMY.TOKEN.XXXX')).body.error, 'invalid_captcha', 'a production key never yields the dummy token');
  const issued = await issue('auth0_v2', 'production-key');
  assert.equal((await startWith('t2', issued)).status, 200);
  assert.equal((await startWith('t2', issued)).body.error, 'invalid_captcha', 'once');
  assert.equal((await startWith('t2', await issue('auth0_v2', 'another-key'))).body.error, 'invalid_captcha', 'for its site key only');

  await put({ provider: 'hcaptcha', required: 'always' });
  assert.equal((await startWith('h', '10000000-aaaa-bbbb-cccc-000000000001')).status, 200);
  await put({ provider: 'recaptcha_v2', required: 'always' });
  const rc = await issue('recaptcha_v2', '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI');
  assert.equal((await startWith('r', rc)).status, 200);
  assert.equal((await startWith('r', rc)).body.error, 'invalid_captcha');
  for (const [provider, siteKey] of [['recaptcha_enterprise', 'ent'], ['friendly_captcha', 'FC1'], ['arkose', 'ARK']]) {
    await put({ provider, required: 'always', site_key: siteKey });
    assert.equal((await startWith(provider, 'stand-in:made-up')).body.error, 'invalid_captcha');
    assert.equal((await startWith(provider, await issue(provider, siteKey))).status, 200, provider);
  }
  assert.equal(emu.outbox.list().length, 8);
});

test('faults act on the stand-ins too: a verify endpoint that is down, then back', async () => {
  const f = await c.raw('/__emulator/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: `${PREFIX}${TURNSTILE}`, status: 503, body: 'upstream down' }) });
  assert.equal(f.status, 201);
  const fields = { secret: '1x0000000000000000000000000000000AA', response: 'XXXX.DUMMY.TOKEN.XXXX' };
  const down = await verify(TURNSTILE, fields);
  assert.equal(down.status, 503);
  assert.equal(down.text, 'upstream down');
  assert.equal((await verify(TURNSTILE, fields)).body.success, true);
});
