// @ts-check
// The demo's switches for bots and SMS fraud, as a newcomer uses them after `npm start`: on the SPA page, "Bot
// Detection" turns the emulator's Bot Detection on (Auth0's picture, or a provider's stand-in) and the element asks for
// the check; on the backend page, "Human check" picks a handler with the humanCheck option (a provider's stand-in,
// verified by the emulator's stand-in of its verify endpoint) and an SMS allow-list (UK and Irish numbers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { messagesTo, waitForMessage } from '../helpers/outbox.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

const unique = (/** @type {string} */ name) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** @param {string} path */
async function open(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${demo.url}${path}`);
  return { context, page, errors, element: page.locator('passwordless-login') };
}

test('SPA demo: the Bot Detection switch shows Auth0\'s picture, its answer signs in; a stand-in widget signs in; off again, no check', async () => {
  const { context, page, errors, element } = await open('/');
  const botDetection = page.getByLabel('Bot Detection');
  try {
    // The picture: its answer is what the emulator's dev API says (a person reads it off the picture).
    await botDetection.selectOption('auth0');
    const email = unique('demo-picture');
    await page.getByLabel('Email address').fill(email);
    const answer = element.getByLabel('Type the characters in the picture');
    await answer.waitFor();
    const { answer: characters } = /** @type {{ answer: string }} */ (await (await fetch(`${demo.emulator.url}/__emulator/captcha`)).json());
    await answer.fill(characters);
    await answer.press('Enter');
    const { code } = await waitForMessage(demo.emulator.url, email);
    await page.getByLabel('Verification code').fill(code);
    await element.getByText(`You are signed in as ${email}.`).waitFor();
    await element.getByRole('button', { name: 'Sign out' }).click();
    await element.getByText('You are signed out.').first().waitFor();

    // Cloudflare Turnstile's stand-in, with the test key that passes by itself: the send goes with its token.
    await botDetection.selectOption('auth0_v2');
    const other = unique('demo-turnstile');
    await page.getByLabel('Email address').fill(other);
    // The widget is the page's (a light-DOM child of the element); with this key it answers by itself.
    await page.locator('passwordless-login [aria-label="Stand-in for Cloudflare Turnstile (test)"] [aria-checked="true"]').waitFor({ state: 'attached' });
    await page.getByLabel('Email address').press('Enter');
    const sent = await waitForMessage(demo.emulator.url, other);
    await page.getByLabel('Verification code').fill(sent.code);
    await element.getByText(`You are signed in as ${other}.`).waitFor();
    await element.getByRole('button', { name: 'Sign out' }).click();
    await element.getByText('You are signed out.').first().waitFor();

    // Off: no check at all.
    await botDetection.selectOption('');
    const third = unique('demo-off');
    await page.getByLabel('Email address').fill(third);
    await page.getByLabel('Email address').press('Enter');
    await waitForMessage(demo.emulator.url, third);
    assert.equal(await element.locator('[part~="captcha"]').count(), 0, 'no check shown');
    assert.deepEqual(errors, []);
  } finally {
    await fetch(`${demo.emulator.url}/__emulator/bot-detection`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"required":"never"}' });
    await context.close();
  }
});

test('Backend demo: with "Human check", a send before the check sends nothing; the stand-in\'s token sends and signs in; a French number is refused', async () => {
  const { context, page, errors, element } = await open('/backend.html');
  try {
    await page.getByLabel('Human check').selectOption('turnstile');
    const email = unique('demo-backend-check');
    await page.getByLabel('Email address').fill(email);
    // The demo's key needs a click (3x...FF): a send before it sends nothing and says why.
    const checkbox = page.getByRole('checkbox', { name: 'I am human' });
    await checkbox.waitFor();
    await page.getByLabel('Email address').press('Enter');
    await element.locator('[part~="error"]').getByText('Complete the check that you are a person, then send again.').waitFor();
    assert.equal(await messagesTo(demo.emulator.url, email), 0, 'nothing sent');

    await checkbox.click();
    await page.getByLabel('Email address').press('Enter');
    const { code } = await waitForMessage(demo.emulator.url, email);
    await page.getByLabel('Verification code').fill(code);
    await element.getByText(`You are signed in as ${email}.`).waitFor();
    await element.getByRole('button', { name: 'Sign out' }).click();
    await element.getByText('You are signed out.').first().waitFor();

    // SMS: the human-check handlers text only UK and Irish numbers; the server says which, and a French one is refused.
    await page.getByLabel('Connection').selectOption('sms');
    const phone = element.getByLabel('Phone number');
    await phone.fill('+33 6 12 34 56 78');
    await phone.press('Enter');
    await element.locator('[part~="error"]').getByText('This site does not send text messages to numbers in this country. Use a number from another country.').waitFor();
    assert.equal(await phone.inputValue(), '+33 6 12 34 56 78', 'the number stays as typed');
    assert.equal(await messagesTo(demo.emulator.url, '+33612345678'), 0, 'nothing sent');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
