// @ts-check
// End to end in Chromium, SPA mode (real auth0-js, the real emulator over HTTP): the limit follows the address, and
// a magic link opened a second time keeps it.
//   "use a different email", a reload, another tab, then the same address: nothing more reaches the outbox; the code
//   step comes back, and the first message's code signs in;
//   a link used, then opened again in a new tab (no sessionStorage there, and the demo's new tab is set to codes): the
//   error step offers a new link, and the form it leads to holds the address and sends a link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../helpers/browser.js';
import { startDemo } from '../helpers/demo-server.js';
import { waitForMessage } from '../helpers/outbox.js';

/** @type {Awaited<ReturnType<typeof startDemo>>} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  demo = await startDemo();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** @param {string} to */
async function outboxTo(to) {
  const response = await fetch(`${demo.emulator.url}/__emulator/outbox?to=${encodeURIComponent(to)}`);
  return /** @type {{ code: string, link?: string }[]} */ (await response.json());
}

/** @param {import('playwright-core').Page} page */
const element = (page) => page.locator('passwordless-login');

/** Types the address and presses Enter, as a person does. @param {import('playwright-core').Page} page @param {string} email */
async function enterAddress(page, email) {
  const field = page.getByLabel('Email address');
  await field.fill(email);
  await field.focus();
  await page.keyboard.press('Enter');
}

test('SPA: "use a different email", a reload and another tab, then the same address: no second message; the first code signs in', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(demo.url);
  const email = `limit-${Date.now()}@example.com`;
  await enterAddress(page, email);
  await page.getByLabel('Verification code').waitFor();
  const first = await waitForMessage(demo.emulator.url, email);
  // Use a different email, the same address again (pressed three times): the code step comes back, nothing is sent.
  await element(page).getByRole('button', { name: 'Use a different email' }).click();
  assert.equal(await page.getByLabel('Email address').inputValue(), email, 'the address stays in the field');
  await enterAddress(page, email.toUpperCase());
  await element(page).locator('#sent-to').getByText('We already sent a code to').waitFor();
  for (let i = 0; i < 2; i++) {
    await element(page).getByRole('button', { name: 'Use a different email' }).click();
    await enterAddress(page, email);
    await element(page).locator('#sent-to').getByText('We already sent a code to').waitFor();
  }
  // A reload from the first step.
  await element(page).getByRole('button', { name: 'Use a different email' }).click();
  await page.reload();
  await enterAddress(page, email);
  await element(page).locator('#sent-to').getByText('We already sent a code to').waitFor();
  // Another tab of the same browser.
  const tab = await context.newPage();
  await tab.goto(demo.url);
  await enterAddress(tab, email);
  await element(tab).locator('#sent-to').getByText('We already sent a code to').waitFor();
  assert.ok(await element(tab).getByRole('button', { name: 'Send a new code' }).getAttribute('aria-disabled') === 'true', 'resend waits for the first message');
  assert.equal((await outboxTo(email)).length, 1, 'one message reached the inbox');
  // The message already sent is the one to use.
  await tab.getByLabel('Verification code').fill(first.code);
  await tab.getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal((await outboxTo(email)).length, 1);
  await context.close();
});

test('SPA: a magic link used twice: the new tab\'s error step offers a new link, with the address kept, and sends one', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${demo.url}/?send=link`);
  const email = `twice-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await element(page).getByRole('button', { name: 'Email me a sign-in link' }).click();
  await element(page).getByText('We sent a sign-in link to').waitFor();
  const { link } = await waitForMessage(demo.emulator.url, email);
  assert.ok(link);
  // First use: signed in (in a new tab, as a mail client opens it).
  const firstUse = await context.newPage();
  await firstUse.goto(link);
  await firstUse.getByText(`You are signed in as ${email}.`).waitFor();
  await firstUse.close();
  // Second use, in another new tab: no resume record there, and the demo's new tab sends codes by default.
  const secondUse = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  secondUse.on('pageerror', (error) => errors.push(String(error)));
  await secondUse.goto(link);
  await element(secondUse).getByText('cannot be used here').waitFor();
  assert.ok(await element(secondUse).getByRole('button', { name: 'Send me a code instead' }).isVisible());
  await element(secondUse).getByRole('button', { name: 'Send a new link' }).click();
  assert.equal(await secondUse.getByLabel('Email address').inputValue(), email, 'the address is kept');
  // The sign-in cleared the address's hold: the new link goes at once.
  await element(secondUse).getByRole('button', { name: 'Email me a sign-in link' }).click();
  await element(secondUse).getByText('We sent a sign-in link to').waitFor();
  const fresh = await waitForMessage(demo.emulator.url, email, { count: 2 });
  assert.ok(fresh.link && fresh.link !== link, 'a new link');
  await secondUse.goto(fresh.link);
  await secondUse.getByText(`You are signed in as ${email}.`).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
