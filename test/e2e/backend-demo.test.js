// @ts-check
// Backend mode end to end, as a person: the demo's backend page in Chromium, the server handler mounted in the
// demo server with the emulator's Regular Web Application (a confidential client with a secret).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { waitForMessage } from '../helpers/outbox.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/;
const TOKEN_WORDS = /access_token|id_token|refresh_token|client_secret|demo-regular-secret/;

/** Opens backend.html in a fresh profile, recording events and every body the page receives from the site. */
async function openBackendDemo(query = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const bodies = [];
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  /** @type {string[]} */
  const startKeys = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/start')) startKeys.push(request.headers()['idempotency-key'] ?? '');
  });
  page.on('response', async (response) => {
    // What the page's scripts receive: fetch and XHR answers (scripts and pages are not data).
    if (!['fetch', 'xhr'].includes(response.request().resourceType())) return;
    bodies.push(`${response.status()} ${response.url()} ${JSON.stringify(await response.allHeaders())} ${await response.text().catch(() => '')}`);
  });
  await page.addInitScript(() => {
    /** @type {any} */ (window).__events = [];
    for (const name of ['passwordless-start', 'passwordless-authenticated', 'passwordless-error']) {
      document.addEventListener(name, (event) => /** @type {any} */ (window).__events.push({ type: name, detail: /** @type {CustomEvent} */ (event).detail }));
    }
  });
  await page.goto(`${demo.url}/backend.html${query}`);
  return { context, page, bodies, pageErrors, startKeys };
}

/** @param {import('playwright-core').Page} page */
async function assertNoTokenInBrowser(page, /** @type {string[]} */ bodies) {
  const seen = await page.evaluate(() => JSON.stringify({
    events: /** @type {any} */ (window).__events,
    local: { ...localStorage },
    session: { ...sessionStorage },
    cookies: document.cookie,
  }));
  assert.doesNotMatch(seen, JWT, 'no token in events, storage or script-readable cookies');
  assert.doesNotMatch(seen, TOKEN_WORDS);
  for (const body of bodies) {
    assert.doesNotMatch(body, JWT, `no token in a response the page received: ${body.slice(0, 200)}`);
    assert.doesNotMatch(body, TOKEN_WORDS);
  }
  const authenticated = JSON.parse(seen).events.filter((/** @type {any} */ e) => e.type === 'passwordless-authenticated');
  assert.equal(authenticated.length, 1);
  assert.equal(authenticated[0].detail.authResult, undefined, 'backend mode never hands tokens to the page');
  return authenticated[0].detail.user;
}

test('backend mode, email code: a Regular Web Application signs in, no token reaches the browser', async () => {
  const { context, page, bodies, pageErrors, startKeys } = await openBackendDemo('?send=code');
  const email = `backend-code-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Verification code').waitFor();
  // Each start carries its own Idempotency-Key, so a repeat on the way (a proxy, a retrying balancer) sends nothing more.
  assert.equal(startKeys.length, 1);
  assert.match(startKeys[0], /^[A-Za-z0-9_-]{22}$/, '128 random bits, base64url (protocol/random.js)');
  const message = await waitForMessage(demo.emulator.url, email);
  await page.getByLabel('Verification code').fill(message.code);
  await page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  const user = await assertNoTokenInBrowser(page, bodies);
  assert.equal(user.email, email);
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.includes('passwordless'));
  assert.ok(session?.httpOnly, 'the session is an HttpOnly cookie');
  assert.equal(session?.sameSite, 'Lax');
  await page.getByRole('button', { name: 'Who am I?' }).click();
  await page.getByText(`"email": "${email}"`).waitFor();
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('backend mode, email link: the link lands on the server callback and the page shows the signed-in state', async () => {
  const { context, page, bodies } = await openBackendDemo('?send=link');
  const email = `backend-link-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.locator('passwordless-login').getByText('We sent a sign-in link to').waitFor();
  const message = await waitForMessage(demo.emulator.url, email);
  await page.goto(/** @type {string} */ (message.link));
  await page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal(new URL(page.url()).search.includes('passwordless='), false, 'the return marker is scrubbed');
  const user = await assertNoTokenInBrowser(page, bodies);
  assert.equal(user.email, email);
  assert.match(page.url(), /\/backend\.html/);
  await context.close();
});

test('backend mode, a link opened in another browser asks whose it is and signs in there on Continue; opened again, a plain-language page with a way forward', async () => {
  const { context, page } = await openBackendDemo('?send=link');
  const email = `backend-elsewhere-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  const message = await waitForMessage(demo.emulator.url, email);
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(/** @type {string} */ (message.link));
  await elsewhere.locator('passwordless-login').getByText('was asked for in another browser or on another device').waitFor();
  await elsewhere.locator('passwordless-login').getByRole('button', { name: 'Continue' }).click();
  await elsewhere.getByText(`You are signed in as ${email}.`).waitFor();
  // The link is used up now: a third browser gets the server's plain page.
  const third = await browser.newContext();
  const late = await third.newPage();
  await late.goto(/** @type {string} */ (message.link));
  const text = await late.locator('body').innerText();
  assert.doesNotMatch(text, /state/i);
  assert.match(text, /browser|expired|already/i);
  assert.ok(await late.getByRole('link').count(), 'a way forward is offered');
  await third.close();
  await other.close();
  await context.close();
});
