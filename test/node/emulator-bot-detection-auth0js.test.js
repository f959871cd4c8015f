// @ts-check
// Real auth0-js in Chromium against the emulator with Bot Detection on (provider auth0, always): getChallenge gives
// a picture, a start without (or with a wrong) answer is `invalid_captcha`, the answer from the dev API signs in.
// auth0-js's own renderer (renderPasswordlessCaptcha) shows the emulator's picture too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { startTestPage } from '../helpers/emulator-page.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {Awaited<ReturnType<typeof startTestPage>>} */ let app;
/** @type {import('playwright-core').Browser} */ let browser;
const STATE = 'bot-detection-state-1';

before(async () => {
  app = await startTestPage();
  emu = await startEmulator({
    port: 0,
    log: () => {},
    config: {
      clients: [{ client_id: 'test-spa', app_type: 'spa', callbacks: [`${app.origin}/callback.html`], allowed_origins: [app.origin] }],
      connections: { email: {} },
      bot_detection: { provider: 'auth0', required: 'always' },
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await emu?.close();
  await app?.close();
});

/** @param {import('playwright-core').Page} page */
async function init(page) {
  await page.evaluate((o) => { /** @type {any} */ (window).webAuth = new /** @type {any} */ (window).auth0.WebAuth(o); }, {
    domain: emu.url, clientID: 'test-spa', redirectUri: `${app.origin}/callback.html`, responseType: 'token id_token',
    scope: 'openid profile email', state: STATE, nonce: 'bot-nonce', overrides: { __token_issuer: `${emu.url}/` },
  });
}

/** @param {import('playwright-core').Page} page @returns {Promise<{ err: any, result: any }>} */
const getChallenge = (page) => page.evaluate(() => new Promise((resolve) => {
  /** @type {any} */ (window).webAuth.client.passwordless.getChallenge((/** @type {any} */ err, /** @type {any} */ result) => resolve({ err, result }));
}));

/** @param {import('playwright-core').Page} page @param {Record<string, unknown>} options @returns {Promise<{ err: any, result: any }>} */
const start = (page, options) => page.evaluate((o) => new Promise((resolve) => {
  /** @type {any} */ (window).webAuth.passwordlessStart(o, (/** @type {any} */ err, /** @type {any} */ result) => resolve({ err, result }));
}), options);

const answer = async () => /** @type {{ answer: string }} */ (await (await fetch(`${emu.url}/__emulator/captcha?state=${STATE}`)).json()).answer;

test('auth0-js: getChallenge, invalid_captcha without or with a wrong answer, then the right answer sends and signs in', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${app.origin}/`);
    await init(page);
    const first = await getChallenge(page);
    assert.equal(first.err, null);
    assert.equal(first.result.required, true);
    assert.equal(first.result.provider, 'auth0');
    assert.equal(first.result.type, 'code');
    assert.match(first.result.image, /^data:image\/svg\+xml;base64,/);

    const none = await start(page, { connection: 'email', send: 'code', email: 'bot@example.com' });
    assert.equal(none.err?.code, 'invalid_captcha', JSON.stringify(none.err));
    assert.equal(emu.outbox.list().length, 0);
    await getChallenge(page);
    const right = await answer();
    const wrong = await start(page, { connection: 'email', send: 'code', email: 'bot@example.com', captcha: right === 'AAAA' ? 'CCCC' : 'AAAA' });
    assert.equal(wrong.err?.code, 'invalid_captcha');
    assert.equal(emu.outbox.list().length, 0);

    await getChallenge(page);
    const ok = await start(page, { connection: 'email', send: 'code', email: 'bot@example.com', captcha: await answer() });
    assert.equal(ok.err, null, JSON.stringify(ok.err));
    const code = emu.outbox.latest('bot@example.com')?.code ?? '';
    const callback = page.waitForURL(`${app.origin}/callback.html#**`);
    await page.evaluate((c) => { /** @type {any} */ (window).webAuth.passwordlessLogin({ connection: 'email', email: 'bot@example.com', verificationCode: c }, () => {}); }, code);
    await callback;
    await init(page);
    const parsed = await page.evaluate(() => new Promise((resolve) => {
      /** @type {any} */ (window).webAuth.parseHash({}, (/** @type {any} */ err, /** @type {any} */ result) => resolve({ err, email: result?.idTokenPayload?.email }));
    }));
    assert.deepEqual(parsed, { err: null, email: 'bot@example.com' });
  } finally {
    await context.close();
  }
});

test("auth0-js's own renderer shows the emulator's picture and takes its answer", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${app.origin}/`);
    await init(page);
    await page.evaluate(() => new Promise((resolve) => {
      const w = /** @type {any} */ (window);
      const el = document.createElement('div');
      document.body.append(el);
      w.captcha = w.webAuth.renderPasswordlessCaptcha(el, {}, resolve);
    }));
    const src = await page.locator('.captcha-challenge img').getAttribute('src');
    assert.match(src ?? '', /^data:image\/svg\+xml;base64,/);
    // The picture is drawn: it has a size once loaded.
    await page.waitForFunction(() => /** @type {HTMLImageElement} */ (document.querySelector('.captcha-challenge img')).naturalWidth > 0);
    await page.locator('input[name="captcha"]').fill(await answer());
    const ok = await page.evaluate(() => new Promise((resolve) => {
      const w = /** @type {any} */ (window);
      w.webAuth.passwordlessStart({ connection: 'email', send: 'code', email: 'render@example.com', captcha: w.captcha.getValue() },
        (/** @type {any} */ err) => resolve(err));
    }));
    assert.equal(ok, null);
  } finally {
    await context.close();
  }
});
