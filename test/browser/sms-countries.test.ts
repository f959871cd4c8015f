// The countries a site texts (`sms-countries`, and in backend mode the server's `smsCountries`), as a person meets
// them: a number of another country is refused on the phone field and nothing is sent, the number stays; the
// number's own country decides (+1 416 is Canada, +44 7797 Jersey), not the picker's; the server's list narrows
// the page's; a refusal by the server shows on the field too.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/passwordless-login.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport } from '../../src/testing.js';
import { en } from '../../src/i18n/locales/en.js';
import { errorText, input, part, settle, submit, type } from './helpers/flow-harness.js';

/** A transport whose server texts only `countries` (what the backend transport reads from the settings route). */
class ServerWithCountries extends FakeTransport {
  asked = 0;
  constructor(readonly countries: readonly string[] | null) {
    super();
  }
  smsCountries(): Promise<readonly string[] | null> {
    this.asked++;
    return Promise.resolve(this.countries);
  }
}

async function renderSms(smsCountries: string | undefined, { lang = 'en-US', transport = new FakeTransport() } = {}) {
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login
    client-id="test-${Math.random()}"
    connection="sms"
    lang=${lang}
    sms-countries=${smsCountries ?? ''}
    .customTransport=${transport}
  ></passwordless-login>`);
  await waitUntil(() => part(el, 'country-select'), 'the phone library loads and the picker renders', { timeout: 5000 });
  await settle(el);
  return { el, transport };
}

const shown = (el: PasswordlessLogin) => (part(el, 'country-select') as HTMLInputElement).value.replace(/[\u2066-\u2069]/g, '');
const starts = (transport: FakeTransport) => transport.calls.filter(({ method }) => method === 'start');

/** Submits `number` and expects it refused on the phone field, nothing sent, the number still there. */
async function expectRefused(el: PasswordlessLogin, transport: FakeTransport, number: string, code = 'country_not_allowed') {
  await type(el, number);
  const typed = input(el).value;
  const failed = oneEvent(el, 'passwordless-error');
  await submit(el);
  const { detail } = await failed;
  expect(detail.code, number).to.equal(code);
  await settle(el);
  expect(starts(transport), `${number}: nothing sent`).to.have.length(0);
  expect(input(el).value, `${number}: the number stays`).to.equal(typed);
  expect(el.step).to.equal('identify');
  return detail;
}

describe('sms-countries: numbers of other countries', () => {
  afterEach(() => sessionStorage.clear());

  it('refuses a typed +33 number on the phone field when only the United Kingdom is texted, and sends nothing', async () => {
    const { el, transport } = await renderSms('GB');
    const detail = await expectRefused(el, transport, '+33 6 12 34 56 78');
    expect(detail).to.deep.include({ recoverable: true, message: en.errors.country_not_allowed });
    expect(errorText(el)).to.equal(en.errors.country_not_allowed);
    expect(part(el, 'error')!.getAttribute('part'), 'in the danger colour: what was typed is at fault').to.equal('error');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.contain('error');
    expect(shown(el), 'the picker stays on a country the site texts').to.equal('United Kingdom (+44)');
    await expect(el).to.be.accessible();
  });

  it('refuses a number dialled with the international prefix (0033 …) as well', async () => {
    const { el, transport } = await renderSms('GB');
    await expectRefused(el, transport, '0033 6 12 34 56 78');
  });

  it('lets the person fix it: an edit clears the error, and a number of an allowed country is sent', async () => {
    const { el, transport } = await renderSms('gb');
    await expectRefused(el, transport, '+33 6 12 34 56 78');
    await type(el, '07400 123456');
    expect(errorText(el)).to.equal('');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    expect(starts(transport).map(({ request }) => (request as { recipient: string }).recipient)).to.deep.equal(['+447400123456']);
  });

  it('decides by the number\'s own country where calling codes are shared: +1 416 is Canada, +44 7797 is Jersey', async () => {
    const { el: us, transport: usTransport } = await renderSms('US');
    await expectRefused(us, usTransport, '+1 416 555 0123');
    // Typed as a national number with the United States chosen: still a Canadian number.
    await expectRefused(us, usTransport, '(416) 555-0123');
    const { el: gb, transport: gbTransport } = await renderSms('GB');
    await expectRefused(gb, gbTransport, '+44 7797 123456');
    await type(gb, '+44 7400 123456');
    const started = oneEvent(gb, 'passwordless-start');
    await submit(gb);
    await started;
    expect(starts(gbTransport)).to.have.length(1);
  });

  it('refuses numbers of no country (+800, an international service) when the site has a list', async () => {
    const { el, transport } = await renderSms('US GB');
    await expectRefused(el, transport, '+800 1234 5678');
  });

  it('texts any country without the attribute, or with an empty one', async () => {
    for (const value of [undefined, '  ']) {
      const { el, transport } = await renderSms(value);
      await type(el, '+33 6 12 34 56 78');
      const started = oneEvent(el, 'passwordless-start');
      await submit(el);
      await started;
      expect(starts(transport), JSON.stringify(value)).to.have.length(1);
    }
  });
});

describe('sms-countries: the attribute', () => {
  afterEach(() => sessionStorage.clear());

  it('takes spaces or commas, any case; ignores unknown codes with one console hint', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const { el, transport } = await renderSms('fr, UK  xx,ie');
      part(el, 'country-select')!.click();
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('[part~="country-option"]')].map(({ id }) => id)).to.deep.equal(['country-FR', 'country-IE']);
      el.requestUpdate();
      await settle(el);
      const hints = warnings.filter((warning) => warning.includes('sms-countries'));
      expect(hints, 'once, however often it renders').to.have.length(1);
      expect(hints[0]).to.contain('"UK" (the ISO 3166 code is GB)').and.to.contain('"xx"');
      await expectRefused(el, transport, '+44 7400 123456');
    } finally {
      console.warn = warn;
    }
  });

  it('follows a change at any time: the picker, its default and what is refused', async () => {
    const { el, transport } = await renderSms(undefined, { lang: 'en-GB' });
    expect(shown(el)).to.equal('United Kingdom (+44)');
    el.setAttribute('sms-countries', 'IE');
    await settle(el);
    expect(shown(el)).to.equal('Ireland (+353)');
    await expectRefused(el, transport, '+44 7400 123456');
    el.smsCountries = ['GB', 'IE'];
    await settle(el);
    expect(shown(el), 'the page\'s country once allowed again').to.equal('United Kingdom (+44)');
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    expect(starts(transport)).to.have.length(1);
  });

  it('a list with no known country texts none: misconfigured for the developer, nothing sent', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { el, transport } = await renderSms('UK');
      const detail = await expectRefused(el, transport, '+44 7400 123456', 'misconfigured');
      expect(detail.recoverable).to.equal(false);
    } finally {
      console.warn = warn;
    }
  });
});

describe('sms-countries: the server\'s list (backend mode)', () => {
  afterEach(() => sessionStorage.clear());

  it('the server\'s list alone decides when the page has none', async () => {
    const transport = new ServerWithCountries(['ie']);
    const { el } = await renderSms(undefined, { transport });
    expect(shown(el)).to.equal('Ireland (+353)');
    await expectRefused(el, transport, '+44 7400 123456');
    expect(transport.asked, 'asked once').to.equal(1);
  });

  it('with both lists, the picker offers the countries in both, and a number in the page\'s list only is refused', async () => {
    const transport = new ServerWithCountries(['GB', 'IE', 'DE']);
    const { el } = await renderSms('FR IE GB', { transport });
    expect(shown(el), 'the first of the page\'s order the server allows').to.equal('Ireland (+353)');
    part(el, 'country-select')!.click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part~="country-option"]')].map(({ id }) => id)).to.deep.equal(['country-IE', 'country-GB']);
    await expectRefused(el, transport, '+33 6 12 34 56 78');
    await expectRefused(el, transport, '+49 1512 3456789');
  });

  it('a start the server refuses with country_not_allowed shows on the phone field, and the number stays', async () => {
    const transport = new FakeTransport().nextStart('country_not_allowed');
    const { el } = await renderSms(undefined, { transport });
    await type(el, '+33 6 12 34 56 78');
    const failed = oneEvent(el, 'passwordless-error');
    await submit(el);
    expect((await failed).detail).to.deep.include({ code: 'country_not_allowed', recoverable: true });
    await settle(el);
    expect(starts(transport)).to.have.length(1);
    expect([el.step, input(el).value, errorText(el)]).to.deep.equal(['identify', '+33 6 12 34 56 78', en.errors.country_not_allowed]);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).readOnly, 'the field can be corrected at once').to.equal(false);
    expect(part(el, 'submit-button')!.getAttribute('aria-disabled'), 'and sent again: no countdown').to.equal('false');
  });
});
