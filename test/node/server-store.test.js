// @ts-check
// The stores themselves: the memory store's window and sharing, and the options that would make a store
// misbehave, refused when the handler is created.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createPasswordlessHandler, memoryStore, redisStore } from '../../server/index.js';
import { LOOSE_SPACING, elementRequest, setup } from './server-helpers.js';

const BASE = { domain: 'example.eu.auth0.com', clientId: 'id', clientSecret: 'secret', sessionSecret: 'x'.repeat(32) };

test('memory store: a claimed slot holds until it expires or is released; entries of different lifetimes expire each on time; update writes only what is there', async () => {
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  try {
    const store = memoryStore();
    assert.equal(await store.claim('a', 'first', 60), true);
    assert.equal(await store.claim('a', 'second', 60), false);
    assert.equal(await store.read('a'), 'first');
    await store.write('long', 'session', 3600);
    await store.write('a', 'kept', 30);
    assert.equal(await store.read('a'), 'kept');
    mock.timers.tick(30_001);
    assert.equal(await store.read('a'), null, 'expired, although written after a longer-lived entry');
    assert.equal(await store.read('long'), 'session');
    assert.equal(await store.update('a', 'back', 60), false, 'an expired key is not brought back');
    assert.equal(await store.read('a'), null);
    assert.equal(await store.update('long', 'renewed', 60), true);
    assert.equal(await store.read('long'), 'renewed');
    assert.equal(await store.claim('a', 'again', 60), true);
    await store.release('a');
    assert.equal(await store.read('a'), null, 'released');
  } finally {
    mock.timers.reset();
  }
});

test('memory store limiter: refused requests are not counted, so giving back the allowed ones reopens the window', async () => {
  const limiter = memoryStore().limiter('t', { max: 2, windowSeconds: 900 });
  assert.deepEqual(await limiter.consume('k'), { wait: 0, remaining: 1 });
  assert.deepEqual(await limiter.consume('k'), { wait: 0, remaining: 0 });
  for (let i = 0; i < 5; i++) assert.ok((await limiter.consume('k')).wait > 0);
  await limiter.refund('k');
  await limiter.refund('k');
  assert.equal((await limiter.consume('k')).wait, 0, 'the five refusals left no count behind');
});

test('options that would weaken sessions or the proxy handling are refused at creation', () => {
  for (const [options, message] of /** @type {[Record<string, unknown>, RegExp][]} */ ([
    [{ trustProxy: '1' }, /trustProxy/],
    [{ trustProxy: 1.5 }, /trustProxy/],
    [{ trustProxy: -1 }, /trustProxy/],
    [{ cookie: { name: 'sid' } }, /__Host-/],
    [{ cookie: { name: '__Secure-sid' } }, /__Host-/],
    [{ cookie: { name: '__Host-a;b' } }, /__Host-/],
    [{ cookie: { sameSite: 'None' } }, /sameSite/],
    [{ sessionIdleSeconds: 7200, sessionMaxAgeSeconds: 3600 }, /sessionIdleSeconds/],
    [{ sessionMaxAgeSeconds: 31 * 24 * 3600 }, /30 days/],
    [{ verifyWithoutStore: true }, /removed/],
    [{ loginUrl: '/..//evil.example' }, /loginUrl/],
  ])) {
    assert.throws(() => createPasswordlessHandler(/** @type {any} */ ({ ...BASE, ...options })), message, JSON.stringify(options));
  }
  assert.doesNotThrow(() => createPasswordlessHandler({ ...BASE, trustProxy: 2, cookie: { name: '__Host-app-session' } }));
});

test('memory store: two handlers given the same store count together (e.g. a code handler and a link handler)', async () => {
  const t = await setup();
  try {
    const store = memoryStore();
    const rateLimits = { ...LOOSE_SPACING, perIdentifier: { max: 2, windowSeconds: 900 } };
    const code = createPasswordlessHandler({ ...t.options, store, rateLimits });
    const link = createPasswordlessHandler({ ...t.options, store, rateLimits, send: 'link', basePath: '/auth/link' });
    const start = (/** @type {string} */ route) =>
      new Request(`http://localhost:5173${route}/start`, { method: 'POST', headers: elementRequest('start', {}).headers, body: JSON.stringify({ connection: 'email', identifier: 'both@example.com' }) });
    assert.equal((await code(start('/auth/passwordless'), { clientIp: '203.0.113.40' })).status, 204);
    assert.equal((await link(start('/auth/link'), { clientIp: '203.0.113.40' })).status, 204);
    assert.equal((await code(start('/auth/passwordless'), { clientIp: '203.0.113.40' })).status, 429);
  } finally {
    await t.close();
  }
});

test('a window that is not a whole number of seconds is refused at creation (Redis would never expire it)', () => {
  for (const limit of [{ max: 3, windowSeconds: 0.5 }, { max: 3, windowSeconds: 0 }, { max: Infinity, windowSeconds: 60 }, { max: 1.5, windowSeconds: 60 }]) {
    assert.throws(() => createPasswordlessHandler({ ...BASE, rateLimits: { global: limit } }), /whole number of seconds/, JSON.stringify(limit));
  }
});

test('redisStore refuses a client that is not ioredis, and a store without every method', () => {
  assert.throws(() => redisStore(/** @type {any} */ ({ set: async () => 'OK', get: async () => null })), /ioredis/);
  assert.throws(() => redisStore(/** @type {any} */ ({ status: 'ready', defineCommand() {}, set: async () => 'OK' }), { timeoutMs: 0 }), /timeoutMs/);
  assert.throws(() => createPasswordlessHandler({ ...BASE, store: /** @type {any} */ ({ limiter() {}, claim() {} }) }), /memoryStore\(\) or redisStore/);
});
