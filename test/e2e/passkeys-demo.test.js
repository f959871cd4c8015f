// @ts-check
// Passkeys end to end, as a person on the demo's /passkeys.html: real auth0-js where SPA mode uses it, the real
// server handler, the real emulator over HTTP, and real WebAuthn ceremonies in Chromium on its DevTools virtual
// authenticator (a platform authenticator that verifies the user). That authenticator answers the field's autofill
// request (a conditional get) by itself when it holds a passkey for the site, as a person picking it from the list:
// so a sign-out followed by a sign-in "from autofill" needs no click. The button is tested in a browser without
// autofill (conditional mediation reported unavailable), where it is the way in.
// Backend mode: a code on the database connection, "Create a passkey", sign out, sign in with it as the same person.
// SPA mode: sign up with a passkey, sign out, sign in with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDemoAndBrowser } from '../helpers/demo-suite.js';
import { waitForMessage } from '../helpers/outbox.js';
import { newAuthenticatorPage } from '../helpers/webauthn.js';

/** @type {import('../helpers/demo-suite.js').DemoSuite['demo']} */ let demo;
/** @type {import('playwright-core').Browser} */ let browser;

withDemoAndBrowser((started) => ({ demo, browser } = started));

/**
 * A fresh profile on passkeys.html (`mode`), with a virtual authenticator and the element's events recorded.
 * `noAutofill`: the browser reports no conditional mediation (as one without passkey autofill would).
 */
async function openPasskeysDemo(mode = 'backend', { noAutofill = false } = {}) {
  const { context, page, cdp, authenticatorId } = await newAuthenticatorPage(browser);
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.addInitScript(() => {
    /** @type {any} */ (window).__events = [];
    for (const name of ['passwordless-authenticated', 'passwordless-error', 'passwordless-signed-out']) {
      document.addEventListener(name, (event) => /** @type {any} */ (window).__events.push({ type: name, detail: /** @type {CustomEvent} */ (event).detail }));
    }
  });
  if (noAutofill) {
    await page.addInitScript(() => {
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
      const own = /** @type {any} */ (PublicKeyCredential).getClientCapabilities;
      if (own) /** @type {any} */ (PublicKeyCredential).getClientCapabilities = async () => ({ ...(await own.call(PublicKeyCredential)), conditionalGet: false });
    });
  }
  await page.goto(`${demo.url}/passkeys.html?mode=${mode}`);
  const login = page.locator('#login');
  const credentials = async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  return { context, page, login, cdp, authenticatorId, credentials, pageErrors };
}

/** @param {import('playwright-core').Page} page @param {string} step */
const waitForStep = (page, step) => page.waitForFunction((s) => document.querySelector('#login')?.matches(`:state(${s})`) && !document.querySelector('#login')?.matches(':state(busy)'), step);

/** @param {import('playwright-core').Page} page @param {string} type */
const events = (page, type) => page.evaluate((t) => /** @type {any[]} */ (/** @type {any} */ (window).__events).filter((e) => e.type === t).map((e) => e.detail), type);

/**
 * SPA mode's sign-out: the page leaves for Auth0's logout, which brings back a new page (its events start afresh),
 * still in SPA mode (the demo keeps the mode for the tab).
 * @param {import('playwright-core').Page} page
 */
async function signOutAndReturn(page) {
  await page.evaluate(() => { /** @type {any} */ (window).__before = true; });
  await page.locator('#login').locator('button[part~="sign-out-button"]').click();
  await page.waitForFunction(() => !(/** @type {any} */ (window).__before) && document.querySelector('#login'));
  assert.ok(await page.evaluate(() => document.querySelector('#login')?.hasAttribute('domain')), 'back in SPA mode');
}

/** @param {import('playwright-core').Page} page @param {string} email */
async function signInWithCode(page, email) {
  const login = page.locator('#login');
  await login.locator('input[part~="identifier-input"]').fill(email);
  await login.locator('button[part~="submit-button"]').click();
  const message = await waitForMessage(demo.emulator.url, email);
  await login.locator('input[part~="code-input"]').fill(message.code);
}

test('backend mode: a code on the database connection, "Create a passkey", sign out, then the passkey from the field\'s autofill signs the same person in', async () => {
  const { context, page, login, credentials, pageErrors } = await openPasskeysDemo('backend');
  try {
    const email = `pk-${Date.now()}@example.com`;
    // The field's autocomplete offers passkeys once the site is known to offer them (the first focus asks).
    await login.locator('input[part~="identifier-input"]').focus();
    await page.waitForFunction(() => document.querySelector('#login')?.shadowRoot?.querySelector('#identifier')?.getAttribute('autocomplete') === 'email webauthn');
    await login.locator('button[part~="passkey-button"]').waitFor();

    await signInWithCode(page, email);
    await waitForStep(page, 'passkey-offer');
    const [byCode] = await events(page, 'passwordless-authenticated');
    assert.equal(byCode.method, 'code');
    assert.match(byCode.user.sub, /^auth0\|/, 'a user of the database connection');
    assert.equal(byCode.user.email_verified, true, 'the code reached the address');

    await login.locator('button[part~="submit-button"]').click();
    await waitForStep(page, 'success');
    await login.getByText('Your passkey is ready').waitFor();
    assert.equal((await credentials()).length, 1, 'the authenticator holds the new passkey');

    // Signed out, the first step's autofill asks again; the authenticator holds a passkey for the site, so it is
    // picked (the person's one tap): signed in with it, without typing anything.
    await login.locator('button[part~="sign-out-button"]').click();
    await page.waitForFunction(() => /** @type {any[]} */ (/** @type {any} */ (window).__events).filter((e) => e.type === 'passwordless-authenticated').length === 2);
    await waitForStep(page, 'success');
    const byPasskey = (await events(page, 'passwordless-authenticated')).at(-1);
    assert.equal(byPasskey.method, 'passkey');
    assert.equal(byPasskey.user.sub, byCode.user.sub, 'the passkey signs in the person the code did');
    // The server's session says so too, and no token reached the page.
    const session = await page.evaluate(() => fetch('/auth/passwordless-passkeys/session', { headers: { 'X-Passwordless-Login': '1' } }).then((r) => r.json()));
    assert.equal(session.user.sub, byCode.user.sub);
    assert.equal(session.method, 'passkey');
    assert.equal(JSON.stringify(await events(page, 'passwordless-authenticated')).includes('eyJ'), false, 'no token in the events');
    assert.deepEqual(await events(page, 'passwordless-error'), []);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('backend mode without autofill: the button signs in with the passkey created after a code', async () => {
  const { context, page, login, credentials } = await openPasskeysDemo('backend', { noAutofill: true });
  try {
    await signInWithCode(page, `button-${Date.now()}@example.com`);
    await waitForStep(page, 'passkey-offer');
    await login.locator('button[part~="submit-button"]').click();
    await waitForStep(page, 'success');
    assert.equal((await credentials()).length, 1);
    await login.locator('button[part~="sign-out-button"]').click();
    await waitForStep(page, 'identify');
    assert.equal(await login.locator('input[part~="identifier-input"]').getAttribute('autocomplete'), 'email webauthn');
    await login.locator('button[part~="passkey-button"]').click();
    await waitForStep(page, 'success');
    const [byCode, byPasskey] = await events(page, 'passwordless-authenticated');
    assert.deepEqual([byCode.method, byPasskey.method], ['code', 'passkey']);
    assert.equal(byPasskey.user.sub, byCode.user.sub);
  } finally {
    await context.close();
  }
});

test('backend mode: "Not now" is remembered on this device; offerPasskey() offers again', async () => {
  const { context, page, login } = await openPasskeysDemo('backend');
  try {
    await signInWithCode(page, `later-${Date.now()}@example.com`);
    await waitForStep(page, 'passkey-offer');
    await login.locator('button[part~="secondary-button"]', { hasText: 'Not now' }).click();
    await waitForStep(page, 'success');
    await login.locator('button[part~="sign-out-button"]').click();
    await waitForStep(page, 'identify');
    // The next code sign-in on this device goes straight in (another address: the last one's next code waits 30 s).
    await signInWithCode(page, `later-too-${Date.now()}@example.com`);
    await waitForStep(page, 'success');
    await page.locator('#offer').click();
    await waitForStep(page, 'passkey-offer');
  } finally {
    await context.close();
  }
});

test('SPA mode: sign up with a passkey, sign out, sign in with it as the same person (tokens in the event, none stored)', async () => {
  const { context, page, login, credentials, pageErrors } = await openPasskeysDemo('spa');
  try {
    const email = `spa-pk-${Date.now()}@example.com`;
    await login.locator('input[part~="identifier-input"]').fill(email);
    await login.locator('button[part~="passkey-signup-button"]').click();
    await waitForStep(page, 'success');
    const [signedUp] = await events(page, 'passwordless-authenticated');
    assert.equal(signedUp.method, 'passkey');
    assert.equal(signedUp.user.email, email);
    // A passkey sign-up proves nothing about the address: the ID token says so (a site must not trust it as verified).
    assert.equal(signedUp.user.email_verified, false);
    assert.match(signedUp.authResult.idToken, /^eyJ/);
    assert.equal((await credentials()).length, 1);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    assert.doesNotMatch(stored, /eyJ/, 'no token in storage');

    // SPA mode's sign-out leaves for Auth0's logout, which comes back to the page.
    await signOutAndReturn(page);
    // Back on the page, signed out at Auth0 too: the field's autofill offers the passkey, picked at once.
    await page.waitForFunction(() => /** @type {any[]} */ (/** @type {any} */ (window).__events).some((e) => e.type === 'passwordless-authenticated'));
    await waitForStep(page, 'success');
    const signedIn = (await events(page, 'passwordless-authenticated')).at(-1);
    assert.equal(signedIn.method, 'passkey');
    assert.equal(signedIn.user.sub, signedUp.user.sub);
    assert.match(signedIn.authResult.idToken, /^eyJ/, 'SPA mode: the tokens come to the page (from Auth0, not a server)');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('SPA mode without autofill: the button signs in with the passkey made at sign-up', async () => {
  const { context, page, login } = await openPasskeysDemo('spa', { noAutofill: true });
  try {
    await login.locator('input[part~="identifier-input"]').fill(`spa-button-${Date.now()}@example.com`);
    await login.locator('button[part~="passkey-signup-button"]').click();
    await waitForStep(page, 'success');
    const [signedUp] = await events(page, 'passwordless-authenticated');
    // Auth0's logout is another page load: the events start afresh on the page it returns to.
    await signOutAndReturn(page);
    await waitForStep(page, 'identify');
    await login.locator('button[part~="passkey-button"]').click();
    await waitForStep(page, 'success');
    const [signedIn] = await events(page, 'passwordless-authenticated');
    assert.deepEqual([signedUp.method, signedIn.method], ['passkey', 'passkey']);
    assert.match(signedIn.authResult.idToken, /^eyJ/, 'SPA mode: the tokens come to the page (from Auth0, not a server)');
    assert.equal(signedIn.user.sub, signedUp.user.sub);
  } finally {
    await context.close();
  }
});
