// @ts-check
// Auth0's Passkey APIs on the emulator, driven by real WebAuthn: Chromium's virtual authenticator (the DevTools
// protocol's WebAuthn domain) on pages served from local ports, calling /passkey/register, /passkey/challenge and the
// webauthn grant. Sign-up then login as the same `sub`; each refusal (a replayed auth_session, a page on another
// origin, another RP ID, a lowered signature counter, no custom domain) with its own test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { openAuthenticatorPage } from '../helpers/webauthn.js';

const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';
const REALM = 'Username-Password-Authentication';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let noCustomDomain;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {{ origin: string, port: number, close: () => Promise<void> }} */ let allowed;
/** @type {{ origin: string, port: number, close: () => Promise<void> }} */ let stranger;

/** A blank page on a free localhost port (WebAuthn needs a page of its own origin). */
async function startPage() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>passkeys</title>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return { origin: `http://localhost:${port}`, port, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

/** @param {string[]} origins @param {Record<string, unknown>} [extra] */
function config(origins, extra = {}) {
  return {
    clients: [{
      client_id: 'passkey-spa', app_type: /** @type {const} */ ('spa'), callbacks: origins.map((o) => `${o}/`), allowed_origins: origins,
      grant_types: ['authorization_code', 'refresh_token', WEBAUTHN_GRANT],
    }],
    connections: { email: {}, [REALM]: { strategy: 'auth0', options: { authentication_methods: { passkey: { enabled: true }, password: { enabled: false } } } } },
    custom_domains: [{ domain: 'localhost', status: 'ready' }],
    ...extra,
  };
}

before(async () => {
  allowed = await startPage();
  stranger = await startPage();
  // The page of `a.localhost` is allowed too, so that only its RP ID is wrong.
  emu = await startEmulator({ port: 0, config: config([allowed.origin, `http://a.localhost:${allowed.port}`]) });
  noCustomDomain = await startEmulator({ port: 0, config: config([allowed.origin], { custom_domains: [{ domain: 'login.example.com', status: 'ready' }] }) });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await emu?.close();
  await noCustomDomain?.close();
  await allowed?.close();
  await stranger?.close();
});

/** A fresh page at `url` with a virtual platform authenticator that verifies the user. @param {string} url */
const openPage = (url) => openAuthenticatorPage(browser, url);

/**
 * POSTs JSON to the emulator from the page (CORS, its Origin header), as a public client does.
 * @param {import('playwright-core').Page} page @param {string} url @param {Record<string, unknown>} body
 * @returns {Promise<{ status: number, body: any }>}
 */
function postFromPage(page, url, body) {
  return page.evaluate(async ({ url, body }) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  }, { url, body });
}

/** @param {string} url @param {Record<string, unknown>} body a POST from a server (no Origin header) */
async function postFromServer(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** navigator.credentials.create with Auth0's options, the credential as JSON. @param {import('playwright-core').Page} page @param {any} options @param {string} [rpId] */
function create(page, options, rpId) {
  return page.evaluate(async ({ options, rpId }) => {
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(rpId ? { ...options, rp: { ...options.rp, id: rpId } } : options);
    const credential = /** @type {PublicKeyCredential} */ (await navigator.credentials.create({ publicKey }));
    return credential.toJSON();
  }, { options, rpId });
}

/** navigator.credentials.get with Auth0's options. @param {import('playwright-core').Page} page @param {any} options */
function get(page, options) {
  return page.evaluate(async (options) => {
    const credential = /** @type {PublicKeyCredential} */ (await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) }));
    return credential.toJSON();
  }, options);
}

/** @param {string} authSession @param {unknown} credential */
const grant = (authSession, credential) => ({ grant_type: WEBAUTHN_GRANT, client_id: 'passkey-spa', auth_session: authSession, authn_response: credential, scope: 'openid profile email' });

/** The `sub` of an ID token (its signature is checked by the other emulator suites). @param {string} idToken */
const subOf = (idToken) => JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()).sub;

/** Signs up `email` with a passkey on the allowed page; returns the page (its authenticator holds the passkey) and the token answer. @param {string} email */
async function signUp(email) {
  const tab = await openPage(`${allowed.origin}/`);
  const challenge = await postFromPage(tab.page, `${emu.url}/passkey/register`, { client_id: 'passkey-spa', realm: REALM, user_profile: { email } });
  assert.equal(challenge.status, 200, JSON.stringify(challenge.body));
  assert.equal(challenge.body.authn_params_public_key.rp.id, 'localhost');
  const credential = await create(tab.page, challenge.body.authn_params_public_key);
  const tokens = await postFromPage(tab.page, `${emu.url}/oauth/token`, grant(challenge.body.auth_session, credential));
  assert.equal(tokens.status, 200, JSON.stringify(tokens.body));
  return { tab, tokens: tokens.body };
}

/** A login ceremony on `tab`, and its token answer. @param {Awaited<ReturnType<typeof openPage>>} tab */
async function logIn(tab) {
  const challenge = await postFromPage(tab.page, `${emu.url}/passkey/challenge`, { client_id: 'passkey-spa', realm: REALM });
  assert.equal(challenge.status, 200, JSON.stringify(challenge.body));
  const credential = await get(tab.page, challenge.body.authn_params_public_key);
  const tokens = await postFromPage(tab.page, `${emu.url}/oauth/token`, grant(challenge.body.auth_session, credential));
  return { challenge: challenge.body, credential, tokens };
}

test('sign up with a passkey, then log in with it as the same auth0| user', async () => {
  const { tab, tokens } = await signUp('ada@example.com');
  try {
    const sub = subOf(tokens.id_token);
    assert.match(sub, /^auth0\|[0-9a-f]{24}$/);
    const login = await logIn(tab);
    assert.equal(login.tokens.status, 200, JSON.stringify(login.tokens.body));
    assert.equal(subOf(login.tokens.body.id_token), sub);
    const profile = await fetch(`${emu.url}/userinfo`, { headers: { authorization: `Bearer ${login.tokens.body.access_token}` } }).then((r) => r.json());
    assert.equal(profile.email, 'ada@example.com');
  } finally {
    await tab.close();
  }
});

test('a second sign-up with the same email is refused', async () => {
  const { tab } = await signUp('twice@example.com');
  try {
    const again = await postFromPage(tab.page, `${emu.url}/passkey/register`, { client_id: 'passkey-spa', realm: REALM, user_profile: { email: 'twice@example.com' } });
    assert.deepEqual([again.status, again.body.error], [400, 'invalid_request']);
  } finally {
    await tab.close();
  }
});

test('an auth_session is used once: the same ceremony sent again is refused', async () => {
  const { tab } = await signUp('replay@example.com');
  try {
    const login = await logIn(tab);
    assert.equal(login.tokens.status, 200);
    const replay = await postFromPage(tab.page, `${emu.url}/oauth/token`, grant(login.challenge.auth_session, login.credential));
    assert.deepEqual([replay.status, replay.body], [403, { error: 'invalid_grant', error_description: 'Invalid or expired auth_session.' }]);
  } finally {
    await tab.close();
  }
});

test('a ceremony made on a page of another origin is refused (a relayed challenge)', async () => {
  const { tab } = await signUp('relay@example.com');
  // The phishing page runs the real site's challenge on its own origin; the same site (localhost), another port.
  const phishing = await openPage(`${stranger.origin}/`);
  try {
    const exported = await tab.cdp.send('WebAuthn.getCredentials', { authenticatorId: tab.authenticatorId });
    for (const credential of exported.credentials) await phishing.cdp.send('WebAuthn.addCredential', { authenticatorId: phishing.authenticatorId, credential });
    const challenge = await postFromPage(tab.page, `${emu.url}/passkey/challenge`, { client_id: 'passkey-spa', realm: REALM });
    const credential = await get(phishing.page, challenge.body.authn_params_public_key);
    const answer = await postFromServer(`${emu.url}/oauth/token`, grant(challenge.body.auth_session, credential));
    assert.deepEqual([answer.status, answer.body], [403, { error: 'invalid_grant', error_description: 'The passkey was not created or used on an allowed origin.' }]);
  } finally {
    await phishing.close();
    await tab.close();
  }
});

test('a clientDataJSON whose origin was changed is refused', async () => {
  const { tab } = await signUp('tamper@example.com');
  try {
    const challenge = await postFromPage(tab.page, `${emu.url}/passkey/challenge`, { client_id: 'passkey-spa', realm: REALM });
    const credential = await get(tab.page, challenge.body.authn_params_public_key);
    const data = JSON.parse(Buffer.from(credential.response.clientDataJSON, 'base64url').toString());
    // Still an allowed origin, so only the signature (over the client data's hash) can tell.
    const forged = { ...data, origin: `http://a.localhost:${allowed.port}` };
    credential.response.clientDataJSON = Buffer.from(JSON.stringify(forged)).toString('base64url');
    const answer = await postFromPage(tab.page, `${emu.url}/oauth/token`, grant(challenge.body.auth_session, credential));
    assert.equal(answer.status, 403);
    assert.equal(answer.body.error, 'invalid_grant');
    assert.equal(answer.body.error_description, 'Passkey assertion could not be verified: the signature is not valid.');
  } finally {
    await tab.close();
  }
});

test('a passkey made for another RP ID is refused', async () => {
  // a.localhost may claim its own host name as RP ID; the tenant's is its custom domain, localhost.
  const tab = await openPage(`http://a.localhost:${allowed.port}/`);
  try {
    const challenge = await postFromPage(tab.page, `${emu.url}/passkey/register`, { client_id: 'passkey-spa', realm: REALM, user_profile: { email: 'rpid@example.com' } });
    const credential = await create(tab.page, challenge.body.authn_params_public_key, 'a.localhost');
    const answer = await postFromPage(tab.page, `${emu.url}/oauth/token`, grant(challenge.body.auth_session, credential));
    assert.equal(answer.status, 403);
    assert.equal(answer.body.error, 'invalid_grant');
    assert.match(answer.body.error_description, /^Passkey registration could not be verified: .*RP ID/);
  } finally {
    await tab.close();
  }
});

test('a signature counter that went down (a cloned authenticator) is refused', async () => {
  const { tab } = await signUp('clone@example.com');
  try {
    assert.equal((await logIn(tab)).tokens.status, 200);
    const [credential] = (await tab.cdp.send('WebAuthn.getCredentials', { authenticatorId: tab.authenticatorId })).credentials;
    assert.ok(credential.signCount > 0);
    await tab.cdp.send('WebAuthn.removeCredential', { authenticatorId: tab.authenticatorId, credentialId: credential.credentialId });
    await tab.cdp.send('WebAuthn.addCredential', { authenticatorId: tab.authenticatorId, credential: { ...credential, signCount: 0 } });
    const login = await logIn(tab);
    assert.equal(login.tokens.status, 403);
    assert.equal(login.tokens.body.error, 'invalid_grant');
    assert.match(login.tokens.body.error_description, /^Passkey assertion could not be verified: .*counter/);
  } finally {
    await tab.close();
  }
});

test('without a ready custom domain at the requested host, the Passkey APIs are refused', async () => {
  for (const path of ['/passkey/challenge', '/passkey/register']) {
    const answer = await postFromServer(`${noCustomDomain.url}${path}`, { client_id: 'passkey-spa', realm: REALM, user_profile: { email: 'x@example.com' } });
    assert.deepEqual([answer.status, answer.body], [403, { error: 'operation_not_supported', error_description: 'Passkey APIs are only available on a custom domain.' }]);
  }
});

test('a client without the webauthn grant is refused before any challenge', async () => {
  const emu2 = await startEmulator({ port: 0, config: { ...config([allowed.origin]), clients: [{ ...config([allowed.origin]).clients[0], grant_types: ['authorization_code'] }] } });
  try {
    const answer = await postFromServer(`${emu2.url}/passkey/challenge`, { client_id: 'passkey-spa', realm: REALM });
    assert.deepEqual([answer.status, answer.body], [403, { error: 'unauthorized_client', error_description: `Grant type '${WEBAUTHN_GRANT}' not allowed for the client.` }]);
  } finally {
    await emu2.close();
  }
});

test('a realm that does not exist, or whose passkeys are off, is refused', async () => {
  const off = { ...config([allowed.origin]), connections: { email: {}, [REALM]: { strategy: 'auth0', options: { authentication_methods: { passkey: { enabled: false } } } } } };
  const emu4 = await startEmulator({ port: 0, config: off });
  try {
    const disabled = await postFromServer(`${emu4.url}/passkey/challenge`, { client_id: 'passkey-spa', realm: REALM });
    assert.deepEqual([disabled.status, disabled.body], [400, { error: 'invalid_request', error_description: `Passkey authentication method is not enabled for connection ${REALM}` }]);
    const none = await postFromServer(`${emu4.url}/passkey/register`, { client_id: 'passkey-spa', user_profile: { email: 'x@example.com' } });
    assert.deepEqual([none.status, none.body], [400, { error: 'invalid_request', error_description: 'No connection with passkeys enabled.' }]);
    const unknown = await postFromServer(`${emu.url}/passkey/challenge`, { client_id: 'passkey-spa', realm: 'Other-Database' });
    assert.deepEqual([unknown.status, unknown.body], [400, { error: 'invalid_request', error_description: 'Connection does not exist' }]);
  } finally {
    await emu4.close();
  }
});

test('discovery lists the webauthn grant', async () => {
  const meta = await fetch(`${emu.url}/.well-known/openid-configuration`).then((r) => r.json());
  assert.ok(meta.grant_types_supported.includes(WEBAUTHN_GRANT));
});

test('the built-in config offers passkeys on localhost, its custom domain (the demo)', async () => {
  const emu3 = await startEmulator({ port: 0, config: defaultConfig });
  try {
    const answer = await postFromServer(`${emu3.url}/passkey/challenge`, { client_id: 'demo-spa' });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.authn_params_public_key.rpId, 'localhost');
    // On another host name (127.0.0.1 is no custom domain of the tenant), Auth0's refusal.
    const other = await postFromServer(`${emu3.url.replace('localhost', '127.0.0.1')}/passkey/challenge`, { client_id: 'demo-spa' });
    assert.equal(other.status, 403);
    assert.equal(other.body.error, 'operation_not_supported');
  } finally {
    await emu3.close();
  }
});
