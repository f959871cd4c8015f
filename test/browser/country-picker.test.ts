// The SMS step's country picker, as people use it: with the mouse, with the keyboard alone, with a screen reader, in
// other languages and right to left; and what it does to the number typed beside it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport } from '../../src/testing.js';
import { loginError } from '../../src/model.js';
import { flagEmojiRenders } from '../../src/input/phone/flag-emoji.js';
import { input, part, parts, renderLogin, submit, type } from './helpers/flow-harness.js';

const picker = (el: PasswordlessLogin) => part(el, 'country-select') as HTMLInputElement;
const list = (el: PasswordlessLogin) => part(el, 'country-list');
const options = (el: PasswordlessLogin) => parts(el, 'country-option');
const optionOf = (el: PasswordlessLogin, code: string) => el.shadowRoot!.getElementById(`country-${code}`)!;
const active = (el: PasswordlessLogin) => el.shadowRoot!.getElementById(picker(el).getAttribute('aria-activedescendant') ?? '');
const hint = (el: PasswordlessLogin) => el.shadowRoot!.getElementById('identifier-hint')!.textContent!.trim();
const expanded = (el: PasswordlessLogin) => picker(el).getAttribute('aria-expanded') === 'true';
/** What the closed picker shows, without the bidi isolates around the calling code. */
const shown = (el: PasswordlessLogin) => picker(el).value.replace(/[\u2066-\u2069]/g, '');

async function renderPicker(attributes: { lang?: string } = {}, transport = new FakeTransport()) {
  const { el } = await renderLogin(transport, { connection: 'sms', ...attributes });
  await waitUntil(() => part(el, 'country-select'), 'the phone library loads and the picker renders', { timeout: 5000 });
  return { el, transport };
}

/** Types into the picker's search as a person does: the field's text selected, then replaced key by key. */
async function search(el: PasswordlessLogin, text: string) {
  picker(el).focus();
  picker(el).select();
  // One key at a time: WebKitGTK's WebDriver drops a key typed again at once ("44" arrives as "4").
  for (const key of text) {
    await sendKeys({ type: key });
    await el.updateComplete;
  }
}

describe('the country picker', () => {
  afterEach(() => sessionStorage.clear());

  it('names the countries in the element\'s language, each with its calling code, and starts on the language\'s country', async () => {
    const { el } = await renderPicker({ lang: 'de' });
    expect(shown(el)).to.equal('Deutschland (+49)');
    expect(picker(el).labels![0]!.textContent).to.equal('Land');
    picker(el).click();
    await el.updateComplete;
    expect(options(el).length).to.be.greaterThan(200);
    expect(optionOf(el, 'GB').querySelector('.country-name')!.textContent).to.equal('Vereinigtes Königreich');
    const code = optionOf(el, 'GB').querySelector('[part~="calling-code"]')!;
    expect([code.textContent, code.getAttribute('dir')]).to.deep.equal(['+44', 'ltr']);
    expect(optionOf(el, 'DE').getAttribute('part')).to.contain('country-option-chosen');
  });

  it('shows flag emoji only where the platform draws them, and never in what is read or typed', async () => {
    const { el } = await renderPicker({ lang: 'en-GB' });
    picker(el).click();
    await el.updateComplete;
    const flags = parts(el, 'country-flag');
    expect(flags.length > 0, 'flags match what this platform draws').to.equal(flagEmojiRenders());
    expect(flags.every((flag) => flag.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const spoken = options(el).map((option) => [...option.children].filter((child) => !child.hasAttribute('aria-hidden')).map((child) => child.textContent).join(' '));
    expect(spoken.filter((text) => /\p{Regional_Indicator}/u.test(text))).to.deep.equal([]);
    expect(picker(el).value).to.not.match(/\p{Regional_Indicator}/u);
  });

  it('follows a typed +44 to the United Kingdom, and sends the number as typed', async () => {
    const { el, transport } = await renderPicker({ lang: 'en-US' });
    expect(shown(el)).to.equal('United States (+1)');
    await type(el, '+4');
    expect(shown(el), 'no complete calling code yet').to.equal('United States (+1)');
    await type(el, '+44');
    expect(shown(el)).to.equal('United Kingdom (+44)');
    await type(el, '+44 7400 123456');
    expect(shown(el)).to.equal('United Kingdom (+44)');
    await submit(el);
    await waitUntil(() => transport.calls.length === 1, 'the code is sent', { timeout: 5000 });
    expect(transport.calls[0]!.request).to.deep.include({ connection: 'sms', recipient: '+447400123456' });
  });

  it('picks the country of a number typed before the picker was there', async () => {
    const { el } = await renderLogin(new FakeTransport(), { connection: 'sms', lang: 'en-US' });
    await type(el, '+33 6 12 34 56 78');
    await waitUntil(() => part(el, 'country-select'), 'the picker renders', { timeout: 5000 });
    expect(shown(el)).to.equal('France (+33)');
  });

  it('keeps Canada for +1, and brings another country to the United States', async () => {
    const { el: canadian } = await renderPicker({ lang: 'en-CA' });
    await type(canadian, '+1 613 555 0123');
    expect(shown(canadian)).to.equal('Canada (+1)');
    const { el: british } = await renderPicker({ lang: 'en-GB' });
    await type(british, '+1');
    expect(shown(british)).to.equal('United States (+1)');
  });

  it('a choice gives a typed "+" number its calling code, and keeps and re-formats a national number', async () => {
    const { el } = await renderPicker({ lang: 'en-US' });
    await type(el, '+1 201 555 0123');
    await search(el, 'united kingdom');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.equal('United Kingdom (+44)');
    expect(input(el).value.replace(/\s/g, '')).to.equal('+442015550123');
    await type(el, '74001 23456'); // a US-style grouping of a national number
    await search(el, 'united kingdom');
    expect(active(el)?.id).to.equal('country-GB');
    await search(el, 'france');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input(el).value.replace(/\D/g, '')).to.equal('7400123456');
  });

  it('searches by name in the element\'s language or in English, by ISO code, and by calling code with or without +', async () => {
    const { el } = await renderPicker({ lang: 'de' });
    for (const [query, first] of [['königr', 'GB'], ['united kingdom', 'GB'], ['gb', 'GB'], ['+44', 'GB'], ['44', 'GB'], ['+1', 'US'], ['kanada', 'CA']]) {
      await search(el, query!);
      expect(options(el)[0]!.id, query).to.equal(`country-${first}`);
      expect(active(el)?.id, `${query}: the best match is highlighted`).to.equal(`country-${first}`);
    }
    await search(el, '+44');
    expect(options(el).every((option) => option.querySelector('[part~="calling-code"]')!.textContent!.startsWith('+44'))).to.equal(true);
    await search(el, 'xyz');
    expect(options(el)).to.have.length(0);
    expect(list(el)).to.equal(null);
    expect(expanded(el)).to.equal(false);
    expect(part(el, 'country-no-match')!.textContent).to.contain('Kein Land gefunden');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(el), 'Escape keeps the chosen country').to.equal('Deutschland (+49)');
  });

  it('works with the keyboard alone: arrows, Enter, Escape and Tab; focus stays in the field; Enter does not send', async () => {
    const { el, transport } = await renderPicker({ lang: 'en-GB' });
    picker(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(expanded(el)).to.equal(true);
    expect(active(el)?.id, 'opens on the chosen country').to.equal('country-GB');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const next = active(el)!;
    expect(next.id).to.not.equal('country-GB');
    expect(next.previousElementSibling?.id).to.equal('country-GB');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(options(el).indexOf(active(el)!) - options(el).indexOf(optionOf(el, 'GB'))).to.equal(10);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect([expanded(el), shown(el)]).to.deep.equal([false, 'United Kingdom (+44)']);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'fra' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([expanded(el), shown(el)]).to.deep.equal([false, 'France (+33)']);
    expect(el.shadowRoot!.activeElement).to.equal(picker(el));
    expect(transport.calls, 'Enter in the open list chose, it did not send').to.have.length(0);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'germ' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shown(el), 'Tab takes the highlighted country').to.equal('Germany (+49)');
    expect(el.shadowRoot!.activeElement, 'and moves on to the phone field').to.equal(input(el));
    await sendKeys({ type: '01512 3456789' });
    const started = oneEvent(el, 'passwordless-start');
    await sendKeys({ press: 'Enter' });
    await started;
    expect(transport.calls[0]!.request).to.deep.include({ recipient: '+4915123456789' });
  });

  it('starts a new search when typed into, wherever the caret was, and leaves Enter to an input method while it composes', async () => {
    const { el } = await renderPicker({ lang: 'en-GB' });
    picker(el).focus();
    picker(el).setSelectionRange(picker(el).value.length, picker(el).value.length);
    await sendKeys({ type: 'fra' });
    await el.updateComplete;
    expect(picker(el).value).to.equal('fra');
    expect(active(el)?.id).to.equal('country-FR');
    const composing = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true });
    picker(el).dispatchEvent(composing);
    await el.updateComplete;
    expect([composing.defaultPrevented, expanded(el), shown(el)]).to.deep.equal([false, true, 'fra']);
  });

  it('takes a click: the list opens, a country is chosen, focus stays in the field', async () => {
    const { el } = await renderPicker({ lang: 'en-GB' });
    try {
      const box = picker(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      expect(expanded(el)).to.equal(true);
      const france = optionOf(el, 'FR');
      france.scrollIntoView({ block: 'center' });
      const at = france.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(at.left + 20), Math.round(at.top + at.height / 2)] });
      await el.updateComplete;
      expect([expanded(el), shown(el)]).to.deep.equal([false, 'France (+33)']);
      expect(el.shadowRoot!.activeElement).to.equal(picker(el));
    } finally {
      await resetMouse();
    }
  });

  it('tells a screen reader what it is, what is highlighted and how many countries match', async () => {
    const { el } = await renderPicker({ lang: 'en-GB' });
    const field = picker(el);
    expect([field.getAttribute('role'), field.getAttribute('aria-autocomplete'), field.getAttribute('aria-expanded')]).to.deep.equal(['combobox', 'list', 'false']);
    expect(list(el), 'no list while closed: "Country" names the field alone').to.equal(null);
    await search(el, 'united');
    expect(field.getAttribute('aria-controls')).to.equal('country-list');
    expect([list(el)!.getAttribute('role'), list(el)!.getAttribute('aria-labelledby')]).to.deep.equal(['listbox', 'country-label']);
    const highlighted = active(el)!;
    expect([highlighted.getAttribute('role'), highlighted.getAttribute('aria-selected'), highlighted.parentElement]).to.deep.equal(['option', 'true', list(el)]);
    expect(list(el)!.querySelectorAll('[aria-selected="true"]')).to.have.length(1);
    const status = el.shadowRoot!.querySelector('.country-field ~ [role="status"]')!;
    expect(status.textContent).to.equal(`Countries found: ${options(el).length}`);
    // Said, not shown: the list itself shows the matches.
    expect(status.getBoundingClientRect().width, 'the count is visually hidden').to.be.at.most(1);
    await expect(el).to.be.accessible();
    await search(el, 'xyz');
    expect(status.textContent).to.equal('No country matches. Search by its name or calling code, like +44.');
  });

  it('keeps its contrast with the list open in the dark scheme', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch (error) {
      // Firefox and WebKit in Web Test Runner cannot emulate a colour scheme (see showScheme in theming.test.ts).
      if (/CDP support is required|not supported for browser type webdriver/.test(String(error))) this.skip();
      throw error;
    }
    try {
      const { el } = await renderPicker({ lang: 'en-GB' });
      await search(el, 'united');
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps calling codes left to right in Arabic', async () => {
    const { el } = await renderPicker({ lang: 'ar-SA' });
    await waitUntil(() => part(el, 'base')!.getAttribute('dir') === 'rtl', 'Arabic loads', { timeout: 5000 });
    expect(picker(el).value).to.equal(`${new Intl.DisplayNames('ar', { type: 'region' }).of('SA')} (\u2066+966\u2069)`);
    // The example number is isolated left to right: a <bdi dir="ltr"> once the rest of the element is here.
    expect(el.shadowRoot!.querySelector('#identifier-hint bdi[dir="ltr"]')?.textContent).to.equal('051 234 5678');
    picker(el).click();
    await el.updateComplete;
    expect(getComputedStyle(optionOf(el, 'SA')).direction).to.equal('rtl');
    expect(getComputedStyle(optionOf(el, 'SA').querySelector('[part~="calling-code"]')!).direction).to.equal('ltr');
    // The name at the start (right), the code at the end (left) of the line.
    const name = optionOf(el, 'SA').querySelector('.country-name')!.getBoundingClientRect();
    const code = optionOf(el, 'SA').querySelector('[part~="calling-code"]')!.getBoundingClientRect();
    const line = optionOf(el, 'SA').getBoundingClientRect();
    expect(code.right).to.be.at.most(name.left);
    expect(code.left - line.left, 'the code sits at the line\'s left end, inside its padding').to.be.lessThan(20);
    await expect(el).to.be.accessible();
  });

  it('hints with an example number in the chosen country\'s format, not with a request for a country code', async () => {
    const { el } = await renderPicker({ lang: 'en-GB' });
    expect(hint(el)).to.equal('We will text you a one-time code. For example: 07400 123456');
    await search(el, 'united states');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(hint(el)).to.equal('We will text you a one-time code. For example: (201) 555-0123');
  });

  it('is read-only while the number is sent', async () => {
    let release!: () => void;
    const transport = new FakeTransport().nextStart(new Promise<never>((_, reject) => (release = () => reject(loginError('network')))));
    const { el } = await renderPicker({ lang: 'en-GB' }, transport);
    await type(el, '07400 123456');
    await submit(el);
    expect(picker(el).readOnly).to.equal(true);
    picker(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(expanded(el)).to.equal(false);
    release();
    await waitUntil(() => !picker(el).readOnly, 'the send fails');
    expect(input(el).value, 'the number stays').to.equal('07400 123456');
  });
});

describe('the country picker with sms-countries', () => {
  afterEach(() => sessionStorage.clear());

  async function renderAllowed(smsCountries: string, lang = 'en-US') {
    const transport = new FakeTransport();
    const el = await fixture<PasswordlessLogin>(html`<passwordless-login
      client-id="test-${Math.random()}"
      connection="sms"
      lang=${lang}
      sms-countries=${smsCountries}
      .customTransport=${transport}
    ></passwordless-login>`);
    await waitUntil(() => part(el, 'country-select'), 'the phone library loads and the picker renders', { timeout: 5000 });
    return { el, transport };
  }
  const listed = (el: PasswordlessLogin) => options(el).map(({ id }) => id.replace('country-', ''));

  it('lists only the allowed countries, by name in the element\'s language', async () => {
    const { el } = await renderAllowed('us gb FR, de', 'de');
    picker(el).click();
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['DE', 'FR', 'US', 'GB']); // Deutschland, Frankreich, Vereinigte Staaten, Vereinigtes Königreich
  });

  it('starts on the page\'s country when it is allowed, else on the first of the list as written', async () => {
    const { el: allowed } = await renderAllowed('IE GB', 'en-GB');
    expect(shown(allowed)).to.equal('United Kingdom (+44)');
    const { el: notAllowed } = await renderAllowed('IE GB', 'en-US');
    expect(shown(notAllowed), 'Ireland is first in sms-countries, though second by name').to.equal('Ireland (+353)');
    expect(hint(notAllowed)).to.equal('We will text you a one-time code. For example: 085 012 3456');
  });

  it('searches only the allowed countries: a country outside the list is no match', async () => {
    const { el } = await renderAllowed('GB IE');
    await search(el, 'france');
    expect(options(el)).to.have.length(0);
    expect(part(el, 'country-no-match')).to.not.equal(null);
    await search(el, '+3');
    expect(listed(el)).to.deep.equal(['IE']);
    await search(el, 'united');
    expect(listed(el)).to.deep.equal(['GB']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.equal('United Kingdom (+44)');
  });

  it('moves through the allowed countries alone with the keyboard, wrapping at the ends', async () => {
    const { el, transport } = await renderAllowed('GB IE FR', 'en-GB');
    picker(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect([listed(el), active(el)?.id]).to.deep.equal([['FR', 'IE', 'GB'], 'country-GB']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)?.id, 'from the last to the first').to.equal('country-FR');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(active(el)?.id, 'a page stops at the end').to.equal('country-GB');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.equal('Ireland (+353)');
    expect(transport.calls).to.have.length(0);
  });

  it('shows a single allowed country, so the person sees where texts go, and it still works as a field', async () => {
    const { el } = await renderAllowed('GB', 'fr');
    expect(shown(el)).to.equal('Royaume-Uni (+44)');
    picker(el).click();
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['GB']);
    await expect(el).to.be.accessible();
  });

  it('a typed +CC moves it only to an allowed country: +1 finds Canada when the United States is not texted', async () => {
    const { el } = await renderAllowed('GB CA', 'en-GB');
    await type(el, '+1 613 555 0123');
    expect(shown(el)).to.equal('Canada (+1)');
    await type(el, '+33 6 12 34 56 78');
    expect(shown(el), 'France is not texted: the picker stays').to.equal('Canada (+1)');
  });
});
