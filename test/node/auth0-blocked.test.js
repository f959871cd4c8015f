// @ts-check
// Auth0's brute-force block is not a code's last try: one error code for each, on both sides (the element through
// auth0-js, the server handler with the client secret), from the one table in protocol/auth0-errors.js; and the
// server tells the browser `blocked` for a blocked account, by code and by link, against the real emulator.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAuth0Error } from '../../protocol/auth0-errors.js';
import { mapAuth0Error } from '../../server/auth0-errors.js';
import { createPasswordlessHandler } from '../../server/index.js';
import { startEmulator } from '../../emulator/index.js';
import { TEXT } from '../../emulator/errors.js';
import { CALLBACK, CANARY_SECRET, CLIENT_ID, Jar, LOOSE_SPACING, SESSION_SECRET, elementRequest, emulatorConfig, latestMessage } from './server-helpers.js';

/** @typedef {import('../../protocol/auth0-errors.js').Auth0Answer} Auth0Answer */
/** @typedef {import('../../protocol/auth0-errors.js').Auth0Step} Auth0Step */

/** [what Auth0 answered, where, the code] */
const ANSWERS = /** @type {[string, Auth0Answer, Auth0Step, string][]} */ ([
  ['a blocked account at /oauth/token or /co/authenticate (429)', { status: 429, error: 'too_many_attempts', description: TEXT.blocked }, 'verify', 'blocked'],
  ['a blocked account at /passwordless/verify, the status not seen (auth0-js)', { error: 'too_many_attempts', description: TEXT.blocked }, 'verify', 'blocked'],
  ["a blocked account in a link's callback (no status)", { error: 'too_many_attempts', description: TEXT.blocked }, 'callback', 'blocked'],
  ['a blocked account at a start, should Auth0 ever answer so', { status: 429, error: 'too_many_attempts', description: '' }, 'start', 'blocked'],
  ["the code's last try (co/authenticate)", { status: 403, error: 'access_denied', description: TEXT.maxAttempts }, 'verify', 'too_many_attempts'],
  ["the code's last try (oauth/token)", { status: 403, error: 'invalid_grant', description: TEXT.maxAttempts }, 'verify', 'too_many_attempts'],
  ["the code's last try, by a link", { error: 'access_denied', description: TEXT.maxAttempts }, 'callback', 'too_many_attempts'],
  ['a rate limit on starts', { status: 429, error: 'too_many_requests', description: TEXT.tooManyRequests }, 'start', 'rate_limited'],
  ['a 429 that names nothing', { status: 429, error: '', description: '' }, 'verify', 'rate_limited'],
]);

for (const [what, answer, step, code] of ANSWERS) {
  test(`${what} → ${code}, in the browser and on the server`, () => {
    for (const side of /** @type {const} */ (['browser', 'server'])) {
      const classified = classifyAuth0Error(answer, { step, side });
      assert.equal(classified.code, code, side);
      assert.equal(classified.matched, true, side);
    }
  });
}

test('the server answers a block 429 blocked with no wait to tell (Auth0 says none), never 403 too_many_attempts', () => {
  const blocked = mapAuth0Error({ status: 429, error: 'too_many_attempts', description: TEXT.blocked }, 'verify', new Headers());
  assert.deepEqual({ status: blocked.status, error: blocked.error, retryAfter: blocked.retryAfter }, { status: 429, error: 'blocked', retryAfter: undefined });
  assert.match(String(blocked.hint), /brute-force/);
  assert.equal(blocked.auth0Error, 'too_many_attempts');
  const lastTry = mapAuth0Error({ status: 403, error: 'invalid_grant', description: TEXT.maxAttempts }, 'verify', new Headers());
  assert.deepEqual({ status: lastTry.status, error: lastTry.error }, { status: 403, error: 'too_many_attempts' });
});

describe('backend mode against the emulator, whose brute-force protection blocks after two failed logins', () => {
  /** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
  /** @param {'code'|'link'} send */
  const handlerFor = (send) =>
    createPasswordlessHandler({
      domain: emulator.url, clientId: CLIENT_ID, clientSecret: CANARY_SECRET, sessionSecret: SESSION_SECRET, callbackUrl: CALLBACK,
      send, loginUrl: '/login', rateLimits: LOOSE_SPACING, log: () => undefined,
    });

  before(async () => {
    const config = emulatorConfig();
    config.rate_limits = { ...config.rate_limits, failed_logins_per_user_per_ip: 2 };
    emulator = await startEmulator({ port: 0, config });
  });
  after(() => emulator.close());

  test('a typed code: two wrong ones, then even the right one is refused as blocked (429)', async () => {
    const handler = handlerFor('code');
    const jar = new Jar();
    const email = 'blocked-code@example.com';
    const start = jar.store(await handler(elementRequest('start', { connection: 'email', identifier: email }, { jar })));
    assert.equal(start.status, 204);
    const { code } = await latestMessage(emulator, email);
    const verify = (/** @type {string} */ typed) => handler(elementRequest('verify', { connection: 'email', identifier: email, code: typed }, { jar }));
    const wrong = ['000000', '111111', '222222'].filter((guess) => guess !== code);
    for (const guess of wrong.slice(0, 2)) {
      const refused = await verify(guess);
      assert.deepEqual([refused.status, await refused.json()], [403, { error: 'wrong_code' }]);
    }
    const blocked = await verify(code);
    assert.deepEqual([blocked.status, await blocked.json()], [429, { error: 'blocked' }]);
    assert.equal(blocked.headers.get('retry-after'), null, 'no wait is known');
  });

  test("a magic link to a blocked account: the callback returns code_error=blocked, not a code's last try", async () => {
    const email = 'blocked-link@example.com';
    // Block the account from this address first, with typed codes (the link lands from the same address).
    const codes = handlerFor('code');
    const first = new Jar();
    first.store(await codes(elementRequest('start', { connection: 'email', identifier: email }, { jar: first })));
    for (const guess of ['000000', '111111']) await codes(elementRequest('verify', { connection: 'email', identifier: email, code: guess }, { jar: first }));

    const links = handlerFor('link');
    const jar = new Jar();
    const start = jar.store(await links(elementRequest('start', { connection: 'email', identifier: email, returnTo: '/account' }, { jar })));
    assert.equal(start.status, 204);
    const message = await latestMessage(emulator, email);
    assert.ok(message.link, 'a link was sent');
    const landing = await fetch(/** @type {string} */ (message.link), { redirect: 'manual' });
    const location = /** @type {string} */ (landing.headers.get('location'));
    assert.ok(location.startsWith(`${CALLBACK}?`), location);
    assert.equal(new URL(location).searchParams.get('error'), 'too_many_attempts', 'the emulator blocks the link as Auth0 does');
    const callback = await links(new Request(location, { headers: { Cookie: jar.header(), 'Sec-Fetch-Site': 'cross-site' } }));
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('location'), '/account?passwordless=error&code_error=blocked');
  });
});
