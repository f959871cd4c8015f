// @ts-check
// Security plan, part (c), tests 29–39: the emulator. Only what the other emulator suites do not already prove;
// SECURITY.md maps each number to every test that covers it (emulator-parity, -oidc, -dev-api, -bad-input, -cli,
// -hosted-login). Each test's name starts with its plan number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { inspect } from 'node:util';
import { request } from 'node:http';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { generateCode, OtpStore } from '../../emulator/otp.js';
import { emulatorClient, fragmentOf, implicitParams, APP_ORIGIN, OTP_GRANT } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
/** @type {string[]} */ const log = [];

before(async () => {
  emu = await startEmulator({ port: 0, config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 100000 } }, log: (line) => log.push(line) });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

const root = new URL('../..', import.meta.url).pathname;

/** @param {string} email */
async function sendCode(email, client = 'demo-spa') {
  const r = await c.start({ client_id: client, connection: 'email', send: 'code', email });
  assert.equal(r.status, 200, r.text);
  return /** @type {string} */ (emu.outbox.latest(email)?.code);
}

test('29: 100,000 codes: always 6 digits, zero-padded, uniform per position (χ²), never from Math.random; stored only as hashes', async () => {
  const random = Math.random;
  Math.random = () => {
    throw new Error('Math.random must not be used for codes');
  };
  try {
    const counts = Array.from({ length: 6 }, () => new Array(10).fill(0));
    let leadingZero = 0;
    for (let i = 0; i < 100_000; i++) {
      const code = generateCode(6);
      assert.match(code, /^\d{6}$/);
      if (code[0] === '0') leadingZero++;
      for (let p = 0; p < 6; p++) counts[p][Number(code[p])]++;
    }
    assert.ok(leadingZero > 9000 && leadingZero < 11000, 'zero-padded: about a tenth start with 0');
    for (const [position, row] of counts.entries()) {
      const chi2 = row.reduce((sum, n) => sum + (n - 10_000) ** 2 / 10_000, 0);
      // 9 degrees of freedom: a fair CSPRNG stays far below 60 (p < 1e-8); a modulo or Math.random bias does not.
      assert.ok(chi2 < 60, `digit position ${position}: χ² = ${chi2.toFixed(1)}`);
    }
    // A whole sign-in over HTTP still works with Math.random throwing.
    const email = 'no-math-random@example.com';
    const code = await sendCode(email);
    const login = await c.co({ client_id: 'demo-spa', username: email, otp: code, realm: 'email' });
    assert.equal(login.status, 200, login.text);
  } finally {
    Math.random = random;
  }
  const store = new OtpStore(() => Date.now());
  const code = store.issue('client\nemail\na@example.com', { length: 6, lifetimeSeconds: 180, maxAttempts: 3, send: 'code', authParams: {} });
  assert.ok(!inspect(store, { depth: 10 }).includes(code), 'the store holds a hash, not the code');
  assert.match(await readFile(`${root}emulator/otp.js`, 'utf8'), /timingSafeEqual/, 'codes are compared in constant time');
});

test('30: a code lifetime over 600 s needs allow_long_code_lifetime, and the emulator says so when it starts', async () => {
  const long = { ...defaultConfig, connections: { email: { code_length: 6, code_lifetime_seconds: 900, max_attempts: 3 } } };
  assert.throws(() => validateConfig(long), /connections\.email\.code_lifetime_seconds must be an integer from 1 to 600/);
  /** @type {string[]} */
  const lines = [];
  const allowed = await startEmulator({ port: 0, config: { ...long, allow_long_code_lifetime: true }, log: (line) => lines.push(line) });
  await allowed.close();
  assert.ok(lines.some((line) => /Warning: connections\.email\.code_lifetime_seconds is 900/.test(line)), lines.join('\n'));
});

test('31: a code is bound to its connection too: an email code fails as SMS, and the same generic error', async () => {
  const code = await sendCode('bound@example.com');
  const asSms = await c.co({ client_id: 'demo-spa', username: 'bound@example.com', otp: code, realm: 'sms' });
  assert.equal(asSms.status, 403);
  assert.equal(asSms.body.error, 'access_denied');
  const right = await c.co({ client_id: 'demo-spa', username: 'bound@example.com', otp: code, realm: 'email' });
  assert.equal(right.status, 200, 'the wrong-connection try did not use the code');
});

test('32: case and whitespace variants of an address are one recipient and one brute-force counter', async () => {
  const code = await sendCode('variant@example.com');
  const r = await c.co({ client_id: 'demo-spa', username: '  VARIANT@Example.com ', otp: code, realm: 'email' });
  assert.equal(r.status, 200, 'the same recipient');
  // Ten failures spread over variants block the address.
  await sendCode('counted@example.com');
  for (let i = 0; i < 10; i++) {
    const variant = ['counted@example.com', 'COUNTED@example.com', ' Counted@Example.COM'][i % 3];
    await c.co({ client_id: 'demo-spa', username: variant, otp: 'x00000', realm: 'email' });
  }
  const fresh = await sendCode('counted@example.com');
  const blocked = await c.co({ client_id: 'demo-spa', username: 'counted@example.com', otp: fresh, realm: 'email' });
  assert.equal(blocked.status, 429);
  assert.equal(blocked.body.error, 'too_many_attempts');
});

test('33: a public client sending a secret is refused; an SPA cannot use the OTP grant; secrets compared in constant time', async () => {
  const spaWithSecret = await c.start({ client_id: 'demo-spa', client_secret: 'anything-at-all', connection: 'email', send: 'code', email: 'pub@example.com' });
  assert.equal(spaWithSecret.status, 401);
  assert.deepEqual(spaWithSecret.body, { error: 'access_denied', error_description: 'Unauthorized' });
  const code = await sendCode('spa-grant@example.com');
  const grant = await c.token({ grant_type: OTP_GRANT, client_id: 'demo-spa', username: 'spa-grant@example.com', otp: code, realm: 'email', scope: 'openid' });
  assert.equal(grant.status, 403);
  assert.deepEqual(grant.body, { error: 'unauthorized_client', error_description: `Grant type '${OTP_GRANT}' not allowed for the client.` });
  const still = await c.co({ client_id: 'demo-spa', username: 'spa-grant@example.com', otp: code, realm: 'email' });
  assert.equal(still.status, 200, 'the refused grant cost no attempt');
  const source = await readFile(`${root}emulator/client-auth.js`, 'utf8');
  assert.match(source, /timingSafeEqual/);
  assert.match(source, /safeEqual\(secret, client\.client_secret\)/, 'the secret check goes through the constant-time compare');
});

test('34: redirect URIs match exactly (fragments, wildcards, http off loopback), response modes are allow-listed, a 10 KB state gets 414, logout never redirects elsewhere', async () => {
  const config = structuredClone(defaultConfig);
  config.clients[0].callbacks.push('https://app.example.com/cb');
  // The lists alone, exact: the built-in any_localhost_port has its own tests (emulator-localhost-ports).
  for (const client of config.clients) client.any_localhost_port = false;
  const strict = await startEmulator({ port: 0, config });
  try {
    const sc = emulatorClient(strict.url);
    for (const uri of [`${APP_ORIGIN}/#x`, `${APP_ORIGIN}/*`, 'http://app.example.com/cb', 'https://app.example.com/cb/', 'https://app.example.com/cb?x=1', 'https://app.example.com.evil.example/cb', 'https://evil.example/?https://app.example.com/cb']) {
      const r = await sc.authorize({ ...implicitParams('demo-spa', uri), prompt: 'none' });
      assert.equal(r.status, 400, uri);
      assert.equal(r.location, undefined, `${uri}: no redirect`);
    }
    const mode = await sc.authorize({ ...implicitParams(), prompt: 'none', response_mode: 'evil_mode' });
    assert.equal(mode.status, 302);
    assert.equal(fragmentOf(mode.location ?? '').error, 'invalid_request', 'an unknown response_mode is an error at the registered URI');
    assert.equal(fragmentOf(mode.location ?? '').state, 'state-1', 'with the state');
    const echoed = await sc.authorize({ ...implicitParams(), prompt: 'none', state: 's'.repeat(4096) });
    assert.equal(fragmentOf(echoed.location ?? '').state, 's'.repeat(4096), 'state comes back unchanged');
    const huge = await sc.authorize({ ...implicitParams(), prompt: 'none', state: 's'.repeat(10 * 1024) });
    assert.equal(huge.status, 414);
    assert.equal(huge.location, undefined);
    for (const returnTo of ['https://evil.example/', `${APP_ORIGIN}.evil.example/`, '//evil.example/', `${APP_ORIGIN}/@evil.example`]) {
      const out = await sc.raw(`/v2/logout?client_id=demo-spa&returnTo=${encodeURIComponent(returnTo)}`);
      assert.equal(out.status, 400, returnTo);
      assert.equal(out.location, undefined, `${returnTo}: no open redirect`);
    }
  } finally {
    await strict.close();
  }
});

test('35: hostile addresses are bad.email, one recipient per message, texts are plain; SMS names the app and ends with @host #code', async () => {
  for (const email of ['"a@evil.example"@example.com', 'a@example.com\r\nbcc:b@example.com', 'a＠example.com', '<b>x</b>@example.com', 'a@example.com;b@example.com', 'ａ@example.com']) {
    const r = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
    assert.equal(r.status, 400, JSON.stringify(email));
    assert.equal(r.body.error, 'bad.email');
  }
  for (const phone_number of ['07911123456', '+44 7911 123456', '+4479111234567890123', '+44abc']) {
    const r = await c.start({ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number });
    assert.equal(r.status, 400);
    assert.equal(r.body.error, 'bad.phone_number');
  }
  await c.start({ client_id: 'demo-spa', connection: 'sms', send: 'code', phone_number: '+447911123456' });
  const sms = emu.outbox.latest('+447911123456');
  assert.ok(sms);
  assert.match(sms.text, /demo-spa/, 'the SMS names the app');
  assert.match(sms.text, new RegExp(`\\n@localhost #${sms.code}$`), 'and ends with the origin-bound line');
  for (const item of emu.outbox.list()) assert.equal(typeof item.to, 'string');
});

test('35: enumeration: a known and an unknown address get the same status, body shape, headers and about the same time', async () => {
  const known = 'known-user@example.com';
  await c.co({ client_id: 'demo-spa', username: known, otp: await sendCode(known), realm: 'email' });
  /** @param {string} email */
  const probe = async (email) => {
    const times = [];
    /** @type {Awaited<ReturnType<typeof c.start>> | undefined} */
    let last;
    for (let i = 0; i < 15; i++) {
      const began = performance.now();
      last = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    const r = /** @type {NonNullable<typeof last>} */ (last);
    return { status: r.status, keys: Object.keys(r.body), headers: [...r.headers.keys()].filter((h) => h !== 'date').sort(), median: times[7] };
  };
  const a = await probe(known);
  const b = await probe('never-seen@example.com');
  assert.deepEqual({ ...a, median: 0 }, { ...b, median: 0 });
  assert.ok(Math.abs(a.median - b.median) < 25, `median times ${a.median.toFixed(1)} ms and ${b.median.toFixed(1)} ms`);
});

test('36: PKCE: plain is refused, a verifier without a challenge is a downgrade, a public client must use it; a replayed code revokes its access token', async () => {
  const email = 'pkce-rules@example.com';
  const login = await c.co({ client_id: 'demo-spa', username: email, otp: await sendCode(email), realm: 'email' });
  const cookie = login.cookie;
  const base = { client_id: 'demo-spa', response_type: 'code', redirect_uri: `${APP_ORIGIN}/`, scope: 'openid', state: 's', login_ticket: login.body.login_ticket };
  const plain = await c.authorize({ ...base, code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' }, cookie);
  assert.equal(new URL(plain.location ?? '').searchParams.get('error'), 'invalid_request');
  // Without a challenge: the public client cannot redeem the code, with or without a verifier.
  const again = await c.co({ client_id: 'demo-spa', username: email, otp: await sendCode(email), realm: 'email' });
  const noChallenge = await c.authorize({ ...base, login_ticket: again.body.login_ticket }, again.cookie);
  const code = new URL(noChallenge.location ?? '').searchParams.get('code') ?? '';
  const downgrade = await c.token({ grant_type: 'authorization_code', client_id: 'demo-spa', code, redirect_uri: `${APP_ORIGIN}/`, code_verifier: 'v'.repeat(43) });
  assert.deepEqual(downgrade.body, { error: 'invalid_grant', error_description: 'Failed to verify code verifier' }, 'a verifier without a challenge is a downgrade');
  const retry = await c.token({ grant_type: 'authorization_code', client_id: 'demo-spa', code, redirect_uri: `${APP_ORIGIN}/` });
  assert.deepEqual(retry.body, { error: 'invalid_grant', error_description: 'Invalid authorization code' }, 'the first try used the code (single use)');
  // A confidential client: redeem, then replay; the replay revokes the access token.
  const rw = { client_id: 'demo-regular', client_secret: 'demo-regular-secret' };
  const config = emu.config.clients.find((cl) => cl.client_id === 'demo-regular');
  assert.ok(config);
  await c.start({ ...rw, connection: 'email', send: 'link', email, authParams: { redirect_uri: config.callbacks[0], response_type: 'code', scope: 'openid', state: 'st' } }, { origin: null });
  const link = /** @type {string} */ (emu.outbox.latest(email)?.link);
  const landed = await c.get(link);
  const linkCode = new URL(landed.location ?? '').searchParams.get('code') ?? '';
  const exchange = { grant_type: 'authorization_code', ...rw, code: linkCode, redirect_uri: config.callbacks[0] };
  const first = await c.token(exchange);
  assert.equal(first.status, 200);
  assert.equal((await c.raw('/userinfo', { headers: { authorization: `Bearer ${first.body.access_token}` } })).status, 200);
  assert.equal((await c.token(exchange)).status, 403);
  assert.equal((await c.raw('/userinfo', { headers: { authorization: `Bearer ${first.body.access_token}` } })).status, 401, 'the replay revoked the token');
});

test('37: magic links survive pre-fetching with magic_link_interstitial: HEAD and script-less GETs use nothing, the POST signs in once, a second click is a friendly error', async () => {
  const config = { ...defaultConfig, magic_link_interstitial: true };
  const scanned = await startEmulator({ port: 0, config });
  try {
    const sc = emulatorClient(scanned.url);
    const authParams = { redirect_uri: `${APP_ORIGIN}/`, response_type: 'token id_token', scope: 'openid', state: 'st', nonce: 'n' };
    await sc.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'scan@example.com', authParams });
    const link = new URL(/** @type {string} */ (scanned.outbox.latest('scan@example.com')?.link));
    const path = `${link.pathname}${link.search}`;
    assert.equal((await sc.raw(path, { method: 'HEAD' })).status, 200);
    for (let i = 0; i < 2; i++) {
      const page = await sc.raw(path, { headers: { 'user-agent': 'Proofpoint URL Defense' } });
      assert.equal(page.status, 200);
      assert.equal(page.location, undefined, 'no redirect, no tokens');
      const html = page.text.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
      assert.match(html, /<form method="post" action="\/passwordless\/verify_redirect\?[^"]*verification_code=/);
      assert.match(page.headers.get('content-security-policy') ?? '', /form-action 'self' http:\/\/localhost:5173; .*frame-ancestors 'none'/);
    }
    const human = await sc.raw(path, { method: 'POST' });
    assert.equal(human.status, 302);
    assert.ok(fragmentOf(human.location ?? '').access_token, 'the person signs in');
    const second = await sc.raw(path, { method: 'POST' });
    assert.equal(second.status, 302);
    assert.equal(fragmentOf(second.location ?? '').error, 'access_denied', 'a second click: an error back at the app, not a 500');
  } finally {
    await scanned.close();
  }
  // Without the option (Auth0 parity) the GET uses the link and a POST is not a way in.
  const post = await c.raw('/passwordless/verify_redirect?client_id=demo-spa&redirect_uri=' + encodeURIComponent(`${APP_ORIGIN}/`), { method: 'POST' });
  assert.equal(post.status, 405);
});

test('38: reflected input is escaped on every HTML page; nosniff everywhere; no-store on tokens; frame-ancestors \'none\' on HTML; no CORS on /authorize', async () => {
  const probe = '<script>alert(1)</script>"\'><img src=x onerror=alert(2)>';
  const pages = [
    `/authorize?client_id=${encodeURIComponent(probe)}&redirect_uri=x&response_type=token`,
    `/authorize?client_id=demo-spa&redirect_uri=${encodeURIComponent(probe)}&response_type=token`,
    `/passwordless/verify_redirect?client_id=${encodeURIComponent(probe)}`,
    `/v2/logout?client_id=demo-spa&returnTo=${encodeURIComponent(probe)}`,
    `/v2/logout?client_id=${encodeURIComponent(probe)}&returnTo=x`,
  ];
  for (const path of pages) {
    const r = await c.raw(path);
    assert.ok(!r.text.includes('<script>alert') && !r.text.includes('<img src=x'), `${path} reflects markup`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.match(r.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
  }
  const email = 'headers@example.com';
  const login = await c.co({ client_id: 'demo-spa', username: email, otp: await sendCode(email), realm: 'email' });
  for (const r of [login, await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email })]) {
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('cache-control'), 'no-store');
  }
  const preflight = await c.raw('/authorize', { method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'GET' } });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  const evil = await c.raw('/oauth/token', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
});

test('39: loopback only; the dev API answers loopback host names only (DNS rebinding) and can be turned off; the log never holds codes', async () => {
  const port = new URL(emu.url).port;
  const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  if (external) {
    await assert.rejects(fetch(`http://${external.address}:${port}/.well-known/openid-configuration`), 'not reachable from the network');
  }
  // fetch() will not send a foreign Host header: speak HTTP/1.1 directly, as a rebound browser would.
  const rebound = await new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/__emulator/outbox', headers: { host: `attacker.example:${port}` } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    }).on('error', reject).end();
  });
  assert.equal(rebound, 403);
  assert.equal((await c.raw('/__emulator/outbox')).status, 200);
  const off = await startEmulator({ port: 0, config: { ...defaultConfig, dev_api: false } });
  try {
    for (const path of ['/__emulator/', '/__emulator/outbox', '/__emulator/faults']) assert.equal((await fetch(`${off.url}${path}`)).status, 404);
  } finally {
    await off.close();
  }
  const code = await sendCode('logged@example.com');
  assert.ok(!log.join('\n').includes(code) && !log.join('\n').includes('logged@example.com'));
  assert.ok(log.every((line) => /^[A-Z]+ \/[^?\s]* \d{3} \d+ms$/.test(line)), 'method, path, status and time only');
});
