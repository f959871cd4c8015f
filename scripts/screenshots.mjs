// npm run screenshots: the README's pictures of the demo themes, taken in real Chromium from the states gallery.
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../test/helpers/browser.js';
import { startDemo } from '../test/helpers/demo-server.js';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
const SHOTS = [
  { name: 'default-light', theme: '', scheme: 'light' },
  { name: 'default-dark', theme: '', scheme: 'dark' },
  { name: 'midnight', theme: 'midnight', scheme: 'light' },
  { name: 'paper', theme: 'paper', scheme: 'light' },
  { name: 'brand', theme: 'brand', scheme: 'light' },
  { name: 'arabic-rtl', theme: '', scheme: 'light', lang: 'ar' },
];

await mkdir(out, { recursive: true });
const demo = await startDemo();
const browser = await launchBrowser();
try {
  for (const { name, theme, scheme, lang = 'en' } of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 1180, height: 900 }, colorScheme: /** @type {'light'|'dark'} */ (scheme) });
    await page.goto(`${demo.url}/gallery.html?theme=${theme}&lang=${lang}`);
    await page.locator('passwordless-login').nth(7).waitFor();
    await page.waitForTimeout(lang === 'en' ? 300 : 1200); // fonts, and a lazily loaded locale
    // Four telling states: entry, code with a wrong code, rate-limited, success.
    const figures = page.locator('.gallery figure');
    await page.evaluate(() => {
      const keep = new Set([0, 6, 8, 13]);
      document.querySelectorAll('.gallery figure').forEach((figure, i) => ((/** @type {HTMLElement} */ (figure)).hidden = !keep.has(i)));
      document.querySelector('.gallery')?.setAttribute('style', 'grid-template-columns: repeat(4, 1fr)');
    });
    await page.locator('.gallery').screenshot({ path: `${out}${name}.png` });
    console.log(`docs/screenshots/${name}.png (${await figures.count()} states in the gallery)`);
    await page.close();
  }
} finally {
  await browser.close();
  await demo.close();
}
