// @ts-check
// Several instances behind a load balancer: two handlers that share one real redis-server count together (the
// request that crosses a limit is refused whichever instance gets it), hold one Idempotency-Key window, and
// refuse starts, sending nothing, when Redis goes away. Two handlers with memory stores show why this matters.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { startEmulator } from '../../emulator/index.js';
import { createPasswordlessHandler, memoryStore, redisStore } from '../../server/index.js';
import { CALLBACK, CANARY_SECRET, CLIENT_ID, Jar, LOOSE_SPACING, SESSION_SECRET, elementRequest, emulatorConfig, latestMessage, outboxSize } from './server-helpers.js';
import { skipWithoutRedis, startRedis } from '../helpers/redis-server.js';
import { REAL_KEYS, startProviderStandIn } from './server-provider-stand-in.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */
let emulator;
/** @type {Awaited<ReturnType<typeof startRedis>>} */
let redis;
/** @type {Redis[]} */
const clients = [];

before(async () => {
  emulator = await startEmulator({ port: 0, config: emulatorConfig() });
  if (!skipWithoutRedis) redis = await startRedis();
});

after(async () => {
  for (const client of clients) client.disconnect();
  await redis?.stop();
  await emulator?.close();
});

/** One instance's own connection, as a separate process would have (fails at once while Redis is away). */
function connect() {
  const client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 100 });
  clients.push(client);
  return client;
}

/** @param {Redis} client */
async function ready(client) {
  const deadline = Date.now() + 10_000;
  while (client.status !== 'ready') {
    if (Date.now() > deadline) throw new Error(`Redis client stuck in ${client.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Two handler instances against the shared emulator, each with its own options object and store.
 * @param {() => import('../../server/index.js').PasswordlessStore} store
 * @param {Partial<import('../../server/index.js').PasswordlessHandlerOptions>} [overrides]
 */
async function twoInstances(store, overrides = {}) {
  const firstClient = clients.length;
  /** @type {string[]} */
  const calls = [];
  /** @type {import('../../server/index.js').LogEntry[]} */
  const logs = [];
  const instances = [0, 1].map(() =>
    createPasswordlessHandler({
      domain: emulator.url,
      clientId: CLIENT_ID,
      clientSecret: CANARY_SECRET,
      sessionSecret: SESSION_SECRET,
      callbackUrl: CALLBACK,
      store: store(),
      fetch: async (input, init) => {
        calls.push(String(input));
        return fetch(input, init);
      },
      log: (entry) => logs.push(entry),
      ...overrides,
      rateLimits: { ...LOOSE_SPACING, ...overrides.rateLimits },
    }),
  );
  const own = clients.slice(firstClient);
  /** Waits until this pair's own Redis connections are ready (again, after an outage). */
  const connected = () => Promise.all(own.map(ready));
  await connected();
  return { instances, logs, connected, startCalls: () => calls.filter((url) => url.endsWith('/passwordless/start')).length };
}

/** @param {string} identifier @param {{ key?: string, jar?: Jar }} [opts] */
function startRequest(identifier, opts = {}) {
  return elementRequest('start', { connection: 'email', identifier }, { jar: opts.jar, headers: opts.key ? { 'Idempotency-Key': opts.key } : {} });
}

/** @param {string} identifier */
async function sentTo(identifier) {
  const list = await (await fetch(`${emulator.url}/__emulator/outbox?to=${encodeURIComponent(identifier)}`)).json();
  return list.length;
}

/** A test that needs redis-server: skipped, with the reason, where it is not installed (never in CI). */
const redisTest = (/** @type {string} */ name, /** @type {() => Promise<void>} */ fn) => test(`two instances sharing one Redis: ${name}`, { skip: skipWithoutRedis }, fn);

redisTest('one per-identifier limit: the start that crosses it is refused on either instance, and not sent', async () => {
  const prefix = `t1-${Date.now()}:`;
  const { instances, startCalls } = await twoInstances(() => redisStore(connect(), { prefix }), { rateLimits: { perIdentifier: { max: 3, windowSeconds: 900 } } });
  const [a, b] = instances;
  const who = 'shared-limit@example.com';
  for (const instance of [a, b, a]) assert.equal((await instance(startRequest(who), { clientIp: '203.0.113.1' })).status, 204);
  for (const instance of [b, a]) {
    const refused = await instance(startRequest(who), { clientIp: '203.0.113.1' });
    assert.equal(refused.status, 429);
    assert.deepEqual(await refused.json(), { error: 'rate_limited' });
    const wait = Number(refused.headers.get('retry-after'));
    assert.ok(wait > 800 && wait <= 900, String(wait));
  }
  assert.equal(await sentTo(who), 3);
  assert.equal(startCalls(), 3);
});

redisTest('a concurrent burst from many addresses spread over both instances sends no more than the limit', async () => {
  const prefix = `t2-${Date.now()}:`;
  const { instances } = await twoInstances(() => redisStore(connect(), { prefix }), { rateLimits: { perIdentifierFromAnyone: { max: 4, windowSeconds: 900 } } });
  const who = 'burst-two@example.com';
  const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => instances[i % 2](startRequest(who), { clientIp: `198.51.100.${i}` })));
  const statuses = answers.map((r) => r.status);
  // Past the limit, a start is refused, or answered as sent when that spelling was just sent to (the code in the
  // inbox is the live one): either way nothing more is sent.
  assert.ok(statuses.every((s) => s === 204 || s === 429), statuses.join(' '));
  assert.equal(await sentTo(who), 4);
});

redisTest('a start refused by one counter does not use up the others (the counts it took are given back)', async () => {
  const prefix = `t3-${Date.now()}:`;
  const { instances } = await twoInstances(() => redisStore(connect(), { prefix }), {
    rateLimits: { perIdentifierFromAnyone: { max: 2, windowSeconds: 900 }, perIp: { max: 1, windowSeconds: 3600 } },
  });
  const [a, b] = instances;
  assert.equal((await a(startRequest('refund-x@example.com'), { clientIp: '192.0.2.44' })).status, 204);
  // The person's counters allow this one, then the IP's refuses it: the person's counts are given back...
  assert.equal((await b(startRequest('refund-y@example.com'), { clientIp: '192.0.2.44' })).status, 429);
  // ...so refund-y still has both of its starts, from other addresses, on either instance.
  assert.equal((await a(startRequest('refund-y@example.com'), { clientIp: '192.0.2.45' })).status, 204);
  assert.equal((await b(startRequest('refund-y@example.com'), { clientIp: '192.0.2.46' })).status, 204);
  assert.equal((await a(startRequest('refund-y@example.com'), { clientIp: '192.0.2.47' })).status, 204, 'its third is over the limit of 2: answered as sent (the code just sent is live), not sent');
  assert.equal(await sentTo('refund-y@example.com'), 2);
});

redisTest('verification attempts are counted together too', async () => {
  const prefix = `t4-${Date.now()}:`;
  const { instances } = await twoInstances(() => redisStore(connect(), { prefix }), { rateLimits: { verifyPerIdentifier: { max: 2, windowSeconds: 900 } } });
  const who = 'verify-two@example.com';
  assert.equal((await instances[1](startRequest(who), { clientIp: '203.0.113.9' })).status, 204);
  const { code } = await latestMessage(emulator, who);
  const wrong = { connection: 'email', identifier: who, code: code === '000000' ? '111111' : '000000' };
  for (const instance of instances) {
    const response = await instance(elementRequest('verify', wrong), { clientIp: '203.0.113.9' });
    assert.equal(response.status, 403);
    assert.deepEqual(await response.json(), { error: 'wrong_code' });
  }
  // The third attempt, even with the right code, is refused before it reaches Auth0.
  const third = await instances[0](elementRequest('verify', { ...wrong, code }), { clientIp: '203.0.113.9' });
  assert.equal(third.status, 429);
});

redisTest('the Idempotency-Key window holds across instances: a repeat gets the first answer, one message', async () => {
  const prefix = `t5-${Date.now()}:`;
  const { instances, startCalls, logs } = await twoInstances(() => redisStore(connect(), { prefix }));
  const [a, b] = instances;
  const who = 'idem@example.com';
  const key = crypto.randomUUID();
  const first = await a(startRequest(who, { key }), { clientIp: '203.0.113.2' });
  const repeat = await b(startRequest(who, { key: `"${key}"` }), { clientIp: '203.0.113.2' });
  assert.equal(first.status, 204);
  assert.equal(repeat.status, 204);
  assert.equal(repeat.headers.get('x-passwordless-send'), 'code');
  assert.equal(await sentTo(who), 1);
  assert.equal(startCalls(), 1, 'one call to Auth0');
  assert.ok(logs.some((entry) => entry.event === 'start' && entry.outcome === 'repeat'));
  // The same key for someone else (a weak client-made key) is their own start, never the first person's answer.
  const other = await b(startRequest('someone-else@example.com', { key }), { clientIp: '203.0.113.2' });
  assert.equal(other.status, 204);
  assert.equal(await sentTo('someone-else@example.com'), 1);
  // A new key is a new send.
  assert.equal((await b(startRequest(who, { key: crypto.randomUUID() }), { clientIp: '203.0.113.2' })).status, 204);
  assert.equal(await sentTo(who), 2);
});

redisTest('the same key on both instances at once: one message; the loser is told to wait or gets the answer', async () => {
  const prefix = `t6-${Date.now()}:`;
  const { instances } = await twoInstances(() => redisStore(connect(), { prefix }));
  const who = 'idem-race@example.com';
  const key = crypto.randomUUID();
  const answers = await Promise.all(instances.map((instance) => instance(startRequest(who, { key }), { clientIp: '203.0.113.3' })));
  const statuses = answers.map((r) => r.status).sort();
  assert.ok(statuses.includes(204), statuses.join(' '));
  assert.ok(statuses.every((s) => s === 204 || s === 409), statuses.join(' '));
  const conflict = answers.find((r) => r.status === 409);
  if (conflict) assert.equal(conflict.headers.get('retry-after'), '1');
  assert.equal(await sentTo(who), 1);
});

redisTest('a magic link started on one instance and repeated on the other works from the repeat\'s cookie', async () => {
  const prefix = `t7-${Date.now()}:`;
  const { instances } = await twoInstances(() => redisStore(connect(), { prefix }), { send: 'link' });
  const [a, b] = instances;
  const who = 'idem-link@example.com';
  const key = crypto.randomUUID();
  // The first answer is lost on the way (its cookie never arrives); the repeat goes to the other instance.
  assert.equal((await a(startRequest(who, { key }), { clientIp: '203.0.113.4' })).status, 204);
  const jar = new Jar();
  const repeat = jar.store(await b(startRequest(who, { key, jar }), { clientIp: '203.0.113.4' }));
  assert.equal(repeat.status, 204);
  assert.equal(repeat.headers.get('x-passwordless-send'), 'link');
  assert.equal(await sentTo(who), 1);
  const message = await latestMessage(emulator, who);
  const landing = await fetch(/** @type {string} */ (message.link), { redirect: 'manual' });
  const callback = /** @type {string} */ (landing.headers.get('location'));
  const signedIn = await a(new Request(callback, { headers: { Cookie: jar.header(), 'Sec-Fetch-Site': 'cross-site' } }));
  assert.equal(signedIn.status, 302);
  assert.match(/** @type {string} */ (signedIn.headers.get('location')), /passwordless=signed-in/);
});

redisTest('Redis stopped mid-test: starts are refused with service_unavailable and nothing is sent', async () => {
  const prefix = `t8-${Date.now()}:`;
  const { instances, logs, startCalls, connected } = await twoInstances(() => redisStore(connect(), { prefix }));
  const [a, b] = instances;
  assert.equal((await a(startRequest('outage@example.com'), { clientIp: '203.0.113.5' })).status, 204);
  const before = await outboxSize(emulator);
  await redis.stop();
  try {
    for (const [instance, key] of [[a, undefined], [b, undefined], [a, crypto.randomUUID()]]) {
      const started = Date.now();
      const refused = await /** @type {typeof a} */ (instance)(startRequest('outage@example.com', { key: /** @type {string|undefined} */ (key) }), { clientIp: '203.0.113.5' });
      assert.equal(refused.status, 503);
      assert.deepEqual(await refused.json(), { error: 'service_unavailable' });
      assert.equal(refused.headers.get('retry-after'), '30');
      assert.ok(Date.now() - started < 2000, 'refused quickly, not after a hang');
    }
    assert.equal(await outboxSize(emulator), before, 'nothing was sent');
    assert.equal(startCalls(), 1, 'Auth0 was not called');
    // Verification is refused too unless the site opts in.
    const verify = await b(elementRequest('verify', { connection: 'email', identifier: 'outage@example.com', code: '123456' }), { clientIp: '203.0.113.5' });
    assert.equal(verify.status, 503);
    assert.ok(logs.some((entry) => entry.event === 'start' && entry.status === 503 && /store \(Redis\)/.test(entry.hint ?? '')));
  } finally {
    await redis.start();
  }
  await connected();
  assert.equal((await b(startRequest('outage-after@example.com'), { clientIp: '203.0.113.5' })).status, 204, 'works again once Redis is back');
});

redisTest('sessions live in Redis: signed in on one instance, read and ended on the other; with Redis down every session read fails closed (503), and nothing is signed in', async () => {
  const prefix = `t9-${Date.now()}:`;
  const { instances, connected } = await twoInstances(() => redisStore(connect(), { prefix }));
  const [a, b] = instances;
  const who = 'two-instances@example.com';
  const jar = new Jar();
  assert.equal((await a(startRequest(who), { clientIp: '203.0.113.6' })).status, 204);
  const { code } = await latestMessage(emulator, who);
  assert.equal(jar.store(await a(elementRequest('verify', { connection: 'email', identifier: who, code }, { jar }), { clientIp: '203.0.113.6' })).status, 200);
  const copy = jar.header();
  assert.equal((await b(elementRequest('session', undefined, { jar }))).status, 200, 'the other instance knows the session');
  assert.equal(jar.store(await b(elementRequest('logout', {}, { jar }))).status, 204);
  const replayed = await a(elementRequest('session', undefined, { headers: { Cookie: copy } }));
  assert.equal(replayed.status, 401, 'a copy of the cookie is dead on every instance after logout');
  assert.equal(jar.store(await a(startRequest(who, { jar }), { clientIp: '203.0.113.6' })).status, 204, 'the code ticket');
  const again = await latestMessage(emulator, who);
  assert.equal(jar.store(await a(elementRequest('verify', { connection: 'email', identifier: who, code: again.code }, { jar }), { clientIp: '203.0.113.6' })).status, 200);
  await redis.stop();
  try {
    const down = await b(elementRequest('session', undefined, { jar }));
    assert.equal(down.status, 503, 'not 401 (that would sign the person out) and not 200 (unchecked)');
    assert.deepEqual(await down.json(), { error: 'service_unavailable' });
    assert.equal((await b(elementRequest('logout', {}, { jar }))).status, 503, 'a logout that cannot end the session says so');
  } finally {
    await redis.start();
  }
  await connected();
  // This test's redis-server keeps nothing on disk, so its restart lost every session: signed out, not let in.
  assert.equal((await a(elementRequest('session', undefined, { jar }))).status, 401);
});

redisTest('a Redis that hangs (not down) is given up on after timeoutMs and starts are refused', async () => {
  const prefix = `t10-${Date.now()}:`;
  const { instances } = await twoInstances(() => redisStore(connect(), { prefix, timeoutMs: 300 }));
  const before = await outboxSize(emulator);
  redis.pause();
  try {
    const started = Date.now();
    const refused = await instances[0](startRequest('hang@example.com'), { clientIp: '203.0.113.7' });
    assert.equal(refused.status, 503);
    assert.ok(Date.now() - started < 1500, `${Date.now() - started} ms`);
  } finally {
    redis.resume();
  }
  assert.equal(await outboxSize(emulator), before);
});

test('two instances with memory stores each count alone: the limit multiplies (why Redis is needed)', async () => {
  const { instances, startCalls } = await twoInstances(() => memoryStore(), { rateLimits: { perIdentifier: { max: 2, windowSeconds: 900 } } });
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await instances[i % 2](startRequest('alone@example.com'), { clientIp: '203.0.113.8' })).status);
  assert.deepEqual(statuses, [204, 204, 204, 204, 429, 429]);
  assert.equal(startCalls(), 4);
});

redisTest("the README's Redis example, run as written: two copies (two instances) share one limit", async () => {
  const readme = await readFile(new URL('../../server/README.md', import.meta.url), 'utf8');
  const match = /## Several instances: a shared Redis store[\s\S]*?```js\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'server/README.md has the Redis example');
  const settings = { REDIS_URL: redis.url, AUTH0_DOMAIN: emulator.url, AUTH0_CLIENT_ID: CLIENT_ID, AUTH0_CLIENT_SECRET: CANARY_SECRET, SESSION_SECRET };
  const saved = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
  Object.assign(process.env, settings);
  // Inside the repository, so `passwordless-login/server` resolves to this package. Two files = two instances.
  const dir = new URL('../../.tmp/', import.meta.url);
  await mkdir(dir, { recursive: true });
  /** @type {{ handler: (request: Request, context?: object) => Promise<Response>, redis: Redis }[]} */
  const copies = [];
  for (const name of ['readme-redis-a.mjs', 'readme-redis-b.mjs']) {
    const file = new URL(name, dir);
    await writeFile(file, `${match[1]}\nexport { redis };\n`);
    copies.push(await import(`${file.href}?${Date.now()}`));
  }
  try {
    for (const copy of copies) await ready(copy.redis);
    await copies[0].redis.flushall();
    const who = 'readme-redis@example.com';
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await copies[i % 2].handler(startRequest(who), { clientIp: `203.0.113.${30 + i}` })).status);
    assert.deepEqual(statuses, [204, 204, 204, 204], 'within the 30 s, a start for the same spelling is answered as sent, on either copy');
    assert.equal(await sentTo(who), 1);
  } finally {
    for (const copy of copies) copy.redis.disconnect();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});

redisTest('the human check: a token spent on one instance is refused on the other, and a mark made on one is read on the other', async () => {
  const prefix = `t-check-${Date.now()}:`;
  const provider = await startProviderStandIn();
  try {
    const humanCheck = { provider: /** @type {const} */ ('turnstile'), ...REAL_KEYS.turnstile, required: /** @type {const} */ ('after_failures') };
    const { instances } = await twoInstances(() => redisStore(connect(), { prefix }), { humanCheck, fetch: provider.upstream, rateLimits: { perIdentifier: { max: 1, windowSeconds: 900 } } });
    const [a, b] = instances;
    /** @param {string} who @param {string} [captcha] */
    const withToken = (who, captcha) => elementRequest('start', { connection: 'email', identifier: who, captcha });
    // A throttled start on one instance marks the address; the other instance asks that address for the check.
    assert.equal((await a(withToken('mark@example.com'), { clientIp: '192.0.2.90' })).status, 204);
    assert.equal((await a(withToken('mark@example.com'), { clientIp: '192.0.2.90' })).status, 429);
    const asked = await b(withToken('other@example.com'), { clientIp: '192.0.2.90' });
    assert.equal((await asked.json()).error, 'captcha_required');
    const token = provider.issue('turnstile');
    // Another person (the refusal kept other's count, and perIdentifier allows 1).
    assert.equal((await b(withToken('fourth@example.com', token), { clientIp: '192.0.2.90' })).status, 204);
    const replayed = await a(withToken('third@example.com', token), { clientIp: '192.0.2.90' });
    assert.equal((await replayed.json()).error, 'invalid_captcha');
    assert.equal(provider.verifications().length, 1, 'the replay was refused from the shared store');
    assert.equal(await sentTo('third@example.com'), 0);
  } finally {
    await provider.close();
  }
});
