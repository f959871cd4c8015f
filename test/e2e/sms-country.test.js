// @ts-check
// The SMS sign-in with the country picker, end to end as a person: the demo in Chromium, real auth0-js (SPA mode) and
// the server handler (backend mode), the real emulator over HTTP. A national number is read in the country chosen
// by searching the picker with the keyboard; a typed +CC moves the picker by itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { messagesTo, waitForMessage } from '../helpers/outbox.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

/** @param {string} path */
async function open(path) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${demo.url}/${path}`);
  return { context, page, pageErrors };
}

/** The code from the outbox, typed as a person does; the element signs in. @param {import('playwright-core').Page} page @param {string} number */
async function signInWithCode(page, number) {
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Verification code').waitFor();
  const message = await waitForMessage(demo.emulator.url, number);
  assert.equal(message.channel, 'sms');
  await page.getByLabel('Verification code').fill(message.code);
  await page.getByText(`You are signed in as ${number}.`).waitFor();
}

test('SPA mode: a national number in the country found by searching the picker', async () => {
  const { context, page, pageErrors } = await open('?connection=sms');
  const country = page.getByRole('combobox', { name: 'Country' });
  assert.match(await country.inputValue(), /^United States \(\u2066\+1\u2069\)$/);
  await country.focus();
  await page.keyboard.type('united k');
  await page.getByRole('option', { name: 'United Kingdom +44' }).waitFor();
  await page.keyboard.press('Enter');
  assert.match(await country.inputValue(), /^United Kingdom /);
  await page.getByLabel('Phone number').fill('07400 123456');
  assert.match(await page.locator('passwordless-login #identifier-hint').innerText(), /^We will text you a one-time code\. For example: 07400 123456$/);
  await signInWithCode(page, '+447400123456');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('backend mode: a typed +33 moves the picker to France, and the number signs in', async () => {
  const { context, page, pageErrors } = await open('backend.html?connection=sms');
  await page.getByRole('combobox', { name: 'Country' }).waitFor();
  await page.getByLabel('Phone number').pressSequentially('+33 6 12 34 56 78');
  assert.match(await page.getByRole('combobox', { name: 'Country' }).inputValue(), /^France /);
  await signInWithCode(page, '+33612345678');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('SPA mode with sms-countries="GB": a +33 number is refused on the field and nothing is sent; a UK number signs in', async () => {
  const { context, page, pageErrors } = await open('?connection=sms');
  /** @type {string[]} */
  const starts = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/passwordless/start') starts.push(request.url());
  });
  await page.locator('passwordless-login').evaluate((login) => login.setAttribute('sms-countries', 'GB'));
  const country = page.getByRole('combobox', { name: 'Country' });
  await page.waitForFunction(() => {
    const field = /** @type {HTMLInputElement | null | undefined} */ (document.querySelector('passwordless-login')?.shadowRoot?.querySelector('#country'));
    return field?.value.startsWith('United Kingdom');
  });
  await country.click();
  const offered = await page.getByRole('listbox').getByRole('option').allInnerTexts();
  assert.deepEqual(offered.map((name) => name.replace(/\s+/g, ' ').trim()), ['United Kingdom +44']);
  await page.keyboard.press('Escape');

  const phone = page.getByLabel('Phone number');
  // The emulator is the file's: another test may have texted this number already.
  const textedBefore = await messagesTo(demo.emulator.url, '+33612345678');
  await phone.pressSequentially('+33 6 12 34 56 78');
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.locator('passwordless-login').getByRole('alert').getByText('This site does not send text messages to numbers in this country.', { exact: false }).waitFor();
  assert.equal(await phone.getAttribute('aria-invalid'), 'true');
  assert.equal(await phone.inputValue(), '+33 6 12 34 56 78');
  assert.match(await country.inputValue(), /^United Kingdom /);
  assert.deepEqual(starts, []);
  assert.equal(await messagesTo(demo.emulator.url, '+33612345678'), textedBefore);

  await phone.fill('07400 123456');
  await signInWithCode(page, '+447400123456');
  assert.equal(starts.length, 1);
  assert.deepEqual(pageErrors, []);
  await context.close();
});
