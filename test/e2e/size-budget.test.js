// @ts-check
// The size budget of issue 6 that a build can break without any other test noticing: the entry chunk (what every
// page loads before anything else) stays within 12 KB gzipped, and the browser build of auth0-js uses the stand-ins
// of scripts/build/ (vite.config.ts's aliases) instead of jsbn, crypto-js and qs, which would take the complete SPA
// code sign-in past its 65 KB. The complete sign-in itself is measured by `npm run bench -- --size-only`, which
// records which files a real sign-in loads.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildDist } from '../helpers/build.js';

const dist = new URL('../../dist/', import.meta.url).pathname;
// bytes, gzip -9 (KB = 1,000 bytes, as the benchmark counts); the table of languages is a lazy chunk of its own, so
// a new language costs the entry nothing (src/i18n/load-locale.ts).
const ENTRY_GZIP_BUDGET = 12_000;

before(() => buildDist());

test('the entry chunk is at most 12 KB gzipped (gzip -9)', async () => {
  const size = gzipSync(await readFile(`${dist}passwordless-login.js`), { level: 9 }).length;
  assert.ok(size <= ENTRY_GZIP_BUDGET, `entry chunk ${size} B gzipped, budget ${ENTRY_GZIP_BUDGET} B: move what the first step does not need to src/later/`);
});

test('the browser build of auth0-js uses the stand-ins for jsbn, crypto-js and qs, not the libraries', async () => {
  const maps = (await readdir(`${dist}chunks`)).filter((file) => file.endsWith('.js.map'));
  /** @type {string[]} */
  const sources = [];
  for (const file of maps) sources.push(...JSON.parse(await readFile(`${dist}chunks/${file}`, 'utf8')).sources);
  assert.ok(sources.some((source) => source.includes('node_modules/auth0-js/')), 'auth0-js is in the build (the check looks at the right files)');
  const originals = sources.filter((source) => /node_modules\/(jsbn|crypto-js|qs)\//.test(source));
  assert.deepEqual(originals, [], 'none of the replaced libraries is bundled');
  for (const standIn of ['scripts/build/jsbn.js', 'scripts/build/crypto-js/sha256.js', 'scripts/build/qs.js']) {
    assert.ok(sources.some((source) => source.endsWith(standIn)), `${standIn} is bundled in their place`);
  }
});
