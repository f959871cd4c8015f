// Words that are true of what happened: "only the most recent code works" once a second code went out; the first
// step's countdown after a refused send is a retry, not a new message; the phone error fits the country picker; a
// brute-force block is not a code's last try (a new code does not help); after a link failed in backend mode, the
// recovery follows what the server really sent, not the `send` attribute.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport } from '../../src/testing.js';
import { loginError, type SendMode } from '../../src/model.js';
import { historyChange, initialState, linkRecovery, resumeChange, transition, type LoginAction, type LoginState } from '../../src/flow/machine.js';
import type { FlowSettings } from '../../src/flow/selectors.js';
import { de } from '../../src/i18n/locales/de.js';
import { en } from '../../src/i18n/locales/en.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, part, parts, settle, submit, toCodeStep, type } from './helpers/flow-harness.js';
import { isShown, shownText } from './helpers/shown-text.js';

interface Setup {
  connection?: 'email' | 'sms';
  send?: 'code' | 'link';
  lang?: string;
  /** Backend mode (the `endpoint` attribute), with the fake transport standing in for the server. */
  backend?: boolean;
}

async function render(transport: FakeTransport, { connection = 'email', send = 'code', lang = 'en', backend = false }: Setup = {}) {
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login
    client-id="true-words-${Math.random()}"
    connection=${connection}
    send=${send}
    lang=${lang}
    .endpoint=${backend ? '/auth/passwordless' : ''}
    .customTransport=${transport}
  ></passwordless-login>`);
  await settle(el);
  return el;
}

const codeHint = (el: PasswordlessLogin) => el.shadowRoot!.querySelector('#code-hint')!.textContent!;
const status = (el: PasswordlessLogin) => part(el, 'status')!.textContent!.trim();
const countdown = (el: PasswordlessLogin) => part(el, 'countdown')?.textContent ?? null;
const buttonTexts = (el: PasswordlessLogin) => [...el.shadowRoot!.querySelectorAll('button')].filter(isShown).map((button) => button.textContent!.trim());
const button = (el: PasswordlessLogin, text: string) => parts(el, 'secondary-button').find((candidate) => candidate.textContent!.trim() === text)!;
const resumeRecords = () => Object.keys(sessionStorage).filter((key) => key.startsWith('passwordless-login:'));

/** Presses a secondary button and waits for the message it sends. */
async function sendWith(el: PasswordlessLogin, text: string): Promise<void> {
  const started = oneEvent(el, 'passwordless-start');
  button(el, text).click();
  await started;
  await settle(el);
}

// Each test is a new visitor: no send history (src/later/send-history.ts) or resume record left by the one before.
afterEach(() => (sessionStorage.clear(), localStorage.clear()));

describe('"only the most recent code works": said once more than one code went to the address', () => {
  const clock = useFakeClock();
  const ONE = en.codeHint(6, false);
  const MORE = en.codeHint(6, true);

  it('the words themselves: the sentence comes only when asked for', () => {
    expect(ONE).to.equal('Enter the 6-digit code.');
    expect(MORE).to.equal('Enter the 6-digit code. Only the most recent code works.');
  });

  for (const connection of ['email', 'sms'] as const) {
    it(`${connection}: not after the first code; after a resend it is`, async () => {
      const el = await render(new FakeTransport(), { connection, lang: connection === 'sms' ? 'en-GB' : 'en' });
      await toCodeStep(el, connection === 'sms' ? '+44 7911 123456' : 'alice@example.com');
      expect(el.step).to.equal('code');
      expect(codeHint(el)).to.equal(ONE);
      expect(shownText(el)).to.not.include('most recent');
      clock.advance(30_000);
      await el.updateComplete;
      await sendWith(el, en.resend);
      expect(codeHint(el)).to.equal(MORE);
    });
  }

  it('a code after a link (SPA, "send me a code instead"): the link\'s code no longer works, so it is said', async () => {
    const el = await render(new FakeTransport(), { send: 'link' });
    await toCodeStep(el);
    expect(el.step).to.equal('check-email');
    await sendWith(el, en.sendCodeInstead);
    expect(el.step).to.equal('code');
    expect(codeHint(el)).to.equal(MORE);
  });

  it('the same address again: its step back without a new code says nothing of it; a new code later, sent from the first step, does', async () => {
    const el = await render(new FakeTransport());
    await toCodeStep(el);
    button(el, en.useDifferentEmail).click();
    await settle(el);
    await submit(el); // the address is kept: its code is still on its way, so the step comes back and nothing is sent
    expect([el.step, part(el, 'hint')!.textContent]).to.deep.equal(['code', en.alreadySentCode('a•••@example.com')]);
    expect(codeHint(el)).to.equal(ONE);

    button(el, en.useDifferentEmail).click();
    await settle(el);
    clock.advance(30_000); // the hold ends: this browser's history says a code went to the address before
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    await settle(el);
    expect(codeHint(el)).to.equal(MORE);
  });

  it('every language: the one-code hint is the start of the several-codes hint, and shorter', async () => {
    const el = await render(new FakeTransport(), { lang: 'de' });
    await waitUntil(() => part(el, 'label')!.textContent !== en.emailLabel, 'German loads', { timeout: 5000 });
    await toCodeStep(el);
    expect(codeHint(el)).to.equal(de.codeHint(6, false));
    expect(de.codeHint(6, true).startsWith(de.codeHint(6, false))).to.equal(true);
    expect(de.codeHint(6, true).length).to.be.greaterThan(de.codeHint(6, false).length);
  });
});

describe('the first step\'s countdown: nothing was sent, so it is a retry', () => {
  const clock = useFakeClock();

  const REFUSALS = [
    ['rate limited, with Retry-After', loginError('rate_limited', { retryAfterMs: 42_000 }), 42],
    ['the service failed, with Retry-After', loginError('service_unavailable', { retryAfterMs: 12_000 }), 12],
    ['the service failed, no Retry-After (a short pause)', loginError('service_unavailable'), 5],
  ] as const;
  for (const [name, error, seconds] of REFUSALS) {
    it(`${name}: the error says what happened, the countdown when ("… in ${seconds} s", announced, then "… now"): nothing twice`, async () => {
      const el = await render(new FakeTransport().nextStart(error));
      const reported = oneEvent(el, 'passwordless-error');
      await type(el, 'alice@example.com');
      await submit(el);
      expect(el.step).to.equal('identify');
      const said = en.errors[error.code === 'rate_limited' ? 'rate_limited_held' : 'service_unavailable_held'];
      expect(errorText(el)).to.equal(said);
      expect((await reported).detail, 'the event carries the code and the words shown').to.deep.equal({ code: error.code, message: said, recoverable: true });
      expect(said, 'when is the countdown\'s to say').to.not.match(/try again|moment|wait/i);
      expect(countdown(el)).to.equal(en.tryAgainIn(seconds));
      expect(status(el)).to.equal(en.tryAgainIn(seconds));
      expect(shownText(el)).to.not.include(en.resendIn(seconds));
      clock.advance(seconds * 1000);
      await settle(el);
      expect(countdown(el), 'the error stays: the countdown now says that sending works again').to.equal(en.tryAgainReady);
      expect(status(el)).to.equal(en.tryAgainReady);
      expect(errorText(el)).to.equal(said);
    });
  }

  it('a code check the server throttled (no countdown beside it): the error itself says to wait, and speaks of tries, not messages', async () => {
    const el = await render(new FakeTransport().nextVerify(loginError('rate_limited', { retryAfterMs: 30_000 })));
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(el.step).to.equal('code');
    expect(errorText(el)).to.equal(en.errors.rate_limited);
    expect(errorText(el)).to.match(/wait/i);
    expect(errorText(el)).to.not.match(/message/i);
  });

  it('an address held by this browser\'s history (its code died moments ago): said as what happened, not as an error; typing another address ends it', async () => {
    const el = await render(new FakeTransport().nextVerify('code_expired'));
    const errors: string[] = [];
    el.addEventListener('passwordless-error', (event) => errors.push(event.detail.code));
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(errorText(el)).to.equal(en.errors.code_expired);
    button(el, en.useDifferentEmail).click();
    await settle(el);
    clock.advance(10_000);
    await submit(el); // the same address: held for the rest of its 30 s, and its dead code is not offered back
    expect(el.step).to.equal('identify');
    expect(errorText(el), 'no error: nothing failed, and no server limited anything').to.equal('');
    expect(errors).to.deep.equal(['code_expired']);
    const notice = en.recentlySent('a•••@example.com');
    expect(parts(el, 'hint').filter((hint) => hint.textContent === notice), 'said once, where an error would be').to.have.length(1);
    expect(countdown(el)).to.equal(en.tryAgainIn(20));
    expect(status(el)).to.equal(`${notice} ${en.tryAgainIn(20)}`);
    expect((part(el, 'identifier-input') as HTMLInputElement).getAttribute('aria-invalid'), 'nothing typed is at fault').to.equal('false');
    await expect(el).to.be.accessible();
    // Another address is not held: the notice and the countdown go, and it sends.
    await type(el, 'bob@example.com');
    expect(shownText(el)).to.not.include(en.recentlySent('a•••@example.com').slice(0, 20));
    expect(countdown(el)).to.equal(null);
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    expect((await started).detail.recipient).to.equal('b•••@example.com');
  });

  it('SMS: the same notice names the number, in the page\'s language', async () => {
    const el = await render(new FakeTransport().nextVerify('too_many_attempts'), { connection: 'sms', lang: 'de' });
    await waitUntil(() => el.shadowRoot!.querySelector('label[for="identifier"]')!.textContent === de.phoneLabel, 'German loads', { timeout: 5000 });
    await toCodeStep(el, '+44 7911 123456');
    await type(el, '123456');
    await settle(el);
    button(el, de.useDifferentPhone).click();
    await settle(el);
    await submit(el);
    await waitUntil(() => countdown(el) !== null, 'held', { timeout: 5000 });
    expect(el.step).to.equal('identify');
    const masked = el.shadowRoot!.querySelector('#identifier-hint + [part="hint"]')!.textContent!;
    expect(masked).to.equal(de.recentlySent('+44•••56'));
    expect(countdown(el)).to.equal(de.tryAgainIn(30));
  });

  it('the code step\'s countdown still speaks of a new code: one was sent', async () => {
    const el = await render(new FakeTransport());
    await toCodeStep(el);
    expect(countdown(el)).to.equal(en.resendIn(30));
    clock.advance(30_000);
    await settle(el);
    expect(status(el)).to.equal(en.resendReady);
  });
});

describe('a phone number the chosen country does not have', () => {
  useFakeClock();

  for (const [lang, messages] of [['en-GB', en], ['de', de]] as const) {
    it(`${lang}: the error speaks of the chosen country, with no fixed example of another one`, async () => {
      const el = await render(new FakeTransport(), { connection: 'sms', lang });
      const phoneLabel = () => el.shadowRoot!.querySelector('label[for="identifier"]')!.textContent;
      await waitUntil(() => phoneLabel() === messages.phoneLabel, 'the language loads', { timeout: 5000 });
      await type(el, '12');
      await submit(el);
      await waitUntil(() => errorText(el) !== '', 'the error shows', { timeout: 5000 });
      expect(errorText(el)).to.equal(messages.errors.invalid_phone_number);
      expect(errorText(el)).to.not.match(/\+\d/);
      expect(part(el, 'country-select'), 'the picker the words point to').to.exist;
    });
  }
});

describe('blocked by brute-force protection: not the code\'s last try', () => {
  useFakeClock();

  for (const connection of ['email', 'sms'] as const) {
    it(`${connection}: the error step says sign-in is paused; no new code is offered, only starting over (the address kept)`, async () => {
      const el = await render(new FakeTransport().nextVerify('blocked'), { connection, lang: connection === 'sms' ? 'en-GB' : 'en' });
      const typed = connection === 'sms' ? '+44 7911 123456' : 'alice@example.com';
      await toCodeStep(el, typed);
      expect(resumeRecords()).to.have.length(1);
      const failed = oneEvent(el, 'passwordless-error');
      await type(el, '123456');
      const { detail } = await failed;
      await settle(el);
      expect(detail).to.deep.equal({ code: 'blocked', message: en.errors.blocked, recoverable: true });
      expect(el.step).to.equal('error');
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(en.errorTitle);
      expect(errorText(el)).to.equal(en.errors.blocked);
      expect(buttonTexts(el)).to.deep.equal([en.startOver]);
      expect(shownText(el)).to.not.include(en.errors.too_many_attempts);
      expect(resumeRecords(), 'a reload does not bring back a code step whose codes cannot work').to.deep.equal([]);

      await submit(el); // "Start over"
      expect(el.step).to.equal('identify');
      expect((part(el, 'identifier-input') as HTMLInputElement).value).to.include(connection === 'sms' ? '7911' : typed);
    });
  }

  it('the code\'s own last try is still said as before, on the code step, with a new code offered', async () => {
    const el = await render(new FakeTransport().nextVerify('too_many_attempts'));
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(el.step).to.equal('code');
    expect(errorText(el)).to.equal(en.errors.too_many_attempts);
    expect(buttonTexts(el)).to.include(en.resend);
  });
});

describe('the rules, as data', () => {
  const at = (extra: Partial<LoginState>): LoginState => ({ ...initialState, later: 'loaded', ...extra });
  const email: FlowSettings = { connection: 'email', send: 'code', codeLength: 6, backend: false };

  it('a block ends the code step and its codes: the error step, the resume record cleared, the message spent', () => {
    const checking = at({ step: 'code', busy: true, code: '123456', sentWith: 'code', sendCount: 1, wrongCodes: ['111111'] });
    const action: LoginAction = { type: 'verify-failed', code: '123456', error: loginError('blocked') };
    const next = transition(checking, action);
    expect([next.step, next.busy, next.code, next.error?.code]).to.deep.equal(['error', false, '', 'blocked']);
    expect(resumeChange(next, action)).to.equal('clear');
    expect(historyChange(checking, next, action)).to.deep.equal({ kind: 'spent' });
    expect(linkRecovery(next, email)).to.deep.equal({ newLink: false, codeInstead: false });
  });

  it('a blocked link\'s return offers no new link either', () => {
    const returning = at({ step: 'callback', busy: true, sentWith: 'link' });
    const next = transition(returning, { type: 'callback-failed', error: loginError('blocked') });
    expect([next.step, next.error?.code]).to.deep.equal(['error', 'blocked']);
    expect(linkRecovery(next, { ...email, send: 'link' })).to.deep.equal({ newLink: false, codeInstead: false });
  });

  it('after a failed link, backend mode follows what was sent, never the `send` attribute; SPA mode also what it asked for', () => {
    const failed = (sentWith: SendMode | null) => at({ step: 'error', error: loginError('link_invalid'), sentWith });
    const backend = { ...email, backend: true };
    expect(linkRecovery(failed('link'), { ...backend, send: 'code' })).to.deep.equal({ newLink: true, codeInstead: false });
    expect(linkRecovery(failed(null), { ...backend, send: 'link' }).newLink).to.equal(false);
    expect(linkRecovery(failed('code'), { ...backend, send: 'link' }).newLink).to.equal(false);
    expect(linkRecovery(failed(null), { ...email, send: 'link' })).to.deep.equal({ newLink: true, codeInstead: true });
  });
});

// Last in this file: the page's callback is taken once, and every element created after it would follow it.
describe('a failed link in backend mode: the recovery follows what the server sent', () => {
  useFakeClock();

  it('the element is set to codes, the server sent a link that expired: "send a new link", no code instead, and the first step then sends a link', async () => {
    let expire!: () => void;
    const transport = new FakeTransport().nextCallback(new Promise<never>((_, reject) => (expire = () => reject(loginError('code_expired')))));
    // Backend mode's return from the handler's callback route (a link's landing), as the page URL carries it.
    history.replaceState(null, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}passwordless=error&code_error=code_expired`);
    const el = await render(transport, { send: 'code', backend: true });
    await waitUntil(() => el.step === 'callback', 'the return is taken', { timeout: 5000 });
    expect(location.search, 'scrubbed').to.not.include('passwordless=');
    expire();
    await waitUntil(() => el.step === 'error', 'the link failed', { timeout: 5000 });
    await settle(el);
    expect(errorText(el)).to.equal(en.errors.link_expired);
    expect(buttonTexts(el)).to.deep.equal([en.sendNewLink]);

    await submit(el); // "Send a new link"
    expect(el.step).to.equal('identify');
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal(en.sendLink);
    expect(part(el, 'hint')!.textContent).to.equal(en.emailLinkHint);
  });
});
