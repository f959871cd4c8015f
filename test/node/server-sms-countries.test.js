// @ts-check
// The `smsCountries` allow-list: a text message to a number of another country is refused with
// country_not_allowed before anything is counted, checked or sent; the country is the number's own region, so the
// countries that share +1 and +7 are told apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPasswordlessHandler } from '../../server/index.js';
import { elementRequest, outboxSize, setup, CANARY_SECRET, SESSION_SECRET } from './server-helpers.js';
import { REAL_KEYS, startProviderStandIn } from './server-provider-stand-in.js';

/**
 * @param {{ handler: (r: Request, c?: { clientIp?: string }) => Promise<Response> }} t @param {string} identifier
 * @param {Record<string, unknown>} [extra]
 */
function smsStart(t, identifier, extra = {}) {
  return t.handler(elementRequest('start', { connection: 'sms', identifier, ...extra }), { clientIp: '203.0.113.1' });
}

/** @param {Response} response */
async function refusedForCountry(response) {
  return response.status === 400 && (await response.json()).error === 'country_not_allowed';
}

test('numbers that share +1 are told apart by their own region: US, Canada, Jamaica, Puerto Rico', async () => {
  const us = await setup({ smsCountries: ['US'] });
  const ca = await setup({ smsCountries: ['CA'] });
  try {
    /** @type {[string, string][]} */
    const numbers = [['+1 212 555 0123', 'US'], ['+1 (416) 555-0123', 'CA'], ['+1 876 555 0123', 'JM'], ['+1 787 555 1234', 'PR'], ['+1 604 555 0199', 'CA'], ['+1 415 555 0199', 'US']];
    for (const [number, country] of numbers) {
      assert.equal(await refusedForCountry(await smsStart(us, number)), country !== 'US', `${number} with ['US']`);
      assert.equal(await refusedForCountry(await smsStart(ca, number)), country !== 'CA', `${number} with ['CA']`);
    }
    assert.equal(await outboxSize(us.emulator), 2, 'the two US numbers only');
    assert.equal(await outboxSize(ca.emulator), 2, 'the two Canadian numbers only');
  } finally {
    await us.close();
    await ca.close();
  }
});

test('+7: Kazakhstan and Russia apart; a list of several countries; lower case in the option', async () => {
  const t = await setup({ smsCountries: ['kz', 'GB', 'IE'] });
  try {
    assert.equal((await smsStart(t, '+7 701 234 5678')).status, 204, 'Kazakhstan');
    assert.ok(await refusedForCountry(await smsStart(t, '+7 916 123 4567')), 'Russia');
    assert.equal((await smsStart(t, '+44 7400 123456')).status, 204, 'United Kingdom');
    assert.equal((await smsStart(t, '+353 87 123 4567')).status, 204, 'Ireland');
    // +44 7911 1…: a Guernsey mobile range inside the UK's calling code, so not GB.
    assert.ok(await refusedForCountry(await smsStart(t, '+44 7911 123456')), 'Guernsey is not the United Kingdom');
    assert.equal(await outboxSize(t.emulator), 3);
  } finally {
    await t.close();
  }
});

test('a number of no country (international networks and services, a favourite of pumpers) is refused whenever a list is set', async () => {
  const listed = await setup({ smsCountries: ['GB'] });
  try {
    // Valid numbers of the non-geographic codes: Thuraya (+882 16), +883, Iridium (+881), Inmarsat (+870), +800, +979.
    for (const number of ['+88216 1234 5678', '+883 140 000 0000', '+881 6 12345678', '+870 773 111 632', '+800 1234 5678', '+979 123456789']) {
      assert.ok(await refusedForCountry(await smsStart(listed, number)), number);
    }
    assert.equal(await outboxSize(listed.emulator), 0);
  } finally {
    await listed.close();
  }
});

test('the refusal comes before everything: no count, no human check spent, nothing sent; email is not concerned', async () => {
  const provider = await startProviderStandIn();
  const t = await setup(
    { smsCountries: ['GB'], humanCheck: { provider: 'turnstile', ...REAL_KEYS.turnstile }, rateLimits: { perIp: { max: 1, windowSeconds: 3600 } } },
    { upstream: provider.upstream },
  );
  try {
    const token = provider.issue('turnstile');
    for (let i = 0; i < 3; i++) {
      const refused = await smsStart(t, '+1 212 555 0123', { captcha: token });
      assert.equal(refused.status, 400);
      assert.deepEqual(await refused.json(), { error: 'country_not_allowed' });
    }
    assert.equal(provider.verifications().length, 0, 'the token was not spent');
    assert.equal(t.auth0Calls().length, 0, 'nothing reached Auth0');
    assert.ok(t.logs.some((l) => l.includes('"outcome":"country_not_allowed"') && l.includes('"connection":"sms"')));
    assert.ok(!t.logs.some((l) => l.includes('212')), 'the number is not logged');
    // perIp allows one start: the refusals did not use it, and the same token still works.
    assert.equal((await smsStart(t, '+44 7400 123456', { captcha: token })).status, 204);
    assert.equal(await outboxSize(t.emulator), 1);
  } finally {
    await provider.close();
    await t.close();
  }
  const email = await setup({ smsCountries: ['GB'] });
  try {
    const sent = await email.handler(elementRequest('start', { connection: 'email', identifier: 'ada@example.us' }), { clientIp: '203.0.113.1' });
    assert.equal(sent.status, 204);
  } finally {
    await email.close();
  }
});

test('smsCountries is checked at creation: ISO 3166 alpha-2 codes only, not empty, and only with SMS', () => {
  const base = { domain: 'tenant.example.com', clientId: 'c', clientSecret: CANARY_SECRET, sessionSecret: SESSION_SECRET };
  assert.throws(() => createPasswordlessHandler({ ...base, smsCountries: ['UK'] }), /smsCountries.*ISO 3166 alpha-2.*unknown: UK/);
  assert.throws(() => createPasswordlessHandler({ ...base, smsCountries: ['GBR'] }), /unknown: GBR/);
  assert.throws(() => createPasswordlessHandler({ ...base, smsCountries: [] }), /non-empty list/);
  assert.throws(() => createPasswordlessHandler({ ...base, smsCountries: /** @type {any} */ ('GB') }), /smsCountries/);
  assert.throws(() => createPasswordlessHandler({ ...base, smsCountries: /** @type {any} */ ([44]) }), /unknown: 44/);
  assert.throws(() => createPasswordlessHandler({ ...base, connections: ['email'], smsCountries: ['GB'] }), /connections.*has no 'sms'/);
  assert.doesNotThrow(() => createPasswordlessHandler({ ...base, smsCountries: ['gb', 'GG', 'JE', 'IM'] }));
});
