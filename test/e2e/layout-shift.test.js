// @ts-check
// No layout shift (issue 21): with dist/passwordless-login.css in the page, the box <passwordless-login> takes is
// reserved before its script arrives, so the content below it does not move, client-rendered (email and SMS, English
// and Finnish, a long language) or server-rendered (passwordless-login/ssr, then passwordless-login/hydrate). CLS is
// the sum of the page's layout-shift entries without recent input (scripts/bench/layout-shift.mjs). The script is held
// back until the page has painted, so that the element renders after a paint, as on a slow network; without the CSS
// the same page shifts (the measure measures something).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launchBrowser } from '../helpers/browser.js';
import { buildDist } from '../helpers/build.js';
import { importSsr, buildHydrate, removeSsrBuilds } from '../helpers/ssr.js';
import { sendFile } from '../helpers/static-server.js';
import { layoutShiftOf, observeLayoutShifts } from '../../scripts/bench/layout-shift.mjs';

const root = new URL('../..', import.meta.url).pathname;
/** @type {import('node:http').Server} */ let site;
/** @type {string} */ let siteUrl;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {typeof import('../../src/ssr.js').renderPasswordlessLogin} */ let renderPasswordlessLogin;
/** @type {Record<string, string>} */ const pages = {};

before(async () => {
  const [ssr, hydrateFolder] = await Promise.all([importSsr(), buildHydrate(), buildDist()]);
  renderPasswordlessLogin = ssr.renderPasswordlessLogin;
  site = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pages[path]) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    if (path.startsWith('/dist/')) return sendFile(response, `${root}dist`, path.slice('/dist'.length));
    if (path.startsWith('/scripts/')) return sendFile(response, hydrateFolder, path.slice('/scripts'.length));
    response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((resolve) => site.listen(0, 'localhost', () => resolve(undefined)));
  const address = site.address();
  siteUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  await removeSsrBuilds();
});

/**
 * Serves a page with the element and content below it, loads it with its script held until the page has painted, lets
 * the script through and waits until the element has settled: the rest of the element loaded and rendered (for SMS
 * its country picker, in another language its words). Returns the page's CLS.
 * @param {{ lang: string, connection: 'email' | 'sms', reserve: boolean, ssr: boolean }} options
 */
async function layoutShiftFor({ lang, connection, reserve, ssr }) {
  const attributes = { domain: 'http://localhost:9', 'client-id': 'demo-spa', connection };
  const script = ssr ? '/scripts/hydrate.js' : '/dist/passwordless-login.js';
  const element = ssr ? await renderPasswordlessLogin(attributes, { lang }) : `<passwordless-login domain="${attributes.domain}" client-id="demo-spa" connection="${connection}"></passwordless-login>`;
  const path = `/${lang}-${connection}-${reserve ? 'reserve' : 'none'}-${ssr ? 'ssr' : 'client'}`;
  pages[path] = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>
${reserve ? '<link rel="stylesheet" href="/dist/passwordless-login.css">' : ''}
<script type="module" src="${script}"></script>
</head><body><h1>Shop</h1>${element}<p id="below">Content below the sign-in form.</p></body></html>`;

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(observeLayoutShifts);
  /** @type {() => void} */ let release = () => {};
  const released = new Promise((resolve) => (release = () => resolve(undefined)));
  await page.route(`**${script}`, async (route) => {
    await released;
    await route.continue();
  });
  const later = page.waitForResponse((response) => /\/later-[^/]*\.js$/.test(response.url()));
  await page.goto(siteUrl + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0 && document.querySelector('#below'));
  assert.equal(await page.evaluate(() => customElements.get('passwordless-login')), undefined, 'painted before the element is defined');
  release();
  await later;
  if (connection === 'sms') await page.locator('passwordless-login [part~="country-select"]').waitFor();
  if (lang === 'fi') await page.getByRole('heading', { name: 'Kirjaudu sisään' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => /** @type {any} */ (document.querySelector('passwordless-login')).updateComplete);
  const shifts = await layoutShiftOf(page);
  await page.close();
  return shifts;
}

// Shifts inside the element that the CSS does not prevent, known and open (issue 21), run and reported as to-do: a
// client-rendered first step in another language speaks English until its words arrive; in Finnish the SMS hint is
// two lines before the example number and three with it (the CSS reserves one line for the example).
/** @param {string} lang @param {'email' | 'sms'} connection @param {boolean} ssr */
const knownShift = (lang, connection, ssr) =>
  lang !== 'en' && !ssr ? 'English words until the language arrives' : lang === 'fi' && connection === 'sms' ? 'a third line of hint' : undefined;

for (const lang of ['en', 'fi']) {
  for (const connection of /** @type {const} */ (['email', 'sms'])) {
    for (const ssr of [false, true]) {
      const todo = knownShift(lang, connection, ssr);
      test(`${ssr ? 'server' : 'client'}-rendered, ${connection}, ${lang}, with passwordless-login.css: CLS is 0`, { todo }, async () => {
        const shifts = await layoutShiftFor({ lang, connection, reserve: true, ssr });
        assert.equal(shifts.value, 0, `moved: ${shifts.moved.join('; ')}`);
      });
    }
  }
}

test('SMS without passwordless-login.css: the country picker moves the field down (CLS > 0)', async () => {
  const shifts = await layoutShiftFor({ lang: 'en', connection: 'sms', reserve: false, ssr: true });
  assert.ok(shifts.value > 0, `CLS ${shifts.value}`);
});

test('client-rendered without passwordless-login.css: the content below moves (CLS > 0)', async () => {
  const shifts = await layoutShiftFor({ lang: 'en', connection: 'email', reserve: false, ssr: false });
  assert.ok(shifts.value > 0, `CLS ${shifts.value}`);
});
