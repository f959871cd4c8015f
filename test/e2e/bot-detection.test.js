// @ts-check
// Auth0's Bot Detection in SPA mode, end to end: the BUILT element in Chromium, real auth0-js, the emulator with
// `bot_detection: { provider: 'auth0', required: 'always' }` over HTTP, on a page with a strict CSP and Trusted Types
// (plus `img-src data:`, the one addition the picture needs). The picture shows; a send without an answer, or with a
// wrong one, sends nothing and shows why, with a new picture and the email still typed; the answer the emulator's dev
// API gives sends the code, and the code signs in. Not one securitypolicyviolation on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../helpers/browser.js';
import { messageTo, messagesTo, openProfile, startSecuritySite, strictCsp, uniqueEmail, openStrictProfile } from '../helpers/security-site.js';

/** @type {Awaited<ReturnType<typeof startSecuritySite>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  site = await startSecuritySite({ emulatorConfig: (config) => void (config.bot_detection = { provider: 'auth0', required: 'always' }) });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The strict policy of the CSP suite, with the picture's `data:` images allowed. */
const pictureCsp = () => strictCsp(site.emulator.url).replace("img-src 'self'", "img-src 'self' data:");

/** The answer of the newest picture the emulator drew (its dev API), as a person reads it off the picture. */
async function pictureAnswer() {
  const response = await fetch(`${site.emulator.url}/__emulator/captcha`);
  assert.equal(response.status, 200, 'a picture challenge is waiting');
  return /** @type {{ answer: string }} */ (await response.json()).answer;
}

test('Bot Detection in SPA mode under a strict CSP with Trusted Types: the picture, a wrong answer, a new picture, the right answer signs in, zero violations', async () => {
  const url = site.page('/bot-detection.html', { csp: pictureCsp() });
  const p = await openStrictProfile(browser);
  const { violations } = p;
  const { page } = p;
  const element = page.locator('passwordless-login');
  const picture = element.getByRole('img', { name: 'Picture for the check that you are a person' });
  const answerField = element.getByLabel('Type the characters in the picture');
  const errorLine = element.locator('[part~="error"]');
  const startsSoFar = () => site.count('POST /passwordless/start');

  await page.goto(url);
  const email = uniqueEmail('bot-detection');
  await page.getByLabel('Email address').fill(email);

  // The check shows in the first step: Auth0's picture (an image of its data, never markup) and a labelled answer.
  await picture.waitFor();
  assert.equal(await element.getByRole('group', { name: 'Check that you are a person' }).count(), 1, 'a fieldset named by its legend');
  const firstPicture = await picture.getAttribute('src');
  assert.match(firstPicture ?? '', /^data:image\/svg\+xml;base64,/);
  assert.equal(await element.locator('img').count(), 1, 'the picture is the only image: nothing of it became markup');

  // Sending without the answer sends nothing: the check says why, and takes the focus.
  const startsBefore = startsSoFar();
  await page.getByLabel('Email address').focus();
  await page.keyboard.press('Enter');
  await errorLine.getByText('Complete the check that you are a person, then send again.').waitFor();
  assert.equal(await answerField.evaluate((field) => field === /** @type {ShadowRoot} */ (field.getRootNode()).activeElement), true, 'focus on the answer');
  assert.equal(startsSoFar(), startsBefore, 'no request to /passwordless/start');

  // A wrong answer: Auth0 refuses it (invalid_captcha), nothing is sent, a new picture, the email still typed.
  const answer = await pictureAnswer();
  await answerField.fill(`${answer}x`);
  await answerField.press('Enter');
  await errorLine.getByText('The answer to the check was wrong or too old. Here is a new one: try again.').waitFor();
  await page.waitForFunction((old) => {
    const image = document.querySelector('passwordless-login')?.shadowRoot?.querySelector('[part~="captcha-image"]');
    return !!image && image.getAttribute('src') !== old;
  }, firstPicture);
  assert.equal(await page.getByLabel('Email address').inputValue(), email, 'the email is still typed');
  assert.equal(await answerField.inputValue(), '', 'the wrong answer is gone');
  assert.equal(await answerField.getAttribute('aria-invalid'), 'true');
  assert.equal(await messagesTo(site.emulator.url, email), 0, 'nothing was sent');
  assert.deepEqual((await p.events('passwordless-error')).map((/** @type {any} */ e) => e.detail.code), ['captcha_required', 'invalid_captcha']);

  // The new picture's answer sends the code; the code signs in.
  await answerField.fill(await pictureAnswer());
  await answerField.press('Enter');
  const { code } = await messageTo(site.emulator.url, email);
  await page.getByLabel('Verification code').fill(code);
  await element.getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal((await p.events('passwordless-authenticated'))[0].detail.user.email, email);

  assert.deepEqual(violations, [], 'no securitypolicyviolation in any document');
  assert.deepEqual(p.console.filter((line) => /Content Security Policy|Trusted Type|Refused to/i.test(line)), [], 'no CSP or Trusted Types error in the console');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('Bot Detection in SPA mode: "New picture" draws another, and back from the code step a fresh check is asked for', async () => {
  const url = site.page('/bot-detection-again.html', { csp: pictureCsp() });
  const p = await openProfile(browser);
  const { page } = p;
  const element = page.locator('passwordless-login');
  const picture = element.getByRole('img', { name: 'Picture for the check that you are a person' });
  const answerField = element.getByLabel('Type the characters in the picture');
  const source = () => picture.getAttribute('src');

  await page.goto(url);
  const email = uniqueEmail('bot-detection-again');
  await page.getByLabel('Email address').fill(email);
  await picture.waitFor();
  const first = await source();
  await element.getByRole('button', { name: 'New picture' }).click();
  await page.waitForFunction((old) => document.querySelector('passwordless-login')?.shadowRoot?.querySelector('[part~="captcha-image"]')?.getAttribute('src') !== old, first);
  await picture.waitFor();

  // The answer of the picture on screen now (the newest) sends.
  await answerField.fill(await pictureAnswer());
  await answerField.press('Enter');
  await messageTo(site.emulator.url, email);
  await element.getByLabel('Verification code').waitFor();
  assert.equal(await picture.count(), 0, 'the check is not on the code step');

  await element.getByRole('button', { name: /different email/i }).click();
  await picture.waitFor();
  assert.equal(await answerField.inputValue(), '');
  assert.equal(await page.getByLabel('Email address').inputValue(), email);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('Bot Detection in SPA mode: Auth0 is asked for a challenge once the person turns to the form, not on a page view', async () => {
  const url = site.page('/bot-detection-ask.html', { csp: pictureCsp() });
  const p = await openProfile(browser);
  const { page } = p;
  const picture = page.locator('passwordless-login').getByRole('img', { name: 'Picture for the check that you are a person' });
  const challenges = () => site.count('POST /passwordless/challenge');
  const before = challenges();
  // Once the rest of the element is here and the browser idle, it warms up: auth0-js arrives. (That the element asks
  // nothing before a focus is proven step by step in test/browser/human-check.test.ts; here, with the real pieces.)
  const warmedUp = page.waitForResponse((response) => /\/auth0\.min\.esm-[\w-]+\.js$/.test(new URL(response.url()).pathname));
  await page.goto(url);
  await warmedUp;
  assert.equal(challenges(), before, 'a page view asks Auth0 nothing (the visitor\'s address, the tenant\'s limits)');
  const focusedAt = await page.evaluate(() => performance.now());
  await page.getByLabel('Email address').focus();
  await picture.waitFor();
  assert.equal(challenges(), before + 1, 'asked on the first focus');
  const asked = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/passwordless/challenge')).map((entry) => entry.startTime));
  assert.equal(asked.length, 1);
  assert.ok(asked[0] >= focusedAt, 'the one request to /passwordless/challenge came after the focus');
  await page.getByLabel('Email address').fill(uniqueEmail('bot-detection-ask'));
  assert.equal(challenges(), before + 1, 'typing asks nothing more');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('Bot Detection in SPA mode: the check\'s own chunk that does not load makes the check unavailable, the email kept; "Try again" loads it afresh and the picture shows', async () => {
  const url = site.page('/bot-detection-chunk.html', { csp: pictureCsp() });
  const p = await openProfile(browser);
  const { page } = p;
  const element = page.locator('passwordless-login');
  const picture = element.getByRole('img', { name: 'Picture for the check that you are a person' });
  /** @type {string[]} */
  const chunkRequests = [];
  let offline = true;
  await page.route(/\/chunks\/check-ui-[\w-]+\.js/, async (route) => {
    chunkRequests.push(new URL(route.request().url()).search);
    await (offline ? route.abort('internetdisconnected') : route.continue());
  });

  await page.goto(url);
  const email = uniqueEmail('bot-detection-chunk');
  await page.getByLabel('Email address').fill(email);
  await element.locator('[part~="captcha"]').getByText('The check that you are a person could not load.', { exact: false }).waitFor();
  assert.equal(await picture.count(), 0);
  assert.ok(p.console.some((line) => line.startsWith('warning:') && line.includes('its part of the element did not load')), p.console.join('\n'));
  const startsBefore = site.count('POST /passwordless/start');
  await page.getByLabel('Email address').press('Enter');
  await element.locator('[part~="error"]').getByText('Complete the check that you are a person, then send again.').waitFor();
  assert.equal(site.count('POST /passwordless/start'), startsBefore, 'nothing sent');

  offline = false;
  await element.getByRole('button', { name: 'Try again' }).click();
  await picture.waitFor();
  assert.equal(await page.getByLabel('Email address').inputValue(), email);
  // A browser may keep a failed import for the page (whatwg/html#6768): the retry asks for a fresh URL.
  assert.deepEqual(chunkRequests.map((search) => search.replace(/\d+$/, 'N')), ['', '?retry=N']);
  assert.deepEqual(p.errors, []);
  await p.close();
});
