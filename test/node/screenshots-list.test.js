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
