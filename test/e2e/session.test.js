// @ts-check
// After success, end to end, as a person: the demo pages in Chromium, real auth0-js, the real emulator over HTTP and
// the server handler mounted in the demo server. A reload says who is signed in without typing (SPA mode: Auth0's
// session, checked silently in a hidden iframe, with fresh tokens; backend mode: the server's session route), only in
// a browser that signed in here; signing out ends the session (Auth0's, or the server's), forgets the last link's
// address, signs out the other tabs that show who is signed in, and the next load asks again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { countMessages, waitForMessage } from '../helpers/outbox.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/;
const MARKER = 'passwordless-login:signed-in:';

/**
 * A fresh browser profile on a demo page, its events collected in window.__events (again after each reload), and the
 * requests it makes for the silent check: Auth0's /authorize (SPA mode) and the server's /session (backend mode).
 * @param {string} path
 */
async function open(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  /** @type {string[]} */
  const checks = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/authorize' || url.pathname.endsWith('/session')) checks.push(`${url.pathname}?${url.searchParams.get('prompt') ?? ''}:${url.searchParams.get('response_mode') ?? ''}`);
  });
  await page.addInitScript(() => {
    /** @type {any} */ (window).__events = [];
    for (const name of ['passwordless-authenticated', 'passwordless-error', 'passwordless-signed-out']) {
      document.addEventListener(name, (event) => /** @type {any} */ (window).__events.push({ type: name, detail: /** @type {CustomEvent} */ (event).detail }));
    }
  });
  await page.goto(`${demo.url}${path}`);
  return { context, page, pageErrors, checks };
}

/** @param {import('playwright-core').Page} page @param {string} type */
const eventsOf = (page, type) => page.evaluate((type) => /** @type {any} */ (window).__events.filter((/** @type {any} */ e) => e.type === type), type);

/** @param {import('playwright-core').Page} page */
const element = (page) => page.locator('passwordless-login');

/** Types the address, then the code from the outbox, until the element says who is signed in. @param {import('playwright-core').Page} page @param {string} email */
async function signInWithCode(page, email) {
  await page.getByLabel('Email address').fill(email);
  await element(page).getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(demo.emulator.url, email);
  await page.getByLabel('Verification code').fill(message.code);
  await element(page).getByText(`You are signed in as ${email}.`).waitFor();
}

/** A session found on load: "Welcome back" is the heading, and the step says who. @param {import('playwright-core').Page} page @param {string} email */
async function welcomedBack(page, email) {
  await element(page).getByRole('heading', { name: 'Welcome back' }).waitFor();
  await element(page).getByText(`You are signed in as ${email}.`, { exact: true }).waitFor();
}

/** Everything a page script can read: the marker, never a token. @param {import('playwright-core').Page} page */
async function assertOnlyTheMarkerStored(page) {
  const stored = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
  assert.doesNotMatch(JSON.stringify(stored), JWT, 'no token in storage or script-readable cookies');
  for (const [key, value] of Object.entries(stored.local)) {
    if (key.startsWith(MARKER)) assert.equal(value, '1', 'the marker says nothing but "signed in here"');
  }
}

/**
 * What Auth0's session in this browser gives a silent sign-in (prompt=none): an authorization code, or an error.
 * The request shares the browser context's cookies, as the element's hidden iframe does.
 * @param {import('playwright-core').BrowserContext} context
 */
async function auth0Session(context) {
  const query = new URLSearchParams({ client_id: 'demo-spa', response_type: 'code', response_mode: 'query', redirect_uri: `${demo.url}/`, prompt: 'none', state: 'probe' });
  const response = await context.request.get(`${demo.emulator.url}/authorize?${query}`, { maxRedirects: 0 });
  const location = new URL(response.headers().location ?? '', demo.url);
  return location.searchParams.get('code') ? 'signed in' : location.searchParams.get('error');
}

test('SPA mode: after a sign-in, a reload says who is signed in, with fresh tokens from a silent check, without typing', async () => {
  const { context, page, pageErrors, checks } = await open('/');
  await page.getByLabel('Email address').waitFor();
  assert.deepEqual(checks, [], 'an anonymous visitor gets no silent check');
  const email = `reload-spa-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  const [first] = await eventsOf(page, 'passwordless-authenticated');
  await assertOnlyTheMarkerStored(page);
  const sent = await countMessages(demo.emulator.url);
  checks.length = 0;

  await page.reload();
  await welcomedBack(page, email);
  assert.deepEqual(checks, ['/authorize?none:web_message'], 'one silent check: prompt=none, answered by web_message in the hidden iframe');
  const [again] = await eventsOf(page, 'passwordless-authenticated');
  assert.equal(again.detail.user.email, email);
  assert.equal(again.detail.authResult.idTokenPayload.email, email);
  assert.match(again.detail.authResult.idToken, JWT);
  assert.ok(again.detail.authResult.accessToken, 'an access token too');
  assert.notEqual(again.detail.authResult.idToken, first.detail.authResult.idToken, 'fresh tokens, not stored ones');
  assert.equal(await countMessages(demo.emulator.url), sent, 'nothing was sent: no typing, no code');
  assert.equal(await page.locator('iframe[src*="/authorize"]').count(), 0, 'auth0-js removed its iframe');
  await assertOnlyTheMarkerStored(page);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('SPA mode: signOut() ends the Auth0 session by its logout and comes back to the form, which asks nothing on the next load', async () => {
  const { context, page, pageErrors, checks } = await open('/');
  const email = `signout-spa-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  assert.equal(await auth0Session(context), 'signed in', 'Auth0 has a session in this browser');

  const logout = page.waitForRequest((request) => new URL(request.url()).pathname === '/v2/logout');
  await page.evaluate(() => void (/** @type {any} */ (document.querySelector('passwordless-login'))).signOut());
  const request = new URL((await logout).url());
  assert.equal(request.searchParams.get('returnTo'), `${demo.url}/`, 'back to this page');
  assert.equal(request.searchParams.get('client_id'), 'demo-spa');
  await page.waitForURL(`${demo.url}/`);
  await page.getByLabel('Email address').waitFor();
  // The page came back from Auth0 (a full load): the form says so, on screen and to screen readers.
  await element(page).locator('[part~="hint"]', { hasText: 'You are signed out.' }).waitFor();
  await element(page).getByRole('status').getByText('You are signed out.').waitFor();
  assert.equal(await page.getByLabel('Email address').inputValue(), '');
  assert.equal(await auth0Session(context), 'login_required', 'the Auth0 session is gone');
  assert.deepEqual(await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), MARKER), [], 'the marker is gone');
  await assertOnlyTheMarkerStored(page);

  checks.length = 0;
  await page.reload();
  await page.getByLabel('Email address').waitFor();
  assert.deepEqual(checks, [], 'no silent check once signed out');
  assert.equal(await element(page).getByText('You are signed out.').count(), 0, 'said once: a later load is a plain form');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('SPA mode: when the check finds no session (ended elsewhere; a blocked cookie looks the same to Auth0), the form, without an error', async () => {
  const { context, page, checks } = await open('/');
  const email = `ended-spa-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  // Auth0's session ends behind the page's back (another tab signed out, it expired): the cookie goes with it.
  await context.clearCookies();
  checks.length = 0;
  await page.reload();
  await page.getByLabel('Email address').waitFor();
  assert.deepEqual(checks, ['/authorize?none:web_message'], 'it was checked');
  const shown = await page.evaluate(() => document.querySelector('passwordless-login')?.shadowRoot?.querySelector('[part~="error"]')?.textContent);
  assert.equal(shown, '', 'no error is shown');
  assert.deepEqual(await eventsOf(page, 'passwordless-error'), []);
  assert.deepEqual(await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), MARKER), [], 'nobody: the marker is gone');
  assert.deepEqual(await eventsOf(page, 'passwordless-authenticated'), []);
  await context.close();
});

test('SPA mode: during the silent check, a forged answer with the leaked state from another origin is stopped; Auth0\'s own signs in', async () => {
  const { context, page } = await open('/');
  const email = `guard-spa-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  // Auth0's answer to the check is held; meanwhile a frame of another origin posts a forged one with the check's state.
  let state = '';
  /** @type {() => void} */ let release = () => undefined;
  const held = new Promise((resolve) => (release = () => resolve(undefined)));
  const asked = new Promise((resolve) => {
    void page.route((url) => url.pathname === '/authorize', async (route) => {
      state = new URL(route.request().url()).searchParams.get('state') ?? '';
      resolve(undefined);
      await held;
      await route.continue();
    });
  });
  await page.route('http://attacker.test/**', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<script>parent.postMessage({ type: "authorization_response", response: { access_token: "forged", id_token: "a.b.c", token_type: "Bearer", state: location.hash.slice(1) } }, "*"); parent.postMessage({ type: "forged-sent" }, "*");</script>',
  }));
  await page.reload();
  await asked;
  assert.ok(state, 'the check carries a state');
  // The frame then posts a second message, which nothing stops: once it arrives, the forged one has been dispatched.
  await page.evaluate((src) => new Promise((resolve) => {
    window.addEventListener('message', (event) => event.data?.type === 'forged-sent' && resolve(undefined));
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }), `http://attacker.test/frame.html#${state}`);
  release();
  await welcomedBack(page, email);
  const [again] = await eventsOf(page, 'passwordless-authenticated');
  assert.notEqual(again.detail.authResult.accessToken, 'forged');
  assert.match(again.detail.authResult.idToken, JWT);
  await context.close();
});

test('SPA mode: a page whose Content-Security-Policy refuses the tenant\'s frame shows the form at once, and tells the developer why', async () => {
  const { context, page } = await open('/');
  const email = `csp-spa-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  await page.route(`${demo.url}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "frame-src 'none'" } });
  });
  // Not the 10-second timeout: the refusal itself ends the check (the timeout's hint would say "No answer").
  const hint = page.waitForEvent('console', (message) => message.text().includes("Content-Security-Policy (frame-src) refuses a frame of"));
  await page.reload();
  await hint;
  await page.getByLabel('Email address').waitFor();
  assert.deepEqual(await eventsOf(page, 'passwordless-error'), [], 'no error for the person');
  assert.deepEqual(await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), MARKER), [], 'no check on the next load');
  await context.close();
});

test('backend mode: after a sign-in, a reload is signed in from the server\'s session route; no token reaches the page', async () => {
  const { context, page, pageErrors, checks } = await open('/backend.html?send=code');
  await page.getByLabel('Email address').waitFor();
  assert.deepEqual(checks, [], 'an anonymous visitor does not ask the server');
  const email = `reload-backend-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  checks.length = 0;

  await page.reload();
  await welcomedBack(page, email);
  assert.deepEqual(checks, ['/auth/passwordless/session?:'], 'one GET of the session route');
  const [again] = await eventsOf(page, 'passwordless-authenticated');
  assert.equal(again.detail.user.email, email);
  assert.equal(again.detail.authResult, undefined, 'backend mode never hands tokens to the page');
  await assertOnlyTheMarkerStored(page);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('backend mode: the sign-out button ends the server session and clears its cookie', async () => {
  const { context, page, checks } = await open('/backend.html?send=code');
  await page.evaluate(() => document.querySelector('passwordless-login')?.setAttribute('sign-out-button', ''));
  const email = `signout-backend-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  const sessionCookie = async () => (await context.cookies()).find((cookie) => cookie.name === 'passwordless_session');
  const copy = await sessionCookie();
  assert.ok(copy, 'signed in: an HttpOnly session cookie');

  await element(page).getByRole('button', { name: 'Sign out' }).click();
  await element(page).getByRole('status').getByText('You are signed out.').waitFor();
  await element(page).locator('[part~="hint"]', { hasText: 'You are signed out.' }).waitFor();
  await page.getByLabel('Email address').waitFor();
  assert.equal((await eventsOf(page, 'passwordless-signed-out')).length, 1);
  assert.equal(await sessionCookie(), undefined, 'the cookie is cleared');
  // The session itself has ended on the server: even a copy of the old cookie is refused.
  const replay = await fetch(`${demo.url}/auth/passwordless/session`, { headers: { cookie: `${copy.name}=${copy.value}`, 'X-Passwordless-Login': '1' } });
  assert.equal(replay.status, 401);

  checks.length = 0;
  await page.reload();
  await page.getByLabel('Email address').waitFor();
  assert.deepEqual(checks, [], 'no session check once signed out');
  await context.close();
});

test('SPA mode: signing out forgets the last link\'s address: nothing names the person in storage, and the used link opened again offers no address', async () => {
  const { context, page, pageErrors } = await open('/?send=link');
  const email = `link-out-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await element(page).getByRole('button', { name: 'Email me a sign-in link' }).click();
  const { link } = await waitForMessage(demo.emulator.url, email);
  assert.ok(link);
  await page.goto(link);
  await element(page).getByText(`You are signed in as ${email}.`).waitFor();
  const stored = () => page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  const lastLink = () => page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('passwordless-login:link:')));
  assert.match(JSON.stringify(await lastLink()), new RegExp(email), 'the last link\'s address, for a second use');

  await page.evaluate(() => void (/** @type {any} */ (document.querySelector('passwordless-login'))).signOut());
  await page.waitForURL(`${demo.url}/`);
  await page.getByLabel('Email address').waitFor();
  assert.ok(!(await stored()).includes(email.split('@')[0] ?? email), 'no address, in any storage');
  assert.deepEqual(await lastLink(), []);
  assert.deepEqual(await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), MARKER), [], 'nor the marker');

  // The used link again: nobody is signed in, and nothing here remembers whom it was for.
  await page.goto(link);
  await element(page).getByText('cannot be used here').waitFor();
  await element(page).locator('[part~="submit-button"]').click();
  assert.equal(await page.getByLabel('Email address').inputValue(), '');
  assert.deepEqual(await eventsOf(page, 'passwordless-authenticated'), []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('backend mode: a sign-out in one tab signs out another tab that shows who is signed in, and tells its page', async () => {
  const { context, page } = await open('/backend.html?send=code');
  const email = `two-tabs-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  const other = await context.newPage();
  await other.addInitScript(() => {
    /** @type {any} */ (window).__events = [];
    document.addEventListener('passwordless-signed-out', (event) => /** @type {any} */ (window).__events.push({ type: event.type, detail: /** @type {CustomEvent} */ (event).detail }));
  });
  await other.goto(`${demo.url}/backend.html?send=code`);
  await element(other).getByText(`You are signed in as ${email}.`).waitFor();

  await page.evaluate(() => document.querySelector('passwordless-login')?.setAttribute('sign-out-button', ''));
  await element(page).getByRole('button', { name: 'Sign out' }).click();
  await element(page).getByRole('status').getByText('You are signed out.').waitFor();
  await element(other).getByRole('status').getByText('You are signed out.').waitFor();
  assert.equal(await other.getByLabel('Email address').inputValue(), '', 'nothing of the sign-in stays on screen');
  assert.equal((await eventsOf(other, 'passwordless-signed-out')).length, 1, 'the other tab\'s page hears it');
  await context.close();
});
