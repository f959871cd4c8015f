// @ts-check
// Auth0 Bot Detection in the emulator: the bot_detection setting, POST /passwordless/challenge, the captcha check of
// /passwordless/start, the failures that make an IP risky, and the dev API (the picture's answer, the runtime switch).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient, fragmentOf, implicitParams, APP_ORIGIN } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;

before(async () => {
  emu = await startEmulator({ port: 0, log: () => {}, config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 100000 } } });
  c = emulatorClient(emu.url);
});
after(() => emu.close());
beforeEach(async () => {
  emu.outbox.clear();
  emu.clock.reset();
  await setBotDetection({ required: 'never' });
});

/** @param {string} path @param {unknown} body @param {string} [method] @param {Record<string, string>} [headers] */
const send = (path, body, method = 'POST', headers = {}) =>
  c.raw(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** @param {unknown} settings */
async function setBotDetection(settings) {
  const r = await send('/__emulator/bot-detection', settings, 'PUT');
  assert.equal(r.status, 200, r.text);
  return r;
}

/** @param {string} state @param {string|null} [origin] */
const challenge = (state, origin = APP_ORIGIN) => send('/passwordless/challenge', { state }, 'POST', origin ? { origin } : {});

/** @param {string} email @param {{ state?: string, captcha?: unknown, client?: string, secret?: string, origin?: string|null }} [o] */
function startCode(email, o = {}) {
  /** @type {Record<string, unknown>} */
  const body = { client_id: o.client ?? 'demo-spa', connection: 'email', send: 'code', email, authParams: o.state ? { state: o.state } : {} };
  if (o.captcha !== undefined) body.captcha = o.captcha;
  if (o.secret) body.client_secret = o.secret;
  return c.start(body, { origin: o.origin === undefined ? APP_ORIGIN : o.origin });
}

/** @param {string} [state] */
async function pictureAnswer(state) {
  const r = await c.raw(`/__emulator/captcha${state ? `?state=${encodeURIComponent(state)}` : ''}`);
  assert.equal(r.status, 200, r.text);
  return /** @type {string} */ (r.body.answer);
}

/** A wrong code at /co/authenticate: one failure for this IP. */
async function failOnce() {
  const r = await c.co({ client_id: 'demo-spa', username: 'nobody@example.com', otp: '000000', realm: 'email' });
  assert.equal(r.status, 403);
}

test('config: bot_detection is off by default, validated with messages that name the key, defaults filled in', () => {
  assert.equal(validateConfig(defaultConfig).bot_detection.required, 'never');
  const auth0 = validateConfig({ ...defaultConfig, bot_detection: { provider: 'auth0', required: 'always' } }).bot_detection;
  assert.deepEqual(auth0, { provider: 'auth0', required: 'always', failures_before_challenge: 3 });
  assert.deepEqual(validateConfig({ ...defaultConfig, bot_detection: { provider: 'auth0_v2', required: 'after_failures', failures_before_challenge: 5 } }).bot_detection,
    { provider: 'auth0_v2', required: 'after_failures', failures_before_challenge: 5, site_key: '1x00000000000000000000AA' });
  assert.equal(validateConfig({ ...defaultConfig, bot_detection: { provider: 'hcaptcha', required: 'always' } }).bot_detection.site_key, '10000000-ffff-ffff-ffff-000000000001');
  assert.equal(validateConfig({ ...defaultConfig, bot_detection: { provider: 'recaptcha_v2', required: 'always' } }).bot_detection.site_key, '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI');
  assert.equal(validateConfig({ ...defaultConfig, bot_detection: { provider: 'arkose', required: 'always' } }).bot_detection.client_subdomain, 'client-api');
  const bad = (/** @type {unknown} */ bd, /** @type {RegExp} */ message) =>
    assert.throws(() => validateConfig({ ...defaultConfig, bot_detection: bd }), message);
  bad({ provider: 'captchaX', required: 'always' }, /^Error: Invalid emulator config: bot_detection\.provider must be one of "auth0", "auth0_v2", .*got "captchaX"/);
  bad({ provider: 'auth0' }, /bot_detection\.required must be one of "never", "always", "after_failures", got nothing/);
  bad({ provider: 'auth0', required: 'sometimes' }, /bot_detection\.required must be one of/);
  bad({ provider: 'auth0', required: 'always', site_key: 'abc' }, /bot_detection\.site_key is not used by the "auth0" provider/);
  bad({ provider: 'hcaptcha', required: 'always', site_key: 'a b' }, /bot_detection\.site_key must be 1 to 100 letters/);
  bad({ provider: 'hcaptcha', required: 'always', client_subdomain: 'x' }, /bot_detection\.client_subdomain is for the "arkose" provider only/);
  bad({ provider: 'arkose', required: 'always', client_subdomain: 'Not.One' }, /bot_detection\.client_subdomain must be one DNS label/);
  bad({ provider: 'auth0', required: 'after_failures', failures_before_challenge: 0 }, /bot_detection\.failures_before_challenge must be an integer from 1 to 1000/);
  bad({ provider: 'auth0', required: 'always', extra: 1 }, /bot_detection\.extra is not a known key/);
  bad('always', /bot_detection must be an object/);
});

test('challenge: never answers { required: false }; CORS for allowed origins; missing or wrong state is a 400 Auth0 body', async () => {
  const r = await challenge('s-never');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, { required: false });
  assert.equal(r.headers.get('access-control-allow-origin'), APP_ORIGIN);
  const pre = await c.raw('/passwordless/challenge', { method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  assert.equal(pre.headers.get('access-control-allow-origin'), APP_ORIGIN);
  const evil = await challenge('s', 'http://evil.example');
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  for (const [body, description] of /** @type {[unknown, RegExp][]} */ ([
    [{}, /^Missing required property: state$/],
    [{ state: '' }, /^Missing required property: state$/],
    [{ state: 42 }, /invalid type: number \(expected string\)/],
    [{ state: 'x'.repeat(2049) }, /too long/],
  ])) {
    const bad = await send('/passwordless/challenge', body, 'POST', { origin: APP_ORIGIN });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, 'bad.state');
    assert.match(bad.body.error_description, description);
  }
  assert.equal((await send('/passwordless/challenge', { state: 's', client_id: 'demo-spa' })).body.error, 'bad.request');
  assert.equal((await send('/passwordless/challenge', 'not json')).status, 400);
});

test('challenge shapes per provider, like Auth0 (what auth0-js web-auth/captcha.js reads)', async () => {
  await setBotDetection({ provider: 'auth0_v2', required: 'always' });
  assert.deepEqual((await challenge('s1')).body, { required: true, provider: 'auth0_v2', siteKey: '1x00000000000000000000AA' });
  await setBotDetection({ provider: 'recaptcha_v2', required: 'always' });
  assert.deepEqual((await challenge('s1')).body, { required: true, provider: 'recaptcha_v2', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' });
  await setBotDetection({ provider: 'recaptcha_enterprise', required: 'always', site_key: 'ent-key_1' });
  assert.deepEqual((await challenge('s1')).body, { required: true, provider: 'recaptcha_enterprise', siteKey: 'ent-key_1' });
  await setBotDetection({ provider: 'hcaptcha', required: 'always' });
  assert.deepEqual((await challenge('s1')).body, { required: true, provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' });
  await setBotDetection({ provider: 'friendly_captcha', required: 'always', site_key: 'FCMABC' });
  assert.deepEqual((await challenge('s1')).body, { required: true, provider: 'friendly_captcha', siteKey: 'FCMABC' });
  await setBotDetection({ provider: 'arkose', required: 'always', site_key: 'ARK-1', client_subdomain: 'tenant-api' });
  assert.deepEqual((await challenge('s1')).body, { required: true, provider: 'arkose', siteKey: 'ARK-1', clientSubdomain: 'tenant-api' });
  await setBotDetection({ provider: 'auth0', required: 'always' });
  const a = (await challenge('s1')).body;
  assert.deepEqual(Object.keys(a).sort(), ['image', 'provider', 'required', 'type']);
  assert.equal(a.provider, 'auth0');
  assert.equal(a.type, 'code');
});

test('the picture is an SVG data URL of paths (no script, no event handler, no link), a new one each call', async () => {
  await setBotDetection({ provider: 'auth0', required: 'always' });
  const first = (await challenge('pic')).body.image;
  const answer1 = await pictureAnswer('pic');
  const second = (await challenge('pic')).body.image;
  const answer2 = await pictureAnswer('pic');
  assert.notEqual(first, second);
  for (const image of [first, second]) {
    const m = /^data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)$/.exec(image);
    assert.ok(m, 'a base64 SVG data URL');
    const svg = Buffer.from(m[1], 'base64').toString('utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*>/);
    assert.match(svg, /<path /);
    assert.doesNotMatch(svg, /<script|\son[a-z]+\s*=|href|<foreignObject|<image|<use|<!ENTITY/i);
    // Every element is one of the few drawing ones.
    assert.deepEqual([...new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((x) => x[1]))].sort(), ['path', 'rect', 'svg']);
  }
  for (const answer of [answer1, answer2]) assert.match(answer, /^[ACDEFHJKLMNPRTUWXY34679]{4,6}$/);
});

test('always: no captcha, a wrong one or another state is refused with invalid_captcha and nothing is sent', async () => {
  await setBotDetection({ provider: 'auth0', required: 'always' });
  const none = await startCode('a@example.com', { state: 'st-a' });
  assert.equal(none.status, 400);
  assert.deepEqual(none.body, { error: 'invalid_captcha', error_description: 'Invalid captcha value' });
  assert.equal(none.headers.get('access-control-allow-origin'), APP_ORIGIN);
  await challenge('st-a');
  const other = await startCode('a@example.com', { state: 'st-b', captcha: await pictureAnswer('st-a') });
  assert.equal(other.body.error, 'invalid_captcha');
  const noState = await startCode('a@example.com', { captcha: await pictureAnswer('st-a') });
  assert.equal(noState.body.error, 'invalid_captcha');
  for (const captcha of [{ answer: 'x' }, ['x'], 42, '']) {
    await challenge('st-c');
    assert.equal((await startCode('a@example.com', { state: 'st-c', captcha })).body.error, 'invalid_captcha');
  }
  assert.equal(emu.outbox.list().length, 0);
});

test('a wrong answer uses the challenge up; the right answer of a fresh one is taken once, in any case, and signs in', async () => {
  await setBotDetection({ provider: 'auth0', required: 'always' });
  await challenge('st-1');
  const answer = await pictureAnswer('st-1');
  const wrong = await startCode('b@example.com', { state: 'st-1', captcha: answer === 'AAAA' ? 'CCCC' : 'AAAA' });
  assert.equal(wrong.body.error, 'invalid_captcha');
  // The right answer of the used-up challenge no longer works, and the dev API has nothing for that state.
  assert.equal((await startCode('b@example.com', { state: 'st-1', captcha: answer })).body.error, 'invalid_captcha');
  assert.equal((await c.raw('/__emulator/captcha?state=st-1')).status, 404);
  await challenge('st-1');
  const fresh = await pictureAnswer('st-1');
  const ok = await startCode('b@example.com', { state: 'st-1', captcha: ` ${fresh.toLowerCase()} ` });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.body.email, 'b@example.com');
  // Once only.
  assert.equal((await startCode('b@example.com', { state: 'st-1', captcha: fresh })).body.error, 'invalid_captcha');
  const code = emu.outbox.latest('b@example.com')?.code ?? '';
  const login = await c.co({ client_id: 'demo-spa', username: 'b@example.com', otp: code, realm: 'email' });
  assert.equal(login.status, 200);
  const a = await c.authorize({ ...implicitParams(), login_ticket: login.body.login_ticket }, login.cookie);
  assert.ok(fragmentOf(a.location ?? '').id_token, 'signed in');
});

test('a challenge is bound to the page that asked for it: a start from another allowed origin cannot use it', async () => {
  await setBotDetection({ provider: 'auth0', required: 'always' });
  await challenge('st-o', 'http://localhost:7777');
  const r = await startCode('o@example.com', { state: 'st-o', captcha: await pictureAnswer('st-o') });
  assert.equal(r.body.error, 'invalid_captcha');
});

test('each challenge call replaces the older one of its state; the newest answer is what the dev API gives', async () => {
  await setBotDetection({ provider: 'auth0', required: 'always' });
  await challenge('st-r');
  const older = await pictureAnswer('st-r');
  await challenge('st-other');
  assert.equal(await pictureAnswer(), await pictureAnswer('st-other'));
  let newer = older;
  while (newer === older) {
    await challenge('st-r');
    newer = await pictureAnswer('st-r');
  }
  assert.equal(await pictureAnswer(), newer, 'newest of all');
  assert.equal((await startCode('r@example.com', { state: 'st-r', captcha: older })).body.error, 'invalid_captcha');
});

test('a confidential client that authenticates with its secret is not asked for a captcha', async () => {
  await setBotDetection({ provider: 'auth0', required: 'always' });
  const r = await startCode('backend@example.com', { client: 'demo-regular', secret: 'demo-regular-secret', origin: null });
  assert.equal(r.status, 200, r.text);
  assert.equal(emu.outbox.list().length, 1);
});

test('after_failures: a captcha only once the IP had N failures within the hour (wrong codes, bad captchas)', async () => {
  await setBotDetection({ provider: 'auth0', required: 'after_failures', failures_before_challenge: 2 });
  assert.deepEqual((await challenge('af')).body, { required: false });
  assert.equal((await startCode('f@example.com', { state: 'af' })).status, 200);
  await failOnce();
  assert.deepEqual((await challenge('af')).body, { required: false });
  assert.equal((await startCode('f@example.com', { state: 'af' })).status, 200);
  // A wrong code at /oauth/token counts too (here for a confidential client: the IP is the socket's).
  const token = await c.token({ grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp', client_id: 'demo-regular', client_secret: 'demo-regular-secret', username: 'f@example.com', otp: '000000', realm: 'email' });
  assert.equal(token.status, 403);
  const required = (await challenge('af')).body;
  assert.equal(required.required, true);
  assert.equal(required.provider, 'auth0');
  assert.equal((await startCode('f@example.com', { state: 'af' })).body.error, 'invalid_captcha');
  await challenge('af');
  assert.equal((await startCode('f@example.com', { state: 'af', captcha: await pictureAnswer('af') })).status, 200);
  // An hour after the last failure the IP is no longer risky.
  emu.clock.advance(3601);
  assert.deepEqual((await challenge('af')).body, { required: false });
  assert.equal((await startCode('f@example.com', { state: 'af' })).status, 200);
});

test('after_failures: wrong codes at /passwordless/verify and verify_redirect count; starts refused for a bad captcha count', async () => {
  await setBotDetection({ provider: 'auth0', required: 'after_failures', failures_before_challenge: 3 });
  const verify = await send('/passwordless/verify', { client_id: 'demo-spa', connection: 'email', email: 'v@example.com', verification_code: '000000' }, 'POST', { origin: APP_ORIGIN });
  assert.equal(verify.status, 403);
  const link = await c.get(`${emu.url}/passwordless/verify_redirect?${new URLSearchParams({ ...implicitParams(), connection: 'email', email: 'v@example.com', verification_code: '000000' })}`);
  assert.equal(link.status, 302);
  assert.deepEqual((await challenge('vr')).body, { required: false });
  await failOnce();
  assert.equal((await challenge('vr')).body.required, true);
  // Now starts need a captcha; a refused one is one more failure, still risky after the others expire... (see below)
  assert.equal((await startCode('v@example.com', { state: 'vr', captcha: 'NOPE' })).body.error, 'invalid_captcha');
  emu.clock.advance(1800);
  assert.equal((await challenge('vr')).body.required, true);
});

test('switching at runtime: PUT validates like the config, GET returns the current setting, old challenges stop working', async () => {
  await setBotDetection({ provider: 'auth0', required: 'always' });
  await challenge('sw');
  const answer = await pictureAnswer('sw');
  const put = await setBotDetection({ provider: 'hcaptcha', required: 'always' });
  assert.deepEqual(put.body, { provider: 'hcaptcha', required: 'always', failures_before_challenge: 3, site_key: '10000000-ffff-ffff-ffff-000000000001' });
  assert.deepEqual((await c.raw('/__emulator/bot-detection')).body, put.body);
  assert.equal((await startCode('sw@example.com', { state: 'sw', captcha: answer })).body.error, 'invalid_captcha');
  const bad = await send('/__emulator/bot-detection', { provider: 'nope', required: 'always' }, 'PUT');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error, 'invalid_request');
  assert.match(bad.body.error_description, /^bot_detection\.provider must be one of/);
  const pre = await c.raw('/__emulator/bot-detection', { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' } });
  assert.match(pre.headers.get('access-control-allow-methods') ?? '', /PUT/);
  await setBotDetection({ required: 'never' });
  assert.deepEqual((await challenge('sw')).body, { required: false });
  assert.equal((await startCode('sw@example.com', { state: 'sw' })).status, 200);
});

test('dev API: GET /__emulator/captcha is a 404 JSON body when no picture is waiting, for third-party providers too', async () => {
  const none = await c.raw('/__emulator/captcha');
  assert.equal(none.status, 404);
  assert.equal(none.body.error, 'not_found');
  await setBotDetection({ provider: 'auth0_v2', required: 'always' });
  await challenge('tp');
  assert.equal((await c.raw('/__emulator/captcha')).status, 404);
  assert.equal((await c.raw('/__emulator/captcha?state=tp')).status, 404);
});

test('a <script> or HTML payload never comes back unescaped in any error of these routes', async () => {
  const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await setBotDetection({ provider: 'auth0', required: 'always' });
  const replies = [
    await send('/passwordless/challenge', { state: 42, [payload]: payload }, 'POST', { origin: APP_ORIGIN }),
    await send('/passwordless/challenge', { state: payload.repeat(100) }, 'POST', { origin: APP_ORIGIN }),
    await startCode('x@example.com', { state: payload, captcha: payload }),
    await c.raw(`/__emulator/captcha?state=${encodeURIComponent(payload)}`),
    await send('/__emulator/bot-detection', { provider: payload, required: payload, [payload]: 1 }, 'PUT'),
    await send('/__emulator/bot-detection', { provider: 'hcaptcha', required: 'always', site_key: payload }, 'PUT'),
    await send('/__emulator/bot-detection', { provider: 'auth0', required: payload }, 'PUT'),
  ];
  for (const r of replies) {
    assert.ok(r.status >= 400, `${r.status} ${r.text}`);
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
    assert.doesNotMatch(r.text, /<|>/, r.text);
  }
});

/** @param {string} path @param {Record<string, string>} fields */
const postForm = (path, fields) => c.raw(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

/** /authorize without a session: the hosted login's state. @param {Record<string, string>} [extra] */
async function hostedLogin(extra = {}) {
  const a = await c.authorize({ ...implicitParams(), ...extra });
  assert.equal(a.status, 302);
  return { location: a.location ?? '', state: new URL(a.location ?? '', emu.url).searchParams.get('state') ?? '' };
}

test('hosted login page: when a captcha is required (any provider), the identifier step shows a picture and checks it', async () => {
  await setBotDetection({ provider: 'auth0_v2', required: 'always' });
  // A handed-over identifier is not sent a code: the identifier step opens instead.
  const hinted = await hostedLogin({ connection: 'email', login_hint: 'hosted@example.com' });
  assert.match(hinted.location, /^\/u\/login\?state=/);
  assert.equal(emu.outbox.list().length, 0);
  const { state } = await hostedLogin();
  const page = await c.raw(`/u/login?state=${state}`);
  assert.match(page.text, /<img id="captcha-image" src="data:image&#47;svg\+xml;base64,[^"]+" width="180" height="60" alt="[^"]+">/);
  assert.match(page.text, /<label for="captcha">Type the characters in the picture<\/label><input id="captcha" name="captcha" required/);
  assert.match(page.headers.get('content-security-policy') ?? '', /img-src data:;/);
  const wrong = await postForm('/u/login', { state, identifier: 'hosted@example.com', captcha: 'NOPE' });
  assert.equal(wrong.status, 400);
  assert.match(wrong.text, /Type the characters in the new picture\./);
  assert.match(wrong.text, /id="identifier"[^>]* value="hosted@example\.com"/, 'the identifier stays');
  assert.equal(emu.outbox.list().length, 0);
  const right = await postForm('/u/login', { state, identifier: 'hosted@example.com', captcha: (await pictureAnswer()).toLowerCase() });
  assert.equal(right.status, 302);
  assert.equal(right.location, `/u/login/code?state=${state}`);
  assert.equal(emu.outbox.list().length, 1);
  // "Send a new code" needs a new picture too.
  const resend = await postForm('/u/login', { state, identifier: 'hosted@example.com' });
  assert.equal(resend.status, 400);
  assert.equal(emu.outbox.list().length, 1);
});

test('hosted login page: no picture and no check while Bot Detection is off', async () => {
  const { state } = await hostedLogin();
  const page = await c.raw(`/u/login?state=${state}`);
  assert.doesNotMatch(page.text, /captcha/);
  assert.equal((await postForm('/u/login', { state, identifier: 'plain@example.com' })).status, 302);
});
