// @ts-check
// Issue 15, as an attacker would try backend sessions: a copied cookie after logout, a session replaced by a new
// sign-in, idle and absolute timeouts, "sign out everywhere", cookie tossing past `__Host-`, a store that is down,
// and the start cookie's attributes. In-process against the emulator; time moves on node:test's mocked Date.
import { test, mock, after } from 'node:test';
import { cp, rm } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { getSession, revokeSessions, StoreUnavailableError } from '../../server/index.js';
import { memoryStore } from '../../server/store.js';
import { APP, Jar, elementRequest, latestMessage, setup } from './server-helpers.js';

const SITE = 'https://app.example';

/**
 * A request as the element sends it on an https site (the handler is told the site's origin).
 * @param {string} route @param {unknown} [body] @param {{ jar?: Jar, cookie?: string }} [opts]
 */
function httpsRequest(route, body, opts = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: SITE, 'Sec-Fetch-Site': 'same-origin' };
  const cookie = opts.cookie ?? opts.jar?.header();
  if (cookie) headers.Cookie = cookie;
  return new Request(`${SITE}/auth/passwordless/${route}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/**
 * Signs someone in by code; returns the jar holding the session.
 * @param {Awaited<ReturnType<typeof setup>>} t @param {string} email
 * @param {(route: string, body?: unknown, opts?: { jar?: Jar }) => Request} [requestFor]
 */
async function signIn(t, email, requestFor = elementRequest, jar = new Jar()) {
  assert.equal(jar.store(await t.handler(requestFor('start', { connection: 'email', identifier: email }, { jar }))).status, 204);
  const { code } = await latestMessage(t.emulator, email);
  const verified = jar.store(await t.handler(requestFor('verify', { connection: 'email', identifier: email, code }, { jar })));
  assert.equal(verified.status, 200, await verified.clone().text());
  return jar;
}

/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} cookie */
const sessionWith = (t, cookie) => t.handler(elementRequest('session', undefined, { headers: { Cookie: cookie } }));

test('a session copied before logout is dead after it: /session 401, getSession null (it outlived logout before)', async () => {
  const t = await setup();
  try {
    const jar = await signIn(t, 'copied@example.com');
    const copy = jar.header();
    assert.equal((await sessionWith(t, copy)).status, 200);
    const logout = jar.store(await t.handler(elementRequest('logout', {}, { jar })));
    assert.equal(logout.status, 204);
    const replay = await sessionWith(t, copy);
    assert.equal(replay.status, 401);
    assert.deepEqual(await replay.json(), { error: 'session_expired' });
    assert.ok(replay.headers.getSetCookie().some((c) => c.startsWith('passwordless_session=;')), 'the dead cookie is cleared');
    assert.equal(await getSession(elementRequest('session', undefined, { headers: { Cookie: copy } }), t.options), null);
  } finally {
    await t.close();
  }
});

test('a new sign-in in the same browser ends the session it replaces', async () => {
  const t = await setup();
  try {
    const jar = await signIn(t, 'first@example.com');
    const before = jar.header();
    await signIn(t, 'second@example.com', elementRequest, jar);
    assert.notEqual(jar.header(), before, 'a new cookie value (rotation)');
    assert.equal((await sessionWith(t, before)).status, 401, 'the replaced session is over');
    assert.equal((await (await sessionWith(t, jar.header())).json()).user.email, 'second@example.com');
  } finally {
    await t.close();
  }
});

test('idle timeout: a session unread for sessionIdleSeconds ends; reads keep it alive; the absolute lifetime ends it anyway', async () => {
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  const t = await setup({ sessionIdleSeconds: 600, sessionMaxAgeSeconds: 3600 });
  try {
    const idle = (await signIn(t, 'idle@example.com')).header();
    const active = (await signIn(t, 'active@example.com')).header();
    // Read every 5 minutes for 55 minutes: the active session stays; the idle one lapsed after 10.
    for (let minute = 5; minute <= 55; minute += 5) {
      mock.timers.tick(5 * 60_000);
      assert.equal((await sessionWith(t, active)).status, 200, `active at ${minute} min`);
    }
    assert.equal((await sessionWith(t, idle)).status, 401, 'idle for 55 minutes');
    mock.timers.tick(5 * 60_000 + 1000);
    assert.equal((await sessionWith(t, active)).status, 401, 'past the absolute lifetime, however active');
  } finally {
    mock.timers.reset();
    await t.close();
  }
});

test('revokeSessions(sub) signs a person out everywhere, and only sessions that began before it', async () => {
  const t = await setup();
  try {
    const laptop = (await signIn(t, 'everywhere@example.com')).header();
    const phone = (await signIn(t, 'everywhere@example.com')).header();
    const other = (await signIn(t, 'someone-else@example.com')).header();
    const { user } = await (await sessionWith(t, laptop)).json();
    await revokeSessions(user.sub, t.options);
    assert.equal((await sessionWith(t, laptop)).status, 401);
    assert.equal((await sessionWith(t, phone)).status, 401);
    assert.equal((await sessionWith(t, other)).status, 200, 'other people are not touched');
    mock.timers.enable({ apis: ['Date'], now: Date.now() + 5 });
    try {
      const later = (await signIn(t, 'everywhere@example.com')).header();
      assert.equal((await sessionWith(t, later)).status, 200, 'a sign-in after the revocation works');
    } finally {
      mock.timers.reset();
    }
    await assert.rejects(revokeSessions('', t.options), TypeError);
  } finally {
    await t.close();
  }
});

test('cookie tossing: on https only __Host-passwordless is read; an attacker\'s session planted as passwordless_session (or moved to another name) is never adopted, and logout clears every name', async () => {
  const t = await setup({ allowedOrigins: [SITE, APP] });
  try {
    const attacker = await signIn(t, 'attacker@example.com', httpsRequest);
    const planted = /** @type {string} */ (attacker.cookies.get('__Host-passwordless'));
    assert.ok(planted, 'https: the session is a __Host- cookie');
    // A sibling subdomain or a plain-http answer can set the unprefixed name, never the __Host- one.
    const tossed = await t.handler(httpsRequest('session', undefined, { cookie: `passwordless_session=${planted}` }));
    assert.equal(tossed.status, 401);
    assert.equal(await getSession(httpsRequest('session', undefined, { cookie: `passwordless_session=${planted}` }), t.options), null);
    // A session issued on plain http (a loopback dev server) is refused under the __Host- name, and the other way.
    const dev = (await signIn(t, 'dev@example.com')).cookies.get('passwordless_session');
    assert.equal((await t.handler(httpsRequest('session', undefined, { cookie: `__Host-passwordless=${dev}` }))).status, 401);
    assert.equal((await sessionWith(t, `passwordless_session=${planted}`)).status, 401);
    // The victim signs in with the tossed cookie present: their own session, and logout clears every name.
    const victim = new Jar();
    victim.cookies.set('passwordless_session', planted);
    await signIn(t, 'victim@example.com', httpsRequest, victim);
    assert.equal((await (await t.handler(httpsRequest('session', undefined, { jar: victim }))).json()).user.email, 'victim@example.com');
    const logout = await t.handler(httpsRequest('logout', {}, { jar: victim }));
    const cleared = logout.headers.getSetCookie().map((c) => c.split('=')[0]).sort();
    assert.deepEqual(cleared, ['__Host-passwordless', '__Host-passwordless-confirm', '__Host-passwordless-form', '__Host-passwordless-start', 'passwordless_confirm', 'passwordless_form', 'passwordless_session', 'passwordless_start']);
    for (const line of logout.headers.getSetCookie()) assert.match(line, /Max-Age=0;.*Secure/);
  } finally {
    await t.close();
  }
});

test('the start cookie\'s attributes: __Host-, Secure, HttpOnly, SameSite=Lax, Path=/, no Domain on https; HttpOnly without Secure on loopback http', async () => {
  for (const send of /** @type {const} */ (['code', 'link'])) {
    const t = await setup({ allowedOrigins: [SITE, APP], send, callbackUrl: `${SITE}/auth/passwordless/callback` });
    try {
      const secure = await t.handler(httpsRequest('start', { connection: 'email', identifier: `attrs-${send}@example.com` }));
      const [line, ...more] = secure.headers.getSetCookie();
      assert.equal(more.length, 0);
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      assert.match(pair, /^__Host-passwordless-start=[\w.-]+$/);
      assert.deepEqual(attributes.filter((a) => !a.startsWith('Max-Age=')).sort(), ['HttpOnly', 'Path=/', 'SameSite=Lax', 'Secure']);
      assert.equal(attributes.find((a) => a.startsWith('Max-Age=')), 'Max-Age=1800');
      const plain = await t.handler(elementRequest('start', { connection: 'email', identifier: `attrs-${send}-dev@example.com` }));
      const devLine = plain.headers.getSetCookie()[0];
      assert.match(devLine, /^passwordless_start=[\w.-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1800$/);
    } finally {
      await t.close();
    }
  }
});

test('the store down: session reads fail closed (503, getSession rejects), logout says it could not end the session', async () => {
  const store = memoryStore();
  let down = false;
  const flaky = {
    ...store,
    /** @param {string} key */
    read: (key) => (down ? Promise.reject(new StoreUnavailableError('test')) : store.read(key)),
    /** @param {string} key */
    release: (key) => (down ? Promise.reject(new StoreUnavailableError('test')) : store.release(key)),
  };
  const t = await setup({ store: flaky });
  try {
    const cookie = (await signIn(t, 'store-down@example.com')).header();
    down = true;
    const read = await sessionWith(t, cookie);
    assert.equal(read.status, 503);
    assert.deepEqual(await read.json(), { error: 'service_unavailable' });
    await assert.rejects(getSession(elementRequest('session', undefined, { headers: { Cookie: cookie } }), t.options), StoreUnavailableError);
    assert.equal((await t.handler(elementRequest('logout', {}, { headers: { Cookie: cookie } }))).status, 503);
    down = false;
    assert.equal((await sessionWith(t, cookie)).status, 200);
  } finally {
    await t.close();
  }
});

test('without a store option, a code handler, a link handler, getSession with a copy of the options, and another copy of the module share one memory store', async () => {
  const t = await setup({ store: undefined });
  try {
    const { createPasswordlessHandler } = await import('../../server/index.js');
    const links = createPasswordlessHandler({ ...t.options, send: 'link', basePath: '/auth/passwordless-link' });
    const cookie = (await signIn(t, 'shared-default@example.com')).header();
    const seen = await links(new Request('http://localhost:5173/auth/passwordless-link/session', { headers: { Cookie: cookie } }));
    assert.equal(seen.status, 200, 'the link handler sees the code handler\'s session');
    assert.equal((await getSession(elementRequest('session', undefined, { headers: { Cookie: cookie } }), { ...t.options }))?.user.email, 'shared-default@example.com');
    // A second copy of the package's modules, as a bundler makes one per bundle (Next.js: the route handler's, the pages').
    const copy = await copyOfServer();
    assert.notEqual(copy.getSession, getSession, 'another copy of the module');
    assert.equal((await copy.getSession(elementRequest('session', undefined, { headers: { Cookie: cookie } }), { ...t.options }))?.user.email, 'shared-default@example.com');
  } finally {
    await t.close();
  }
});

/** server/ and protocol/ copied under .tmp/ (inside the repository, so that they find node_modules), and imported. */
async function copyOfServer() {
  const root = new URL('../../', import.meta.url);
  const dir = new URL(`.tmp/server-copy-${process.pid}-${Date.now()}/`, root);
  for (const folder of ['server', 'protocol']) await cp(new URL(folder, root), new URL(folder, dir), { recursive: true });
  after(() => rm(dir, { recursive: true, force: true }));
  /** @type {typeof import('../../server/index.js')} */
  const copy = await import(new URL('server/index.js', dir).href);
  return copy;
}

test('a session read that races a logout cannot bring the session back (the idle refresh writes only a record that is still there)', async () => {
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  const store = memoryStore();
  let logoutLandsNow = false;
  const racing = {
    ...store,
    /** @param {string} key @param {string} value @param {number} ttl */
    async update(key, value, ttl) {
      if (logoutLandsNow) await store.release(key); // the logout's delete, between the read and its refresh
      return store.update(key, value, ttl);
    },
  };
  const t = await setup({ store: racing });
  try {
    const cookie = (await signIn(t, 'race@example.com')).header();
    mock.timers.tick(61_000); // due for an idle refresh
    logoutLandsNow = true;
    assert.equal((await sessionWith(t, cookie)).status, 401);
    logoutLandsNow = false;
    assert.equal((await sessionWith(t, cookie)).status, 401, 'still over');
  } finally {
    mock.timers.reset();
    await t.close();
  }
});

test('a custom cookie.name is a __Host- name on https, and a session tossed in under any other name is refused', async () => {
  const t = await setup({ allowedOrigins: [SITE, APP], cookie: { name: '__Host-app' } });
  try {
    const jar = await signIn(t, 'custom-name@example.com', httpsRequest);
    const value = jar.cookies.get('__Host-app');
    assert.ok(value);
    assert.equal((await t.handler(httpsRequest('session', undefined, { jar }))).status, 200);
    for (const name of ['app', '__Secure-app', '__Host-passwordless', 'passwordless_session']) {
      assert.equal((await t.handler(httpsRequest('session', undefined, { cookie: `${name}=${value}` }))).status, 401, name);
    }
    const dev = await signIn(t, 'custom-name-dev@example.com');
    assert.ok(dev.cookies.has('passwordless_session'), 'plain http on localhost keeps the unprefixed name');
  } finally {
    await t.close();
  }
});
