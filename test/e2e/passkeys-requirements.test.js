// @ts-check
// Passkeys when something is missing, end to end in Chromium against the emulator, in SPA and backend mode: each of
// Auth0's requirements the emulator can take away (the custom domain, the Passkey grant, a database connection with
// passkeys, an RP ID the page shares), a browser without passkeys, and a cancelled ceremony. The person sees the code
// path only; developers get one console line naming the requirement and its fix, and one `passwordless-error` with
// code `passkeys_unavailable` (never shown). (First-party and OIDC-conformant applications are refusals the emulator
// does not make: their rows are tested against the shared table in test/node/server-passkeys.test.js.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { startDemo } from '../helpers/demo-server.js';
import { newAuthenticatorPage } from '../helpers/webauthn.js';

const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';
const DB = 'Username-Password-Authentication';

/** @type {import('playwright-core').Browser | undefined} */ let browser;
/** @type {Awaited<ReturnType<typeof startDemo>>[]} */ const demos = [];
after(async () => {
  await browser?.close();
  for (const demo of demos) await demo.close();
});

/** @param {Parameters<typeof startDemo>[0]} [options] */
async function demoWith(options) {
  const demo = await startDemo(options);
  demos.push(demo);
  browser ??= await launchBrowser();
  return demo;
}

/**
 * passkeys.html in a fresh profile with a virtual authenticator; the console's warnings and the element's error
 * events recorded. `init`: a script run before the page's own (e.g. a browser without WebAuthn).
 * @param {{ url: string }} demo @param {'spa'|'backend'} mode @param {() => void} [init]
 */
async function open(demo, mode, init) {
  const { context, page } = await newAuthenticatorPage(/** @type {import('playwright-core').Browser} */ (browser));
  /** @type {string[]} */
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('<passwordless-login>')) warnings.push(message.text());
  });
  await page.addInitScript(() => {
    /** @type {any} */ (window).__errors = [];
    document.addEventListener('passwordless-error', (event) => /** @type {any} */ (window).__errors.push(/** @type {CustomEvent} */ (event).detail));
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${demo.url}/passkeys.html?mode=${mode}`);
  return { context, page, login: page.locator('#login'), warnings };
}

/**
 * Turns to the first step (its first focus asks what the site offers, and the autofill asks Auth0 for a challenge),
 * then waits for the one error event, and checks what the person and the developer see.
 * @param {Awaited<ReturnType<typeof open>>} opened @param {string} requirement @param {RegExp} fix
 */
async function expectUnavailable({ page, login, warnings }, requirement, fix) {
  await login.locator('input[part~="identifier-input"]').focus();
  await page.waitForFunction(() => /** @type {any[]} */ (/** @type {any} */ (window).__errors).length > 0);
  const errors = await page.evaluate(() => /** @type {any} */ (window).__errors);
  assert.deepEqual(errors.map((/** @type {any} */ e) => [e.code, e.recoverable]), [['passkeys_unavailable', false]]);
  assert.equal(warnings.length, 1, `one console line: ${warnings.join(' | ')}`);
  assert.match(warnings[0], new RegExp(`passkeys_unavailable: .*requirement "${requirement}"`));
  assert.match(warnings[0], fix);
  // The person: the code path only, no passkey button, no error, the field without webauthn.
  assert.equal(await login.locator('button[part~="passkey-button"]').count(), 0);
  assert.equal(await login.locator('[part~="error"]').textContent(), '');
  assert.equal(await login.locator('input[part~="identifier-input"]').getAttribute('autocomplete'), 'email');
  await login.locator('button[part~="submit-button"]', { hasText: 'Send code' }).waitFor();
}

/** @type {{ name: string, requirement: string, fix: RegExp, options: Parameters<typeof startDemo>[0] }[]} */
const MISSING = [
  { name: 'no custom domain', requirement: 'custom_domain', fix: /custom domain/i, options: { emulatorConfig: { custom_domains: [] } } },
  {
    name: 'no Passkey grant on the applications', requirement: 'grant', fix: /Grant Types > Passkey/,
    options: { emulatorConfig: { clients: defaultConfig.clients.map((c) => ({ ...c, grant_types: c.grant_types?.filter((g) => g !== WEBAUTHN_GRANT) })) } },
  },
  {
    name: 'passkeys off on the database connection', requirement: 'connection', fix: /Authentication Methods > Passkey/,
    options: {
      emulatorConfig: {
        connections: { ...defaultConfig.connections, [DB]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true } } } } },
      },
    },
  },
  // The page on 127.0.0.1, the tenant's custom domain (and so the passkeys' RP ID) localhost.
  { name: 'a page that does not share the RP ID', requirement: 'rp_id', fix: /Relying Party ID/, options: { pageHost: '127.0.0.1' } },
];

for (const { name, requirement, fix, options } of MISSING) {
  test(`${name}: passkeys_unavailable (${requirement}) and its console line, the code path only, in SPA and backend mode`, async () => {
    const demo = await demoWith(options);
    for (const mode of /** @type {const} */ (['spa', 'backend'])) {
      const opened = await open(demo, mode);
      try {
        await expectUnavailable(opened, requirement, fix);
      } catch (error) {
        throw new Error(`${mode} mode: ${/** @type {Error} */ (error).message}`, { cause: error });
      } finally {
        await opened.context.close();
      }
    }
  });
}

test('a browser without passkeys: no passkey UI and no error, in both modes', async () => {
  const demo = await demoWith();
  for (const mode of /** @type {const} */ (['spa', 'backend'])) {
    const { context, page, login, warnings } = await open(demo, mode, () => {
      // @ts-expect-error: a browser without WebAuthn
      delete window.PublicKeyCredential;
    });
    try {
      await login.locator('input[part~="identifier-input"]').focus();
      // The first step settles: the rest of the element is here (the send button works), and passkeys stay off.
      await page.waitForFunction(() => document.querySelector('#login')?.shadowRoot?.querySelector('[part~="submit-button"]'));
      await login.locator('input[part~="identifier-input"]').fill('nobody@example.com');
      assert.equal(await login.locator('button[part~="passkey-button"]').count(), 0, mode);
      assert.equal(await login.locator('input[part~="identifier-input"]').getAttribute('autocomplete'), 'email', mode);
      assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__errors), [], mode);
      assert.deepEqual(warnings, [], mode);
    } finally {
      await context.close();
    }
  }
});

test('a cancelled ceremony (the browser answers NotAllowedError) leaves the person on the first step, as typed, without an error', async () => {
  const demo = await demoWith();
  for (const mode of /** @type {const} */ (['spa', 'backend'])) {
    // No passkey for the site on this authenticator, and no autofill: the button's sheet ends as a cancel does.
    const { context, page, login } = await open(demo, mode, () => {
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
      const own = /** @type {any} */ (PublicKeyCredential).getClientCapabilities;
      if (own) /** @type {any} */ (PublicKeyCredential).getClientCapabilities = async () => ({ ...(await own.call(PublicKeyCredential)), conditionalGet: false });
    });
    try {
      const field = login.locator('input[part~="identifier-input"]');
      await field.fill('typed@example.com');
      await field.focus();
      const challenged = page.waitForRequest((request) => /passkey[-/]challenge$/.test(request.url()));
      await login.locator('button[part~="passkey-button"]').click();
      // Busy from the click until the ceremony ends; it asked Auth0 (through the server) for a challenge first.
      await challenged;
      await page.waitForFunction(() => !document.querySelector('#login')?.matches(':state(busy)'));
      assert.ok(await page.evaluate(() => document.querySelector('#login')?.matches(':state(identify)')), mode);
      assert.equal(await field.inputValue(), 'typed@example.com', mode);
      assert.equal(await login.locator('[part~="error"]').textContent(), '', mode);
      assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__errors), [], mode);
      // The code path is right there.
      await login.locator('button[part~="submit-button"]', { hasText: 'Send code' }).waitFor();
      await login.locator('button[part~="passkey-button"]').waitFor();
    } finally {
      await context.close();
    }
  }
});
