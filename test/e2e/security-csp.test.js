// @ts-check
// Security plan, part (c), test 10: the BUILT element under a strict CSP with Trusted Types, in both modes, through
// whole sign-ins (code and link). Every `securitypolicyviolation` in every document of the flow is reported to the
// test through a binding, and Chromium's console CSP errors are collected too: both must stay empty.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../helpers/browser.js';
import { askForLink, messageTo, startSecuritySite, strictCsp, uniqueEmail, openStrictProfile } from '../helpers/security-site.js';

/** @type {Awaited<ReturnType<typeof startSecuritySite>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  site = await startSecuritySite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});


/** A code sign-in on the page at `url`. @param {import('playwright-core').Page} page @param {string} url @param {string} tag */
async function codeLogin(page, url, tag) {
  await page.goto(url);
  const email = uniqueEmail(tag);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Email address').focus(); await page.keyboard.press('Enter');
  await page.getByLabel('Verification code').fill((await messageTo(site.emulator.url, email)).code);
  await page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  return email;
}

test('10: SPA mode under a strict CSP with Trusted Types: code and link sign-ins, zero violations, no CSP console errors', async () => {
  const url = site.page('/csp-spa.html', { csp: strictCsp(site.emulator.url) });
  const link = site.page('/csp-spa-link.html', { csp: strictCsp(site.emulator.url), attributes: `domain="${site.emulator.url}" client-id="demo-spa" send="link"` });
  const p = await openStrictProfile(browser);
  const email = await codeLogin(p.page, url, 'csp-spa');
  assert.equal((await p.events('passwordless-authenticated'))[0].detail.user.email, email);
  // A reload checks the session in a hidden frame of the tenant (frame-src): who is signed in, still no violation.
  await p.page.reload();
  await p.page.locator('passwordless-login').getByRole('heading', { name: 'Welcome back' }).waitFor();
  await p.page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  // Someone else asks for a link once that session has ended.
  await p.context.clearCookies();
  await p.page.goto(link);
  const linkEmail = uniqueEmail('csp-spa-link');
  await askForLink(p.page, linkEmail);
  await p.page.goto((await messageTo(site.emulator.url, linkEmail)).link);
  await p.page.locator('passwordless-login').getByText(`You are signed in as ${linkEmail}.`).waitFor();
  assert.deepEqual(p.violations, [], 'no securitypolicyviolation in any document');
  assert.deepEqual(p.cspConsole(), [], 'no CSP or Trusted Types error in the console');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('10: backend mode under a strict CSP (connect-src \'self\' only): code and link sign-ins, zero violations', async () => {
  const url = site.page('/csp-backend.html', { csp: strictCsp("'self'"), attributes: 'endpoint="/auth/passwordless" send="code"', spa: false });
  const link = site.page('/csp-backend-link.html', { csp: strictCsp("'self'"), attributes: 'endpoint="/auth/passwordless-link" send="link"', spa: false });
  const p = await openStrictProfile(browser);
  await codeLogin(p.page, url, 'csp-backend');
  await p.page.goto(link);
  const linkEmail = uniqueEmail('csp-backend-link');
  await askForLink(p.page, linkEmail);
  await p.page.goto((await messageTo(site.emulator.url, linkEmail)).link);
  await p.page.locator('passwordless-login').getByText(`You are signed in as ${linkEmail}.`).waitFor();
  assert.deepEqual(p.violations, []);
  assert.deepEqual(p.cspConsole(), []);
  assert.deepEqual(p.errors, []);
  await p.close();
});

/** Makes Lit fall back from adoptedStyleSheets to <style> elements, as in browsers without constructable sheets. */
const NO_ADOPTED_STYLESHEETS = () => {
  delete (/** @type {any} */ (Document.prototype)).adoptedStyleSheets;
  delete (/** @type {any} */ (ShadowRoot.prototype)).adoptedStyleSheets;
};

test('10: without adoptedStyleSheets, window.litNonce plus the nonce in style-src keeps it violation-free; without the nonce the styles are refused, as documented', async () => {
  const withNonce = site.page('/csp-lit-nonce.html', {
    csp: strictCsp(site.emulator.url, " 'nonce-{{nonce}}'"),
    head: '<script nonce="{{nonce}}">window.litNonce = "{{nonce}}";</script>',
  });
  const p = await openStrictProfile(browser);
  await p.context.addInitScript(NO_ADOPTED_STYLESHEETS);
  await codeLogin(p.page, withNonce, 'csp-lit-nonce');
  assert.ok(await p.page.evaluate(() => document.querySelector('passwordless-login')?.shadowRoot?.querySelector('style') !== null), 'the fallback <style> path ran');
  assert.deepEqual(p.violations, []);
  await p.close();
  const withoutNonce = site.page('/csp-no-lit-nonce.html', { csp: strictCsp(site.emulator.url) });
  const q = await openStrictProfile(browser);
  await q.context.addInitScript(NO_ADOPTED_STYLESHEETS);
  await q.page.goto(withoutNonce);
  await q.page.getByLabel('Email address').waitFor();
  await q.page.waitForTimeout(200);
  assert.ok(q.violations.some((v) => v.startsWith('style-src')), 'the <style> fallback is refused without litNonce (documented in SECURITY.md)');
  await q.close();
});
