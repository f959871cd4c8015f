// @ts-check
// Backend mode without JavaScript (server/routes/form.js): the server-rendered first step posts as an ordinary form;
// the handler answers with its own pages and redirects, accepting a form only from this site (Sec-Fetch-Site,
// Origin, and the form token when neither is sent). The JSON API is unchanged for scripts. Real emulator over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { APP, Jar, elementRequest, latestMessage, outboxSize, setup } from './server-helpers.js';
import { FORM_MESSAGES } from '../../server/form-messages.js';
import { formMessages } from '../../scripts/form-messages.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let t;
before(async () => (t = await setup({ loginUrl: '/signed-in' })));
after(() => t.close());

const BASE = `${APP}/auth/passwordless`;
const SAME = { Origin: APP, 'Sec-Fetch-Site': 'same-origin' };

/**
 * A form post as a browser sends it, with the jar's cookies.
 * @param {string} path under the base @param {Record<string, string>} fields @param {Jar} jar @param {Record<string, string>} [headers]
 */
function formPost(path, fields, jar, headers = SAME) {
  /** @type {Record<string, string>} */
  const all = { 'Content-Type': 'application/x-www-form-urlencoded', ...headers };
  if (jar.cookies.size) all.Cookie = jar.header();
  return t.handler(new Request(`${BASE}/${path}`, { method: 'POST', headers: all, body: new URLSearchParams(fields).toString() })).then((r) => jar.store(r));
}

/** A GET with the jar's cookies. @param {string} path @param {Jar} jar */
const get = (path, jar) => t.handler(new Request(`${BASE}/${path}`, { headers: jar.cookies.size ? { Cookie: jar.header() } : {} })).then((r) => jar.store(r));

/** The form token in a page. @param {string} html */
const tokenIn = (html) => /name="form_token" value="([^"]+)"/.exec(html)?.[1] ?? '';

test('sign in by email code without JavaScript: start → 303 code page → wrong code on the code page → right code → 303 back, signed in', async () => {
  const jar = new Jar();
  const email = `nojs-${Date.now()}@example.com`;
  // The server-rendered first step: no token, same-origin signals, the site's page as Referer.
  const started = await formPost('start?lang=de', { email }, jar, { ...SAME, Referer: `${APP}/account?tab=1` });
  assert.equal(started.status, 303);
  assert.equal(started.headers.get('location'), '/auth/passwordless/code?lang=de');
  const page = await get('code?lang=de', jar);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<html lang="de" dir="ltr">/);
  assert.ok(html.includes(`<bdi dir="ltr">${email}</bdi>`));
  assert.ok(html.includes('Bestätigungscode'), 'the element’s German label');
  assert.match(page.headers.get('content-security-policy') ?? '', /form-action 'self'/);
  const token = tokenIn(html);
  assert.ok(token);

  const wrong = await formPost('verify?lang=de', { code: '000000', form_token: token }, jar);
  assert.equal(wrong.status, 403);
  const wrongHtml = await wrong.text();
  assert.ok(wrongHtml.includes(FORM_MESSAGES.de.errors.wrong_code), 'the element’s wrong-code message, in German');
  assert.match(wrongHtml, /aria-invalid="true"/);

  const { code } = await latestMessage(t.emulator, email);
  const done = await formPost('verify', { code, form_token: tokenIn(wrongHtml) }, jar);
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/account?tab=1&passwordless=signed-in', 'back to the page that asked, saying signed in (the element there shows who)');
  const session = await (await t.handler(elementRequest('session', undefined, { jar }))).json();
  assert.equal(session.user.email, email);
});

test('an invalid address: the sign-in page again, with the element’s message and what was typed', async () => {
  const jar = new Jar();
  const response = await formPost('start?lang=fr', { email: 'not an address' }, jar);
  assert.equal(response.status, 400);
  const html = await response.text();
  assert.ok(html.includes(FORM_MESSAGES.fr.errors.invalid_email));
  assert.ok(html.includes('value="not an address"'));
  assert.ok(tokenIn(html));
});

test('cross-site form posts are refused and nothing is sent; no signals at all need the token', async () => {
  const before = await outboxSize(t.emulator);
  const jar = new Jar();
  /** @type {Record<string, string>[]} */
  const cases = [
    { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    { 'Sec-Fetch-Site': 'same-site' },
    { Origin: 'https://evil.example' },
    { 'Sec-Fetch-Site': 'cross-site' },
    { Origin: APP, 'Sec-Fetch-Site': 'cross-site' },
  ];
  for (const headers of cases) {
    const r = await formPost('start', { email: 'victim@example.com' }, jar, headers);
    assert.equal(r.status, 403, JSON.stringify(headers));
    assert.deepEqual(await r.json(), { error: 'origin_not_allowed' });
    assert.equal(r.headers.getSetCookie().length, 0);
  }
  // Neither signal and no token (an old browser, or a forged request): sent to the handler's page, nothing done.
  const bare = await formPost('start', { email: 'victim@example.com' }, jar, {});
  assert.equal(bare.status, 303);
  assert.equal(bare.headers.get('location'), '/auth/passwordless/sign-in?lang=en');
  // That page's token is what makes the next post from it count, with no signals.
  const page = await get('sign-in', jar);
  const token = tokenIn(await page.text());
  assert.equal(await outboxSize(t.emulator), before, 'nothing was sent');
  const forgedToken = await formPost('start', { email: 'victim@example.com', form_token: 'a'.repeat(32) }, jar, {});
  assert.equal(forgedToken.status, 303);
  assert.equal(await outboxSize(t.emulator), before, 'nothing was sent');
  const own = await formPost('start', { email: `bare-${Date.now()}@example.com`, form_token: token }, jar, {});
  assert.equal(own.status, 303);
  assert.equal(own.headers.get('location'), '/auth/passwordless/code?lang=en');
  assert.equal(await outboxSize(t.emulator), before + 1);
});

test('a verify form always needs the token of this browser’s form cookie, and the person comes from that cookie, never the form', async () => {
  const jar = new Jar();
  const email = `token-${Date.now()}@example.com`;
  await formPost('start', { email }, jar);
  const { code } = await latestMessage(t.emulator, email);
  const calls = t.auth0Calls().length;
  const noToken = await formPost('verify', { code }, jar);
  assert.equal(noToken.status, 303, 'same-origin signals alone do not do for a verify');
  assert.equal(noToken.headers.get('location'), '/auth/passwordless/sign-in?lang=en');
  // Another browser's token (an attacker's own page) does not match this browser's cookie.
  const other = new Jar();
  const theirs = tokenIn(await (await get('sign-in', other)).text());
  assert.equal((await formPost('verify', { code, form_token: theirs }, jar)).status, 303);
  // A cross-site verify, even with a token, is refused.
  const token = tokenIn(await (await get('code', jar)).text());
  assert.equal((await formPost('verify', { code, form_token: token, identifier: 'attacker@example.com' }, jar, { Origin: 'https://evil.example' })).status, 403);
  assert.equal(t.auth0Calls().length, calls, 'no code reached Auth0');
  // The identifier field is ignored: the person is the one the code went to.
  const done = await formPost('verify', { code, form_token: token, identifier: 'attacker@example.com', connection: 'sms' }, jar);
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/signed-in?passwordless=signed-in', 'loginUrl: no Referer at the start');
  assert.equal((await (await t.handler(elementRequest('session', undefined, { jar }))).json()).user.email, email);
});

test('the JSON API is unchanged for scripts: urlencoded with the custom header is still 415, JSON still 204', async () => {
  const jar = new Jar();
  const r = await t.handler(new Request(`${BASE}/start`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Passwordless-Login': '1', ...SAME }, body: 'email=a%40example.com' }));
  assert.equal(r.status, 415);
  assert.equal((await t.handler(elementRequest('start', { connection: 'email', identifier: `json-${Date.now()}@example.com` }, { jar }))).status, 204);
});

test('the code page without a start goes to the sign-in page; the pages have no script and say every message in every language', async () => {
  const r = await get('code?lang=ar', new Jar());
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/auth/passwordless/sign-in?lang=ar');
  const page = await get('sign-in?lang=ar', new Jar());
  const html = await page.text();
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.doesNotMatch(html, /<script/i);
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  // The generated words are the element's own, in all its languages, with every error code.
  assert.deepEqual(FORM_MESSAGES, JSON.parse(JSON.stringify(await formMessages())), 'server/form-messages.js is up to date: node scripts/form-messages.mjs');
  assert.equal(Object.keys(FORM_MESSAGES).length, 70);
  const { LOGIN_ERROR_CODES } = await import('../../protocol/error-codes.js');
  for (const [lang, m] of Object.entries(FORM_MESSAGES)) for (const code of LOGIN_ERROR_CODES) assert.ok(m.errors[code], `${lang} ${code}`);
});

test('a link without JavaScript: the “check your email” page, the start cookie that finishes it, and the link returns to the page that asked', async () => {
  const links = await setup({ send: 'link', loginUrl: '/signed-in' });
  try {
    const jar = new Jar();
    const email = `link-${Date.now()}@example.com`;
    const response = await links.handler(new Request(`${BASE}/start?lang=de`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...SAME, Referer: `${APP}/shop` }, body: new URLSearchParams({ email }).toString(),
    }));
    jar.store(response);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.ok(html.includes(FORM_MESSAGES.de.checkEmailTitle));
    assert.ok(html.includes(`<bdi dir="ltr">${email}</bdi>`));
    assert.ok([...jar.cookies.keys()].includes('passwordless_start'));
    const { link } = await latestMessage(links.emulator, email);
    // The emulator's link sends the browser on to the handler's callback.
    const landing = (await fetch(String(link), { redirect: 'manual' })).headers.get('location') ?? '';
    const callback = await links.handler(new Request(landing, { headers: { Cookie: jar.header() } }));
    assert.equal(callback.status, 302);
    assert.match(callback.headers.get('location') ?? '', /^\/shop\?/);
  } finally {
    await links.close();
  }
});

test('a code guessed wrong too often: the code page says so, in the person’s language', async () => {
  const jar = new Jar();
  const email = `tries-${Date.now()}@example.com`;
  await formPost('start?lang=es', { email }, jar);
  let html = await (await get('code?lang=es', jar)).text();
  for (let i = 0; i < 6 && !html.includes(FORM_MESSAGES.es.errors.too_many_attempts); i++) {
    html = await (await formPost('verify?lang=es', { code: '000000', form_token: tokenIn(html) }, jar)).text();
  }
  assert.ok(html.includes(FORM_MESSAGES.es.errors.too_many_attempts), html);
  assert.match(html, /<html lang="es"/);
});

test('a loginUrl on another origin is allowed as the forms’ redirect target (form-action holds redirects too)', async () => {
  const other = await setup({ loginUrl: 'https://app.example/welcome' });
  try {
    const page = await other.handler(new Request(`${BASE}/sign-in`));
    assert.match(page.headers.get('content-security-policy') ?? '', /form-action 'self' https:\/\/app\.example;/);
  } finally {
    await other.close();
  }
});
