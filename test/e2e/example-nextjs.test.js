// @ts-check
// The Next.js example (examples/nextjs) as CI and a new user run it: the package built, the example's dependencies
// installed (npm ci), `next build` (Turbopack) and `next start`, against the real emulator over HTTP; then a person in
// Chromium signs in by email code on /login (SPA mode, on a page rendered on the server) and on /account-login
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

/** A fresh browser profile on one of the app's pages, with the page's errors collected. @param {string} path */
async function open(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  // (The browser logs each 4xx answer too: the favicon, a session check after signing out; a server failure counts.)
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
  page.on('response', (response) => response.status() >= 500 && problems.push(`${response.status()} ${response.url()}`));
  await page.goto(`${app.url}${path}`);
  return { context, page, problems };
}

/** Types the address, sends, reads the code in the emulator's outbox and types it, as a person does. @param {import('playwright-core').Page} page @param {string} email */
async function signInByCode(page, email) {
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
