// Right to left done right: inside Arabic, Hebrew, Persian and Urdu sentences, addresses, phone numbers, hosts, codes, numbers and
// examples are isolated (<bdi dir="ltr">) and laid out left to right; the email, phone and code fields stay left to
// right while labels and hints follow the page; a page's own messages are isolated too, and rendered as text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { bidiText, isolateArguments } from '../../src/later/bidi-text.js';
import { en } from '../../src/i18n/locales/en.js';
import { FakeTransport, previewState, type PreviewState } from '../../src/testing.js';
import { clock } from '../../src/later/clock.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { part, settle } from './helpers/flow-harness.js';

const CONTROLS = /[\u2066-\u2069]/;
const sent = { identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com' };

/** What Lit renders for a message, in a box of the given direction. */
async function rendered(message: string, dir: 'ltr' | 'rtl' = 'rtl'): Promise<HTMLElement> {
  const box = await fixture<HTMLParagraphElement>(html`<p dir=${dir} style="width: max-content"></p>`);
  render(bidiText(message), box);
  return box;
}

/** The element's text, but for the country names: an <option> holds only text, so its isolates stay characters. */
function renderedText(el: PasswordlessLogin): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('select')) text += node.textContent;
  return text;
}

const isolates = (root: ParentNode) => [...root.querySelectorAll('bdi')].map((bdi) => [bdi.textContent, bdi.dir]);

/** The horizontal position of each character of a text node's run, in reading order. */
function charLefts(node: Node): number[] {
  const text = node.firstChild as Text;
  return [...text.data].map((_, i) => {
    const range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return range.getBoundingClientRect().left;
  });
}

describe('bidiText', () => {
  it('leaves left-to-right text without isolates as it is', async () => {
    expect(bidiText('Send code')).to.equal('Send code');
    expect(isolates(await rendered('Enter the 6-digit code.', 'ltr'))).to.deep.equal([]);
  });

  it('renders each marked run as a <bdi> with its direction, without the marks', async () => {
    const box = await rendered('أرسلنا رمزًا إلى \u2068a•••@example.com\u2069. مثل \u2066+44\u2069. باسم \u2068محمد\u2069.');
    expect(isolates(box)).to.deep.equal([['a•••@example.com', 'ltr'], ['+44', 'ltr'], ['محمد', 'rtl']]);
    expect(box.textContent).to.not.match(CONTROLS);
  });

  it('isolates unmarked Latin runs inside right-to-left text (a page\'s own translation), keeping the full stop outside', async () => {
    const box = await rendered('أدخل رقمك مثل +44 7911 123456. أو name@example.com.');
    expect(isolates(box)).to.deep.equal([['+44 7911 123456', 'ltr'], ['name@example.com', 'ltr']]);
  });

  it('isolates a right-to-left value in left-to-right text, and takes doubled or stray marks in its stride', async () => {
    expect(isolates(await rendered('You are signed in as \u2068\u2068שרה\u2069\u2069.\u2069', 'ltr'))).to.deep.equal([['שרה', 'rtl']]);
    expect(isolates(await rendered('Continue on \u2068login.example.com', 'ltr'))).to.deep.equal([['login.example.com', 'ltr']]);
  });

  it('renders markup in a message as text', async () => {
    const box = await rendered('مثل <img src=x onerror="window.hacked=1"> \u2068<b>x</b>\u2069');
    expect(box.querySelector('img, b')).to.equal(null);
    expect(box.textContent).to.contain('<img src=x onerror="window.hacked=1">').and.contain('<b>x</b>');
  });

  it('marks interpolated text values, and leaves numbers numbers (a translation may pick its plural by them)', () => {
    const seen: unknown[] = [];
    const messages = isolateArguments({ ...en, codeHint: (length: number) => (seen.push(length), `${length}`) });
    expect(messages.codeSentTo('a@example.com')).to.equal('We sent a code to \u2068a@example.com\u2069.');
    messages.codeHint(6);
    expect(seen).to.deep.equal([6]);
    expect(messages.title).to.equal(en.title);
  });
});

type Case = [what: string, attributes: Record<string, string>, state: PreviewState & { resendInMs?: number }, where: string, value: string | Record<string, string>];

/** Where each kind of left-to-right value shows up in a right-to-left step. */
const CASES: Case[] = [
  // The phone hint's example number is in the format of the page language's country (Egypt, the likely region of `ar`;
  // Israel; Iran for Persian; Pakistan for Urdu).
  ['the example number in the phone hint', { connection: 'sms' }, { step: 'identify' }, '#identifier-hint', { ar: '010 01234567', he: '050-234-5678', fa: '0912 345 6789', ur: '0301 2345678' }],
  ['the example address in the email error', {}, { step: 'identify', error: 'invalid_email' }, '[part~="error"]', 'name@example.com'],
  ['the seconds of the first step\'s countdown', {}, { step: 'identify', error: 'rate_limited', resendInMs: 42_000 }, '[part~="countdown"]', '42'],
  ['the masked address a code went to', {}, { step: 'code', ...sent }, '#sent-to', 'a•••@example.com'],
  ['the number of digits', {}, { step: 'code', ...sent }, '#code-hint', '6'],
  ['the seconds of a cooldown', {}, { step: 'code', ...sent, resendInMs: 42_000 }, '[part~="countdown"]', '42'],
  ['the masked address a link went to', { send: 'link' }, { step: 'check-email', ...sent }, '[part~="hint"]', 'a•••@example.com'],
  ['the phone number signed in', { connection: 'sms' }, { step: 'success', user: { sub: 'sms|1', phone_number: '+447911123456' } }, '[part~="hint"]', '+447911123456'],
];

async function renderRtl(lang: string, attributes: Record<string, string>, { resendInMs, ...state }: PreviewState & { resendInMs?: number }) {
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login lang=${lang} client-id="bidi-${Math.random()}"></passwordless-login>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.customTransport = new FakeTransport();
  previewState(el, resendInMs === undefined ? state : { ...state, resendAvailableAt: clock.now() + resendInMs });
  await settle(el);
  await waitUntil(() => part(el, 'base')!.getAttribute('dir') === 'rtl', `${lang} loads`, { timeout: 5000 });
  await settle(el);
  return el;
}

describe('right to left in the element', () => {
  useFakeClock();
  for (const lang of ['ar', 'he', 'fa', 'ur']) {
    for (const [what, attributes, state, where, values] of CASES) {
      it(`${lang}: ${what} is isolated and reads left to right`, async () => {
        const value = typeof values === 'string' ? values : values[lang]!;
        const el = await renderRtl(lang, attributes, state);
        // The SMS step's example comes with the phone library, a moment after the first render.
        if (attributes.connection === 'sms') await waitUntil(() => el.shadowRoot!.querySelector(where)?.textContent?.includes(value), `"${value}" renders`, { timeout: 5000 });
        const place = el.shadowRoot!.querySelector<HTMLElement>(where)!;
        const bdi = [...place.querySelectorAll('bdi')].find((candidate) => candidate.textContent === value);
        expect(bdi, `"${value}" in ${place.textContent}`).to.exist;
        expect(bdi!.dir).to.equal('ltr');
        const lefts = charLefts(bdi!);
        expect(lefts, `"${value}" is laid out left to right`).to.deep.equal([...lefts].sort((a, b) => a - b));
        // The sentence is right to left: what follows the value (its full stop) is on its left, not stuck to its end.
        const after = bdi!.nextSibling?.textContent ?? '';
        if (after.trim()) {
          const range = document.createRange();
          range.selectNode(bdi!.nextSibling!);
          expect(range.getBoundingClientRect().right, `"${after}" after "${value}"`).to.be.at.most(bdi!.getBoundingClientRect().left + 1);
        }
        expect(renderedText(el), 'no isolate characters left in the text').to.not.match(CONTROLS);
      });
    }

    it(`${lang}: the email, phone and code fields are left to right and left-aligned; labels and hints follow the page`, async () => {
      for (const [attributes, state, field] of [
        [{}, { step: 'identify' }, 'identifier-input'],
        [{ connection: 'sms' }, { step: 'identify' }, 'identifier-input'],
        [{}, { step: 'code', ...sent }, 'code-input'],
      ] as const) {
        const el = await renderRtl(lang, attributes, state);
        const style = getComputedStyle(part(el, field)!);
        expect(style.direction, field).to.equal('ltr');
        expect(['start', 'left'], field).to.include(style.textAlign);
        expect(getComputedStyle(part(el, 'hint')!).direction).to.equal('rtl');
        expect(getComputedStyle(part(el, 'label')!).direction).to.equal('rtl');
      }
    });

    it(`${lang}: the calling codes in the country picker keep their plus sign in front`, async () => {
      const el = await renderRtl(lang, { connection: 'sms' }, { step: 'identify' });
      await waitUntil(() => part(el, 'country-select'), 'the country picker renders', { timeout: 5000 });
      // The picker's field holds text only: the calling code is isolated left to right there by isolate characters.
      expect((part(el, 'country-select') as HTMLInputElement).value).to.match(/\(\u2066\+\d+\u2069\)$/);
      (part(el, 'country-select') as HTMLInputElement).click();
      await settle(el);
      const code = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="calling-code"]')].find((c) => c.textContent === '+44')!;
      expect(code, 'the calling code of the United Kingdom in the list').to.exist;
      expect(getComputedStyle(code).direction).to.equal('ltr');
    });

    it(`${lang}: a page's own message override is isolated too, and stays text`, async () => {
      const el = await renderRtl(lang, { connection: 'sms' }, { step: 'identify' });
      el.messages = { phoneHint: 'مثل +1 202 555 0100. <img src=x>' };
      await settle(el);
      const hint = el.shadowRoot!.querySelector('#identifier-hint')!;
      expect(isolates(hint)[0]).to.deep.equal(['+1 202 555 0100', 'ltr']);
      expect(hint.querySelector('img')).to.equal(null);
      expect(hint.textContent).to.contain('<img src=x>');
    });
  }
});

describe('isolated runs that must stay whole', () => {
  it('the phone hint\'s example number is never broken across lines, however narrow the element', async () => {
    const el = await fixture<PasswordlessLogin>(html`<passwordless-login lang="en-US" connection="sms" client-id="narrow" style="width: 12rem"></passwordless-login>`);
    el.customTransport = new FakeTransport();
    // The example comes with the phone library, a moment after the first render.
    await waitUntil(() => el.shadowRoot!.querySelector('#identifier-hint bdi'), 'the example renders', { timeout: 5000 });
    await settle(el);
    const example = el.shadowRoot!.querySelector('#identifier-hint bdi')!;
    expect(example.textContent).to.equal('(201) 555-0123');
    expect(el.shadowRoot!.querySelector('#identifier-hint')!.getClientRects().length, 'the hint itself wraps').to.equal(1);
    expect(example.getClientRects().length, 'the number is on one line').to.equal(1);
  });
});
