// @ts-check
// End to end in Chromium, SPA mode (real auth0-js, the real emulator over HTTP): the limit follows the address, and
// a magic link opened a second time keeps it.
//   "use a different email", a reload, another tab, then the same address: nothing more reaches the outbox; the code
//   step comes back, and the first message's code signs in;
//   a link used, then opened again in a new tab while signed in here: signed in again, with fresh tokens; opened once
//   more after the session ended (no sessionStorage there, and the demo's new tab is set to codes): the error step
//   offers a new link, and the form it leads to holds the address and sends a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { messagesTo, waitForMessage } from '../helpers/outbox.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

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
  assert.equal(await messagesTo(demo.emulator.url, email), 1, 'one message reached the inbox');
  // The message already sent is the one to use.
  await tab.getByLabel('Verification code').fill(first.code);
  await tab.getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal(await messagesTo(demo.emulator.url, email), 1);
  await context.close();
});

/** Opens a link in a new tab of the profile, recording the element's events from the start. @param {import('playwright-core').BrowserContext} context @param {string} link */
async function openInNewTab(context, link) {
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    /** @type {any} */ (window).__events = [];
    for (const type of ['passwordless-authenticated', 'passwordless-error'])
      document.addEventListener(type, (event) => /** @type {any} */ (window).__events.push({ type, detail: /** @type {CustomEvent} */ (event).detail }));
  });
  /** @type {string[]} */
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(link);
  /** @param {string} type */
  const events = (type) => tab.evaluate((type) => /** @type {any} */ (window).__events.filter((/** @type {any} */ e) => e.type === type), type);
  return { tab, errors, events };
}

test('SPA: a magic link used twice: while signed in here it signs in again, with fresh tokens; once the session ended, the error step offers a new link with the address kept, and sends one', async () => {
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
  const firstUse = await openInNewTab(context, link);
  await element(firstUse.tab).getByText(`You are signed in as ${email}.`).waitFor();
  const [first] = await firstUse.events('passwordless-authenticated');
  await firstUse.tab.close();
  // Second use, in another new tab (a second click, the email opened again): this browser is signed in, so the
  // session, asked silently, signs the person in, as backend mode's server does; no error, fresh tokens.
  const secondUse = await openInNewTab(context, link);
  await element(secondUse.tab).getByText(`You are signed in as ${email}.`).waitFor();
  const [again] = await secondUse.events('passwordless-authenticated');
  assert.equal(again.detail.user.email, email);
  assert.ok(again.detail.authResult.idToken && again.detail.authResult.idToken !== first.detail.authResult.idToken, 'fresh tokens');
  assert.deepEqual(await secondUse.events('passwordless-error'), []);
  assert.deepEqual(secondUse.errors, []);
  await secondUse.tab.close();
  // Third use once Auth0's session has ended (it expired; its cookie is gone; the marker and the last link's address
  // stay): the new tab has no resume record and the demo's new tab sends codes, yet the error step offers a new link,
  // with the address kept.
  await context.clearCookies();
  const thirdUse = await openInNewTab(context, link);
  await element(thirdUse.tab).getByText('cannot be used here').waitFor();
  assert.deepEqual(await thirdUse.events('passwordless-authenticated'), []);
  assert.ok(await element(thirdUse.tab).getByRole('button', { name: 'Send me a code instead' }).isVisible());
  await element(thirdUse.tab).getByRole('button', { name: 'Send a new link' }).click();
  assert.equal(await thirdUse.tab.getByLabel('Email address').inputValue(), email, 'the address is kept');
  // The sign-in cleared the address's hold: the new link goes at once.
  await element(thirdUse.tab).getByRole('button', { name: 'Email me a sign-in link' }).click();
  await element(thirdUse.tab).getByText('We sent a sign-in link to').waitFor();
  const fresh = await waitForMessage(demo.emulator.url, email, { count: 2 });
  assert.ok(fresh.link && fresh.link !== link, 'a new link');
  await thirdUse.tab.goto(fresh.link);
  await thirdUse.tab.getByText(`You are signed in as ${email}.`).waitFor();
  assert.deepEqual(thirdUse.errors, []);
  await context.close();
});
