// @ts-check
// The README's script-tag snippet, extracted and run as a user would: the built dist/ from a plain page on a port of
// their own (not the demo's 5173), real auth0-js, the emulator with its built-in config, unchanged. If the README
// drifts from what works, this fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { buildDist } from '../helpers/build.js';
import { launchBrowser } from '../helpers/browser.js';
import { freePort } from '../helpers/free-port.js';
import { waitForMessage } from '../helpers/outbox.js';
import { startStaticServer } from '../helpers/static-server.js';

const root = new URL('../..', import.meta.url).pathname;

/** The ```html block right after the `readme-snippet: script-tag` marker. */
async function readmeSnippet() {
  const readme = await readFile(new URL('README.md', `file://${root}`), 'utf8');
  const match = /<!-- readme-snippet: script-tag[^>]*-->\s*```html\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'README.md has the script-tag snippet');
  return /** @type {string} */ (match[1]);
}

/** A free port other than the demo's, which the built-in config lists by name. */
async function portOtherThanTheDemos() {
  for (;;) {
    const port = await freePort();
    if (port !== 5173) return port;
  }
}

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
/** @type {Awaited<ReturnType<typeof startStaticServer>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  const snippet = await readmeSnippet();
  await buildDist();
  // The emulator's URL is the only thing changed in the page: 4400 may be taken while tests run.
  emulator = await startEmulator({ port: 0, config: defaultConfig });
  const page = snippet.replaceAll('http://localhost:4400', emulator.url);
  // The same page asking for a magic link: the README says its listener hears a link login that returns to the page.
  const linkPage = page.replace('client-id="demo-spa"', 'client-id="demo-spa" send="link"');
  assert.notEqual(linkPage, page, 'the snippet has the element with client-id="demo-spa"');
  site = await startStaticServer({ root, pages: { '/sign-in.html': page, '/sign-in-by-link.html': linkPage }, port: await portOtherThanTheDemos() });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await emulator?.close();
});

test('the README script-tag snippet signs in by email code from a page on its own port, with the built-in emulator config', async () => {
  assert.notEqual(new URL(site.url).port, '5173');
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.url}/sign-in.html`);
  const email = `readme-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(emulator.url, email);
  await page.getByLabel('Verification code').fill(message.code);
  await page.getByText(`Hello, ${email}`).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the same page with send="link": the magic link comes back to the page and its listener says hello', async () => {
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.url}/sign-in-by-link.html`);
  const email = `readme-link-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.locator('passwordless-login [part~="submit-button"]').click(); // its words are the mode's, its part is fixed
  const message = await waitForMessage(emulator.url, email);
  assert.ok(message.link, 'a link was sent');
  await page.goto(/** @type {string} */ (message.link));
  await page.getByText(`Hello, ${email}`).waitFor();
  assert.equal(new URL(page.url()).pathname, '/sign-in-by-link.html', 'back on the page that asked');
  assert.deepEqual(errors, []);
  await page.close();
});
