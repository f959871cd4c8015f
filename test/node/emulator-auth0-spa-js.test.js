// @ts-check
// Real, unmodified auth0-spa-js (its own ESM build) in Chromium against the emulator, with refresh tokens and no iframe
// fallback: login through the hosted login page, renewal with grant_type=refresh_token (rotation), a renewal after the
// access token expired, logout, reuse detection; the localstorage cache across a reload; an API audience; and what a
// user sees when the application (or the API) is not set up for refresh tokens in the browser.
import { test, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { startSpaJsPage } from '../helpers/auth0-spa-js-page.js';
import { signInOnHostedPage } from '../helpers/hosted-login.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {Awaited<ReturnType<typeof startSpaJsPage>>} */ let app;
/** @type {import('playwright-core').Browser} */ let browser;

const OFFLINE_API = 'https://offline-api.example.com';
const ONLINE_API = 'https://online-api.example.com';

/** An SPA application as the tests need it; `extra` is what makes it (not) fit for refresh tokens in a browser. @param {string} id @param {Record<string, unknown>} extra */
const spa = (id, extra) => ({
  client_id: id, app_type: /** @type {const} */ ('spa'), callbacks: [`${app.origin}/`], allowed_origins: [app.origin], allowed_logout_urls: [`${app.origin}/`], ...extra,
});

before(async () => {
  app = await startSpaJsPage();
  emu = await startEmulator({
    port: 0,
    config: {
      clients: [
        // What auth0-spa-js with useRefreshTokens needs: the refresh_token grant and rotation.
        spa('spa-rotating', { grant_types: ['implicit', 'authorization_code', 'refresh_token'], refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' } }),
        spa('spa-no-refresh-grant', { grant_types: ['implicit', 'authorization_code'] }),
        // Auth0 gives a browser a refresh token only with rotation on, whatever the grant types.
        spa('spa-non-rotating', { grant_types: ['implicit', 'authorization_code', 'refresh_token'] }),
        // The built-in demo-spa: a new Auth0 SPA's grant types, rotation off (accepts this page on any localhost port).
        ...defaultConfig.clients.filter((c) => c.client_id === 'demo-spa'),
      ],
      connections: { email: {} },
      // An API that allows refresh tokens (Auth0's "Allow Offline Access") and one that does not (its default).
      apis: [{ identifier: OFFLINE_API, allow_offline_access: true }, { identifier: ONLINE_API }],
    },
  });
  browser = await launchBrowser();
});
// Each test starts at the real time (the expiry steps move the emulator's clock).
beforeEach(() => emu.clock.reset());
after(async () => {
  await browser?.close();
  await emu?.close();
  await app?.close();
});

const ACCESS_TOKEN_LIFETIME = 86400; // the emulator's default, Auth0's
/** auth0-spa-js's error when it has no refresh token and may not fall back to an iframe (its text, audience and all). */
const MISSING_REFRESH_TOKEN = { error: 'missing_refresh_token', message: "Missing Refresh Token (audience: '', scope: 'openid profile email offline_access')" };

/**
 * createAuth0Client's options, as the README gives them.
 * @param {string} clientId @param {'memory'|'localstorage'} cacheLocation @param {string} [audience] an API's identifier
 */
const clientOptions = (clientId, cacheLocation, audience) => ({
  domain: emu.url, clientId,
  authorizationParams: { redirect_uri: `${app.origin}/`, scope: 'openid profile email offline_access', ...(audience ? { audience } : {}) },
  useRefreshTokens: true, useRefreshTokensFallback: false, cacheLocation,
});

/** Creates the SDK's client in the page as `window.auth0`. @param {import('playwright-core').Page} page @param {ReturnType<typeof clientOptions>} options */
async function createClient(page, options) {
  await page.waitForFunction(() => 'createAuth0Client' in window);
  await page.evaluate(async (o) => { /** @type {any} */ (window).auth0 = await /** @type {any} */ (window).createAuth0Client(o); }, options);
}

/**
 * The next POST to the emulator's /oauth/token as the browser sent and received it.
 * @param {import('playwright-core').Page} page
 */
function nextTokenCall(page) {
  return page.waitForResponse((r) => r.url() === `${emu.url}/oauth/token` && r.request().method() === 'POST').then(async (r) => ({
    form: Object.fromEntries(new URLSearchParams(r.request().postData() ?? '')), status: r.status(), body: await r.json(),
  }));
}

/**
 * A person's sign-in: loginWithRedirect() → the hosted login page (email, then the code from the outbox) → back on the
 * app → handleRedirectCallback(). Returns the code exchange the SDK made.
 * @param {import('playwright-core').Page} page @param {ReturnType<typeof clientOptions>} options @param {string} email
 */
async function signIn(page, options, email) {
  await page.goto(`${app.origin}/`);
  await createClient(page, options);
  await page.evaluate(() => { /** @type {any} */ (window).auth0.loginWithRedirect(); });
  await signInOnHostedPage(page, emu, email, (url) => url.origin === app.origin && url.searchParams.has('code'));
  await page.waitForURL(`${app.origin}/?code=**`);
  await createClient(page, options);
  const exchange = nextTokenCall(page);
  await page.evaluate(() => /** @type {any} */ (window).auth0.handleRedirectCallback());
  return exchange;
}

/** Runs `fn` in a fresh browser context that records every request the page makes to the emulator. @param {(page: import('playwright-core').Page, requests: URL[]) => Promise<void>} fn */
async function withPage(fn) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {URL[]} */
    const requests = [];
    page.on('request', (r) => { if (r.url().startsWith(`${emu.url}/`)) requests.push(new URL(r.url())); });
    await fn(page, requests);
  } finally {
    await context.close();
  }
}

/** The error of a renewal (getTokenSilently, cache off) as the app would catch it, or null. @param {import('playwright-core').Page} page */
const renewalError = (page) => page.evaluate(() => /** @type {any} */ (window).auth0.getTokenSilently({ cacheMode: 'off' }).then(
  () => null, (/** @type {any} */ e) => ({ error: e.error, message: e.message })));

/** A refresh grant sent by hand from the app's origin, as anyone holding the token could. @param {string} clientId @param {string} refreshToken */
const exchangeByHand = (clientId, refreshToken) => fetch(`${emu.url}/oauth/token`, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.origin },
  body: new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken }),
});

/** logout({ logoutParams: { returnTo } }) and the page it returns to, loaded. @param {import('playwright-core').Page} page */
async function logOut(page) {
  const loaded = page.waitForEvent('load'); // the returned-to page's: the current one has had its own
  await page.evaluate((returnTo) => { /** @type {any} */ (window).auth0.logout({ logoutParams: { returnTo } }); }, `${app.origin}/`);
  await loaded;
  assert.equal(page.url(), `${app.origin}/`);
}

/** GET /userinfo with an access token, as an API would check it. @param {string} accessToken */
const userinfo = (accessToken) => fetch(`${emu.url}/userinfo`, { headers: { authorization: `Bearer ${accessToken}` } });

/** No silent authentication: neither an /authorize with prompt=none nor an iframe. @param {import('playwright-core').Page} page @param {URL[]} requests */
function assertNoIframe(page, requests) {
  assert.deepEqual(requests.filter((u) => u.pathname === '/authorize' && u.searchParams.get('prompt') === 'none'), []);
  assert.equal(page.frames().length, 1, 'no iframe');
}

test('memory cache: login through the hosted page, renewal with the refresh token (rotated), renewal after expiry, logout', () => withPage(async (page, requests) => {
  const options = clientOptions('spa-rotating', 'memory');
  const login = await signIn(page, options, 'spa-rt@example.com');
  assert.equal(login.form.grant_type, 'authorization_code');
  assert.ok(login.form.code_verifier, 'PKCE');
  assert.equal(login.status, 200);
  assert.equal(login.body.scope, 'openid profile email offline_access');
  assert.ok(login.body.refresh_token, 'a refresh token for offline_access');
  const user = await page.evaluate(() => /** @type {any} */ (window).auth0.getUser());
  assert.equal(user.email, 'spa-rt@example.com');

  // Renewal: the SDK exchanges its refresh token and keeps the rotated one.
  const renewal = nextTokenCall(page);
  const renewed = await page.evaluate(() => /** @type {any} */ (window).auth0.getTokenSilently({ cacheMode: 'off', detailedResponse: true }));
  const first = await renewal;
  assert.deepEqual({ grant_type: first.form.grant_type, refresh_token: first.form.refresh_token, client_id: first.form.client_id },
    { grant_type: 'refresh_token', refresh_token: login.body.refresh_token, client_id: 'spa-rotating' });
  assert.equal(first.status, 200);
  assert.ok(first.body.refresh_token && first.body.refresh_token !== login.body.refresh_token, 'rotated');
  assert.equal(renewed.access_token, first.body.access_token);
  assert.equal(renewed.id_token, first.body.id_token);
  assert.equal((await userinfo(renewed.access_token)).status, 200);

  // From the cache while it is fresh: no request.
  const tokenCalls = requests.filter((u) => u.pathname === '/oauth/token').length;
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).auth0.getTokenSilently()), renewed.access_token);
  assert.equal(requests.filter((u) => u.pathname === '/oauth/token').length, tokenCalls);

  // A day later (the emulator's clock: the browser's cookies keep real time) the access token has expired; the
  // rotated refresh token still gives a working one.
  emu.clock.advance(ACCESS_TOKEN_LIFETIME + 60);
  assert.equal((await userinfo(renewed.access_token)).status, 401, 'the old access token expired');
  const expiredRenewal = nextTokenCall(page);
  const fresh = await page.evaluate(() => /** @type {any} */ (window).auth0.getTokenSilently({ cacheMode: 'off' }));
  const second = await expiredRenewal;
  assert.equal(second.form.grant_type, 'refresh_token');
  assert.equal(second.form.refresh_token, first.body.refresh_token, 'the rotated token, not the first one');
  assert.equal(fresh, second.body.access_token);
  assert.equal((await (await userinfo(fresh)).json()).email, 'spa-rt@example.com');
  assertNoIframe(page, requests);

  // Logout: /v2/logout, back to the page; the SDK forgot its tokens.
  await logOut(page);
  assert.ok(requests.some((u) => u.pathname === '/v2/logout' && u.searchParams.get('client_id') === 'spa-rotating'));
  await createClient(page, options);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).auth0.isAuthenticated()), false);
  assert.deepEqual(await renewalError(page), MISSING_REFRESH_TOKEN);
  assertNoIframe(page, requests);
  // Auth0's logout ends the session only, it does not revoke refresh tokens: the last one still works.
  assert.equal((await exchangeByHand('spa-rotating', second.body.refresh_token)).status, 200);
}));

test('a rotated-out refresh token used again (a stolen copy) revokes the family: the next renewal fails with invalid_grant', () => withPage(async (page, requests) => {
  const login = await signIn(page, clientOptions('spa-rotating', 'memory'), 'spa-reuse@example.com');
  const renewal = nextTokenCall(page);
  await page.evaluate(() => /** @type {any} */ (window).auth0.getTokenSilently({ cacheMode: 'off' }));
  assert.equal((await renewal).form.refresh_token, login.body.refresh_token);
  emu.clock.advance(1); // past the leeway (0 s)
  const replay = await exchangeByHand('spa-rotating', login.body.refresh_token);
  assert.equal(replay.status, 403);
  assert.deepEqual(await replay.json(), { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' });
  assert.deepEqual(await renewalError(page), { error: 'invalid_grant', message: 'Unknown or invalid refresh token.' }, "the SDK's current token is revoked too");
  assertNoIframe(page, requests);
}));

test('localstorage cache: a reload keeps the session through the stored refresh token; logout clears it', () => withPage(async (page, requests) => {
  const options = clientOptions('spa-rotating', 'localstorage');
  const login = await signIn(page, options, 'spa-ls@example.com');
  assert.ok(login.body.refresh_token);
  /** The SDK's entries in localStorage (its choice of storage for this cache location, not the emulator's). */
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('@@auth0spajs@@'))
    .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}')).filter((v) => v.body?.refresh_token).map((v) => v.body.refresh_token));
  assert.deepEqual(await stored(), [login.body.refresh_token]);

  await page.goto(`${app.origin}/`);
  const before = requests.length;
  await createClient(page, options);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).auth0.isAuthenticated()), true);
  assert.equal((await page.evaluate(() => /** @type {any} */ (window).auth0.getUser())).email, 'spa-ls@example.com');
  assert.deepEqual(requests.slice(before), [], 'the reload restored the session without asking the emulator');

  emu.clock.advance(ACCESS_TOKEN_LIFETIME + 60);
  const renewal = nextTokenCall(page);
  const token = await page.evaluate(() => /** @type {any} */ (window).auth0.getTokenSilently({ cacheMode: 'off' }));
  const exchange = await renewal;
  assert.deepEqual([exchange.form.grant_type, exchange.form.refresh_token, exchange.status], ['refresh_token', login.body.refresh_token, 200]);
  assert.equal((await userinfo(token)).status, 200);
  assert.deepEqual(await stored(), [exchange.body.refresh_token], 'the rotated token replaced the used one');
  assertNoIframe(page, requests);

  await logOut(page);
  assert.deepEqual(await stored(), []);
}));

for (const [clientId, why] of [
  ['spa-no-refresh-grant', 'no refresh_token in grant_types'],
  ['spa-non-rotating', 'refresh_token allowed but rotation off: Auth0 gives browsers refresh tokens only with rotation'],
  ['demo-spa', 'the built-in demo-spa (a new Auth0 SPA: refresh_token allowed, rotation off)'],
]) {
  test(`${why}: login works, the renewal fails with auth0-spa-js's missing_refresh_token`, () => withPage(async (page, requests) => {
    const options = clientOptions(clientId, 'memory');
    const login = await signIn(page, options, `${clientId}@example.com`);
    assert.equal(login.status, 200);
    assert.equal(login.body.refresh_token, undefined);
    assert.equal((await page.evaluate(() => /** @type {any} */ (window).auth0.getUser())).email, `${clientId}@example.com`);
    assert.deepEqual(await renewalError(page), MISSING_REFRESH_TOKEN);
    assertNoIframe(page, requests);
  }));
}

test('with an audience of an API that allows offline access: refresh tokens, access tokens for that API', () => withPage(async (page) => {
  const login = await signIn(page, clientOptions('spa-rotating', 'memory', OFFLINE_API), 'spa-api@example.com');
  assert.ok(login.body.refresh_token);
  const renewal = nextTokenCall(page);
  const token = await page.evaluate(() => /** @type {any} */ (window).auth0.getTokenSilently({ cacheMode: 'off' }));
  assert.equal((await renewal).form.grant_type, 'refresh_token');
  assert.deepEqual(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).aud, [OFFLINE_API, `${emu.url}/userinfo`]);
}));

test('with an audience of an API without offline access: offline_access dropped, missing_refresh_token naming the API', () => withPage(async (page, requests) => {
  const login = await signIn(page, clientOptions('spa-rotating', 'memory', ONLINE_API), 'spa-api@example.com');
  assert.equal(login.body.refresh_token, undefined);
  assert.equal(login.body.scope, 'openid profile email', 'as Auth0 does');
  assert.deepEqual(await renewalError(page), {
    error: 'missing_refresh_token', message: `Missing Refresh Token (audience: '${ONLINE_API}', scope: 'openid profile email offline_access')`,
  });
  assertNoIframe(page, requests);
}));
