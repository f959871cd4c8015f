// @ts-check
// @auth0/auth0-auth-js's PasskeyClient (what a site's server calls: /passkey/register, /passkey/challenge and the
// webauthn grant, with the client secret) against the https emulator, the WebAuthn ceremonies in Chromium with a
// virtual authenticator on the site's page. Sign-up then login as the same `sub`, the SDK checking each ID token
// (openid-client), and the SDK's errors for a refusal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthClient, PasskeyGetTokenError, PasskeyRegisterError } from '@auth0/auth0-auth-js';
import { startEmulator } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { openAuthenticatorPage } from '../helpers/webauthn.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';

const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';
const REALM = 'Username-Password-Authentication';

// The site's page, where the ceremony runs (its origin is the client's Allowed Origin).
const app = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>site</title>'); });
await new Promise((resolve) => app.listen(0, 'localhost', () => resolve(undefined)));
const APP = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (app.address()).port}`;

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {() => Promise<void>} */ let untrust;
/** @type {AuthClient} */ let authClient;
/** @type {import('playwright-core').Browser} */ let browser;

/**
 * A tenant as Auth0's dashboard sets one up for the Passkey APIs from a server: a Regular Web Application with the
 * Passkey grant, a database connection with passkeys on, and a ready custom domain.
 * @type {import('../../emulator/config.js').EmulatorConfig}
 */
const config = {
  clients: [{
    client_id: 'site-backend', client_secret: 'site-backend-secret', app_type: 'regular_web', callbacks: [`${APP}/callback`],
    allowed_origins: [APP], allowed_logout_urls: [], grant_types: ['authorization_code', 'refresh_token', WEBAUTHN_GRANT],
  }],
  connections: { [REALM]: { strategy: 'auth0', options: { authentication_methods: { passkey: { enabled: true } } } } },
  custom_domains: [{ domain: 'localhost', status: 'ready' }],
};

before(async () => {
  emu = await startEmulator({ port: 0, https: true, certificatesDir: join(mkdtempSync(join(tmpdir(), 'sdk-passkeys-')), 'tls'), config });
  untrust = trustEmulatorCa(/** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates).caPem);
  authClient = new AuthClient({ domain: `localhost:${emu.port}`, clientId: 'site-backend', clientSecret: 'site-backend-secret' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await untrust?.();
  await emu?.close();
  app.closeAllConnections();
  await new Promise((resolve) => app.close(() => resolve(undefined)));
});

/** The browser's part: the options the server got, the credential's JSON back. @param {import('playwright-core').Page} page @param {'create'|'get'} kind @param {unknown} options */
function ceremony(page, kind, options) {
  return page.evaluate(async ({ kind, options }) => {
    const credential = kind === 'create'
      ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(/** @type {any} */ (options)) })
      : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(/** @type {any} */ (options)) });
    return /** @type {PublicKeyCredential} */ (credential).toJSON();
  }, { kind, options });
}

test('auth0-auth-js: passkey.register, then passkey.challenge, each exchanged with getTokenByPasskey as the same user', async () => {
  const site = await openAuthenticatorPage(browser, `${APP}/`);
  try {
    const signup = await authClient.passkey.register({ email: 'grace@example.com', name: 'Grace', realm: REALM });
    const created = await ceremony(site.page, 'create', signup.authnParamsPublicKey);
    const first = await authClient.passkey.getTokenByPasskey({ authSession: signup.authSession, credential: /** @type {any} */ (created), realm: REALM, scope: 'openid profile email' });
    const sub = /** @type {any} */ (first).claims?.sub;
    assert.match(String(sub), /^auth0\|[0-9a-f]{24}$/);
    assert.equal(/** @type {any} */ (first).claims?.email, 'grace@example.com');

    const login = await authClient.passkey.challenge({ realm: REALM });
    const asserted = await ceremony(site.page, 'get', login.authnParamsPublicKey);
    const second = await authClient.passkey.getTokenByPasskey({ authSession: login.authSession, credential: /** @type {any} */ (asserted), realm: REALM, scope: 'openid' });
    assert.equal(/** @type {any} */ (second).claims?.sub, sub);

    // The same ceremony again: its auth_session is spent.
    const replay = await authClient.passkey.getTokenByPasskey({ authSession: login.authSession, credential: /** @type {any} */ (asserted), realm: REALM }).catch((e) => e);
    assert.ok(replay instanceof PasskeyGetTokenError, String(replay));
    assert.deepEqual([replay.cause?.error, replay.cause?.error_description], ['invalid_grant', 'Invalid or expired auth_session.']);
  } finally {
    await site.close();
  }
});

test('auth0-auth-js: a sign-up for an existing user is a PasskeyRegisterError with Auth0\'s invalid_request', async () => {
  const site = await openAuthenticatorPage(browser, `${APP}/`);
  try {
    const signup = await authClient.passkey.register({ email: 'existing@example.com', realm: REALM });
    await authClient.passkey.getTokenByPasskey({ authSession: signup.authSession, credential: /** @type {any} */ (await ceremony(site.page, 'create', signup.authnParamsPublicKey)), realm: REALM });
    const again = await authClient.passkey.register({ email: 'existing@example.com', realm: REALM }).catch((e) => e);
    assert.ok(again instanceof PasskeyRegisterError, String(again));
    assert.equal(again.cause?.error, 'invalid_request');
    assert.equal(again.statusCode, 400);
  } finally {
    await site.close();
  }
});
