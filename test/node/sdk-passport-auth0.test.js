// @ts-check
// passport-auth0 1.4.5 (passport 0.7, express-session, Express 5) against the https emulator: /login → the emulator's
// hosted login page in Chromium → /callback → the profile from /userinfo in the session; logout through /v2/logout.
// passport-auth0 builds https://${domain}, checks the ID token's iss (https://DOMAIN/), aud, exp and nonce, and the
// `state` it keeps in the session. The app (this Node process) trusts the emulator's CA through
// test/helpers/trust-emulator-ca.js (its token and /userinfo calls go through node:https); Chromium through the CA's
// SPKI hash (--ignore-certificate-errors-spki-list).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { chromeArgs } from '../../scripts/chrome-path.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';
import { startPassportAuth0App } from '../helpers/passport-auth0-app.js';
import { signInOnHostedPage } from '../helpers/hosted-login.js';

const CLIENT_ID = 'express-web';
const CLIENT_SECRET = 'express-web-secret';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {Awaited<ReturnType<typeof startPassportAuth0App>>} */ let app;
/** @type {() => Promise<void>} */ let untrust;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {string[]} */ const requests = [];

before(async () => {
  app = await startPassportAuth0App();
  emu = await startEmulator({
    port: 0, https: true, certificatesDir: join(mkdtempSync(join(tmpdir(), 'sdk-passport-auth0-')), 'tls'),
    log: (line) => requests.push(line),
    config: {
      // A Regular Web Application as Auth0's dashboard makes one (its default grant types), with the app's callback
      // and logout URLs; the passwordless connections the hosted login page offers.
      clients: [{
        client_id: CLIENT_ID, client_secret: CLIENT_SECRET, app_type: 'regular_web',
        callbacks: [app.callbackURL], allowed_logout_urls: [`${app.origin}/`], allowed_origins: [],
        grant_types: ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'],
      }],
      connections: {
        email: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
        sms: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
      },
    },
  });
  const certificates = /** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates);
  untrust = trustEmulatorCa(certificates.caPem);
  app.mount({ domain: `localhost:${emu.port}`, clientID: CLIENT_ID, clientSecret: CLIENT_SECRET });
  browser = await launchBrowser({ args: [...chromeArgs, `--ignore-certificate-errors-spki-list=${certificates.spkiHash}`] });
});
after(async () => {
  await browser?.close();
  await untrust?.();
  await app?.close();
  await emu?.close();
});

/**
 * Signs in through the hosted login page as a person would: /login, the identifier, the code from the mailbox.
 * @param {import('playwright-core').Page} page @param {string} identifier
 * @returns the response of the app's /callback
 */
async function signIn(page, identifier) {
  await page.goto(`${app.origin}/login`);
  const callback = await signInOnHostedPage(page, emu, identifier, (url) => url.href.startsWith(`${app.callbackURL}?`));
  const response = await callback.response();
  assert.ok(response, 'the callback answered');
  return response;
}

/** @param {import('playwright-core').Page} page */
async function profileOf(page) {
  const response = await page.request.get(`${app.origin}/profile`);
  return { status: response.status(), body: await response.json() };
}

test('login: hosted login page, callback, the profile from /userinfo in the session; logout returns to the app', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const email = 'passport@example.com';
    const callback = await signIn(page, email);
    assert.equal(callback.status(), 302, await callback.text().catch(() => ''));
    await page.waitForURL(`${app.origin}/profile`);
    const { status, body: profile } = await profileOf(page);
    assert.equal(status, 200);
    assert.equal(profile.provider, 'email', 'from the user id: email|… as for Auth0 passwordless users');
    assert.match(profile.id, /^email\|[0-9a-f]{24}$/);
    assert.equal(profile.emails[0].value, email);
    assert.equal(profile._json.email, email, 'the raw /userinfo answer');
    assert.ok(requests.some((line) => line.startsWith('GET /userinfo 200')), 'passport-auth0 fetched the profile from /userinfo');

    await page.goto(`${app.origin}/logout`);
    await page.waitForURL(`${app.origin}/`);
    assert.equal(await page.textContent('body'), 'Signed out');
    assert.equal((await profileOf(page)).status, 401);
    await page.goto(`${app.origin}/login`);
    await page.waitForURL(`${emu.url}/u/login?**`, { waitUntil: 'commit' }); // the emulator's session ended too: no SSO
  } finally {
    await context.close();
  }
});

test('SMS: the hosted login page takes a phone number', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const phone = '+15557654321';
    assert.equal((await signIn(page, phone)).status(), 302);
    const { body: profile } = await profileOf(page);
    assert.match(profile.id, /^sms\|[0-9a-f]{24}$/);
    assert.equal(profile._json.phone_number, phone);
  } finally {
    await context.close();
  }
});

test('state is verified: a forged callback is refused and signs no one in', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // An attacker's own, real authorization code, with the attacker's state.
    const attacker = await browser.newContext();
    let stolen;
    try {
      const attackerPage = await attacker.newPage();
      await attackerPage.route(`${app.callbackURL}?**`, (route) => route.fulfill({ status: 204 })); // the code stays unused
      const response = await signIn(attackerPage, 'attacker@example.com');
      stolen = new URL(response.url());
      assert.ok(stolen.searchParams.get('code'));
    } finally {
      await attacker.close();
    }

    // The victim has no login in progress: nothing to check the state against.
    const noLogin = await page.goto(stolen.href);
    assert.equal(noLogin?.status(), 401);
    assert.equal(await page.textContent('body'), 'Login refused: Unable to verify authorization request state.');

    // The victim has a login in progress: the state is not theirs.
    await page.goto(`${app.origin}/login`);
    await page.waitForURL(`${emu.url}/u/login?**`);
    const forged = await page.goto(stolen.href);
    assert.equal(forged?.status(), 401);
    assert.equal(await page.textContent('body'), 'Login refused: Invalid authorization request state.');
    assert.equal((await profileOf(page)).status, 401);
  } finally {
    await context.close();
  }
});

// The claims passport-auth0 checks (lib/jwt.js), each broken in turn by the emulator's next ID token.
const defects = /** @type {const} */ ([
  ['wrong_iss', /^Login failed: Issuer \(iss\) claim mismatch in the ID token; expected "https:\/\/localhost:\d+\/", found "https:\/\/localhost:\d+"$/],
  ['wrong_aud', /^Login failed: Audience \(aud\) claim mismatch in the ID token; expected "express-web"/],
  ['wrong_nonce', /^Login failed: Nonce \(nonce\) claim mismatch in the ID token/],
  ['expired', /^Login failed: Expiration Time \(exp\) claim error in the ID token/],
]);
for (const [defect, message] of defects) {
  test(`passport-auth0 refuses an ID token with the defect ${defect}`, async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      emu.faults.addTokenDefect({ defect });
      const callback = await signIn(page, `${defect.replace('_', '-')}@example.com`);
      assert.equal(callback.status(), 500);
      assert.match(await callback.text(), message);
      assert.equal(emu.faults.takeTokenDefect(), undefined, 'the defect was used by this login');
      assert.equal((await profileOf(page)).status, 401);
    } finally {
      await context.close();
    }
  });
}
