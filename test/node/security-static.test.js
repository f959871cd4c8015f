// @ts-check
// The security plan's CI gates that need no network: no unsafe Lit directives, HTML sinks or eval in the element,
// auth0-js ≥ 10 pinned, no code or locales fetched from another origin at runtime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';

const root = new URL('../..', import.meta.url).pathname;

/** The element's code: src/ and the protocol module it shares with the server. */
async function sources() {
  const files = [
    ...(await readdir(`${root}src`, { recursive: true })).filter((f) => /\.ts$/.test(f)).map((f) => `src/${f}`),
    ...(await readdir(`${root}protocol`)).filter((f) => /\.js$/.test(f)).map((f) => `protocol/${f}`),
  ];
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(`${root}${file}`, 'utf8') })));
}

test('CI gate: the element uses no unsafeHTML, unsafeSVG, unsafeStatic, innerHTML/outerHTML writes, srcdoc, eval or new Function', async () => {
  for (const { file, text } of await sources()) {
    // The one exception: src/ssr.ts, the server renderer (Node only, in no browser bundle), writes the host tag with
    // unsafeStatic from attribute names checked against a strict pattern and HTML-escaped values (test/node/ssr.test.js
    // renders XSS payloads as text). Nothing else in it may use any of these.
    const checked = file === 'src/ssr.ts' ? text.replace("import { html, unsafeStatic } from 'lit/static-html.js';", '').replace(/unsafeStatic\(`<\$\{TAG\}\$\{attributeText\(attributes\)\}><\/\$\{TAG\}>`\)/, '') : text;
    assert.doesNotMatch(checked, /unsafeHTML|unsafeSVG|unsafeStatic|\.(inner|outer)HTML\s*=|insertAdjacentHTML|srcdoc|\beval\(|new Function\(|document\.write/, file);
  }
});

test('CI gate: auth0-js is pinned at 10 or later; nothing is imported from another origin at runtime', async () => {
  const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
  const auth0 = /** @type {string} */ (pkg.dependencies['auth0-js']);
  assert.match(auth0, /^\d+\.\d+\.\d+$/, 'an exact version');
  assert.ok(Number(auth0.split('.')[0]) >= 10, 'auth0-js ≥ 10 (no /userinfo fallback, CVE-2026-42280)');
  const lock = JSON.parse(await readFile(`${root}package-lock.json`, 'utf8'));
  assert.equal(lock.packages['node_modules/auth0-js'].version, auth0, 'the lockfile holds the same version');
  for (const { file, text } of await sources()) {
    assert.doesNotMatch(text, /import\(\s*['"`]https?:|src\s*=\s*['"`]https?:/, `${file} loads code from another origin`);
  }
});
