// The details people notice: every text names what was really sent (a code or a link) and each step has its own
// heading; only the field whose input is at fault turns red; nothing is said twice on screen, while the status region
// still tells screen readers.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport, previewState, type PreviewState } from '../../src/testing.js';
import { loginError, type LoginErrorCode, type LoginStep, type SendMode } from '../../src/model.js';
import { LOGIN_ERROR_CODES } from '../../protocol/error-codes.js';
import { errorMessageKey, initialState, progress } from '../../src/flow/machine.js';
import { fieldInError } from '../../src/flow/selectors.js';
import { de } from '../../src/i18n/locales/de.js';
import { en } from '../../src/i18n/locales/en.js';
import type { Authenticated, CallbackParams, PasswordlessTransport, StartRequest, VerifyRequest } from '../../src/transport/transport.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, part, parts, settle, submit, toCodeStep, type } from './helpers/flow-harness.js';
import { isShown, shownText, timesShown } from './helpers/shown-text.js';

/** Backend mode's transport: the server decides what it sends and says so in its answer (X-Passwordless-Send). */
class ServerDecides implements PasswordlessTransport {
  readonly fake = new FakeTransport();
  constructor(readonly decides: SendMode) {}
  async start(request: StartRequest) {
    await this.fake.start(request);
    return { send: this.decides };
  }
  verify(request: VerifyRequest) {
    return this.fake.verify(request);
  }
  completeCallback(callback: CallbackParams): Promise<Authenticated> {
    return this.fake.completeCallback(callback);
  }
}

interface Setup {
  connection?: 'email' | 'sms';
  send?: SendMode;
  /** Backend mode, with the server deciding what is sent. */
  serverSends?: SendMode;
  lang?: string;
}

async function render(transport: PasswordlessTransport, { connection = 'email', send = 'code', serverSends, lang = 'en' }: Setup = {}) {
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login
    client-id="words-${Math.random()}"
    connection=${connection}
    send=${send}
    lang=${lang}
    .endpoint=${serverSends ? '/auth/passwordless' : ''}
    .customTransport=${transport}
  ></passwordless-login>`);
  await settle(el);
  return el;
}

/** The field of the step on screen (with SMS, the first input part may be the country selector). */
const field = (el: PasswordlessLogin) => part(el, el.step === 'code' ? 'code-input' : 'identifier-input') as HTMLInputElement;

/** Types into the step's field as a person does. */
async function typeIn(el: PasswordlessLogin, value: string): Promise<void> {
  const target = field(el);
  target.focus();
  target.value = value;
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const heading = (el: PasswordlessLogin) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
const status = (el: PasswordlessLogin) => part(el, 'status')!;
const buttonTexts = (el: PasswordlessLogin) => [...el.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim());

/** Sends from the first step, waiting for the phone library when the connection is SMS. */
async function send(el: PasswordlessLogin, sms: boolean): Promise<void> {
  await typeIn(el, sms ? '+44 7911 123456' : 'alice@example.com');
  const started = oneEvent(el, 'passwordless-start');
  await submit(el);
  await started;
  await settle(el);
}

// Each test is a new visitor: no send history (src/later/send-history.ts) or resume record left by the one before.
afterEach(() => (sessionStorage.clear(), localStorage.clear()));

describe('words that fit the mode', () => {
  useFakeClock();
  afterEach(() => sessionStorage.clear());

  // [name, setup, what is sent]: both connections, every `send`, SPA mode and backend mode (where the server decides).
  const CASES: [string, Setup, SendMode][] = [
    ['SPA, email, send=code', { connection: 'email', send: 'code' }, 'code'],
    ['SPA, email, send=link', { connection: 'email', send: 'link' }, 'link'],
    ['SPA, sms, send=code', { connection: 'sms', send: 'code' }, 'code'],
    ['SPA, sms, send=link (SMS always sends a code)', { connection: 'sms', send: 'link' }, 'code'],
    ['backend, email, send=code, the server sends a link', { connection: 'email', send: 'code', serverSends: 'link' }, 'link'],
    ['backend, email, send=link, the server sends a code', { connection: 'email', send: 'link', serverSends: 'code' }, 'code'],
    ['backend, sms, the server sends a code', { connection: 'sms', send: 'code', serverSends: 'code' }, 'code'],
  ];

  for (const [name, setup, sent] of CASES) {
    it(`${name}: the first step, the sent step and its resend name what goes out`, async () => {
      const sms = setup.connection === 'sms';
      const el = await render(setup.serverSends ? new ServerDecides(setup.serverSends) : new FakeTransport(), setup);
      // Before sending, the first step promises what the element asks for (in backend mode, its `send`).
      const asks = sms ? 'code' : setup.send;
      expect(heading(el)).to.equal(en.title);
      const hint = part(el, 'hint')!.textContent!;
      // The SMS hint goes on with an example number in the chosen country's format ("For example: …").
      if (sms) expect(hint.startsWith(en.phoneHint), hint).to.equal(true);
      else expect(hint).to.equal(asks === 'link' ? en.emailLinkHint : en.emailHint);
      expect(part(el, 'submit-button')!.textContent!.trim()).to.equal(asks === 'link' ? en.sendLink : en.sendCode);
      expect(shownText(el), 'no word of the other mode').to.not.match(asks === 'link' ? /\bcode\b/i : /\blink\b/i);

      const started = oneEvent(el, 'passwordless-start');
      await send(el, sms);
      const { detail } = await started;
      expect(detail.send).to.equal(sent);
      expect(el.step).to.equal(sent === 'link' ? 'check-email' : 'code');
      expect(heading(el)).to.equal(sms ? en.checkPhoneTitle : en.checkEmailTitle);
      expect(part(el, 'hint')!.textContent).to.equal(sent === 'link' ? en.linkSentTo(detail.recipient) : en.codeSentTo(detail.recipient));
      // The resend sends what the last message was, whatever the element first asked for.
      expect(buttonTexts(el)).to.include(sent === 'link' ? en.sendNewLink : en.resend);
      const codeInstead = en.sendCodeInstead;
      expect(buttonTexts(el).includes(codeInstead), 'a code instead only where the element chooses (SPA, link)').to.equal(sent === 'link' && !setup.serverSends);
      const shown = shownText(el).replace(codeInstead, '');
      expect(shown, 'no word of the other mode').to.not.match(sent === 'link' ? /\bcode\b/i : /\blink\b/i);
    });
  }

  it('a link record that expired speaks of the link, and the first step sends a link again; a code record of a code', async () => {
    for (const sentWith of ['link', 'code'] as const) {
      const transport = new FakeTransport();
      const clientId = `expired-${sentWith}`;
      sessionStorage.setItem(
        `passwordless-login:${clientId}`,
        JSON.stringify({
          step: sentWith === 'link' ? 'check-email' : 'code', connection: 'email', identifier: 'alice@example.com', recipient: 'alice@example.com',
          maskedRecipient: 'a•••@example.com', resendAvailableAt: 0, sendCount: 1, sentWith, preferCode: false, transaction: null, linkToo: false,
          savedAt: Date.now() - 11 * 60_000,
        }),
      );
      const el = await fixture<PasswordlessLogin>(html`<passwordless-login client-id=${clientId} send=${sentWith} lang="en" .customTransport=${transport}></passwordless-login>`);
      await waitUntil(() => errorText(el) !== '', 'the expired record is read', { timeout: 5000 });
      expect(el.step).to.equal('identify');
      expect(field(el).value).to.equal('alice@example.com');
      expect(errorText(el)).to.equal(sentWith === 'link' ? en.errors.link_expired : en.errors.code_expired);
      expect(shownText(el)).to.not.match(sentWith === 'link' ? /\bcode\b/i : /\blink\b/i);
      expect(field(el).getAttribute('aria-invalid'), 'nothing typed is at fault').to.equal('false');
      sessionStorage.clear();
    }
  });

  it('each later step has its own heading, in the page\'s language too; a refusal keeps the title; the header slot replaces it', async () => {
    const sent = { identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com' };
    const el = await render(new FakeTransport());
    const headings: [PreviewState, string][] = [
      [{ step: 'identify' }, en.title],
      [{ step: 'code', ...sent }, en.checkEmailTitle],
      [{ step: 'check-email', ...sent, sentWith: 'link' }, en.checkEmailTitle],
      [{ step: 'success', user: { sub: 'email|1', email: 'alice@example.com' } }, en.successTitle],
      [{ step: 'error', error: 'link_invalid' }, en.errorTitle],
    ];
    for (const [point, expected] of headings) {
      previewState(el, point);
      await settle(el);
      expect(heading(el), point.step).to.equal(expected);
    }

    const german = await render(new FakeTransport(), { lang: 'de' });
    await waitUntil(() => part(german, 'label')!.textContent !== en.emailLabel, 'German loads', { timeout: 5000 });
    previewState(german, { step: 'code', ...sent });
    await settle(german);
    expect(heading(german)).to.equal(de.checkEmailTitle);

    const slotted = await fixture<PasswordlessLogin>(html`<passwordless-login client-id="slot" lang="en" .customTransport=${new FakeTransport()}>
      <span slot="header">Acme</span>
    </passwordless-login>`);
    previewState(slotted, { step: 'code', ...sent });
    await settle(slotted);
    const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=header]')!;
    expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Acme']);
    expect(isShown(slotted.shadowRoot!.querySelector('h2')!), 'the slot replaces the heading').to.equal(false);

    const refused = await fixture<PasswordlessLogin>(html`<passwordless-login client-id="refused" client-secret="s" lang="en"></passwordless-login>`);
    await settle(refused);
    expect(refused.step).to.equal('error');
    expect(heading(refused)).to.equal(en.title);
  });

  it('the continue step has its own heading', async () => {
    const transport = new FakeTransport();
    const continuation = {
      to: 'universal-login', reason: 'code-refused', host: 'tenant.example', connection: 'email', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com',
    } as const;
    transport.nextVerify(loginError('third_party_cookies_blocked', { continuation }));
    const el = await render(transport);
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(el.step).to.equal('continue');
    expect(heading(el)).to.equal(en.continueTitle);
  });

  it('a session found on load: "Welcome back" is the heading, and the text only says who', async () => {
    const el = await render(new FakeTransport());
    previewState(el, { step: 'success', restored: true, user: { sub: 'email|1', email: 'alice@example.com' } });
    await settle(el);
    expect(heading(el)).to.equal(en.welcomeBack);
    expect(part(el, 'hint')!.textContent).to.equal(en.signedInAs('alice@example.com'));
    expect(timesShown(el, 'Welcome'), 'one welcome, not two').to.equal(1);
  });

  it('signed in: its own heading, and a text that does not repeat it', async () => {
    const el = await render(new FakeTransport());
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(el.step).to.equal('success');
    expect(heading(el)).to.equal(en.successTitle);
    expect(part(el, 'hint')!.textContent).to.equal(en.signedInAs('alice@example.com'));
    expect(timesShown(el, en.successTitle), 'the heading is not repeated').to.equal(1);
  });
});

describe('red only where the person erred', () => {
  const clock = useFakeClock();
  afterEach(() => sessionStorage.clear());
  const DANGER = 'rgb(19, 20, 21)';

  /** What a sighted person and a screen reader learn about the field: red or not, and whether it is described by the error. */
  function fieldState(el: PasswordlessLogin) {
    const shown = field(el);
    shown.blur(); // the active box of a focused code field is drawn in the accent colour
    const codeStep = el.step === 'code';
    const painted = codeStep ? parts(el, 'code-box') : [shown];
    const red = painted.map((box) => getComputedStyle(box).borderTopColor === DANGER);
    expect(new Set(red).size, 'every box alike').to.equal(1);
    if (codeStep) expect(getComputedStyle(shown).borderTopColor, 'the hidden real input never draws a border').to.equal('rgba(0, 0, 0, 0)');
    return {
      invalid: shown.getAttribute('aria-invalid'),
      describedByError: shown.getAttribute('aria-describedby')!.split(/\s+/).includes('error'),
      red: red[0],
    };
  }

  async function renderRed(transport: FakeTransport, connection: 'email' | 'sms' = 'email') {
    const el = await render(transport, { connection, lang: connection === 'sms' ? 'en-GB' : 'en' });
    el.style.setProperty('--passwordless-danger-color', DANGER);
    return el;
  }

  /** The error line itself: red (the danger colour) only when what was typed is at fault, else status (part `notice`). */
  function errorLook(el: PasswordlessLogin) {
    const line = part(el, 'error')!;
    return { notice: line.matches('[part~="notice"]'), red: getComputedStyle(line).color === DANGER };
  }

  const marked = { invalid: 'true', describedByError: true, red: true };
  const unmarked = { invalid: 'false', describedByError: false, red: false };

  // The first step: [error, how it comes about, whether the field is at fault].
  const FIRST: [LoginErrorCode, (el: PasswordlessLogin, transport: FakeTransport) => Promise<void>, boolean][] = [
    ['invalid_email', async (el) => (await type(el, 'alice@'), await submit(el)), true],
    ['invalid_phone_number', async (el) => (await typeIn(el, '12'), await submit(el)), true],
    ['network', async (el, t) => (t.nextStart('network'), await type(el, 'alice@example.com'), await submit(el)), false],
    ['rate_limited', async (el, t) => (t.nextStart('rate_limited'), await type(el, 'alice@example.com'), await submit(el)), false],
    ['service_unavailable', async (el, t) => (t.nextStart('service_unavailable'), await type(el, 'alice@example.com'), await submit(el)), false],
  ];
  for (const [code, happen, atFault] of FIRST) {
    it(`the first step, ${code}: ${atFault ? 'the field turns red and is described by the error' : 'said in the error line, no field turns red'}`, async () => {
      const transport = new FakeTransport();
      const el = await renderRed(transport, code === 'invalid_phone_number' ? 'sms' : 'email');
      await happen(el, transport);
      await waitUntil(() => errorText(el) !== '', 'the error shows', { timeout: 5000 });
      // A refused send's countdown is beside its error, which then says only what happened.
      const held = { rate_limited: 'rate_limited_held', service_unavailable: 'service_unavailable_held' } as const;
      expect(errorText(el)).to.equal(en.errors[code === 'rate_limited' || code === 'service_unavailable' ? held[code] : code]);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(fieldState(el)).to.deep.equal(atFault ? marked : unmarked);
      expect(errorLook(el)).to.deep.equal(atFault ? { notice: false, red: true } : { notice: true, red: false });
      expect(field(el).value, 'what was typed stays').to.not.equal('');
    });
  }

  // The code step: [error, how it comes about, whether the code field is at fault].
  const CODE: [LoginErrorCode, (el: PasswordlessLogin, transport: FakeTransport) => Promise<void>, boolean][] = [
    ['wrong_code', async (el) => (await type(el, '999999'), await settle(el)), true],
    ['invalid_code', async (el) => (await type(el, '12'), await submit(el)), true],
    ['code_expired', async (el, t) => (t.nextVerify('code_expired'), await type(el, '123456'), await settle(el)), false],
    ['too_many_attempts', async (el, t) => (t.nextVerify('too_many_attempts'), await type(el, '123456'), await settle(el)), false],
    ['network', async (el, t) => (t.nextVerify('network'), await type(el, '123456'), await settle(el)), false],
    ['service_unavailable', async (el, t) => (t.nextVerify('service_unavailable'), await type(el, '123456'), await settle(el)), false],
    [
      'rate_limited',
      async (el, t) => {
        t.nextStart('rate_limited');
        await type(el, '123456'.slice(0, 3)); // a half-typed code, correct so far
        clock.advance(30_000);
        await el.updateComplete;
        parts(el, 'secondary-button')[0]!.click(); // send a new code
        await settle(el);
      },
      false,
    ],
  ];
  for (const [code, happen, atFault] of CODE) {
    it(`the code step, ${code}: ${atFault ? 'the boxes turn red (not the hidden input) and the field is described by the error' : 'said in the error line, no box turns red'}`, async () => {
      const transport = new FakeTransport();
      const el = await renderRed(transport);
      await toCodeStep(el);
      await happen(el, transport);
      await waitUntil(() => errorText(el) !== '', 'the error shows', { timeout: 5000 });
      expect(el.step).to.equal('code');
      // (rate_limited here is a refused resend, beside the resend's countdown; service_unavailable a code check)
      expect(errorText(el)).to.equal(en.errors[code === 'rate_limited' ? 'rate_limited_held' : code]);
      expect(fieldState(el)).to.deep.equal(atFault ? marked : unmarked);
      expect(errorLook(el)).to.deep.equal(atFault ? { notice: false, red: true } : { notice: true, red: false });
    });
  }

  it('typing again clears the red', async () => {
    const el = await renderRed(new FakeTransport());
    await toCodeStep(el);
    await type(el, '999999');
    await settle(el);
    expect(fieldState(el)).to.deep.equal(marked);
    await type(el, '99999');
    expect(fieldState(el)).to.deep.equal(unmarked);
  });
});

describe('the rules, as data', () => {
  const IDENTIFIER_ERRORS = ['invalid_email', 'invalid_phone_number', 'country_not_allowed', 'invalid_code', 'wrong_code'];
  // The human check's answer (or its absence): the check's own field, never the email or phone field.
  const FIELD_ERRORS = [...IDENTIFIER_ERRORS, 'invalid_captcha', 'captcha_required'];

  it('only input the person can correct marks a field; every other error code is status', () => {
    for (const code of LOGIN_ERROR_CODES) {
      expect(fieldInError({ ...initialState, error: loginError(code) }), code).to.equal(FIELD_ERRORS.includes(code));
      expect(fieldInError({ ...initialState, error: loginError(code) }, 'identifier'), `${code} (identifier)`).to.equal(IDENTIFIER_ERRORS.includes(code));
    }
    expect(fieldInError(initialState)).to.equal(false);
  });

  it('an expired code is an expired link after a link\'s return or when a link was sent; every other error keeps its own text', () => {
    const steps: LoginStep[] = ['identify', 'code', 'check-email', 'continue', 'callback', 'success', 'error'];
    for (const step of steps) {
      for (const sentWith of [null, 'code', 'link'] as const) {
        for (const code of LOGIN_ERROR_CODES) {
          const key = errorMessageKey(loginError(code), { ...initialState, step, sentWith });
          const link = code === 'code_expired' && (step === 'error' || sentWith === 'link');
          expect(key, `${code} at ${step} after ${sentWith}`).to.equal(link ? 'link_expired' : code);
        }
      }
    }
  });

  it('progress words: sending, checking the code, signing in; none for a failed return or the continue step', () => {
    const at = (extra: Partial<typeof initialState>) => progress({ ...initialState, ...extra });
    expect(at({})).to.equal(null);
    expect(at({ queued: true })).to.equal('sending');
    expect(at({ busy: true, sending: true })).to.equal('sending');
    expect(at({ step: 'code', busy: true, sending: false })).to.equal('verifying');
    expect(at({ step: 'code', busy: true, sending: true })).to.equal('sending');
    expect(at({ step: 'check-email', busy: true, sending: true })).to.equal('sending');
    expect(at({ step: 'continue', busy: true })).to.equal(null);
    expect(at({ step: 'callback', busy: true })).to.equal('signingIn');
    expect(at({ step: 'callback', error: loginError('network') })).to.equal(null);
  });
});

describe('nothing said twice', () => {
  const clock = useFakeClock();
  afterEach(() => sessionStorage.clear());

  /** The words are on screen once (a button or the step) and in the status region, which is not on screen. */
  function saidOnceAndAnnounced(el: PasswordlessLogin, words: string): void {
    expect(timesShown(el, words), `"${words}" on screen`).to.equal(1);
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(status(el).textContent!.trim(), 'announced').to.equal(words);
    expect(isShown(status(el)), 'the status region is for screen readers only').to.equal(false);
  }

  it('sending: the button says "Sending…", the status tells screen readers', async () => {
    const transport = new FakeTransport().nextStart(new Promise<never>(() => undefined));
    const el = await render(transport);
    await type(el, 'alice@example.com');
    await submit(el);
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal(en.sending);
    saidOnceAndAnnounced(el, en.sending);
  });

  it('checking the code: the button says it once; a resend does not claim to check a code', async () => {
    const transport = new FakeTransport().nextVerify(new Promise<never>(() => undefined));
    const el = await render(transport);
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal(en.verifying);
    saidOnceAndAnnounced(el, en.verifying);
  });

  it('sending a new code from the code step: announced as sending, and the sign-in button does not say "Checking the code…"', async () => {
    const transport = new FakeTransport().nextStart(undefined).nextStart(new Promise<never>(() => undefined));
    const el = await render(transport);
    await toCodeStep(el);
    clock.advance(30_000); // the resend waits for its cooldown
    await el.updateComplete;
    parts(el, 'secondary-button')[0]!.click();
    await settle(el);
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal(en.verify);
    expect(shownText(el)).to.not.include(en.verifying);
    expect(status(el).textContent!.trim()).to.equal(en.sending);
    expect(isShown(status(el))).to.equal(false);
  });

  it('a cooldown: the countdown on screen once, its start announced', async () => {
    const el = await render(new FakeTransport());
    await toCodeStep(el);
    const countdown = en.resendIn(30);
    expect(part(el, 'countdown')!.textContent).to.equal(countdown);
    saidOnceAndAnnounced(el, countdown);
  });

  // Last in this file: the page's callback is taken once, and every element created after it would follow it.
  it('a link\'s return: "Signing you in…" once on screen and announced; an expired link then speaks of the link, to the page too', async () => {
    let expire!: () => void;
    const transport = new FakeTransport().nextCallback(new Promise<never>((_, reject) => (expire = () => reject(loginError('code_expired')))));
    // The magic link's return (once per page: the element takes the callback from the URL and scrubs it).
    history.replaceState(null, '', `${location.pathname}#access_token=at&id_token=it&state=st`);
    const el = await render(transport, { send: 'code' });
    await waitUntil(() => el.step === 'callback', 'the callback is taken', { timeout: 5000 });
    expect(location.hash, 'scrubbed').to.equal('');
    expect(heading(el)).to.equal(en.title);
    saidOnceAndAnnounced(el, en.signingIn);

    const failed = oneEvent(el, 'passwordless-error');
    expire();
    const { detail } = await failed;
    await settle(el);
    expect(el.step).to.equal('error');
    expect(detail).to.deep.equal({ code: 'code_expired', message: en.errors.link_expired, recoverable: true });
    expect(heading(el)).to.equal(en.errorTitle);
    expect(errorText(el)).to.equal(en.errors.link_expired);
    expect(timesShown(el, en.errors.link_expired)).to.equal(1);
    expect(status(el).textContent!.trim()).to.equal('');
  });
});
