// @ts-check
// Backend mode's passkey routes against the emulator, with real WebAuthn ceremonies in Chromium (a virtual
// authenticator): the page is served by a site that mounts the handler, calls its routes with fetch as the element
// does, runs navigator.credentials.create/get with Auth0's options and posts credential.toJSON(). Sign up, sign in
// as the same sub, add a passkey while signed in, and each refusal: a spent ceremony, a credential the tenant does
// not know, each missing Auth0 requirement, no CSRF header, sign-up off, an existing account, signed out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startEmulator } from '../../emulator/index.js';
import { createPasswordlessHandler } from '../../server/index.js';
import { resolveOptions } from '../../server/options.js';
import { toNodeHandler } from '../../server/node.js';
import { CSRF_HEADER } from '../../protocol/wire.js';
import { classifyPasskeyAnswer, passkeyRequirementOf } from '../../protocol/passkey-errors.js';
import { tokenFailure } from '../../server/passkey-errors.js';
import { launchBrowser } from '../helpers/browser.js';
import { createCredential, getCredential, openAuthenticatorPage, replaceAuthenticator, storedCredentials } from '../helpers/webauthn.js';
import { elementRequest } from './server-helpers.js';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';
const REALM = 'Username-Password-Authentication';
const PASSKEYS_OFF = 'Codes-Only';
const ME = 'https://localhost/me/';
const ENROL_SCOPE = 'create:me:authentication_methods';
const API = 'https://api.example.com/';
const SECRET = 'backend-secret-0123456789abcdef';
const SESSION_SECRET = 'test-session-secret-0123456789-abcdefghij';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {import('node:http').Server} */ let site;
/** @type {string} */ let siteOrigin;
/** @type {string[]} */ const logs = [];

/**
 * A handler against the emulator (a regular web application with its secret), logging into `logs`.
 * @param {Record<string, unknown>} overrides
 */
function handlerWith(overrides) {
  return createPasswordlessHandler(/** @type {any} */ ({
    domain: emu.url,
    clientId: 'site-backend',
    clientSecret: SECRET,
    sessionSecret: SESSION_SECRET,
    databaseConnection: REALM,
    passkeys: { signup: true, create: true },
    log: (/** @type {unknown} */ entry) => logs.push(JSON.stringify(entry)),
    ...overrides,
  }));
}

/** The handler the site mounts under /auth/passwordless/ (a test may swap it for one with other options). @type {ReturnType<typeof toNodeHandler> | undefined} */
let mounted;

before(async () => {
  site = createServer((req, res) => {
    if (req.url?.startsWith('/auth/passwordless/') && mounted) return mounted(req, res);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>site</title>');
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(undefined)));
  siteOrigin = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (site.address()).port}`;
  const client = {
    client_secret: SECRET, app_type: /** @type {const} */ ('regular_web'), callbacks: [`${siteOrigin}/callback`],
    allowed_origins: [siteOrigin], grant_types: ['authorization_code', 'refresh_token', OTP_GRANT, WEBAUTHN_GRANT],
  };
  emu = await startEmulator({
    port: 0,
    config: {
      clients: [
        { ...client, client_id: 'site-backend' },
        { ...client, client_id: 'no-passkey-grant', grant_types: ['authorization_code', OTP_GRANT] },
      ],
      connections: {
        email: {},
        [REALM]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true }, passkey: { enabled: true } } } },
        [PASSKEYS_OFF]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true }, passkey: { enabled: false } } } },
      },
      custom_domains: [{ domain: 'localhost', status: 'ready' }],
      apis: [{ identifier: ME, scopes: [{ value: ENROL_SCOPE }] }, { identifier: API }],
      client_grants: [{ client_id: 'site-backend', audience: ME, scope: [ENROL_SCOPE], subject_type: 'user' }],
    },
  });
  mounted = toNodeHandler(handlerWith({ passkeys: { signup: true, create: true } }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await emu?.close();
  await new Promise((resolve) => site?.close(() => resolve(undefined)));
});

/**
 * POSTs to one of the handler's routes from the page, as the element does (same origin, the CSRF header).
 * @param {import('playwright-core').Page} page @param {string} route @param {unknown} [body] @param {{ csrf?: boolean }} [how]
 * @returns {Promise<{ status: number, body: any }>}
 */
function call(page, route, body = {}, how = {}) {
  return page.evaluate(async ({ route, body, header }) => {
    const headers = { 'content-type': 'application/json', ...(header ? { [header]: '1' } : {}) };
    const res = await fetch(`/auth/passwordless/${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  }, { route, body, header: how.csrf === false ? '' : CSRF_HEADER });
}

/** GET session from the page. @param {import('playwright-core').Page} page */
function currentSession(page) {
  return page.evaluate(async () => {
    const res = await fetch('/auth/passwordless/session');
    return { status: res.status, body: await res.json() };
  });
}

/** @param {import('playwright-core').Page} page */
const sessionCookie = async (page) => (await page.context().cookies()).find((c) => c.name === 'passwordless_session');

/** A fresh page of the site with an empty authenticator. */
const openPage = () => openAuthenticatorPage(browser, `${siteOrigin}/`);

/**
 * Signs `email` up with a passkey on `tab`: register, create, login. The login's answer.
 * @param {Awaited<ReturnType<typeof openPage>>} tab @param {string} email
 */
async function signUp(tab, email) {
  const ceremony = await call(tab.page, 'passkey-register', { email });
  assert.equal(ceremony.status, 200, JSON.stringify(ceremony.body));
  assert.deepEqual(Object.keys(ceremony.body).sort(), ['authSession', 'publicKey']);
  const credential = await createCredential(tab.page, ceremony.body.publicKey);
  const login = await call(tab.page, 'passkey-login', { authSession: ceremony.body.authSession, credential });
  assert.equal(login.status, 200, JSON.stringify(login.body));
  return login.body;
}

/**
 * A passkey sign-in on `tab`: challenge, get, login. The ceremony, the credential and the login's answer.
 * @param {Awaited<ReturnType<typeof openPage>>} tab
 */
async function signIn(tab) {
  const ceremony = await call(tab.page, 'passkey-challenge');
  assert.equal(ceremony.status, 200, JSON.stringify(ceremony.body));
  const credential = await getCredential(tab.page, ceremony.body.publicKey);
  const login = await call(tab.page, 'passkey-login', { authSession: ceremony.body.authSession, credential });
  return { ceremony: ceremony.body, credential, login };
}

test('sign up with a passkey, then sign in with it as the same sub: the session cookie, GET session, the method', async () => {
  const tab = await openPage();
  try {
    const settings = await tab.page.evaluate(async () => (await fetch('/auth/passwordless/settings')).json());
    assert.deepEqual(settings.passkeys, { signup: true, create: true });
    const signedUp = await signUp(tab, 'Ada@Example.com');
    assert.match(signedUp.user.sub, /^auth0\|/);
    assert.equal(signedUp.user.email, 'ada@example.com');
    assert.equal(signedUp.method, 'passkey');
    await tab.context.clearCookies();

    const { ceremony, login } = await signIn(tab);
    assert.equal(ceremony.publicKey.rpId, 'localhost');
    assert.equal(login.status, 200, JSON.stringify(login.body));
    assert.deepEqual(Object.keys(login.body), ['user', 'method']);
    assert.equal(login.body.user.sub, signedUp.user.sub);
    assert.equal(login.body.method, 'passkey');
    const cookie = await sessionCookie(tab.page);
    assert.ok(cookie?.httpOnly, 'an HttpOnly session cookie');
    const session = await currentSession(tab.page);
    assert.deepEqual(session, { status: 200, body: { user: login.body.user, method: 'passkey' } });
    assert.ok(logs.some((line) => line.includes('"event":"passkey-login"') && line.includes('"outcome":"ok"')));
    assert.ok(!logs.some((line) => line.includes(ceremony.authSession)), 'no ceremony material in the logs');
  } finally {
    await tab.close();
  }
});

test('a ceremony is spent by its sign-in: the same authSession and credential again are refused, without unknownCredential', async () => {
  const tab = await openPage();
  try {
    await signUp(tab, 'replay@example.com');
    const { ceremony, credential, login } = await signIn(tab);
    assert.equal(login.status, 200);
    const replay = await call(tab.page, 'passkey-login', { authSession: ceremony.authSession, credential });
    assert.deepEqual(replay, { status: 401, body: { error: 'passkey_rejected' } });
  } finally {
    await tab.close();
  }
});

test('a passkey the tenant does not know (a sign-up never finished) is refused with unknownCredential', async () => {
  const tab = await openPage();
  try {
    const ceremony = await call(tab.page, 'passkey-register', { email: 'unfinished@example.com' });
    await createCredential(tab.page, ceremony.body.publicKey);
    assert.equal((await storedCredentials(tab)).length, 1, 'the authenticator holds it; the tenant never saw it');
    const { login } = await signIn(tab);
    assert.deepEqual(login, { status: 401, body: { error: 'passkey_rejected', unknownCredential: true } });
    assert.equal(await sessionCookie(tab.page), undefined, 'no session');
  } finally {
    await tab.close();
  }
});

test('a passkey sign-up for an email that has an account: 409 account_exists', async () => {
  const tab = await openPage();
  try {
    await signUp(tab, 'twice@example.com');
    const again = await call(tab.page, 'passkey-register', { email: 'Twice@example.com' });
    assert.deepEqual(again, { status: 409, body: { error: 'account_exists' } });
    const bad = await call(tab.page, 'passkey-register', { email: 'not an email' });
    assert.deepEqual(bad, { status: 400, body: { error: 'invalid_email' } });
  } finally {
    await tab.close();
  }
});

test('signed in with a passkey, add one on another device, then sign in with the new one as the same sub', async () => {
  const tab = await openPage();
  try {
    const { user } = await signUp(tab, 'grace@example.com');
    await tab.context.clearCookies();
    assert.equal((await signIn(tab)).login.status, 200);
    // The first passkey stays on the old device: the new one is made on an empty authenticator.
    await replaceAuthenticator(tab);
    const ceremony = await call(tab.page, 'passkey-create');
    assert.equal(ceremony.status, 200, JSON.stringify(ceremony.body));
    assert.deepEqual(Object.keys(ceremony.body).sort(), ['authSession', 'enrollment', 'publicKey']);
    assert.equal(ceremony.body.enrollment, 'passkey%7Cnew');
    assert.equal(ceremony.body.publicKey.user.name, 'grace@example.com');
    const credential = await createCredential(tab.page, ceremony.body.publicKey);
    const added = await call(tab.page, 'passkey-create-verify', { authSession: ceremony.body.authSession, enrollment: ceremony.body.enrollment, credential });
    assert.deepEqual(added, { status: 201, body: {} });
    // The same ceremony again: the My Account API refuses it.
    const again = await call(tab.page, 'passkey-create-verify', { authSession: ceremony.body.authSession, enrollment: ceremony.body.enrollment, credential });
    assert.deepEqual(again, { status: 400, body: { error: 'passkey_failed' } });
    const slash = await call(tab.page, 'passkey-create-verify', { authSession: ceremony.body.authSession, enrollment: '../x', credential });
    assert.deepEqual(slash, { status: 400, body: { error: 'passkey_failed' } });

    await tab.context.clearCookies();
    const { login } = await signIn(tab);
    assert.equal(login.status, 200, JSON.stringify(login.body));
    assert.equal(login.body.user.sub, user.sub);
  } finally {
    await tab.close();
  }
});

test('adding a passkey signed out is 401; without a My Account token (the site asks for its own audience) 409', async () => {
  const tab = await openPage();
  try {
    assert.deepEqual(await call(tab.page, 'passkey-create'), { status: 401, body: { error: 'session_expired' } });
    assert.deepEqual(await call(tab.page, 'passkey-create-verify', { authSession: 'x', enrollment: 'passkey%7Cnew', credential: { id: 'a', type: 'public-key', response: {} } }),
      { status: 401, body: { error: 'session_expired' } });
  } finally {
    await tab.close();
  }
  // A session whose access token is for the site's own API (its `audience` option), not for the My Account API.
  const usual = mounted;
  mounted = toNodeHandler(handlerWith({ audience: API }));
  const other = await openPage();
  try {
    await signUp(other, 'api-audience@example.com');
    // The settings do not offer creating one, and the route is off (the person never sees the offer).
    const settings = await other.page.evaluate(() => fetch('/auth/passwordless/settings').then((r) => r.json()));
    assert.equal(settings.passkeys?.create, false);
    assert.equal((await call(other.page, 'passkey-create')).status, 404);
  } finally {
    mounted = usual;
    await other.close();
  }
});

test('without the CSRF header the routes refuse, and nothing reaches Auth0', async () => {
  const tab = await openPage();
  try {
    for (const route of ['passkey-challenge', 'passkey-register', 'passkey-login', 'passkey-create', 'passkey-create-verify']) {
      assert.deepEqual(await call(tab.page, route, {}, { csrf: false }), { status: 403, body: { error: 'origin_not_allowed' } }, route);
    }
  } finally {
    await tab.close();
  }
  const crossSite = await handlerWith({})(elementRequest('passkey-challenge', {}, { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } }));
  assert.equal(crossSite.status, 403);
});

test('sign-up off, adding off, or no passkeys at all: those routes are 404 with requirement not_enabled', async () => {
  const signupOff = handlerWith({ passkeys: { create: false } });
  const notFound = { error: 'passkeys_unavailable', requirement: 'not_enabled' };
  for (const route of ['passkey-register', 'passkey-create', 'passkey-create-verify']) {
    const answer = await signupOff(elementRequest(route, { email: 'a@example.com' }));
    assert.deepEqual([answer.status, await answer.json()], [404, notFound], route);
  }
  assert.equal((await signupOff(elementRequest('passkey-challenge', {}))).status, 200);
  const off = handlerWith({ passkeys: undefined });
  for (const route of ['passkey-challenge', 'passkey-login']) {
    const answer = await off(elementRequest(route, {}));
    assert.deepEqual([answer.status, await answer.json()], [404, notFound], route);
  }
  assert.equal((await (await off(elementRequest('settings'))).json()).passkeys, null);
});

test("each missing Auth0 requirement: 503 passkeys_unavailable naming it, and a log line with the fix", async () => {
  const cases = [
    // The emulator's only custom domain is localhost: the same tenant at 127.0.0.1 is its canonical domain.
    { requirement: 'custom_domain', options: { domain: emu.url.replace('localhost', '127.0.0.1') }, fix: /custom domain/ },
    { requirement: 'grant', options: { clientId: 'no-passkey-grant' }, fix: /Grant Types/ },
    { requirement: 'connection', options: { databaseConnection: PASSKEYS_OFF }, fix: /database connection/ },
    { requirement: 'connection', options: { databaseConnection: undefined, passkeys: { connection: 'No-Such-Connection', signup: true } }, fix: /database connection/ },
  ];
  for (const { requirement, options, fix } of cases) {
    logs.length = 0;
    const handler = handlerWith(options);
    for (const [route, body] of /** @type {const} */ ([['passkey-challenge', {}], ['passkey-register', { email: 'new@example.com' }]])) {
      const answer = await handler(elementRequest(route, body));
      assert.deepEqual([answer.status, await answer.json()], [503, { error: 'passkeys_unavailable', requirement }], `${requirement} ${route}`);
    }
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.outcome === 'passkeys_unavailable');
    assert.ok(line, requirement);
    assert.equal(line.level, 'error');
    assert.match(line.hint, new RegExp(`requirement missing: ${requirement}`));
    assert.match(line.hint, fix);
  }
});

test('throttles: per client address on every passkey route, and per person on sign-up', async () => {
  const handler = handlerWith({ rateLimits: { passkeyPerIp: { max: 2, windowSeconds: 900 }, passkeyRegisterPerIdentifier: { max: 1, windowSeconds: 900 } } });
  const from = (/** @type {string} */ ip, /** @type {string} */ route, /** @type {unknown} */ body = {}) => handler(elementRequest(route, body), { clientIp: ip });
  assert.equal((await from('203.0.113.1', 'passkey-challenge')).status, 200);
  assert.equal((await from('203.0.113.1', 'passkey-register', { email: 'counted@example.com' })).status, 200);
  const third = await from('203.0.113.1', 'passkey-challenge');
  assert.deepEqual([third.status, await third.json()], [429, { error: 'rate_limited' }]);
  assert.ok(Number(third.headers.get('retry-after')) > 0);
  assert.equal((await from('203.0.113.2', 'passkey-challenge')).status, 200, 'another address has its own count');
  const person = await from('203.0.113.3', 'passkey-register', { email: 'Counted@example.com' });
  assert.deepEqual([person.status, await person.json()], [429, { error: 'rate_limited' }]);
});

test('the passkeys option is checked at creation', () => {
  const base = { domain: 'login.example.com', clientId: 'c', clientSecret: 's', sessionSecret: SESSION_SECRET };
  const make = (/** @type {Record<string, unknown>} */ more) => () => createPasswordlessHandler(/** @type {any} */ ({ ...base, ...more }));
  assert.throws(make({ passkeys: 'yes' }), /passkeys/);
  assert.throws(make({ passkeys: { signUp: true } }), /unknown properties: signUp/);
  assert.throws(make({ passkeys: { create: true } }), /databaseConnection/);
  assert.throws(make({ passkeys: { connection: 'has space' } }), /passkeys.connection/);
  assert.throws(make({ databaseConnection: REALM, passkeys: { connection: 'Other', create: true } }), /passkeys.connection/);
  assert.doesNotThrow(make({ passkeys: true }));
  // Creating passkeys is opt-in: it makes every sign-in ask for a My Account token, which needs that API set up first.
  const resolved = (/** @type {Record<string, unknown>} */ more) => resolveOptions(/** @type {any} */ ({ ...base, ...more })).passkeys;
  assert.equal(resolved({ databaseConnection: REALM, passkeys: true })?.create, false);
  assert.equal(resolved({ databaseConnection: REALM, passkeys: { create: true } })?.create, true);
  // With the site's own audience there is no My Account token: no offer to create one.
  assert.equal(resolved({ databaseConnection: REALM, passkeys: { create: true }, audience: 'https://api.example.com/' })?.create, false);
  assert.doesNotThrow(make({ databaseConnection: REALM, passkeys: { connection: 'Other', create: false } }));
});

test("Auth0's documented refusals the emulator does not make name their requirement too", () => {
  /** @param {number} status @param {string} error @param {string} description */
  const of = (status, error, description) => passkeyRequirementOf({ status, error, description });
  assert.equal(of(400, 'invalid_request', 'The request was not made against a custom domain.'), 'custom_domain');
  assert.equal(of(400, 'invalid_request', 'The application is not configured for passkey authentication.'), 'grant');
  assert.equal(of(400, 'invalid_request', 'Third-party applications are not allowed to call this endpoint.'), 'first_party');
  assert.equal(of(400, 'invalid_request', 'The application must be OIDC conformant.'), 'oidc_conformant');
  assert.equal(of(404, 'not_found', ''), 'not_enabled');
  assert.equal(of(400, 'invalid_request', 'The user already exists.'), null);
  assert.equal(of(403, 'invalid_grant', 'The passkey is not registered.'), null);
});

test('MFA after a passkey (Auth0\'s default policy, 403 mfa_required) turns passkeys off with requirement mfa, in both modes', () => {
  const answer = { status: 403, error: 'mfa_required', description: 'Multifactor authentication required' };
  assert.deepEqual(classifyPasskeyAnswer(answer, 'token'), { code: 'passkeys_unavailable', requirement: 'mfa' });
  const failure = tokenFailure({ status: 403, data: { error: 'mfa_required', error_description: answer.description, mfa_token: 'x' }, headers: new Headers(), requestId: undefined }, { myAccount: false });
  assert.deepEqual([failure.status, failure.error, failure.requirement], [503, 'passkeys_unavailable', 'mfa']);
  assert.match(String(failure.hint), /passkey policy/);
});
