// @ts-check
// Issue 18: Auth0's own Next.js SDK (@auth0/nextjs-auth0 v4, App Router, Next.js 16's proxy.js) against the https
// emulator, as its user runs it: examples/nextjs-auth0 built and started with `next start`,
// AUTH0_DOMAIN=localhost:PORT as the emulator prints it (4.x refuses it by itself: see lib/auth0.js there) and
// NODE_EXTRA_CA_CERTS set to the emulator's CA (the SDK's discovery, token and revocation requests trust it; nothing is turned off). In Chromium,
// which trusts the CA through the SPKI flag, a person opens the protected page, signs in on the emulator's hosted login
// page (Universal Login), sees themselves, logs out at both ends, and signs in again by SMS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import { chromeArgs } from '../../scripts/chrome-path.js';
import { launchBrowser } from '../helpers/browser.js';
import { freePort } from '../helpers/free-port.js';
import { exampleEmulatorConfig, prepareExample, startExample } from '../../scripts/nextjs-auth0-example.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
/** @type {Awaited<ReturnType<typeof startExample>>} */ let app;
/** @type {import('playwright-core').Browser} */ let browser;
/** What the emulator answered, one line a request: "GET /oidc/logout 302 3ms". */
const emulatorLog = /** @type {string[]} */ ([]);
let appUrl = '';
/** This file's own local CA (the emulator makes it at start), removed afterwards. */
const certificatesRoot = mkdtempSync(join(tmpdir(), 'nextjs-auth0-tls-'));

before(async () => {
  const prepared = await prepareExample();
  console.log(`examples/nextjs-auth0: ${prepared.length ? prepared.join(', ') : 'installed and built already'}`);

  const port = await freePort();
  appUrl = `http://localhost:${port}`;
  // The example's own emulator config (a Regular Web Application, as the SDK's README asks for), on this port.
  const config = exampleEmulatorConfig(appUrl);
  const [client] = config.clients;
  emulator = await startEmulator({
    port: 0,
    https: true,
    certificatesDir: join(certificatesRoot, 'tls'),
    config,
    log: (line) => emulatorLog.push(line),
  });
  const certificates = /** @type {NonNullable<typeof emulator.certificates>} */ (emulator.certificates);

  const began = performance.now();
  app = await startExample(port, {
    AUTH0_DOMAIN: new URL(emulator.url).host, // localhost:PORT, as the emulator prints it (see lib/auth0.js)
    AUTH0_CLIENT_ID: client.client_id,
    AUTH0_CLIENT_SECRET: client.client_secret,
    AUTH0_SECRET: randomBytes(32).toString('hex'),
    APP_BASE_URL: appUrl,
    NODE_EXTRA_CA_CERTS: certificates.caFile,
  });
  console.log(`examples/nextjs-auth0: next start ready in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  browser = await launchBrowser({ args: [...chromeArgs, `--ignore-certificate-errors-spki-list=${certificates.spkiHash}`] });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await emulator?.close();
  rmSync(certificatesRoot, { recursive: true, force: true });
});

/** @param {import('playwright-core').Page} page */
async function onEmulatorLoginPage(page) {
  await page.locator('#identifier').waitFor();
  const url = new URL(page.url());
  assert.equal(url.origin, emulator.url, `on the emulator: ${page.url()}`);
  assert.equal(url.pathname, '/u/login');
}

/**
 * The hosted login page: the email address or phone number, then the code the emulator "sent" to it.
 * @param {import('playwright-core').Page} page @param {string} identifier
 */
async function signInOnHostedPage(page, identifier) {
  await page.locator('#identifier').fill(identifier);
  await page.locator('#identifier-submit').click();
  await page.locator('#code').waitFor();
  const message = emulator.outbox.latest(identifier);
  assert.ok(message, `a code was sent to ${identifier}`);
  await page.locator('#code').fill(message.code);
  await page.locator('#code-submit').click();
}

test('@auth0/nextjs-auth0: protected page → Universal Login on the https emulator → signed in → logged out at both ends → signed in again by SMS', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  /** @type {URL[]} */
  const logoutRequests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === emulator.url && /logout$/.test(url.pathname)) logoutRequests.push(url);
  });
  const email = `nextjs-${Date.now()}@example.com`;

  // Signed out, the protected page sends the person to the tenant's login page.
  await page.goto(`${appUrl}/profile`);
  await onEmulatorLoginPage(page);
  const authorize = emulatorLog.find((line) => line.startsWith('GET /authorize '));
  assert.match(authorize ?? '', / 302 /, 'the SDK sent the browser to /authorize');

  // The callback: the SDK exchanges the code (over https, trusting the CA), checks the ID token, sets its session
  // cookie and returns to the protected page.
  await signInOnHostedPage(page, email);
  await page.locator('#email').waitFor();
  assert.equal(page.url(), `${appUrl}/profile`);
  assert.equal(await page.locator('#email').textContent(), email);
  assert.match(/** @type {string} */ (await page.locator('#sub').textContent()), /^email\|[0-9a-f]{24}$/);
  const session = (await context.cookies(appUrl)).find((cookie) => cookie.name === '__session');
  assert.ok(session?.httpOnly, 'the SDK keeps the session in an HttpOnly cookie');
  // (openid-client checks the ID token's claims, issuer https://localhost:PORT/ included; it needs no JWKS for an ID
  // token it got from the token endpoint over TLS, as OpenID Connect Core 3.1.3.7 allows.)
  assert.ok(emulatorLog.some((line) => line.startsWith('POST /oauth/token 200')), "the app's server exchanged the code");

  // The home page, a Server Component, reads the same session.
  await page.goto(appUrl);
  await page.getByRole('heading', { name: `Signed in as ${email}` }).waitFor();

  // The SDK's own access-token route works with the session (the token came from the emulator).
  const tokenResponse = await page.request.get(`${appUrl}/auth/access-token`);
  assert.equal(tokenResponse.status(), 200, await tokenResponse.text());
  assert.ok((await tokenResponse.json()).token, 'an access token');

  // Log out: the SDK ends its session and sends the browser to the emulator's OIDC logout, which ends the tenant's
  // session and sends it back to the app.
  await page.getByRole('link', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Signed out' }).waitFor();
  assert.equal(new URL(page.url()).origin, appUrl);
  assert.equal(logoutRequests.length, 1, 'one logout request to the emulator');
  const [logout] = logoutRequests;
  assert.equal(logout.pathname, '/oidc/logout', 'discovery advertises /oidc/logout, so the SDK uses it');
  assert.equal(logout.searchParams.get('client_id'), 'nextjs-auth0');
  assert.equal(logout.searchParams.get('post_logout_redirect_uri'), appUrl);
  assert.ok(logout.searchParams.get('id_token_hint'), 'with the ID token as hint');
  assert.ok(logout.searchParams.get('logout_hint'), "with the session's sid");
  assert.ok(emulatorLog.some((line) => line.startsWith('GET /oidc/logout 302')), 'the emulator accepted it and redirected');
  assert.ok(emulatorLog.some((line) => line.startsWith('POST /oauth/revoke 200')), 'the SDK revoked its refresh token');
  assert.equal((await context.cookies(appUrl)).some((cookie) => cookie.name === '__session'), false, 'the app session is gone');

  // Signed out at the tenant too: logging in again shows the login page, not an instant sign-in.
  await page.getByRole('link', { name: 'Log in' }).click();
  await onEmulatorLoginPage(page);

  // And a new login works, this time by SMS: a user without an email address, known by `sub`.
  const phone = `+1555${String(Date.now()).slice(-7)}`;
  await signInOnHostedPage(page, phone);
  const heading = page.getByRole('heading', { name: /^Signed in as sms\|[0-9a-f]{24}$/ });
  await heading.waitFor();
  assert.equal(page.url(), `${appUrl}/`, 'back on the page the login started from');

  assert.deepEqual(emulatorLog.filter((line) => / [45]\d\d /.test(line)), [], 'the emulator refused nothing the SDK asked');
  assert.deepEqual(pageErrors, []);
  assert.doesNotMatch(app.output(), /error/i, `the app logged no error:\n${app.output()}`);
  await context.close();
});
