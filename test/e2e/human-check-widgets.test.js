// @ts-check
// The third-party human checks end to end: the BUILT element in Chromium, real auth0-js, the emulator's Bot Detection
// over HTTP with each provider in turn, on a page with the strict CSP of the security suite ('strict-dynamic', Trusted
// Types) plus the element's captcha policy. The page's own script calls `useHumanCheckStandIns()` from
// passwordless-login/testing, so each provider's script comes from the emulator's stand-in of it, through the
// policy `passwordless-login-captcha`; the stand-in's token goes with the start, the emulator checks it, the code
// signs in. Not one securitypolicyviolation, in any document of the sign-in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { launchBrowser } from '../helpers/browser.js';
import { messageTo, messagesTo, startSecuritySite, strictCsp, uniqueEmail, openStrictProfile } from '../helpers/security-site.js';

const root = new URL('../..', import.meta.url).pathname;

/** @type {Awaited<ReturnType<typeof startSecuritySite>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;
/** The page's own script: `useHumanCheckStandIns` from src/testing.ts, as a site's test page would bundle it. */
let standInsScript = '';

before(async () => {
  site = await startSecuritySite();
  browser = await launchBrowser();
  const bundle = await build({
    stdin: { contents: "export { useHumanCheckStandIns } from './src/testing.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'passwordlessLoginTesting',
    target: 'es2022',
    tsconfig: `${root}tsconfig.json`,
    write: false,
    logLevel: 'silent',
  });
  standInsScript = `${bundle.outputFiles[0].text}\npasswordlessLoginTesting.useHumanCheckStandIns(${JSON.stringify(site.emulator.url)});`;
  assert.ok(!standInsScript.includes('</script'), 'the bundle can be inlined');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The security suite's strict policy, with the element's captcha policy named in `trusted-types`. */
const captchaCsp = () => strictCsp(site.emulator.url).replace('trusted-types lit-html', 'trusted-types lit-html passwordless-login-captcha');

/** Switches the emulator's Bot Detection to `provider`, always asked. @param {string} provider */
async function botDetection(provider) {
  const response = await fetch(`${site.emulator.url}/__emulator/bot-detection`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ provider, required: 'always' }),
  });
  assert.equal(response.status, 200, await response.text());
}


/**
 * @typedef {object} Case
 * @property {string} provider Auth0's name, as the emulator's bot_detection takes it
 * @property {string} script where its stand-in is loaded from (after /__emulator/stand-ins/)
 * @property {'by itself' | 'by a click' | 'by a click in its challenge'} solved how a person gets past it
 */
/** @type {Case[]} */
const CASES = [
  { provider: 'auth0_v2', script: 'challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=', solved: 'by itself' },
  { provider: 'recaptcha_v2', script: 'www.recaptcha.net/recaptcha/api.js?hl=en&onload=', solved: 'by a click' },
  { provider: 'hcaptcha', script: 'js.hcaptcha.com/1/api.js?hl=en&onload=', solved: 'by a click' },
  { provider: 'recaptcha_enterprise', script: 'www.recaptcha.net/recaptcha/enterprise.js?render=explicit&hl=en&onload=', solved: 'by a click' },
  { provider: 'friendly_captcha', script: 'cdn.jsdelivr.net/npm/friendly-challenge@0.9.12/widget.min.js', solved: 'by a click' },
  { provider: 'arkose', script: 'client-api.arkoselabs.com/v2/00000000-0000-0000-0000-000000000000/api.js', solved: 'by a click in its challenge' },
];

for (const { provider, script, solved } of CASES) {
  test(`${provider}: its stand-in loads through the captcha policy, is solved ${solved}, and the code signs in under a strict CSP with Trusted Types, zero violations`, async () => {
    await botDetection(provider);
    const url = site.page(`/human-check-${provider}.html`, { csp: captchaCsp(), head: `<script nonce="{{nonce}}">${standInsScript}</script>` });
    const p = await openStrictProfile(browser);
    const { page } = p;
    const element = page.locator('passwordless-login');
    const standIn = element.locator('[data-stand-in]');
    const startsBefore = site.count('POST /passwordless/start');

    await page.goto(url);
    const email = uniqueEmail(`widget-${provider}`);
    await page.getByLabel('Email address').fill(email);
    // The provider's script is its stand-in's, at the real URL with https:// replaced.
    const loaded = await page.waitForFunction(() => [...document.scripts].map((s) => s.src).find((src) => src.includes('/__emulator/stand-ins/')));
    assert.ok(String(await loaded.jsonValue()).startsWith(`${site.emulator.url}/__emulator/stand-ins/${script}`), String(await loaded.jsonValue()));

    if (solved === 'by a click in its challenge') {
      // Arkose shows nothing until a send asks for it; its challenge then opens over the page.
      await page.getByLabel('Email address').press('Enter');
      const challenge = page.getByRole('dialog', { name: 'Stand-in for Arkose Labs (test)' });
      await challenge.getByRole('checkbox').click();
    } else {
      // The widget is rendered by the provider's script into a light-DOM child of the element (its slot).
      await standIn.waitFor();
      assert.equal(await standIn.evaluate((box) => box.closest('[slot]')?.parentElement?.localName), 'passwordless-login');
      if (solved === 'by a click') await standIn.getByRole('checkbox').click();
      await page.locator('passwordless-login [data-stand-in][data-state="passed"]').waitFor();
      await page.getByLabel('Email address').press('Enter');
    }

    const { code } = await messageTo(site.emulator.url, email);
    assert.equal(site.count('POST /passwordless/start'), startsBefore + 1, 'one start, with the answer');
    await page.getByLabel('Verification code').fill(code);
    await element.getByText(`You are signed in as ${email}.`).waitFor();
    assert.equal((await p.events('passwordless-authenticated'))[0].detail.user.email, email);
    assert.equal(await messagesTo(site.emulator.url, email), 1);

    assert.deepEqual(p.violations, [], 'no securitypolicyviolation in any document');
    assert.deepEqual(p.console.filter((line) => /Content Security Policy|Trusted Type|Refused to/i.test(line)), [], 'no CSP or Trusted Types error in the console');
    assert.deepEqual(p.errors, []);
    await p.close();
  });
}

test("the provider script is the stand-in's URL, inserted once, with the page's nonce, through the captcha policy", async () => {
  await botDetection('hcaptcha');
  const url = site.page('/human-check-script.html', { csp: captchaCsp(), head: `<script nonce="{{nonce}}">${standInsScript}</script>` });
  const p = await openStrictProfile(browser);
  await p.page.goto(url);
  // The check is asked for once the person turns to the form.
  await p.page.getByLabel('Email address').focus();
  await p.page.locator('passwordless-login [data-stand-in]').waitFor();
  const scripts = await p.page.evaluate(() =>
    [...document.scripts].filter((s) => s.src.includes('/__emulator/stand-ins/')).map((s) => ({ src: s.src, nonce: s.nonce, pageNonce: /** @type {HTMLScriptElement|null} */ (document.querySelector('script[nonce]'))?.nonce })),
  );
  assert.equal(scripts.length, 1);
  assert.ok(scripts[0].src.startsWith(`${site.emulator.url}/__emulator/stand-ins/js.hcaptcha.com/1/api.js?hl=en&onload=passwordlessLoginCaptcha_`), scripts[0].src);
  assert.ok(scripts[0].nonce && scripts[0].nonce === scripts[0].pageNonce, "the page's nonce is copied");
  assert.deepEqual(p.violations, []);
  await p.close();
});

test('without passwordless-login-captcha in trusted-types the check cannot load: the element says so, keeps the email, and sends nothing (the browser reports the refused policy)', async () => {
  await botDetection('auth0_v2');
  const url = site.page('/human-check-no-policy.html', { csp: strictCsp(site.emulator.url), head: `<script nonce="{{nonce}}">${standInsScript}</script>` });
  const p = await openStrictProfile(browser);
  const startsBefore = site.count('POST /passwordless/start');
  await p.page.goto(url);
  const email = uniqueEmail('widget-no-policy');
  await p.page.getByLabel('Email address').fill(email);
  await p.page.locator('passwordless-login [part~="hint"]').getByText('The check that you are a person could not load.', { exact: false }).waitFor();
  assert.equal(await p.page.locator('passwordless-login [data-stand-in]').count(), 0, 'no widget');
  assert.ok(p.violations.some((v) => v.startsWith('trusted-types')), `the browser reports the refused policy (${p.violations.join(' | ')})`);
  assert.ok(p.console.some((line) => line.includes('add it to trusted-types')), 'the console says what to add');
  await p.page.getByLabel('Email address').press('Enter');
  await p.page.locator('passwordless-login [part~="error"]').getByText('Complete the check that you are a person, then send again.').waitFor();
  assert.equal(await p.page.getByLabel('Email address').inputValue(), email);
  assert.equal(site.count('POST /passwordless/start'), startsBefore, 'nothing sent');
  await p.close();
});
