// @ts-check
// Security plan, part (c), tests 1–15: the widget in a real browser under attack. The BUILT dist/ on a plain
// node:http "customer site", real auth0-js, the real emulator (SPA mode) and the real server handler (backend
// mode). Each test's name starts with its plan number; SECURITY.md maps every number to a test or a reason.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { launchBrowser } from '../helpers/browser.js';
import { CANARY_SECRET, askForLink, messageTo, messagesTo, openProfile, startSecuritySite, strictCsp, uniqueEmail } from '../helpers/security-site.js';

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
// Faults and token defects are global to the emulator: none may leak from one test into the next.
beforeEach(() => site.clearFaults());

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
  // localStorage holds only the per-address send limit (a hashed name, times, no address), the last link's address,
  // and the marker that this browser signed in here (so that a reload checks the session), which holds no secret.
  for (const [key, value] of Object.entries(parsed.local)) {
    assert.match(key, /^passwordless-login:(sent:[0-9a-z]+|link:[\w.:/-]+|signed-in:[\w.:/-]+)$/, `only the element's own entries in localStorage: ${key}`);
    if (key.includes(':sent:')) assert.doesNotMatch(String(value), /@|\+\d/, 'the send limit names no address or number');
    if (key.includes(':signed-in:')) assert.equal(value, '1', 'the signed-in marker is only a marker');
  }
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
    csp: strictCsp(site.emulator.url),
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
  const codes = [...(await readFile(`${root}protocol/error-codes.js`, 'utf8')).matchAll(/^\s+'(\w+)',/gm)].map((m) => m[1]);
  const url = site.page('/hostile-messages.html', { csp: strictCsp(site.emulator.url) });
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
  await field.focus(); await p.page.keyboard.press('Enter'); // the step changes as it sends
  const message = await messageTo(site.emulator.url, email);
  await element(p.page).getByText(/codeSentTo:/).waitFor();
  const wrong = message.code === '000000' ? '000001' : '000000';
  await element(p.page).locator('#code').fill(wrong);
  await element(p.page).getByText(`wrong_code:${PAYLOAD}`).waitFor();
  const text = await shownText(p.page);
  for (const key of ['checkEmailTitle', 'codeLabel', 'codeHint', 'codeSentTo', 'resend']) assert.ok(text.includes(`${key}:${PAYLOAD}`), `${key} shown literally`);
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
    await p.page.getByLabel('Email address').focus(); await p.page.keyboard.press('Enter');
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
    await p.page.getByLabel('Email address').focus(); await p.page.keyboard.press('Enter');
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

test('4b: a callback with a random state never signs in: it looks like a link from another browser, and Continue signs in only who has a session here, never the attacker', async () => {
  const url = site.page('/spa.html');
  const fields = await attackerResponse(url);
  fields.set('state', 'random-state-0123456789');
  const p = await openProfile(browser);
  await p.page.goto(`${url}#${fields}`);
  // The tokens are not used; the question names their account, as a link opened in another browser would.
  await element(p.page).getByText('was asked for in another browser or on another device').waitFor();
  assert.deepEqual(await p.events('passwordless-authenticated'), []);
  assert.equal(new URL(p.page.url()).hash, '');
  await assertNothingStored(p.page, [/** @type {string} */ (fields.get('access_token')), /** @type {string} */ (fields.get('id_token'))]);
  // This browser has no Auth0 session of the attacker's: the fresh sign-in finds none, and nobody is signed in.
  await element(p.page).getByRole('button', { name: 'Continue' }).click();
  await element(p.page).getByText('cannot be used here').waitFor();
  assert.deepEqual(await p.events('passwordless-authenticated'), []);
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
  // Its state was used: the tokens are not taken again; the page asks, as for a link from another browser.
  await element(p.page).getByText(/cannot be used here|was asked for in another browser/).waitFor();
  const signedIn = await p.events('passwordless-authenticated');
  assert.equal(signedIn.length, 0, 'no login event on the replayed page');
  assert.equal(new URL(p.page.url()).hash, '');
  await p.close();
});

/**
 * A whole SPA code login; returns what must never be stored or logged.
 * @param {Awaited<ReturnType<typeof openProfile>>} p @param {string} url @param {string} tag
 */
async function spaCodeLogin(p, url, tag) {
  await p.page.goto(url);
  const email = uniqueEmail(tag);
  await sendCode(p.page, email);
  const { code } = await messageTo(site.emulator.url, email);
  await p.page.getByLabel('Verification code').fill(code);
  await p.page.getByText(`You are signed in as ${email}.`).waitFor();
  const [signedIn] = await p.events('passwordless-authenticated');
  return { email, code, accessToken: signedIn.detail.authResult.accessToken, idToken: signedIn.detail.authResult.idToken };
}

const DEFECTS = ['alg_none', 'hs256', 'bad_signature', 'unknown_kid', 'wrong_iss', 'wrong_aud', 'wrong_nonce', 'missing_nonce', 'expired', 'future_iat', 'wrong_at_hash'];

test('5: ID-token validation matrix (SPA mode, real auth0-js): every defect ends without a login, with one generic message and no /userinfo call', async (t) => {
  const url = site.page('/spa.html');
  try {
    for (const defect of DEFECTS) {
      await t.test(`5: ${defect}`, async () => {
        await site.tokenFault(defect);
        const p = await openProfile(browser);
        const userinfo = site.count('GET /userinfo');
        await p.page.goto(url);
        const email = uniqueEmail(`token-${defect}`);
        await sendCode(p.page, email);
        await p.page.getByLabel('Verification code').fill((await messageTo(site.emulator.url, email)).code);
        await element(p.page).getByText('The sign-in could not be verified. Please start again.').waitFor();
        assert.deepEqual(await p.events('passwordless-authenticated'), [], 'no login event');
        const [error] = await p.events('passwordless-error');
        assert.equal(error.detail.code, 'invalid_response');
        assert.doesNotMatch(await shownText(p.page), /nonce|issuer|audience|signature|alg|kid|at_hash|iat|exp\b/i, 'one generic message');
        assert.equal(site.count('GET /userinfo'), userinfo, 'no /userinfo fallback');
        assert.equal(new URL(p.page.url()).hash, '');
        await p.close();
      });
    }
  } finally {
    await site.clearFaults();
  }
});

test('5: device clock skew: 90 s either way still signs in; a clock 15 minutes behind is refused with the generic message and a console hint', async () => {
  const url = site.page('/spa.html');
  for (const [skew, ok] of /** @type {const} */ ([[90_000, true], [-90_000, true], [-15 * 60_000, false]])) {
    const p = await openProfile(browser);
    await p.page.clock.setSystemTime(Date.now() + skew);
    await p.page.goto(url);
    const email = uniqueEmail('skew');
    await sendCode(p.page, email);
    await p.page.getByLabel('Verification code').fill((await messageTo(site.emulator.url, email)).code);
    if (ok) {
      await p.page.getByText(`You are signed in as ${email}.`).waitFor();
    } else {
      await element(p.page).getByText('The sign-in could not be verified. Please start again.').waitFor();
      assert.deepEqual(await p.events('passwordless-authenticated'), []);
      assert.ok(p.console.some((line) => /clock/i.test(line)), 'the console names the device clock');
    }
    await p.close();
  }
});

/** Records history.replaceState calls (the scrub) with their time, from before any page script runs. */
const RECORD_SCRUB = () => {
  const w = /** @type {any} */ (window);
  w.__scrubs = [];
  const original = history.replaceState;
  history.replaceState = function (/** @type {any[]} */ ...args) {
    w.__scrubs.push({ at: performance.now(), to: String(args[2]), length: history.length });
    return original.apply(this, /** @type {any} */ (args));
  };
};

/**
 * Callback page checks: the first scrub happened before any request but the element's own code; the history entry
 * was replaced, not added; no request URL or Referer ever carried a secret.
 * @param {import('playwright-core').Page} page @param {string[]} requests @param {string[]} secrets
 */
async function assertScrubbedFirst(page, requests, secrets) {
  const { scrubs, entries, length } = await page.evaluate(() => ({
    scrubs: /** @type {any} */ (window).__scrubs,
    entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
    length: history.length,
  }));
  assert.ok(scrubs.length >= 1, 'the URL was scrubbed');
  const [first] = scrubs;
  assert.doesNotMatch(first.to, /token|state=|code|error|passwordless=/, 'the scrubbed URL is clean');
  assert.equal(length, first.length, 'history.length did not grow');
  const before = entries.filter((e) => e.start < first.at).map((e) => e.name);
  const foreign = before.filter((name) => !name.startsWith(`${site.url}/dist/`) || !name.endsWith('.js'));
  assert.deepEqual(foreign, [], 'only the element\'s own code was fetched before the scrub');
  for (const secret of secrets.filter(Boolean)) {
    assert.ok(!requests.some((line) => line.includes(secret)), `no request carried ${secret.slice(0, 10)}…`);
  }
}

/** @param {import('playwright-core').Page} page */
function recordRequests(page) {
  /** @type {string[]} */
  const lines = [];
  page.on('request', (request) => lines.push(`${request.method()} ${request.url()} referer=${request.headers().referer ?? ''} ${request.postData() ?? ''}`));
  return lines;
}

test('6: URL scrubbing: success and failure callbacks are scrubbed before any other request, in place, never leaking to Referer or history', async () => {
  const url = site.page('/spa.html');
  // SPA success.
  const p = await openProfile(browser);
  await p.context.addInitScript(RECORD_SCRUB);
  const requests = recordRequests(p.page);
  /** @type {string[]} */
  const redirects = [];
  p.page.on('response', (response) => {
    const location = response.headers().location;
    if (location?.includes('#access_token=')) redirects.push(location);
  });
  const login = await spaCodeLogin(p, url, 'scrub');
  const state = new URLSearchParams(redirects[0]?.split('#')[1]).get('state') ?? '';
  await assertScrubbedFirst(p.page, requests.filter((line) => !line.includes('/authorize?')), [login.accessToken, login.idToken, state]);
  await p.page.goBack();
  assert.doesNotMatch(p.page.url(), /token/, 'back never shows a token URL');
  await p.page.goForward();
  assert.doesNotMatch(p.page.url(), /token|#/, 'forward never shows a token URL');
  await p.close();
  // SPA failure (a forged response).
  const forged = await attackerResponse(url);
  const f = await openProfile(browser);
  await f.context.addInitScript(RECORD_SCRUB);
  const forgedRequests = recordRequests(f.page);
  await f.page.goto(`${url}#${forged}`);
  await element(f.page).getByText(/cannot be used here|was asked for in another browser/).waitFor();
  await assertScrubbedFirst(f.page, forgedRequests.slice(1), [/** @type {string} */ (forged.get('access_token')), /** @type {string} */ (forged.get('id_token'))]);
  await f.close();
  // Backend mode: the return marker goes before the session is fetched.
  const backend = site.page('/backend.html', { attributes: 'endpoint="/auth/passwordless"', spa: false });
  const b = await openProfile(browser);
  await b.context.addInitScript(RECORD_SCRUB);
  const backendRequests = recordRequests(b.page);
  await b.page.goto(`${backend}?passwordless=signed-in`);
  await element(b.page).getByRole('button').first().waitFor();
  await assertScrubbedFirst(b.page, backendRequests, []);
  await b.close();
});

/** Cookies a page script can read after SPA flows: auth0-js's transaction, verifier and SSO hint cookies only. */
const ALLOWED_COOKIES = /^(com\.auth0\.auth\.[\w.~-]+|co%2Fverifier%2F[\w%.~-]+|auth0\.ssodata)$/;

test('7: storage audit: after code and link logins (both modes) and after failures, no token and no code anywhere; the resume record is gone', async () => {
  const url = site.page('/spa.html');
  const backend = site.page('/backend.html', { attributes: 'endpoint="/auth/passwordless"', spa: false });
  // SPA code.
  const p = await openProfile(browser);
  const login = await spaCodeLogin(p, url, 'storage');
  const stored = await assertNothingStored(p.page, [login.code, login.accessToken, login.idToken]);
  assert.deepEqual(Object.keys(stored.session).filter((key) => key.startsWith('passwordless-login:')), [], 'the resume record is cleared on success');
  assert.deepEqual(Object.keys(stored.local), ['passwordless-login:signed-in:demo-spa'], 'only the marker that this browser signed in here');
  for (const pair of stored.cookie.split('; ').filter(Boolean)) assert.match(pair.split('=')[0], ALLOWED_COOKIES);
  // SPA link, for someone else: the last person's Auth0 session has ended (else the page would say who is signed in).
  await p.context.clearCookies();
  await p.page.goto(url);
  await p.page.evaluate(() => document.querySelector('passwordless-login')?.setAttribute('send', 'link'));
  const email = uniqueEmail('storage-link');
  await p.page.getByLabel('Email address').fill(email);
  await p.page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await element(p.page).getByText('We sent a sign-in link').waitFor();
  const link = await messageTo(site.emulator.url, email);
  await p.page.goto(link.link);
  await p.page.getByText(`You are signed in as ${email}.`).waitFor();
  const [linked] = await p.events('passwordless-authenticated');
  await assertNothingStored(p.page, [link.code, linked.detail.authResult.accessToken, linked.detail.authResult.idToken]);
  // A failure: a wrong code, then a forged callback (again once the last session has ended).
  await p.context.clearCookies();
  await p.page.goto(url);
  const failing = uniqueEmail('storage-fail');
  await sendCode(p.page, failing);
  const { code } = await messageTo(site.emulator.url, failing);
  await p.page.getByLabel('Verification code').fill(code === '000000' ? '000001' : '000000');
  await element(p.page).getByText('That code is not right').waitFor();
  await assertNothingStored(p.page, [code]);
  await p.close();
  // Backend code: the session is an HttpOnly cookie the page cannot read.
  const b = await openProfile(browser);
  await b.page.goto(backend);
  const bEmail = uniqueEmail('storage-backend');
  await sendCode(b.page, bEmail);
  const bCode = (await messageTo(site.emulator.url, bEmail)).code;
  await b.page.getByLabel('Verification code').fill(bCode);
  await element(b.page).getByText(`You are signed in as ${bEmail}.`).waitFor();
  const bStored = await assertNothingStored(b.page, [bCode]);
  assert.equal(bStored.cookie, '', 'backend mode leaves nothing script-readable');
  assert.ok((await b.context.cookies()).find((c) => c.name.includes('passwordless'))?.httpOnly);
  await b.close();
});

test('8a: a client-secret attribute makes the element refuse to start: a visible config error, no request at all', async () => {
  const url = site.page('/secret.html', { attributes: `domain="${site.emulator.url}" client-id="demo-spa" client-secret="${CANARY_SECRET}"` });
  const p = await openProfile(browser);
  const requests = recordRequests(p.page);
  await p.page.goto(url);
  await element(p.page).getByText('Sign-in is not available on this site right now').waitFor();
  assert.equal(await element(p.page).locator('input').count(), 0, 'no form to type into');
  await p.page.waitForTimeout(300); // an idle warm-up would have started by now
  assert.deepEqual(requests.filter((line) => !line.startsWith(`GET ${site.url}/secret.html`) && !/\/dist\/passwordless-login\.js/.test(line)), [], 'no request');
  assert.ok(p.console.some((line) => /client-secret/.test(line) && /backend mode/.test(line)), 'the console says why and what to do');
  assert.ok(!p.console.join('\n').includes(CANARY_SECRET), 'the secret is not repeated in the console');
  const [error] = await p.events('passwordless-error');
  assert.equal(error.detail.code, 'misconfigured');
  await p.close();
});

test('8b: the backend secret (a canary) reaches no browser: not the bundle, not any response of code and link flows, not an error', async () => {
  const files = await readdir(site.dist, { recursive: true });
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const text = await readFile(`${site.dist}/${file}`, 'utf8');
    assert.ok(!text.includes(CANARY_SECRET) && !text.includes('demo-regular-secret'), `${file} holds no secret`);
  }
  const backend = site.page('/backend.html', { attributes: 'endpoint="/auth/passwordless"', spa: false });
  const p = await openProfile(browser);
  /** @type {string[]} */
  const seen = [];
  p.page.on('response', async (response) => seen.push(`${JSON.stringify(await response.allHeaders())} ${await response.text().catch(() => '')}`));
  await p.page.goto(backend);
  const email = uniqueEmail('canary');
  await sendCode(p.page, email);
  await p.page.getByLabel('Verification code').fill('000000');
  await element(p.page).getByRole('alert').filter({ hasText: /./ }).waitFor();
  await p.page.getByLabel('Verification code').fill((await messageTo(site.emulator.url, email)).code);
  await element(p.page).getByText(`You are signed in as ${email}.`).waitFor();
  await p.page.evaluate(() => document.querySelector('passwordless-login')?.setAttribute('endpoint', '/auth/passwordless-link'));
  await p.page.evaluate(() => /** @type {any} */ (document.querySelector('passwordless-login')).reset());
  const linkEmail = uniqueEmail('canary-link');
  await askForLink(p.page, linkEmail);
  await p.page.goto((await messageTo(site.emulator.url, linkEmail)).link);
  await element(p.page).getByText(`You are signed in as ${linkEmail}.`).waitFor();
  assert.ok(seen.length > 5);
  for (const text of seen) assert.ok(!text.includes(CANARY_SECRET), `the canary leaked: ${text.slice(0, 200)}`);
  assert.ok(!site.serverLog.join('\n').includes(CANARY_SECRET), 'not in the server log either');
  const stored = await assertNothingStored(p.page, [CANARY_SECRET]); // test 7 for the backend link flow
  assert.equal(stored.cookie, '', 'nothing script-readable');
  await p.close();
});

test('8c: the console never gets the code, a token or the full address, in SPA and backend flows, failures included', async () => {
  const url = site.page('/spa.html');
  const p = await openProfile(browser);
  const login = await spaCodeLogin(p, url, 'console');
  // Someone else on this browser, once the last Auth0 session has ended (else the page says who is signed in).
  await p.context.clearCookies();
  await p.page.goto(url);
  const failing = uniqueEmail('console-fail');
  await sendCode(p.page, failing);
  const { code } = await messageTo(site.emulator.url, failing);
  await p.page.getByLabel('Verification code').fill(code === '000000' ? '000001' : '000000');
  await element(p.page).getByText('That code is not right').waitFor();
  // A server error that echoes the address it was given.
  // (Another address: the one that just got a code is held for its cooldown and would send nothing.)
  const echoed = uniqueEmail('console-echo');
  await site.fault({ path: '/passwordless/start', status: 400, body: { error: 'bad.email', error_description: `error in email - email format validation failed: ${echoed} ${failing} +447911123456` } });
  await element(p.page).getByRole('button', { name: 'Use a different email' }).click();
  await p.page.getByLabel('Email address').fill(echoed);
  await p.page.getByLabel('Email address').focus(); await p.page.keyboard.press('Enter');
  await element(p.page).getByText('Enter one email address').waitFor();
  const all = p.console.join('\n');
  for (const secret of [login.code, login.accessToken, login.idToken, login.email, code, failing, echoed, '7911123456']) {
    assert.ok(!all.includes(secret), `the console holds ${secret.slice(0, 12)}…`);
  }
  assert.match(all, /\[address\]/, 'the hint is there, redacted');
  await p.close();
});

test('8d: a hostile page script CAN read the code (the host page is trusted, as documented); the field is emptied on every step change and tokens never sit on the element', async () => {
  const url = site.page('/spa.html');
  const p = await openProfile(browser);
  await p.context.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__roots = [];
    w.__typed = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (/** @type {ShadowRootInit} */ init) {
      const root = attach.call(this, init);
      w.__roots.push(root);
      return root;
    };
    document.addEventListener('input', (event) => w.__typed.push(/** @type {HTMLInputElement} */ (event.composedPath()[0]).value), true);
  });
  await p.page.goto(url);
  const email = uniqueEmail('hostile-page');
  await sendCode(p.page, email);
  const { code } = await messageTo(site.emulator.url, email);
  await p.page.getByLabel('Verification code').fill('12');
  const typed = await p.page.evaluate(() => /** @type {any} */ (window).__typed);
  assert.ok(typed.includes('12'), 'documented: a page script sees what is typed (shadow DOM is not a boundary)');
  // "Use a different email" empties it.
  await element(p.page).getByRole('button', { name: 'Use a different email' }).click();
  await p.page.getByLabel('Email address').waitFor();
  assert.equal(await p.page.evaluate(() => /** @type {any} */ (window).__roots[0].querySelector('#code')), null);
  // The same address moments later: its code step again (nothing new is sent), the field empty; the code sent works.
  await sendCode(p.page, email);
  assert.equal(await p.page.getByLabel('Verification code').inputValue(), '', 'a new code step starts empty');
  assert.equal(await messagesTo(site.emulator.url, email), 1);
  await p.page.getByLabel('Verification code').fill(code);
  await p.page.getByText(`You are signed in as ${email}.`).waitFor();
  const [signedIn] = await p.events('passwordless-authenticated');
  const onElement = await p.page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector('passwordless-login'));
    const seen = new WeakSet();
    /** @param {unknown} value @param {number} depth @returns {string} */
    const dump = (value, depth) => {
      if (depth > 4 || value === null || typeof value !== 'object') return typeof value === 'string' ? value : '';
      if (seen.has(value) || value instanceof Node || value === window) return '';
      seen.add(value);
      return Object.keys(value).map((key) => dump(/** @type {any} */ (value)[key], depth + 1)).join(' ');
    };
    return `${el.getAttributeNames().map((/** @type {string} */ n) => el.getAttribute(n)).join(' ')} ${dump(el, 0)} ${dump(el.flow?.state, 0)}`;
  });
  assert.ok(!onElement.includes(signedIn.detail.authResult.idToken), 'no ID token on the element');
  assert.ok(!onElement.includes(signedIn.detail.authResult.accessToken), 'no access token on the element');
  assert.ok(!onElement.includes(code), 'the used code is not kept');
  await p.close();
});

test('9: postMessage injection: a foreign frame posting a well-formed authorization_response (and junk) changes nothing; no listener, no "*" target', async () => {
  const url = site.page('/spa.html');
  site.page('/attacker-frame.html', {
    spa: false,
    body: '<script nonce="{{nonce}}">for (const data of [{ type: "authorization_response", response: { access_token: "x", id_token: "a.b.c", state: location.hash.slice(1) } }, "junk", null, { type: "ready" }]) parent.postMessage(data, "*");</script>',
  });
  const p = await openProfile(browser);
  await p.page.goto(url);
  const email = uniqueEmail('postmessage');
  await sendCode(p.page, email);
  const before = await p.events();
  await p.page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve));
  }, `${site.otherOrigin}/attacker-frame.html#leaked-state`);
  await p.page.waitForTimeout(200);
  assert.deepEqual(await p.events(), before, 'no event, no step change');
  assert.ok(await p.page.getByLabel('Verification code').isVisible());
  // Static: the element's own code neither listens for window messages nor posts to "*". The exceptions are the
  // BroadcastChannel between tabs of this origin (later/other-tabs.ts), which no other origin can reach and which never
  // touches window, parent or opener messaging, and the origin guard around auth0-js's silent session check (SPA mode).
  const sources = (await readdir(`${root}src`, { recursive: true })).filter((f) => f.endsWith('.ts'));
  for (const file of sources) {
    const text = await readFile(`${root}src/${file}`, 'utf8');
    if (file === 'later/other-tabs.ts') {
      assert.match(text, /new BroadcastChannel\(/);
      assert.doesNotMatch(text, /window\.|parent\.|opener|addEventListener\(\s*['"]message['"]/, `${file} uses window messaging`);
      continue;
    }
    if (file === 'transport/spa-transport.chunk.ts') {
      // Its one listener only stops an authorization_response from any origin but the tenant's, while auth0-js's
      // silent session check (web_message) runs: the exact origin, compared before auth0-js sees the message.
      assert.match(text, /window\.addEventListener\('message', guard, true\)/);
      assert.match(text, /event\.origin !== tenant && .*'authorization_response'\) event\.stopImmediatePropagation\(\)/);
      assert.doesNotMatch(text, /onmessage\s*=|postMessage\(/, `${file} posts messages`);
      continue;
    }
    assert.doesNotMatch(text, /addEventListener\(\s*['"]message['"]|onmessage\s*=|postMessage\(/, `${file} uses postMessage`);
  }
  for (const file of (await readdir(site.dist, { recursive: true })).filter((f) => f.endsWith('.js'))) {
    assert.doesNotMatch(await readFile(`${site.dist}/${file}`, 'utf8'), /postMessage\([^()]*,\s*["'`]\*["'`]\s*\)/, `${file} posts to "*"`);
  }
  await p.close();
});

test('11: in a cross-origin frame the element refuses to render its form unless allow-framed is set; same-origin frames work', async () => {
  const target = site.page('/framed-target.html');
  const allowed = site.page('/framed-allowed.html', { attributes: `domain="${site.emulator.url}" client-id="demo-spa" allow-framed` });
  /** @param {string} src */
  const frameOf = (src) => `<p>Win a prize!</p><iframe id="victim" src="${src}" style="opacity:0"></iframe>`;
  site.page('/clickjack.html', { spa: false, body: frameOf(target) });
  site.page('/clickjack-allowed.html', { spa: false, body: frameOf(allowed) });
  const p = await openProfile(browser);
  await p.page.goto(`${site.otherOrigin}/clickjack.html`);
  const framed = p.page.frameLocator('#victim');
  await framed.locator('passwordless-login').getByText("cannot be shown inside another site").waitFor();
  assert.equal(await framed.locator('passwordless-login input').count(), 0, 'no field and no button to click through');
  const error = await p.page.frame({ url: target })?.evaluate(() => /** @type {any} */ (window).__events.find((/** @type {any} */ e) => e.type === 'passwordless-error')?.detail.code);
  assert.equal(error, 'framed');
  await p.page.goto(`${site.otherOrigin}/clickjack-allowed.html`);
  await p.page.frameLocator('#victim').getByLabel('Email address').waitFor();
  // Same origin is not clickjacking.
  await p.page.goto(`${site.url}/clickjack.html`);
  await p.page.frameLocator('#victim').getByLabel('Email address').waitFor();
  await p.close();
});

test('12: invalid input gets an inline message and no request; codes are normalised; inputs carry the right types', async () => {
  const url = site.page('/spa.html');
  const sms = site.page('/sms.html', { attributes: `domain="${site.emulator.url}" client-id="demo-spa" connection="sms" lang="en-GB"` });
  const p = await openProfile(browser);
  await p.page.goto(url);
  const field = p.page.getByLabel('Email address');
  assert.equal(await field.getAttribute('type'), 'email');
  assert.equal(await field.getAttribute('autocomplete'), 'email');
  const starts = site.count('POST /passwordless/start');
  const bad = ['alice', 'alice@@example.com', 'a@b@example.com', 'alice@example.com,bob@example.com', 'alice@example.com;bob@example.com',
    'alice@example.com\r\nbcc:bob@example.com', `${'a'.repeat(250)}@example.com`, 'alice@example.com＠evil.example', '"alice"@example.com',
    'аlice@example.com' /* Cyrillic а in the local part */];
  for (const value of bad) {
    await field.fill(value);
    await field.press('Enter');
    await element(p.page).getByText('Enter one email address').waitFor();
  }
  assert.equal(site.count('POST /passwordless/start'), starts, 'no request for any invalid address');
  // A look-alike domain (Cyrillic а in a Latin label) reaches the element as punycode (the browser converts it): the
  // protocol decodes the A-label and refuses a label that mixes scripts, here and on the server alike.
  await field.fill('alice@exаmple.com');
  await field.press('Enter');
  await element(p.page).getByText('Enter one email address').waitFor();
  assert.equal(site.count('POST /passwordless/start'), starts, 'no request for a look-alike domain');
  // One wholly in another script is a real name there: it is sent as its A-label and shown back as such.
  await field.fill('alice@пример.рф');
  await field.focus(); await p.page.keyboard.press('Enter'); // the step changes as it sends
  await p.page.getByLabel('Verification code').waitFor();
  assert.match(await shownText(p.page), /a•••@xn--e1afmkfd\.xn--p1ai/);
  await element(p.page).getByRole('button', { name: 'Use a different email' }).click(); // drops the resume record
  const smsStarts = site.count('POST /passwordless/start');
  await p.page.goto(sms);
  const phone = p.page.getByLabel('Phone number');
  assert.equal(await phone.getAttribute('type'), 'tel');
  assert.equal(await phone.getAttribute('autocomplete'), 'tel');
  for (const value of ['12', 'abc', '+1 555', '+999 1234 5678', '++447911123456']) {
    await phone.fill(value);
    await phone.press('Enter');
    await element(p.page).getByText('This is not a valid phone number for the chosen country.').waitFor();
  }
  assert.equal(site.count('POST /passwordless/start'), smsStarts, 'no request for any invalid number');
  // The code: letters never get in, a short code is refused locally, a pasted spaced code works once.
  await p.page.goto(url);
  const email = uniqueEmail('validation');
  await sendCode(p.page, email);
  const code = p.page.getByLabel('Verification code');
  assert.deepEqual([await code.getAttribute('type'), await code.getAttribute('inputmode'), await code.getAttribute('autocomplete')], ['text', 'numeric', 'one-time-code']);
  const verifies = site.count('POST /co/authenticate');
  await code.fill('abcdef');
  await element(p.page).getByText('Enter only the code from your message').waitFor();
  assert.equal(await code.inputValue(), '');
  await code.fill('12345');
  await code.press('Enter');
  await element(p.page).getByText('Enter only the code from your message').waitFor();
  assert.equal(site.count('POST /co/authenticate'), verifies, 'no request for a short code');
  const real = (await messageTo(site.emulator.url, email)).code;
  await code.fill(` ${real.slice(0, 3)} ${real.slice(3)} `);
  await p.page.getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal(site.count('POST /co/authenticate'), verifies + 1, 'auto-submitted exactly once');
  await p.close();
});

test('13: a known and an unknown address get the same screen, text, focus and events; no "user not found" wording ships', async () => {
  const url = site.page('/spa.html');
  const known = uniqueEmail('known');
  const first = await openProfile(browser);
  await first.page.goto(url);
  await sendCode(first.page, known);
  await first.page.getByLabel('Verification code').fill((await messageTo(site.emulator.url, known)).code);
  await first.page.getByText(`You are signed in as ${known}.`).waitFor();
  await first.close();
  /** @param {string} email */
  const observe = async (email) => {
    const p = await openProfile(browser);
    await p.page.goto(url);
    await sendCode(p.page, email);
    const seen = {
      text: (await shownText(p.page)).replace(email[0], '?'),
      focus: await p.page.evaluate(() => document.querySelector('passwordless-login')?.shadowRoot?.activeElement?.id),
      events: (await p.events()).map((/** @type {any} */ e) => `${e.type}:${JSON.stringify({ ...e.detail, recipient: undefined })}`),
    };
    await p.close();
    return seen;
  };
  const unknown = `${known[0]}${uniqueEmail('unknown').slice(1)}`;
  assert.deepEqual(await observe(unknown), await observe(known));
  for (const file of (await readdir(site.dist, { recursive: true })).filter((f) => f.endsWith('.js') && !f.includes('auth0'))) {
    assert.doesNotMatch(await readFile(`${site.dist}/${file}`, 'utf8'), /user (not found|does not exist)|no account|not registered|unknown (user|email)/i, file);
  }
});

test('14: exhausted and stale codes: the field clears, a new code is offered, the dead code is never sent again; no attempts count is shown', async () => {
  const url = site.page('/spa.html');
  const p = await openProfile(browser);
  await p.page.clock.install(); // time flows; the stale part moves it past a cooldown
  await p.page.goto(url);
  const email = uniqueEmail('exhausted');
  await sendCode(p.page, email);
  const { code } = await messageTo(site.emulator.url, email);
  const field = p.page.getByLabel('Verification code');
  const wrong = ['000000', '111111', '222222', '333333'].filter((c) => c !== code).slice(0, 3);
  const verifies = site.count('POST /co/authenticate');
  for (const [i, guess] of wrong.entries()) {
    await field.fill(guess);
    // The third is the last Auth0 takes: the element says so at once, not "try again".
    await element(p.page).getByText(i < 2 ? 'That code is not right' : 'That code can no longer be used').waitFor();
  }
  assert.equal(await field.inputValue(), '', 'the dead code is cleared');
  assert.ok(await element(p.page).getByRole('button', { name: 'Send a new code' }).isVisible());
  const starts = site.count('POST /passwordless/start');
  await field.fill(code); // right, but too late: the code is dead after three wrong tries
  await p.page.waitForFunction(() => /** @type {any} */ (window).__events.filter((/** @type {any} */ e) => e.type === 'passwordless-error').length === 4);
  assert.deepEqual((await p.events('passwordless-error')).map((/** @type {any} */ e) => e.detail.code).slice(2), ['too_many_attempts', 'too_many_attempts']);
  // The step's main button now asks for a new code, which the cooldown still holds.
  const main = element(p.page).locator('[part~="submit-button"]');
  assert.equal(await main.textContent(), 'Send a new code');
  assert.equal(await main.getAttribute('aria-disabled'), 'true');
  assert.equal(site.count('POST /co/authenticate'), verifies + 3, 'the dead code was never sent');
  assert.equal(site.count('POST /passwordless/start'), starts, 'no new code before the cooldown ends');
  assert.doesNotMatch(await shownText(p.page), /attempts? (left|remaining)|\d+ (tries|attempts)/i);
  // Stale: a second code makes the first one useless; the hint says to use the most recent.
  await element(p.page).getByRole('button', { name: 'Use a different email' }).click();
  const stale = uniqueEmail('stale');
  await sendCode(p.page, stale);
  const old = (await messageTo(site.emulator.url, stale)).code;
  // The same address again at once shows the code already sent; 30 s later a new one is sent.
  await element(p.page).getByRole('button', { name: 'Use a different email' }).click();
  await sendCode(p.page, stale);
  await element(p.page).locator('#sent-to').getByText('We already sent a code to').waitFor();
  await p.page.clock.runFor(30_000);
  await element(p.page).locator('[part~="secondary-button"][aria-disabled="false"]').first().waitFor();
  await element(p.page).getByRole('button', { name: 'Send a new code' }).click();
  const newest = (await messageTo(site.emulator.url, stale, 2)).code;
  if (old !== newest) {
    await field.fill(old);
    await element(p.page).getByText('That code is not right').waitFor();
    assert.match(await shownText(p.page), /Only the most recent code works/);
  }
  await field.fill(newest);
  await p.page.getByText(`You are signed in as ${stale}.`).waitFor();
  await p.close();
});

test('15: markup and addresses in server error text (start, verify, callback) are never rendered; only mapped messages show', async () => {
  const url = site.page('/spa.html');
  const p = await openProfile(browser);
  await p.page.goto(url);
  const email = uniqueEmail('server-text');
  await site.fault({ path: '/passwordless/start', status: 400, body: { error: 'bad.email', error_description: `${PAYLOAD} ${email}` } });
  await p.page.getByLabel('Email address').fill(email);
  await p.page.getByLabel('Email address').focus(); await p.page.keyboard.press('Enter');
  await element(p.page).getByText('Enter one email address').waitFor();
  await assertInert(p.page);
  await site.fault({ path: '/passwordless/start', status: 502, body: `<html><body>${PAYLOAD}</body></html>` });
  await p.page.getByLabel('Email address').focus(); await p.page.keyboard.press('Enter');
  await element(p.page).getByText(/sign-in service is having trouble|could not reach/).waitFor();
  await assertInert(p.page);
  await site.clearFaults();
  await p.page.goto(url);
  await sendCode(p.page, email);
  await site.fault({ path: '/co/authenticate', status: 403, body: { error: 'access_denied', error_description: `Wrong email or verification code. ${PAYLOAD}` } });
  await p.page.getByLabel('Verification code').fill('123456');
  await element(p.page).getByText('That code is not right').waitFor();
  assert.doesNotMatch(await shownText(p.page), /onerror|Wrong email/);
  await assertInert(p.page);
  assert.doesNotMatch(p.console.join('\n'), /onerror|<img|<script/, 'console hints are redacted too');
  await p.close();
});
