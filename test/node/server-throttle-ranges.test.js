// @ts-check
// Throttles that count many keys as one: an IPv6 address by its /64 (IPv4 carried in IPv6 as the IPv4 address),
// and text messages by their range of 1,000 numbers (SMS pumping rents consecutive numbers). Plus the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementRequest, outboxSize, setup } from './server-helpers.js';
import { throttleAddress } from '../../server/request.js';
import { phoneRange } from '../../server/throttle-key.js';

/**
 * @param {{ handler: (r: Request, c?: { clientIp?: string }) => Promise<Response> }} t
 * @param {'email'|'sms'} connection @param {string} identifier @param {string} ip
 */
function start(t, connection, identifier, ip) {
  return t.handler(elementRequest('start', { connection, identifier }), { clientIp: ip });
}

test('throttleAddress: one key per /64 however an IPv6 address is spelled; IPv4 in IPv6 (mapped, NAT64) is the IPv4 address', () => {
  /** @type {[string, string][]} */
  const cases = [
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2:FFFF:FFFF:FFFF:FFFF', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:0000:0000:0000:0001', '2001:db8:1:2::/64'],
    ['[2001:db8:1:2::abcd]', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:db8:1:3::1', '2001:db8:1:3::/64'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['::ffff:c000:207', '192.0.2.7'],
    ['64:ff9b::192.0.2.7', '192.0.2.7'],
    ['64:ff9b::c000:207', '192.0.2.7'],
    ['192.0.2.7', '192.0.2.7'],
    ['192.000.002.007', '192.0.2.7'],
    ['not-an-address', 'not-an-address'],
  ];
  for (const [ip, key] of cases) assert.equal(throttleAddress(ip), key, ip);
  assert.notEqual(throttleAddress('2001:db8::ffff:192.0.2.7'), '192.0.2.7', 'an IPv4 tail on another prefix is IPv6');
});

test('per address, IPv6: the addresses of one /64 share one budget, another /64 has its own', async () => {
  const t = await setup({ rateLimits: { perIp: { max: 2, windowSeconds: 3600 } } });
  try {
    assert.equal((await start(t, 'email', 'a@example.com', '2001:db8:1:2::1')).status, 204);
    assert.equal((await start(t, 'email', 'b@example.com', '2001:db8:1:2:ffff::9')).status, 204);
    const limited = await start(t, 'email', 'c@example.com', '2001:db8:1:2:abcd:ef01:2345:6789');
    assert.equal(limited.status, 429, 'a third address of the same /64');
    assert.ok(Number(limited.headers.get('retry-after')) > 3000);
    assert.equal((await start(t, 'email', 'd@example.com', '2001:db8:1:3::1')).status, 204, 'the next /64');
    assert.equal(await outboxSize(t.emulator), 3);
  } finally {
    await t.close();
  }
});

test('per address: an IPv4 address counts once, whether it arrives as IPv4 or IPv4-mapped IPv6', async () => {
  const t = await setup({ rateLimits: { perIp: { max: 2, windowSeconds: 3600 } } });
  try {
    assert.equal((await start(t, 'email', 'a@example.com', '192.0.2.7')).status, 204);
    assert.equal((await start(t, 'email', 'b@example.com', '::ffff:192.0.2.7')).status, 204);
    assert.equal((await start(t, 'email', 'c@example.com', '::ffff:c000:207')).status, 429);
    assert.equal((await start(t, 'email', 'd@example.com', '192.0.2.8')).status, 204);
  } finally {
    await t.close();
  }
});

test('phoneRange: the E.164 number without its last 3 digits', () => {
  assert.equal(phoneRange('+447400123456'), 'sms-range:+447400123');
  assert.equal(phoneRange('+447400123000'), phoneRange('+447400123999'));
  assert.notEqual(phoneRange('+447400123999'), phoneRange('+447400124000'));
});

test('per phone range: different numbers of one range of 1,000 count together, from any address; the next range and email apart', async () => {
  const t = await setup({ rateLimits: { perPhoneRange: { max: 3, windowSeconds: 3600 } } });
  try {
    for (const [i, number] of ['+44 7400 123000', '+44 7400 123001', '+44 7400 123500'].entries()) {
      assert.equal((await start(t, 'sms', number, `198.51.100.${i + 1}`)).status, 204, number);
    }
    const limited = await start(t, 'sms', '+44 7400 123999', '198.51.100.9');
    assert.equal(limited.status, 429, 'a 4th number of the range, from a 4th address');
    assert.deepEqual(await limited.json(), { error: 'rate_limited' });
    assert.ok(Number(limited.headers.get('retry-after')) > 3000);
    assert.equal(await outboxSize(t.emulator), 3, 'not sent');
    assert.equal((await start(t, 'sms', '+44 7400 124000', '198.51.100.9')).status, 204, 'the next range');
    for (let i = 0; i < 4; i++) assert.equal((await start(t, 'email', `r${i}@example.com`, '198.51.100.20')).status, 204, 'email has no range');
  } finally {
    await t.close();
  }
});

test('a range refusal gives back the other counts: the refused person is not held by the spacing', async () => {
  const t = await setup({ rateLimits: { perPhoneRange: { max: 1, windowSeconds: 3600 }, perIdentifierFromAnyone: { max: 1, windowSeconds: 30 } } });
  try {
    assert.equal((await start(t, 'sms', '+44 7400 123000', '198.51.100.1')).status, 204);
    assert.equal((await start(t, 'sms', '+44 7400 123001', '198.51.100.2')).status, 429);
    // Had the refused start kept the person's 30-second spacing, this would be refused by the spacing instead
    // (a wait of about 30 s, not the range's hour).
    const again = await start(t, 'sms', '+44 7400 123001', '198.51.100.2');
    assert.ok(Number(again.headers.get('retry-after')) > 3000);
  } finally {
    await t.close();
  }
});

test('defaults: 20 starts per address per hour, the 21st refused', async () => {
  const t = await setup({}, { defaultLimits: true });
  try {
    for (let i = 1; i <= 20; i++) assert.equal((await start(t, 'email', `d${i}@example.com`, '192.0.2.77')).status, 204, `start ${i}`);
    const refused = await start(t, 'email', 'd21@example.com', '192.0.2.77');
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 3000);
    assert.equal(await outboxSize(t.emulator), 20);
  } finally {
    await t.close();
  }
});
