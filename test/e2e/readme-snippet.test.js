// @ts-check
// The README's script-tag snippet, extracted and run as a user would: the built dist/ from a plain page,
// real auth0-js, the emulator. If the README drifts from what works, this fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../helpers/browser.js';
import { waitForMessage } from '../helpers/outbox.js';
import { startSpaSite } from '../helpers/spa-site.js';

const root = new URL('../..', import.meta.url).pathname;

/** The ```html block right after the `readme-snippet: script-tag` marker. */
async function readmeSnippet() {
  const readme = await readFile(new URL('README.md', `file://${root}`), 'utf8');
  const match = /<!-- readme-snippet: script-tag[^>]*-->\s*```html\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'README.md has the script-tag snippet');
  return /** @type {string} */ (match[1]);
}

/** @type {Awaited<ReturnType<typeof startSpaSite>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  const snippet = await readmeSnippet();
  site = await startSpaSite((emulatorUrl) => ({ '/': snippet.replaceAll('http://localhost:4400', emulatorUrl) }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the README script-tag snippet signs in by email code', async () => {
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.url}/`);
  const email = `readme-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(site.emulator.url, email);
  await page.getByLabel('Verification code').fill(message.code);
  await page.getByText(`Hello, ${email}`).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
