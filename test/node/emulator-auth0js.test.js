// @ts-check
// Real, unmodified auth0-js 10.2.1 in Chromium against the emulator, from a page on another
// localhost port: email code, email link, SMS code, checkSession, logout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { startTestPage } from '../helpers/emulator-page.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {Awaited<ReturnType<typeof startTestPage>>} */ let app;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  app = await startTestPage();
  emu = await startEmulator({
    port: 0,
    config: {
      clients: [{
        client_id: 'test-spa', app_type: 'spa',
        callbacks: [`${app.origin}/callback.html`, `${crossSite()}/callback.html`],
        allowed_origins: [app.origin, crossSite()], allowed_logout_urls: [`${app.origin}/bye.html`],
        cross_origin_loc: `${app.origin}/fallback.html`,
      }],
      connections: { email: {}, sms: {} },
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await emu?.close();
  await app?.close();
});

/** The same test page, reached as 127.0.0.1: cross-site to an emulator on localhost. */
const crossSite = () => app.origin.replace('localhost', '127.0.0.1');

/** The WebAuth options a real app would use. @param {string} [origin] */
function webAuthOptions(origin = app.origin) {
  return {
    domain: emu.url, clientID: 'test-spa', redirectUri: `${origin}/callback.html`,
    responseType: 'token id_token', scope: 'openid profile email', overrides: { __token_issuer: `${emu.url}/` },
  };
}

/** @param {import('playwright-core').Page} page @param {string} [origin] */
async function init(page, origin) {
  await page.evaluate((o) => { /** @type {any} */ (window).webAuth = new /** @type {any} */ (window).auth0.WebAuth(o); }, webAuthOptions(origin));
}

/**
 * Calls a WebAuth method with a node-style callback inside the page.
 * @param {import('playwright-core').Page} page @param {string} method @param {unknown} options
 * @returns {Promise<{ err: any, result: any }>}
 */
function call(page, method, options) {
  return page.evaluate(([m, o]) => new Promise((resolve) => {
    /** @type {any} */ (window).webAuth[/** @type {string} */ (m)](o, (/** @type {any} */ err, /** @type {any} */ result) => resolve({ err, result }));
  }), /** @type {const} */ ([method, options]));
}

/** @param {import('playwright-core').Page} page @param {string} [origin] */
async function parseHash(page, origin) {
  await init(page, origin);
  return page.evaluate(() => new Promise((resolve) => {
    /** @type {any} */ (window).webAuth.parseHash({}, (/** @type {any} */ err, /** @type {any} */ result) => resolve({ err, result }));
  }));
}

/** @param {import('playwright-core').Page} page @param {Record<string, string>} login */
async function codeLogin(page, login) {
  const callback = page.waitForURL(`${app.origin}/callback.html#**`);
  await page.evaluate((l) => { /** @type {any} */ (window).webAuth.passwordlessLogin(l, (/** @type {any} */ err) => { /** @type {any} */ (window).loginError = err; }); }, login);
  await callback;
  return /** @type {Promise<{ err: any, result: any }>} */ (parseHash(page));
}

/**
 * Runs a test in a fresh browser context on the test page, with auth0-js initialised; the context is closed after.
 * @param {(page: import('playwright-core').Page, context: import('playwright-core').BrowserContext) => Promise<void>} fn
 * @param {string} [origin] the test page's origin (default: app.origin)
 */
async function withPage(fn, origin = app.origin) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await init(page, origin);
    await fn(page, context);
  } finally {
    await context.close();
  }
}

/** The emulator's session cookies as the browser stored them. @param {import('playwright-core').BrowserContext} context */
async function emulatorCookies(context) {
  return (await context.cookies()).filter((c) => c.name.startsWith('emulator_session'))
    .map(({ name, httpOnly, secure, sameSite, path }) => ({ name, httpOnly, secure, sameSite, path }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

test('email code: passwordlessStart, outbox, passwordlessLogin, parseHash validates the RS256 ID token', () => withPage(async (page, context) => {
  const started = await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'alice@example.com' });
  assert.equal(started.err, null);
  assert.equal(started.result.email, 'alice@example.com');
  const code = emu.outbox.latest('alice@example.com')?.code;
  assert.match(code ?? '', /^\d{6}$/);
  const { err, result } = await codeLogin(page, { connection: 'email', email: 'alice@example.com', verificationCode: code ?? '' });
  assert.equal(err, null, JSON.stringify(err));
  assert.equal(result.idTokenPayload.email, 'alice@example.com');
  assert.equal(result.idTokenPayload.email_verified, true);
  assert.equal(result.idTokenPayload.iss, `${emu.url}/`);
  assert.match(result.idTokenPayload.sub, /^email\|/);
  assert.ok(result.accessToken);
  // Same site (another localhost port): Chromium keeps both session cookies, the SameSite=None one Secure on http://localhost.
  assert.deepEqual(await emulatorCookies(context), [
    { name: 'emulator_session', httpOnly: true, secure: true, sameSite: 'None', path: '/' },
    { name: 'emulator_session_compat', httpOnly: true, secure: false, sameSite: 'Lax', path: '/' },
  ]);

  const info = await page.evaluate((t) => new Promise((resolve) => {
    /** @type {any} */ (window).webAuth.client.userInfo(t, (/** @type {any} */ e, /** @type {any} */ u) => resolve({ e, u }));
  }), result.accessToken);
  assert.equal(/** @type {any} */ (info).u.email, 'alice@example.com');

  // checkSession works after login...
  const session = await call(page, 'checkSession', {});
  assert.equal(session.err, null, JSON.stringify(session.err));
  assert.equal(session.result.idTokenPayload.email, 'alice@example.com');

  // ...and fails with login_required after logout.
  const bye = page.waitForURL(`${app.origin}/bye.html`);
  await page.evaluate(() => { /** @type {any} */ (window).webAuth.logout({ returnTo: `${location.origin}/bye.html`, clientID: 'test-spa' }); });
  await bye;
  await init(page);
  const after = await call(page, 'checkSession', {});
  assert.equal(after.err?.error, 'login_required');
}));

test('a wrong code comes back to auth0-js as access_denied with the Auth0 text', () => withPage(async (page) => {
  await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'wrong@example.com' });
  const code = emu.outbox.latest('wrong@example.com')?.code;
  const wrong = code === '000000' ? '000001' : '000000';
  const r = await call(page, 'passwordlessLogin', { connection: 'email', email: 'wrong@example.com', verificationCode: wrong });
  assert.equal(r.err.error, 'access_denied');
  assert.equal(r.err.error_description, 'Wrong email or verification code.');
}));

test('email link: the outbox link lands on the callback and parseHash validates it', () => withPage(async (page) => {
  const started = await call(page, 'passwordlessStart', { connection: 'email', send: 'link', email: 'bob@example.com' });
  assert.equal(started.err, null);
  const link = emu.outbox.latest('bob@example.com')?.link ?? '';
  assert.ok(link.startsWith(`${emu.url}/passwordless/verify_redirect?`));
  assert.match(link, /protocol=oauth2/);
  await page.goto(link);
  assert.ok(page.url().startsWith(`${app.origin}/callback.html#`));
  const { err, result } = /** @type {any} */ (await parseHash(page));
  assert.equal(err, null, JSON.stringify(err));
  assert.equal(result.idTokenPayload.email, 'bob@example.com');
  const session = await call(page, 'checkSession', {});
  assert.equal(session.err, null);
  // The link is single use.
  await page.goto(link);
  assert.match(page.url(), /#error=access_denied/);
}));

test('SMS code: passwordlessStart with a phone number, passwordlessLogin, parseHash', () => withPage(async (page) => {
  const started = await call(page, 'passwordlessStart', { connection: 'sms', send: 'code', phoneNumber: '+15551234567' });
  assert.equal(started.err, null, JSON.stringify(started.err));
  const message = emu.outbox.latest('+15551234567');
  assert.equal(message?.channel, 'sms');
  assert.match(message?.text ?? '', /#\d{6}$/);
  const { err, result } = /** @type {any} */ (await codeLogin(page, { connection: 'sms', phoneNumber: '+15551234567', verificationCode: message?.code ?? '' }));
  assert.equal(err, null, JSON.stringify(err));
  assert.equal(result.idTokenPayload.phone_number, '+15551234567');
  assert.equal(result.idTokenPayload.phone_number_verified, true);
  assert.match(result.idTokenPayload.sub, /^sms\|/);
}));

test('the message speaks xRequestLanguage (auth0-js sends it as X-Request-Language), else the browser\'s language', async () => {
  await withPage(async (page) => {
    assert.equal((await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'dana@example.com', xRequestLanguage: 'he' })).err, null);
    const hebrew = emu.outbox.latest('dana@example.com');
    assert.ok(hebrew?.text.startsWith(`קוד האימות שלך הוא ${hebrew.code}`), hebrew?.text);
    assert.equal((await call(page, 'passwordlessStart', { connection: 'sms', send: 'code', phoneNumber: '+15557654321', xRequestLanguage: 'zh-TW' })).err, null);
    const traditional = emu.outbox.latest('+15557654321');
    assert.ok(traditional?.text.startsWith(`您的驗證碼是 ${traditional.code}`), traditional?.text);
  });
  // A German browser, no xRequestLanguage: Auth0 takes Accept-Language.
  const context = await browser.newContext({ locale: 'de-DE' });
  try {
    const page = await context.newPage();
    await page.goto(`${app.origin}/`);
    await init(page);
    assert.equal((await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'jonas@example.com' })).err, null);
    const german = emu.outbox.latest('jonas@example.com');
    assert.ok(german?.text.startsWith(`Ihr Bestätigungscode lautet ${german.code}`), german?.text);
  } finally {
    await context.close();
  }
});

test('cross-origin fallback: when the session cookie does not reach /authorize, /co/verify recovers it', () => withPage(async (page, context) => {
  await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'fallback@example.com' });
  const code = emu.outbox.latest('fallback@example.com')?.code ?? '';
  // Lose the emulator's session cookie between /co/authenticate and /authorize.
  await page.evaluate((c) => {
    const w = /** @type {any} */ (window);
    w.webAuth.passwordlessLogin({ connection: 'email', email: 'fallback@example.com', verificationCode: c, onRedirecting: (/** @type {() => void} */ done) => { w.redirectNow = done; } }, () => {});
  }, code);
  await page.waitForFunction(() => typeof (/** @type {any} */ (window)).redirectNow === 'function');
  await context.clearCookies({ name: /^emulator_session/ });
  const callback = page.waitForURL(`${app.origin}/callback.html#**`);
  await page.evaluate(() => { /** @type {any} */ (window).redirectNow(); });
  await callback;
  const { err, result } = /** @type {any} */ (await parseHash(page));
  assert.equal(err, null, JSON.stringify(err));
  assert.equal(result.idTokenPayload.email, 'fallback@example.com');
  const session = await call(page, 'checkSession', {});
  assert.equal(session.err, null, 'the fallback set the session cookie first-party');
}));

test('127.0.0.1 page against a localhost emulator is cross-site: code login fails like Safari/ITP', () => withPage(async (page, context) => {
  const origin = crossSite();
  await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'itp@example.com' });
  const code = emu.outbox.latest('itp@example.com')?.code ?? '';
  const callback = page.waitForURL(`${origin}/callback.html#**`, { timeout: 20_000 });
  await page.evaluate((c) => { /** @type {any} */ (window).webAuth.passwordlessLogin({ connection: 'email', email: 'itp@example.com', verificationCode: c }, () => {}); }, code);
  await callback;
  const { err } = /** @type {any} */ (await parseHash(page, origin));
  assert.equal(err?.error, 'invalid_request');
  assert.equal(err?.errorDescription, 'No verifier returned from client.');
  // The browser itself refused the cross-site /co/authenticate cookies (SameSite=None is a third-party cookie here).
  assert.deepEqual(await emulatorCookies(context), []);
}, crossSite()));

test('client.passwordless.verify (CORS, no credentials) checks a code without using it; passwordlessVerify with a send:"code" code is refused at verify_redirect (link-issued)', () => withPage(async (page) => {
  await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'verify@example.com' });
  const code = emu.outbox.latest('verify@example.com')?.code ?? '';
  /** @param {string} verificationCode */
  const check = (verificationCode) => page.evaluate((o) => new Promise((resolve) => {
    /** @type {any} */ (window).webAuth.client.passwordless.verify(o, (/** @type {any} */ err, /** @type {any} */ result) => resolve({ err, result }));
  }), { connection: 'email', email: 'verify@example.com', verificationCode, clientID: 'test-spa' });
  const wrong = /** @type {any} */ (await check(code === '000000' ? '000001' : '000000'));
  assert.equal(wrong.err?.code, 'access_denied');
  assert.equal(wrong.err?.description, 'Wrong email or verification code.');
  assert.equal(wrong.err?.statusCode, 403);
  const right = /** @type {any} */ (await check(code));
  assert.equal(right.err, null, JSON.stringify(right.err));
  assert.deepEqual(right.result, {});
  // passwordlessVerify: /passwordless/verify again (still unused), then the top-level verify_redirect, which (default
  // link-issued) refuses a typed send:"code" code and redirects back with Auth0's text.
  const callback = page.waitForURL(`${app.origin}/callback.html#**`);
  await page.evaluate((c) => { /** @type {any} */ (window).webAuth.passwordlessVerify({ connection: 'email', email: 'verify@example.com', verificationCode: c }, (/** @type {any} */ err) => { /** @type {any} */ (window).verifyError = err; }); }, code);
  await callback;
  const { err } = /** @type {any} */ (await parseHash(page));
  assert.equal(err?.error, 'access_denied');
  assert.equal(err?.errorDescription, 'Wrong email or verification code.');
}));

test('C′ from a cross-site page: a code typed from a link email, passwordlessVerify with the start\'s state and nonce, signs in with no third-party cookie', () => withPage(async (page, context) => {
  const origin = crossSite();
  const email = 'typed-link@example.com';
  const started = await call(page, 'passwordlessStart', { connection: 'email', send: 'link', email, authParams: { state: 'c-prime-state', nonce: 'c-prime-nonce' } });
  assert.equal(started.err, null, JSON.stringify(started.err));
  const message = emu.outbox.latest(email);
  assert.ok(message?.link && message.text.includes(`Or enter this code: ${message.code}`), message?.text);
  const callback = page.waitForURL(`${origin}/callback.html#**`);
  await page.evaluate((c) => {
    /** @type {any} */ (window).webAuth.passwordlessVerify({ connection: 'email', email: 'typed-link@example.com', verificationCode: c, state: 'c-prime-state', nonce: 'c-prime-nonce' }, (/** @type {any} */ err) => { /** @type {any} */ (window).verifyError = err; });
  }, message.code);
  await callback;
  const { err, result } = /** @type {any} */ (await parseHash(page, origin));
  assert.equal(err, null, JSON.stringify(err));
  assert.equal(result.idTokenPayload.email, email);
  assert.equal(result.idTokenPayload.nonce, 'c-prime-nonce');
  assert.equal(result.state, 'c-prime-state');
  // The session cookies were set on a top-level response: first-party, kept even though this page is cross-site.
  assert.deepEqual((await emulatorCookies(context)).map((c) => c.name), ['emulator_session', 'emulator_session_compat']);
}, crossSite()));

test('webAuth.authorize() without a session goes through the hosted login page and back', () => withPage(async (page) => {
  await page.evaluate(() => { /** @type {any} */ (window).webAuth.authorize({ login_hint: 'x' }); });
  await page.waitForURL(`${emu.url}/u/login?state=**`);
  await page.fill('#identifier', 'carol@example.com');
  await page.click('button[type=submit]');
  await page.waitForURL(`${emu.url}/u/login/code?state=**`);
  await page.fill('#code', emu.outbox.latest('carol@example.com')?.code ?? '');
  const callback = page.waitForURL(`${app.origin}/callback.html#**`);
  await page.click('form[action="/u/login/code"] button[type=submit]');
  await callback;
  const { err, result } = /** @type {any} */ (await parseHash(page));
  assert.equal(err, null, JSON.stringify(err));
  assert.equal(result.idTokenPayload.email, 'carol@example.com');
}));

test('path G from a cross-site page: webAuth.authorize({ connection, login_hint }) opens the code step with a new code, then signs in', () => withPage(async (page) => {
  const origin = crossSite();
  await call(page, 'passwordlessStart', { connection: 'email', send: 'code', email: 'path-g@example.com' });
  const first = emu.outbox.latest('path-g@example.com');
  await page.evaluate(() => { /** @type {any} */ (window).webAuth.authorize({ connection: 'email', login_hint: 'path-g@example.com' }); });
  await page.waitForURL(`${emu.url}/u/login/code?state=**`);
  assert.equal(await page.textContent('#sent-to'), 'We sent a code to path-g@example.com.');
  const second = emu.outbox.latest('path-g@example.com');
  assert.notEqual(second?.id, first?.id, 'a new code was sent');
  await page.fill('#code', second?.code ?? '');
  const callback = page.waitForURL(`${origin}/callback.html#**`);
  await page.click('#code-submit');
  await callback;
  const { err, result } = /** @type {any} */ (await parseHash(page, origin));
  assert.equal(err, null, JSON.stringify(err));
  assert.equal(result.idTokenPayload.email, 'path-g@example.com');
}, crossSite()));
