// @ts-check
// npm run screenshots: every state of the element, from the demo's states gallery in real Chromium, in the light and
// dark schemes, in Arabic (right to left) and in the demo's three themes (the one that follows the page's scheme in
// both): docs/screenshots/*.png (the list is scripts/screenshots/list.mjs). Needs only `npm ci` and a local Chrome or Chromium (CHROME_PATH): the gallery is
// served from source by Vite, nothing is built or downloaded.
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../test/helpers/browser.js';
import { startDemo } from '../test/helpers/demo-server.js';
import { SCREENSHOTS } from './screenshots/list.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
// One instant for every picture, so countdowns read the same each time they are taken.
const FIXED_TIME = Date.parse('2026-01-15T10:00:00Z');

await mkdir(out, { recursive: true });
const demo = await startDemo();
let browser;
try {
  browser = await launchBrowser();
} catch (error) {
  console.error(/** @type {Error} */ (error).message); // no Chrome found: it says how to get one
  await demo.close();
  process.exit(1);
}
try {
  for (const { file, theme, scheme, lang } of SCREENSHOTS) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.clock.setFixedTime(FIXED_TIME);
    await page.goto(`${demo.url}/gallery.html?${new URLSearchParams({ theme, lang })}`);
    // The positive signals: every state drawn (the gallery says so), in its language, with its fonts.
    await page.locator('#gallery[data-ready="true"]').waitFor();
    await page.waitForFunction((expected) => [...document.querySelectorAll('#gallery passwordless-login')].every(
      (element) => element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === expected,
    ), lang);
    await page.evaluate(() => document.fonts.ready);
    // No focus ring on whichever field took focus last: each picture shows states at rest, but for the one whose
    // state is the person's focus (the country list open, a search typed).
    await page.evaluate(() => {
      const focused = /** @type {HTMLElement|null} */ (document.activeElement);
      if (!focused?.closest('figure[data-focused]')) focused?.blur();
    });
    const states = await page.locator('#gallery figure').count();
    await page.locator('#gallery').screenshot({ path: `${out}${file}`, animations: 'disabled', caret: 'hide' });
    console.log(`docs/screenshots/${file}: ${states} states`);
    await context.close();
  }
} finally {
  await browser.close();
  await demo.close();
}
