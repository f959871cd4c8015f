// @ts-check
// README's list of languages is checked against the locale folder: every locale of SUPPORTED_LOCALES named by its
// English name (Intl.DisplayNames, so "zh-tw" is "Chinese (Taiwan)"), no other name, the count, and which of them
// are written right to left (the locales' own `$dir`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const read = (/** @type {string} */ path) => readFile(new URL(path, root), 'utf8');
const englishName = new Intl.DisplayNames(['en'], { type: 'language' });

/** "English (built in), Arabic, Chinese (Taiwan) and Urdu" → the names, without the "(built in)" note. @param {string} list */
const names = (list) => list.replace(/\s+/g, ' ').split(/, | and /).map((name) => name.replace(' (built in)', '').trim());

async function supportedLocales() {
  const source = await read('src/i18n/locales/index.ts');
  const list = /SUPPORTED_LOCALES = (\[[^\]]*\])/.exec(source)?.[1];
  assert.ok(list, 'SUPPORTED_LOCALES is in src/i18n/locales/index.ts');
  return /** @type {string[]} */ (JSON.parse(list.replaceAll("'", '"')));
}

async function readmeLanguages() {
  const readme = await read('README.md');
  const section = readme.slice(readme.indexOf('## Languages and accessibility'));
  const list = /Messages come in (\d+) languages, each loaded only when used: ([^.]+)\./.exec(section);
  const rtl = /\. ([^.]+) are written right to left\./.exec(section);
  assert.ok(list && rtl, 'README says "Messages come in N languages, each loaded only when used: …. … are written right to left."');
  return { count: Number(list[1]), names: names(list[2]), rtl: names(rtl[1]) };
}

test('README names every language of the locale folder by its English name, and no other, with the right count', async () => {
  const locales = await supportedLocales();
  const readme = await readmeLanguages();
  assert.equal(readme.count, locales.length, 'the count');
  assert.deepEqual([...readme.names].sort(), locales.map((code) => englishName.of(code)).sort());
  assert.equal(readme.names[0], 'English', 'English first: it is built in');
});

test('README says which languages are written right to left: those whose locale sets $dir to rtl', async () => {
  const locales = await supportedLocales();
  const rtl = [];
  for (const code of locales.filter((locale) => locale !== 'en')) {
    if (/\$dir: 'rtl'/.test(await read(`src/i18n/locales/${code}.ts`))) rtl.push(englishName.of(code));
  }
  assert.ok(rtl.length > 0);
  assert.deepEqual([...(await readmeLanguages()).rtl].sort(), rtl.sort());
});
