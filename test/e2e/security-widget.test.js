// @ts-check
// Security plan, part (c), tests 1–15: the widget in a real browser under attack. The BUILT dist/ on a plain
// node:http "customer site", real auth0-js, the real emulator (SPA mode) and the real server handler (backend
// mode). Each test's name starts with its plan number; SECURITY.md maps every number to a test or a reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { launchBrowser } from '../helpers/browser.js';
import { CANARY_SECRET, messageTo, messagesTo, openProfile, startSecuritySite, uniqueEmail } from '../helpers/security-site.js';

const root = new URL('../..', import.meta.url).pathname;

/** @type {Awaited<ReturnType<typeof startSecuritySite>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  site = await startSecuritySite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The strict policy of test 10; an XSS that got through would show up as a violation (or run). */
const STRICT_CSP = (/** @type {string} */ connect) =>
  `default-src 'none'; script-src 'nonce-{{nonce}}' 'strict-dynamic'; style-src 'self'; connect-src ${connect} 'self'; ` +
  "img-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Payloads from the Lock/DOMPurify corpus; each one, if it ever ran, would set window.__xss. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg/onload=window.__xss=2>',
  "'><script>window.__xss=3</script>",
  '<p>abc<iframe//src=jAva&Tab;script:window.__xss=4>def</p>',
  '<a href="javascript:window.__xss=5">x</a>',
  '${window.__xss=6}{{constructor.constructor("window.__xss=7")()}}',
];
const PAYLOAD = PAYLOADS.join(' ');

/** As a host page would write an attribute value it got from a query string. @param {string} value */
const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** @param {import('playwright-core').Page} page */
const element = (page) => page.locator('passwordless-login');

/** Nothing from a payload became markup, nothing ran. @param {import('playwright-core').Page} page */
async function assertInert(page) {
  const found = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('passwordless-login')].map((el) => /** @type {ShadowRoot} */ (el.shadowRoot))];
    return {
      xss: /** @type {any} */ (window).__xss,
      markup: roots.flatMap((r) => [...r.querySelectorAll('img, svg, script:not([nonce]), iframe, a[href^="javascript"], p p')].map((n) => n.outerHTML)),
    };
  });
  assert.equal(found.xss, undefined, 'no payload ran');
  assert.deepEqual(found.markup, [], 'no payload became markup');
}

/** The element's visible text. @param {import('playwright-core').Page} page */
const shownText = (page) => page.evaluate(() => [...document.querySelectorAll('passwordless-login')].map((el) => el.shadowRoot?.textContent ?? '').join('\n'));

/** Sends a code from the identify step. @param {import('playwright-core').Page} page @param {string} email */
async function sendCode(page, email) {
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Verification code').waitFor();
}

/**
 * Everything a page script can read from storage: no token and no code may be in it.
 * @param {import('playwright-core').Page} page @param {string[]} secrets
 */
async function assertNothingStored(page, secrets) {
  const dump = await page.evaluate(async () => {
    const idb = 'databases' in indexedDB ? await indexedDB.databases() : [];
    const caches = 'caches' in window ? await window.caches.keys() : [];
    return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, idb, caches });
  });
  const parsed = JSON.parse(dump);
  assert.deepEqual(parsed.idb, [], 'nothing in IndexedDB');
  assert.deepEqual(parsed.caches, [], 'nothing in Cache Storage');
  assert.deepEqual(Object.keys(parsed.local), [], 'nothing in localStorage');
  const decoded = decodeURIComponent(decodeURIComponent(dump));
  for (const secret of secrets.filter(Boolean)) {
    assert.ok(!dump.includes(secret) && !decoded.includes(secret), `a secret (${secret.slice(0, 12)}…) is in storage`);
  }
  assert.doesNotMatch(decoded, /eyJ[\w-]+\.eyJ[\w-]+\./, 'no JWT in storage or cookies');
  return parsed;
}

// ---------------------------------------------------------------------------------------------------------------

test('1a: every attribute set to XSS payloads renders nothing executable, under a strict CSP, and talks to no other origin', async () => {
  const names = ['domain', 'client-id', 'connection', 'send', 'redirect-uri', 'audience', 'scope', 'response-type', 'code-length', 'lang'];
  const url = site.page('/hostile-attributes.html', {
    attributes: names.map((name) => `${name}="${attr(PAYLOAD)}"`).join(' '),
    csp: STRICT_CSP(site.emulator.url),
  });
  const p = await openProfile(browser);
  /** @type {string[]} */
  const requests = [];
  p.page.on('request', (request) => requests.push(request.url()));
  await p.page.goto(url);
  await element(p.page).getByRole('textbox').first().fill('alice@example.com');
  await element(p.page).getByRole('button').first().click();
  await element(p.page).getByRole('alert').filter({ hasText: /./ }).waitFor();
  await assertInert(p.page);
  assert.deepEqual(await p.violations(), [], 'no CSP or Trusted Types violation');
  const foreign = requests.filter((u) => !u.startsWith(site.url));
  assert.deepEqual(foreign, [], 'no request left the site');
  assert.ok(p.console.some((line) => /<passwordless-login> misconfigured/.test(line)), 'a config error goes to the console');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('1b: message overrides (every string and every interpolating function) render as text in every step', async () => {
  const source = await readFile(`${root}src/i18n/messages.ts`, 'utf8');
  const keys = [...source.matchAll(/^\s+(\w+)\??:\s*([^;]+);/gm)].filter(([, key]) => !key.startsWith('$') && key !== 'errors');
  const codes = [...(await readFile(`${root}src/auth/login-error.ts`, 'utf8')).matchAll(/^\s+'(\w+)',/gm)].map((m) => m[1]);
  const url = site.page('/hostile-messages.html', { csp: STRICT_CSP(site.emulator.url) });
  const p = await openProfile(browser);
  await p.page.goto(url);
  await p.page.evaluate(({ keys, codes, payload }) => {
    /** @type {Record<string, unknown>} */
    const messages = { errors: Object.fromEntries(codes.map((code) => [code, `${code}:${payload}`])) };
    for (const [key, type] of keys) messages[key] = type.includes('=>') ? (/** @type {unknown[]} */ ...args) => `${key}:${payload}:${args.join('|')}` : `${key}:${payload}`;
    /** @type {any} */ (document.querySelector('passwordless-login')).messages = messages;
  }, { keys: keys.map(([, key, type]) => [key, type]), codes, payload: PAYLOAD });
  const email = uniqueEmail('messages');
  const field = element(p.page).locator('#identifier');
  await field.fill('not an address');
  await field.press('Enter');
  await element(p.page).getByText(`invalid_email:${PAYLOAD}`).waitFor();
  await assertInert(p.page);
  await field.fill(email);
  await field.press('Enter');
  const message = await messageTo(site.emulator.url, email);
  await element(p.page).getByText(/codeSentTo:/).waitFor();
  const wrong = message.code === '000000' ? '000001' : '000000';
  await element(p.page).locator('#code').fill(wrong);
  await element(p.page).getByText(`wrong_code:${PAYLOAD}`).waitFor();
  const text = await shownText(p.page);
  for (const key of ['title', 'codeLabel', 'codeHint', 'codeSentTo', 'resend']) assert.ok(text.includes(`${key}:${PAYLOAD}`), `${key} shown literally`);
  await assertInert(p.page);
  assert.deepEqual(await p.violations(), []);
  await p.close();
});

test('1c: javascript:, data: and foreign URLs in redirect-uri and endpoint are refused before any request, with a console config error', async () => {
  const other = site.url.replace('localhost', '127.0.0.1');
  const cases = [
    `domain="${site.emulator.url}" client-id="demo-spa" redirect-uri="javascript:window.__xss=1//"`,
    `domain="${site.emulator.url}" client-id="demo-spa" redirect-uri="data:text/html,&lt;script&gt;window.__xss=1&lt;/script&gt;"`,
    `domain="${site.emulator.url}" client-id="demo-spa" redirect-uri="//evil.example/callback"`,
    `endpoint="${other}/steal"`,
    'endpoint="//evil.example/auth/passwordless"',
    'endpoint="javascript:window.__xss=1//"',
  ];
  for (const [i, attributes] of cases.entries()) {
    const url = site.page(`/bad-url-${i}.html`, { attributes });
    const p = await openProfile(browser);
    /** @type {string[]} */
    const requests = [];
    p.page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await p.page.goto(url);
    await p.page.getByLabel('Email address').fill('alice@example.com');
    await p.page.getByLabel('Email address').press('Enter');
    await element(p.page).getByText('Sign-in is not available on this site right now').waitFor();
    await assertInert(p.page);
    const calls = requests.filter((r) => !r.startsWith(`GET ${site.url}/`));
    assert.deepEqual(calls, [], `${attributes}: no request but the page's own files`);
    assert.ok(p.console.some((line) => /misconfigured/.test(line)), `${attributes}: the console says why`);
    await p.close();
  }
});

test('2: a hostile but RFC-valid identifier is refused before any request (quoted local part) or echoed only as text', async () => {
  const url = site.page('/spa.html');
  const p = await openProfile(browser);
  await p.page.goto(url);
  const before = site.count('POST /passwordless/start');
  for (const hostile of ['"<svg/onload=window.__xss=1>"@example.com', '"a@attacker.example"@example.com', 'a@attacker.example,b@example.com']) {
    await p.page.getByLabel('Email address').fill(hostile);
    await p.page.getByLabel('Email address').press('Enter');
    await element(p.page).getByText('Enter one email address').waitFor();
  }
  assert.equal(site.count('POST /passwordless/start'), before, 'no request for refused addresses');
  // Valid, but full of characters that mean something in HTML.
  const odd = `o'neil&x=1/y{z}-${Date.now()}@example.com`;
  await sendCode(p.page, odd);
  assert.match(await shownText(p.page), /We sent a code to o•••@example\.com\./);
  await assertInert(p.page);
  // A tampered resume record (another script on the origin wrote it) is still only text after a reload.
  await p.page.evaluate((payload) => {
    for (const key of Object.keys(sessionStorage)) {
      if (!key.startsWith('passwordless-login:')) continue;
      const record = JSON.parse(/** @type {string} */ (sessionStorage.getItem(key)));
      sessionStorage.setItem(key, JSON.stringify({ ...record, maskedRecipient: payload, identifier: payload, recipient: payload }));
    }
  }, PAYLOAD);
  await p.page.reload();
  await element(p.page).getByText(PAYLOAD, { exact: false }).first().waitFor();
  await assertInert(p.page);
  await p.close();
});

test('3: attacker-controlled callback errors show a fixed message, never the description; the URL is scrubbed; nothing hangs', async () => {
  const url = site.page('/spa.html');
  const long = `${'<img src=x onerror="window.__xss=1">'.repeat(3000)}`; // ~100 KB
  const bidi = '\u202Eevil.com\u202C\u2066<b>x</b>\u2069';
  const variants = [
    `#error=access_denied&error_description=${encodeURIComponent(PAYLOAD)}&state=x`,
    `#error=${encodeURIComponent('<img src=x onerror=window.__xss=1>')}&error_description=${encodeURIComponent(long)}`,
    `#error=unauthorized&error_description=${encodeURIComponent(bidi)}&state=${encodeURIComponent(bidi)}`,
  ];
  for (const hash of variants) {
    const p = await openProfile(browser);
    await p.page.goto(`${url}${hash}`);
    await element(p.page).getByRole('button', { name: /Start over|Try again|Send a new link/ }).waitFor();
    const text = await shownText(p.page);
    assert.doesNotMatch(text, /onerror|evil\.com|<b>|unauthorized|access_denied|\u202E/, 'no server or URL text is shown');
    assert.equal(new URL(p.page.url()).hash, '', 'the fragment is gone');
    await assertInert(p.page);
    assert.deepEqual(await p.events('passwordless-authenticated'), []);
    const [error] = await p.events('passwordless-error');
    assert.deepEqual(Object.keys(error.detail).sort(), ['code', 'message', 'recoverable'], 'only allow-listed fields reach the page');
    assert.doesNotMatch(p.console.join('\n'), /onerror|<img/, 'the console hint does not echo markup');
    await p.close();
  }
  // ?error= is not how Auth0 answers SPA mode (it uses the fragment): nothing from it is shown, nothing runs.
  const p = await openProfile(browser);
  await p.page.goto(`${url}?error=access_denied&error_description=${encodeURIComponent(PAYLOAD)}`);
  await p.page.getByLabel('Email address').waitFor();
  assert.doesNotMatch(await shownText(p.page), /onerror|access_denied/);
  await assertInert(p.page);
  // Backend mode's return marker: an unknown error code is never echoed either.
  const backend = site.page('/backend.html', { attributes: 'endpoint="/auth/passwordless"', spa: false });
  await p.page.goto(`${backend}?passwordless=error&code_error=${encodeURIComponent(PAYLOAD)}`);
  await element(p.page).getByRole('button').first().waitFor();
  assert.doesNotMatch(await shownText(p.page), /onerror/);
  assert.equal(new URL(p.page.url()).search, '', 'the return marker is scrubbed');
  await assertInert(p.page);
  await p.close();
});

/**
 * An authorization response the emulator really issued for the ATTACKER's own login (done outside any browser):
 * start a link for the attacker's address with our own state and nonce, follow it, keep the fragment.
 * @param {string} redirectUri
 */
async function attackerResponse(redirectUri) {
  const email = uniqueEmail('attacker');
  const start = await fetch(`${site.emulator.url}/passwordless/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site.url },
    body: JSON.stringify({
      client_id: 'demo-spa', connection: 'email', send: 'link', email,
      authParams: { redirect_uri: redirectUri, response_type: 'token id_token', scope: 'openid profile email', state: 'attacker-state', nonce: 'attacker-nonce' },
    }),
  });
  assert.equal(start.status, 200);
  const message = await messageTo(site.emulator.url, email);
  const followed = await fetch(message.link, { redirect: 'manual' });
  const location = followed.headers.get('location') ?? '';
  assert.match(location, /#access_token=/);
  return new URLSearchParams(location.split('#')[1]);
}

test('4a: a callback with tokens but no state never signs in', async () => {
  const url = site.page('/spa.html');
  const fields = await attackerResponse(url);
  fields.delete('state');
  const p = await openProfile(browser);
  await p.page.goto(`${url}#${fields}`);
  await element(p.page).getByText('cannot be used here').waitFor();
  assert.deepEqual(await p.events('passwordless-authenticated'), []);
  assert.equal(new URL(p.page.url()).hash, '');
  await assertNothingStored(p.page, [/** @type {string} */ (fields.get('access_token')), /** @type {string} */ (fields.get('id_token'))]);
  await p.close();
});

test('4b: a callback with a random state never signs in', async () => {
  const url = site.page('/spa.html');
  const fields = await attackerResponse(url);
  fields.set('state', 'random-state-0123456789');
  const p = await openProfile(browser);
  await p.page.goto(`${url}#${fields}`);
  await element(p.page).getByText('cannot be used here').waitFor();
  assert.deepEqual(await p.events('passwordless-authenticated'), []);
  assert.equal(new URL(p.page.url()).hash, '');
  await p.close();
});

test("4c: the attacker's real tokens with the victim's own (leaked) state never sign in: the nonce does not match", async () => {
  const url = site.page('/spa.html');
  const victim = await openProfile(browser);
  await victim.page.goto(`${url}`);
  await victim.page.evaluate(() => document.querySelector('passwordless-login')?.setAttribute('send', 'link'));
  const email = uniqueEmail('victim');
  await victim.page.getByLabel('Email address').fill(email);
  await victim.page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  const link = new URL((await messageTo(site.emulator.url, email)).link);
  const victimState = /** @type {string} */ (link.searchParams.get('state'));
  assert.ok(victimState, 'the link carries the state of the victim\'s transaction');
  const fields = await attackerResponse(url);
  fields.set('state', victimState);
  await victim.page.goto('about:blank'); // a new document, as when a browser lands on a callback
  await victim.page.goto(`${url}#${fields}`);
  await element(victim.page).getByText(/cannot be used here|could not be verified/).waitFor();
  assert.deepEqual(await victim.events('passwordless-authenticated'), []);
  assert.equal(new URL(victim.page.url()).hash, '');
  await victim.close();
});

test('4d: replaying a callback that already signed in never signs in again', async () => {
  const url = site.page('/spa.html');
  const p = await openProfile(browser);
  /** @type {string[]} */
  const redirects = [];
  p.page.on('response', (response) => {
    const location = response.headers().location;
    if (location?.includes('#access_token=')) redirects.push(location);
  });
  await p.page.goto(url);
  const email = uniqueEmail('replay');
  await sendCode(p.page, email);
  await p.page.getByLabel('Verification code').fill((await messageTo(site.emulator.url, email)).code);
  await p.page.getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal(redirects.length, 1);
  await p.page.goto('about:blank'); // a new document, as when a browser lands on a callback
  await p.page.goto(/** @type {string} */ (redirects[0]));
  await element(p.page).getByText('cannot be used here').waitFor();
  const signedIn = await p.events('passwordless-authenticated');
  assert.equal(signedIn.length, 0, 'no login event on the replayed page');
  assert.equal(new URL(p.page.url()).hash, '');
  await p.close();
});
