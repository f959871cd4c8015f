// A regional or script tag speaks its own built-in locale when there is one, else its language's: Traditional
// Chinese for zh-TW, zh-HK and zh-Hant, Simplified for zh, zh-CN and zh-Hans, never one for the other.
import { expect } from '@open-wc/testing';
import { bestLocale } from '../../protocol/locale-match.js';

const BUILT_IN = ['de', 'pt', 'es', 'zh', 'zh-tw', 'he'];

describe('which locale serves a language tag', () => {
  const cases: [string, string | undefined][] = [
    ['zh-TW', 'zh-tw'],
    ['zh-HK', 'zh-tw'],
    ['zh-MO', 'zh-tw'],
    ['zh-Hant', 'zh-tw'],
    ['zh-Hant-TW', 'zh-tw'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-TW', 'zh'], // the script decides, not the region
    ['ZH-tw', 'zh-tw'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt'],
    ['es-419', 'es'],
    ['iw', 'he'], // Hebrew's old code, as Intl canonicalizes it
    ['de_DE', 'de'], // not a language tag: its language before the underscore
    ['sr-Latn', undefined],
    ['fr', undefined],
    ['', undefined],
  ];
  for (const [lang, expected] of cases) {
    it(`${JSON.stringify(lang)} → ${expected ?? 'none (English)'}`, () => {
      expect(bestLocale(lang, BUILT_IN)).to.equal(expected);
    });
  }

  it('takes the same region over another one of the same script, and the shorter code on a tie', () => {
    expect(bestLocale('pt-PT', ['pt', 'pt-pt'])).to.equal('pt-pt');
    expect(bestLocale('pt-BR', ['pt-pt', 'pt'])).to.equal('pt');
    expect(bestLocale('es-MX', ['es-419', 'es'])).to.equal('es');
  });
});
