// @ts-check
// Issue 15: throttles that protect the person, not only the service. A third party with many addresses tries to
// lock someone out (wrong codes, burnt starts), requests Auth0 never judged must not count, and one inbox or
// phone is one person however it is spelled. Time moves on node:test's mocked Date.
import { test, mock, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Jar, elementRequest, latestMessage, setup } from './server-helpers.js';

const VICTIM_IP = '203.0.113.77';
/** Ten attacker addresses. */
const ATTACKERS = Array.from({ length: 10 }, (_, i) => `198.51.100.${i + 1}`);

beforeEach(() => mock.timers.enable({ apis: ['Date'], now: Date.now() }));
afterEach(() => mock.timers.reset());

/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} identifier @param {string} ip @param {Jar} [jar] */
const start = (t, identifier, ip, jar) => t.handler(elementRequest('start', { connection: identifier.startsWith('+') ? 'sms' : 'email', identifier }, { jar }), { clientIp: ip });
/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} identifier @param {string} code @param {string} ip @param {Jar} [jar] */
const verify = (t, identifier, code, ip, jar) => t.handler(elementRequest('verify', { connection: 'email', identifier, code }, { jar }), { clientIp: ip });

/** A code that is not the one sent. @param {string} code */
const wrong = (code) => (code === '000000' ? '111111' : '000000');

test('ten wrong codes for someone else\'s address, from ten addresses, do not keep the person out: their next code signs them in', async () => {
  const t = await setup({}, { defaultLimits: true });
  try {
    const victim = new Jar();
    assert.equal(victim.store(await start(t, 'target@example.com', VICTIM_IP, victim)).status, 204);
    const { code } = await latestMessage(t.emulator, 'target@example.com');
    for (const ip of ATTACKERS) assert.notEqual((await verify(t, 'target@example.com', wrong(code), ip)).status, 200);
    // Auth0 kills a code after 3 wrong tries (its rule, not ours): the person asks for a new one, a cooldown later.
    mock.timers.tick(31_000);
    assert.equal(victim.store(await start(t, 'target@example.com', VICTIM_IP, victim)).status, 204);
    const fresh = await latestMessage(t.emulator, 'target@example.com');
    const signedIn = await verify(t, 'target@example.com', fresh.code, VICTIM_IP, victim);
    assert.equal(signedIn.status, 200, await signedIn.clone().text());
  } finally {
    await t.close();
  }
});

test('past the person\'s ceiling, a code sent afterwards to the browser that asked still works, within a small budget of its own; others stay refused', async () => {
  const t = await setup({}, { defaultLimits: true });
  try {
    // 10 refused codes (the default ceiling) from ten addresses.
    for (const ip of ATTACKERS) assert.equal((await verify(t, 'locked@example.com', '123456', ip)).status, 403);
    const refused = await verify(t, 'locked@example.com', '123456', '192.0.2.200');
    assert.equal(refused.status, 429, 'the ceiling holds for everyone without a fresh code');
    const victim = new Jar();
    assert.equal(victim.store(await start(t, 'locked@example.com', VICTIM_IP, victim)).status, 204);
    const { code } = await latestMessage(t.emulator, 'locked@example.com');
    // A typo first: the ticket's own budget takes it.
    assert.equal((await verify(t, 'locked@example.com', wrong(code), VICTIM_IP, victim)).status, 403);
    const signedIn = await verify(t, 'locked@example.com', code, VICTIM_IP, victim);
    assert.equal(signedIn.status, 200, await signedIn.clone().text());

    // The ticket's budget is small: an attacker who asks for a code from their own browser gets 3 tries, not more.
    mock.timers.tick(31_000);
    const attacker = new Jar();
    assert.equal(attacker.store(await start(t, 'locked@example.com', ATTACKERS[0], attacker)).status, 204);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await verify(t, 'locked@example.com', '123456', '192.0.2.201', attacker)).status);
    assert.deepEqual(statuses, [403, 403, 403, 429]);
  } finally {
    await t.close();
  }
});

test('only failures Auth0 judged count: requests it never saw (unreachable, malformed) leave the budgets untouched', async () => {
  let auth0Down = false;
  const t = await setup({
    rateLimits: { verifyPerIdentifierAndIp: { max: 2, windowSeconds: 900 }, verifyPerIdentifier: { max: 2, windowSeconds: 900 } },
    fetch: (input, init) => (auth0Down && String(input).endsWith('/oauth/token') ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init)),
  });
  try {
    assert.equal((await start(t, 'unseen@example.com', VICTIM_IP)).status, 204);
    const { code } = await latestMessage(t.emulator, 'unseen@example.com');
    auth0Down = true;
    for (let i = 0; i < 20; i++) assert.equal((await verify(t, 'unseen@example.com', code, VICTIM_IP)).status, 502);
    auth0Down = false;
    for (let i = 0; i < 20; i++) assert.equal((await verify(t, 'unseen@example.com', 'not a code', VICTIM_IP)).status, 400);
    const signedIn = await verify(t, 'unseen@example.com', code, VICTIM_IP);
    assert.equal(signedIn.status, 200, await signedIn.clone().text());
  } finally {
    await t.close();
  }
});

test('a third party cannot keep the owner from a usable code, however it times its starts: within the cooldown the owner\'s start is answered as sent and the code in the inbox signs them in', async () => {
  const t = await setup({}, { defaultLimits: true });
  try {
    for (let minute = 0; minute < 10; minute++) {
      // The attacker takes the person's slot the moment it reopens, from rotating addresses...
      for (const ip of ATTACKERS) await start(t, 'burnt@example.com', ip);
      // ...and the owner, asking at any moment (within their own budget: 5 per 15 minutes), is never refused and
      // never sends an extra message.
      mock.timers.tick(1000);
      if (minute % 3 !== 0) {
        mock.timers.tick(59_000);
        continue;
      }
      const owner = new Jar();
      const answer = owner.store(await start(t, 'burnt@example.com', VICTIM_IP, owner));
      assert.equal(answer.status, 204, `minute ${minute}`);
      assert.equal(answer.headers.get('x-passwordless-send'), 'code');
      if (minute === 9) {
        const { code } = await latestMessage(t.emulator, 'burnt@example.com');
        assert.equal((await verify(t, 'burnt@example.com', code, VICTIM_IP, owner)).status, 200, 'the live code signs the owner in');
      }
      mock.timers.tick(59_000);
    }
    const messages = await (await fetch(`${t.emulator.url}/__emulator/outbox?to=burnt@example.com`)).json();
    assert.ok(messages.length >= 5 && messages.length <= 10, `${messages.length}: at most one message per cooldown, none for the owner`);
  } finally {
    await t.close();
  }
});

test('in link mode a start within the cooldown waits for it (a link is bound to the browser that asked)', async () => {
  const t = await setup({ send: 'link' }, { defaultLimits: true });
  try {
    assert.equal((await start(t, 'link-spacing@example.com', ATTACKERS[0])).status, 204);
    const held = await start(t, 'link-spacing@example.com', VICTIM_IP);
    assert.equal(held.status, 429);
    assert.ok(Number(held.headers.get('retry-after')) <= 30);
    mock.timers.tick(30_000);
    assert.equal((await start(t, 'link-spacing@example.com', VICTIM_IP)).status, 204);
  } finally {
    await t.close();
  }
});

test('one inbox is one person: +tags, Gmail dots, googlemail.com and case share the throttles; what is sent is what was typed', async () => {
  const t = await setup({}, { defaultLimits: true });
  try {
    assert.equal((await start(t, 'alice@gmail.com', VICTIM_IP)).status, 204);
    for (const alias of ['a.lice@gmail.com', 'Alice+promo@gmail.com', 'alice@googlemail.com', 'A.L.I.C.E+x@GoogleMail.com']) {
      assert.equal((await start(t, alias, VICTIM_IP)).status, 429, alias);
      assert.equal((await start(t, alias, '192.0.2.9')).status, 429, `${alias} from another address`);
    }
    assert.equal((await start(t, 'bob@gmail.com', VICTIM_IP)).status, 204, 'another inbox');
    const sent = t.auth0Calls().filter((c) => c.url.endsWith('/passwordless/start')).map((c) => JSON.parse(c.body).email);
    assert.deepEqual(sent, ['alice@gmail.com', 'bob@gmail.com']);
    // Dots count elsewhere only when the site says so; +tags everywhere.
    assert.equal((await start(t, 'j.doe@example.com', VICTIM_IP)).status, 204);
    assert.equal((await start(t, 'jdoe@example.com', VICTIM_IP)).status, 204);
    assert.equal((await start(t, 'jdoe+news@example.com', VICTIM_IP)).status, 429);
  } finally {
    await t.close();
  }
  const own = await setup({ dotInsensitiveDomains: ['example.com'] }, { defaultLimits: true });
  try {
    assert.equal((await start(own, 'j.doe@example.com', VICTIM_IP)).status, 204);
    assert.equal((await start(own, 'jdoe@example.com', VICTIM_IP)).status, 429);
  } finally {
    await own.close();
  }
});

test('one phone is one person: the UK trunk zero is one key; an impossible number is refused before anything is sent', async () => {
  const t = await setup({}, { defaultLimits: true });
  try {
    assert.equal((await start(t, '+44 7911 123456', VICTIM_IP)).status, 204);
    const before = t.auth0Calls().length;
    // The same phone in other spellings: within the cooldown, answered as sent (the same E.164), nothing new sent.
    assert.equal((await start(t, '+44 07911 123456', VICTIM_IP)).status, 204);
    assert.equal((await start(t, '+44 (0)7911-123-456', '192.0.2.9')).status, 204);
    for (const impossible of ['+1 555 0100', '+44 0', '+999 123456', '+4407700900123']) {
      const refused = await start(t, impossible, VICTIM_IP);
      assert.equal(refused.status, 400, impossible);
      assert.deepEqual(await refused.json(), { error: 'invalid_phone_number' });
    }
    assert.equal(t.auth0Calls().length, before, 'nothing sent');
    const sent = t.auth0Calls().filter((c) => c.url.endsWith('/passwordless/start')).map((c) => JSON.parse(c.body).phone_number);
    assert.deepEqual(sent, ['+447911123456']);
  } finally {
    await t.close();
  }
});

test('an IPv6 client is counted by its /64: rotating through its own addresses does not buy more tries', async () => {
  const t = await setup({}, { defaultLimits: true });
  try {
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await verify(t, 'v6@example.com', '123456', `2001:db8:aa:bb::${i.toString(16)}`)).status);
    assert.deepEqual(statuses, [403, 403, 403, 403, 403, 429], 'five per person and address, the sixth from the same /64 refused');
    assert.equal((await verify(t, 'v6@example.com', '123456', '2001:db8:aa:cc::1')).status, 403, 'another /64 is another address');
  } finally {
    await t.close();
  }
});
