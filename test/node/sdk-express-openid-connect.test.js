// @ts-check
// express-openid-connect 3.4.0 in small Express 5 apps, configured as its README says, against the https emulator
// (the CA trusted by this process only) and driven by Chromium as a person would: login through the hosted page,
// req.oidc.user, req.oidc.accessToken.refresh() once the access token has expired, and /logout with idpLogout through
// the emulator's end_session_endpoint back to the app; also the SDK's default without a secret (id_token + form_post).
import { test, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { auth } from 'express-openid-connect';
import { startEmulator } from '../../emulator/index.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';
import { launchBrowser } from '../helpers/browser.js';
import { chromeArgs } from '../../scripts/chrome-path.js';
import { signInOnHostedPage } from '../helpers/hosted-login.js';

const API = 'https://reports.example.com/';
const API_TOKEN_LIFETIME = 600;
const SESSION_SECRET = 'a-long-random-session-secret-for-the-tests';

/** @typedef {{ url: string, mount: (handler: import('node:http').RequestListener) => void, close: () => Promise<void> }} AppServer */

/** An http server on a free localhost port whose app is mounted later (the emulator's config needs its URL first). */
async function appServer() {
  /** @type {import('node:http').RequestListener} */
  let handler = (_req, res) => { res.writeHead(503).end(); };
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  return /** @type {AppServer} */ ({
    url: `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`,
    mount: (next) => { handler = next; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  });
}

/**
 * An Express 5 app with express-openid-connect's `auth()`; `/me` shows the session as JSON, `/refresh` renews the
 * access token the way the SDK's README does.
 * @param {Record<string, unknown>} options `auth()`'s options
 */
function expressApp(options) {
  const app = express();
  app.use(auth({ authRequired: false, ...options }));
  app.get('/me', (req, res) => {
    res.json({ user: req.oidc.user ?? null, accessToken: req.oidc.accessToken?.access_token ?? null, expired: req.oidc.accessToken?.isExpired() ?? null });
  });
  app.get('/userinfo', async (req, res) => { res.json(await req.oidc.fetchUserInfo()); });
  app.get('/refresh', async (req, res) => {
    const before = /** @type {NonNullable<typeof req.oidc.accessToken>} */ (req.oidc.accessToken);
    const expiredBefore = before.isExpired();
    const previousRefreshToken = req.oidc.refreshToken;
    const renewed = await before.refresh();
    res.json({ expiredBefore, before: before.access_token, after: renewed.access_token, expiredAfter: renewed.isExpired(), expiresIn: renewed.expires_in, refreshTokenRotated: req.oidc.refreshToken !== previousRefreshToken });
  });
  return app;
}

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {AppServer} */ let codeApp;
/** @type {AppServer} */ let defaultApp;
/** @type {AppServer} */ let hybridApp;
/** @type {() => Promise<void>} */ let untrust;
/** @type {import('playwright-core').Browser} */ let browser;

// A fresh local CA for this file, removed afterwards (its key can sign certificates this process trusts).
const certificatesParent = mkdtempSync(join(tmpdir(), 'sdk-express-openid-connect-'));

before(async () => {
  // One clock for the app and the emulator, moved by the test: the access token expires without waiting.
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  codeApp = await appServer();
  defaultApp = await appServer();
  hybridApp = await appServer();
  emu = await startEmulator({
    port: 0,
    https: true,
    certificatesDir: join(certificatesParent, 'tls'),
    now: () => Date.now(),
    config: {
      clients: [
        // Regular Web Applications as the SDK's quickstart sets them up: Allowed Callback URLs BASE/callback,
        // Allowed Logout URLs BASE; refresh tokens with rotation for the code flow.
        {
          client_id: 'express-code', client_secret: 'express-code-secret', app_type: 'regular_web',
          callbacks: [`${codeApp.url}/callback`], allowed_logout_urls: [codeApp.url],
          grant_types: ['authorization_code', 'refresh_token'], refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
        },
        {
          client_id: 'express-default', client_secret: 'express-default-secret', app_type: 'regular_web',
          callbacks: [`${defaultApp.url}/callback`], allowed_logout_urls: [defaultApp.url], grant_types: ['implicit'],
        },
        {
          client_id: 'express-hybrid', client_secret: 'express-hybrid-secret', app_type: 'regular_web',
          callbacks: [`${hybridApp.url}/callback`], allowed_logout_urls: [hybridApp.url], grant_types: ['implicit', 'authorization_code'],
        },
      ],
      // The API the access token is for; "Allow Offline Access" on, as refresh tokens for an API need.
      apis: [{ identifier: API, token_lifetime: API_TOKEN_LIFETIME, allow_offline_access: true, scopes: [{ value: 'read:reports' }] }],
      connections: { email: {} },
    },
  });
  const certificates = /** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates);
  untrust = trustEmulatorCa(certificates.caPem);
  codeApp.mount(expressApp({
    issuerBaseURL: emu.url, baseURL: codeApp.url, clientID: 'express-code', clientSecret: 'express-code-secret', secret: SESSION_SECRET,
    idpLogout: true,
    authorizationParams: { response_type: 'code', scope: 'openid profile email offline_access read:reports', audience: API },
  }));
  // The README's first example: no clientSecret, so response_type id_token with response_mode form_post.
  defaultApp.mount(expressApp({ issuerBaseURL: emu.url, baseURL: defaultApp.url, clientID: 'express-default', secret: SESSION_SECRET, idpLogout: true }));
  // Its other form_post response type: the hybrid flow (an ID token in the post, the code exchanged with the secret).
  // With auth0Logout, the logout an issuer on *.auth0.com gets (lib/client.js: /v2/logout with returnTo and client_id).
  hybridApp.mount(expressApp({
    issuerBaseURL: emu.url, baseURL: hybridApp.url, clientID: 'express-hybrid', clientSecret: 'express-hybrid-secret', secret: SESSION_SECRET,
    idpLogout: true, auth0Logout: true, authorizationParams: { response_type: 'code id_token', scope: 'openid profile email' },
  }));
  browser = await launchBrowser({ args: [...chromeArgs, `--ignore-certificate-errors-spki-list=${certificates.spkiHash}`] });
});
after(async () => {
  await browser?.close();
  await untrust?.();
  await emu?.close();
  rmSync(certificatesParent, { recursive: true, force: true });
  await codeApp?.close();
  await defaultApp?.close();
  await hybridApp?.close();
  mock.timers.reset();
});

/**
 * A person opens the app's /login and signs in by email code on the emulator's hosted page; back on the app.
 * @param {import('playwright-core').Page} page @param {string} appUrl @param {string} email
 */
async function signIn(page, appUrl, email) {
  await page.goto(`${appUrl}/login`);
  await signInOnHostedPage(page, emu, email, (url) => url.href.startsWith(`${appUrl}/`));
  await page.waitForURL(`${appUrl}/`);
}

/** The app's view of the session, in the person's browser. @param {import('playwright-core').Page} page @param {string} path */
async function appJson(page, path) {
  const response = await page.goto(path);
  assert.equal(response?.status(), 200, await response?.text());
  return response?.json();
}

/**
 * Whether the browser's emulator session (its cookies) still signs in the app's client without a prompt.
 * @param {import('playwright-core').Page} page @param {string} clientId @param {string} appUrl @param {string} responseType the app's
 */
async function emulatorSessionAlive(page, clientId, appUrl, responseType) {
  const cookie = (await page.context().cookies(emu.url)).map((c) => `${c.name}=${c.value}`).join('; ');
  const params = new URLSearchParams({
    client_id: clientId, redirect_uri: `${appUrl}/callback`, response_type: responseType, scope: 'openid', prompt: 'none', state: 'probe', nonce: 'probe',
  });
  const response = await fetch(`${emu.url}/authorize?${params}`, { redirect: 'manual', headers: { cookie } });
  const location = new URL(response.headers.get('location') ?? '');
  // The answer comes in the query (code) or the fragment (anything with a token).
  const answer = new URLSearchParams(location.hash.slice(1) || location.search);
  assert.equal(answer.get('state'), 'probe', location.href);
  return answer.get('error') !== 'login_required';
}

test('code flow: login through the hosted page, req.oidc.user, accessToken.refresh() after expiry, idpLogout back to the app', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, codeApp.url, 'express@example.com');
    const signedIn = await appJson(page, `${codeApp.url}/me`);
    assert.equal(signedIn.user.email, 'express@example.com');
    assert.equal(signedIn.expired, false);
    assert.equal((await appJson(page, `${codeApp.url}/userinfo`)).email, 'express@example.com', 'fetchUserInfo() with the API access token');

    mock.timers.tick((API_TOKEN_LIFETIME + 1) * 1000);
    const expired = await appJson(page, `${codeApp.url}/me`);
    assert.equal(expired.expired, true, 'isExpired() once the access token lifetime has passed');
    const refresh = await appJson(page, `${codeApp.url}/refresh`);
    assert.equal(refresh.expiredBefore, true);
    assert.notEqual(refresh.after, refresh.before, 'a new access token');
    assert.equal(refresh.expiredAfter, false);
    assert.equal(refresh.expiresIn, API_TOKEN_LIFETIME);
    assert.equal(refresh.refreshTokenRotated, true, 'the rotated refresh token is kept in the session');
    const claims = JSON.parse(Buffer.from(refresh.after.split('.')[1], 'base64url').toString());
    assert.deepEqual(claims.aud, [API, `${emu.url}/userinfo`]);
    assert.match(claims.scope, /\bread:reports\b/);
    mock.timers.tick(1000); // a JWT of the same second would be the same token
    const again = await appJson(page, `${codeApp.url}/refresh`);
    assert.notEqual(again.after, refresh.after, 'the rotated refresh token kept in the session works (no reuse detected)');
    assert.equal(again.refreshTokenRotated, true);
    assert.equal((await appJson(page, `${codeApp.url}/me`)).accessToken, again.after);

    assert.equal(await emulatorSessionAlive(page, 'express-code', codeApp.url, 'code'), true);
    const toEmulator = page.waitForRequest((r) => r.url().startsWith(`${emu.url}/oidc/logout?`));
    await page.goto(`${codeApp.url}/logout`);
    const logout = new URL((await toEmulator).url());
    assert.equal(logout.searchParams.get('post_logout_redirect_uri'), codeApp.url);
    assert.ok(logout.searchParams.get('id_token_hint'));
    await page.waitForURL(codeApp.url + '/');
    assert.equal((await appJson(page, `${codeApp.url}/me`)).user, null, 'signed out of the app');
    assert.equal(await emulatorSessionAlive(page, 'express-code', codeApp.url, 'code'), false, 'and of the emulator');
  } finally {
    await context.close();
  }
});

for (const { responseType, app, clientId, accessToken, logout } of [
  // The README's first example: no clientSecret, so response_type id_token (an ID token only).
  { responseType: 'id_token', app: () => defaultApp, clientId: 'express-default', accessToken: false, logout: { path: '/oidc/logout', returnTo: 'post_logout_redirect_uri' } },
  { responseType: 'code id_token', app: () => hybridApp, clientId: 'express-hybrid', accessToken: true, logout: { path: '/v2/logout', returnTo: 'returnTo' } },
]) {
  test(`response_type ${responseType} with response_mode form_post (the SDK's default for it) logs in; logout through ${logout.path}`, async () => {
    const { url } = app();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const formPost = page.waitForRequest((r) => r.url() === `${url}/callback` && r.method() === 'POST');
      await signIn(page, url, `${clientId}@example.com`);
      assert.match((await formPost).postData() ?? '', /(^|&)id_token=/);
      const signedIn = await appJson(page, `${url}/me`);
      assert.equal(signedIn.user.email, `${clientId}@example.com`);
      assert.equal(Boolean(signedIn.accessToken), accessToken);
      assert.equal(await emulatorSessionAlive(page, clientId, url, responseType), true);
      const toEmulator = page.waitForRequest((r) => r.url().startsWith(`${emu.url}${logout.path}?`));
      await page.goto(`${url}/logout`);
      assert.equal(new URL((await toEmulator).url()).searchParams.get(logout.returnTo), url);
      await page.waitForURL(`${url}/`);
      assert.equal((await appJson(page, `${url}/me`)).user, null);
      assert.equal(await emulatorSessionAlive(page, clientId, url, responseType), false);
    } finally {
      await context.close();
    }
  });
}
