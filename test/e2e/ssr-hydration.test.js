// @ts-check
// A server-rendered <passwordless-login> (passwordless-login/ssr) on a plain Node page, in German, with the script held
// back: the person types into the server-rendered field, then the script arrives and hydrates it. What was typed and
// the focus survive, nothing is rendered again (the same nodes), no error, and the sign-in completes (SPA mode, the
// emulator).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { waitForMessage } from '../helpers/outbox.js';
import { importSsr, buildHydrate, removeSsrBuilds } from '../helpers/ssr.js';
import { sendFile } from '../helpers/static-server.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
/** @type {import('node:http').Server} */ let site;
/** @type {string} */ let siteUrl;
/** @type {import('playwright-core').Browser} */ let browser;
/** Lets the held script through. @type {() => void} */ let release = () => {};
/** @type {Promise<void>} */ let released;
/** @type {string[]} */ const requested = [];

before(async () => {
  const [{ renderPasswordlessLogin }, scripts] = await Promise.all([importSsr(), buildHydrate()]);
  emulator = await startEmulator({ port: 0, config: defaultConfig });
  /** @param {string} lang @param {Record<string, string>} attributes */
  const pageOf = async (lang, attributes, { pageLang = lang, before = '' } = {}) => `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><title>ssr</title>
${before}<script type="module">import { hydrated } from '/scripts/hydrate.js'; await hydrated; window.__hydrated = true;</script>
</head><body><main>${await renderPasswordlessLogin({ domain: emulator.url, 'client-id': 'demo-spa', ...attributes }, { lang })}</main><p id="who"></p>
<script>document.addEventListener('passwordless-authenticated', (event) => { document.querySelector('#who').textContent = 'Hello, ' + event.detail.user.email; });</script>
</body></html>`;
  const pages = {
    '/': await pageOf('de', {}),
    '/ar-sms': await pageOf('ar', { connection: 'sms' }),
    // Lit already loaded by the page (what lit-element records when it loads), before passwordless-login/hydrate.
    '/lit-first': await pageOf('de', {}, { before: '<script>globalThis.litElementVersions = ["4.2.0"];</script>' }),
    // The server was told German; the page says French.
    '/other-lang': await pageOf('de', {}, { pageLang: 'fr' }),
  };
  released = new Promise((resolve) => (release = resolve));
  site = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = pages[/** @type {keyof typeof pages} */ (path)];
    if (page) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (!path.startsWith('/scripts/')) return void response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    requested.push(path);
    if (path === '/scripts/hydrate.js') await released; // held back until the test lets it through
    await sendFile(response, scripts, path.slice('/scripts'.length));
  });
  await new Promise((resolve) => site.listen(0, 'localhost', () => resolve(undefined)));
  const address = site.address();
  siteUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});

after(async () => {
  release();
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  await emulator?.close();
  await removeSsrBuilds();
});

test('typed before the script, hydrated after: the text and the focus survive, the same nodes, no error, and the sign-in completes', async () => {
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.stack)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(siteUrl, { waitUntil: 'commit' });

  // The server-rendered form, in German, before any script: it is a working field.
  const field = page.getByLabel('E-Mail-Adresse');
  await field.waitFor();
  assert.equal(await page.evaluate(() => customElements.get('passwordless-login')), undefined, 'not defined yet');
  assert.equal(await page.getByRole('heading', { name: 'Anmelden' }).count(), 1);
  const email = `ssr-${Date.now()}@example.com`;
  const [first, rest] = [email.slice(0, 6), email.slice(6)];
  await field.click();
  await page.keyboard.type(first);
  await page.evaluate(() => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('passwordless-login')?.shadowRoot);
    Object.assign(window, { __before: { form: root.querySelector('form'), heading: root.querySelector('h2'), input: root.querySelector('input') } });
  });

  release();
  await page.waitForFunction(() => /** @type {any} */ (window).__hydrated === true, undefined, { timeout: 5000 }).catch((error) => {
    throw new Error(`${error}\n${errors.join('\n')}\nrequested: ${requested.join(' ')}`);
  });
  const after = await page.evaluate(() => {
    const host = /** @type {HTMLElement} */ (document.querySelector('passwordless-login'));
    const root = /** @type {ShadowRoot} */ (host.shadowRoot);
    const before = /** @type {any} */ (window).__before;
    return {
      value: /** @type {HTMLInputElement} */ (root.querySelector('input')).value,
      focused: document.activeElement === host && root.activeElement === before.input,
      sameNodes: root.querySelector('form') === before.form && root.querySelector('h2') === before.heading && root.querySelector('input') === before.input,
      heading: root.querySelector('h2')?.textContent,
      state: host.matches(':state(identify)'),
      styles: root.querySelectorAll('style').length,
    };
  });
  assert.deepEqual(after, { value: first, focused: true, sameNodes: true, heading: 'Anmelden', state: true, styles: 1 });

  // Typing goes on where it was, into the element's own state: the send uses the whole address.
  await page.keyboard.type(rest);
  assert.equal(await field.inputValue(), email);
  await page.keyboard.press('Enter');
  const message = await waitForMessage(emulator.url, email);
  await page.locator('passwordless-login [part~="code-input"]').fill(message.code);
  // auth0-js returns to the page with the tokens in the fragment: the server renders the first step again, which the
  // browser cannot hydrate (its first render is "signing in"), so passwordless-login/hydrate renders that one afresh.
  await page.getByText(`Hello, ${email}`).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '', 'the tokens were taken out of the URL');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Arabic, SMS: right to left before and after hydration, and the country picker the rest of the element brings renders into it', async () => {
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.stack)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(`${siteUrl}/ar-sms`);
  await page.waitForFunction(() => /** @type {any} */ (window).__hydrated === true);
  const base = page.locator('passwordless-login [part="base"]');
  assert.equal(await base.getAttribute('dir'), 'rtl');
  assert.equal(await base.getAttribute('lang'), 'ar');
  await page.locator('passwordless-login [part~="country-select"]').waitFor();
  assert.equal(await page.locator('passwordless-login input[type="tel"]').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Lit loaded before the hydrate module: the form renders again in the browser (once, not twice), and developers hear why', async () => {
  release();
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */ const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${siteUrl}/lit-first`);
  await page.waitForFunction(() => /** @type {any} */ (window).__hydrated);
  const login = page.locator('passwordless-login');
  await login.locator('form').first().waitFor();
  assert.equal(await login.locator('form').count(), 1, 'one form');
  assert.equal(await login.locator('h2').count(), 1, 'one heading');
  assert.ok(warnings.some((line) => /Lit was loaded before passwordless-login\/hydrate/.test(line)), warnings.join(' | '));
  await context.close();
});

test('a page whose language differs from what the server was told: the element renders in the page\'s language, not a mix', async () => {
  release();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/other-lang`);
  await page.waitForFunction(() => /** @type {any} */ (window).__hydrated);
  const login = page.locator('passwordless-login');
  await login.getByRole('heading', { name: 'Connexion' }).waitFor();
  assert.equal(await login.locator('form').count(), 1);
  await context.close();
});
