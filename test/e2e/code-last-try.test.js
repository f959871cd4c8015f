// @ts-check
// A code's wrong tries, end to end: the demo in Chromium against the real emulator (SPA mode: real auth0-js; backend
// mode: the real server handler). A wrong code stays selected so that typing replaces it; the last wrong try Auth0
// allows says the code is used up at once (the emulator then refuses even the right code, as Auth0 does), the dead
// code is never sent, and "Send a new code" has the focus; once its cooldown ends (Playwright's clock), a new code
// signs in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { emulatorClient, OTP_GRANT } from '../helpers/emulator-client.js';
import { waitForMessage } from '../helpers/outbox.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

const MAX_ATTEMPTS = "You've reached the maximum number of attempts. Please try to login again.";

/** The right code, asked of the emulator directly: what Auth0 answers for a code after its last wrong try. */
const askEmulator = {
  /** @param {string} email @param {string} otp */
  spa: (email, otp) => emulatorClient(demo.emulator.url).co({ client_id: 'demo-spa', username: email, otp, realm: 'email' }, { origin: demo.url }),
  /** @param {string} email @param {string} otp */
  backend: (email, otp) =>
    emulatorClient(demo.emulator.url).token({ grant_type: OTP_GRANT, client_id: 'demo-regular', client_secret: 'demo-regular-secret', username: email, otp, realm: 'email' }),
};

/** What the element's shadow root shows about the code field and the focus. @param {import('playwright-core').Page} page */
const fieldState = (page) =>
  page.evaluate(() => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('passwordless-login')?.shadowRoot);
    const field = /** @type {HTMLInputElement} */ (root.querySelector('#code'));
    return {
      value: field.value,
      selected: [field.selectionStart, field.selectionEnd],
      focused: root.activeElement === field ? 'field' : (root.activeElement?.textContent?.trim() ?? null),
      selectedBoxes: root.querySelectorAll('[part~="code-box-selected"]').length,
    };
  });

/** @param {import('playwright-core').Page} page */
const errorCodes = (page) => page.evaluate(() => /** @type {any} */ (window).__events.map((/** @type {any} */ e) => e.detail.code));

/** @param {import('playwright-core').Page} page @param {number} count */
const errorsReach = (page, count) => page.waitForFunction((count) => /** @type {any} */ (window).__events.length >= count, count);

for (const mode of /** @type {const} */ (['spa', 'backend'])) {
  test(`${mode}: the third wrong code says the code is used up and never sends it again${mode === 'spa' ? '; a new code then signs in' : ''}`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    await page.addInitScript(() => {
      /** @type {any} */ (window).__events = [];
      document.addEventListener('passwordless-error', (event) => /** @type {any} */ (window).__events.push({ detail: /** @type {CustomEvent} */ (event).detail }));
    });
    let verifies = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/co\/authenticate$|\/auth\/passwordless\/verify$/.test(request.url())) verifies++;
    });
    await page.goto(`${demo.url}/${mode === 'spa' ? '' : 'backend.html'}?send=code`);
    const email = `last-try-${mode}-${Date.now()}@example.com`;
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send code' }).click();
    const field = page.getByLabel('Verification code');
    await field.waitFor();
    const { code } = await waitForMessage(demo.emulator.url, email);
    const [first, second, third] = ['000000', '111111', '222222', '333333'].filter((guess) => guess !== code);
    const element = page.locator('passwordless-login');

    // First wrong try: the digits stay, all selected, drawn selected, with the focus.
    await field.fill(/** @type {string} */ (first));
    await element.getByRole('alert').getByText('That code is not right. Check it and try again.').waitFor();
    assert.deepEqual(await fieldState(page), { value: first, selected: [0, 6], focused: 'field', selectedBoxes: 6 });

    // Second: typed with the keyboard straight over the selected code.
    await page.keyboard.type(/** @type {string} */ (second));
    await errorsReach(page, 2);
    await element.getByRole('alert').getByText('That code is not right. Check it and try again.').waitFor();
    assert.equal((await fieldState(page)).value, second);

    // Third, the last Auth0 allows: used up at once, cleared, and "Send a new code" has the focus (its cooldown runs).
    await page.keyboard.type(/** @type {string} */ (third));
    await element.getByRole('alert').getByText('That code can no longer be used').waitFor();
    assert.deepEqual(await errorCodes(page), ['wrong_code', 'wrong_code', 'too_many_attempts']);
    assert.deepEqual(await fieldState(page), { value: '', selected: [0, 0], focused: 'Send a new code', selectedBoxes: 0 });
    const resend = element.getByRole('button', { name: 'Send a new code' });
    assert.equal(await resend.getAttribute('aria-disabled'), 'true');
    await element.locator('[part~="countdown"]').waitFor();
    assert.equal(verifies, 3);

    // The emulator agrees, as Auth0 does: after the third wrong try even the right code is refused.
    const refused = await askEmulator[mode](email, code);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error_description, MAX_ATTEMPTS);

    // The right code typed now is not sent: it cannot work any more.
    await field.fill(code);
    await errorsReach(page, 4);
    assert.equal((await errorCodes(page))[3], 'too_many_attempts');
    assert.equal(verifies, 3, 'the dead code was not sent');

    // The cooldown ends: "Send a new code" sends one, and the new code signs in. SPA mode only: in backend mode the
    // server holds its own cooldown, on its own clock, which Playwright's does not move.
    if (mode === 'spa') {
      await page.clock.runFor(31_000);
      // "Send a new code" is the step's main button now (a dead code can only be replaced).
      await element.locator('[part~="submit-button"][aria-disabled="false"]').waitFor();
      await resend.focus();
      await page.keyboard.press('Enter');
      const fresh = await waitForMessage(demo.emulator.url, email, { count: 2 });
      await element.locator('[part~="countdown"]').waitFor(); // the page heard of the new code: a new cooldown runs
      await field.fill(fresh.code);
      await element.getByText(`You are signed in as ${email}.`).waitFor();
      assert.equal(verifies, 4);
    }
    await context.close();
  });
}
