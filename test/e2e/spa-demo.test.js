// @ts-check
// End to end, as a person: the demo page in Chromium, real auth0-js, the real emulator over HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { countMessages, waitForMessage } from '../helpers/outbox.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

/** A fresh browser profile with the demo open, its events collected in window.__events. */
async function openDemo(query = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.addInitScript(() => {
    /** @type {any} */ (window).__events = [];
    for (const name of ['passwordless-start', 'passwordless-authenticated', 'passwordless-error', 'passwordless-state-change']) {
      document.addEventListener(name, (event) => /** @type {any} */ (window).__events.push({ type: name, detail: /** @type {CustomEvent} */ (event).detail }));
    }
  });
  await page.goto(`${demo.url}/${query}`);
  return { context, page, pageErrors };
}

/** @param {import('playwright-core').Page} page @param {string} type */
function eventsOf(page, type) {
  return page.evaluate((type) => /** @type {any} */ (window).__events.filter((/** @type {any} */ e) => e.type === type), type);
}

/** @param {import('playwright-core').Page} page */
async function storageAndCookies(page) {
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  return storage;
}

test('email code: type the email, read the outbox, type the code, signed in', async () => {
  const { context, page, pageErrors } = await openDemo();
  const email = `code-${Date.now()}@example.com`;
  await page.locator('passwordless-login input').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Verification code').waitFor();
  const message = await waitForMessage(demo.emulator.url, email);
  assert.match(message.code, /^\d{6}$/);
  await page.getByLabel('Verification code').fill(message.code); // auto-submits when complete
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  const [authenticated] = await eventsOf(page, 'passwordless-authenticated');
  assert.equal(authenticated.detail.user.email, email);
  assert.match(authenticated.detail.user.sub, /^email\|/);
  assert.ok(authenticated.detail.authResult.idToken, 'SPA mode hands the tokens to the page in the event');
  assert.equal(new URL(page.url()).hash, '', 'the callback hash is scrubbed');
  const stored = await storageAndCookies(page);
  assert.ok(!stored.includes(authenticated.detail.authResult.idToken), 'no token in storage or cookies');
  assert.ok(!stored.includes(authenticated.detail.authResult.accessToken));
  assert.ok(!stored.includes(message.code), 'no code in storage');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('email link: the link signs in across the navigation', async () => {
  const { context, page } = await openDemo('?send=link');
  const email = `link-${Date.now()}@example.com`;
  await page.locator('passwordless-login input').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByText('We sent a sign-in link to').waitFor();
  const message = await waitForMessage(demo.emulator.url, email);
  assert.ok(message.link);
  await page.goto(/** @type {string} */ (message.link)); // as if clicked in a mail client, same browser
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal(new URL(page.url()).hash, '');
  const [authenticated] = await eventsOf(page, 'passwordless-authenticated');
  assert.equal(authenticated.detail.user.email, email);
  await context.close();
});

test('a magic link opened in another browser asks to confirm (masked address), then signs in there with a fresh sign-in', async () => {
  const first = await openDemo('?send=link');
  const email = `elsewhere-${Date.now()}@example.com`;
  await first.page.locator('passwordless-login input').fill(email);
  await first.page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  const message = await waitForMessage(demo.emulator.url, email);
  const other = await browser.newContext();
  const page = await other.newPage();
  await page.addInitScript(() => {
    /** @type {any} */ (window).__events = [];
    document.addEventListener('passwordless-authenticated', () => /** @type {any} */ (window).__events.push({ type: 'passwordless-authenticated' }));
  });
  await page.goto(/** @type {string} */ (message.link));
  await page.locator('passwordless-login').getByText('was asked for in another browser or on another device').waitFor();
  assert.deepEqual(await eventsOf(page, 'passwordless-authenticated'), []);
  assert.equal(new URL(page.url()).hash, '', 'the URL is scrubbed even when the callback fails');
  await page.locator('passwordless-login').getByRole('button', { name: 'Continue' }).click();
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal((await eventsOf(page, 'passwordless-authenticated')).length, 1);
  await other.close();
  await first.context.close();
});

test('SMS code', async () => {
  const { context, page } = await openDemo('?connection=sms');
  await page.getByLabel('Phone number').fill('+44 7911 123456');
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Verification code').waitFor();
  const message = await waitForMessage(demo.emulator.url, '+447911123456');
  assert.equal(message.channel, 'sms');
  await page.getByLabel('Verification code').fill(message.code);
  await page.getByText('You are signed in as +447911123456.').waitFor();
  await context.close();
});

test('a wrong code says so and keeps the code; the right one then works', async () => {
  const { context, page } = await openDemo();
  const email = `wrong-${Date.now()}@example.com`;
  await page.locator('passwordless-login input').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(demo.emulator.url, email);
  const wrong = message.code === '000000' ? '000001' : '000000';
  await page.getByLabel('Verification code').fill(wrong);
  await page.getByRole('alert').getByText('That code is not right').waitFor();
  assert.equal(await page.getByLabel('Verification code').inputValue(), wrong);
  await page.getByLabel('Verification code').fill(message.code);
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  await context.close();
});

test('an expired code asks for a new one, and resend is held by the cooldown', async () => {
  const { context, page } = await openDemo();
  const email = `expired-${Date.now()}@example.com`;
  await page.locator('passwordless-login input').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(demo.emulator.url, email);
  await fetch(`${demo.emulator.url}/__emulator/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advance_seconds: 181 }) });
  try {
    await page.getByLabel('Verification code').fill(message.code);
    await page.getByRole('alert').getByText('That code has expired').waitFor();

    assert.equal(await page.getByLabel('Verification code').inputValue(), '');
    const before = await countMessages(demo.emulator.url);
    const resend = page.getByRole('button', { name: 'Send a new code' });
    assert.equal(await resend.getAttribute('aria-disabled'), 'true');
    await resend.click({ force: true }); // a person can still press it; it must do nothing
    await page.waitForTimeout(300);
    assert.equal(await countMessages(demo.emulator.url), before, 'nothing is sent during the cooldown');
  } finally {
    await fetch(`${demo.emulator.url}/__emulator/clock`, { method: 'DELETE' });
  }
  await context.close();
});

test('a callback with a foreign state never signs in', async () => {
  const { context, page } = await openDemo();
  // A new document (not a same-page hash change), as when a browser lands on a callback.
  await page.goto(`${demo.url}/index.html#access_token=x&id_token=y.z.w&token_type=Bearer&state=forged-state`);
  await page.locator('passwordless-login').getByText('cannot be used here').waitFor();
  assert.deepEqual(await eventsOf(page, 'passwordless-authenticated'), []);
  assert.equal(new URL(page.url()).hash, '');
  await context.close();
});

test('reload in the code step resumes without sending another message', async () => {
  const { context, page } = await openDemo();
  const email = `reload-${Date.now()}@example.com`;
  await page.locator('passwordless-login input').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  const message = await waitForMessage(demo.emulator.url, email);
  const before = await countMessages(demo.emulator.url);
  await page.reload();
  await page.getByLabel('Verification code').waitFor();
  assert.equal(await countMessages(demo.emulator.url), before);
  await page.getByLabel('Verification code').fill(message.code);
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  await context.close();
});

test('the element speaks the page\'s language and asks Auth0 to send the message in it', async () => {
  const { context, page } = await openDemo();
  await page.evaluate(() => document.querySelector('passwordless-login')?.setAttribute('lang', 'fr'));
  const email = `fr-${Date.now()}@example.com`;
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.locator('passwordless-login').getByRole('button', { name: 'Envoyer le code' }).click();
  const message = /** @type {{ language?: string }} */ (await waitForMessage(demo.emulator.url, email));
  assert.equal(message.language, 'fr', 'auth0-js sent X-Request-Language: fr');
  await context.close();
});
