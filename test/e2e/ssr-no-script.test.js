// @ts-check
// Backend mode with JavaScript off, in Chromium: a plain Node page server-renders <passwordless-login> in backend
// mode (passwordless-login/ssr) and mounts the handler. With no script the first step is an ordinary form: the
// person types the address, gets the handler's code page, types a wrong code (the element's message, on the code
// step), then the right one, and lands back on the page signed in. With the script on, the same page hydrates and
// the element's own steps take over (no post). axe checks the server-rendered page and the no-script pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { createPasswordlessHandler } from '../../server/index.js';
import { toNodeHandler } from '../../server/node.js';
import { FORM_MESSAGES } from '../../server/form-messages.js';
import { launchBrowser } from '../helpers/browser.js';
import { freePort } from '../helpers/free-port.js';
import { waitForMessage } from '../helpers/outbox.js';
import { importSsr, buildHydrate, removeSsrBuilds } from '../helpers/ssr.js';
import { sendFile } from '../helpers/static-server.js';

const AXE = /** @type {{ source: string }} */ (createRequire(import.meta.url)('axe-core')).source;

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
/** @type {import('node:http').Server} */ let site;
/** @type {string} */ let siteUrl;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  const [{ renderPasswordlessLogin }, scripts] = await Promise.all([importSsr(), buildHydrate()]);
  const port = await freePort();
  siteUrl = `http://localhost:${port}`;
  const config = structuredClone(defaultConfig);
  const regular = /** @type {any} */ (config.clients.find((c) => c.client_id === 'demo-regular'));
  regular.callbacks = [`${siteUrl}/auth/passwordless/callback`];
  regular.allowed_origins = [siteUrl];
  emulator = await startEmulator({ port: 0, config });
  const handler = toNodeHandler(createPasswordlessHandler({
    domain: emulator.url,
    clientId: 'demo-regular',
    clientSecret: regular.client_secret,
    sessionSecret: 'ssr-no-script-session-secret-0123456789',
    callbackUrl: `${siteUrl}/auth/passwordless/callback`,
    loginUrl: '/',
    allowedOrigins: [siteUrl],
    log: () => {},
  }));
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Konto</title>
<script type="module">import { hydrated } from '/scripts/hydrate.js'; await hydrated; window.__hydrated = true;</script>
</head><body><main><h1>Konto</h1>${await renderPasswordlessLogin({ endpoint: '/auth/passwordless' }, { lang: 'de' })}</main></body></html>`;
  site = createServer((request, response) => handler(request, response, async () => {
    const path = new URL(request.url ?? '/', siteUrl).pathname;
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (path.startsWith('/scripts/')) return sendFile(response, scripts, path.slice('/scripts'.length));
    response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  }));
  await new Promise((resolve) => site.listen(port, 'localhost', () => resolve(undefined)));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  await emulator?.close();
  await removeSsrBuilds();
});

/**
 * axe-core's violations on a page's HTML as the browser got it. axe needs timers, which do not run with JavaScript
 * off: the HTML is served again in a context with JavaScript on, where nothing else loads (no hydration).
 * @param {string} html
 */
async function axeViolations(html) {
  const context = await browser.newContext();
  try {
    await context.route('**/*', (route) => (route.request().url() === `${siteUrl}/__axe` ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
    const page = await context.newPage();
    await page.goto(`${siteUrl}/__axe`);
    await page.evaluate(AXE);
    const results = await page.evaluate(() => /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] }));
    return results.violations.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await context.close();
  }
}

/** The HTML of each document the page shows, newest last (redirects have none). @param {import('playwright-core').Page} page */
function documents(page) {
  /** @type {Promise<string>[]} */
  const seen = [];
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.status() !== 303) seen.push(response.text());
  });
  return { latest: () => seen.at(-1) ?? Promise.resolve('') };
}

test('JavaScript off: sign in by email code in backend mode, with a wrong code’s message on the code step, in German; axe passes on each page', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
  const page = await context.newPage();
  const shown = documents(page);
  await page.goto(siteUrl);
  assert.equal(await page.evaluate(() => customElements.get('passwordless-login')), undefined, 'no script ran');
  assert.deepEqual(await axeViolations(await shown.latest()), [], 'the server-rendered page');

  const email = `nojs-${Date.now()}@example.com`;
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Code senden' }).click();
  await page.waitForURL(`${siteUrl}/auth/passwordless/code?lang=de`);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await page.getByText(email).waitFor();
  assert.deepEqual(await axeViolations(await shown.latest()), [], 'the code page');

  await page.getByLabel('Bestätigungscode').fill('000000');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(FORM_MESSAGES.de.errors.wrong_code).waitFor();
  assert.equal(await page.getByLabel('Bestätigungscode').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axeViolations(await shown.latest()), [], 'the code page with its error');

  const { code } = await waitForMessage(emulator.url, email);
  await page.getByLabel('Bestätigungscode').fill(code);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(`${siteUrl}/?passwordless=signed-in`);
  const session = await (await context.request.get(`${siteUrl}/auth/passwordless/session`)).json();
  assert.equal(session.user.email, email);
  await context.close();
});

test('JavaScript off: an invalid address shows the element’s message on the handler’s sign-in page; axe passes', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const shown = documents(page);
  await page.goto(siteUrl);
  await page.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
  await page.getByRole('button', { name: 'Code senden' }).click();
  await page.getByText(FORM_MESSAGES.de.errors.invalid_email).waitFor();
  assert.equal(await page.getByLabel('E-Mail-Adresse').inputValue(), 'kein-at-zeichen');
  assert.deepEqual(await axeViolations(await shown.latest()), [], 'the sign-in page with its error');
  await context.close();
});

test('JavaScript on: the same backend-mode page hydrates, and the element’s submit sends by script (no form post)', async () => {
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.stack)));
  await page.goto(siteUrl);
  await page.waitForFunction(() => /** @type {any} */ (window).__hydrated === true);
  const email = `js-${Date.now()}@example.com`;
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Code senden' }).click();
  await page.locator('passwordless-login [part~="code-input"]').waitFor();
  assert.equal(page.url(), `${siteUrl}/`, 'no navigation: the element sent it');
  const { code } = await waitForMessage(emulator.url, email);
  await page.locator('passwordless-login [part~="code-input"]').fill(code);
  await page.waitForFunction(() => document.querySelector('passwordless-login')?.matches(':state(success)'));
  const session = await (await page.context().request.get(`${siteUrl}/auth/passwordless/session`)).json();
  assert.equal(session.user?.email, email);
  assert.deepEqual(errors, []);
  await page.close();
});
