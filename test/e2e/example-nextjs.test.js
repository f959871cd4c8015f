// @ts-check
// The Next.js example (examples/nextjs) as CI and a new user run it: the package built, the example's dependencies
// installed (npm ci), `next build` (Turbopack) and `next start`, against the real emulator over HTTP. Both sign-in
// pages arrive with the element's first step in their HTML (passwordless-login/ssr) and hydrate it; what is typed
// before any script stays. A person in Chromium signs in by email code on /login (SPA mode) and on /account-login
// (backend mode), sees /account, and signs out; /account turns signed-out visitors away. The same steps as
// `npm run example:nextjs` (scripts/nextjs-example.js), each skipped when up to date: no second `next build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../emulator/index.js';
import { buildExample, exampleEnv, prepareExample, startExample } from '../../scripts/nextjs-example.js';
import { launchBrowser } from '../helpers/browser.js';
import { freePort } from '../helpers/free-port.js';
import { waitForMessage } from '../helpers/outbox.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
/** @type {{ url: string, stop: () => Promise<unknown> }} */ let app;
/** @type {import('playwright-core').Browser} */ let browser;
/** Seconds each step took (0: up to date), reported by the first test. */
const times = { packageBuild: 0, install: 0, nextBuild: 0, nextStart: 0 };

before(async () => {
  Object.assign(times, await prepareExample());
  emulator = await startEmulator({ port: 0, log: () => {} });
  const port = await freePort();
  const env = exampleEnv({ emulatorUrl: emulator.url, appUrl: `http://localhost:${port}` });
  times.nextBuild = await buildExample(env);
  const started = performance.now();
  app = await startExample(port, env);
  times.nextStart = (performance.now() - started) / 1000;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await emulator?.close();
});

/**
 * A fresh browser profile on one of the app's pages, with the page's errors collected.
 * @param {string} path @param {{ before?: (page: import('playwright-core').Page) => Promise<unknown>, waitUntil?: 'load' | 'commit' }} [options]
 */
async function open(path, { before, waitUntil = 'load' } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await before?.(page);
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  // (The browser logs each 4xx answer too: the favicon, a session check after signing out; a server failure counts.)
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
  page.on('response', (response) => response.status() >= 500 && problems.push(`${response.status()} ${response.url()}`));
  await page.goto(`${app.url}${path}`, { waitUntil });
  return { context, page, problems };
}

/**
 * Resolves once the page's <passwordless-login> is defined and rendered: its hydrate chunk loads from an effect, after
 * the page's load event. (Before it, the server-rendered form is a plain form: sending it would reload the page.)
 * @param {import('playwright-core').Page} page
 */
async function elementReady(page) {
  await page.evaluate(async () => {
    await customElements.whenDefined('passwordless-login');
    await /** @type {HTMLElement & { updateComplete: Promise<unknown> }} */ (document.querySelector('passwordless-login')).updateComplete;
  });
}

/** Types the address, sends, reads the code in the emulator's outbox and types it, as a person does. @param {import('playwright-core').Page} page @param {string} email */
async function signInByCode(page, email) {
  await elementReady(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(emulator.url, email);
  await page.getByLabel('Verification code').fill(message.code); // sends itself once complete
}

test('/account turns a signed-out visitor away to /account-login (the proxy, before the page renders)', async (t) => {
  t.diagnostic(`package build ${times.packageBuild.toFixed(1)} s, npm ci ${times.install.toFixed(1)} s, next build ${times.nextBuild.toFixed(1)} s, next start ${times.nextStart.toFixed(1)} s (0: up to date)`);
  const response = await fetch(`${app.url}/account`, { redirect: 'manual' });
  assert.equal(response.status, 307);
  assert.equal(new URL(/** @type {string} */ (response.headers.get('location')), app.url).pathname, '/account-login');
  // A cookie whose session the server does not know (made up, or signed out elsewhere): the page itself sends it away.
  const forged = await fetch(`${app.url}/account`, { redirect: 'manual', headers: { cookie: 'passwordless_session=made-up' } });
  assert.equal(new URL(/** @type {string} */ (forged.headers.get('location')), app.url).pathname, '/account-login');
});

test('both sign-in pages arrive with the first step in their HTML (passwordless-login/ssr in a Server Component)', async () => {
  for (const path of ['/login', '/account-login']) {
    const html = await (await fetch(`${app.url}${path}`)).text();
    // The element, then its shadow root as a declarative template, then the first step's field, before any script.
    const element = /<passwordless-login\b[^>]*>\s*<template\b[^>]*\bshadowrootmode="open"[^>]*>[\s\S]*?<\/template>/.exec(html)?.[0];
    assert.ok(element, `${path}: <passwordless-login> with <template shadowrootmode="open"> in the page's HTML`);
    assert.match(element, /<label\b[^>]*>[\s\S]*?Email address/, `${path}: the email field's label is rendered`);
  }
});

test('typed before any script came, the text stays through React and Lit hydration, and the sign-in completes (/account-login)', async () => {
  // Every script of the page (React, Next.js and the element's chunks) waits until the person has typed.
  /** @type {() => void} */ let release = () => {};
  const released = new Promise((resolve) => (release = () => resolve(undefined)));
  const { context, page, problems } = await open('/account-login', {
    waitUntil: 'commit',
    before: (page) => page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
      await released;
      await route.continue();
    }),
  });
  const field = page.getByLabel('Email address');
  await field.click();
  const email = `early-${Date.now()}@example.com`;
  await page.keyboard.type(email.slice(0, 6));
  assert.equal(await page.evaluate(() => customElements.get('passwordless-login')), undefined, 'typed into the server-rendered form');
  await page.evaluate(() => Object.assign(window, { __input: document.querySelector('passwordless-login')?.shadowRoot?.querySelector('input') }));
  release();
  // Once defined and updated, the hydrate module has handed the typed text to the element (it waited for the same update).
  await elementReady(page);
  const after = await page.evaluate(() => {
    const host = /** @type {HTMLElement} */ (document.querySelector('passwordless-login'));
    const input = host.shadowRoot?.querySelector('input');
    return { sameInput: input === /** @type {any} */ (window).__input, value: input?.value, focused: host.shadowRoot?.activeElement === input };
  });
  assert.deepEqual(after, { sameInput: true, value: email.slice(0, 6), focused: true });
  await page.keyboard.type(email.slice(6));
  await page.getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(emulator.url, email); // the whole address: the element's state has the early part
  await page.getByLabel('Verification code').fill(message.code);
  await page.waitForURL(`${app.url}/account`);
  await page.getByText(`Signed in as ${email}.`).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a client-side navigation between the two pages (React sets the HTML): the element renders in the browser, no inert template, no error', async () => {
  const { context, page, problems } = await open('/login');
  await elementReady(page);
  await page.getByRole('link', { name: 'Backend mode' }).click();
  await page.waitForURL(`${app.url}/account-login`);
  await page.waitForFunction(() => document.querySelector('passwordless-login')?.getAttribute('endpoint'));
  await elementReady(page);
  await page.getByLabel('Email address').waitFor();
  const leftover = await page.evaluate(() => document.querySelectorAll('passwordless-login > template').length);
  assert.equal(leftover, 0, 'no declarative shadow root left inert');
  await page.getByRole('link', { name: 'SPA mode' }).click();
  await page.waitForFunction(() => document.querySelector('passwordless-login')?.getAttribute('client-id'));
  await page.getByLabel('Email address').waitFor();
  assert.equal(await page.evaluate(() => document.querySelectorAll('passwordless-login > template').length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('SPA mode on /login: signs in by email code, back from Auth0 on the server-rendered page, still after a reload, and signs out', async () => {
  const { context, page, problems } = await open('/login');
  const email = `spa-${Date.now()}@example.com`;
  await signInByCode(page, email);
  // Auth0 (the emulator) sends the browser back to /login with the tokens in the URL; React sets the element's
  // domain and client ID as it hydrates the page, after the element connected.
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  await page.getByText('This page holds an access token for your API.').waitFor();
  assert.equal(new URL(page.url()).pathname, '/login');
  assert.equal(new URL(page.url()).hash, '', 'the tokens are out of the URL');
  // A reload: the element asks Auth0 silently who is signed in, once React has named the login.
  await page.reload();
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  await page.getByText('This page holds an access token for your API.').waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click(); // Auth0's logout, back to /login
  await page.getByText('You are signed out.').first().waitFor(); // on screen, and said by the status region
  await page.getByText('Signed out: no token in this page.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('backend mode on /account-login: signs in by email code, sees /account (a Server Component), signs out', async () => {
  const { context, page, problems } = await open('/account-login');
  const email = `backend-${Date.now()}@example.com`;
  await signInByCode(page, email);
  await page.waitForURL(`${app.url}/account`);
  await page.getByText(`Signed in as ${email}.`).waitFor();
  const cookies = await context.cookies();
  assert.deepEqual(cookies.map((cookie) => cookie.name), ['passwordless_session'], 'one session cookie, and no token in the browser');
  assert.equal(cookies[0].httpOnly, true);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${app.url}/account-login`);
  await page.getByLabel('Email address').waitFor();
  await page.goto(`${app.url}/account`);
  await page.waitForURL(`${app.url}/account-login`);
  assert.deepEqual(problems, []);
  await context.close();
});
