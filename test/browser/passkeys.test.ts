// Passkeys in the element (issue 20), with the fake transport's passkeys and a stubbed navigator.credentials
// (helpers/fake-webauthn.ts): the field's autofill, the button, sign-up, the offer after a code, and a site or a
// browser without passkeys. Waits for what the person would see, never for time.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/passwordless-login.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport, previewState, type FakePasskeyOptions } from '../../src/testing.js';
import { loginError } from '../../src/model.js';
import { en } from '../../src/i18n/locales/en.js';
import { errorText, input, part, parts, settle, submit, toCodeStep, type } from './helpers/flow-harness.js';
import { hasWebAuthn, useFakeWebAuthn, withWebAuthn } from './helpers/fake-webauthn.js';
import { useFakeClock } from './helpers/fake-clock.js';

const webauthn = useFakeWebAuthn();
/** waitUntil's limit: chunks load slowly on a busy machine (the wait ends as soon as its signal comes). */
const patience = { timeout: 5000 };
const declinedPrefix = 'passwordless-login:passkey-offer-declined:';

async function render(passkeys: FakePasskeyOptions | FakeTransport | undefined, attributes: { passkeys?: boolean; clientId?: string; connection?: 'email' | 'sms' } = {}) {
  const transport = passkeys instanceof FakeTransport ? passkeys : new FakeTransport(passkeys ? { passkeys } : {});
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login
    client-id=${attributes.clientId ?? `test-${Math.random()}`}
    connection=${attributes.connection ?? 'email'}
    send="code"
    lang="en"
    ?passkeys=${attributes.passkeys ?? true}
    .customTransport=${transport}
  ></passwordless-login>`);
  return { el, transport };
}

const called = (transport: FakeTransport, method: string) => transport.calls.filter((call) => call.method === method);
const button = (el: PasswordlessLogin) => part(el, 'passkey-button');
/** The code step's last secondary button: back to change the address. */
const back = (el: PasswordlessLogin) => parts(el, 'secondary-button').at(-1)!.click();

/** Focus on the field (the person turns to the form): the offer, then the field's autofill waiting for a pick. */
async function armed(el: PasswordlessLogin, gets = 1) {
  input(el).focus();
  await waitUntil(() => webauthn.gets.length >= gets && el.shadowRoot!.querySelector('[part~="passkey-button"]'), 'the autofill is waiting', patience);
  return webauthn.gets.at(-1)!;
}

afterEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith(declinedPrefix)) localStorage.removeItem(key);
});

// Ceremonies need a browser with WebAuthn to stub (not Playwright's WebKit for Linux: see helpers/fake-webauthn.ts).
describe('passkeys: off', () => {
  it('without the passkeys attribute: no button, no WebAuthn call, autocomplete stays email', async () => {
    const { el, transport } = await render({ offer: { signup: true, create: true } }, { passkeys: false });
    input(el).focus();
    await type(el, 'a@example.com');
    // the rest of the element is here (the send works), and still nothing of passkeys
    await toCodeStep(el);
    expect(transport.calls.map((call) => call.method)).to.deep.equal(['start']);
    expect(webauthn.gets).to.have.length(0);
    back(el);
    await settle(el);
    expect(button(el)).to.equal(null);
    expect(input(el).getAttribute('autocomplete')).to.equal('email');
  });

  (hasWebAuthn ? it : it.skip)('a site whose offer is refused (custom_domain): no button, nothing shown, one console line, one event', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const { el, transport } = await render({ offer: loginError('passkeys_unavailable', { requirement: 'custom_domain' }) });
      const errors: CustomEvent[] = [];
      el.addEventListener('passwordless-error', (event) => errors.push(event as CustomEvent));
      input(el).focus();
      await waitUntil(() => errors.length > 0, 'the developer hears of it', patience);
      await settle(el);
      input(el).blur();
      input(el).focus();
      await settle(el);
      expect(called(transport, 'passkeyChallenge')).to.have.length(0);
      expect(called(transport, 'passkeyOffer')).to.have.length(1);
      expect(errors.map((event) => event.detail)).to.deep.include({ code: 'passkeys_unavailable', message: errors[0].detail.message, recoverable: false });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('custom_domain').and.include('Custom Domains');
      expect(button(el)).to.equal(null);
      expect(errorText(el)).to.equal('');
      expect(webauthn.gets).to.have.length(0);
      expect(input(el).getAttribute('autocomplete')).to.equal('email');
    } finally {
      console.warn = warn;
    }
  });

  it('a browser without WebAuthn: no button, no error event', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential');
    const info = console.info;
    const notes: string[] = [];
    console.info = (...args: unknown[]) => void notes.push(args.map(String).join(' '));
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    try {
      const { el, transport } = await render({ offer: { signup: true, create: true } });
      const errors: Event[] = [];
      el.addEventListener('passwordless-error', (event) => errors.push(event));
      input(el).focus();
      await waitUntil(() => notes.some((note) => note.includes('passkeys')), 'a console note for developers', patience);
      await settle(el);
      expect(button(el)).to.equal(null);
      expect(errors).to.have.length(0);
      expect(called(transport, 'passkeyOffer')).to.have.length(0);
      expect(input(el).getAttribute('autocomplete')).to.equal('email');
    } finally {
      if (descriptor) Object.defineProperty(window, 'PublicKeyCredential', descriptor);
      console.info = info;
    }
  });
});

withWebAuthn('passkeys: sign-in', () => {
  const clock = useFakeClock();
  it('focusing the field asks the offer once and starts a conditional request; the field and the button say passkeys', async () => {
    const { el, transport } = await render({});
    const get = await armed(el);
    expect(get.options.mediation).to.equal('conditional');
    expect(get.options.publicKey!.rpId).to.equal(location.hostname);
    expect(input(el).getAttribute('autocomplete')).to.equal('email webauthn');
    expect(button(el)!.textContent!.trim()).to.equal('Sign in with a passkey');
    expect(part(el, 'passkey-signup-button')).to.equal(null);
    input(el).blur();
    input(el).focus();
    await settle(el);
    expect(called(transport, 'passkeyOffer')).to.have.length(1);
    expect(webauthn.gets).to.have.length(1);
  });

  it('the autofill renews its challenge shortly before Auth0\'s expires (60 s), so a late pick needs no second prompt', async () => {
    const { el, transport } = await render({});
    const first = await armed(el);
    expect(called(transport, 'passkeyChallenge')).to.have.length(1);
    clock.advance(54_000);
    await settle(el);
    expect(first.aborted()).to.equal(false);
    clock.advance(1_000);
    const second = await armed(el, 2);
    expect(first.aborted()).to.equal(true);
    expect(second.options.mediation).to.equal('conditional');
    expect(called(transport, 'passkeyChallenge')).to.have.length(2);
  });

  it('sending a code aborts the autofill; back on the first step it waits again', async () => {
    const { el } = await render({});
    const first = await armed(el);
    await toCodeStep(el);
    await waitUntil(() => first.aborted(), 'the autofill request is aborted', patience);
    expect(el.matches(':state(code)')).to.equal(true);
    back(el);
    const second = await armed(el, 2);
    expect(second.options.mediation).to.equal('conditional');
    expect(second.aborted()).to.equal(false);
  });

  it('a passkey picked from the autofill signs in (busy while it is checked)', async () => {
    const { el, transport } = await render({});
    let release!: () => void;
    transport.nextPasskeySignIn(new Promise((resolve) => (release = () => resolve({ user: { sub: 'email|fake', email: 'person@example.com' }, method: 'passkey' }))));
    const get = await armed(el);
    const signedIn = oneEvent(el, 'passwordless-authenticated');
    get.pick();
    await waitUntil(() => el.matches(':state(busy)'), 'busy while Auth0 checks it', patience);
    expect(called(transport, 'passkeySignIn')).to.have.length(1);
    release();
    const event = await signedIn;
    expect(event.detail.method).to.equal('passkey');
    await settle(el);
    expect(el.matches(':state(success)')).to.equal(true);
    expect(el.matches(':state(busy)')).to.equal(false);
  });

  it('the button runs the browser sheet (no mediation) and signs in', async () => {
    const { el, transport } = await render({});
    const autofill = await armed(el);
    const signedIn = oneEvent(el, 'passwordless-authenticated');
    button(el)!.click();
    await waitUntil(() => webauthn.gets.length >= 2, 'the modal request', patience);
    expect(autofill.aborted(), 'the button replaces the autofill').to.equal(true);
    const modal = webauthn.gets[1];
    expect(modal.options.mediation).to.equal(undefined);
    await waitUntil(() => button(el)?.textContent!.includes('Checking your passkey'), 'the button says what runs', patience);
    modal.pick();
    expect((await signedIn).detail.method).to.equal('passkey');
    await settle(el);
    expect(el.matches(':state(success)')).to.equal(true);
    expect(called(transport, 'passkeyChallenge')).to.have.length(2);
  });

  it('a cancel leaves the first step as typed, says nothing, and the send still works', async () => {
    const { el, transport } = await render({});
    await armed(el);
    await type(el, 'bob@example.com');
    button(el)!.click();
    await waitUntil(() => webauthn.gets.length >= 2, 'the modal request', patience);
    webauthn.gets[1].cancel();
    await waitUntil(() => !el.matches(':state(busy)'), 'no longer busy', patience);
    await settle(el);
    expect(el.matches(':state(identify)')).to.equal(true);
    expect(input(el).value).to.equal('bob@example.com');
    expect(errorText(el)).to.equal('');
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    expect(called(transport, 'start')).to.have.length(1);
  });

  it('a passkey Auth0 does not know: the browser is told to forget it, and the person why', async () => {
    const { el, transport } = await render({ rpId: location.hostname });
    transport.nextPasskeySignIn(loginError('passkey_rejected', { unknownCredential: true }));
    const get = await armed(el);
    const failed = oneEvent(el, 'passwordless-error');
    get.pick('gone-credential');
    expect((await failed).detail.code).to.equal('passkey_rejected');
    await waitUntil(() => webauthn.signals.length === 1, 'signalUnknownCredential', patience);
    expect(webauthn.signals[0]).to.deep.equal({ rpId: location.hostname, credentialId: 'gone-credential' });
    await settle(el);
    expect(el.matches(':state(identify)')).to.equal(true);
    expect(errorText(el)).to.equal('This site does not recognise that passkey. Sign in with a code instead.');
  });
});

withWebAuthn('passkeys: what else can happen', () => {
  it('a browser without passkey autofill: the button, and no waiting request', async () => {
    webauthn.capabilities = { conditionalGet: false, passkeyPlatformAuthenticator: true };
    const { el, transport } = await render({});
    input(el).focus();
    await waitUntil(() => button(el), 'the button', patience);
    await settle(el);
    expect(webauthn.gets).to.have.length(0);
    expect(called(transport, 'passkeyChallenge')).to.have.length(0);
  });

  it('phone numbers: the field offers passkeys too (tel webauthn)', async () => {
    const { el } = await render({}, { connection: 'sms' });
    await armed(el);
    expect(input(el).getAttribute('autocomplete')).to.equal('tel webauthn');
  });

  it('a challenge for another RP ID than this page: passkeys off, and the developer hears why', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const { el, transport } = await render({ rpId: 'login.example.com' });
      const errors: CustomEvent[] = [];
      el.addEventListener('passwordless-error', (event) => errors.push(event as CustomEvent));
      input(el).focus();
      await waitUntil(() => errors.length === 1, 'one error event', patience);
      await settle(el);
      // off for good: the next focus (or idle time) asks nothing again
      input(el).blur();
      input(el).focus();
      await settle(el);
      expect(errors).to.have.length(1);
      expect(called(transport, 'passkeyChallenge')).to.have.length(1);
      expect(errors[0].detail.code).to.equal('passkeys_unavailable');
      expect(warnings.filter((line) => line.includes('rp_id'))).to.have.length(1);
      expect(webauthn.gets).to.have.length(0);
      expect(button(el)).to.equal(null);
      expect(errorText(el)).to.equal('');
    } finally {
      console.warn = warn;
    }
  });

  it('the browser failing (not a cancel): passkey_failed, the first step stays', async () => {
    const { el } = await render({});
    await armed(el);
    await type(el, 'bob@example.com');
    const failed = oneEvent(el, 'passwordless-error');
    button(el)!.click();
    await waitUntil(() => webauthn.gets.length >= 2, 'the modal request', patience);
    webauthn.gets[1].fail(new DOMException('the authenticator broke', 'UnknownError'));
    expect((await failed).detail.code).to.equal('passkey_failed');
    await settle(el);
    expect(el.matches(':state(identify)')).to.equal(true);
    expect(input(el).value).to.equal('bob@example.com');
    expect(errorText(el)).to.equal(en.errors.passkey_failed);
    // and the autofill waits again
    await waitUntil(() => webauthn.gets.length >= 3, 'the autofill again', patience);
    expect(webauthn.gets[2].options.mediation).to.equal('conditional');
  });
});

withWebAuthn('passkeys: sign-up', () => {
  it('an invalid address: invalid_email, no passkey made', async () => {
    const { el, transport } = await render({ offer: { signup: true, create: false } });
    await armed(el);
    await type(el, 'not an address');
    part(el, 'passkey-signup-button')!.click();
    await waitUntil(() => errorText(el) !== '', 'the error line', patience);
    expect(el.matches(':state(identify)')).to.equal(true);
    expect(called(transport, 'passkeySignup')).to.have.length(0);
    expect(webauthn.creates).to.have.length(0);
    expect(errorText(el)).to.equal(en.errors.invalid_email);
  });

  it('a valid address: a passkey is made, then signed in', async () => {
    const { el, transport } = await render({ offer: { signup: true, create: false } });
    await armed(el);
    await type(el, 'new@example.com');
    const signedIn = oneEvent(el, 'passwordless-authenticated');
    part(el, 'passkey-signup-button')!.click();
    const event = await signedIn;
    expect(event.detail.method).to.equal('passkey');
    expect(event.detail.user.email).to.equal('new@example.com');
    expect(called(transport, 'passkeySignup').map((call) => call.request)).to.deep.equal([{ connection: 'email', recipient: 'new@example.com' }]);
    expect(webauthn.creates).to.have.length(1);
    expect(webauthn.creates[0].options.publicKey!.rp.id).to.equal(location.hostname);
    await settle(el);
    expect(el.matches(':state(success)')).to.equal(true);
  });
});

withWebAuthn('passkeys: the offer after a code', () => {
  async function signInWithCode(el: PasswordlessLogin) {
    await toCodeStep(el);
    const signedIn = oneEvent(el, 'passwordless-authenticated');
    await type(el, '123456'); // a whole code sends itself
    const event = await signedIn;
    await settle(el);
    return event;
  }

  it('offer.create: the passkey-offer step; creating one makes it and says it is ready', async () => {
    const { el, transport } = await render({ offer: { signup: false, create: true } });
    await armed(el);
    const event = await signInWithCode(el);
    expect(event.detail.method).to.equal('code');
    expect(el.matches(':state(passkey-offer)')).to.equal(true);
    await submit(el);
    await waitUntil(() => el.matches(':state(success)'), 'the success step', patience);
    expect(called(transport, 'passkeyCreate')).to.have.length(1);
    expect(called(transport, 'passkeyCreated')).to.have.length(1);
    expect(webauthn.creates).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.include('Your passkey is ready.');
  });

  it('"Not now": signed in, and the next code sign-in of this login goes straight in; offerPasskey() offers again', async () => {
    const clientId = `test-${Math.random()}`;
    const first = await render({ offer: { signup: false, create: true } }, { clientId });
    await armed(first.el);
    await signInWithCode(first.el);
    expect(first.el.matches(':state(passkey-offer)')).to.equal(true);
    part(first.el, 'secondary-button')!.click();
    await settle(first.el);
    expect(first.el.matches(':state(success)')).to.equal(true);
    expect(webauthn.creates).to.have.length(0);

    // the same login, later, on this device
    first.el.remove();
    const second = await render({ offer: { signup: false, create: true } }, { clientId });
    // (it checks first whether the person is still signed in: this fake finds nobody)
    await waitUntil(() => second.el.step === 'identify', 'the first step', patience);
    await armed(second.el, 2);
    await signInWithCode(second.el);
    expect(second.el.matches(':state(success)')).to.equal(true);
    await second.el.offerPasskey();
    await settle(second.el);
    expect(second.el.matches(':state(passkey-offer)')).to.equal(true);
  });

  it('a cancelled creation: the offer stays, says nothing, and "Not now" meanwhile is not taken', async () => {
    const clientId = `test-${Math.random()}`;
    const { el, transport } = await render({ offer: { signup: false, create: true } }, { clientId });
    webauthn.createAnswers = 'wait';
    await armed(el);
    await signInWithCode(el);
    await submit(el);
    await waitUntil(() => webauthn.creates.length === 1, 'the browser asks to create one', patience);
    expect(el.matches(':state(busy)')).to.equal(true);
    // "Not now" is only aria-disabled while the passkey is being made
    part(el, 'secondary-button')!.click();
    await settle(el);
    expect(el.matches(':state(passkey-offer)')).to.equal(true);
    expect(localStorage.getItem(`${declinedPrefix}${clientId}`)).to.equal(null);
    webauthn.creates[0].cancel();
    await waitUntil(() => !el.matches(':state(busy)'), 'no longer busy', patience);
    await settle(el);
    expect(el.matches(':state(passkey-offer)')).to.equal(true);
    expect(errorText(el)).to.equal('');
    expect(called(transport, 'passkeyCreated')).to.have.length(0);
  });

  it('no offer from a transport that offers create without the means to add one', async () => {
    const transport = new FakeTransport({ passkeys: { offer: { signup: false, create: true } } });
    const { passkeyOffer, passkeyChallenge, passkeySignup, passkeySignIn } = transport.passkeys!();
    Object.defineProperty(transport, 'passkeys', { value: () => ({ passkeyOffer, passkeyChallenge, passkeySignup, passkeySignIn }) });
    const { el } = await render(transport);
    await armed(el);
    await signInWithCode(el);
    expect(el.matches(':state(success)')).to.equal(true);
  });

  it('a previewed offer step: its button does not leave the element busy for ever', async () => {
    // design mode: the step shown without a transport that has passkeys
    const { el } = await render(undefined);
    previewState(el, { step: 'passkey-offer', user: { sub: 'email|1', email: 'a@example.com' } });
    await waitUntil(() => el.matches(':state(passkey-offer)'), 'the previewed step', patience);
    await submit(el);
    expect(el.matches(':state(busy)')).to.equal(false);
    expect(webauthn.creates).to.have.length(0);
  });

  it('offerPasskey() while the offer is still being asked waits for it', async () => {
    const clientId = `test-${Math.random()}`;
    const first = await render(undefined, { clientId, passkeys: false });
    await signInWithCode(first.el);
    first.el.remove();
    // back later: signed in still (found on load), and the site's answer on passkeys is slow to come
    let answer!: (offer: { signup: boolean; create: boolean }) => void;
    const transport = new FakeTransport({ passkeys: { offer: new Promise((resolve) => (answer = resolve)) } });
    transport.nextSession({ user: { sub: 'email|fake', email: 'alice@example.com' } });
    const { el } = await render(transport, { clientId });
    await waitUntil(() => el.matches(':state(success)') && called(transport, 'passkeyOffer').length === 1, 'signed in, the offer asked', patience);
    const offered = el.offerPasskey();
    answer({ signup: false, create: true });
    await offered;
    await settle(el);
    expect(el.matches(':state(passkey-offer)')).to.equal(true);
  });

  it('no offer when the site cannot add passkeys (offer.create false)', async () => {
    const { el } = await render({ offer: { signup: true, create: false } });
    await armed(el);
    await signInWithCode(el);
    expect(el.matches(':state(success)')).to.equal(true);
  });

  it('no offer when this browser cannot make passkeys', async () => {
    webauthn.capabilities = { conditionalGet: true, passkeyPlatformAuthenticator: false, hybridTransport: false, userVerifyingPlatformAuthenticator: false };
    const { el } = await render({ offer: { signup: false, create: true } });
    await armed(el);
    await signInWithCode(el);
    expect(el.matches(':state(success)')).to.equal(true);
    await el.offerPasskey();
    await settle(el);
    expect(el.matches(':state(success)')).to.equal(true);
  });
});
