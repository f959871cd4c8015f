// @ts-check
// The demo's sign-ins as a person does them, in each engine: Chromium, Firefox and WebKit (test/helpers/engines.js).
// SPA mode with a code; backend mode with a code and with a magic link. An engine that is not installed is skipped
// with the reason; under CI it fails instead (.ci/run installs all three).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { describeEveryEngine } from '../helpers/engines.js';
import { startDemo } from '../helpers/demo-server.js';
import { waitForMessage } from '../helpers/outbox.js';
import { assertSignedInCleanly } from '../helpers/signed-in.js';


/** @type {Awaited<ReturnType<typeof startDemo>>} */ let demo;

before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

describeEveryEngine('', ({ name, label, newContext }) => {
  test(`${label}: SPA, email code: signed in, and no token stays in the URL or in web storage`, async (t) => {
    const { page } = await newContext(t);
    await page.goto(`${demo.url}/`);
    const email = `${name}-spa-code-${Date.now()}@example.com`;
    await page.fill('Email address', email);
    await page.click('Send code');
    const message = await waitForMessage(demo.emulator.url, email);
    assert.match(message.code, /^\d{6}$/);
    await page.fill('Verification code', message.code); // auto-submits when complete
    await assertSignedInCleanly(page, email, { origin: demo.url });
  });

  test(`${label}: backend, email code: signed in with an HttpOnly session cookie that a new context does not have`, async (t) => {
    const context = await newContext(t);
    const { page } = context;
    await page.goto(`${demo.url}/backend.html?send=code`);
    const email = `${name}-backend-code-${Date.now()}@example.com`;
    await page.fill('Email address', email);
    await page.click('Send code');
    const message = await waitForMessage(demo.emulator.url, email);
    await page.fill('Verification code', message.code);
    await page.waitForText(`You are signed in as ${email}.`);
    const session = (await context.cookies()).find((cookie) => cookie.name.includes('passwordless'));
    assert.ok(session, 'a session cookie is set');
    assert.equal(session.httpOnly, true, 'the session is an HttpOnly cookie');
    assert.equal(session.sameSite, 'Lax');
    assert.doesNotMatch(await page.evaluate(() => document.cookie), /passwordless/);

    const other = await newContext(t);
    await other.page.goto(`${demo.url}/backend.html?send=code`);
    await other.page.waitForText('Send code');
    assert.equal((await other.cookies()).some((cookie) => cookie.name.includes('passwordless')), false, 'another context is not signed in');
  });

  test(`${label}: backend, email link: the link from the outbox, opened in the same context, signs in`, async (t) => {
    const { page } = await newContext(t);
    await page.goto(`${demo.url}/backend.html?send=link`);
    const email = `${name}-backend-link-${Date.now()}@example.com`;
    await page.fill('Email address', email);
    await page.click('Email me a sign-in link');
    await page.waitForText('We sent a sign-in link to');
    const message = await waitForMessage(demo.emulator.url, email);
    assert.ok(message.link, 'the message has a link');
    await page.goto(message.link); // as if clicked in a mail client of the same browser
    await page.waitForText(`You are signed in as ${email}.`);
    const url = new URL(await page.url());
    assert.equal(url.pathname, '/backend.html');
    assert.equal(url.search.includes('passwordless='), false, 'the return marker is scrubbed');
  });
});
