// @ts-check
// The backend handler's own pages, as people meet them in Chromium: a site that mounts the handler (links) with its
// theme (pageTheme, pageStylesheet) and the link lifetime its tenant really gives (linkLifetimeSeconds), the built
// element in backend mode and the real emulator over HTTP.
//   the used link opened again where it signed in    straight back to the site, signed in
//   the used link in another browser (German)        a German page in the site's theme, a way back
//   an expired link in another browser (Arabic)      a right-to-left page naming the lifetime the email names
//   markup planted in the callback URL               never rendered
//   the way back, reached with the Tab key           the element's focus ring, 3:1 or more, light and dark, any theme
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { closeServer, listenLoopback } from '../../emulator/listen.js';
import { createPasswordlessHandler } from '../../server/index.js';
import { toNodeHandler } from '../../server/node.js';
import { launchBrowser } from '../helpers/browser.js';
import { buildDist } from '../helpers/build.js';
import { measureFocus } from '../helpers/contrast-page.js';
import { freePort } from '../helpers/free-port.js';
import { waitForMessage } from '../helpers/outbox.js';
import { sendFile } from '../helpers/static-server.js';

const ACCENT = 'rgb(0, 119, 85)';
/** The site's focus colour (pageTheme), apart from its accent. */
const FOCUS = 'rgb(90, 15, 122)';
/** A second handler on the same site with no theme at all: the element's defaults. */
const PLAIN_BASE = '/plain/auth/passwordless';
const SHEET_BACKGROUND = 'rgb(255, 250, 240)';
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>shop</title>
<script type="module" src="/dist/passwordless-login.js"></script></head>
<body><passwordless-login endpoint="/auth/passwordless" send="link"></passwordless-login></body></html>`;
/** The site's own theme file: what pageStylesheet links on the handler's pages. */
const THEME_CSS = `:root { --passwordless-background: ${SHEET_BACKGROUND}; }`;

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {{ url: string, emulator: Awaited<ReturnType<typeof startEmulator>>, close(): Promise<void> }} */ let site;

async function startThemedSite() {
  await buildDist();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const config = structuredClone(defaultConfig);
  const regular = /** @type {any} */ (config.clients.find((c) => c.client_id === 'demo-regular'));
  regular.callbacks = [`${origin}/auth/passwordless/callback`];
  regular.allowed_origins = [origin];
  const emulator = await startEmulator({ port: 0, config });
  const handler = toNodeHandler(createPasswordlessHandler({
    domain: emulator.url,
    clientId: 'demo-regular',
    clientSecret: regular.client_secret,
    sessionSecret: 'backend-pages-session-secret-0123456789',
    send: 'link',
    callbackUrl: `${origin}/auth/passwordless/callback`,
    loginUrl: '/',
    allowedOrigins: [origin],
    // What the tenant's connection really gives a link (the emulator's setting, the one its emails state).
    linkLifetimeSeconds: config.connections.email?.code_lifetime_seconds,
    pageTheme: { '--passwordless-accent-color': ACCENT, '--passwordless-focus-color': FOCUS },
    pageStylesheet: '/theme.css',
    log: () => {},
  }));
  // Its pages are reached without Auth0 (a callback with an error), so it needs no client of its own.
  const plain = toNodeHandler(createPasswordlessHandler({
    domain: emulator.url,
    clientId: 'demo-regular',
    clientSecret: regular.client_secret,
    sessionSecret: 'backend-pages-plain-session-secret-0123456789',
    basePath: PLAIN_BASE,
    send: 'link',
    callbackUrl: `${origin}${PLAIN_BASE}/callback`,
    log: () => {},
  }));
  const root = new URL('../..', import.meta.url).pathname;
  const { servers } = await listenLoopback((req, res) => plain(req, res, () => handler(req, res, async () => {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/theme.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(THEME_CSS);
    if (path.startsWith('/dist/')) return sendFile(res, root, path);
    res.writeHead(404).end();
  })), port);
  return {
    url: origin,
    emulator,
    async close() {
      await Promise.all(servers.map(closeServer));
      await emulator.close();
    },
  };
}

before(async () => {
  site = await startThemedSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * A fresh browser profile that records CSP violations and script errors of every document it opens.
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
async function profile(options = {}) {
  const context = await browser.newContext(options);
  /** @type {string[]} */
  const problems = [];
  await context.exposeBinding('__violation', (_source, text) => problems.push(String(text)));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => /** @type {any} */ (window).__violation(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  // The page's own 400 is logged too ("Failed to load resource"): only what a policy refused is a problem.
  page.on('console', (message) => /Content Security Policy|Refused to/i.test(message.text()) && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  return { context, page, problems };
}

/** Asks for a link on the site's page, as a person: the email the emulator sent. @param {import('playwright-core').Page} page @param {string} email */
async function askForLink(page, email) {
  await page.goto(`${site.url}/`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.locator('passwordless-login').getByText('We sent a sign-in link to').waitFor();
  return waitForMessage(site.emulator.url, email);
}

test('a used link opened again in the browser it signed in goes straight back to the site, signed in: never "not signed in yet"', async () => {
  const { context, page } = await profile();
  const email = `pages-again-${Date.now()}@example.com`;
  const message = await askForLink(page, email);
  await page.goto(/** @type {string} */ (message.link));
  await page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  // Days later, from the same email: the link is used up, the person is still signed in here.
  const again = await page.goto(/** @type {string} */ (message.link));
  await page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.notEqual(again?.status(), 400);
  assert.doesNotMatch(await page.locator('body').innerText(), /not signed in/i);
  await context.close();
});

test('the same used link in another browser, in German: a German page in the site\'s theme, with a way back to the sign-in page', async () => {
  const asking = await profile();
  const email = `pages-german-${Date.now()}@example.com`;
  const message = await askForLink(asking.page, email);
  await asking.page.goto(/** @type {string} */ (message.link));
  await asking.page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();

  const other = await profile({ locale: 'de-DE' });
  const response = await other.page.goto(/** @type {string} */ (message.link));
  assert.equal(response?.status(), 400);
  assert.equal(await other.page.getAttribute('html', 'lang'), 'de');
  assert.equal(await other.page.title(), 'Dieser Anmeldelink funktioniert nicht mehr');
  await other.page.getByRole('heading', { name: 'Dieser Anmeldelink funktioniert nicht mehr' }).waitFor();
  const way = other.page.getByRole('link', { name: 'Zur Anmeldeseite' });
  // The site's theme: its pageTheme accent on the button-like link, its stylesheet's background on the card.
  assert.equal(await way.evaluate((a) => getComputedStyle(a).backgroundColor), ACCENT);
  assert.equal(await other.page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor), SHEET_BACKGROUND);
  assert.deepEqual(other.problems, [], 'the page\'s CSP allows its own style and the site\'s sheet, and nothing fails');
  await way.click();
  await other.page.getByLabel('Email address').waitFor();
  assert.equal(new URL(other.page.url()).pathname, '/');
  await other.context.close();
  await asking.context.close();
});

test('an expired link in another browser, in Arabic: a right-to-left page that names the lifetime the email names', async () => {
  const asking = await profile();
  const email = `pages-arabic-${Date.now()}@example.com`;
  const message = await askForLink(asking.page, email);
  const minutes = Number(/expire in (\d+) minutes?/.exec(message.text)?.[1]);
  assert.ok(minutes > 0, message.text);
  const clock = `${site.emulator.url}/__emulator/clock`;
  await fetch(clock, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advance_seconds: minutes * 60 + 1 }) });
  try {
    const other = await profile({ locale: 'ar-EG' });
    const response = await other.page.goto(/** @type {string} */ (message.link));
    assert.equal(response?.status(), 400);
    assert.equal(await other.page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await other.page.locator('main').evaluate((main) => getComputedStyle(main).direction), 'rtl');
    await other.page.getByRole('heading', { name: 'انتهت صلاحية رابط تسجيل الدخول هذا' }).waitFor();
    const lifetime = new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
    const text = await other.page.locator('main').innerText();
    assert.ok(text.includes(`لمدة ${lifetime} فقط`), text);
    assert.doesNotMatch(text, /30|[A-Za-z]/, 'no other number, and nothing in English');
    assert.deepEqual(other.problems, []);
    await other.context.close();
  } finally {
    await fetch(clock, { method: 'DELETE' });
    await asking.context.close();
  }
});

test('markup planted in the callback URL is never rendered', async () => {
  const { context, page, problems } = await profile();
  const planted = '<img src=x onerror="window.__xss=1">PLANTED';
  const url = new URL(`${site.url}/auth/passwordless/callback`);
  for (const name of ['error', 'error_description', 'state', 'code']) url.searchParams.set(name, name === 'error' ? 'access_denied' : planted);
  url.searchParams.set(planted, planted);
  const response = await page.goto(url.href);
  assert.equal(response?.status(), 400);
  await page.getByRole('link').waitFor();
  assert.equal(await page.locator('img, script').count(), 0);
  assert.doesNotMatch(await page.content(), /PLANTED|onerror/);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).__xss), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the way back, reached with the Tab key, shows the element\'s focus ring at 3:1 or more against the card: light and dark, default theme and the site\'s', async () => {
  const used = `error=access_denied&error_description=${encodeURIComponent('Wrong email or verification code.')}&state=s1`;
  const cases = [
    { theme: 'default', url: `${site.url}${PLAIN_BASE}/callback?${used}` },
    { theme: 'the site\'s (pageTheme focus colour, pageStylesheet background)', url: `${site.url}/auth/passwordless/callback?${used}` },
  ];
  for (const { theme, url } of cases) {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const label = `${theme}, ${colorScheme}`;
      const { context, page, problems } = await profile({ colorScheme });
      assert.equal((await page.goto(url))?.status(), 400, label);
      const way = page.getByRole('link');
      await page.keyboard.press('Tab');
      assert.equal(await way.evaluate((a) => a === document.activeElement && a.matches(':focus-visible')), true, label);
      const focus = await measureFocus(page);
      assert.ok(focus.ratio >= 3, `${label}: the focus ring reaches ${focus.ratio.toFixed(2)}:1 (${JSON.stringify(focus)})`);
      // The element's indicator: a 2px gap in the card's colour, then a 2px ring in the focus colour (the accent unless
      // the site sets one).
      const card = await page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor);
      const expected = theme === 'default' ? await way.evaluate((a) => getComputedStyle(a).backgroundColor) : FOCUS;
      assert.deepEqual(focus.bands.filter((band) => band.colour !== 'rgba(0, 0, 0, 0)'), [{ colour: card, width: 2 }, { colour: expected, width: 2 }], label);
      assert.deepEqual(problems, [], label);
      await context.close();
    }
  }
});
