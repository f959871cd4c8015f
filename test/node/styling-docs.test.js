// @ts-check
// The styling contract is written in three places that must agree: the class JSDoc (the source of
// custom-elements.json), docs/theming.md, and the browser test that proves each part and property works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const read = (/** @type {string} */ path) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
const sorted = (/** @type {Iterable<string>} */ names) => [...new Set(names)].sort();

const element = await read('src/element/passwordless-login.element.ts');
const theming = await read('docs/theming.md');
const themingTest = await read('test/browser/theming.test.ts');

test('every part in the JSDoc is in docs/theming.md and in the theming test, and no other', () => {
  const jsdoc = sorted([...element.matchAll(/@csspart ([\w-]+)/g)].map((m) => /** @type {string} */ (m[1])));
  const docs = sorted([...theming.matchAll(/^\| `([\w-]+)` \| .* \| .* \|$/gm)].map((m) => /** @type {string} */ (m[1])).filter((name) => !name.startsWith('--')));
  const tested = sorted([
    ...[...themingTest.matchAll(/^\s+\['([\w-]+)', \{/gm)].map((m) => /** @type {string} */ (m[1])),
    ...[...themingTest.matchAll(/part\(el, '([\w-]+)'\)/g)].map((m) => /** @type {string} */ (m[1])),
    'suggestion', 'suggestion-button', // covered by the element test of the typo hint
  ]).filter((name) => jsdoc.includes(name));
  assert.deepEqual(docs, jsdoc);
  assert.deepEqual(tested, jsdoc);
});

test('every custom property in the JSDoc is in docs/theming.md and proven by the theming test', () => {
  const jsdoc = sorted([...element.matchAll(/@cssproperty \[(--passwordless-[\w-]+)=/g)].map((m) => /** @type {string} */ (m[1])));
  const docs = sorted([...theming.matchAll(/^\| `(--passwordless-[\w-]+)` \|/gm)].map((m) => /** @type {string} */ (m[1])));
  const tested = sorted([...themingTest.matchAll(/\['(--passwordless-[\w-]+)'/g)].map((m) => /** @type {string} */ (m[1])));
  assert.deepEqual(docs, jsdoc);
  assert.deepEqual(tested, jsdoc);
});

test('every custom state in the JSDoc is in docs/theming.md', () => {
  const jsdoc = sorted([...element.matchAll(/@cssstate ([\w-]+)/g)].map((m) => /** @type {string} */ (m[1])));
  for (const name of jsdoc) assert.ok(theming.includes(`:state(${name})`), `docs/theming.md mentions :state(${name})`);
});
