// @ts-check
// @auth0/auth0-auth-js's codes on a database connection (what a site's server calls): `passwordless.challengeWithEmail`
// / `challengeWithPhoneNumber` (POST /otp/challenge) and `passwordless.getTokenByPasswordlessDbConnection` (the
// Passwordless OTP grant with `auth_session`) against the https emulator, the SDK checking each ID token; and the
// SDK's errors for a refused challenge and a wrong code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthClient, PasswordlessChallengeError, PasswordlessDbGetTokenError } from '@auth0/auth0-auth-js';
import { startEmulator } from '../../emulator/index.js';
import { trustEmulatorCa } from '../helpers/trust-emulator-ca.js';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const REALM = 'Username-Password-Authentication';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {() => Promise<void>} */ let untrust;
/** @type {AuthClient} */ let authClient;

/**
 * A Regular Web Application with the Passwordless OTP grant, and a database connection with email and phone codes on.
 * @type {import('../../emulator/config.js').EmulatorConfig}
 */
const config = {
  clients: [{
    client_id: 'site-backend', client_secret: 'site-backend-secret', app_type: 'regular_web', callbacks: ['http://localhost:3000/callback'],
    allowed_origins: [], allowed_logout_urls: [], grant_types: ['authorization_code', 'refresh_token', OTP_GRANT],
  }],
  connections: { [REALM]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true }, phone_otp: { enabled: true } } } } },
};

before(async () => {
  emu = await startEmulator({ port: 0, https: true, certificatesDir: join(mkdtempSync(join(tmpdir(), 'sdk-db-otp-')), 'tls'), config });
  untrust = trustEmulatorCa(/** @type {NonNullable<typeof emu.certificates>} */ (emu.certificates).caPem);
  authClient = new AuthClient({ domain: `localhost:${emu.port}`, clientId: 'site-backend', clientSecret: 'site-backend-secret' });
});
after(async () => {
  await untrust?.();
  await emu?.close();
});

/** @param {string} to */
const latestCode = (to) => /** @type {string} */ (emu.outbox.latest(to)?.code);

test('challengeWithEmail (sign-up, then sign-in) and getTokenByPasswordlessDbConnection give one auth0| user', async () => {
  const signUp = await authClient.passwordless.challengeWithEmail({ email: 'sdk@example.com', connection: REALM, allowSignup: true });
  const first = await authClient.passwordless.getTokenByPasswordlessDbConnection({ authSession: signUp.authSession, otp: latestCode('sdk@example.com'), scope: 'openid email' });
  const sub = first.claims?.sub;
  assert.match(String(sub), /^auth0\|[0-9a-f]{24}$/);
  assert.equal(first.claims?.email, 'sdk@example.com');

  const signIn = await authClient.passwordless.challengeWithEmail({ email: 'sdk@example.com', connection: REALM });
  const again = await authClient.passwordless.getTokenByPasswordlessDbConnection({ authSession: signIn.authSession, otp: latestCode('sdk@example.com'), scope: 'openid' });
  assert.equal(again.claims?.sub, sub);
});

test('challengeWithPhoneNumber sends a text code', async () => {
  const started = await authClient.passwordless.challengeWithPhoneNumber({ phoneNumber: '+14155550100', connection: REALM, allowSignup: true });
  assert.equal(emu.outbox.latest('+14155550100')?.channel, 'sms');
  const tokens = await authClient.passwordless.getTokenByPasswordlessDbConnection({ authSession: started.authSession, otp: latestCode('+14155550100'), scope: 'openid' });
  assert.match(String(tokens.claims?.sub), /^auth0\|/);
});

test("the SDK's errors: a connection without codes, and a wrong code", async () => {
  await assert.rejects(authClient.passwordless.challengeWithEmail({ email: 'sdk@example.com', connection: 'Nope' }), (e) => {
    assert.ok(e instanceof PasswordlessChallengeError);
    assert.equal(e.statusCode, 400);
    assert.equal(e.cause?.error, 'invalid_connection');
    return true;
  });
  const started = await authClient.passwordless.challengeWithEmail({ email: 'sdk@example.com', connection: REALM });
  const wrong = latestCode('sdk@example.com') === '000000' ? '111111' : '000000';
  await assert.rejects(authClient.passwordless.getTokenByPasswordlessDbConnection({ authSession: started.authSession, otp: wrong }), (e) => {
    assert.ok(e instanceof PasswordlessDbGetTokenError);
    assert.equal(e.cause?.error, 'invalid_request');
    return true;
  });
});
