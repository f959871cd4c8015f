// @ts-check
// Backend mode, sign-in by magic link against the emulator (the seed case: a Regular Web Application with a
// secret): start sets the start cookie, the link lands on the emulator, which redirects to the callback,
// which checks state, exchanges the code and returns to the page. Also the failures around it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getSession } from '../../server/index.js';
import { APP, CALLBACK, CANARY_SECRET, Jar, elementRequest, exposed, jwtsIn, latestMessage, setup } from './server-helpers.js';

/** @type {Awaited<ReturnType<typeof setup>>} */
let t;
before(async () => (t = await setup({ send: 'link', loginUrl: '/login' })));
after(() => t.close());

/**
 * Starts a link sign-in and follows the emailed link to the emulator: returns the callback URL it redirects to.
 * @param {string} email @param {Jar} jar @param {Record<string, unknown>} [extra]
 */
async function linkFor(email, jar, extra = {}) {
  const start = jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: email, ...extra }, { jar })));
  assert.equal(start.status, 204, await start.clone().text());
  const message = await latestMessage(t.emulator, email);
  assert.ok(message.link, 'a link was sent');
  assert.match(message.link, /\/passwordless\/verify_redirect\?/);
  const landing = await fetch(/** @type {string} */ (message.link), { redirect: 'manual' });
  assert.equal(landing.status, 302);
  const location = /** @type {string} */ (landing.headers.get('location'));
  assert.ok(location.startsWith(`${CALLBACK}?`), location);
  return location;
}

/** @param {string} url @param {Jar} [jar] */
function callbackRequest(url, jar) {
  // A top-level navigation from a mail client: no Origin, no custom header.
  return new Request(url, { headers: jar?.cookies.size ? { Cookie: jar.header(), 'Sec-Fetch-Site': 'cross-site' } : { 'Sec-Fetch-Site': 'cross-site' } });
}

test('seed case: a regular web application signs in by email link, no state error, no 403', async () => {
  const jar = new Jar();
  const seen = [];
  const location = await linkFor('link@example.com', jar, { returnTo: '/account?tab=profile' });
  const startCookie = [...jar.cookies.keys()];
  assert.deepEqual(startCookie, ['passwordless_start']);
  const sent = JSON.parse(/** @type {{ body: string }} */ (t.auth0Calls().find((c) => c.url.endsWith('/passwordless/start'))).body);
  assert.equal(sent.send, 'link');
  assert.equal(sent.authParams.response_type, 'code');
  assert.equal(sent.authParams.redirect_uri, CALLBACK);
  assert.ok(sent.authParams.state && sent.authParams.nonce);

  const callback = jar.store(await t.handler(callbackRequest(location, jar)));
  seen.push(await exposed(callback));
  assert.equal(callback.status, 302);
  assert.equal(callback.headers.get('location'), '/account?tab=profile&passwordless=signed-in');
  assert.equal(callback.headers.get('cache-control'), 'no-store');
  assert.equal(callback.headers.get('referrer-policy'), 'no-referrer');
  assert.ok(jar.cookies.has('passwordless_session'));
  assert.ok(!jar.cookies.has('passwordless_start'), 'the start cookie is cleared');

  const session = await t.handler(elementRequest('session', undefined, { jar }));
  seen.push(await exposed(session));
  assert.equal(session.status, 200);
  const { user, method } = await session.json();
  assert.equal(user.email, 'link@example.com');
  assert.equal(method, 'link');

  const server = await getSession(elementRequest('session', undefined, { jar }), t.options);
  assert.ok(server?.tokens.id_token);
  const all = seen.join('\n');
  assert.ok(!all.includes(server.tokens.id_token));
  assert.deepEqual(jwtsIn(all), []);
  assert.ok(!all.includes(CANARY_SECRET));
  assert.ok(!/state/i.test(all));

  // The link's answer is single use: replayed in this browser (its transaction is finished), it is never taken again;
  // the handler starts a fresh sign-in instead (see "a link opened in another browser"), which only a confirmation
  // turns into a session.
  const replay = await t.handler(callbackRequest(location, jar));
  assert.equal(replay.status, 302);
  assert.match(replay.headers.get('location') ?? '', /\/authorize\?.*prompt=none/);
  assert.equal(replay.headers.getSetCookie().some((c) => /^passwordless_session=[^;]/.test(c)), false, 'no second session');
});

test('without a returnTo the link returns to the calling page (Referer), else loginUrl', async () => {
  const jar = new Jar();
  const start = jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: 'ref@example.com' }, { headers: { Referer: `${APP}/backend.html?x=1` } })));
  assert.equal(start.status, 204);
  const message = await latestMessage(t.emulator, 'ref@example.com');
  const landing = await fetch(/** @type {string} */ (message.link), { redirect: 'manual' });
  const callback = await t.handler(callbackRequest(/** @type {string} */ (landing.headers.get('location')), jar));
  assert.equal(callback.headers.get('location'), '/backend.html?x=1&passwordless=signed-in');

  const jar2 = new Jar();
  const location = await linkFor('noref@example.com', jar2);
  const callback2 = await t.handler(callbackRequest(location, jar2));
  assert.equal(callback2.headers.get('location'), '/login?passwordless=signed-in');
});

/**
 * Opens a link as another browser would: the emulator's session cookies go with it to the emulator, the handler's
 * jar to the handler. Returns the handler's answer to the callback, and the emulator's cookies.
 * @param {string} email
 */
async function openElsewhere(email) {
  await linkFor(email, new Jar()); // asked for in the first browser, which keeps its start cookie
  const message = await latestMessage(t.emulator, email);
  // That first visit used the link: ask again, and open the second link only in the other browser.
  const asking = new Jar();
  asking.store(await t.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar: asking })));
  const link = /** @type {string} */ ((await latestMessage(t.emulator, email)).link);
  assert.notEqual(link, message.link);
  const emulatorJar = new Jar();
  const landing = emulatorJar.store(await fetch(link, { redirect: 'manual' }));
  const other = new Jar();
  const callback = other.store(await t.handler(callbackRequest(/** @type {string} */ (landing.headers.get('location')), other)));
  return { callback, other, emulatorJar, linkCode: new URL(/** @type {string} */ (landing.headers.get('location'))).searchParams.get('code') };
}

test('a link opened in another browser: its own answer is never used; a fresh sign-in there (prompt=none, its own state and nonce) waits for the person to confirm', async () => {
  const email = 'other@example.com';
  const { callback, other, emulatorJar, linkCode } = await openElsewhere(email);
  assert.equal(callback.status, 302);
  const authorize = new URL(/** @type {string} */ (callback.headers.get('location')));
  assert.equal(`${authorize.origin}${authorize.pathname}`, `${t.emulator.url}/authorize`);
  assert.equal(authorize.searchParams.get('prompt'), 'none');
  assert.equal(authorize.searchParams.get('response_type'), 'code');
  assert.equal(authorize.searchParams.get('redirect_uri'), CALLBACK);
  assert.match(authorize.searchParams.get('scope') ?? '', /\bemail\b/, 'asks for the claim that names the person');
  const state = authorize.searchParams.get('state') ?? '';
  assert.ok(state.length >= 40 && (authorize.searchParams.get('nonce') ?? '').length >= 40);
  assert.ok(other.cookies.has('passwordless_start'), 'this browser\'s own transaction');
  assert.equal(t.auth0Calls().filter((c) => c.body.includes(linkCode ?? '-')).length, 0, 'the link\'s code is not exchanged');

  // Auth0 finds the session the link created in this browser and answers the fresh request.
  const silent = await fetch(authorize, { redirect: 'manual', headers: { Cookie: emulatorJar.header() } });
  const back = /** @type {string} */ (silent.headers.get('location'));
  assert.ok(back.startsWith(`${CALLBACK}?`) && new URL(back).searchParams.get('state') === state, back);
  const waiting = other.store(await t.handler(callbackRequest(back, other)));
  assert.equal(waiting.status, 302);
  assert.equal(waiting.headers.get('location'), '/login?passwordless=confirm');
  assert.ok(other.cookies.has('passwordless_confirm'));
  assert.ok(!other.cookies.has('passwordless_session'), 'no session before the person confirms');
  const html = await exposed(waiting);
  assert.deepEqual(jwtsIn(html), [], 'no token leaves the server');

  const asked = await t.handler(elementRequest('confirmation', undefined, { jar: other }));
  assert.equal(asked.status, 200);
  assert.deepEqual(await asked.json(), { connection: 'email', recipient: email });
  assert.equal((await t.handler(elementRequest('session', undefined, { jar: other }))).status, 401, 'asking starts nothing');

  // A forged confirmation (no custom header, another origin) is refused like any forged POST.
  const forged = await t.handler(new Request(`${APP}/auth/passwordless/confirm`, { method: 'POST', headers: { Cookie: other.header(), Origin: 'https://evil.example' } }));
  assert.equal(forged.status, 403);
  assert.ok(!forged.headers.getSetCookie().some((c) => c.startsWith('passwordless_session=')));

  const confirmed = other.store(await t.handler(elementRequest('confirm', {}, { jar: other })));
  assert.equal(confirmed.status, 200);
  const confirmedBody = await confirmed.json();
  assert.equal(confirmedBody.user.email, email);
  assert.equal(confirmedBody.method, 'link');
  assert.ok(other.cookies.has('passwordless_session'));
  assert.ok(!other.cookies.has('passwordless_confirm'), 'the waiting sign-in is used up');
  const session = await t.handler(elementRequest('session', undefined, { jar: other }));
  assert.equal((await session.json()).user.email, email);
  assert.equal((await t.handler(elementRequest('confirm', {}, { jar: other }))).status, 404, 'a second confirm has nothing left');
});

test('a link opened in another browser whose Auth0 session is not there (blocked, cleared): back to the page with link_invalid, nobody signed in', async () => {
  const { callback, other } = await openElsewhere('nosession@example.com');
  const silent = await fetch(/** @type {string} */ (callback.headers.get('location')), { redirect: 'manual' }); // no emulator cookie
  const back = /** @type {string} */ (silent.headers.get('location'));
  assert.match(back, /error=login_required/);
  const answer = other.store(await t.handler(callbackRequest(back, other)));
  assert.equal(answer.headers.get('location'), '/login?passwordless=error&code_error=link_invalid');
  assert.ok(!other.cookies.has('passwordless_confirm') && !other.cookies.has('passwordless_session'));
});

test('a browser that keeps no cookies for the site: back from the fresh sign-in without its start cookie, a plain page, never a redirect loop', async () => {
  const { callback, emulatorJar } = await openElsewhere('nocookies@example.com');
  const silent = await fetch(/** @type {string} */ (callback.headers.get('location')), { redirect: 'manual', headers: { Cookie: emulatorJar.header() } });
  const again = await t.handler(callbackRequest(/** @type {string} */ (silent.headers.get('location')))); // the start cookie was not kept
  assert.equal(again.status, 400);
  assert.match(await again.text(), /did not keep the sign-in cookie/);
  assert.equal(again.headers.getSetCookie().length, 0);
});

test('the confirm cookie is sealed for its purpose and name: moved, forged or under another name, it confirms nothing', async () => {
  const { callback, other, emulatorJar } = await openElsewhere('sealed@example.com');
  const silent = await fetch(/** @type {string} */ (callback.headers.get('location')), { redirect: 'manual', headers: { Cookie: emulatorJar.header() } });
  other.store(await t.handler(callbackRequest(/** @type {string} */ (silent.headers.get('location')), other)));
  const sealed = /** @type {string} */ (other.cookies.get('passwordless_confirm'));
  for (const cookie of [`passwordless_session=${sealed}`, `passwordless_start=${sealed}`, `passwordless_confirm=${sealed.slice(0, -4)}AAAA`, `passwordless_confirm=${other.cookies.get('passwordless_start')}`]) {
    const jar = new Jar();
    const [name, ...value] = cookie.split('=');
    jar.cookies.set(/** @type {string} */ (name), value.join('='));
    assert.equal((await t.handler(elementRequest('confirmation', undefined, { jar }))).status, 404, cookie.slice(0, 40));
    const confirm = await t.handler(elementRequest('confirm', {}, { jar }));
    assert.ok(confirm.status === 404 || confirm.status === 401, `${cookie.slice(0, 40)}: ${confirm.status}`);
    assert.ok(!confirm.headers.getSetCookie().some((c) => /^passwordless_session=[^;]/.test(c)));
  }
  // Logout clears it too.
  const logout = await t.handler(elementRequest('logout', {}, { jar: other }));
  assert.ok(logout.headers.getSetCookie().some((c) => c.startsWith('passwordless_confirm=;')));
});

test('a state that does not match goes back to the page with link_invalid', async () => {
  const jar = new Jar();
  const location = await linkFor('mismatch@example.com', jar, { returnTo: '/here' });
  const forged = new URL(location);
  forged.searchParams.set('state', 'forged');
  const r = await t.handler(callbackRequest(forged.href, jar));
  assert.equal(r.status, 302);
  assert.equal(r.headers.get('location'), '/here?passwordless=error&code_error=link_invalid');
});

test('two pending links (two tabs) both stay usable', async () => {
  const jar = new Jar();
  const first = await linkFor('tab1@example.com', jar, { returnTo: '/one' });
  const second = await linkFor('tab2@example.com', jar, { returnTo: '/two' });
  const r1 = jar.store(await t.handler(callbackRequest(first, jar)));
  assert.equal(r1.headers.get('location'), '/one?passwordless=signed-in');
  const r2 = jar.store(await t.handler(callbackRequest(second, jar)));
  assert.equal(r2.headers.get('location'), '/two?passwordless=signed-in');
});

test('open redirect attempts are ignored: returnTo falls back to loginUrl', async () => {
  for (const returnTo of ['//evil.example', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/%0d%0aSet-Cookie:x=1', ' //evil.example']) {
    const jar = new Jar();
    const location = await linkFor(`redir${Math.random().toString(36).slice(2, 8)}@example.com`, jar, { returnTo });
    const r = await t.handler(callbackRequest(location, jar));
    const target = /** @type {string} */ (r.headers.get('location'));
    assert.ok(target.startsWith('/') && !target.startsWith('//') && !target.includes('evil'), `${returnTo} → ${target}`);
    assert.ok(!/[\r\n]/.test(target));
  }
});

test('Auth0 errors on the callback are mapped to fixed codes, never echoed', async () => {
  const jar = new Jar();
  const location = new URL(await linkFor('err@example.com', jar, { returnTo: '/p' }));
  const state = /** @type {string} */ (location.searchParams.get('state'));
  const url = `${CALLBACK}?error=access_denied&error_description=${encodeURIComponent('The verification code has expired. <script>x</script>')}&state=${state}`;
  const r = await t.handler(callbackRequest(url, jar));
  assert.equal(r.status, 302);
  assert.equal(r.headers.get('location'), '/p?passwordless=error&code_error=code_expired');
});

test('a code that cannot be exchanged gives link_invalid', async () => {
  const jar = new Jar();
  const location = new URL(await linkFor('badcode@example.com', jar, { returnTo: '/p' }));
  location.searchParams.set('code', 'not-a-real-code');
  const r = await t.handler(callbackRequest(location.href, jar));
  assert.equal(r.status, 302);
  assert.equal(r.headers.get('location'), '/p?passwordless=error&code_error=link_invalid');
});

test('an ID token that fails verification gives invalid_response and no session', async () => {
  for (const defect of ['wrong_nonce', 'bad_signature', 'wrong_aud']) {
    const jar = new Jar();
    const location = await linkFor(`defect-${defect}@example.com`, jar, { returnTo: '/p' });
    t.emulator.faults.addTokenDefect({ defect });
    const r = jar.store(await t.handler(callbackRequest(location, jar)));
    assert.equal(r.headers.get('location'), '/p?passwordless=error&code_error=invalid_response', defect);
    assert.ok(!jar.cookies.has('passwordless_session'));
  }
});

test('the client secret never appears in any log line', () => {
  const all = t.logs.join('\n');
  assert.ok(!all.includes(CANARY_SECRET));
  assert.ok(!all.includes('@example.com'));
  assert.deepEqual(jwtsIn(all), []);
});

test('an expired link opened without the start cookie says it expired, in plain words', async () => {
  const page = await t.handler(new Request(`${CALLBACK}?error=access_denied&error_description=${encodeURIComponent('The verification code has expired. Please try to login again.')}&state=abc`));
  assert.equal(page.status, 400);
  const html = await page.text();
  assert.match(html, /This sign-in link has expired/);
  assert.ok(!/state|access_denied|Please try to login/i.test(html));
});

test('the callback refuses a link that signs in someone other than the person this browser asked for, even with a matching state and nonce', async () => {
  // An attacker who could make Auth0 issue bob's link with alice's nonce (simulated by rewriting bob's start on
  // its way out) brings bob's code to alice's browser under alice's state: the nonce passes, the identity must not.
  /** @type {string|undefined} */
  let aliceNonce;
  const u = await setup({
    send: 'link',
    loginUrl: '/login',
    fetch: async (input, init) => {
      if (String(input).endsWith('/passwordless/start') && typeof init?.body === 'string') {
        const body = JSON.parse(init.body);
        if (body.email === 'alice-link@example.com') aliceNonce = body.authParams.nonce;
        if (body.email === 'bob-link@example.com') body.authParams.nonce = aliceNonce;
        return fetch(input, { ...init, body: JSON.stringify(body) });
      }
      return fetch(input, init);
    },
  });
  try {
    const alice = new Jar();
    alice.store(await u.handler(elementRequest('start', { connection: 'email', identifier: 'alice-link@example.com' }, { jar: alice })));
    const aliceState = new URL(/** @type {string} */ ((await latestMessage(u.emulator, 'alice-link@example.com')).link)).searchParams.get('state');
    const bob = new Jar();
    bob.store(await u.handler(elementRequest('start', { connection: 'email', identifier: 'bob-link@example.com' }, { jar: bob })));
    const landing = await fetch(/** @type {string} */ ((await latestMessage(u.emulator, 'bob-link@example.com')).link), { redirect: 'manual' });
    const bobCallback = new URL(/** @type {string} */ (landing.headers.get('location')));
    bobCallback.searchParams.set('state', /** @type {string} */ (aliceState));
    const answer = alice.store(await u.handler(callbackRequest(bobCallback.href, alice)));
    assert.equal(answer.status, 302);
    assert.equal(answer.headers.get('location'), '/login?passwordless=error&code_error=link_invalid');
    assert.ok(!alice.cookies.has('passwordless_session'), 'no session');
    assert.ok(u.logs.some((line) => line.includes('someone other than the person who asked')));
  } finally {
    await u.close();
  }
});

test('a link always asks for the claim that names the person, and a link whose ID token names nobody is refused', async () => {
  let stripClaim = false;
  /** @type {string[]} */
  const scopes = [];
  const u = await setup({
    send: 'link',
    loginUrl: '/login',
    scope: 'openid profile',
    fetch: async (input, init) => {
      if (String(input).endsWith('/passwordless/start') && typeof init?.body === 'string') {
        const body = JSON.parse(init.body);
        scopes.push(body.authParams.scope);
        if (stripClaim) body.authParams.scope = 'openid profile';
        return fetch(input, { ...init, body: JSON.stringify(body) });
      }
      return fetch(input, init);
    },
  });
  try {
    /** @param {string} email */
    const follow = async (email) => {
      const jar = new Jar();
      jar.store(await u.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar })));
      const landing = await fetch(/** @type {string} */ ((await latestMessage(u.emulator, email)).link), { redirect: 'manual' });
      return { jar, answer: jar.store(await u.handler(callbackRequest(/** @type {string} */ (landing.headers.get('location')), jar))) };
    };
    const ok = await follow('claims@example.com');
    assert.equal(scopes[0], 'openid profile email');
    assert.equal(ok.answer.headers.get('location'), '/login?passwordless=signed-in');
    stripClaim = true;
    const nobody = await follow('no-claim@example.com');
    assert.equal(nobody.answer.headers.get('location'), '/login?passwordless=error&code_error=link_invalid');
    assert.ok(!nobody.jar.cookies.has('passwordless_session'));
  } finally {
    await u.close();
  }
});
