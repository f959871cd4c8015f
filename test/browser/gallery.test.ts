// The states gallery (demo/gallery-states.ts, what `npm run screenshots` pictures) shows what each state is named for:
// each state of this issue is put on an element as the gallery does (previewState, then the person's next move), and
// what makes it that state is looked for on screen. The preview is the flow's real state: a code used up by its last
// wrong try refuses to send any code again, as it does after a real third wrong try.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/passwordless-login.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport, previewState } from '../../src/testing.js';
import { en } from '../../src/i18n/locales/en.js';
import { GALLERY_STATES, type GalleryState } from '../../demo/gallery-states.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, part, parts, settle, submit, type } from './helpers/flow-harness.js';

interface Shown {
  el: PasswordlessLogin;
  transport: FakeTransport;
  /** The state's point, as the gallery gave it. */
  point: ReturnType<GalleryState['state']>;
}

const text = (el: PasswordlessLogin, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const hints = (el: PasswordlessLogin) => parts(el, 'hint').map((hint) => hint.textContent!.replace(/\s+/g, ' ').trim());
const image = (el: PasswordlessLogin) => part(el, 'captcha-image') as HTMLImageElement | null;
const answerField = (el: PasswordlessLogin) => part(el, 'captcha-input') as HTMLInputElement | null;
/** The picture is on screen: decoded, with its text alternative, and the gallery's own data. */
function pictureShown(el: PasswordlessLogin, point: Shown['point']): void {
  const challenge = point.check?.challenge;
  expect(image(el)!.getAttribute('src')).to.equal(challenge?.kind === 'picture' ? challenge.image : null);
  expect(image(el)!.alt).to.equal(en.captchaImageAlt);
  expect(image(el)!.naturalWidth, 'decoded').to.be.greaterThan(0);
  expect(answerField(el)!.labels![0]!.textContent!.trim()).to.equal(en.captchaCodeLabel);
  expect(text(el, 'captcha-new-picture')).to.equal(en.captchaNewPicture);
}

describe('the states gallery', () => {
  const fake = useFakeClock();
  /** Whole seconds until the point's hold ends, on the flow's (still) clock. */
  const secondsLeft = (point: Shown['point']) => Math.ceil((point.resendAvailableAt! - fake.now()) / 1000);

  /** The state is drawn once its own mark is on screen: the step, and what only this state shows. */
  async function show(id: string, ready: (el: PasswordlessLogin) => unknown): Promise<Shown> {
    const state = GALLERY_STATES.find((s) => s.id === id);
    if (!state) throw new Error(`no gallery state ${id}`);
    const el = document.createElement('passwordless-login') as PasswordlessLogin;
    el.setAttribute('lang', 'en');
    for (const [name, value] of Object.entries(state.attributes)) el.setAttribute(name, value);
    const transport = new FakeTransport();
    el.customTransport = transport;
    await fixture(html`${el}`);
    const point = state.state();
    previewState(el, point);
    await state.then?.(el);
    await waitUntil(() => el.step === point.step && ready(el), `${id} is drawn`, { timeout: 5000 });
    await settle(el);
    return { el, transport, point };
  }

  /** What each state of this issue must show (or do), by its gallery id; `ready` is the sign it is drawn. */
  const CHECKS: Record<string, { ready: (el: PasswordlessLogin) => unknown; check: (shown: Shown) => Promise<void> | void }> = {
    suggestion: { ready: (el) => part(el, 'suggestion'), check: ({ el }) => {
      expect(text(el, 'suggestion')).to.contain(en.didYouMean('alice@gmail.com'));
      expect(text(el, 'suggestion-button')).to.equal(en.useSuggestion);
    } },
    'already-sent': { ready: (el) => part(el, 'countdown'), check: ({ el, point }) => {
      expect(hints(el)).to.include(en.alreadySentCode('a•••@example.com'));
      expect(text(el, 'countdown')).to.equal(en.resendIn(secondsLeft(point)));
    } },
    'already-sent-link': { ready: (el) => part(el, 'countdown'), check: ({ el }) => {
      expect(hints(el)).to.include(en.alreadySentLink('a•••@example.com'));
    } },
    'code-used-up': { ready: (el) => part(el, 'code-input'), check: async ({ el, transport }) => {
      expect(errorText(el)).to.equal(en.errors.too_many_attempts);
      // Only a new code can help: it is the main button, and Enter asks for it.
      expect(text(el, 'submit-button')).to.equal(en.resend);
      await type(el, '123456');
      await submit(el);
      await settle(el);
      expect(transport.calls.filter((call) => call.method === 'verify'), 'a used-up code is never sent').to.deep.equal([]);
      expect(transport.calls.filter((call) => call.method === 'start'), 'a new code instead').to.have.length(1);
      expect(text(el, 'submit-button'), 'the new code can be checked').to.equal(en.verify);
    } },
    blocked: { ready: (el) => errorText(el), check: ({ el }) => {
      expect(el.step).to.equal('error');
      expect(errorText(el)).to.equal(en.errors.blocked);
      expect(text(el, 'submit-button')).to.equal(en.startOver);
    } },
    'success-sign-out': { ready: (el) => part(el, 'sign-out-button'), check: ({ el }) => {
      expect(hints(el)).to.deep.equal([en.signedInAs('alice@example.com')]);
      expect(text(el, 'sign-out-button')).to.equal(en.signOut);
    } },
    'welcome-back': { ready: (el) => part(el, 'sign-out-button'), check: ({ el }) => {
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(en.welcomeBack);
      expect(hints(el)).to.deep.equal([en.signedInAs('alice@example.com')]);
      expect(text(el, 'sign-out-button')).to.equal(en.signOut);
    } },
    'signed-out': { ready: (el) => text(el, 'status'), check: ({ el }) => {
      expect(el.step).to.equal('identify');
      expect(text(el, 'status')).to.equal(en.signedOut);
      expect(hints(el)[0], 'on screen too, above the field').to.equal(en.signedOut);
    } },
    'send-refused': { ready: (el) => part(el, 'countdown'), check: ({ el, point }) => {
      // What happened, then when: the error does not say "try again in a moment" above the countdown.
      expect(errorText(el)).to.equal(en.errors.service_unavailable_held);
      expect(text(el, 'countdown')).to.equal(en.tryAgainIn(secondsLeft(point)));
      expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('true');
    } },
    'check-picture': { ready: (el) => image(el)?.complete, check: ({ el, point }) => {
      expect(part(el, 'captcha')!.querySelector('legend')!.textContent!.trim()).to.equal(en.captchaLegend);
      pictureShown(el, point);
      expect(answerField(el)!.getAttribute('aria-invalid')).to.equal('false');
      expect(errorText(el), 'nothing is wrong yet').to.equal('');
    } },
    'check-required': { ready: (el) => image(el)?.complete, check: ({ el, point }) => {
      pictureShown(el, point);
      expect(errorText(el)).to.equal(en.errors.captcha_required);
      // The check is the field at fault, not the email.
      expect(answerField(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(answerField(el)!.getAttribute('aria-describedby')).to.equal('error');
      expect(part(el, 'identifier-input')!.getAttribute('aria-invalid')).to.equal('false');
      expect(part(el, 'error')!.getAttribute('part')).to.equal('error');
    } },
    'check-wrong': { ready: (el) => image(el)?.complete, check: ({ el, point }) => {
      pictureShown(el, point);
      expect(errorText(el)).to.equal(en.errors.invalid_captcha);
      expect(answerField(el)!.value, 'the new picture\'s answer is still to type').to.equal('');
      expect(answerField(el)!.getAttribute('aria-invalid')).to.equal('true');
    } },
    'check-again': { ready: (el) => image(el)?.complete, check: ({ el, point }) => {
      pictureShown(el, point);
      // Nothing went wrong: why the check comes first, as a notice (not red), naming the check; the email is kept.
      expect(errorText(el)).to.equal(en.errors.captcha_required);
      expect(part(el, 'error')!.getAttribute('part')).to.equal('error notice');
      expect(answerField(el)!.getAttribute('aria-invalid')).to.equal('false');
      expect(answerField(el)!.getAttribute('aria-describedby')).to.equal('error');
      expect((part(el, 'identifier-input') as HTMLInputElement).value).to.equal(point.identifier);
    } },
    'check-loading': { ready: (el) => part(el, 'captcha'), check: ({ el }) => {
      expect(text(el, 'captcha')).to.contain(en.captchaLoading);
      expect(part(el, 'captcha')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'captcha')!.querySelector('slot[name="passwordless-captcha"]'), 'where the widget will show').to.exist;
      expect(image(el)).to.equal(null);
    } },
    'check-unavailable': { ready: (el) => part(el, 'captcha'), check: ({ el }) => {
      expect(text(el, 'captcha')).to.contain(en.captchaUnavailable);
      const retry = [...part(el, 'captcha')!.querySelectorAll('button')].map((button) => button.textContent!.trim());
      expect(retry, 'a way to try again').to.deep.equal([en.tryAgain]);
      expect(text(el, 'status')).to.equal(en.captchaUnavailable);
    } },
    'country-not-allowed': { ready: (el) => errorText(el), check: ({ el, point }) => {
      expect(errorText(el)).to.equal(en.errors.country_not_allowed);
      expect((part(el, 'identifier-input') as HTMLInputElement).value).to.equal(point.identifier);
      expect(part(el, 'identifier-input')!.getAttribute('aria-invalid'), 'the number is at fault').to.equal('true');
    } },
    'identify-passkeys': { ready: (el) => part(el, 'passkey-button'), check: ({ el }) => {
      expect(text(el, 'passkey-button')).to.equal(en.passkeyButton);
      expect(text(el, 'passkey-signup-button')).to.equal(en.passkeySignup);
      expect(part(el, 'passkey-button')!.getAttribute('part')).to.contain('secondary-button');
      expect(part(el, 'identifier-input')!.getAttribute('autocomplete'), 'the field offers passkeys too').to.equal('email webauthn');
    } },
    'passkey-offer': { ready: (el) => part(el, 'submit-button'), check: ({ el }) => {
      expect(el.matches(':state(passkey-offer)')).to.equal(true);
      expect(text(el, 'submit-button')).to.equal(en.passkeyCreate);
      expect(text(el, 'secondary-button')).to.equal(en.passkeyNotNow);
      expect(hints(el)).to.include(en.passkeyOfferText);
    } },
    'passkey-created': { ready: (el) => part(el, 'hint'), check: ({ el }) => {
      expect(hints(el).join(' ')).to.contain(en.passkeyCreated);
    } },
    'country-search': { ready: (el) => part(el, 'country-list'), check: ({ el }) => {
      const field = part(el, 'country-select') as HTMLInputElement;
      expect(el.shadowRoot!.activeElement, 'the search field keeps the focus').to.equal(field);
      expect(field.value).to.equal('united');
      expect(field.getAttribute('aria-expanded')).to.equal('true');
      const names = parts(el, 'country-option').map((option) => option.textContent!);
      expect(names.length).to.be.greaterThan(1);
      for (const name of names) expect(name).to.match(/United/);
    } },
  };

  for (const [id, { ready, check }] of Object.entries(CHECKS)) {
    it(`${id}: ${GALLERY_STATES.find((s) => s.id === id)?.title}`, async () => {
      await check(await show(id, ready));
    });
  }

  it('at most one state takes the focus (the person\'s next move), and every id is unique', () => {
    expect(GALLERY_STATES.filter((state) => state.then).length).to.be.at.most(1);
    expect(new Set(GALLERY_STATES.map((state) => state.id)).size).to.equal(GALLERY_STATES.length);
  });
});
