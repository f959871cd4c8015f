// @ts-check
// Throttling the backend must add (Auth0 does not rate-limit calls that carry the secret): per identifier, per
// IP, with Retry-After; X-Forwarded-For only from a trusted proxy; auth0-forwarded-for the client's address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementRequest, setup } from './server-helpers.js';

/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} identifier @param {{ ip?: string, xff?: string }} [from] */
async function start(t, identifier, from = {}) {
  const request = elementRequest('start', { connection: 'email', identifier }, { headers: from.xff ? { 'X-Forwarded-For': from.xff } : {} });
  return t.handler(request, { clientIp: from.ip ?? '203.0.113.1' });
}

test('per identifier: the 4th start within the window gets 429 with Retry-After, and is not sent', async () => {
  const t = await setup({ rateLimits: { perIdentifier: { max: 3, windowSeconds: 900 } } });
  try {
    for (let i = 0; i < 3; i++) assert.equal((await start(t, 'burst@example.com')).status, 204);
    const sentBefore = t.auth0Calls().length;
    const limited = await start(t, 'Burst@Example.com');
    assert.equal(limited.status, 429);
    assert.deepEqual(await limited.json(), { error: 'rate_limited' });
    const wait = Number(limited.headers.get('retry-after'));
    assert.ok(wait > 800 && wait <= 900, String(wait));
    assert.equal(t.auth0Calls().length, sentBefore);
    // Another identifier from another IP is not affected.
    assert.equal((await start(t, 'other@example.com', { ip: '198.51.100.7' })).status, 204);
  } finally {
    await t.close();
  }
});

test('per IP: enumeration across identifiers from one address is limited', async () => {
  const t = await setup({ rateLimits: { perIp: { max: 4, windowSeconds: 3600 } } });
  try {
    for (let i = 0; i < 4; i++) assert.equal((await start(t, `enum${i}@example.com`, { ip: '192.0.2.9' })).status, 204);
    const limited = await start(t, 'enum5@example.com', { ip: '192.0.2.9' });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 3000);
    // Without trustProxy, a client-supplied X-Forwarded-For does not change the key.
    const spoofed = await start(t, 'enum6@example.com', { ip: '192.0.2.9', xff: '10.9.9.9' });
    assert.equal(spoofed.status, 429);
    assert.equal((await start(t, 'enum7@example.com', { ip: '192.0.2.10' })).status, 204);
  } finally {
    await t.close();
  }
});

test('verify is throttled per identifier', async () => {
  const t = await setup({ rateLimits: { verifyPerIdentifier: { max: 2, windowSeconds: 900 } } });
  try {
    const verify = () => t.handler(elementRequest('verify', { connection: 'email', identifier: 'v@example.com', code: '000000' }), { clientIp: '203.0.113.5' });
    assert.notEqual((await verify()).status, 429);
    assert.notEqual((await verify()).status, 429);
    const limited = await verify();
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  } finally {
    await t.close();
  }
});

test('trustProxy: the IP comes from the trusted hop and goes to Auth0 as auth0-forwarded-for', async () => {
  const t = await setup({ trustProxy: true, rateLimits: { perIp: { max: 2, windowSeconds: 3600 } } });
  try {
    // The proxy appends the real client address last; whatever the client wrote before it is ignored.
    assert.equal((await start(t, 'p1@example.com', { ip: '10.0.0.1', xff: '1.1.1.1, 198.51.100.20' })).status, 204);
    assert.equal((await start(t, 'p2@example.com', { ip: '10.0.0.1', xff: '2.2.2.2, 198.51.100.20' })).status, 204);
    assert.equal((await start(t, 'p3@example.com', { ip: '10.0.0.1', xff: '3.3.3.3, 198.51.100.20' })).status, 429);
    assert.equal((await start(t, 'p4@example.com', { ip: '10.0.0.1', xff: '198.51.100.21' })).status, 204);
    const sent = t.auth0Calls().filter((c) => c.url.endsWith('/passwordless/start'));
    assert.equal(sent[0].headers['auth0-forwarded-for'], '198.51.100.20');
    assert.equal(sent.at(-1)?.headers['auth0-forwarded-for'], '198.51.100.21');
  } finally {
    await t.close();
  }
});
