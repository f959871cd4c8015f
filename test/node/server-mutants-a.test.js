// @ts-check
// Behaviours the mutation run (group A) showed no test pinned: what a stored session record and a sealed session
// cookie must look like to count, the idle and absolute boundaries, when a read refreshes the idle clock and what
// the store is asked to keep, the session cookie size warning, which duplicate cookie wins, what logout clears
// under a custom name, the start cookie's entries (live, well-formed, newest three), and the code ticket spent by
// a verification. Mostly in-process against the modules themselves, on node:test's mocked Date.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createPasswordlessHandler, getSession, memoryStore, revokeSessions, StoreUnavailableError } from '../../server/index.js';
import { resolveOptions } from '../../server/options.js';
import { hashValue, seal } from '../../server/crypto.js';
import { readSession, startSession } from '../../server/session.js';
import { expiresIn, readStart, startCookie, START_MAX_AGE } from '../../server/start-cookie.js';
import { claimSlot, idempotencyKey, settleSlot } from '../../server/idempotency.js';
import { Jar, LOOSE_SPACING, SESSION_SECRET, elementRequest, latestMessage, setup } from './server-helpers.js';

const BASE = { domain: 'tenant.example.com', clientId: 'mutants-a', clientSecret: 'secret', sessionSecret: SESSION_SECRET, rateLimits: LOOSE_SPACING };
const PLAIN_SESSION = 'passwordless_session';
const PLAIN_START = 'passwordless_start';

/**
 * A store that records what it is asked to write and update (key, ttl), over a memory store.
 */
function recordingStore() {
  const base = memoryStore();
  /** @type {{ op: string, key: string, value: string, ttl: number }[]} */
  const ops = [];
  /** @type {import('../../server/store.js').PasswordlessStore} */
  const store = {
    limiter: (name, limit) => base.limiter(name, limit),
    claim: (key, value, ttl) => base.claim(key, value, ttl),
    read: (key) => base.read(key),
    write: async (key, value, ttl) => {
      ops.push({ op: 'write', key, value, ttl });
      return base.write(key, value, ttl);
    },
    update: async (key, value, ttl) => {
      ops.push({ op: 'update', key, value, ttl });
      return base.update(key, value, ttl);
    },
    release: (key) => base.release(key),
  };
  return { store, ops };
}

/** Resolved options over a recording store, with captured log entries. @param {Record<string, unknown>} [extra] */
function resolvedWith(extra = {}) {
  const { store, ops } = recordingStore();
  /** @type {Record<string, any>[]} */
  const logs = [];
  const raw = { ...BASE, store, log: (/** @type {any} */ e) => logs.push(e), ...extra };
  const options = resolveOptions(/** @type {any} */ (raw));
  return { options, raw, store, ops, logs };
}

/** A plain-http request carrying this Cookie header. @param {string} cookie */
const withCookie = (cookie) => elementRequest('session', undefined, { headers: { Cookie: cookie } });

/** The `name=value` pair of a Set-Cookie line. @param {string} setCookie */
const pair = (setCookie) => setCookie.split(';')[0];

/** The store key of a session id, as session.js derives it. @param {any} options @param {string} sid */
const recordKey = async (options, sid) => `session:${await hashValue(options, `sid:${sid}`, 16)}`;

/**
 * A session cookie sealed by hand (as only a holder of sessionSecret could), and its record written to the store.
 * @param {any} options @param {Record<string, unknown>} payload @param {Record<string, unknown> | null} record
 */
async function planted(options, payload, record) {
  const sid = typeof payload.sid === 'string' || typeof payload.sid === 'number' ? payload.sid : 'sid-1';
  if (record) await options.store.write(await recordKey(options, String(sid)), JSON.stringify(record), 3600);
  const value = await seal(options, 'session', { sid: 'sid-1', created: Date.now(), cookie: PLAIN_SESSION, user: { sub: 'auth0|planted' }, tokens: {}, ...payload }, 3600);
  return `${PLAIN_SESSION}=${value}`;
}

/** A good record for now. @param {number} now */
const goodRecord = (now) => ({ created: now, seen: now, expires: now + 3_600_000, epoch: '' });

test('a stored session record counts only with numeric seen and expires (a record missing its absolute end never lapses otherwise); a good one with the empty epoch of a never-revoked person counts', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options } = resolvedWith();
    const now = Date.now();
    assert.deepEqual(await readSession(options, withCookie(await planted(options, {}, goodRecord(now)))), { user: { sub: 'auth0|planted' }, tokens: {} });
    for (const [label, record] of /** @type {[string, Record<string, unknown>][]} */ ([
      ['no seen', { created: now, expires: now + 3_600_000, epoch: '' }],
      ['seen as text', { created: now, seen: String(now - 1000), expires: now + 3_600_000, epoch: '' }],
      ['no expires', { created: now, seen: now, epoch: '' }],
      ['expires as text', { created: now, seen: now, expires: String(now + 3_600_000), epoch: '' }],
    ])) {
      assert.equal(await readSession(options, withCookie(await planted(options, {}, record))), null, label);
    }
  } finally {
    mock.timers.reset();
  }
});

test('a sealed session cookie counts only under the name it was issued as, with a string session id and a user object that has a string sub', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options } = resolvedWith();
    const now = Date.now();
    // Each of these has a live record under its session id, so only the cookie's own shape refuses it.
    await options.store.write(await recordKey(options, '42'), JSON.stringify(goodRecord(now)), 3600);
    for (const [label, payload] of /** @type {[string, Record<string, unknown>][]} */ ([
      ['issued as the https name', { cookie: '__Host-passwordless' }],
      ['numeric session id', { sid: 42 }],
      ['no user', { user: undefined }],
      ['user is text', { user: 'auth0|planted' }],
      ['user is null', { user: null }],
      ['sub is a number', { user: { sub: 5 } }],
      ['no sub', { user: { name: 'x' } }],
    ])) {
      assert.equal(await readSession(options, withCookie(await planted(options, payload, goodRecord(now)))), null, label);
    }
  } finally {
    mock.timers.reset();
  }
});

test('idle and absolute lifetime end a session at the exact millisecond, each on its own', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options } = resolvedWith({ sessionIdleSeconds: 600, sessionMaxAgeSeconds: 3600 });
    const now = Date.now();
    const read = async (/** @type {Record<string, unknown>} */ record) => readSession(options, withCookie(await planted(options, {}, record)));
    assert.equal(await read({ created: now - 1000, seen: now - 1000, expires: now, epoch: '' }), null, 'absolute end reached, recently seen');
    assert.notEqual(await read({ created: now - 1000, seen: now - 1000, expires: now + 1, epoch: '' }), null, 'one ms before the absolute end');
    assert.equal(await read({ created: now - 600_000, seen: now - 600_000, expires: now + 3_000_000, epoch: '' }), null, 'idle exactly sessionIdleSeconds');
    assert.notEqual(await read({ created: now - 599_999, seen: now - 599_999, expires: now + 3_000_000, epoch: '' }), null, 'one ms short of idle');
  } finally {
    mock.timers.reset();
  }
});

test('a read refreshes the idle clock only once a minute (a tenth of a shorter idle timeout), from that minute exactly', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options, ops } = resolvedWith({ sessionIdleSeconds: 3600, sessionMaxAgeSeconds: 8 * 3600 });
    const cookie = await startSession(options, withCookie(''), { user: { sub: 'auth0|touch' }, tokens: {} });
    const request = withCookie(pair(cookie));
    const updates = () => ops.filter((o) => o.op === 'update').length;
    assert.ok(await readSession(options, request));
    mock.timers.tick(30_000);
    assert.ok(await readSession(options, request));
    assert.equal(updates(), 0, 'no store write for reads within the minute');
    mock.timers.tick(29_999);
    assert.ok(await readSession(options, request));
    assert.equal(updates(), 0, 'still within the minute');
    mock.timers.tick(1);
    assert.ok(await readSession(options, request));
    assert.equal(updates(), 1, 'refreshed at exactly one minute');
    assert.equal(JSON.parse(ops.at(-1)?.value ?? '{}').seen, Date.now());
  } finally {
    mock.timers.reset();
  }
});

test('the store keeps a session record for the idle timeout, never past the absolute end', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options, ops } = resolvedWith({ sessionIdleSeconds: 600, sessionMaxAgeSeconds: 900 });
    const cookie = await startSession(options, withCookie(''), { user: { sub: 'auth0|ttl' }, tokens: {} });
    const written = ops.find((o) => o.op === 'write' && o.key.startsWith('session:'));
    assert.equal(written?.ttl, 600, 'the idle timeout, in seconds');
    const request = withCookie(pair(cookie));
    mock.timers.tick(500_000);
    assert.ok(await readSession(options, request));
    assert.equal(ops.at(-1)?.op, 'update');
    assert.equal(ops.at(-1)?.ttl, 400, 'the 400 s left of the absolute lifetime, shorter than the idle timeout');
  } finally {
    mock.timers.reset();
  }
});

test('a session cookie over 4000 characters is logged as a warning (at 4000 it is not)', async () => {
  const { options, logs } = resolvedWith();
  const sizeOf = async (/** @type {number} */ pad) => {
    logs.length = 0;
    const cookie = await startSession(options, withCookie(''), { user: { sub: 'auth0|big', pad: 'x'.repeat(pad) }, tokens: {} });
    return pair(cookie).length - PLAIN_SESSION.length - 1;
  };
  const warned = () => logs.filter((e) => e.outcome === 'cookie_too_large');
  assert.ok((await sizeOf(10)) < 4000);
  assert.deepEqual(warned(), [], 'a small session: no warning');
  assert.ok((await sizeOf(5000)) > 4000);
  assert.equal(warned().length, 1);
  const [entry] = warned();
  assert.equal(entry.level, 'warn');
  assert.equal(entry.event, 'session');
  assert.match(entry.hint, /4000 bytes/);
  // Find a padding that makes the value exactly 4000 characters (base64url skips some lengths; try a few).
  let exact = -1;
  for (let pad = 2700; pad < 2800 && exact < 0; pad++) if ((await sizeOf(pad)) === 4000) exact = pad;
  assert.ok(exact > 0, 'a 4000-character cookie value');
  await sizeOf(exact);
  assert.deepEqual(warned(), [], 'exactly 4000: no warning');
});

test('a logger that throws does not break a sign-in, even one whose session cookie is too large (the warning goes through log())', async () => {
  const { options } = resolvedWith({ log: () => { throw new Error('the logger is down'); } });
  const cookie = await startSession(options, withCookie(''), { user: { sub: 'auth0|big', pad: 'x'.repeat(5000) }, tokens: {} });
  assert.ok(pair(cookie).length > 4000, 'a large session still gets its cookie');
});

test('revokeSessions needs a non-empty sub', async () => {
  const { raw } = resolvedWith();
  await assert.rejects(revokeSessions('', /** @type {any} */ (raw)), (error) => error instanceof TypeError && /`sub`/.test(error.message));
});

test('of two cookies with the same name, the first one sent is read', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options, raw } = resolvedWith();
    const live = await planted(options, {}, goodRecord(Date.now()));
    assert.ok(await getSession(withCookie(`${live}; ${PLAIN_SESSION}=garbage`), /** @type {any} */ (raw)));
    assert.equal(await getSession(withCookie(`${PLAIN_SESSION}=garbage; ${live}`), /** @type {any} */ (raw)), null);
  } finally {
    mock.timers.reset();
  }
});

test('logout clears a custom session cookie name once, and only among the session names', async () => {
  const handler = createPasswordlessHandler(/** @type {any} */ ({ ...BASE, store: memoryStore(), cookie: { name: '__Host-custom' } }));
  const response = await handler(elementRequest('logout', {}));
  assert.equal(response.status, 204);
  const names = response.headers.getSetCookie().map((c) => pair(c).split('=')[0]);
  assert.deepEqual(names.sort(), ['__Host-custom', '__Host-passwordless', '__Host-passwordless-confirm', '__Host-passwordless-start', '__Host-passwordless-form', 'passwordless_confirm', 'passwordless_session', 'passwordless_start', 'passwordless_form'].sort());
});

test('expiresIn counts seconds from now', () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_999 });
  try {
    assert.equal(expiresIn(60), 1_800_000_060);
  } finally {
    mock.timers.reset();
  }
});

/** A start cookie sealed by hand. @param {any} options @param {Record<string, unknown>} payload */
async function plantedStart(options, payload) {
  return withCookie(`${PLAIN_START}=${await seal(options, 'start', { cookie: PLAIN_START, pending: [], codes: [], ...payload }, START_MAX_AGE)}`);
}

test('the start cookie: nothing without one or under another name; only live, well-formed entries (a link with its state, a ticket with id and issue time)', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options } = resolvedWith();
    const now = Math.floor(Date.now() / 1000);
    const empty = { present: false, pending: [], codes: [] };
    assert.deepEqual(await readStart(options, withCookie('')), empty);
    assert.deepEqual(await readStart(options, await plantedStart(options, { cookie: '__Host-passwordless-start', pending: [{ state: 's', nonce: 'n', returnTo: '/', identifier: 'h', exp: now + 60 }] })), empty);
    const link = { state: 's', nonce: 'n', returnTo: '/', identifier: 'h', exp: now + 60 };
    const ticket = { id: 't', identifier: 'h', issued: Date.now(), exp: now + 60 };
    const read = await readStart(options, await plantedStart(options, {
      pending: [null, link, { ...link, state: 1 }, { ...link, identifier: 5 }, { ...link, exp: now }, { ...link, exp: now - 1 }, { state: 's', exp: now + 60 }],
      codes: [ticket, { ...ticket, id: 3 }, { ...ticket, issued: 'then' }, { ...ticket, exp: now }, { ...ticket, identifier: undefined }, { id: 'x', issued: 1, identifier: 'h' }],
    }));
    assert.deepEqual(read, { present: true, pending: [link], codes: [ticket] });
  } finally {
    mock.timers.reset();
  }
});

test('the start cookie keeps the newest three of each; one link and one ticket are kept; none at all deletes it', async () => {
  mock.timers.enable({ apis: ['Date'], now: 1_800_000_000_000 });
  try {
    const { options } = resolvedWith();
    const exp = Math.floor(Date.now() / 1000) + 60;
    const links = [1, 2, 3, 4, 5].map((i) => ({ state: `s${i}`, nonce: 'n', returnTo: '/', identifier: 'h', exp }));
    const tickets = [1, 2, 3, 4, 5].map((i) => ({ id: `t${i}`, identifier: 'h', issued: i, exp }));
    const many = await startCookie(options, withCookie(''), { pending: links, codes: tickets });
    const kept = await readStart(options, withCookie(pair(many)));
    assert.deepEqual(kept.pending.map((p) => p.state), ['s3', 's4', 's5']);
    assert.deepEqual(kept.codes.map((c) => c.id), ['t3', 't4', 't5']);
    const one = await startCookie(options, withCookie(''), { pending: [links[0]], codes: [tickets[0]] });
    assert.deepEqual(await readStart(options, withCookie(pair(one))), { present: true, pending: [links[0]], codes: [tickets[0]] });
    const none = await startCookie(options, withCookie(''), { pending: [], codes: [] });
    assert.ok(none.startsWith(`${PLAIN_START}=;`), none);
    assert.match(none, /Max-Age=0/);
  } finally {
    mock.timers.reset();
  }
});

/**
 * A handler on a store with some operations replaced, and an Auth0 stub that answers 200 `{}` (or waits for
 * `auth0.gate` when set); log entries captured.
 * @param {Partial<import('../../server/store.js').PasswordlessStore>} [faults] @param {Record<string, unknown>} [extra]
 */
function stubbedHandler(faults = {}, extra = {}) {
  const base = memoryStore();
  const store = { ...base, ...faults };
  /** @type {Record<string, any>[]} */
  const logs = [];
  /** @type {string[]} */
  const calls = [];
  /** @type {{ gate: Promise<void> | undefined }} */
  const auth0 = { gate: undefined };
  const raw = {
    ...BASE,
    store,
    log: (/** @type {any} */ e) => logs.push(e),
    fetch: async (/** @type {any} */ input) => {
      calls.push(String(input));
      if (auth0.gate) await auth0.gate;
      return Response.json({});
    },
    ...extra,
  };
  const handler = createPasswordlessHandler(/** @type {any} */ (raw));
  /** @param {Record<string, unknown>} fields */
  const logged = (fields) => logs.some((e) => Object.entries(fields).every(([k, v]) => e[k] === v));
  return { handler, store, base, logs, logged, calls, auth0, options: resolveOptions(/** @type {any} */ (raw)) };
}

const DOWN = () => Promise.reject(new StoreUnavailableError(new Error('ECONNREFUSED')));

test('/session: no cookie at all is 401 with nothing to clear; a store that cannot answer is 503, logged as the session route', async () => {
  const s = stubbedHandler();
  const none = await s.handler(elementRequest('session'));
  assert.equal(none.status, 401);
  assert.deepEqual(none.headers.getSetCookie(), []);
  const down = stubbedHandler({ read: DOWN });
  const cookie = await planted(down.options, {}, null);
  const refused = await down.handler(withCookie(cookie));
  assert.equal(refused.status, 503);
  assert.ok(down.logged({ level: 'error', event: 'session', outcome: 'service_unavailable', status: 503 }), JSON.stringify(down.logs));
});

test('logout is logged as ok; a store that cannot end the session is 503, logged as logout', async () => {
  const s = stubbedHandler();
  assert.equal((await s.handler(elementRequest('logout', {}))).status, 204);
  assert.ok(s.logged({ level: 'info', event: 'logout', outcome: 'ok', status: 204 }), JSON.stringify(s.logs));
  const down = stubbedHandler({ release: DOWN });
  const cookie = await planted(down.options, {}, null);
  const refused = await down.handler(elementRequest('logout', {}, { headers: { Cookie: cookie } }));
  assert.equal(refused.status, 503);
  assert.ok(down.logged({ level: 'error', event: 'logout', outcome: 'service_unavailable', status: 503 }), JSON.stringify(down.logs));
});

test('a verification spends the code ticket of the person it signed in and keeps the others; a browser holding none for them keeps its start cookie as it is', async () => {
  const t = await setup();
  try {
    const { options } = resolvedWith();
    const jar = new Jar();
    for (const who of ['spent@example.com', 'kept@example.com']) {
      assert.equal(jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: who }, { jar }))).status, 204);
    }
    const before = await readStart(options, withCookie(jar.header()));
    assert.equal(before.codes.length, 2);
    const spent = await hashValue(options, 'email:spent@example.com');
    const { code } = await latestMessage(t.emulator, 'spent@example.com');
    const verified = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'spent@example.com', code }, { jar }));
    assert.equal(verified.status, 200);
    const starts = verified.headers.getSetCookie().filter((c) => c.startsWith(`${PLAIN_START}=`));
    assert.equal(starts.length, 1, 'the start cookie is rewritten');
    const after = await readStart(options, withCookie(pair(starts[0])));
    assert.deepEqual(after.codes, before.codes.filter((c) => c.identifier !== spent));
    assert.equal(after.codes.length, 1);
    const logs = t.logs.map((l) => JSON.parse(l));
    assert.ok(logs.some((e) => e.level === 'info' && e.event === 'verify' && e.outcome === 'ok' && e.status === 200 && e.identifier === spent));
    // Another browser, holding a ticket only for someone else, finishes the other person's code: its start cookie
    // is left alone, only the session cookie is set.
    const jar2 = new Jar();
    assert.equal(jar2.store(await t.handler(elementRequest('start', { connection: 'email', identifier: 'third@example.com' }, { jar: jar2 }))).status, 204);
    const other = await latestMessage(t.emulator, 'kept@example.com');
    const elsewhere = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'kept@example.com', code: other.code }, { jar: jar2 }));
    assert.equal(elsewhere.status, 200);
    assert.deepEqual(elsewhere.headers.getSetCookie().map((c) => pair(c).split('=')[0]), [PLAIN_SESSION]);
  } finally {
    await t.close();
  }
});

test('a verification whose session the store cannot record is 503, with no session cookie', async () => {
  const base = memoryStore();
  const t = await setup({ store: { ...base, write: (key, value, ttl) => (key.startsWith('session:') ? DOWN() : base.write(key, value, ttl)) } });
  try {
    const jar = new Jar();
    assert.equal(jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: 'down@example.com' }, { jar }))).status, 204);
    const { code } = await latestMessage(t.emulator, 'down@example.com');
    const response = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'down@example.com', code }, { jar }));
    assert.equal(response.status, 503);
    assert.deepEqual(await response.json(), { error: 'service_unavailable' });
    assert.ok(!response.headers.getSetCookie().some((c) => c.startsWith(`${PLAIN_SESSION}=`)));
  } finally {
    await t.close();
  }
});

test('Idempotency-Key: a structured-field string is its content; quotes elsewhere are part of the key', () => {
  const keyOf = (/** @type {string} */ value) => idempotencyKey(new Request('http://localhost/', { headers: { 'Idempotency-Key': value } }));
  assert.equal(keyOf('"abc"'), 'abc');
  assert.equal(keyOf('a"b"'), 'a"b"');
  assert.equal(keyOf('"a"b'), '"a"b');
  assert.equal(keyOf('abc'), 'abc');
});

test('the idempotency slot: a slot that vanished between claim and read counts as in progress; an answer is kept with its ticket or link only when Auth0 was asked', async () => {
  const { options } = resolvedWith();
  const vanished = { ...options, store: { ...options.store, claim: async () => false, read: async () => null } };
  assert.deepEqual(await claimSlot(/** @type {any} */ (vanished), 'slot'), { pending: true });
  const exp = Math.floor(Date.now() / 1000) + 60;
  const ticket = { id: 't', identifier: 'h', issued: 1, exp };
  const link = { state: 's', nonce: 'n', returnTo: '/', identifier: 'h', exp };
  /** @type {[string, import('../../server/idempotency.js').StartOutcome][]} */
  const outcomes = [
    ['code', { status: 204, send: 'code', sent: true, ticket }],
    ['link', { status: 204, send: 'link', sent: true, link }],
    ['failed after asking', { status: 502, error: 'service_unavailable', sent: true }],
  ];
  for (const [label, outcome] of outcomes) {
    const slot = `slot-${label}`;
    assert.equal(await claimSlot(options, slot), null);
    await settleSlot(options, slot, outcome);
    assert.deepEqual(await claimSlot(options, slot), { link: undefined, ticket: undefined, ...outcome }, label);
  }
  assert.equal(await claimSlot(options, 'slot-refused'), null);
  await settleSlot(options, 'slot-refused', { status: 429, error: 'rate_limited', retryAt: Date.now() + 1000, sent: false });
  assert.equal(await claimSlot(options, 'slot-refused'), null, 'a start refused before asking Auth0 is judged afresh');
});

/** @param {ReturnType<typeof stubbedHandler>} s @param {string} key @param {string} [identifier] */
const keyedStart = (s, key, identifier = 'keyed@example.com') =>
  s.handler(elementRequest('start', { connection: 'email', identifier }, { headers: { 'Idempotency-Key': key } }));

test('a repeat while the first start is in flight is 409 rate_limited (wait 1 s); once answered, a repeat is logged as one', async () => {
  const s = stubbedHandler();
  /** @type {() => void} */
  let open = () => {};
  s.auth0.gate = new Promise((resolve) => (open = () => resolve()));
  const first = keyedStart(s, 'k1');
  while (s.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
  const during = await keyedStart(s, 'k1');
  assert.equal(during.status, 409);
  assert.equal(during.headers.get('retry-after'), '1');
  assert.deepEqual(await during.json(), { error: 'rate_limited' });
  assert.ok(s.logged({ event: 'start', outcome: 'rate_limited', status: 409, identifier: await hashValue(s.options, 'email:keyed@example.com') }), JSON.stringify(s.logs));
  open();
  assert.equal((await first).status, 204);
  assert.equal((await keyedStart(s, 'k1')).status, 204);
  assert.ok(s.logged({ level: 'info', event: 'start', outcome: 'repeat', status: 204 }), JSON.stringify(s.logs));
  assert.equal(s.calls.length, 1);
});

test('Idempotency-Key and the store: a claim the store cannot make is 503 and nothing is sent; an answer it cannot keep is still given, and logged', async () => {
  const noClaim = stubbedHandler({ claim: DOWN });
  assert.equal((await keyedStart(noClaim, 'k2')).status, 503);
  assert.equal(noClaim.calls.length, 0);
  const base = memoryStore();
  const noKeep = stubbedHandler({ write: (key, value, ttl) => (key.startsWith('start-key:') ? DOWN() : base.write(key, value, ttl)) });
  assert.equal((await keyedStart(noKeep, 'k3')).status, 204);
  assert.ok(noKeep.logged({ level: 'error', event: 'store', outcome: 'service_unavailable' }), JSON.stringify(noKeep.logs));
  assert.match(noKeep.logs.find((e) => e.event === 'store')?.hint ?? '', /store/);
});

test('Idempotency-Key: a start that fails with a bug frees its key (a repeat is judged afresh, not 409); a malformed key is logged with whose start it was', async () => {
  const base = memoryStore();
  const fault = { on: true };
  const s = stubbedHandler({
    limiter(name, limit) {
      const real = base.limiter(name, limit);
      return { ...real, consume: async (key) => { if (fault.on) throw new TypeError('a bug in a custom store'); return real.consume(key); } };
    },
  });
  assert.equal((await keyedStart(s, 'k4')).status, 500);
  fault.on = false;
  assert.equal((await keyedStart(s, 'k4')).status, 204);
  const bad = await keyedStart(s, 'two words');
  assert.equal(bad.status, 400);
  assert.ok(s.logged({ event: 'start', outcome: 'misconfigured', status: 400, connection: 'email', identifier: await hashValue(s.options, 'email:keyed@example.com') }), JSON.stringify(s.logs));
});
