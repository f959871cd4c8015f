// @ts-check
// The Idempotency-Key window on one instance (the default memory store): a repeat within 60 s gets the first
// answer with one call to Auth0, failures are repeated too, and a malformed key is refused before anything is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementRequest, outboxSize, setup } from './server-helpers.js';

/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} identifier @param {string} key */
function start(t, identifier, key) {
  return t.handler(elementRequest('start', { connection: 'email', identifier }, { headers: { 'Idempotency-Key': key } }), { clientIp: '203.0.113.20' });
}

test('a repeated Idempotency-Key gets the first answer again, and only one message goes out', async () => {
  const t = await setup();
  try {
    const key = crypto.randomUUID();
    const first = await start(t, 'repeat@example.com', key);
    const second = await start(t, 'Repeat@Example.com', key);
    assert.equal(first.status, 204);
    assert.equal(second.status, 204);
    assert.equal(second.headers.get('x-passwordless-send'), 'code');
    assert.equal(await outboxSize(t.emulator), 1);
    assert.equal(t.auth0Calls().length, 1);
  } finally {
    await t.close();
  }
});

test('a refused start is repeated as refused, with the wait that is left, and still nothing is sent', async () => {
  const t = await setup({ rateLimits: { perIdentifier: { max: 1, windowSeconds: 900 } } });
  try {
    assert.equal((await start(t, 'limited@example.com', crypto.randomUUID())).status, 204);
    const key = crypto.randomUUID();
    const refused = await start(t, 'limited@example.com', key);
    const again = await start(t, 'limited@example.com', key);
    assert.equal(refused.status, 429);
    assert.equal(again.status, 429);
    assert.ok(Number(again.headers.get('retry-after')) <= Number(refused.headers.get('retry-after')));
    assert.equal(await outboxSize(t.emulator), 1);
  } finally {
    await t.close();
  }
});

test('a malformed Idempotency-Key is refused with 400 and nothing is sent', async () => {
  const t = await setup();
  try {
    for (const key of ['', 'x'.repeat(256), 'two words']) {
      const response = await start(t, 'malformed@example.com', key);
      assert.equal(response.status, 400, JSON.stringify(key));
      assert.deepEqual(await response.json(), { error: 'misconfigured' });
    }
    assert.equal(t.auth0Calls().length, 0);
  } finally {
    await t.close();
  }
});
