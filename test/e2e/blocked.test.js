// @ts-check
// A blocked account, end to end: the demo in Chromium against the real emulator, whose brute-force protection is set
// to block after two failed logins (Auth0's default is ten). SPA mode: real auth0-js reads Auth0's 429
// too_many_attempts from /co/authenticate; backend mode: the real server handler reads it from /oauth/token. Either
// way the person reads that sign-in is paused for the account, not that the code was used up, and is offered no new
// code (it would not help), only to start over with the address kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { startDemo } from '../helpers/demo-server.js';
import { waitForMessage } from '../helpers/outbox.js';

/** @type {Awaited<ReturnType<typeof startDemo>>} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  demo = await startDemo({ emulatorConfig: { rate_limits: { ...defaultConfig.rate_limits, failed_logins_per_user_per_ip: 2 } } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** @param {import('playwright-core').Page} page */
const errorCodes = (page) => page.evaluate(() => /** @type {any} */ (window).__events.map((/** @type {any} */ e) => e.detail.code));

for (const mode of /** @type {const} */ (['spa', 'backend'])) {
  test(`${mode}: after two wrong codes the account is blocked: the error step says sign-in is paused, offers no new code, and starting over keeps the address`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      /** @type {any} */ (window).__events = [];
      document.addEventListener('passwordless-error', (event) => /** @type {any} */ (window).__events.push({ detail: /** @type {CustomEvent} */ (event).detail }));
    });
    await page.goto(`${demo.url}/${mode === 'spa' ? '' : 'backend.html'}?send=code`);
    const email = `blocked-${mode}-${Date.now()}@example.com`;
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send code' }).click();
    const field = page.getByLabel('Verification code');
    await field.waitFor();
    const { code } = await waitForMessage(demo.emulator.url, email);
    const [first, second] = ['000000', '111111', '222222'].filter((guess) => guess !== code);
    const element = page.locator('passwordless-login');

    await field.fill(/** @type {string} */ (first));
    await element.getByRole('alert').getByText('That code is not right.').waitFor();
    await page.keyboard.type(/** @type {string} */ (second));
    await page.waitForFunction(() => /** @type {any} */ (window).__events.length >= 2);
    // The right code now: the account is blocked from this address, so Auth0 refuses it all the same.
    await page.keyboard.type(code);
    await element.getByRole('alert').getByText('Too many failed sign-ins. Sign-in is paused for this account for a while').waitFor();
    assert.deepEqual(await errorCodes(page), ['wrong_code', 'wrong_code', 'blocked']);
    await element.getByRole('heading', { name: 'Sign-in did not finish' }).waitFor();
    assert.equal(await element.getByRole('button', { name: 'Send a new code' }).count(), 0, 'no new code: it would not help');
    assert.equal(await element.getByText('That code can no longer be used').count(), 0, "not the code's last try");

    await element.getByRole('button', { name: 'Start over' }).click();
    await page.getByLabel('Email address').waitFor();
    assert.equal(await page.getByLabel('Email address').inputValue(), email);
    await context.close();
  });
}
