// @ts-check
// One person, a code and a passkey on one database connection (docs/auth0-passkeys.md section 8), as a site's backend
// does it against the emulator: a code through /otp/challenge and the OTP grant with a My Account token, a passkey
// enrolled through the My Account API (the ceremony in Chromium's virtual authenticator), then a passkey login through
// /passkey/challenge and the webauthn grant, as the same `sub`. And the My Account API's refusals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startEmulator } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { createCredential, getCredential, openAuthenticatorPage } from '../helpers/webauthn.js';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';
const REALM = 'Username-Password-Authentication';
const ME = 'https://localhost/me/';
const ENROL_SCOPE = 'create:me:authentication_methods';
const SERVER = { client_id: 'site-backend', client_secret: 'backend-secret-0123456789abcdef' };

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {import('node:http').Server} */ let site;
/** @type {string} */ let siteOrigin;

before(async () => {
  site = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>site</title>');
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(undefined)));
  siteOrigin = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (site.address()).port}`;
  emu = await startEmulator({
    port: 0,
    config: {
      clients: [{
        ...SERVER, app_type: 'regular_web', callbacks: [`${siteOrigin}/callback`], allowed_origins: [siteOrigin],
        grant_types: ['authorization_code', 'refresh_token', 'client_credentials', OTP_GRANT, WEBAUTHN_GRANT],
      }],
      connections: {
        email: {},
        [REALM]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true }, passkey: { enabled: true } } } },
      },
      custom_domains: [{ domain: 'localhost', status: 'ready' }],
      apis: [{ identifier: ME, scopes: [{ value: ENROL_SCOPE }] }],
      client_grants: [{ client_id: SERVER.client_id, audience: ME, scope: [ENROL_SCOPE], subject_type: 'user' }],
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await emu?.close();
  await new Promise((resolve) => site?.close(() => resolve(undefined)));
});

/** @param {string} path @param {Record<string, unknown>} body @param {string} [token] a Bearer token */
async function post(path, body, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(`${emu.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, location: res.headers.get('location'), body: await res.json() };
}

/** @param {string} idToken */
const subOf = (idToken) => JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()).sub;

/** Signs `email` in (or up) with a code on the database connection; the token answer. @param {string} email @param {string} [scope] */
async function codeLogin(email, scope = `openid email ${ENROL_SCOPE}`) {
  const started = await post('/otp/challenge', { ...SERVER, connection: REALM, email, allow_signup: true });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const code = emu.outbox.latest(email)?.code;
  const tokens = await post('/oauth/token', { grant_type: OTP_GRANT, ...SERVER, auth_session: started.body.auth_session, otp: code, audience: ME, scope });
  assert.equal(tokens.status, 200, JSON.stringify(tokens.body));
  return tokens.body;
}

/** Starts an enrolment with `token`; the answer. @param {string} token */
const startEnrolment = (token) => post('/me/v1/authentication-methods', { type: 'passkey', connection: REALM }, token);

test('a code login, a passkey enrolled through the My Account API, then a passkey login as the same sub', async () => {
  const tab = await openAuthenticatorPage(browser, `${siteOrigin}/`);
  try {
    const signedIn = await codeLogin('lin@example.com');
    const sub = subOf(signedIn.id_token);
    assert.match(sub, /^auth0\|/);

    const enrolment = await startEnrolment(signedIn.access_token);
    assert.equal(enrolment.status, 202, JSON.stringify(enrolment.body));
    assert.equal(enrolment.location, 'https://localhost/me/v1/authentication-methods/passkey%7Cnew');
    assert.equal(enrolment.body.authn_params_public_key.rp.id, 'localhost');
    assert.equal(enrolment.body.authn_params_public_key.user.name, 'lin@example.com');
    const attestation = await createCredential(tab.page, enrolment.body.authn_params_public_key);
    const verifyPath = `${new URL(/** @type {string} */ (enrolment.location)).pathname}/verify`;
    const method = await post(verifyPath, { auth_session: enrolment.body.auth_session, authn_response: attestation }, signedIn.access_token);
    assert.equal(method.status, 201, JSON.stringify(method.body));
    assert.equal(method.body.type, 'passkey');
    assert.equal(method.body.key_id, attestation.id);

    const challenge = await post('/passkey/challenge', { ...SERVER, realm: REALM });
    assert.equal(challenge.status, 200, JSON.stringify(challenge.body));
    const assertion = await getCredential(tab.page, challenge.body.authn_params_public_key);
    const tokens = await post('/oauth/token', { grant_type: WEBAUTHN_GRANT, ...SERVER, auth_session: challenge.body.auth_session, authn_response: assertion, scope: 'openid email' });
    assert.equal(tokens.status, 200, JSON.stringify(tokens.body));
    assert.equal(subOf(tokens.body.id_token), sub);

    // The code still works for the same person afterwards.
    assert.equal(subOf((await codeLogin('lin@example.com')).id_token), sub);
  } finally {
    await tab.close();
  }
});

test('an enrolment auth_session is used once, and only by the user it was made for', async () => {
  const tab = await openAuthenticatorPage(browser, `${siteOrigin}/`);
  try {
    const first = await codeLogin('once-enrol@example.com');
    const other = await codeLogin('someone-else@example.com');
    const enrolment = await startEnrolment(first.access_token);
    const attestation = await createCredential(tab.page, enrolment.body.authn_params_public_key);
    const path = '/me/v1/authentication-methods/passkey|new/verify';
    const stolen = await post(path, { auth_session: enrolment.body.auth_session, authn_response: attestation }, other.access_token);
    assert.deepEqual([stolen.status, stolen.body.title], [400, 'Bad Request']);
    // The failed try spent the session: the rightful user must start again.
    const replay = await post(path, { auth_session: enrolment.body.auth_session, authn_response: attestation }, first.access_token);
    assert.deepEqual(replay.body, { type: replay.body.type, status: 400, title: 'Bad Request', detail: 'Invalid or expired auth_session.' });
  } finally {
    await tab.close();
  }
});

test('My Account refusals: no token, a token without the scope or for another audience, another type, no JSON', async () => {
  const noScope = await codeLogin('noscope@example.com', 'openid email');
  const otherAudience = await (async () => {
    const started = await post('/otp/challenge', { ...SERVER, connection: REALM, email: 'aud@example.com', allow_signup: true });
    return (await post('/oauth/token', { grant_type: OTP_GRANT, ...SERVER, auth_session: started.body.auth_session, otp: emu.outbox.latest('aud@example.com')?.code, scope: `openid ${ENROL_SCOPE}` })).body;
  })();
  const good = await codeLogin('refusals@example.com');
  const none = await post('/me/v1/authentication-methods', { type: 'passkey' });
  assert.deepEqual([none.status, none.body.status, none.body.title], [401, 401, 'Unauthorized']);
  assert.equal((await startEnrolment(otherAudience.access_token)).status, 401);
  const scope = await startEnrolment(noScope.access_token);
  assert.deepEqual([scope.status, scope.body.title], [403, 'Forbidden']);
  assert.equal((await post('/me/v1/authentication-methods', { type: 'totp' }, good.access_token)).status, 400);
  assert.equal((await post('/me/v1/authentication-methods', { type: 'passkey', connection: 'email' }, good.access_token)).status, 400);
  const form = await fetch(`${emu.url}/me/v1/authentication-methods`, { method: 'POST', headers: { authorization: `Bearer ${good.access_token}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=passkey' });
  assert.equal(form.status, 415);
  assert.equal((await post('/me/v1/authentication-methods/passkey%7Cother/verify', { auth_session: 'x', authn_response: {} }, good.access_token)).status, 404);
});

test('the My Account client grant is for signed-in users (subject_type "user"): client_credentials for that audience is refused', async () => {
  const answer = await post('/oauth/token', { grant_type: 'client_credentials', ...SERVER, audience: ME });
  assert.equal(answer.status, 403);
  assert.equal(answer.body.error, 'access_denied');
});
