// @ts-check
// Magic links as people open them, in Chromium, Firefox and WebKit, with the page and the tenant on different sites
// (the demo on 127.0.0.1, the emulator on localhost):
//   another tab of the same browser   the link's tab signs in, and so does the tab that asked for it (its own event);
//                                     the link's tab says so;
//   another browser (a new profile)   who the link is for (masked) and a Continue step; one click signs in there
//                                     (SPA mode, and backend mode through the server);
//   a page that waits for a click     the email points at the site first (#passwordless-link=…): a mail scanner's
//                                     fetch uses nothing up; the person's click on Continue signs in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { describeEveryEngine } from '../helpers/engines.js';
import { startDemo } from '../helpers/demo-server.js';
import { waitForMessage } from '../helpers/outbox.js';


/** @type {Awaited<ReturnType<typeof startDemo>>} */ let demo;
/** @type {Awaited<ReturnType<typeof startDemo>>} */ let landingDemo;

before(async () => {
  demo = await startDemo({ pageHost: '127.0.0.1' });
  landingDemo = await startDemo({ pageHost: '127.0.0.1', linkLanding: true });
});
after(async () => {
  await Promise.all([demo?.close(), landingDemo?.close()]);
});

/** @param {import('../helpers/engines.js').EnginePage} page */
async function events(page) {
  const log = await page.evaluate(() => [...document.querySelectorAll('#log li')].map((item) => item.textContent ?? ''));
  return log.filter((entry) => entry.includes(' passwordless-authenticated ')).map((entry) => JSON.parse(entry.slice(entry.indexOf('{'))));
}

/** Asks for a link on the demo page and returns the message. @param {import('../helpers/engines.js').EnginePage} page @param {Awaited<ReturnType<typeof startDemo>>} site @param {string} email */
async function askForLink(page, site, email) {
  await page.goto(`${site.url}/?connection=email&send=link`);
  await page.fill('Email address', email);
  await page.click('Email me a sign-in link');
  await page.waitForText('We sent a sign-in link to');
  return waitForMessage(site.emulator.url, email);
}

describeEveryEngine(': magic links', ({ name, label, newContext }) => {
  test(`${label}: a link opened in another tab of the same browser signs in there, and the tab that asked for it signs in too`, async (t) => {
    const context = await newContext(t);
    const asking = context.page;
    const email = `${name}-tabs-${Date.now()}@example.com`;
    const message = await askForLink(asking, demo, email);
    const linkTab = await context.newPage();
    await linkTab.goto(/** @type {string} */ (message.link));
    await linkTab.waitForText(`You are signed in as ${email}.`);
    // The asking tab hears of it (BroadcastChannel, its own transaction) and signs in with its own event and tokens.
    await asking.waitForText(`You are signed in as ${email}.`);
    const [heard] = await events(asking);
    assert.equal(heard?.user.email, email);
    assert.ok(String(heard?.authResult?.idToken ?? '').length >= 10, 'the asking tab gets the tokens too');
    await linkTab.waitForText('The tab where you asked for the link is signed in too. You can close this one.');
    const stored = await asking.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.doesNotMatch(stored, /eyJ[\w-]+\.eyJ/, 'no token in web storage');
  });

  test(`${label}: backend mode, a link opened in another tab: the tab that asked for it sees the shared session and signs in too`, async (t) => {
    const context = await newContext(t);
    const asking = context.page;
    const email = `${name}-backend-tabs-${Date.now()}@example.com`;
    await asking.goto(`${demo.url}/backend.html?send=link`);
    await asking.fill('Email address', email);
    await asking.click('Email me a sign-in link');
    await asking.waitForText('We sent a sign-in link to');
    const message = await waitForMessage(demo.emulator.url, email);
    const linkTab = await context.newPage();
    await linkTab.goto(String(message.link));
    await linkTab.waitForText(`You are signed in as ${email}.`);
    await asking.waitForText(`You are signed in as ${email}.`);
    await linkTab.waitForText('The tab where you asked for the link is signed in too.');
  });

  test(`${label}: a link opened in another browser shows whose it is, and one click on Continue signs in there`, async (t) => {
    const asking = await newContext(t);
    const email = `${name}-elsewhere-${Date.now()}@example.com`;
    const message = await askForLink(asking.page, demo, email);
    assert.ok(message.link);
    const other = await newContext(t);
    await other.page.goto(message.link);
    await other.page.waitForText(`This sign-in link for ${email} was asked for in another browser or on another device.`);
    assert.deepEqual(await events(other.page), [], 'nothing signs in before the click');
    assert.equal(new URL(await other.page.url()).hash, '', 'the tokens are gone from the URL');
    await other.page.click('Continue');
    await other.page.waitForText(`You are signed in as ${email}.`);
    const [signedIn] = await events(other.page);
    assert.equal(signedIn?.user.email, email);
    assert.ok(String(signedIn?.authResult?.idToken ?? '').length >= 10, 'with the tokens of the fresh sign-in');
    const url = await other.page.url();
    assert.equal(new URL(url).hash, '');
    assert.doesNotMatch(url, /access_token|id_token/);
    const response = await fetch(`${demo.emulator.url}/__emulator/outbox?to=${encodeURIComponent(email)}`);
    assert.equal((/** @type {unknown[]} */ (await response.json())).length, 1, 'no second message');
  });

  test(`${label}: backend mode, a link opened in another browser: whose it is, and one click on Continue signs in there with a session of its own`, async (t) => {
    const asking = await newContext(t);
    const email = `${name}-backend-elsewhere-${Date.now()}@example.com`;
    await asking.page.goto(`${demo.url}/backend.html?send=link`);
    await asking.page.fill('Email address', email);
    await asking.page.click('Email me a sign-in link');
    await asking.page.waitForText('We sent a sign-in link to');
    const message = await waitForMessage(demo.emulator.url, email);
    const other = await newContext(t);
    await other.page.goto(String(message.link));
    await other.page.waitForText(`This sign-in link for ${email} was asked for in another browser or on another device.`);
    assert.equal((await other.cookies()).some((cookie) => cookie.name === 'passwordless_session'), false, 'no session before the click');
    await other.page.click('Continue');
    await other.page.waitForText(`You are signed in as ${email}.`);
    const session = (await other.cookies()).find((cookie) => cookie.name === 'passwordless_session');
    assert.ok(session?.httpOnly, 'an HttpOnly session cookie');
    assert.equal((await other.cookies()).some((cookie) => cookie.name === 'passwordless_confirm'), false, 'the waiting sign-in is gone');
    assert.doesNotMatch(await other.page.url(), /passwordless=/, 'the return marker is scrubbed');
  });

  test(`${label}: a link that lands on the page first: a scanner's fetch uses nothing, the person's click signs in`, async (t) => {
    const { page } = await newContext(t);
    const email = `${name}-landing-${Date.now()}@example.com`;
    const message = await askForLink(page, landingDemo, email);
    const link = String(message.link);
    assert.ok(link.startsWith(`${landingDemo.url}/#passwordless-link=`), `the email points at the page: ${link}`);
    // A mail scanner fetches what the email links to: the page, never the fragment, and it clicks nothing.
    const scanned = await fetch(link);
    assert.equal(scanned.status, 200);
    await page.goto(link);
    await page.waitForText(`Continue to sign in as ${email[0]}•••@example.com.`);
    assert.equal(new URL(await page.url()).hash, '', 'the link is taken out of the URL');
    await page.click('Continue');
    await page.waitForText(`You are signed in as ${email}.`);
    const [signedIn] = await events(page);
    assert.equal(signedIn?.user.email, email);
  });
});
