// @ts-check
// @auth0/auth0-auth-js 1.16.1 (Auth0's current authentication SDK: what auth0 v7's README points new code to) against
// the https emulator, used as its README says: `new AuthClient({ domain: 'localhost:PORT', clientId, clientSecret })`.
// The SDK builds `https://${domain}`, discovers the tenant at /.well-known/openid-configuration and lets openid-client 6
// check every ID token it receives (alg RS256, iss `https://localhost:PORT/`, aud, exp, iat): the defect tests check it
// really does. Like any OpenID Connect client it does not check the signature of an ID token that came straight from
// the token endpoint over TLS (oauth4webapi's processGenericAccessTokenResponse calls validateIdTokenClaims, without
// a key; OpenID Connect Core 3.1.3.7 allows it), so a bad signature is not among those tests. Browser logins go through
// the emulator's hosted login page in Chromium (trusting the emulator's CA by its SPKI hash) and come back to a small
// local app server; this process trusts the CA through test/helpers/trust-emulator-ca.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuthClient, PasswordlessStartError, PasswordlessVerifyError, TokenByCodeError, TokenByRefreshTokenError, UserInfoError,
  TokenByClientCredentialsError,
} from '@auth0/auth0-auth-js';
import { decodeJwt } from 'jose';
import { startEmulator } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { chromeArgs } from '../../scripts/chrome-path.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';
import { signInOnHostedPage } from '../helpers/hosted-login.js';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const API = 'https://api.example.com/';
const CLIENT_ID = 'auth-js-web';
const CLIENT_SECRET = 'auth-js-web-secret';

// The app's side: any page answers 200, so that the browser lands on the callback and the logout's return URL.
const app = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }).end(req.url); });
await new Promise((resolve) => app.listen(0, 'localhost', () => resolve(undefined)));
const APP = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (app.address()).port}`;
const CALLBACK = `${APP}/auth/callback`;

/**
 * A tenant as Auth0's dashboard would set it up for this SDK: a Regular Web Application with the app's callback and
 * logout URLs, the grant types it uses (Authorization Code, Refresh Token with rotation, Client Credentials, and
 * Passwordless OTP, which Auth0 has off until enabled under Advanced Settings > Grant Types), an API that allows offline
 * access, and a client grant for it.
 * @type {import('../../emulator/config.js').EmulatorConfig}
 */
const config = {
  clients: [{
    client_id: CLIENT_ID, client_secret: CLIENT_SECRET, app_type: 'regular_web', callbacks: [CALLBACK],
    allowed_origins: [], allowed_logout_urls: [`${APP}/`],
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials', OTP_GRANT],
    refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
  }],
  connections: { // Auth0's defaults
    email: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
    sms: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
  },
  apis: [{ identifier: API, scopes: [{ value: 'read:things' }], allow_offline_access: true }],
  client_grants: [{ client_id: CLIENT_ID, audience: API, scope: ['read:things'] }],
  // Magic links started here (a server) open in the browser only with this tenant setting (Auth0's default: off).
  universal_login: { passwordless: { allow_magiclink_verify_without_session: true } },
};

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {() => Promise<void>} */ let untrust;
/** @type {AuthClient} */ let authClient;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  emu = await startEmulator({ port: 0, https: true, certificatesDir: join(mkdtempSync(join(tmpdir(), 'sdk-auth-js-')), 'tls'), config });
  const certificates = /** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates);
  untrust = trustEmulatorCa(certificates.caPem);
  authClient = new AuthClient({
    domain: `localhost:${emu.port}`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
    authorizationParams: { redirect_uri: CALLBACK },
  });
  browser = await launchBrowser({ args: [...chromeArgs, `--ignore-certificate-errors-spki-list=${certificates.spkiHash}`] });
});
after(async () => {
  await browser?.close();
  await untrust?.();
  await emu?.close();
  app.closeAllConnections();
  await new Promise((resolve) => app.close(() => resolve(undefined)));
});

/**
 * The redirect login up to the app's callback: buildAuthorizationUrl, the hosted page in Chromium; the callback URL is
 * what the app hands to getTokenByCode, with the PKCE verifier it kept.
 * @param {import('playwright-core').Page} page @param {string} identifier
 * @param {Record<string, string>} [authorizationParams]
 */
async function redirectLogin(page, identifier, authorizationParams) {
  const { authorizationUrl, codeVerifier } = await authClient.buildAuthorizationUrl({ authorizationParams });
  await page.goto(authorizationUrl.href);
  const callback = await signInOnHostedPage(page, emu, identifier, (url) => `${url.origin}${url.pathname}` === CALLBACK);
  return { callbackUrl: new URL(callback.url()), codeVerifier };
}

/** @param {string} to */
const latestCode = (to) => {
  const code = emu.outbox.latest(to)?.code;
  assert.ok(code, `a code for ${to}`);
  return code;
};

test('buildAuthorizationUrl (code + PKCE), the hosted login page, getTokenByCode: tokens whose ID token the SDK validated', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const email = 'redirect@example.com';
    const { callbackUrl, codeVerifier } = await redirectLogin(page, email);
    assert.ok(callbackUrl.searchParams.get('code'));
    assert.equal(callbackUrl.searchParams.get('state'), null, 'the SDK sends no state (PKCE protects the exchange)');
    const tokens = await authClient.getTokenByCode(callbackUrl, { codeVerifier });
    assert.equal(tokens.claims?.iss, `${emu.url}/`);
    assert.equal(tokens.claims?.aud, CLIENT_ID);
    assert.equal(tokens.claims?.email, email);
    assert.equal(tokens.scope, 'openid profile email offline_access', 'the SDK\'s default scopes, all granted');
    assert.ok(tokens.refreshToken, 'offline_access: a refresh token');
    assert.ok(tokens.expiresAt > Date.now() / 1000);

    // The same code again: Auth0's invalid_grant, as TokenByCodeError.
    await assert.rejects(authClient.getTokenByCode(callbackUrl, { codeVerifier }), (/** @type {any} */ err) => {
      assert.ok(err instanceof TokenByCodeError, String(err));
      assert.equal(err.cause?.error, 'invalid_grant');
      return true;
    });
  } finally {
    await context.close();
  }
});

test('buildAuthorizationUrl with an audience and SMS on the hosted page: an access token for the API', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const phone = '+15550102030';
    const { callbackUrl, codeVerifier } = await redirectLogin(page, phone, { audience: API, scope: 'openid phone read:things' });
    const tokens = await authClient.getTokenByCode(callbackUrl, { codeVerifier });
    assert.equal(tokens.claims?.phone_number, phone);
    const access = decodeJwt(tokens.accessToken);
    assert.deepEqual(access.aud, [API, `${emu.url}/userinfo`]);
    assert.equal(access.scope, 'openid phone read:things');
  } finally {
    await context.close();
  }
});

test('getTokenByRefreshToken rotates (a new ID token validated), revokeToken ends it: TokenByRefreshTokenError invalid_grant', async () => {
  const email = 'refresh@example.com';
  await authClient.passwordless.sendEmail({ email, send: 'code' });
  const login = await authClient.getTokenByPasswordlessEmail({ email, code: latestCode(email), scope: 'openid email offline_access' });
  assert.ok(login.refreshToken);
  const refreshed = await authClient.getTokenByRefreshToken({ refreshToken: login.refreshToken });
  assert.equal(refreshed.claims?.email, email);
  assert.ok(refreshed.refreshToken && refreshed.refreshToken !== login.refreshToken, 'rotation: a new refresh token');

  await authClient.revokeToken({ token: refreshed.refreshToken, tokenTypeHint: 'refresh_token' });
  await assert.rejects(authClient.getTokenByRefreshToken({ refreshToken: refreshed.refreshToken }), (/** @type {any} */ err) => {
    assert.ok(err instanceof TokenByRefreshTokenError, String(err));
    assert.equal(err.cause?.error, 'invalid_grant');
    assert.equal(err.cause?.error_description, 'Unknown or invalid refresh token.');
    return true;
  });
});

test('passwordless.sendEmail / sendSms and getTokenByPasswordlessEmail / Sms (the OTP grant); getUserInfo', async () => {
  const email = 'otp@example.com';
  await authClient.passwordless.sendEmail({ email, send: 'code' });
  assert.equal(emu.outbox.latest(email)?.send, 'code');
  const byEmail = await authClient.getTokenByPasswordlessEmail({ email, code: latestCode(email), scope: 'openid profile email' });
  assert.equal(byEmail.claims?.email, email);
  assert.equal(byEmail.claims?.email_verified, true);
  const profile = await authClient.getUserInfo({ accessToken: byEmail.accessToken, expectedSubject: byEmail.claims?.sub });
  assert.equal(profile.email, email);

  const phone = '+15551234567';
  await authClient.passwordless.sendSms({ phoneNumber: phone });
  assert.equal(emu.outbox.latest(phone)?.channel, 'sms');
  const bySms = await authClient.getTokenByPasswordlessSms({ phoneNumber: phone, code: latestCode(phone), scope: 'openid phone' });
  assert.equal(bySms.claims?.phone_number, phone);

  await assert.rejects(authClient.getUserInfo({ accessToken: 'not-a-token' }), UserInfoError);
});

test('passwordless.sendEmail with a link: getTokenByMagicLinkCode takes the callback URL and checks the state', async () => {
  const email = 'link@example.com';
  const authParams = { response_type: 'code', redirect_uri: CALLBACK, scope: 'openid email', state: 'magic-state' };
  await authClient.passwordless.sendEmail({ email, send: 'link', authParams });
  const link = emu.outbox.latest(email)?.link;
  assert.ok(link, 'a link');
  const landing = await fetch(link, { redirect: 'manual' }); // what the mail client's browser does
  assert.equal(landing.status, 302);
  const callbackUrl = new URL(landing.headers.get('location') ?? '');
  assert.equal(`${callbackUrl.origin}${callbackUrl.pathname}`, CALLBACK);
  const tokens = await authClient.getTokenByMagicLinkCode(callbackUrl, { expectedState: 'magic-state' });
  assert.equal(tokens.claims?.email, email);

  await authClient.passwordless.sendEmail({ email, send: 'link', authParams });
  // A callback whose state is not the one this app started (a login forced on the user): refused before any exchange,
  // so the same callback with its own state still works (the SDK's message is only "invalid response encountered").
  const other = new URL((await fetch(emu.outbox.latest(email)?.link ?? '', { redirect: 'manual' })).headers.get('location') ?? '');
  await assert.rejects(authClient.getTokenByMagicLinkCode(other, { expectedState: 'another-state' }), TokenByCodeError);
  assert.equal((await authClient.getTokenByMagicLinkCode(other, { expectedState: 'magic-state' })).claims?.email, email);
});

test('passwordless errors: a wrong code is PasswordlessVerifyError invalid_grant, a bad email PasswordlessStartError bad.email', async () => {
  const email = 'wrong@example.com';
  await authClient.passwordless.sendEmail({ email, send: 'code' });
  const wrong = latestCode(email) === '000000' ? '000001' : '000000';
  await assert.rejects(authClient.getTokenByPasswordlessEmail({ email, code: wrong }), (/** @type {any} */ err) => {
    assert.ok(err instanceof PasswordlessVerifyError, String(err));
    assert.equal(err.cause?.error, 'invalid_grant');
    assert.equal(err.cause?.error_description, 'Wrong email or verification code.');
    return true;
  });
  await assert.rejects(authClient.passwordless.sendEmail({ email: 'not an email', send: 'code' }), (/** @type {any} */ err) => {
    assert.ok(err instanceof PasswordlessStartError, String(err));
    assert.equal(err.statusCode, 400);
    assert.equal(err.cause?.error, 'bad.email');
    return true;
  });
});

test('getTokenByClientCredentials: a token for the API with the client grant\'s scopes; an unknown audience is "Service not found"', async () => {
  const { accessToken } = await authClient.getTokenByClientCredentials({ audience: API });
  const payload = decodeJwt(accessToken);
  assert.equal(payload.sub, `${CLIENT_ID}@clients`);
  assert.equal(payload.scope, 'read:things');
  const unknown = 'https://unknown.example.com/';
  await assert.rejects(authClient.getTokenByClientCredentials({ audience: unknown }), (/** @type {any} */ err) => {
    assert.ok(err instanceof TokenByClientCredentialsError, String(err));
    assert.equal(err.cause?.error, 'access_denied');
    assert.equal(err.cause?.error_description, `Service not found: ${unknown}`);
    return true;
  });
});

test('buildLogoutUrl: the discovered end_session_endpoint (/oidc/logout), which ends the session and returns to the app', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await redirectLogin(page, 'logout@example.com');
    const logoutUrl = await authClient.buildLogoutUrl({ returnTo: `${APP}/` });
    assert.equal(`${logoutUrl.origin}${logoutUrl.pathname}`, `${emu.url}/oidc/logout`);
    assert.equal(logoutUrl.searchParams.get('client_id'), CLIENT_ID);
    assert.equal(logoutUrl.searchParams.get('post_logout_redirect_uri'), `${APP}/`);
    await page.goto(logoutUrl.href);
    await page.waitForURL(`${APP}/`);
    // The emulator's session ended: a new login asks again (no single sign-on).
    const { authorizationUrl } = await authClient.buildAuthorizationUrl();
    await page.goto(authorizationUrl.href);
    await page.waitForURL(`${emu.url}/u/login?**`);
  } finally {
    await context.close();
  }
});

// openid-client's ID token checks, each broken in turn by the emulator's next ID token. A refresh is the cheapest way to
// a new ID token here, and its error keeps openid-client's message (PasswordlessVerifyError drops it).
// The SDK keeps only openid-client's short message (not which claim); a refresh without a defect succeeds (above).
const defects = /** @type {const} */ ([
  ['wrong_iss', /^unexpected JWT claim value encountered$/],
  ['wrong_aud', /^unexpected JWT claim value encountered$/],
  ['expired', /^JWT timestamp claim value failed validation$/],
  ['hs256', /^invalid response encountered$/], // an alg other than the tenant's RS256
  ['alg_none', /^invalid response encountered$/],
]);
for (const [defect, message] of defects) {
  test(`the SDK refuses an ID token with the defect ${defect}`, async () => {
    const email = `${defect.replace('_', '-')}@example.com`;
    await authClient.passwordless.sendEmail({ email, send: 'code' });
    const login = await authClient.getTokenByPasswordlessEmail({ email, code: latestCode(email), scope: 'openid email offline_access' });
    emu.faults.addTokenDefect({ defect });
    await assert.rejects(authClient.getTokenByRefreshToken({ refreshToken: login.refreshToken ?? '' }), (/** @type {any} */ err) => {
      assert.ok(err instanceof TokenByRefreshTokenError, String(err));
      assert.match(String(err.cause?.message), message);
      return true;
    });
    assert.equal(emu.faults.takeTokenDefect(), undefined, 'the defect was used by this refresh');
  });
}

test('the OTP grant refuses a defective ID token too (PasswordlessVerifyError)', async () => {
  const email = 'otp-defect@example.com';
  await authClient.passwordless.sendEmail({ email, send: 'code' });
  emu.faults.addTokenDefect({ defect: 'wrong_iss' });
  await assert.rejects(authClient.getTokenByPasswordlessEmail({ email, code: latestCode(email), scope: 'openid email' }), PasswordlessVerifyError);
  assert.equal(emu.faults.takeTokenDefect(), undefined);
});
