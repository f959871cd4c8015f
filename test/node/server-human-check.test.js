// @ts-check
// Backend mode's human check (the `humanCheck` option): refused starts send nothing and carry the widget to show,
// tokens are verified with the provider (a local stand-in of each verify endpoint, with the documented test keys),
// once, failing closed; the Idempotency-Key window and the throttles around it; the after_failures policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementRequest, exposed, outboxSize, setup } from './server-helpers.js';
import { REAL_KEYS, startProviderStandIn, TEST_KEYS, TURNSTILE_FAILS, TURNSTILE_SPENT } from './server-provider-stand-in.js';
import { MAX_TOKEN_LENGTH, VERIFY_URLS } from '../../server/human-check.js';

/** @typedef {'turnstile'|'hcaptcha'|'recaptcha'} Provider */

/**
 * A handler with a human check, its emulator and a provider stand-in.
 * @param {Record<string, unknown>} humanCheck @param {Record<string, unknown>} [overrides]
 */
async function withCheck(humanCheck, overrides = {}) {
  const provider = await startProviderStandIn();
  const t = await setup({ humanCheck: /** @type {any} */ (humanCheck), ...overrides }, { upstream: provider.upstream });
  return {
    ...t,
    provider,
    /** Calls that reached Auth0 (the emulator), not the provider. */
    sentToAuth0: () => t.auth0Calls().filter((c) => c.url.startsWith(t.emulator.url)).length,
    close: async () => {
      await provider.close();
      await t.close();
    },
  };
}

/**
 * A start as the element sends it.
 * @param {{ handler: (r: Request, c?: { clientIp?: string }) => Promise<Response> }} t
 * @param {Record<string, unknown>} body @param {{ ip?: string|null, key?: string }} [from]
 */
function start(t, body, from = {}) {
  const request = elementRequest('start', { connection: 'email', identifier: 'ada@example.com', ...body }, { headers: from.key ? { 'Idempotency-Key': from.key } : {} });
  return t.handler(request, from.ip === null ? {} : { clientIp: from.ip ?? '203.0.113.1' });
}

/** @param {Provider} provider @param {string} siteKey */
const widget = (provider, siteKey) => ({ provider, siteKey });

test('each provider with its documented test keys: no token is captcha_required, a wrong one invalid_captcha (with the widget, nothing sent); the test token sends', async () => {
  for (const name of /** @type {Provider[]} */ (['turnstile', 'hcaptcha', 'recaptcha'])) {
    const keys = TEST_KEYS[name];
    const t = await withCheck({ provider: name, siteKey: keys.siteKey, secret: keys.secret });
    try {
      const missing = await start(t, { identifier: `${name}-1@example.com` });
      assert.equal(missing.status, 400, name);
      assert.deepEqual(await missing.json(), { error: 'captcha_required', humanCheck: widget(name, keys.siteKey) }, name);
      assert.equal(t.provider.verifications().length, 0, `${name}: nothing to verify, the provider is not asked`);
      if (name !== 'recaptcha') {
        // reCAPTCHA's test secret passes every token; its refusals are tested with a real site's keys below.
        const wrong = await start(t, { identifier: `${name}-2@example.com`, captcha: 'not-the-test-token' });
        assert.equal(wrong.status, 400, name);
        assert.deepEqual(await wrong.json(), { error: 'invalid_captcha', humanCheck: widget(name, keys.siteKey) }, name);
      }
      assert.equal(t.sentToAuth0(), 0, `${name}: nothing reached Auth0`);
      assert.equal(await outboxSize(t.emulator), 0, `${name}: nothing was sent`);

      const passed = await start(t, { identifier: `${name}-3@example.com`, captcha: keys.token });
      assert.equal(passed.status, 204, name);
      assert.equal(await outboxSize(t.emulator), 1, `${name}: one message`);
      const asked = t.provider.verifications().at(-1);
      assert.ok(asked, name);
      assert.equal(asked.provider, name);
      assert.equal(asked.contentType, 'application/x-www-form-urlencoded');
      assert.equal(asked.form.get('secret'), keys.secret);
      assert.equal(asked.form.get('response'), keys.token);
      assert.equal(asked.form.get('remoteip'), '203.0.113.1');
      assert.equal(asked.form.get('sitekey'), name === 'hcaptcha' ? keys.siteKey : null, `${name}: only hCaptcha takes the site key`);
      assert.ok(t.calls.some((c) => c.url === VERIFY_URLS[name]), `${name}: the provider's own verify URL, through the fetch option`);
    } finally {
      await t.close();
    }
  }
});

test("Turnstile's failing test secrets (2x always fails, 3x token already spent) refuse with invalid_captcha and send nothing", async () => {
  for (const secret of [TURNSTILE_FAILS, TURNSTILE_SPENT]) {
    const t = await withCheck({ provider: 'turnstile', siteKey: TEST_KEYS.turnstile.siteKey, secret });
    try {
      const refused = await start(t, { captcha: TEST_KEYS.turnstile.token });
      assert.equal(refused.status, 400, secret);
      assert.equal((await refused.json()).error, 'invalid_captcha', secret);
      assert.equal(t.provider.verifications().length, 1);
      assert.equal(await outboxSize(t.emulator), 0);
    } finally {
      await t.close();
    }
  }
});

test("a real site's keys: a token passes once, and only for this site's host; a token from elsewhere, unknown or replayed is refused", async () => {
  for (const name of /** @type {Provider[]} */ (['turnstile', 'hcaptcha', 'recaptcha'])) {
    const t = await withCheck({ provider: name, ...REAL_KEYS[name] });
    try {
      const token = t.provider.issue(name, 'localhost'); // the page is http://localhost:5173
      assert.equal((await start(t, { identifier: `${name}-a@example.com`, captcha: token })).status, 204, name);
      const elsewhere = await start(t, { identifier: `${name}-b@example.com`, captcha: t.provider.issue(name, 'evil.example') });
      assert.equal((await elsewhere.json()).error, 'invalid_captcha', `${name}: solved on another site`);
      const unknown = await start(t, { identifier: `${name}-c@example.com`, captcha: 'stand-in:never-issued' });
      assert.equal((await unknown.json()).error, 'invalid_captcha', `${name}: a token the provider never issued`);
      const asked = t.provider.verifications().length;
      const replay = await start(t, { identifier: `${name}-d@example.com`, captcha: token });
      assert.equal(replay.status, 400, name);
      assert.equal((await replay.json()).error, 'invalid_captcha', `${name}: a token is spent once`);
      assert.equal(t.provider.verifications().length, asked, `${name}: a replay is refused here, without asking the provider`);
      assert.equal(await outboxSize(t.emulator), 1, `${name}: only the first start sent`);
    } finally {
      await t.close();
    }
  }
});

test('the Idempotency-Key: a repeat gets the first answer without verifying the token again; two starts with one token send once', async () => {
  const t = await withCheck({ provider: 'turnstile', ...REAL_KEYS.turnstile });
  try {
    const token = t.provider.issue('turnstile');
    assert.equal((await start(t, { captcha: token }, { key: 'key-1' })).status, 204);
    const repeat = await start(t, { captcha: token }, { key: 'key-1' });
    assert.equal(repeat.status, 204, 'the first answer again');
    assert.equal(t.provider.verifications().length, 1, 'the token was verified once');
    assert.equal(await outboxSize(t.emulator), 1, 'one message');

    // A refusal is not kept (nothing was sent): its repeat is judged afresh, and a token already spent stays spent.
    const wrong = t.provider.issue('turnstile', 'evil.example');
    assert.equal((await (await start(t, { identifier: 'bob@example.com', captcha: wrong }, { key: 'key-2' })).json()).error, 'invalid_captcha');
    assert.equal((await (await start(t, { identifier: 'bob@example.com', captcha: wrong }, { key: 'key-2' })).json()).error, 'invalid_captcha');
    assert.equal(t.provider.verifications().length, 2, 'the refused token was asked about once');
    assert.equal((await (await start(t, { identifier: 'bob@example.com' }, { key: 'key-3' })).json()).error, 'captcha_required');

    // Two requests racing with one token (a double submit with two keys): one is sent, the other refused.
    const raced = t.provider.issue('turnstile');
    const answers = await Promise.all(['key-4', 'key-5'].map((key) => start(t, { identifier: 'cy@example.com', captcha: raced }, { key })));
    assert.deepEqual(answers.map((r) => r.status).sort(), [204, 400]);
    assert.equal(t.provider.verifications().length, 3, 'asked once for the raced token');
    assert.equal(await outboxSize(t.emulator), 2);
  } finally {
    await t.close();
  }
});

test('fail closed: a provider that answers 500, HTML, internal-error, refuses the secret or cannot be reached is 503 service_unavailable; nothing is sent, nothing is counted, and the token still works once it is back', async () => {
  const t = await withCheck({ provider: 'hcaptcha', ...REAL_KEYS.hcaptcha }, { rateLimits: { perIp: { max: 1, windowSeconds: 3600 } } });
  try {
    const token = t.provider.issue('hcaptcha');
    for (const mode of /** @type {const} */ (['down500', 'html', 'internal-error'])) {
      t.provider.setMode(mode);
      const down = await start(t, { captcha: token });
      assert.equal(down.status, 503, mode);
      assert.deepEqual(await down.json(), { error: 'service_unavailable' }, mode);
    }
    assert.equal(t.sentToAuth0(), 0);
    assert.ok(t.logs.some((l) => l.includes('"outcome":"service_unavailable"') && l.includes('fail closed')), 'the log says why');
    t.provider.setMode('answer');
    // perIp allows 1 start: the refusals above gave their count back, and the provider never judged the token.
    assert.equal((await start(t, { captcha: token })).status, 204);
    assert.equal(await outboxSize(t.emulator), 1);
  } finally {
    await t.close();
  }

  const wrongSecret = await withCheck({ provider: 'turnstile', siteKey: REAL_KEYS.turnstile.siteKey, secret: 'rotated-away-secret' });
  try {
    const refused = await start(wrongSecret, { captcha: wrongSecret.provider.issue('turnstile') });
    assert.equal(refused.status, 503);
    assert.ok(wrongSecret.logs.some((l) => l.includes('"level":"error"') && l.includes('invalid-input-secret')), 'a setup error is logged as an error');
    assert.ok(!wrongSecret.logs.some((l) => l.includes('rotated-away-secret')), 'never the secret');
    await wrongSecret.provider.close();
    const unreachable = await start(wrongSecret, { identifier: 'eve@example.com', captcha: 'stand-in:anything' });
    assert.equal(unreachable.status, 503, 'a provider that cannot be reached is no pass');
    assert.equal(await outboxSize(wrongSecret.emulator), 0);
  } finally {
    await wrongSecret.close();
  }
});

test('fail closed: a provider slower than timeoutMs is 503, and nothing is sent', async () => {
  // The provider never answers, so the handler's own timeout decides, whatever the machine's speed.
  const t = await withCheck({ provider: 'recaptcha', ...REAL_KEYS.recaptcha }, { timeoutMs: 300 });
  try {
    t.provider.setMode('hang');
    const slow = await start(t, { captcha: t.provider.issue('recaptcha') });
    assert.equal(slow.status, 503);
    assert.equal((await slow.json()).error, 'service_unavailable');
    assert.ok(t.logs.some((l) => l.includes('did not answer within 300 ms')));
    assert.equal(await outboxSize(t.emulator), 0);
  } finally {
    await t.close();
  }
});

test('malformed tokens (not a string, too long, control characters) are invalid_captcha without asking the provider; an empty one is captcha_required', async () => {
  const t = await withCheck({ provider: 'turnstile', ...REAL_KEYS.turnstile });
  try {
    for (const [i, captcha] of [42, ['a'], { token: 'a' }, 'x'.repeat(MAX_TOKEN_LENGTH + 1), 'two words', 'line\nbreak', 'é'].entries()) {
      const refused = await start(t, { identifier: `m${i}@example.com`, captcha });
      assert.equal(refused.status, 400, JSON.stringify(captcha).slice(0, 40));
      assert.equal((await refused.json()).error, 'invalid_captcha', JSON.stringify(captcha).slice(0, 40));
    }
    for (const captcha of ['', null]) assert.equal((await (await start(t, { identifier: `e-${captcha}@example.com`, captcha })).json()).error, 'captcha_required');
    assert.equal(t.provider.verifications().length, 0);
    assert.equal(await outboxSize(t.emulator), 0);
    const longest = t.provider.issue('turnstile');
    assert.ok(longest.length <= MAX_TOKEN_LENGTH);
    assert.equal((await start(t, { captcha: longest })).status, 204);
  } finally {
    await t.close();
  }
});

test('a refused check counts on its address (a bot cannot probe for free) but not on what others share: the person can still be sent to', async () => {
  const t = await withCheck(
    { provider: 'turnstile', ...REAL_KEYS.turnstile },
    { rateLimits: { perIp: { max: 3, windowSeconds: 3600 }, perIdentifierFromAnyone: { max: 1, windowSeconds: 30 }, global: { max: 1, windowSeconds: 3600 } } },
  );
  try {
    const bot = { ip: '198.51.100.66' };
    for (let i = 0; i < 3; i++) assert.equal((await (await start(t, {}, bot)).json()).error, 'captcha_required');
    const throttled = await start(t, { captcha: t.provider.issue('turnstile') }, bot);
    assert.equal(throttled.status, 429, 'the 4th try from the address is throttled');
    assert.ok(Number(throttled.headers.get('retry-after')) > 3000);
    assert.equal(t.provider.verifications().length, 0, "a start the address's own throttle refuses does not spend the token");
    // The person's spacing (1 per 30 s) and the global ceiling (1) are untouched by the bot's refusals.
    assert.equal((await start(t, { captcha: t.provider.issue('turnstile') }, { ip: '203.0.113.9' })).status, 204);
    assert.equal(await outboxSize(t.emulator), 1);
  } finally {
    await t.close();
  }
});

test("the order's price: a token that passed is spent when the person's spacing, the range or the global ceiling then refuses; the address's own throttles refuse before it is looked at", async () => {
  const t = await withCheck(
    { provider: 'turnstile', ...REAL_KEYS.turnstile },
    { rateLimits: { perIdentifier: { max: 1, windowSeconds: 900 }, perIdentifierFromAnyone: { max: 1, windowSeconds: 30 }, perPhoneRange: { max: 1, windowSeconds: 3600 }, global: { max: 4, windowSeconds: 3600 } } },
  );
  const token = () => t.provider.issue('turnstile');
  let ip = 0;
  const fresh = () => ({ ip: `198.51.100.${++ip}` });
  /**
   * A start one of the later limits refuses: its token was verified, and a second use is refused here.
   * @param {string} limit @param {Record<string, unknown>} body
   */
  async function spentBy(limit, body) {
    const spent = token();
    const asked = t.provider.verifications().length;
    assert.equal((await start(t, { ...body, captcha: spent }, fresh())).status, 429, limit);
    assert.equal(t.provider.verifications().length, asked + 1, `${limit}: the token was verified`);
    const again = await start(t, { identifier: `dee${ip}@example.com`, captcha: spent }, fresh());
    assert.equal((await again.json()).error, 'invalid_captcha', `${limit}: the token is spent`);
    assert.equal(t.provider.verifications().length, asked + 1, `${limit}: its second use did not reach the provider`);
  }
  try {
    assert.equal((await start(t, { captcha: token() }, { ip: '192.0.2.1' })).status, 204);
    const kept = token();
    assert.equal((await start(t, { captcha: kept }, { ip: '192.0.2.1' })).status, 429, "the person's count from this address");
    assert.equal(t.provider.verifications().length, 1, 'the refused start did not ask the provider');
    assert.equal((await start(t, { identifier: 'bob@example.com', captcha: kept }, fresh())).status, 204, 'its token still works');

    await spentBy('the spacing (another spelling of ada, just sent to)', { identifier: 'ada+news@example.com' });
    assert.equal((await start(t, { connection: 'sms', identifier: '+44 7400 123456', captcha: token() }, fresh())).status, 204);
    await spentBy('the range (the global ceiling has room)', { connection: 'sms', identifier: '+44 7400 123457' });
    assert.equal((await start(t, { identifier: 'cy@example.com', captcha: token() }, fresh())).status, 204, 'the 4th message fills the ceiling');
    await spentBy('the global ceiling', { identifier: 'eve@example.com' });
    assert.equal(await outboxSize(t.emulator), 4);
  } finally {
    await t.close();
  }
});

test("after_failures: an address's first 3 starts go without a check, the 4th needs one, and asking costs the person nothing", async () => {
  // One start per person and address: the refusal that asks for the check must not use it up.
  const t = await withCheck({ provider: 'turnstile', ...REAL_KEYS.turnstile, required: 'after_failures' }, { rateLimits: { perIdentifier: { max: 1, windowSeconds: 900 } } });
  try {
    for (let i = 1; i <= 3; i++) assert.equal((await start(t, { identifier: `p${i}@example.com` })).status, 204, `start ${i}`);
    const fourth = await start(t, { identifier: 'p4@example.com' });
    assert.equal(fourth.status, 400);
    assert.deepEqual(await fourth.json(), { error: 'captcha_required', humanCheck: widget('turnstile', REAL_KEYS.turnstile.siteKey) });
    assert.equal((await start(t, { identifier: 'p4@example.com', captcha: t.provider.issue('turnstile') })).status, 204);
    assert.equal((await start(t, { identifier: 'p5@example.com' }, { ip: '192.0.2.50' })).status, 204, 'another address starts without one');
    assert.equal(await outboxSize(t.emulator), 5);
  } finally {
    await t.close();
  }
});

test('after_failures: a throttled start, a code Auth0 refused or a missing check marks the person and the address; others are not asked', async () => {
  const t = await withCheck({ provider: 'turnstile', ...REAL_KEYS.turnstile, required: 'after_failures' }, { rateLimits: { perIdentifier: { max: 1, windowSeconds: 900 } } });
  try {
    assert.equal((await start(t, { identifier: 'ada@example.com' }, { ip: '192.0.2.1' })).status, 204);
    assert.equal((await start(t, { identifier: 'ada@example.com' }, { ip: '192.0.2.1' })).status, 429);
    assert.equal((await (await start(t, { identifier: 'ada@example.com' }, { ip: '192.0.2.2' })).json()).error, 'captcha_required', 'the person, from anywhere');
    assert.equal((await (await start(t, { identifier: 'bob@example.com' }, { ip: '192.0.2.1' })).json()).error, 'captcha_required', 'the address, for anyone');
    assert.equal((await start(t, { identifier: 'cy@example.com' }, { ip: '192.0.2.3' })).status, 204, 'others are not asked');

    const wrong = await t.handler(elementRequest('verify', { connection: 'email', identifier: 'cy@example.com', code: '000000' }), { clientIp: '192.0.2.3' });
    assert.equal((await wrong.json()).error, 'wrong_code');
    assert.equal((await (await start(t, { identifier: 'cy@example.com' }, { ip: '192.0.2.4' })).json()).error, 'captcha_required', 'after a wrong code');
    assert.equal((await (await start(t, { identifier: 'dee@example.com' }, { ip: '192.0.2.3' })).json()).error, 'captcha_required');
  } finally {
    await t.close();
  }
});

test('after_failures without a client address: every start needs the check (its history cannot be told)', async () => {
  const t = await withCheck({ provider: 'turnstile', ...REAL_KEYS.turnstile, required: 'after_failures' });
  try {
    assert.equal((await (await start(t, {}, { ip: null })).json()).error, 'captcha_required');
    assert.equal((await start(t, { captcha: t.provider.issue('turnstile') }, { ip: null })).status, 204);
    assert.equal(t.provider.verifications()[0].form.get('remoteip'), null, 'no address to pass on');
  } finally {
    await t.close();
  }
});

test('without humanCheck a captcha in the body changes nothing, and no provider is asked', async () => {
  const provider = await startProviderStandIn();
  const t = await setup({}, { upstream: provider.upstream });
  try {
    assert.equal((await start(t, { captcha: 'whatever' })).status, 204);
    assert.equal(provider.requests.length, 0);
  } finally {
    await provider.close();
    await t.close();
  }
});

test('GET settings: the widget (never the secret) and the SMS countries, cacheable briefly; nulls without them; GET only', async () => {
  const t = await withCheck({ provider: 'hcaptcha', ...REAL_KEYS.hcaptcha, required: 'after_failures' }, { smsCountries: ['gb', 'IE', 'GB'] });
  try {
    const response = await t.handler(new Request('http://localhost:5173/auth/passwordless/settings'));
    assert.equal(response.status, 200, 'a plain GET: public, so no CSRF header is needed');
    assert.equal(response.headers.get('cache-control'), 'private, max-age=60');
    assert.deepEqual(await response.clone().json(), {
      humanCheck: { provider: 'hcaptcha', siteKey: REAL_KEYS.hcaptcha.siteKey, required: 'after_failures' },
      smsCountries: ['GB', 'IE'],
      passkeys: null,
    });
    assert.ok(!(await exposed(response)).includes(REAL_KEYS.hcaptcha.secret), 'never the secret');
    const post = await t.handler(elementRequest('settings', {}));
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET');
  } finally {
    await t.close();
  }
  const plain = await setup();
  try {
    const response = await plain.handler(elementRequest('settings'));
    assert.deepEqual(await response.json(), { humanCheck: null, smsCountries: null, passkeys: null });
    const always = await setup({ humanCheck: { provider: 'turnstile', ...REAL_KEYS.turnstile } });
    try {
      assert.deepEqual((await (await always.handler(elementRequest('settings'))).json()).humanCheck, { provider: 'turnstile', siteKey: REAL_KEYS.turnstile.siteKey, required: 'always' }, "required defaults to 'always'");
    } finally {
      await always.close();
    }
  } finally {
    await plain.close();
  }
});

test('humanCheck is checked at creation, with errors that say what to fix', async () => {
  const { createPasswordlessHandler } = await import('../../server/index.js');
  const base = { domain: 'tenant.example.com', clientId: 'c', clientSecret: 'client-secret', sessionSecret: 'a-session-secret-of-at-least-32-characters' };
  /** @param {unknown} humanCheck */
  const make = (humanCheck) => createPasswordlessHandler(/** @type {any} */ ({ ...base, humanCheck }));
  const keys = REAL_KEYS.turnstile;
  assert.throws(() => make({ ...keys, provider: 'recaptcha_v3' }), /humanCheck.provider` must be one of 'turnstile', 'hcaptcha', 'recaptcha'/);
  assert.throws(() => make({ ...keys }), /humanCheck.provider/);
  assert.throws(() => make({ provider: 'turnstile', secret: keys.secret }), /humanCheck.siteKey/);
  // The element renders only site keys of the shared rule (protocol/human-check.js): another would fail every start.
  for (const siteKey of ['0x4AAA.AAAA', 'key with spaces', '<img src=x>', '../evil', 'k'.repeat(129), '']) {
    assert.throws(() => make({ provider: 'turnstile', siteKey, secret: keys.secret }), /humanCheck.siteKey` must be .*letters, digits, "_" or "-"/, siteKey);
  }
  // Every provider's real formats: Turnstile, hCaptcha (a UUID), reCAPTCHA (40 characters, with _ and -).
  for (const [provider, siteKey] of [['turnstile', '0x4AAAAAAABkMYinukE8nzY'], ['hcaptcha', '10000000-ffff-ffff-ffff-000000000001'], ['recaptcha', '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI']]) {
    assert.doesNotThrow(() => make({ provider, siteKey, secret: keys.secret }), `${provider} ${siteKey}`);
  }
  assert.throws(() => make({ provider: 'turnstile', siteKey: keys.siteKey }), /humanCheck.secret/);
  assert.throws(() => make({ provider: 'turnstile', siteKey: keys.siteKey, secret: 'has a space' }), /humanCheck.secret/);
  assert.throws(() => make({ provider: 'turnstile', siteKey: keys.siteKey, secret: keys.siteKey }), /secret key, not the site key/);
  assert.throws(() => make({ ...keys, provider: 'turnstile', required: 'never' }), /humanCheck.required` must be 'always' or 'after_failures'/);
  assert.throws(() => make('turnstile'), /`humanCheck` must be an object/);
  assert.doesNotThrow(() => make({ ...keys, provider: 'turnstile', required: 'after_failures' }));
  assert.doesNotThrow(() => make(undefined));
});
