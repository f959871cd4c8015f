// @ts-check
// The callback is parsed exactly once per page, even with two elements on it and a re-render: auth0-js deletes
// the transaction on first read, so a second parse would fail with "`state` does not match".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../helpers/browser.js';
import { waitForMessage } from '../helpers/outbox.js';
import { startSpaSite } from '../helpers/spa-site.js';

/** @type {Awaited<ReturnType<typeof startSpaSite>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

const page = (/** @type {string} */ emulatorUrl) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>two elements</title>
<script type="module" src="/dist/passwordless-login.js"></script></head>
<body>
  <passwordless-login id="first" domain="${emulatorUrl}" client-id="demo-spa" send="link"></passwordless-login>
  <passwordless-login id="second" domain="${emulatorUrl}" client-id="demo-spa" send="link"></passwordless-login>
  <script>
    window.__authenticated = [];
    window.__errors = [];
    document.addEventListener('passwordless-authenticated', (e) => window.__authenticated.push(e.target.id));
    document.addEventListener('passwordless-error', (e) => window.__errors.push(e.detail.code));
  </script>
</body></html>`;

before(async () => {
  site = await startSpaSite((emulatorUrl) => ({ '/': page(emulatorUrl) }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('two elements on the callback page: one parse, one token validation, one event, no state error', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${site.url}/`);
  const email = `twice-${Date.now()}@example.com`;
  await tab.locator('#first').getByLabel('Email address').fill(email);
  await tab.locator('#first').getByRole('button', { name: 'Email me a sign-in link' }).click();
  const message = await waitForMessage(site.emulator.url, email);
  /** @type {string[]} */
  const jwks = [];
  tab.on('request', (request) => request.url().endsWith('/.well-known/jwks.json') && jwks.push(request.url()));
  await tab.goto(/** @type {string} */ (message.link));
  await tab.locator('#first').getByText(`You are signed in as ${email}.`).waitFor();
  // A re-render or a reconnect of both elements must not parse again.
  await tab.evaluate(() => {
    for (const el of document.querySelectorAll('passwordless-login')) {
      const parent = /** @type {HTMLElement} */ (el.parentElement);
      el.remove();
      parent.append(el);
    }
  });
  await tab.waitForTimeout(500);
  assert.deepEqual(await tab.evaluate(() => /** @type {any} */ (window).__authenticated), ['first']);
  assert.deepEqual(await tab.evaluate(() => /** @type {any} */ (window).__errors), []);
  assert.equal(jwks.length, 1, 'the ID token is validated once');
  assert.equal(new URL(tab.url()).hash, '');
  await context.close();
});
