// @ts-check
// SPA mode with the page and the Auth0 tenant on different sites (the demo on 127.0.0.1, the emulator on localhost):
// the tenant's cookies are third-party to the page, so Firefox partitions and WebKit blocks them, as for a tenant
// without a custom domain. An email or SMS code still ends signed in, in every engine, in both settings of what the
// emulator's /passwordless/verify_redirect accepts (`verify_redirect_accepts`):
//   any          the code is checked (POST /passwordless/verify) and finished at verify_redirect: no extra step;
//   link-issued  verify_redirect refuses a typed code: the element's continue step (one click on submit-button) takes
//                the person to Auth0's page, which sends a new code to the identifier handed over; once typed there,
//                signed in. The tenant's refusal is remembered, so the next sign-in goes there before any code is sent.
// A wrong code stays on the code step with its message. No token is left in the URL or in web storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { describeEveryEngine } from '../helpers/engines.js';
import { startDemo } from '../helpers/demo-server.js';
import { countMessages, messagesTo, waitForMessage } from '../helpers/outbox.js';
import { assertSignedInCleanly } from '../helpers/signed-in.js';

const SETTINGS = /** @type {const} */ (['any', 'link-issued']);

/** @type {Record<typeof SETTINGS[number], Awaited<ReturnType<typeof startDemo>>>} */
const demos = /** @type {any} */ ({});

before(async () => {
  for (const accepts of SETTINGS) demos[accepts] = await startDemo({ pageHost: '127.0.0.1', emulatorConfig: { verify_redirect_accepts: accepts } });
});
after(async () => {
  await Promise.all(Object.values(demos).map((demo) => demo.close()));
});

let serial = 0;
/** A fresh identifier per test, so that outboxes and throttles never mix. @param {'email'|'sms'} connection @param {string} tag */
function identifier(connection, tag) {
  serial += 1;
  if (connection === 'email') return `${tag}-${serial}-${Date.now()}@example.com`;
  // +44 7911 8xxxxx: libphonenumber's UK mobile ranges take 7911 only before 0, 2 or 8.
  return `+4479118${String(10_000 + ((Date.now() + serial * 7919) % 90_000)).slice(0, 5)}`;
}


describeEveryEngine(', page and tenant on different sites', ({ name, label, newContext }) => {
  /**
   * SMS: the phone field is whole (its chunk is here: the example number shows) before anything is typed, so that no
   * re-render of the field meets the typing (WebKit once lost a send this way under load).
   * @param {import('../helpers/engines.js').EnginePage} page @param {'email'|'sms'} connection
   */
  async function phoneFieldReady(page, connection) {
    if (connection === 'sms') await page.waitForText('For example:');
  }

  /**
   * Sends a code from the demo and types it into the element.
   * @param {import('../helpers/engines.js').EnginePage} page @param {Awaited<ReturnType<typeof startDemo>>} demo
   * @param {'email'|'sms'} connection @param {string} who
   */
  async function sendAndType(page, demo, connection, who) {
    await page.goto(`${demo.url}/?connection=${connection}&send=code`);
    await phoneFieldReady(page, connection);
    await page.fill(connection === 'email' ? 'Email address' : 'Phone number', who);
    await page.click('Send code');
    await page.waitForText('We sent a code to'); // else the failure shows what the page says
    const message = await waitForMessage(demo.emulator.url, who);
    assert.match(message.code, /^\d{6}$/);
    await page.fill('Verification code', message.code); // submits by itself once complete
    return message;
  }

  for (const connection of /** @type {const} */ (['email', 'sms'])) {
    test(`${label}: verify_redirect accepts any code: ${connection} code signs in with no extra step`, async (t) => {
      const demo = demos.any;
      const { page } = await newContext(t);
      const who = identifier(connection, `${name}-any`);
      await sendAndType(page, demo, connection, who);
      await assertSignedInCleanly(page, who, { origin: demo.url });
      assert.equal((await messagesTo(demo.emulator.url, who)), 1, 'one message, no second code');
    });

    test(`${label}: verify_redirect accepts only link-issued codes: ${connection} code signs in through Auth0's page after one click and one new code; the next sign-in goes there before sending`, async (t) => {
      const demo = demos['link-issued'];
      const { page } = await newContext(t);
      const who = identifier(connection, `${name}-strict`);
      await sendAndType(page, demo, connection, who);
      const host = new URL(demo.emulator.url).host;
      await page.waitForText(`A typed code cannot finish the sign-in on this site. Continue on ${host}`, { timeoutMs: 20_000 });
      assert.match(await page.url(), /^http:\/\/127\.0\.0\.1:\d+\//, 'the continue step is on the page');
      await page.click(`Continue on ${host}`);
      // Auth0's page sent a new code to the identifier handed over (login_hint): the second message.
      const second = await waitForMessage(demo.emulator.url, who, { count: 2 });
      await page.fill('Code', second.code);
      await page.click('Continue');
      await assertSignedInCleanly(page, who, { origin: demo.url });
      assert.equal(await messagesTo(demo.emulator.url, who), 2);

      // Remembered. SMS: the next sign-in goes to Auth0's page before any code is sent. Email: the code comes inside a
      // magic-link email (C′), and typed here it finishes at verify_redirect with the link's own state and nonce.
      // A browser that signed in here is greeted with its session on the next visit where the tenant's cookie reaches
      // the silent check (Firefox here), not with the form: forget that sign-in (the element's marker), keep the rest.
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':signed-in:')).forEach((key) => localStorage.removeItem(key)));
      const before = await countMessages(demo.emulator.url);
      await page.goto(`${demo.url}/?connection=${connection}&send=code`);
      await phoneFieldReady(page, connection);
      await page.fill(connection === 'email' ? 'Email address' : 'Phone number', who);
      await page.click('Send code');
      if (connection === 'sms') {
        await page.waitForText(`Continue on ${host}`);
        assert.equal(await countMessages(demo.emulator.url), before, 'nothing was sent from the page');
        return;
      }
      await page.waitForText('Open the link in this browser to finish signing in.');
      const third = await waitForMessage(demo.emulator.url, who, { count: 3 });
      assert.ok(third.link && third.text.includes(third.code), 'one email with the link and its code');
      await page.fill('Verification code', third.code);
      await assertSignedInCleanly(page, who, { origin: demo.url });
      assert.equal(await messagesTo(demo.emulator.url, who), 3, 'no further message');
    });
  }

  for (const [connection, accepts] of /** @type {const} */ ([['email', 'link-issued'], ['sms', 'any']])) {
    test(`${label}: ${connection}, verify_redirect accepts ${accepts}: a wrong code stays on the code step with its message, the code kept, and the right one then signs in`, async (t) => {
      const demo = demos[accepts];
      const { page } = await newContext(t);
      const who = identifier(connection, `${name}-wrong`);
      await page.goto(`${demo.url}/?connection=${connection}&send=code`);
      await page.fill(connection === 'email' ? 'Email address' : 'Phone number', who);
      await page.click('Send code');
      const message = await waitForMessage(demo.emulator.url, who);
      const wrong = message.code === '000000' ? '111111' : '000000';
      await page.fill('Verification code', wrong);
      await page.waitForText('That code is not right. Check it and try again.');
      assert.match(await page.url(), /^http:\/\/127\.0\.0\.1:\d+\//);
      const typed = await page.evaluate(() => {
        const field = document.querySelector('passwordless-login')?.shadowRoot?.querySelector('input');
        return field instanceof HTMLInputElement ? field.value : null;
      });
      assert.equal(typed, wrong, 'the code stays in the field');
      if (accepts === 'any') {
        await page.fill('Verification code', message.code);
        await assertSignedInCleanly(page, who, { origin: demo.url });
      }
    });
  }
});

