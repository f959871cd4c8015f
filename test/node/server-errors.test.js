// @ts-check
// Auth0 failures mapped to fixed codes (5xx, 429, timeouts, refused connections, a wrong secret), no retry of a
// start, and options that fail loudly at creation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPasswordlessHandler } from '../../server/index.js';
import { CANARY_SECRET, SESSION_SECRET, elementRequest, setup } from './server-helpers.js';

/** @type {Awaited<ReturnType<typeof setup>>} */
let t;
before(async () => (t = await setup({ timeoutMs: 400 })));
after(() => t.close());

const startBody = { connection: 'email', identifier: 'err@example.com' };
const startCalls = () => t.auth0Calls().filter((c) => c.url.endsWith('/passwordless/start')).length;

test('Auth0 5xx gives 503 service_unavailable with Retry-After, and the start is not retried', async () => {
  t.emulator.faults.add({ path: '/passwordless/start', status: 502, body: { error: 'server_error', error_description: 'Internal <b>details</b>' } });
  const before = startCalls();
  const r = await t.handler(elementRequest('start', startBody));
  assert.equal(r.status, 503);
  assert.ok(Number(r.headers.get('retry-after')) > 0);
  const body = await r.text();
  assert.deepEqual(JSON.parse(body), { error: 'service_unavailable' });
  assert.ok(!body.includes('details'));
  assert.equal(startCalls() - before, 1, 'exactly one call');
});

test('Auth0 429 gives rate_limited with its Retry-After', async () => {
  t.emulator.faults.add({ path: '/passwordless/start', status: 429, body: { error: 'too_many_requests' }, headers: { 'retry-after': '42' } });
  const r = await t.handler(elementRequest('start', { ...startBody, identifier: 'err2@example.com' }));
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), '42');
  assert.deepEqual(await r.json(), { error: 'rate_limited' });
});

test('Auth0 bad.email and bad.phone_number map to the input errors', async () => {
  t.emulator.faults.add({ path: '/passwordless/start', status: 400, body: { error: 'bad.email', error_description: 'error in email - email format validation failed: err3@example.com' } });
  const r = await t.handler(elementRequest('start', { ...startBody, identifier: 'err3@example.com' }));
  assert.equal(r.status, 400);
  assert.deepEqual(await r.json(), { error: 'invalid_email' });
  assert.ok(!t.logs.join('\n').includes('err3@example.com'), 'Auth0 descriptions are never logged');
});

test('a hang past timeoutMs gives 504 network, once', async () => {
  t.emulator.faults.add({ path: '/passwordless/start', delay_ms: 1500, status: 200, body: {} });
  const before = startCalls();
  const began = Date.now();
  const r = await t.handler(elementRequest('start', { ...startBody, identifier: 'slow@example.com' }));
  assert.equal(r.status, 504);
  assert.deepEqual(await r.json(), { error: 'network' });
  assert.ok(Date.now() - began < 1400);
  assert.equal(startCalls() - before, 1);
});

test('Auth0 unreachable gives 502 service_unavailable', async () => {
  const h = createPasswordlessHandler({ domain: 'http://localhost:1', clientId: 'x', clientSecret: CANARY_SECRET, sessionSecret: SESSION_SECRET, log: () => {} });
  const r = await h(elementRequest('start', startBody));
  assert.equal(r.status, 502);
  assert.deepEqual(await r.json(), { error: 'service_unavailable' });
});

test('a wrong client secret gives misconfigured, with a hint in the log and no secret anywhere', async () => {
  /** @type {string[]} */
  const logs = [];
  const wrong = 'wrong-secret-4b1d0c9e8f7a6b5c4d3e';
  const h = createPasswordlessHandler({ domain: t.emulator.url, clientId: 'test-regular', clientSecret: wrong, sessionSecret: SESSION_SECRET, log: (e) => logs.push(JSON.stringify(e)) });
  const r = await h(elementRequest('start', startBody));
  assert.equal(r.status, 502);
  const text = await r.text();
  assert.deepEqual(JSON.parse(text), { error: 'misconfigured' });
  assert.match(logs.join('\n'), /Passwordless OTP grant/);
  assert.ok(!logs.join('\n').includes(wrong));
  assert.ok(!text.includes(wrong));
});

test('options are checked at creation', () => {
  const base = { domain: 'example.eu.auth0.com', clientId: 'id', clientSecret: 'secret', sessionSecret: SESSION_SECRET };
  assert.throws(() => createPasswordlessHandler({ ...base, sessionSecret: 'short' }), /sessionSecret.*at least 32 characters/);
  assert.throws(() => createPasswordlessHandler({ ...base, clientSecret: '' }), /clientSecret/);
  assert.throws(() => createPasswordlessHandler({ ...base, send: 'link' }), /callbackUrl.*required/);
  assert.throws(() => createPasswordlessHandler({ ...base, domain: 'http://example.com' }), /https/);
  assert.throws(() => createPasswordlessHandler({ ...base, callbackUrl: '/relative' }), /absolute/);
  assert.doesNotThrow(() => createPasswordlessHandler(base));
});
