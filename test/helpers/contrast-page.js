// @ts-check
// The browser tests' contrast formulas (test/browser/helpers/contrast.ts), for pages that node:test suites drive
// with Playwright: esbuild strips the types once, and the script is run in the page through the DevTools protocol,
// which a page's Content-Security-Policy does not stop. One set of formulas for both kinds of test.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/** @typedef {{ colour: string, width: number }} Band */
/** @typedef {{ ratio: number, bands: Band[], behind: [number, number, number, number] }} FocusMeasure */

/** @type {Promise<string> | undefined} */
let script;

function contrastScript() {
  script ??= readFile(new URL('../browser/helpers/contrast.ts', import.meta.url), 'utf8')
    .then((source) => transform(source, { loader: 'ts', format: 'iife', globalName: '__passwordlessContrast', target: 'es2022' }))
    .then((result) => `${result.code}\nwindow.__passwordlessContrast = __passwordlessContrast;`);
  return script;
}

/**
 * The focus indicator of the focused element, measured as the browser tests do: its rings (colour and width), the
 * colour behind it, and the best contrast of a band at least 2px wide against that colour (WCAG 2.4.13, 1.4.11).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<FocusMeasure>}
 */
export async function measureFocus(page) {
  await page.evaluate(await contrastScript());
  return page.evaluate(() => {
    const helpers = /** @type {any} */ (window).__passwordlessContrast;
    const focused = /** @type {Element} */ (document.activeElement);
    return { ratio: helpers.focusContrast(focused), bands: helpers.indicatorBands(focused), behind: helpers.backgroundBehind(focused) };
  });
}
