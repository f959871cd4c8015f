// The human check in the first step, as a person meets it (Auth0's Bot Detection picture, a backend's widget), with a
// fake transport: what shows, what a send without an answer or with a wrong one does, what goes with the start.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport } from '../../src/testing.js';
import { loginError, type HumanCheck, type LoginErrorCode } from '../../src/model.js';
import { en } from '../../src/i18n/locales/en.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, input, part, renderLogin, settle, submit, toCodeStep, type } from './helpers/flow-harness.js';

/** A picture as Auth0 sends it: an SVG of the characters, as base64 data. */
const drawn = (text: string) =>
  `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50"><text x="10" y="35">${text}</text></svg>`)}`;
const picture = (text: string, answer: 'code' | 'math' = 'code'): HumanCheck => ({ kind: 'picture', image: drawn(text), answer });

const image = (el: PasswordlessLogin) => part(el, 'captcha-image') as HTMLImageElement | null;
const answerField = (el: PasswordlessLogin) => part(el, 'captcha-input') as HTMLInputElement;
const starts = (transport: FakeTransport) => transport.calls.filter((call) => call.method === 'start');

/** The element, with its flow here (the field got focus) and the check it asked for on screen, or none. */
async function renderChecked(transport: FakeTransport, attributes: Parameters<typeof renderLogin>[1] = {}): Promise<PasswordlessLogin> {
  const { el } = await renderLogin(transport, attributes);
  input(el).focus();
  await waitUntil(() => transport.humanChecksAsked > 0, 'the flow asks whether a check is needed');
  await settle(el);
  return el;
}

/** A fake transport that also counts warmUp(), which the flow calls once it is here and the browser is idle. */
class WarmedTransport extends FakeTransport {
  warmed = 0;
  warmUp(): void {
    this.warmed++;
  }
}

/** The errors the element reported to the page, from now on. */
function reported(el: PasswordlessLogin): string[] {
  const codes: string[] = [];
  el.addEventListener('passwordless-error', (event) => codes.push((event as CustomEvent<{ code: string }>).detail.code));
  return codes;
}

const buttonNamed = (el: PasswordlessLogin, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === name);

async function answer(el: PasswordlessLogin, value: string): Promise<void> {
  const field = answerField(el);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('the human check in the first step', () => {
  const clock = useFakeClock();
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  it('shows Auth0\'s picture in a fieldset with its legend, the picture\'s text alternative and a labelled answer field, as parts', async () => {
    const el = await renderChecked(new FakeTransport().humanCheckAlways(picture('k3XbQ')));
    const fieldset = part(el, 'captcha')!;
    expect(fieldset.tagName).to.equal('FIELDSET');
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Check that you are a person');
    expect(image(el)!.getAttribute('src')).to.equal(drawn('k3XbQ'));
    expect(image(el)!.alt).to.equal('Picture for the check that you are a person');
    const field = answerField(el);
    expect(field.labels![0]!.textContent!.trim()).to.equal('Type the characters in the picture');
    expect([field.autocomplete, field.getAttribute('autocapitalize'), field.spellcheck, field.inputMode]).to.deep.equal(['off', 'off', false, 'text']);
    expect(part(el, 'captcha-new-picture')!.textContent!.trim()).to.equal('New picture');
    expect(fieldset.compareDocumentPosition(part(el, 'error')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the error line follows the check').to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('labels a sum to solve as one, and asks for digits', async () => {
    const el = await renderChecked(new FakeTransport().humanCheckAlways(picture('3 + 4', 'math')));
    expect(answerField(el).labels![0]!.textContent!.trim()).to.equal('Type the answer to the sum in the picture');
    expect(answerField(el).inputMode).to.equal('numeric');
  });

  it('a send without the answer is refused with captcha_required on the check: nothing is sent, focus goes to the answer', async () => {
    const transport = new FakeTransport().humanCheckAlways(picture('k3XbQ'));
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    const failed = oneEvent(el, 'passwordless-error');
    await submit(el);
    expect((await failed).detail).to.include({ code: 'captcha_required', message: 'Complete the check that you are a person, then send again.' });
    expect(starts(transport)).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(answerField(el));
    expect(answerField(el).getAttribute('aria-invalid')).to.equal('true');
    expect(answerField(el).getAttribute('aria-describedby')).to.equal('error');
    expect(input(el).getAttribute('aria-invalid'), 'the email is not at fault').to.equal('false');
    expect(part(el, 'error')!.getAttribute('part'), 'in the danger colour, as a field at fault').to.equal('error');
    expect(input(el).value).to.equal('alice@example.com');
  });

  it('the answer goes with the start as `captcha` (trimmed), and the code step follows', async () => {
    const transport = new FakeTransport().humanCheckAlways(picture('k3XbQ')).acceptCaptcha('k3XbQ');
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    await answer(el, ' k3XbQ ');
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    expect(starts(transport).map((call) => call.request)).to.deep.equal([{ connection: 'email', send: 'code', recipient: 'alice@example.com', locale: 'en', captcha: 'k3XbQ' }]);
    await settle(el);
    expect(el.step).to.equal('code');
  });

  it('Enter in the answer field sends', async () => {
    const transport = new FakeTransport().humanCheckAlways(picture('k3XbQ')).acceptCaptcha('k3XbQ');
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    await answer(el, 'k3XbQ');
    const started = oneEvent(el, 'passwordless-start');
    await sendKeys({ press: 'Enter' });
    await started;
    expect(starts(transport)).to.have.length(1);
  });

  it('a wrong answer: invalid_captcha, a new picture, the email still typed, the answer cleared and focused', async () => {
    const transport = new FakeTransport().nextHumanCheck(picture('first')).humanCheckAlways(picture('second')).acceptCaptcha('second');
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    await answer(el, 'wrong');
    const failed = oneEvent(el, 'passwordless-error');
    await submit(el);
    expect((await failed).detail.code).to.equal('invalid_captcha');
    await waitUntil(() => image(el)?.getAttribute('src') === drawn('second'), 'a new picture');
    expect(errorText(el)).to.equal('The answer to the check was wrong or too old. Here is a new one: try again.');
    expect(input(el).value).to.equal('alice@example.com');
    expect(answerField(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(answerField(el));
    expect(transport.humanChecksAsked).to.equal(2);
    // Typing the new answer clears what was said of the old one; it signs in the rest of the way.
    await answer(el, 'second');
    expect(errorText(el)).to.equal('');
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    expect(starts(transport).map((call) => (call.request as { captcha?: string }).captcha)).to.deep.equal(['wrong', 'second']);
  });

  it('"New picture" asks for a fresh one: "loading" where the picture was meanwhile, and what was typed for the old one goes', async () => {
    let draw!: (check: HumanCheck) => void;
    const transport = new FakeTransport().nextHumanCheck(picture('first')).nextHumanCheck(new Promise<HumanCheck>((resolve) => (draw = resolve)));
    const el = await renderChecked(transport);
    await answer(el, 'fir');
    part(el, 'captcha-new-picture')!.click();
    await settle(el);
    expect(image(el), 'the old picture is gone').to.equal(null);
    expect(part(el, 'captcha')!.textContent).to.contain('Loading the check that you are a person…');
    expect(part(el, 'status')!.textContent).to.equal('Loading the check that you are a person…');
    expect(answerField(el).value).to.equal('');
    draw(picture('fresh'));
    await waitUntil(() => image(el)?.getAttribute('src') === drawn('fresh'), 'the fresh picture');
    expect(transport.humanChecksAsked).to.equal(2);
  });

  it('never shows a picture that is not an image\'s base64 data: the check could not load, with a way to try again', async () => {
    for (const bad of ['https://tracker.example/p.png', 'data:text/html;base64,PHNjcmlwdD4=', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', 'data:image/svg+xml,<svg onload=alert(1)>']) {
      const transport = new FakeTransport().nextHumanCheck({ kind: 'picture', image: bad, answer: 'code' }).humanCheckAlways(picture('good'));
      const el = await renderChecked(transport);
      expect(image(el), bad).to.equal(null);
      expect(el.shadowRoot!.querySelector('img'), bad).to.equal(null);
      expect(part(el, 'captcha')!.textContent, bad).to.contain('The check that you are a person could not load.');
      const retry = [...part(el, 'captcha')!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Try again')!;
      retry.click();
      await waitUntil(() => image(el)?.getAttribute('src') === drawn('good'), 'try again brings a picture');
      el.remove();
    }
  });

  it('a send while the check could not load sends nothing: captcha_required, focus on "Try again"', async () => {
    const transport = new FakeTransport().humanCheckAlways({ kind: 'picture', image: 'https://elsewhere.example/p.png', answer: 'code' });
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    await submit(el);
    expect(errorText(el)).to.equal('Complete the check that you are a person, then send again.');
    expect(starts(transport)).to.have.length(0);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Try again');
  });

  it('a check the transport cannot show (an unknown provider) says so, and the console says why', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const transport = new FakeTransport().nextHumanCheck(loginError('misconfigured', { developerHint: 'Auth0 asked for a check by "newcaptcha".' }));
      const el = await renderChecked(transport);
      expect(part(el, 'captcha')!.textContent).to.contain('could not load');
      expect(warnings.join('\n')).to.contain('newcaptcha');
    } finally {
      console.warn = warn;
    }
  });

  it('no check needed: nothing shows, and the start goes without `captcha`', async () => {
    const transport = new FakeTransport();
    const el = await renderChecked(transport);
    expect(part(el, 'captcha')).to.equal(null);
    await toCodeStep(el);
    expect(starts(transport)[0]!.request).to.not.have.property('captcha');
  });

  it('a server that asks for a check only when it refuses a start: the refusal brings the check, the email kept', async () => {
    const transport = new FakeTransport().nextHumanCheck(null).humanCheckAlways(picture('later')).acceptCaptcha('later');
    const el = await renderChecked(transport);
    expect(part(el, 'captcha')).to.equal(null);
    await type(el, 'alice@example.com');
    await submit(el);
    await waitUntil(() => image(el), 'the check the server asked for');
    expect(errorText(el)).to.equal('Complete the check that you are a person, then send again.');
    expect(input(el).value).to.equal('alice@example.com');
  });

  it('coming back to the first step after a send asks for a fresh check', async () => {
    const transport = new FakeTransport().nextHumanCheck(picture('first')).humanCheckAlways(picture('again')).acceptCaptcha('first');
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    await answer(el, 'first');
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    await settle(el);
    expect(el.step).to.equal('code');
    const back = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="secondary-button"]')].find((button) => /different/i.test(button.textContent!))!;
    back.click();
    await waitUntil(() => image(el)?.getAttribute('src') === drawn('again'), 'a fresh picture');
    expect(answerField(el).value).to.equal('');
    expect(transport.humanChecksAsked).to.equal(2);
  });

  it('a resend after a send that went with the answer: straight back to the first step for a fresh check, nothing requested, the email kept, a notice', async () => {
    const transport = new FakeTransport().nextHumanCheck(picture('first')).humanCheckAlways(picture('again')).acceptCaptcha('first');
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    await answer(el, 'first');
    await submit(el);
    await settle(el);
    expect(el.step).to.equal('code');
    const errors = reported(el);
    clock.advance(30_000);
    await settle(el);
    buttonNamed(el, en.resend)!.click();
    await waitUntil(() => el.step === 'identify' && image(el)?.getAttribute('src') === drawn('again'), 'the first step with a fresh picture');
    expect(starts(transport), 'no request certain to be refused').to.have.length(1);
    expect(transport.humanChecksAsked).to.equal(2);
    expect(input(el).value).to.equal('alice@example.com');
    // Why, in captcha_required's words, as a notice: nothing is red, no error event, the check takes the focus.
    expect(errorText(el)).to.equal(en.errors.captcha_required);
    expect(part(el, 'error')!.getAttribute('part')).to.equal('error notice');
    expect(answerField(el).getAttribute('aria-invalid')).to.equal('false');
    expect(answerField(el).getAttribute('aria-describedby')).to.equal('error');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(answerField(el));
    expect(errors).to.deep.equal([]);
    // The person answers the fresh check, which ends the notice, and sends: a new code, with the new answer.
    transport.acceptCaptcha('again');
    await answer(el, 'again');
    expect(errorText(el)).to.equal('');
    await submit(el);
    await settle(el);
    expect(el.step).to.equal('code');
    expect(starts(transport).map((call) => (call.request as { captcha?: string }).captcha)).to.deep.equal(['first', 'again']);
  });

  it('"send me a code instead" after a link that went with the answer: the same, and the next send sends a code', async () => {
    const transport = new FakeTransport().nextHumanCheck(picture('first')).humanCheckAlways(picture('again')).acceptCaptcha('first');
    const el = await renderChecked(transport, { send: 'link' });
    await type(el, 'alice@example.com');
    await answer(el, 'first');
    await submit(el);
    await settle(el);
    expect(el.step).to.equal('check-email');
    buttonNamed(el, en.sendCodeInstead)!.click();
    await waitUntil(() => el.step === 'identify' && image(el)?.getAttribute('src') === drawn('again'), 'the first step with a fresh picture');
    expect(starts(transport)).to.have.length(1);
    expect(errorText(el)).to.equal(en.errors.captcha_required);
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal(en.sendCode);
    transport.acceptCaptcha('again');
    await answer(el, 'again');
    await submit(el);
    await settle(el);
    expect(starts(transport).map((call) => (call.request as { send: string; captcha?: string }))).to.deep.include({ connection: 'email', send: 'code', recipient: 'alice@example.com', locale: 'en', captcha: 'again' });
  });

  it('a server that asks for a check only after failures: a resend it refuses for the check goes back to the first step with the check, the email kept', async () => {
    const transport = new FakeTransport().nextHumanCheck(null).humanCheckAlways(picture('now'));
    const el = await renderChecked(transport);
    await toCodeStep(el);
    transport.nextStart('captcha_required');
    clock.advance(30_000);
    await settle(el);
    buttonNamed(el, en.resend)!.click();
    await waitUntil(() => el.step === 'identify' && image(el), 'the first step with the check');
    expect(starts(transport), 'the resend went: nothing said a check was needed').to.have.length(2);
    expect(input(el).value).to.equal('alice@example.com');
    expect(errorText(el)).to.equal('Complete the check that you are a person, then send again.');
  });

  for (const [code, shown] of [['rate_limited', 'rate_limited_held'], ['service_unavailable', 'service_unavailable_held'], ['blocked', 'blocked']] as const) {
    it(`a send refused with ${code} spent the answer: a fresh picture, the answer cleared, the email and the failure's own words kept`, async () => {
      const transport = new FakeTransport().nextHumanCheck(picture('first')).humanCheckAlways(picture('second'));
      transport.nextStart(loginError(code as LoginErrorCode, { retryAfterMs: 2000 }));
      const el = await renderChecked(transport);
      await type(el, 'alice@example.com');
      await answer(el, 'first');
      await submit(el);
      await waitUntil(() => image(el)?.getAttribute('src') === drawn('second'), 'a fresh picture');
      expect(errorText(el)).to.equal(en.errors[shown]);
      expect(answerField(el).value).to.equal('');
      expect(input(el).value).to.equal('alice@example.com');
      expect(transport.humanChecksAsked).to.equal(2);
      // Once sending works again, the new answer goes: the spent one is never sent again.
      clock.advance(2000);
      await answer(el, 'second');
      await submit(el);
      await settle(el);
      expect(starts(transport).map((call) => (call.request as { captcha?: string }).captcha)).to.deep.equal(['first', 'second']);
    });
  }

  it('a send whose answer was lost (the network) keeps it: the code step, and nothing asked again', async () => {
    const transport = new FakeTransport().humanCheckAlways(picture('first'));
    transport.nextStart(loginError('network', { uncertain: true }));
    const el = await renderChecked(transport);
    await type(el, 'alice@example.com');
    await answer(el, 'first');
    await submit(el);
    await settle(el);
    expect(el.step, 'maybe sent').to.equal('code');
    expect(transport.humanChecksAsked).to.equal(1);
  });
});

describe('when the human check is asked for', () => {
  useFakeClock();
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  it('not on a page view: once the person turns to the form (the first focus), and not again on input', async () => {
    const transport = new WarmedTransport().humanCheckAlways(picture('k3XbQ'));
    const { el } = await renderLogin(transport);
    // The flow is here and the browser was idle (it warmed the transport up): the old element had asked by now.
    await waitUntil(() => transport.warmed > 0, 'the flow warms the transport up');
    await settle(el);
    expect(transport.humanChecksAsked, 'nobody touched the form').to.equal(0);
    expect(part(el, 'captcha')).to.equal(null);
    input(el).focus();
    await waitUntil(() => image(el), 'the check, on the first focus');
    await type(el, 'alice@example.com');
    input(el).blur();
    input(el).focus();
    await answer(el, 'k3');
    await settle(el);
    expect(transport.humanChecksAsked).to.equal(1);
  });

  it('a first step that holds what was typed before the flow came asks as soon as it is here', async () => {
    const transport = new FakeTransport().humanCheckAlways(picture('k3XbQ'));
    const { el } = await renderLogin(transport);
    const field = input(el);
    field.value = 'alice@example.com';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => image(el), 'the check, once the flow is here');
    expect(transport.humanChecksAsked).to.equal(1);
  });

  it('a send while the question is on its way waits for the answer (busy, nothing sent), then says the check comes first', async () => {
    let arrive!: (check: HumanCheck | null) => void;
    const transport = new FakeTransport().nextHumanCheck(new Promise<HumanCheck | null>((resolve) => (arrive = resolve)));
    const { el } = await renderLogin(transport);
    await type(el, 'alice@example.com');
    await waitUntil(() => transport.humanChecksAsked === 1, 'asked on the first focus');
    await submit(el);
    expect(starts(transport)).to.have.length(0);
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal(en.sending);
    expect(input(el).readOnly).to.equal(true);
    arrive(picture('k3XbQ'));
    await waitUntil(() => errorText(el) === en.errors.captcha_required, 'the check comes first');
    expect(starts(transport)).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(answerField(el));
    expect(transport.humanChecksAsked, 'the same question, not asked again').to.equal(1);
  });

  it('a send while the question is on its way goes once the answer says no check is needed', async () => {
    let arrive!: (check: HumanCheck | null) => void;
    const transport = new FakeTransport().nextHumanCheck(new Promise<HumanCheck | null>((resolve) => (arrive = resolve)));
    const { el } = await renderLogin(transport);
    await type(el, 'alice@example.com');
    await waitUntil(() => transport.humanChecksAsked === 1, 'asked on the first focus');
    await submit(el);
    expect(starts(transport)).to.have.length(0);
    arrive(null);
    await waitUntil(() => el.step === 'code', 'sent');
    expect(starts(transport)).to.have.length(1);
    expect(starts(transport)[0]!.request).to.not.have.property('captcha');
  });

  it('a send pressed before the rest of the element arrived asks, and waits for the answer: a check needed sends nothing', async () => {
    const transport = new FakeTransport().humanCheckAlways(picture('k3XbQ'));
    const { el } = await renderLogin(transport);
    const field = input(el);
    field.value = 'alice@example.com';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await submit(el);
    await waitUntil(() => image(el) && errorText(el) === en.errors.captcha_required, 'the check comes first');
    expect(starts(transport)).to.have.length(0);
    expect(transport.humanChecksAsked).to.equal(1);
  });
});

describe('a human check the page cannot show', () => {
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  it('a picture the browser does not show (its data does not decode) could not load: "Try again", and the console says to allow data: in img-src', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const transport = new FakeTransport().nextHumanCheck({ kind: 'picture', image: 'data:image/png;base64,AAAA', answer: 'code' }).humanCheckAlways(picture('good'));
      const el = await renderChecked(transport);
      await waitUntil(() => part(el, 'captcha')?.textContent?.includes(en.captchaUnavailable), 'could not load');
      expect(image(el)).to.equal(null);
      expect(warnings.join('\n')).to.contain('Add data: to img-src');
      buttonNamed(el, en.tryAgain)!.click();
      await waitUntil(() => image(el)?.getAttribute('src') === drawn('good'), 'try again brings a picture');
      await waitUntil(() => (image(el) as HTMLImageElement).complete, 'the good picture loaded');
      expect(part(el, 'captcha')!.textContent).to.not.contain(en.captchaUnavailable);
    } finally {
      console.warn = warn;
    }
  });
});
