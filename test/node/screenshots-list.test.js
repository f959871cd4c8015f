// @ts-check
// The pictures `npm run screenshots` takes are the ones README.md shows, and the gallery they are taken from shows
// every step (with SMS and both send modes). Taking them needs a browser: run `npm run screenshots` by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { SCREENSHOTS } from '../../scripts/screenshots/list.mjs';

const root = new URL('../..', import.meta.url);
const read = (/** @type {string} */ path) => readFile(new URL(path, root), 'utf8');

test('npm run screenshots runs scripts/screenshots.mjs', async () => {
  const pkg = JSON.parse(await read('package.json'));
  assert.equal(pkg.scripts.screenshots, 'node scripts/screenshots.mjs');
  assert.match(await read('scripts/screenshots.mjs'), /from '\.\/screenshots\/list\.mjs'/);
});

test('README.md shows every picture in the list, with its caption, and docs/screenshots holds no other', async () => {
  const readme = await read('README.md');
  for (const { file, caption } of SCREENSHOTS) {
    assert.ok(readme.includes(`![${caption}](docs/screenshots/${file})`), `README.md shows ${file} as "${caption}"`);
  }
  const linked = [...readme.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(linked)].sort(), SCREENSHOTS.map((s) => s.file).sort(), 'README.md links no other picture');
  const files = (await readdir(new URL('docs/screenshots/', root))).filter((f) => f.endsWith('.png'));
  assert.deepEqual(files.sort(), SCREENSHOTS.map((s) => s.file).sort(), 'docs/screenshots/ holds the listed pictures');
  assert.equal(new Set(SCREENSHOTS.map((s) => `${s.theme}|${s.scheme}|${s.lang}`)).size, SCREENSHOTS.length, 'no picture twice');
});

test('the states gallery shows every step of the element, SMS and magic-link entry among them', async () => {
  const model = await read('src/model.ts');
  const steps = /LOGIN_STEPS = \[([^\]]*)\]/.exec(model)?.[1]?.match(/'[\w-]+'/g)?.map((s) => s.slice(1, -1)) ?? [];
  assert.ok(steps.includes('identify') && steps.length >= 7, `steps read from src/model.ts: ${steps}`);
  const gallery = await read('demo/gallery-states.ts');
  const shown = new Set([...gallery.matchAll(/step: '([\w-]+)'/g)].map((m) => m[1]));
  assert.deepEqual(steps.filter((step) => !shown.has(step)), [], 'every step is in demo/gallery-states.ts');
  assert.match(gallery, /id: 'identify-sms', [^\n]*attributes: sms/);
  assert.match(gallery, /id: 'identify-link', [^\n]*attributes: link/);
  assert.match(gallery, /id: 'invalid-email'[^\n]*step: 'identify'[^\n]*error: 'invalid_email'/);
  assert.match(gallery, /id: 'wrong-code'[^\n]*step: 'code'[^\n]*error: 'wrong_code'/);
});

test('the gallery shows how each step can be reached: a typo, a held address, a code used up, a block, a session found, signed out, a search', async () => {
  const gallery = await read('demo/gallery-states.ts');
  // Each state's entry, from its id to the next one's (test/browser/gallery.test.ts checks what each shows).
  const entry = (/** @type {string} */ id) => gallery.split(/(?=id: ')/).find((chunk) => chunk.startsWith(`id: '${id}',`)) ?? '';
  /** @type {[string, RegExp][]} */
  const expected = [
    ['suggestion', /step: 'identify'[^\n]*suggestion: '[^']+'/],
    ['already-sent', /step: 'code'[^\n]*alreadySent: true/],
    ['already-sent-link', /step: 'check-email'[^\n]*alreadySent: true/],
    ['code-used-up', /step: 'code'[^\n]*error: 'too_many_attempts'[^\n]*wrongCodes: \['\d+', '\d+', '\d+'\]/],
    ['blocked', /step: 'error'[^\n]*error: 'blocked'/],
    ['success-sign-out', /attributes: signOutButton[^\n]*step: 'success'/],
    ['welcome-back', /attributes: signOutButton[\s\S]*step: 'success'[^\n]*restored: true/],
    ['signed-out', /step: 'identify'[^\n]*signedOut: true/],
    ['country-search', /attributes: sms[^\n]*then: \(element\) => searchCountry\(element, '[^']+'\)/],
    ['send-refused', /step: 'identify'[^\n]*error: 'service_unavailable'[^\n]*resendAvailableAt/],
    ['rate-limited', /step: 'identify'[^\n]*error: 'rate_limited'[^\n]*resendAvailableAt/],
  ];
  for (const [id, shape] of expected) assert.match(entry(id), shape, `demo/gallery-states.ts has ${id}`);
  assert.match(gallery, /const signOutButton = \{ 'sign-out-button': '' \}/);
});

test('light, dark and Arabic for every state, and the themes that follow the page\'s scheme in both schemes', async () => {
  const keys = SCREENSHOTS.map((s) => `${s.theme}|${s.scheme}|${s.lang}`);
  for (const key of ['|light|en', '|dark|en']) assert.ok(keys.includes(key), key);
  assert.ok(SCREENSHOTS.some((s) => s.lang === 'ar'), 'Arabic, right to left');
  const css = await read('demo/demo.css');
  const themes = [...css.matchAll(/\[data-theme='([\w-]+)'\] passwordless-login \{([^}]*)\}/g)].map((m) => ({ name: m[1], rules: m[2] ?? '' }));
  assert.ok(themes.length >= 3, `themes read from demo/demo.css: ${themes.map((t) => t.name)}`);
  for (const { name, rules } of themes) {
    // A theme that sets its own color-scheme looks the same in either page scheme; one that does not follows the page's.
    const fixed = /color-scheme:\s*(light|dark)\s*;/.test(rules);
    const pictured = SCREENSHOTS.filter((s) => s.theme === name && s.lang === 'en').map((s) => s.scheme);
    if (fixed) assert.ok(pictured.length > 0, `${name} theme`);
    else assert.deepEqual([...new Set(pictured)].sort(), ['dark', 'light'], `${name} theme follows the page's scheme: light and dark`);
  }
});
