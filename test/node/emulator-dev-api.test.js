// @ts-check
// The dev API: outbox, mailbox page, clock, HTTP faults and ID-token defects.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader, decodeJwt } from 'jose';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { emulatorClient, fragmentOf, implicitParams, APP_ORIGIN } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
/** @type {string[]} */ const logLines = [];

before(async () => {
  emu = await startEmulator({ port: 0, log: (l) => logLines.push(l), config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 100000 } } });
  c = emulatorClient(emu.url);
});
after(() => emu.close());
beforeEach(async () => {
  await c.raw('/__emulator/outbox', { method: 'DELETE' });
  await c.raw('/__emulator/faults', { method: 'DELETE' });
  await c.raw('/__emulator/token-faults', { method: 'DELETE' });
});

/** @param {string} path @param {unknown} body */
const postJson = (path, body) => c.raw(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A login up to the ID token. @param {string} email */
async function idTokenFor(email) {
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email });
  const login = await c.co({ client_id: 'demo-spa', username: email, otp: emu.outbox.latest(email)?.code ?? '', realm: 'email' });
  const a = await c.authorize({ ...implicitParams(), login_ticket: login.body.login_ticket }, login.cookie);
  return fragmentOf(a.location ?? '');
}

test('outbox: newest last, ?to= filter (case-insensitive), DELETE empties it, CORS for localhost', async () => {
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'one@example.com' });
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'two@example.com', authParams: { language: 'fr', response_type: 'token id_token', redirect_uri: `${APP_ORIGIN}/`, state: 's', nonce: 'n' } });
  const all = await c.raw('/__emulator/outbox', { headers: { origin: 'http://localhost:9999' } });
  assert.equal(all.status, 200);
  assert.equal(all.headers.get('access-control-allow-origin'), 'http://localhost:9999');
  assert.deepEqual(all.body.map((/** @type {any} */ m) => m.to), ['one@example.com', 'two@example.com']);
  const [first, second] = all.body;
  assert.deepEqual(Object.keys(first).sort(), ['channel', 'client_id', 'code', 'id', 'send', 'sent_at', 'text', 'to']);
  assert.match(first.text, new RegExp(`Your verification code is ${first.code}`));
  assert.equal(second.send, 'link');
  assert.equal(second.language, 'fr');
  assert.ok(second.link.includes('verification_code=' + second.code));
  assert.ok(!Number.isNaN(Date.parse(second.sent_at)));
  const filtered = await c.raw('/__emulator/outbox?to=TWO@Example.com');
  assert.equal(filtered.body.length, 1);
  const evil = await c.raw('/__emulator/outbox', { headers: { origin: 'http://evil.example' } });
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  assert.equal((await c.raw('/__emulator/outbox', { method: 'DELETE' })).status, 204);
  assert.deepEqual((await c.raw('/__emulator/outbox')).body, []);
});

test('mailbox page escapes everything and can be framed by localhost pages', async () => {
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email: 'mail@example.com', authParams: { state: '"><script>alert(1)</script>', response_type: 'token id_token', redirect_uri: `${APP_ORIGIN}/`, nonce: 'n' } });
  const page = await c.raw('/__emulator/');
  assert.equal(page.status, 200);
  assert.match(page.text, /mail@example\.com/);
  assert.ok(!page.text.includes('<script>alert'));
  assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'self' http:\/\/localhost:\*/);
  assert.match(page.text, /http-equiv="refresh" content="2"/);
});

test('clock: advancing expires codes, DELETE resets', async () => {
  await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'clock@example.com' });
  const adv = await postJson('/__emulator/clock', { advance_seconds: 181 });
  assert.equal(adv.status, 200);
  assert.equal(adv.body.offset_seconds, 181);
  const r = await c.co({ client_id: 'demo-spa', username: 'clock@example.com', otp: emu.outbox.latest()?.code ?? '', realm: 'email' });
  assert.equal(r.body.error_description, 'The verification code has expired. Please try to login again.');
  assert.equal((await c.raw('/__emulator/clock', { method: 'DELETE' })).status, 204);
  assert.equal((await postJson('/__emulator/clock', { advance_seconds: -1 })).status, 400);
});

test('faults: status and body, times, prefix match, preflights untouched', async () => {
  const f = await postJson('/__emulator/faults', { path: '/passwordless/*', status: 503, body: { error: 'temporarily_unavailable', error_description: 'Down' }, headers: { 'retry-after': '7' }, times: 2 });
  assert.equal(f.status, 201);
  assert.match(f.body.id, /^fault_/);
  const pre = await c.raw('/passwordless/start', { method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST' } });
  assert.equal(pre.status, 204);
  for (let i = 0; i < 2; i++) {
    const r = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'f@example.com' });
    assert.deepEqual([r.status, r.body, r.headers.get('retry-after')], [503, { error: 'temporarily_unavailable', error_description: 'Down' }, '7']);
    assert.equal(r.headers.get('access-control-allow-origin'), APP_ORIGIN, 'browser code can read the fault');
  }
  assert.equal((await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'f@example.com' })).status, 200);
  assert.equal(emu.outbox.list().length, 1, 'a status fault does not act');
  assert.equal((await postJson('/__emulator/faults', { path: 'nope' })).status, 400);
});

test('faults: drop, delay, and "after" (the work is done but the answer is lost)', async () => {
  await postJson('/__emulator/faults', { path: '/passwordless/start', drop: true });
  await assert.rejects(c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'drop@example.com' }));
  assert.equal(emu.outbox.list().length, 0);

  await postJson('/__emulator/faults', { path: '/passwordless/start', drop: true, after: true });
  await assert.rejects(c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'lost@example.com' }));
  assert.equal(emu.outbox.list().length, 1, 'the message was sent before the answer was lost');

  await postJson('/__emulator/faults', { path: '/.well-known/jwks.json', delay_ms: 300, method: 'GET' });
  const began = Date.now();
  const r = await c.raw('/.well-known/jwks.json');
  assert.equal(r.status, 200);
  assert.ok(Date.now() - began >= 280);
});

test('token defects: each makes the next ID token fail standard validation, then tokens are good again', async () => {
  const jwks = createRemoteJWKSet(new URL(`${emu.url}/.well-known/jwks.json`));
  /** @param {string} token */
  const verify = (token) => jwtVerify(token, jwks, { issuer: `${emu.url}/`, audience: 'demo-spa', algorithms: ['RS256'] });
  for (const defect of ['alg_none', 'hs256', 'bad_signature', 'unknown_kid', 'wrong_iss', 'wrong_aud', 'expired']) {
    assert.equal((await postJson('/__emulator/token-faults', { defect })).status, 201);
    const { id_token: token } = await idTokenFor(`${defect}@example.com`);
    await assert.rejects(verify(token), defect);
  }
  /** @type {[string, (h: any, p: any, access: string) => void][]} */
  const claimDefects = [
    ['wrong_nonce', (_h, p) => assert.notEqual(p.nonce, 'nonce-1')],
    ['missing_nonce', (_h, p) => assert.equal(p.nonce, undefined)],
    ['future_iat', (_h, p) => assert.ok(p.iat > Date.now() / 1000 + 600)],
    ['wrong_at_hash', (_h, p) => assert.ok(p.at_hash)],
  ];
  for (const [defect, check] of claimDefects) {
    await postJson('/__emulator/token-faults', { defect });
    const { id_token: token, access_token: access } = await idTokenFor(`${defect}@example.com`);
    check(decodeProtectedHeader(token), decodeJwt(token), access);
  }
  assert.equal(decodeProtectedHeader((await idTokenFor('ok@example.com')).id_token).alg, 'RS256');
  await verify((await idTokenFor('ok2@example.com')).id_token);
  assert.equal((await postJson('/__emulator/token-faults', { defect: 'nope' })).status, 400);
});

test('the log has method, path and status only: never codes, tokens or query strings', async () => {
  const { id_token: token } = await idTokenFor('log@example.com');
  const joined = logLines.join('\n');
  assert.match(joined, /POST \/co\/authenticate 200/);
  assert.match(joined, /GET \/authorize 302/);
  assert.ok(!joined.includes('?'));
  assert.ok(!joined.includes(token.slice(0, 20)));
  for (const m of emu.outbox.list()) assert.ok(!joined.includes(m.code));
});
