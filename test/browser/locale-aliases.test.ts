// Tags a browser or a page uses for a bundled language under another code: `no` (Norwegian) speaks Bokmål (`nb`),
// `fil` (Filipino, the tag browsers send) speaks Auth0's `tl` (protocol/locale-match.js).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport } from '../../src/testing.js';
import { en } from '../../src/i18n/locales/en.js';
import { nb } from '../../src/i18n/locales/nb.js';
import { tl } from '../../src/i18n/locales/tl.js';
import type { PasswordlessMessages } from '../../src/i18n/messages.js';
import { part } from './helpers/flow-harness.js';
import { loadLocale } from '../../src/i18n/load-locale.js';

const ALIASES: [lang: string, speaks: PasswordlessMessages][] = [
  ['no', nb],
  ['no-NO', nb],
  ['fil', tl],
  ['fil-PH', tl],
];

describe('language aliases', () => {
  for (const [lang, messages] of ALIASES) {
    it(`lang="${lang}" loads the ${messages.$code} chunk, and the element marks its text as ${messages.$code}`, async () => {
      const el = await fixture<PasswordlessLogin>(
        html`<passwordless-login client-id="alias-${lang}" lang=${lang} .customTransport=${new FakeTransport()}></passwordless-login>`,
      );
      await waitUntil(() => part(el, 'label')!.textContent !== en.emailLabel, `${lang} loads`, { timeout: 5000 });
      expect(part(el, 'label')!.textContent).to.equal(messages.emailLabel);
      expect(part(el, 'header')!.querySelector('h2')!.textContent).to.equal(messages.title);
      // The words are Bokmål (nb) and Tagalog (tl), whatever tag the page used: assistive technology reads them so.
    expect(part(el, 'base')!.getAttribute('lang')).to.equal(messages.$code);
    });
  }
});

describe('a language no built-in locale serves', () => {
  for (const lang of ['kk', 'uz', 'pa-PK', 'xx-YY']) {
    it(`lang="${lang}": English, after the table of locales arrives, and no render asks for another without end`, async () => {
      const el = await fixture<PasswordlessLogin>(
        html`<passwordless-login client-id="none-${lang}" lang=${lang} .customTransport=${new FakeTransport()}></passwordless-login>`,
      );
      await loadLocale(lang); // the table arrives, and serves nothing for this tag
      await el.updateComplete;
      let renders = 0;
      const counting = () => (renders += 1);
      el.addController({ hostUpdated: counting });
      // With the old loop every render asked for the next one, and this never returned (the page froze).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(renders).to.be.below(3);
      expect(part(el, 'label')!.textContent).to.equal(en.emailLabel);
    });
  }
});
