// @ts-check
// @auth0/auth0-server-js 1.12.1 (ServerClient, over @auth0/auth0-auth-js) in a small Express 5 app against the https
// emulator: /auth/login (startInteractiveLogin) → the emulator's hosted login page in Chromium → /auth/callback
// (completeInteractiveLogin: code + PKCE, the ID token's claims checked by openid-client) → getUser, getAccessToken
// (cached, then refreshed once the clocks pass its expiry), logout (revokes the refresh token, then /oidc/logout back
// to the app), and the SDK's embedded passwordless login (startPasswordless / completePasswordless, and the magic link
// with completePasswordlessMagicLink). The app (this Node process) trusts the emulator's CA through test/helpers/trust-emulator-ca.js;
// Chromium through the CA's SPKI hash.
import { test, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { startEmulator } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { chromeArgs } from '../../scripts/chrome-path.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';
import { signInOnHostedPage } from '../helpers/hosted-login.js';
import { startAuth0ServerJsApp } from '../helpers/auth0-server-js-app.js';

const CLIENT_ID = 'server-js-web';
const CLIENT_SECRET = 'server-js-web-secret';
const API = 'https://api.example.com/';
const OTHER_API = 'https://billing.example.com/';
const TOKEN_LIFETIME = 3600;

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {Awaited<ReturnType<typeof startAuth0ServerJsApp>>} */ let app;
/** @type {() => Promise<void>} */ let untrust;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {string[]} */ const requests = [];

before(async () => {
  app = await startAuth0ServerJsApp();
  emu = await startEmulator({
    port: 0, https: true, certificatesDir: join(mkdtempSync(join(tmpdir(), 'sdk-server-js-')), 'tls'),
    log: (line) => requests.push(line),
    config: {
      // A Regular Web Application (what the SDK's README asks for) with the app's callback (and magic-link callback)
      // and logout URLs, the Passwordless OTP grant (for completePasswordless) and refresh token rotation; an API with
      // "Allow Offline Access" (refresh tokens with an audience) and a one-hour access token lifetime.
      clients: [{
        client_id: CLIENT_ID, client_secret: CLIENT_SECRET, app_type: 'regular_web',
        callbacks: [app.callbackURL, app.magicLinkURL], allowed_logout_urls: [`${app.origin}/`], allowed_origins: [],
        grant_types: ['authorization_code', 'implicit', 'refresh_token', 'client_credentials', 'http://auth0.com/oauth/grant-type/passwordless/otp'],
        refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
      }],
      connections: {
        email: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
        sms: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
      },
      apis: [
        { identifier: API, scopes: [{ value: 'read:things' }], allow_offline_access: true, token_lifetime: TOKEN_LIFETIME },
        { identifier: OTHER_API, allow_offline_access: true },
      ],
      // What the SDK's README asks of the tenant for completePasswordlessMagicLink (Auth0's default: off).
      universal_login: { passwordless: { allow_magiclink_verify_without_session: true } },
    },
  });
  const certificates = /** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates);
  untrust = trustEmulatorCa(certificates.caPem);
  app.mount({ domain: `localhost:${emu.port}`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, audience: API });
  browser = await launchBrowser({ args: [...chromeArgs, `--ignore-certificate-errors-spki-list=${certificates.spkiHash}`] });
});
after(async () => {
  await browser?.close();
  await untrust?.();
  await app?.close();
  await emu?.close();
});

/** /auth/login, the hosted page, back to the app. @param {import('playwright-core').Page} page @param {string} identifier */
async function signIn(page, identifier) {
  await page.goto(`${app.origin}/auth/login`);
  await signInOnHostedPage(page, emu, identifier, (url) => `${url.origin}${url.pathname}` === app.callbackURL);
  await page.waitForURL(`${app.origin}/profile`);
}

/** @param {import('playwright-core').Page} page @param {string} path */
async function getJson(page, path) {
  const response = await page.request.get(`${app.origin}${path}`);
  return { status: response.status(), body: await response.json() };
}

test('login through the hosted page: getUser has the ID token\'s claims; getAccessToken gives the API\'s token', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const email = 'server-js@example.com';
    await signIn(page, email);
    const { status, body: user } = await getJson(page, '/profile');
    assert.equal(status, 200);
    assert.equal(user.email, email);
    assert.match(user.sub, /^email\|[0-9a-f]{24}$/);
    const { body: token } = await getJson(page, '/token');
    const claims = decodeJwt(token.accessToken);
    assert.deepEqual(claims.aud, [API, `${emu.url}/userinfo`]);
    assert.equal(claims.sub, user.sub);
    assert.equal(token.scope, 'openid profile email offline_access');
    assert.equal((await getJson(page, '/token')).body.accessToken, token.accessToken, 'cached until it expires');
  } finally {
    await context.close();
  }
});

test('getAccessToken refreshes once the access token expired (the app\'s and the emulator\'s clocks one hour on)', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, '+15557654321');
    const before = (await getJson(page, '/token')).body;
    const refreshesBefore = requests.filter((line) => line.startsWith('POST /oauth/token 200')).length;

    // The app runs in this process: its Date moves with the emulator's clock.
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    let after;
    try {
      mock.timers.tick((TOKEN_LIFETIME + 60) * 1000);
      emu.clock.advance(TOKEN_LIFETIME + 60);
      after = (await getJson(page, '/token')).body;
    } finally {
      mock.timers.reset();
      emu.clock.reset();
    }
    assert.ok(after.accessToken, JSON.stringify(after));
    assert.notEqual(after.accessToken, before.accessToken);
    assert.ok(after.expiresAt > before.expiresAt + TOKEN_LIFETIME, 'a new hour, counted from the later clock');
    assert.equal(decodeJwt(after.accessToken).sub, decodeJwt(before.accessToken).sub);
    assert.equal(requests.filter((line) => line.startsWith('POST /oauth/token 200')).length, refreshesBefore + 1, 'one refresh_token grant');
    const { body: user } = await getJson(page, '/profile');
    assert.equal(user.phone_number, '+15557654321', 'the refreshed ID token\'s claims');
  } finally {
    await context.close();
  }
});

test('getAccessToken({ audience }) for another API (Multi-Resource Refresh Tokens) is not emulated: the login\'s audience comes back', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, 'mrrt@example.com');
    const { status, body } = await getJson(page, `/token?audience=${encodeURIComponent(OTHER_API)}`);
    assert.equal(status, 200);
    // As Auth0 answers without an MRRT policy for that API: the refresh ignores the audience (the SDK files the token
    // under the audience it asked for, without looking at its aud).
    assert.deepEqual(decodeJwt(body.accessToken).aud, [API, `${emu.url}/userinfo`]);
  } finally {
    await context.close();
  }
});

test('logout revokes the refresh token, ends the emulator\'s session through /oidc/logout and returns to the app', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, 'logout@example.com');
    await page.goto(`${app.origin}/auth/logout`);
    await page.waitForURL(`${app.origin}/`);
    assert.equal(await page.textContent('body'), 'Signed out');
    assert.ok(requests.some((line) => line.startsWith('POST /oauth/revoke 200')), 'the SDK revoked the refresh token');
    assert.ok(requests.some((line) => line.startsWith('GET /oidc/logout 302')));
    assert.equal((await getJson(page, '/profile')).status, 401);
    assert.equal((await getJson(page, '/token')).status, 401);
    await page.goto(`${app.origin}/auth/login`);
    await page.waitForURL(`${emu.url}/u/login?**`); // no single sign-on left
  } finally {
    await context.close();
  }
});

test('a defective ID token at the callback is refused and signs no one in', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    emu.faults.addTokenDefect({ defect: 'wrong_iss' });
    await page.goto(`${app.origin}/auth/login`);
    const callback = page.waitForResponse((response) => response.url().startsWith(`${app.callbackURL}?`));
    await signInOnHostedPage(page, emu, 'defect@example.com', (url) => `${url.origin}${url.pathname}` === app.callbackURL);
    const response = await callback;
    assert.equal(response.status(), 500);
    assert.equal(await response.text(), 'Login failed: TokenByCodeError: unexpected JWT claim value encountered');
    assert.equal((await getJson(page, '/profile')).status, 401);
  } finally {
    await context.close();
  }
});

/** @param {import('playwright-core').Page} page @param {string} path @param {Record<string, string>} body */
const postJson = (page, path, body) => page.request.post(`${app.origin}${path}`, { data: body });

test('startPasswordless / completePasswordless (email and SMS codes, no redirect): a session with the user and the API\'s token', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const email = 'embedded@example.com';
    assert.equal((await postJson(page, '/passwordless/start', { email })).status(), 204);
    assert.equal(emu.outbox.latest(email)?.send, 'code');
    const wrong = emu.outbox.latest(email)?.code === '000000' ? '000001' : '000000';
    const refused = await postJson(page, '/passwordless/verify', { email, code: wrong });
    assert.equal(refused.status(), 401);
    assert.equal((await refused.json()).error, 'invalid_grant');
    assert.equal((await postJson(page, '/passwordless/verify', { email, code: emu.outbox.latest(email)?.code ?? '' })).status(), 204);
    assert.equal((await getJson(page, '/profile')).body.email, email);
    assert.deepEqual(decodeJwt((await getJson(page, '/token')).body.accessToken).aud, [API, `${emu.url}/userinfo`]);

    const phoneNumber = '+15550009999';
    assert.equal((await postJson(page, '/passwordless/start', { phoneNumber })).status(), 204);
    assert.equal((await postJson(page, '/passwordless/verify', { phoneNumber, code: emu.outbox.latest(phoneNumber)?.code ?? '' })).status(), 204);
    assert.equal((await getJson(page, '/profile')).body.phone_number, phoneNumber, 'the new login replaced the session');
  } finally {
    await context.close();
  }
});

test('startPasswordless with a magic link: opened in the browser, completePasswordlessMagicLink checks its state and signs in', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const email = 'magic@example.com';
    assert.equal((await postJson(page, '/passwordless/start', { email, send: 'link' })).status(), 204);
    const link = emu.outbox.latest(email)?.link;
    assert.ok(link, 'a link');
    await page.goto(link);
    await page.waitForURL(`${app.origin}/profile`);
    assert.equal((await getJson(page, '/profile')).body.email, email);

    // Another browser (no transaction of this login in its cookies) opening a second link: refused by the SDK.
    await postJson(page, '/passwordless/start', { email, send: 'link' });
    const stranger = await browser.newContext();
    try {
      const strangerPage = await stranger.newPage();
      const response = await strangerPage.goto(emu.outbox.latest(email)?.link ?? '');
      assert.equal(response?.status(), 401);
      assert.equal(await strangerPage.textContent('body'), 'Login failed: MissingTransactionError: The transaction is missing.');
    } finally {
      await stranger.close();
    }
  } finally {
    await context.close();
  }
});
