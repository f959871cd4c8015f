// @ts-check
// The stand-in provider scripts in Chromium, on a page with a strict CSP and Trusted Types (as the element's pages
// have): each loads from the emulator, renders its widget with DOM methods only, answers like its provider's API, and
// its token passes the emulator's /passwordless/start or the verify stand-in. Zero CSP violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { emulatorClient, APP_ORIGIN } from '../helpers/emulator-client.js';
import { launchBrowser } from '../helpers/browser.js';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {import('node:http').Server} */ let site;
let siteUrl = '';

before(async () => {
  emu = await startEmulator({ port: 0, log: () => {}, config: { ...defaultConfig, rate_limits: { passwordless_start_per_ip_per_hour: 100000 } } });
  c = emulatorClient(emu.url);
  // The page: nothing of its own runs but what the test evaluates; scripts only from the emulator's stand-ins, set
  // through one Trusted Types policy; styles only through the CSSOM.
  const csp = [
    "default-src 'none'", `script-src ${emu.url}/__emulator/stand-ins/`, `connect-src ${emu.url}`,
    "style-src 'none'", "require-trusted-types-for 'script'", 'trusted-types stand-in-loader',
  ].join('; ');
  site = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end('<!doctype html><html lang="en"><head><title>stand-ins</title></head><body><div id="slot"></div></body></html>');
  });
  await new Promise((resolve) => site.listen(0, 'localhost', () => resolve(undefined)));
  const address = site.address();
  siteUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => site.close(() => resolve(undefined)));
  await emu.close();
});

/** A fresh page that records CSP violations. */
async function openPage() {
  const page = await browser.newPage();
  await page.goto(siteUrl);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/**
 * Loads a stand-in through the page's one Trusted Types policy and resolves when its API is there.
 * @param {import('playwright-core').Page} page @param {string} url @param {string} [callback] Arkose's data-callback
 */
function load(page, url, callback) {
  return page.evaluate(([src, cb]) => new Promise((resolve, reject) => {
    const w = /** @type {any} */ (window);
    w.loader ??= w.trustedTypes.createPolicy('stand-in-loader', { createScriptURL: (/** @type {string} */ u) => u });
    const script = document.createElement('script');
    if (cb) {
      script.dataset.callback = cb;
      w[cb] = (/** @type {unknown} */ enforcement) => { w.enforcement = enforcement; resolve(undefined); };
    } else {
      const onload = new URL(src).searchParams.get('onload');
      if (onload) w[onload] = () => resolve(undefined);
      else script.onload = () => resolve(undefined);
    }
    script.onerror = () => reject(new Error('the stand-in did not load'));
    script.src = w.loader.createScriptURL(src);
    document.body.append(script);
  }), [url, callback ?? '']);
}

/**
 * Renders a token-style widget (turnstile, grecaptcha, grecaptcha.enterprise, hcaptcha) into #slot and records its
 * callbacks in window.events.
 * @param {import('playwright-core').Page} page @param {string} api @param {Record<string, unknown>} params
 */
function render(page, api, params) {
  return page.evaluate(([apiPath, p]) => {
    const w = /** @type {any} */ (window);
    w.events = [];
    const target = apiPath.split('.').reduce((o, k) => o[k], w);
    w.widgetId = target.render(document.getElementById('slot'), {
      ...p,
      callback: (/** @type {string} */ token) => w.events.push(['token', token]),
      'expired-callback': () => w.events.push(['expired']),
      'error-callback': (/** @type {string} */ code) => w.events.push(['error', code]),
    });
    return w.widgetId;
  }, /** @type {[string, Record<string, unknown>]} */ ([api, params]));
}

/** @param {import('playwright-core').Page} page @returns {Promise<[string, string?]>} the first event */
async function firstEvent(page) {
  await page.waitForFunction(() => /** @type {any} */ (window).events.length > 0);
  return page.evaluate(() => /** @type {any} */ (window).events[0]);
}

/** @param {import('playwright-core').Page} page */
async function noViolations(page) {
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).violations), []);
}

const standIn = (/** @type {string} */ path) => `${emu.url}/__emulator/stand-ins/${path}`;

/** @param {string} provider @param {string} state @param {string} captcha */
async function startWith(provider, state, captcha) {
  const ch = await c.raw('/passwordless/challenge', { method: 'POST', headers: { 'content-type': 'application/json', origin: APP_ORIGIN }, body: JSON.stringify({ state }) });
  assert.equal(ch.body.provider, provider);
  return c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: `${state}@example.com`, authParams: { state }, captcha });
}

/** @param {unknown} settings */
const setBotDetection = (settings) => c.raw('/__emulator/bot-detection', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(settings) });

test('Turnstile: the pass key answers by itself with the dummy token, which passes Auth0 and siteverify', async () => {
  const page = await openPage();
  await load(page, standIn('challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=tsReady'));
  const id = await render(page, 'turnstile', { sitekey: '1x00000000000000000000AA', language: 'en', appearance: 'always', theme: 'light', retry: 'never' });
  assert.equal(typeof id, 'string');
  assert.deepEqual(await firstEvent(page), ['token', 'XXXX.DUMMY.TOKEN.XXXX']);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).turnstile.getResponse(/** @type {any} */ (window).widgetId)), 'XXXX.DUMMY.TOKEN.XXXX');
  const box = page.getByRole('group', { name: 'Stand-in for Cloudflare Turnstile (test)' });
  assert.equal(await box.getByRole('checkbox').getAttribute('aria-checked'), 'true');
  await setBotDetection({ provider: 'auth0_v2', required: 'always' });
  assert.equal((await startWith('auth0_v2', 'ts-pass', 'XXXX.DUMMY.TOKEN.XXXX')).status, 200);
  // remove() takes the widget away.
  await page.evaluate(() => /** @type {any} */ (window).turnstile.remove(/** @type {any} */ (window).widgetId));
  assert.equal(await box.count(), 0);
  await noViolations(page);
  await page.close();
});

test('Turnstile: the "needs a click" key waits for the click; the block key calls error-callback; reset starts over', async () => {
  const page = await openPage();
  await load(page, standIn('challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=tsReady2'));
  await render(page, 'turnstile', { sitekey: '3x00000000000000000000FF' });
  const box = page.getByRole('group', { name: 'Stand-in for Cloudflare Turnstile (test)' });
  assert.equal(await box.getByRole('checkbox').getAttribute('aria-checked'), 'false');
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).events), []);
  await box.getByRole('checkbox').click();
  assert.deepEqual(await firstEvent(page), ['token', 'XXXX.DUMMY.TOKEN.XXXX']);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.turnstile.reset(w.widgetId);
  });
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).turnstile.getResponse(/** @type {any} */ (window).widgetId)), '');
  assert.equal(await box.getByRole('checkbox').getAttribute('aria-checked'), 'false');
  await page.evaluate(() => /** @type {any} */ (window).turnstile.remove(/** @type {any} */ (window).widgetId));
  await render(page, 'turnstile', { sitekey: '2x00000000000000000000AB' });
  const [kind, code] = await firstEvent(page);
  assert.equal(kind, 'error');
  assert.equal(typeof code, 'string');
  await noViolations(page);
  await page.close();
});

test('reCAPTCHA v2 and Enterprise: a click gives a stand-in token that passes once (siteverify, then Auth0)', async () => {
  const page = await openPage();
  await load(page, standIn('www.recaptcha.net/recaptcha/api.js?hl=en&onload=rcReady'));
  const id = await render(page, 'grecaptcha', { sitekey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' });
  assert.equal(id, 0);
  await page.getByRole('group', { name: 'Stand-in for reCAPTCHA (test)' }).getByRole('checkbox').click();
  const [, token] = await firstEvent(page);
  assert.match(token ?? '', /^stand-in:recaptcha_v2:/);
  const verify = await c.raw('/__emulator/stand-ins/www.google.com/recaptcha/api/siteverify', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ secret: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', response: token ?? '' }).toString(),
  });
  assert.equal(verify.body.success, true);
  assert.equal(verify.body.hostname, 'localhost');

  await load(page, standIn('www.recaptcha.net/recaptcha/enterprise.js?render=explicit&hl=en&onload=rceReady'));
  await page.evaluate(() => /** @type {any} */ (window).grecaptcha.reset(0));
  await render(page, 'grecaptcha.enterprise', { sitekey: 'enterprise-key' });
  await page.getByRole('group', { name: 'Stand-in for reCAPTCHA Enterprise (test)' }).getByRole('checkbox').click();
  const [, enterpriseToken] = await firstEvent(page);
  await setBotDetection({ provider: 'recaptcha_enterprise', required: 'always', site_key: 'enterprise-key' });
  assert.equal((await startWith('recaptcha_enterprise', 'rce', enterpriseToken ?? '')).status, 200);
  assert.equal((await startWith('recaptcha_enterprise', 'rce', enterpriseToken ?? '')).body.error, 'invalid_captcha');
  await noViolations(page);
  await page.close();
});

test('hCaptcha: a click gives the documented test token, which passes siteverify and Auth0', async () => {
  const page = await openPage();
  await load(page, standIn('js.hcaptcha.com/1/api.js?hl=en&onload=hcReady&render=explicit'));
  await render(page, 'hcaptcha', { sitekey: '10000000-ffff-ffff-ffff-000000000001' });
  await page.getByRole('group', { name: 'Stand-in for hCaptcha (test)' }).getByRole('checkbox').click();
  assert.deepEqual(await firstEvent(page), ['token', '10000000-aaaa-bbbb-cccc-000000000001']);
  await setBotDetection({ provider: 'hcaptcha', required: 'always' });
  assert.equal((await startWith('hcaptcha', 'hc', '10000000-aaaa-bbbb-cccc-000000000001')).status, 200);
  await noViolations(page);
  await page.close();
});

test('Friendly Captcha: WidgetInstance calls doneCallback with a stand-in solution that Auth0 takes once', async () => {
  const page = await openPage();
  await load(page, standIn('cdn.jsdelivr.net/npm/friendly-challenge@0.9.12/widget.min.js'));
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.events = [];
    w.fc = new w.friendlyChallenge.WidgetInstance(document.getElementById('slot'), {
      sitekey: 'FCSTANDIN0000000', language: 'en',
      doneCallback: (/** @type {string} */ s) => w.events.push(['token', s]), errorCallback: () => w.events.push(['error']),
    });
  });
  await page.getByRole('group', { name: 'Stand-in for Friendly Captcha (test)' }).getByRole('checkbox').click();
  const [, solution] = await firstEvent(page);
  await setBotDetection({ provider: 'friendly_captcha', required: 'always' });
  assert.equal((await startWith('friendly_captcha', 'fc', solution ?? '')).status, 200);
  await page.evaluate(() => /** @type {any} */ (window).fc.destroy());
  assert.equal(await page.getByRole('group', { name: 'Stand-in for Friendly Captcha (test)' }).count(), 0);
  await noViolations(page);
  await page.close();
});

test('Arkose: the data-callback gets the enforcement object; setConfig → onReady, run() → a click → onCompleted({ token })', async () => {
  const page = await openPage();
  await load(page, standIn('client-api.arkoselabs.com/v2/ARK-KEY/api.js'), 'arkoseCallback_1');
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.events = [];
    w.enforcement.setConfig({
      onReady: () => w.events.push(['ready']), onShown: () => w.events.push(['shown']),
      onCompleted: (/** @type {{ token: string }} */ r) => w.events.push(['token', r.token]), onError: () => w.events.push(['error']),
    });
  });
  assert.deepEqual(await firstEvent(page), ['ready']);
  await page.evaluate(() => /** @type {any} */ (window).enforcement.run());
  await page.getByRole('dialog', { name: 'Stand-in for Arkose Labs (test)' }).getByRole('checkbox').click();
  await page.waitForFunction(() => /** @type {any} */ (window).events.some((/** @type {string[]} */ e) => e[0] === 'token'));
  const token = await page.evaluate(() => /** @type {any} */ (window).events.find((/** @type {string[]} */ e) => e[0] === 'token')[1]);
  assert.equal(await page.getByRole('dialog').count(), 0, 'the lightbox closes');
  await setBotDetection({ provider: 'arkose', required: 'always', site_key: 'ARK-KEY' });
  assert.equal((await startWith('arkose', 'ark', token)).status, 200);
  await noViolations(page);
  await page.close();
});
