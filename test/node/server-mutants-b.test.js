// @ts-check
// Rules of the throttles, the proxy handling, address normalisation and return paths that the other server tests
// reach only through the whole handler, pinned here one by one on the modules themselves (a mutation run found
// them unpinned). Time moves on node:test's mocked Date.
import { test, mock, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { memoryStore, redisStore, StoreUnavailableError } from '../../server/index.js';
import { createThrottles } from '../../server/throttle.js';
import { inboxKey, throttleKey, DOTLESS_DOMAINS } from '../../server/throttle-key.js';
import { safeReturnPath, withParams, returnPathFor } from '../../server/return-path.js';
import { requestOrigin, clientIp, throttleAddress, isSecure } from '../../server/request.js';
import { resolveOptions } from '../../server/options.js';
import { Jar, elementRequest, latestMessage, setup } from './server-helpers.js';

beforeEach(() => mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 }));
afterEach(() => mock.timers.reset());

const BIG = { max: 1000, windowSeconds: 900 };
/**
 * Throttles on a fresh memory store (or the one given), every limit loose unless overridden.
 * @param {Record<string, { max: number, windowSeconds: number }>} limits @param {any} [store]
 */
function throttles(limits, store = memoryStore()) {
  const rateLimits = {
    perIdentifier: BIG, perIdentifierFromAnyone: BIG, perIp: BIG, perPhoneRange: BIG, global: BIG,
    verifyPerIdentifierAndIp: BIG, verifyPerIdentifier: BIG, verifyPerIp: BIG, verifyPerFreshCode: BIG, ...limits,
  };
  return createThrottles(/** @type {any} */ ({ store, rateLimits }));
}

/** A verification that Auth0 judged (a wrong code): reserve, then settle as judged. @param {any} t @param {any} who */
async function failedVerify(t, who) {
  const reservation = await t.verify(who);
  assert.equal(typeof reservation, 'object', 'the verification was allowed');
  await reservation.settle(true);
}

// --- throttle.js: starts ---

test('start: the last message sent is remembered per person, so another person\'s start does not hide it', async () => {
  const t = throttles({ perIdentifierFromAnyone: { max: 1, windowSeconds: 30 } });
  assert.deepEqual(await t.start({ person: 'bob', ip: 'ip1', spelling: 'bob-spelling' }), { wait: 0 });
  mock.timers.tick(1000);
  assert.equal((await t.start({ person: 'alice', ip: 'ip2', spelling: 'alice-spelling' })).wait, 0);
  const again = await t.start({ person: 'bob', ip: 'ip1', spelling: 'bob-spelling' });
  assert.ok(again.wait > 0);
  assert.equal(again.recent, Date.now() - 1000, 'answered as sent: Bob\'s own code is the live one');
});

test('start: without a client address there is no per (person, address) budget for anyone to spend', async () => {
  const t = throttles({ perIdentifier: { max: 1, windowSeconds: 900 } });
  assert.equal((await t.start({ person: 'p', ip: undefined, spelling: 's' })).wait, 0);
  assert.equal((await t.start({ person: 'p', ip: undefined, spelling: 's' })).wait, 0);
  // with an address, it counts
  assert.equal((await t.start({ person: 'p', ip: 'ip', spelling: 's' })).wait, 0);
  assert.ok((await t.start({ person: 'p', ip: 'ip', spelling: 's' })).wait > 0);
});

test('start: a spacing refusal whose last-sent record is gone (evicted) is a plain wait', async () => {
  const base = memoryStore();
  const t = throttles({ perIdentifierFromAnyone: { max: 1, windowSeconds: 30 } }, { ...base, read: async () => null });
  assert.equal((await t.start({ person: 'p', ip: 'ip', spelling: 's' })).wait, 0);
  const refused = await t.start({ person: 'p', ip: 'ip', spelling: 's' });
  assert.ok(refused.wait > 0);
  assert.equal(refused.recent, undefined);
});

test('start fails closed when the store cannot read or write the last-sent record', async () => {
  const base = memoryStore();
  let broken = false;
  const down = async () => { throw new Error('store down'); };
  const store = { ...base, read: (/** @type {string} */ k) => (broken ? down() : base.read(k)), write: (/** @type {string} */ k, /** @type {string} */ v, /** @type {number} */ s) => (broken ? down() : base.write(k, v, s)) };
  const t = throttles({ perIdentifierFromAnyone: { max: 1, windowSeconds: 30 } }, store);
  broken = true;
  await assert.rejects(t.start({ person: 'p', ip: 'ip', spelling: 's' }), /store down/, 'the write failed: nothing may be sent');
  broken = false;
  assert.equal((await t.start({ person: 'p', ip: 'ip', spelling: 's' })).wait, 0, 'the failed start was given back');
  broken = true;
  await assert.rejects(t.start({ person: 'p', ip: 'ip', spelling: 's' }), /store down/, 'the read within the cooldown failed');
});

// --- throttle.js: verifications ---

test('verify: failures are counted per client address across people', async () => {
  const t = throttles({ verifyPerIp: { max: 2, windowSeconds: 900 } });
  await failedVerify(t, { person: 'p1', ip: 'ip' });
  await failedVerify(t, { person: 'p2', ip: 'ip' });
  assert.equal(typeof (await t.verify({ person: 'p3', ip: 'ip' })), 'number');
  assert.equal(typeof (await t.verify({ person: 'p3', ip: 'other' })), 'object');
});

test('verify: without a client address there is no per (person, address) budget for anyone to spend', async () => {
  const t = throttles({ verifyPerIdentifierAndIp: { max: 1, windowSeconds: 900 } });
  await failedVerify(t, { person: 'p', ip: undefined });
  await failedVerify(t, { person: 'p', ip: undefined });
  await failedVerify(t, { person: 'p', ip: 'ip' });
  assert.equal(typeof (await t.verify({ person: 'p', ip: 'ip' })), 'number');
});

test('lockout: the lockout begins at the failure that used the person\'s last try, not at an earlier one', async () => {
  const t = throttles({ verifyPerIdentifier: { max: 2, windowSeconds: 900 } });
  await failedVerify(t, { person: 'p', ip: 'a1' });
  mock.timers.tick(1000);
  const ticket = { id: 'older', identifier: 'h', issued: Date.now(), exp: 0 };
  mock.timers.tick(1000);
  await failedVerify(t, { person: 'p', ip: 'a2' });
  mock.timers.tick(1000);
  assert.equal(typeof (await t.verify({ person: 'p', ip: 'victim', ticket })), 'number', 'a code sent before the lockout has no budget of its own');
  const fresh = { id: 'fresh', identifier: 'h', issued: Date.now(), exp: 0 };
  assert.equal(typeof (await t.verify({ person: 'p', ip: 'victim', ticket: fresh })), 'object', 'a code sent after it has');
});

test('lockout: each person has their own lockout moment', async () => {
  const t = throttles({ verifyPerIdentifier: { max: 1, windowSeconds: 900 } });
  await failedVerify(t, { person: 'alice', ip: 'a1' });
  mock.timers.tick(1000);
  const bobsTicket = { id: 'bob', identifier: 'h', issued: Date.now(), exp: 0 };
  mock.timers.tick(1000);
  await failedVerify(t, { person: 'bob', ip: 'a2' });
  mock.timers.tick(1000);
  assert.equal(typeof (await t.verify({ person: 'bob', ip: 'bob-ip', ticket: bobsTicket })), 'number', 'Bob\'s code predates Bob\'s lockout');
});

test('lockout: while the last try is still with Auth0 (no lockout moment yet), a code ticket does not open a budget', async () => {
  const t = throttles({ verifyPerIdentifier: { max: 1, windowSeconds: 900 } });
  const pending = await t.verify({ person: 'p', ip: 'a1' });
  assert.equal(typeof pending, 'object');
  const ticket = { id: 'x', identifier: 'h', issued: Date.now(), exp: 0 };
  assert.equal(typeof (await t.verify({ person: 'p', ip: 'a2', ticket })), 'number');
});

test('lockout: a fresh code\'s own budget is used only once the person\'s ceiling is reached', async () => {
  const t = throttles({ verifyPerIdentifier: { max: 2, windowSeconds: 60 }, verifyPerFreshCode: { max: 1, windowSeconds: 900 } });
  await failedVerify(t, { person: 'p', ip: 'a1' });
  mock.timers.tick(50_000);
  await failedVerify(t, { person: 'p', ip: 'a2' }); // lockout from now, for 60 s
  mock.timers.tick(5_000);
  const ticket = { id: 'fresh', identifier: 'h', issued: Date.now(), exp: 0 };
  mock.timers.tick(15_000); // the person's window has begun again; the lockout mark is still there
  await failedVerify(t, { person: 'p', ip: 'a3', ticket });
  assert.equal(typeof (await t.verify({ person: 'p', ip: 'a4', ticket })), 'object', 'the person\'s budget, not the ticket\'s');
});

test('verify fails closed when the store cannot read the lockout moment', async () => {
  const base = memoryStore();
  let broken = false;
  const store = { ...base, read: async (/** @type {string} */ k) => { if (broken) throw new Error('store down'); return base.read(k); } };
  const t = throttles({ verifyPerIdentifier: { max: 1, windowSeconds: 900 } }, store);
  await failedVerify(t, { person: 'p', ip: 'a1' });
  broken = true;
  await assert.rejects(t.verify({ person: 'p', ip: 'a2' }), /store down/);
});

// --- throttle-key.js ---

test('inbox keys: lower case; a local part that starts with + is not a tag; only googlemail.com becomes gmail.com', () => {
  assert.equal(inboxKey('Alice.Smith@Example.com', DOTLESS_DOMAINS), 'alice.smith@example.com');
  assert.notEqual(inboxKey('+a@example.com', DOTLESS_DOMAINS), inboxKey('+b@example.com', DOTLESS_DOMAINS));
  assert.equal(inboxKey('j.doe@example.com', [...DOTLESS_DOMAINS, 'example.com']), 'jdoe@example.com');
  assert.equal(inboxKey('j.doe@googlemail.com', DOTLESS_DOMAINS), 'jdoe@gmail.com');
});

test('each phone is its own throttle key', () => {
  assert.notEqual(throttleKey('sms', '+447911123456', DOTLESS_DOMAINS), throttleKey('sms', '+447911123457', DOTLESS_DOMAINS));
});

// --- request.js: forwarded headers ---

const INTERNAL = 'http://127.0.0.1:3000/auth/passwordless/start';
/** @param {Record<string, string>} headers */
const behindProxy = (headers) => new Request(INTERNAL, { headers });
const TRUST = /** @type {any} */ ({ trustProxy: 1 });

test('requestOrigin with a trusted proxy: proto and host each apply alone; http is a valid proto; garbage falls back', () => {
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Proto': 'https' })), 'https://127.0.0.1:3000');
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Host': 'shop.example' })), 'http://shop.example');
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Proto': 'http', 'X-Forwarded-Host': 'shop.example' })), 'http://shop.example');
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'shop.example:8443' })), 'https://shop.example:8443');
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Proto': 'javascript', 'X-Forwarded-Host': 'shop.example' })), 'http://127.0.0.1:3000');
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Host': '[1.2.3]' })), 'http://127.0.0.1:3000', 'a host the URL parser refuses');
});

test('forwarded lists: entries are trimmed, empty ones skipped, the trusted hop counted from the right', () => {
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Proto': 'http, https' })), 'https://127.0.0.1:3000');
  assert.equal(requestOrigin(TRUST, behindProxy({ 'X-Forwarded-Host': 'shop.example,' })), 'http://shop.example');
  assert.equal(clientIp(TRUST, behindProxy({ 'X-Forwarded-For': '198.51.100.4,' }), '10.0.0.2'), '198.51.100.4');
  assert.equal(clientIp(TRUST, behindProxy({ 'X-Forwarded-For': '1.1.1.1 , 198.51.100.4' }), '10.0.0.2'), '198.51.100.4');
});

test('clientIp: a trusted hop that is not an address falls back on the socket address', () => {
  for (const hop of ['unknown', 'zz198.51.100.4', '198.51.100.4zz', '198.51.100.4;evil']) {
    assert.equal(clientIp(TRUST, behindProxy({ 'X-Forwarded-For': hop }), '10.0.0.2'), '10.0.0.2', hop);
  }
  assert.equal(clientIp(TRUST, behindProxy({ 'X-Forwarded-For': '2001:db8::7' }), '10.0.0.2'), '2001:db8::7');
});

test('isSecure: auto is off only for plain http on a loopback host; an explicit setting wins', () => {
  const auto = /** @type {any} */ ({ trustProxy: 0, cookie: { secure: 'auto' } });
  for (const host of ['localhost:5173', '127.0.0.1:3000', '[::1]:3000']) assert.equal(isSecure(auto, new Request(`http://${host}/x`)), false, host);
  assert.equal(isSecure(auto, new Request('http://shop.example/x')), true);
  assert.equal(isSecure(auto, new Request('https://localhost/x')), true);
  assert.equal(isSecure(/** @type {any} */ ({ trustProxy: 0, cookie: { secure: true } }), new Request('http://localhost/x')), true);
  assert.equal(isSecure(/** @type {any} */ ({ trustProxy: 0, cookie: { secure: false } }), new Request('https://shop.example/x')), false);
});

// --- request.js: throttle addresses ---

test('throttleAddress: IPv4-mapped IPv6, in any spelling, counts as the IPv4 address', () => {
  for (const mapped of ['::ffff:192.168.100.200', '::FFFF:192.168.100.200', '0:0:0:0:0:ffff:192.168.100.200', '0000:0000:0000:0000:0000:ffff:192.168.100.200', '[::ffff:192.168.100.200]', '::ffff:192.168.100.200%eth0']) {
    assert.equal(throttleAddress(mapped), '192.168.100.200', mapped);
  }
  assert.equal(throttleAddress('192.168.100.200'), '192.168.100.200');
  assert.equal(throttleAddress('2001:db8::ffff:192.0.2.1'), '2001:db8:0:0::/64', 'an IPv4 tail on another prefix is not mapped');
});

test('throttleAddress: an IPv6 address counts by its /64, however it is spelled', () => {
  /** @type {[string, string][]} */
  const cases = [
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['[2001:db8::1]', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0000:0001::', '2001:db8:0:0::/64'],
    ['2001:DB8:0:0:ffff:1:2:3', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0001::', '2001:db8:0:1::/64'],
    ['2001::1:2:3:4:5:6', '2001:0:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ];
  for (const [ip, key] of cases) assert.equal(throttleAddress(ip), key, ip);
});

// --- return-path.js ---

test('return paths: 2,048 characters are allowed, longer raw values are refused even when they resolve short', () => {
  const longest = `/${'a'.repeat(2047)}`;
  assert.equal(safeReturnPath(longest), longest);
  assert.equal(safeReturnPath(`/${'a/../'.repeat(500)}`), null);
});

test('withParams: an outcome that would make the path too long goes to / with the outcome; one too long for / gives /', () => {
  assert.equal(withParams(`/${'a'.repeat(2030)}`, { passwordless: 'signed-in' }), '/?passwordless=signed-in');
  assert.equal(withParams('/', { passwordless: 'x'.repeat(3000) }), '/');
});

test('returnPathFor: the Referer counts only from an allowed origin and outside the handler\'s own routes', () => {
  const options = resolveOptions(/** @type {any} */ ({ domain: 'example.eu.auth0.com', clientId: 'id', clientSecret: 'secret', sessionSecret: 'x'.repeat(32), loginUrl: '/login' }));
  /** @param {string} referer */
  const from = (referer) => returnPathFor(options, new Request('https://site.example/auth/passwordless/start', { method: 'POST', headers: { Referer: referer } }), undefined);
  assert.equal(from('https://site.example/account?tab=1'), '/account?tab=1');
  assert.equal(from('https://evil.example/account'), '/login');
  assert.equal(from('https://site.example/auth/passwordless/callback'), '/login');
});

// --- pipeline.js, through the handler ---

/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} identifier @param {string} ip @param {Jar} [jar] */
const startAt = (t, identifier, ip, jar) => t.handler(elementRequest('start', { connection: 'email', identifier }, { jar }), { clientIp: ip });
/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} identifier @param {string} code @param {string} ip @param {Jar} [jar] */
const verifyAt = (t, identifier, code, ip, jar) => t.handler(elementRequest('verify', { connection: 'email', identifier, code }, { jar }), { clientIp: ip });
/** @param {string} code */
const wrongCode = (code) => (code === '000000' ? '111111' : '000000');

test('verify: sign-ins do not count against the person; wrong and expired codes do, and the refusal says rate_limited', async () => {
  const t = await setup({ rateLimits: { verifyPerIdentifier: { max: 2, windowSeconds: 900 } } });
  try {
    for (let i = 1; i <= 2; i++) {
      const jar = new Jar();
      jar.store(await startAt(t, 'ok@example.com', `203.0.113.${i}`, jar));
      const { code } = await latestMessage(t.emulator, 'ok@example.com');
      assert.equal((await verifyAt(t, 'ok@example.com', code, `203.0.113.${i}`, jar)).status, 200);
    }
    assert.equal((await verifyAt(t, 'ok@example.com', '123456', '203.0.113.9')).status, 403, 'two sign-ins left both tries');

    const wrongJar = new Jar();
    wrongJar.store(await startAt(t, 'wrong@example.com', '198.51.100.1', wrongJar));
    const sent = await latestMessage(t.emulator, 'wrong@example.com');
    const first = await verifyAt(t, 'wrong@example.com', wrongCode(sent.code), '198.51.100.1');
    assert.deepEqual([first.status, await first.json()], [403, { error: 'wrong_code' }]);
    assert.equal((await verifyAt(t, 'wrong@example.com', wrongCode(sent.code), '198.51.100.2')).status, 403);
    const refused = await verifyAt(t, 'wrong@example.com', sent.code, '198.51.100.3');
    assert.deepEqual([refused.status, await refused.json()], [429, { error: 'rate_limited' }]);

    assert.equal((await startAt(t, 'late@example.com', '192.0.2.1')).status, 204);
    const late = await latestMessage(t.emulator, 'late@example.com');
    mock.timers.tick(181_000);
    const expired = await verifyAt(t, 'late@example.com', late.code, '192.0.2.1');
    assert.deepEqual([expired.status, await expired.json()], [403, { error: 'code_expired' }]);
    assert.equal((await verifyAt(t, 'late@example.com', late.code, '192.0.2.2')).status, 403);
    assert.equal((await verifyAt(t, 'late@example.com', late.code, '192.0.2.3')).status, 429);
  } finally {
    await t.close();
  }
});

test('verify: a code Auth0 killed after too many wrong tries still counts against the person', async () => {
  const t = await setup({ rateLimits: { verifyPerIdentifier: { max: 5, windowSeconds: 900 } } });
  try {
    assert.equal((await startAt(t, 'max@example.com', '192.0.2.1')).status, 204);
    const { code } = await latestMessage(t.emulator, 'max@example.com');
    const answers = [];
    for (let i = 1; i <= 6; i++) {
      const response = await verifyAt(t, 'max@example.com', i <= 3 ? wrongCode(code) : code, `192.0.2.${i}`);
      answers.push(`${response.status} ${(await response.json()).error}`);
    }
    assert.deepEqual(answers, ['403 wrong_code', '403 wrong_code', '403 wrong_code', '403 too_many_attempts', '403 too_many_attempts', '429 rate_limited']);
  } finally {
    await t.close();
  }
});

test('lockout: a fresh code sent to someone else opens no budget for the locked-out person', async () => {
  const t = await setup({ rateLimits: { verifyPerIdentifier: { max: 1, windowSeconds: 900 } } });
  try {
    assert.equal((await verifyAt(t, 'locked@example.com', '123456', '198.51.100.1')).status, 403);
    assert.equal((await verifyAt(t, 'locked@example.com', '123456', '198.51.100.2')).status, 429);
    mock.timers.tick(1000);
    const jar = new Jar();
    assert.equal(jar.store(await startAt(t, 'other@example.com', '203.0.113.5', jar)).status, 204);
    assert.equal((await verifyAt(t, 'locked@example.com', '123456', '203.0.113.5', jar)).status, 429);
  } finally {
    await t.close();
  }
});

test('a connection the site did not enable is refused before anything is sent', async () => {
  const t = await setup({ connections: ['email'] });
  try {
    const refused = await t.handler(elementRequest('start', { connection: 'sms', identifier: '+447911123456' }), { clientIp: '203.0.113.1' });
    assert.equal(refused.status, 400);
    assert.equal((await refused.json()).error, 'misconfigured');
    assert.equal(t.auth0Calls().length, 0);
  } finally {
    await t.close();
  }
});

// --- store.js ---

test('memory store: an entry expires at its lifetime exactly, also between two sweeps', async () => {
  const store = memoryStore();
  assert.equal(await store.claim('k', 'v', 1), true);
  mock.timers.tick(999);
  assert.equal(await store.read('k'), 'v');
  mock.timers.tick(1);
  assert.equal(await store.read('k'), null);
  assert.equal(await store.claim('k', 'again', 1), true);
});

/** A stand-in for an ioredis client that records the commands it gets. @param {Record<string, unknown>} [overrides] */
function fakeRedis(overrides = {}) {
  /** @type {unknown[][]} */
  const calls = [];
  /** @type {any} */
  const client = {
    status: 'ready',
    defineCommand() {},
    set: async (/** @type {unknown[]} */ ...args) => { calls.push(args); return 'OK'; },
    get: async () => null,
    del: async () => 1,
    ...overrides,
  };
  return { client, calls };
}

test('redisStore: keys go under passwordless: unless told otherwise; update rewrites only an existing key and says whether it did', async () => {
  const { client, calls } = fakeRedis();
  const store = redisStore(client);
  assert.equal(await store.claim('k', 'v', 60), true);
  assert.equal(await store.update('k', 'v2', 60), true);
  assert.deepEqual(calls, [['passwordless:k', 'v', 'EX', 60, 'NX'], ['passwordless:k', 'v2', 'EX', 60, 'XX']]);
  const gone = redisStore(fakeRedis({ set: async () => null }).client);
  assert.equal(await gone.update('k', 'v', 60), false);
  const own = fakeRedis();
  await redisStore(own.client, { prefix: 'app:' }).update('k', 'v', 60);
  assert.equal(own.calls[0][0], 'app:k');
});

test('redisStore fails closed: a client not ready, or one that errs, is StoreUnavailableError', async () => {
  const notReady = fakeRedis({ status: 'connecting' });
  await assert.rejects(redisStore(notReady.client).claim('k', 'v', 60), (error) => error instanceof StoreUnavailableError && /connecting/.test(String(error.cause)));
  assert.equal(notReady.calls.length, 0, 'nothing was sent');
  const boom = new Error('boom');
  await assert.rejects(redisStore(fakeRedis({ set: async () => { throw boom; } }).client).update('k', 'v', 60), (error) => error instanceof StoreUnavailableError && error.cause === boom);
});

test('redisStore fails closed when Redis does not answer within timeoutMs', async () => {
  mock.timers.reset();
  mock.timers.enable({ apis: ['setTimeout'] });
  const store = redisStore(fakeRedis({ set: () => new Promise(() => {}) }).client, { timeoutMs: 10 });
  const pending = store.claim('k', 'v', 60);
  mock.timers.tick(10);
  await assert.rejects(pending, (error) => error instanceof StoreUnavailableError && error.cause === 'timeout');
});

test('redisStore refuses a client without status, defineCommand or set, a prefix that is not a string, and a timeout under 10 ms', () => {
  const { client } = fakeRedis();
  for (const bad of [null, { ...client, status: undefined }, { ...client, defineCommand: undefined }, { ...client, set: undefined }]) {
    assert.throws(() => redisStore(bad), /ioredis/, JSON.stringify(bad));
  }
  assert.throws(() => redisStore(client, /** @type {any} */ ({ prefix: 1 })), /prefix/);
  assert.throws(() => redisStore(client, { timeoutMs: 9 }), /timeoutMs/);
  assert.doesNotThrow(() => redisStore(client, { timeoutMs: 10 }));
});
