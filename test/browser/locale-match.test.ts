// A regional or script tag speaks its own built-in locale when there is one, else its language's: Traditional
// Chinese for zh-TW, zh-HK and zh-Hant, Simplified for zh, zh-CN and zh-Hans, never one for the other.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport } from '../../src/testing.js';
import { registerMessages } from '../../src/i18n/registry.js';
import { bestLocale } from '../../protocol/locale-match.js';
import { zh } from '../../src/i18n/locales/zh.js';
import { zhTw } from '../../src/i18n/locales/zh-tw.js';
import { ptPt } from '../../src/i18n/locales/pt-pt.js';
import { frCa } from '../../src/i18n/locales/fr-ca.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales/index.js';
import { part, settle } from './helpers/flow-harness.js';

const BUILT_IN = ['de', 'pt', 'es', 'zh', 'zh-tw', 'he'];

/** The locale the element speaks: its base part carries the messages' own code as `lang`. */
const spoken = (el: PasswordlessLogin) => part(el, 'base')!.getAttribute('lang');
const title = (el: PasswordlessLogin) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();

async function render(lang: string): Promise<PasswordlessLogin> {
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login client-id="match-${Math.random()}" lang=${lang} .customTransport=${new FakeTransport()}></passwordless-login>`);
  await settle(el);
  return el;
}

async function speaks(el: PasswordlessLogin, code: string): Promise<void> {
  await waitUntil(() => spoken(el) === code, `${el.lang} speaks ${code}, not ${spoken(el)}`, { timeout: 5000 });
}

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

  it('takes Norwegian "no" and Bokmål "nb" for one language, and the old codes for the new (tl → fil, in → id)', () => {
    expect(bestLocale('no', ['nb', 'nn'])).to.equal('nb');
    expect(bestLocale('nb-NO', ['no'])).to.equal('no');
    expect(bestLocale('nn', ['nb'])).to.equal(undefined); // Nynorsk is not Bokmål
    expect(bestLocale('tl', ['fil'])).to.equal('fil');
    expect(bestLocale('in', ['id'])).to.equal('id');
  });

  it('serves Punjabi in Gurmukhi (pa) only to Gurmukhi readers: Pakistan\'s Punjabi is written in Shahmukhi', () => {
    expect(bestLocale('pa-IN', ['pa', 'ur'])).to.equal('pa');
    expect(bestLocale('pa-Guru', ['pa', 'ur'])).to.equal('pa');
    expect(bestLocale('pa-PK', ['pa', 'ur'])).to.equal(undefined);
    expect(bestLocale('pa-Arab', ['pa', 'ur'])).to.equal(undefined);
  });
});

describe('which built-in locale serves a regional tag', () => {
  // Against the whole bundled list: a regional locale serves its region only, its language's serves the rest.
  const cases: [string, string][] = [
    ['pt-PT', 'pt-pt'],
    ['pt-pt', 'pt-pt'],
    ['pt', 'pt'],
    ['pt-BR', 'pt'],
    ['pt-AO', 'pt'],
    ['pt-MZ', 'pt'],
    ['fr-CA', 'fr-ca'],
    ['fr-Latn-CA', 'fr-ca'],
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr-BE', 'fr'],
    ['fr-CH', 'fr'],
    ['nn', 'nn'], // Nynorsk is its own language; "no" and "nb" are Bokmål
    ['nn-NO', 'nn'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['no-NO', 'nb'],
    ['cnr', 'cnr'],
    ['cnr-ME', 'cnr'],
    ['sr', 'sr'],
    ['sr-RS', 'sr'],
    ['sr-Cyrl-ME', 'sr'], // the script decides
    ['bs', 'bs'],
    ['hr', 'hr'],
    ['zgh', 'zgh'],
    ['zgh-MA', 'zgh'],
    ['zgh-Tfng', 'zgh'],
  ];
  for (const [lang, expected] of cases) {
    it(`${lang} → ${expected}`, () => {
      expect(bestLocale(lang, SUPPORTED_LOCALES)).to.equal(expected);
    });
  }

  // Where the engine's CLDR data knows Montenegrin as Serbian in Latin script (Chromium's, Firefox's, Node's; not
  // WebKitGTK's, which then serves these tags no built-in locale, so English), Serbian in Latin gets Montenegrin.
  const cnrIsSerbianLatin = new Intl.Locale('cnr').maximize().language === 'sr';
  for (const lang of ['sr-ME', 'sr-Latn']) {
    it(`${lang} → ${cnrIsSerbianLatin ? 'cnr' : 'no built-in locale'} (this engine's CLDR data)`, () => {
      expect(bestLocale(lang, SUPPORTED_LOCALES)).to.equal(cnrIsSerbianLatin ? 'cnr' : undefined);
    });
  }

  it('speaks European Portuguese for pt-PT and Canadian French for fr-CA, the others their language\'s', async () => {
    for (const [lang, code, titleText] of [['pt-PT', 'pt-pt', ptPt.title], ['fr-CA', 'fr-ca', frCa.title], ['pt-BR', 'pt', undefined], ['fr-FR', 'fr', undefined]] as const) {
      const el = await render(lang);
      await speaks(el, code);
      if (titleText) expect(title(el), lang).to.equal(titleText);
    }
  });
});

describe('the element in Chinese', () => {
  // First, while neither Chinese chunk has loaded.
  it('follows a lang change between the scripts, and never shows Simplified to a zh-TW page while Traditional loads', async () => {
    const el = await render('zh-CN');
    await speaks(el, 'zh');
    const shown: (string | null)[] = [];
    const watcher = new MutationObserver(() => shown.push(spoken(el)));
    watcher.observe(el.shadowRoot!, { attributes: true, attributeFilter: ['lang'], subtree: true });
    el.lang = 'zh-TW';
    await speaks(el, 'zh-tw');
    watcher.disconnect();
    expect(shown.at(-1)).to.equal('zh-tw');
    expect(shown).to.not.include('zh');

    document.documentElement.lang = 'zh-HK';
    el.removeAttribute('lang'); // now the page's language
    await settle(el);
    expect(spoken(el)).to.equal('zh-tw');
    document.documentElement.lang = 'zh-SG';
    await speaks(el, 'zh');
    document.documentElement.lang = 'en';
  });

  it('speaks Traditional Chinese for zh-TW, zh-HK and zh-Hant, Simplified for zh-CN and zh-Hans', async () => {
    for (const [lang, messages] of [['zh-TW', zhTw], ['zh-CN', zh], ['zh-HK', zhTw], ['zh-Hans', zh], ['zh-Hant', zhTw]] as const) {
      const el = await render(lang);
      await speaks(el, messages.$code);
      expect(title(el), lang).to.equal(messages.title);
    }
    expect(zhTw.title).to.not.equal(zh.title);
  });

  it('uses a page\'s own Simplified translation for zh-CN only: zh-TW still gets the built-in Traditional', async () => {
    registerMessages({ ...zh, title: '登录本站' });
    const simplified = await render('zh-CN');
    await speaks(simplified, 'zh');
    expect(title(simplified)).to.equal('登录本站');
    const traditional = await render('zh-TW');
    await speaks(traditional, 'zh-tw');
    expect(title(traditional)).to.equal(zhTw.title);
  });

  it('uses a page\'s own translation registered for the script (zh-Hant) for every Traditional tag', async () => {
    registerMessages({ ...zhTw, $code: 'zh-Hant', title: '登入本站' });
    for (const lang of ['zh-TW', 'zh-HK', 'zh-Hant-MO']) {
      const el = await render(lang);
      await settle(el);
      expect(title(el), lang).to.equal('登入本站');
    }
  });
});
