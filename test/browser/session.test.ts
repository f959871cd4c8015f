// After success: the session found on load (this browser signed in here before: a marker, never a token), one check
// per page and login, the sign-out button (only when the site asks), signOut() and what it forgets, another tab's
// sign-out, and a used magic link opened where the person is still signed in; with the fake transport and the fake
// clock.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport, previewState } from '../../src/testing.js';
import { loginError, type LoginError } from '../../src/model.js';
import type { Authenticated } from '../../src/transport/transport.js';
import { historyKey, readHistory, rememberLink } from '../../src/later/send-history.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, input, part, parts, settle, submit, toCodeStep, type } from './helpers/flow-harness.js';
import { isShown, timesShown } from './helpers/shown-text.js';

const MARKER = 'passwordless-login:signed-in:';
const alice: Authenticated = {
  user: { sub: 'email|alice', email: 'alice@example.com' },
  authResult: { accessToken: 'fresh-access', idToken: 'fresh-id', idTokenPayload: null, expiresIn: 7200, tokenType: 'Bearer', scope: 'openid' },
};

let count = 0;

async function render(transport: FakeTransport, { clientId = `session-${++count}`, signOutButton = false, lang = 'en', send = 'code' } = {}) {
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login
    client-id=${clientId}
    lang=${lang}
    send=${send}
    ?sign-out-button=${signOutButton}
    .customTransport=${transport}
  ></passwordless-login>`);
  await settle(el);
  return el;
}

async function signIn(el: PasswordlessLogin): Promise<void> {
  await toCodeStep(el);
  await type(el, '123456');
  await waitUntil(() => el.step === 'success', 'signed in');
  await settle(el);
}

/** A promise the test settles by hand: a transport call that has not answered yet. */
function held<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: LoginError) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

/** Events of one type on the document (so that those during the first render count too), until the test ends. */
let listening = new AbortController();
function collect<K extends 'passwordless-state-change' | 'passwordless-authenticated' | 'passwordless-error' | 'passwordless-signed-out'>(type: K): GlobalEventHandlersEventMap[K]['detail'][] {
  const seen: GlobalEventHandlersEventMap[K]['detail'][] = [];
  document.addEventListener(type, (event) => seen.push(event.detail), { signal: listening.signal });
  return seen;
}

const text = (el: PasswordlessLogin, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: PasswordlessLogin, name: string) => parts(el, 'secondary-button').find((candidate) => candidate.textContent!.trim() === name)!;
const signOutButton = (el: PasswordlessLogin) => part(el, 'sign-out-button') as HTMLButtonElement | null;
const checks = (transport: FakeTransport) => transport.calls.filter((call) => call.method === 'checkSession').length;
const starts = (transport: FakeTransport) => transport.calls.filter((call) => call.method === 'start').length;
const LINK = 'passwordless-login:link:';
const heading = (el: PasswordlessLogin) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();

/** The words are on screen once (a button, a hint) and in the status region, which is for screen readers only. */
function saidOnceAndAnnounced(el: PasswordlessLogin, words: string): void {
  expect(timesShown(el, words), `"${words}" on screen`).to.equal(1);
  expect(text(el, 'status'), 'announced').to.equal(words);
  expect(isShown(part(el, 'status')!)).to.equal(false);
}

/** Another window of this origin (a same-origin frame: another tab, as far as storage goes) removes a key. */
async function removeInAnotherWindow(key: string): Promise<void> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  try {
    const heard = oneEvent(window, 'storage');
    frame.contentWindow!.localStorage.removeItem(key);
    await heard;
  } finally {
    frame.remove();
  }
}

describe('after success: the session on load, and signing out', () => {
  const clock = useFakeClock();
  afterEach(() => {
    listening.abort();
    listening = new AbortController();
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('the sign-out button', () => {
    it('is offered only when the site asks (sign-out-button), as part sign-out-button, and follows the attribute live', async () => {
      const el = await render(new FakeTransport());
      await signIn(el);
      expect(signOutButton(el) === null, 'not asked for').to.equal(true);
      el.setAttribute('sign-out-button', '');
      await settle(el);
      const button = signOutButton(el)!;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.type).to.equal('button');
      expect(button.getAttribute('part')).to.equal('secondary-button sign-out-button');
      expect(button.textContent!.trim()).to.equal('Sign out');
      await expect(el).to.be.accessible();
      el.signOutButton = false;
      await settle(el);
      expect(signOutButton(el) === null, 'the property hides it again').to.equal(true);
    });

    it('is reached with Tab from the success message and signs out with Enter', async () => {
      const transport = new FakeTransport();
      const el = await render(transport, { signOutButton: true });
      await signIn(el);
      expect(el.shadowRoot!.activeElement?.textContent, 'focus is on the success message').to.contain('alice@example.com');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === signOutButton(el), 'focus is on the button').to.equal(true);
      const signedOut = oneEvent(el, 'passwordless-signed-out');
      await sendKeys({ press: 'Enter' });
      await signedOut;
      await settle(el);
      expect(el.step).to.equal('identify');
      expect(el.shadowRoot!.activeElement === input(el), 'focus moves to the email field').to.equal(true);
      expect(transport.calls.filter((call) => call.method === 'signOut')).to.have.length(1);
    });

    for (const [lang, label, status] of [
      ['fr', 'Se déconnecter', 'Déconnexion réussie.'],
      ['ja', 'ログアウト', 'ログアウトしました。'],
      ['ar', 'تسجيل الخروج', 'تم تسجيل خروجك.'],
    ] as const) {
      it(`speaks the element's language (${lang})`, async () => {
        const el = await render(new FakeTransport(), { signOutButton: true, lang });
        await signIn(el);
        await waitUntil(() => signOutButton(el)?.textContent?.trim() === label, `the button says ${label}`);
        signOutButton(el)!.click();
        await waitUntil(() => text(el, 'status') === status, `the status says ${status}`);
      });
    }
  });

  describe('signOut()', () => {
    it('ends the session, says so, forgets the sign-in here and fires passwordless-signed-out', async () => {
      const transport = new FakeTransport();
      const clientId = 'sign-out-success';
      const el = await render(transport, { clientId });
      await signIn(el);
      expect(localStorage.getItem(MARKER + clientId), 'a sign-in is remembered (a marker, not a token)').to.equal('1');
      const changes: string[] = [];
      el.addEventListener('passwordless-state-change', (event) => changes.push(`${event.detail.from}→${event.detail.to}`));
      const signedOut = oneEvent(el, 'passwordless-signed-out');
      await el.signOut();
      expect((await signedOut).detail).to.deep.equal({});
      await settle(el);
      expect(el.step).to.equal('identify');
      expect(changes).to.deep.equal(['success→identify']);
      expect(input(el).value, 'the address does not stay on a shared screen').to.equal('');
      saidOnceAndAnnounced(el, 'You are signed out.');
      const [first] = parts(el, 'hint');
      expect(first!.textContent, 'above the field').to.equal('You are signed out.');
      expect(first!.compareDocumentPosition(input(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(errorText(el)).to.equal('');
      expect(localStorage.getItem(MARKER + clientId)).to.equal(null);
      expect(await transport.checkSession(), 'the session itself has ended').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('works from any step: in the code step it also drops the sign-in under way', async () => {
      const el = await render(new FakeTransport());
      await toCodeStep(el);
      expect(Object.keys(sessionStorage).some((key) => key.startsWith('passwordless-login:')), 'a resume record').to.equal(true);
      await el.signOut();
      await settle(el);
      expect(el.step).to.equal('identify');
      expect(Object.keys(sessionStorage).some((key) => key.startsWith('passwordless-login:'))).to.equal(false);
    });

    it('that fails keeps the person signed in, says why, rejects with the shown message, and tries again', async () => {
      const transport = new FakeTransport().nextSignOut('network');
      const clientId = 'sign-out-fails';
      const el = await render(transport, { clientId, signOutButton: true });
      await signIn(el);
      const reported = oneEvent(el, 'passwordless-error');
      const failure = await el.signOut().then(
        () => null,
        (error: unknown) => error,
      );
      const message = 'We could not reach the sign-in service. Check your connection and try again.';
      expect(failure).to.deep.equal({ code: 'network', recoverable: true, message });
      expect((await reported).detail).to.deep.equal({ code: 'network', recoverable: true, message });
      await settle(el);
      expect(el.step).to.equal('success');
      expect(errorText(el)).to.equal(message);
      expect(el.matches(':state(busy)')).to.equal(false);
      expect(localStorage.getItem(MARKER + clientId), 'still signed in: still remembered').to.equal('1');
      signOutButton(el)!.click();
      await waitUntil(() => el.step === 'identify', 'the button tries again');
    });

    it('while it runs, a second call or click joins it: one request', async () => {
      const answer = held<void>();
      const transport = new FakeTransport().nextSignOut(answer.promise);
      const el = await render(transport, { signOutButton: true });
      await signIn(el);
      const first = el.signOut();
      await settle(el);
      expect(el.matches(':state(busy)')).to.equal(true);
      expect(text(el, 'sign-out-button'), 'the button says what it is doing').to.equal('Signing you out…');
      saidOnceAndAnnounced(el, 'Signing you out…');
      expect(signOutButton(el)!.getAttribute('aria-disabled')).to.equal('true');
      signOutButton(el)!.click();
      const second = el.signOut();
      await settle(el);
      answer.resolve();
      await Promise.all([first, second]);
      expect(transport.calls.filter((call) => call.method === 'signOut')).to.have.length(1);
    });

    it('the words of signing out replace what the step was doing: no "Checking the code…", no "Sending…", no "Signing you in…"', async () => {
      const answer = held<void>();
      const code = await render(new FakeTransport().nextVerify('wrong_code').nextSignOut(answer.promise));
      await toCodeStep(code);
      await type(code, '999999'); // a code check ran last
      await settle(code);
      void code.signOut();
      await settle(code);
      expect(text(code, 'submit-button')).to.equal('Sign in');
      expect(text(code, 'status')).to.equal('Signing you out…');

      const first = await render(new FakeTransport().nextSignOut(held<void>().promise));
      void first.signOut();
      await settle(first);
      expect(text(first, 'submit-button')).to.equal('Signing you out…');
      saidOnceAndAnnounced(first, 'Signing you out…');

      // The page signs out while the session is checked on load (a sign-out page): not "signing you in".
      const clientId = 'sign-out-while-checking';
      localStorage.setItem(MARKER + clientId, '1');
      const checking = await render(new FakeTransport().nextSession(held<Authenticated | null>().promise).nextSignOut(held<void>().promise), { clientId });
      expect(checking.step).to.equal('callback');
      void checking.signOut();
      await settle(checking);
      expect(text(checking, 'hint')).to.equal('Signing you out…');
      saidOnceAndAnnounced(checking, 'Signing you out…');
      answer.resolve();
    });

    it('signed out: the first step says so until the next send', async () => {
      const transport = new FakeTransport();
      const el = await render(transport);
      await signIn(el);
      await el.signOut();
      await settle(el);
      expect(timesShown(el, 'You are signed out.')).to.equal(1);
      await type(el, 'bob@gmial.com');
      expect(timesShown(el, 'You are signed out.'), 'typing does not make it untrue').to.equal(1);
      await submit(el);
      await waitUntil(() => part(el, 'suggestion'), 'a likely typo is shown first');
      expect(text(el, 'status'), 'what just appeared is what is announced').to.equal('Did you mean bob@gmail.com? Or press “Send code” again to use the address as you typed it.');
      input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })); // seen
      const started = oneEvent(el, 'passwordless-start');
      await submit(el);
      await started;
      await settle(el);
      button(el, 'Use a different email').click();
      await settle(el);
      expect(el.step).to.equal('identify');
      expect(timesShown(el, 'You are signed out.'), 'a sign-in began since').to.equal(0);
    });

    it('leaving for the sign-in service (SPA mode) stays busy, tells the page and forgets the sign-in first', async () => {
      const transport = new FakeTransport().nextSignOut('leaving');
      const clientId = 'sign-out-leaving';
      const el = await render(transport, { clientId });
      await signIn(el);
      const signedOut = oneEvent(el, 'passwordless-signed-out');
      await el.signOut();
      await signedOut;
      await settle(el);
      expect(el.step, 'the page is about to go').to.equal('success');
      expect(el.matches(':state(busy)')).to.equal(true);
      expect(text(el, 'status')).to.equal('Signing you out…');
      expect(localStorage.getItem(MARKER + clientId)).to.equal(null);
    });

    it("forgets the last link's address, and spends a sign-in under way without lifting its hold: no message more, no step back", async () => {
      const transport = new FakeTransport();
      const clientId = 'sign-out-link';
      const el = await render(transport, { clientId, send: 'link' });
      await toCodeStep(el);
      expect(el.step).to.equal('check-email');
      expect(localStorage.getItem(LINK + clientId), "the last link's address, kept for a second use").to.contain('alice@example.com');
      const held = readHistory(clientId, 'alice@example.com', clock.now())!;
      await el.signOut();
      await settle(el);
      expect(el.step).to.equal('identify');
      expect(localStorage.getItem(LINK + clientId), 'no address stays in plain text').to.equal(null);
      expect(JSON.stringify({ ...localStorage }), 'nor anywhere else in storage').to.not.include('alice');
      expect(readHistory(clientId, 'alice@example.com', clock.now()), 'the hold keeps its timing, spent').to.deep.equal({ ...held, spent: true, transaction: null });
      // Typed again at once (the next person at the computer, or the same one): nothing is sent, and the sent step does not come back.
      await type(el, 'alice@example.com');
      await submit(el);
      expect(el.step).to.equal('identify');
      expect(starts(transport), 'one message in all').to.equal(1);
      expect(errorText(el), 'no error: nothing went wrong, a message went out moments ago').to.equal('');
      expect(timesShown(el, 'We recently sent a message to a•••@example.com'), 'said on screen, once').to.equal(1);
      expect(part(el, 'countdown')!.textContent).to.match(/in 30 s/);
    });

    it('from success, leaves no address behind: the signed-in person\'s history went at the sign-in, the link\'s goes now', async () => {
      const clientId = 'sign-out-after-link';
      const el = await render(new FakeTransport(), { clientId });
      rememberLink(clientId, 'alice@example.com', clock.now()); // a link sent earlier, in this tab or another
      await signIn(el);
      expect(localStorage.getItem(historyKey(clientId, 'alice@example.com')), 'signed in: the messages were wanted').to.equal(null);
      await el.signOut();
      expect(Object.keys(localStorage).filter((key) => key.startsWith('passwordless-login:'))).to.deep.equal([]);
    });

    it('with no answer gives up after 15 s of the flow clock: still signed in, says why, and the button tries again', async () => {
      const transport = new FakeTransport().nextSignOut(held<void>().promise);
      const clientId = 'sign-out-silent';
      const el = await render(transport, { clientId, signOutButton: true });
      await signIn(el);
      const failure = el.signOut().then(
        () => null,
        (error: unknown) => error,
      );
      await settle(el);
      expect(text(el, 'status')).to.equal('Signing you out…');
      clock.advance(14_999);
      await settle(el);
      expect(el.matches(':state(busy)'), 'still waiting').to.equal(true);
      clock.advance(1);
      expect(await failure).to.deep.include({ code: 'network' });
      await settle(el);
      expect(el.step).to.equal('success');
      expect(errorText(el)).to.equal('We could not reach the sign-in service. Check your connection and try again.');
      expect(localStorage.getItem(MARKER + clientId)).to.equal('1');
      signOutButton(el)!.click();
      await waitUntil(() => el.step === 'identify', 'the button tries again');
    });

    it('the page Auth0\'s logout brings back (SPA mode, a full load) says the person is signed out, once; the note it leaves holds no one', async () => {
      const clientId = 'sign-out-returns';
      const el = await render(new FakeTransport().nextSignOut('leaving'), { clientId });
      await signIn(el);
      await el.signOut();
      const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
      expect(stored, 'when, never who or a token').to.not.match(/alice|example\.com|access|fresh/);
      el.remove();
      // The page comes back: a new element of the same login.
      const back = await render(new FakeTransport(), { clientId });
      await waitUntil(() => timesShown(back, 'You are signed out.') === 1, 'it says so');
      expect(back.step).to.equal('identify');
      saidOnceAndAnnounced(back, 'You are signed out.');
      expect(checks(back.customTransport as FakeTransport), 'no session to check').to.equal(0);
      back.remove();
      const reloaded = await render(new FakeTransport(), { clientId });
      expect(reloaded.step).to.equal('identify');
      expect(timesShown(reloaded, 'You are signed out.'), 'said once: a reload later is a plain form').to.equal(0);
      expect(text(reloaded, 'status')).to.equal('');
    });

    it('an old note (the logout took long, or never came back here) says nothing', async () => {
      const clientId = 'sign-out-old-note';
      const el = await render(new FakeTransport().nextSignOut('leaving'), { clientId });
      await signIn(el);
      await el.signOut();
      el.remove();
      clock.advance(5 * 60_000);
      const back = await render(new FakeTransport(), { clientId });
      expect(back.step).to.equal('identify');
      expect(timesShown(back, 'You are signed out.')).to.equal(0);
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('passwordless-login:')), 'and is gone').to.deep.equal([]);
    });
  });

  describe('another tab signs out', () => {
    it('a tab showing success goes back to the form, says it is signed out, and tells the page', async () => {
      const clientId = 'other-tab-signs-out';
      const el = await render(new FakeTransport(), { clientId });
      await signIn(el);
      const signedOut = collect('passwordless-signed-out');
      await removeInAnotherWindow(MARKER + clientId);
      await settle(el);
      expect(el.step).to.equal('identify');
      expect(input(el).value, 'nothing of the sign-in stays on screen').to.equal('');
      expect(text(el, 'status')).to.equal('You are signed out.');
      expect(signedOut).to.have.length(1);
    });

    it('a sign-in under way here, or another login signed out, is left alone', async () => {
      const clientId = 'other-tab-leaves-alone';
      const typing = await render(new FakeTransport(), { clientId });
      await toCodeStep(typing);
      const other = await render(new FakeTransport(), { clientId: 'another-login' });
      await signIn(other);
      localStorage.setItem(MARKER + clientId, '1');
      const signedOut = collect('passwordless-signed-out');
      await removeInAnotherWindow(MARKER + clientId);
      await settle(typing);
      expect(typing.step).to.equal('code');
      expect(other.step).to.equal('success');
      expect(signedOut).to.deep.equal([]);
    });
  });

  describe('the session on load', () => {
    it('after a sign-in here, a reload checks silently: "Signing you in…", then who, with fresh tokens in the event', async () => {
      const clientId = 'reload-signed-in';
      localStorage.setItem(MARKER + clientId, '1');
      const answer = held<Authenticated | null>();
      const transport = new FakeTransport().nextSession(answer.promise);
      const changes = collect('passwordless-state-change');
      const authenticated = collect('passwordless-authenticated');
      const el = await render(transport, { clientId });
      expect(el.step).to.equal('callback');
      expect(el.matches(':state(callback)') && el.matches(':state(busy)')).to.equal(true);
      expect(text(el, 'hint')).to.equal('Signing you in…');
      expect(input(el) === null, 'no empty form meanwhile').to.equal(true);
      answer.resolve(alice);
      await waitUntil(() => el.step === 'success', 'signed in');
      await settle(el);
      expect(heading(el)).to.equal('Welcome back');
      expect(text(el, 'hint')).to.equal('You are signed in as alice@example.com.');
      expect(authenticated).to.deep.equal([alice]);
      expect(changes).to.deep.equal([
        { from: 'identify', to: 'callback' },
        { from: 'callback', to: 'success' },
      ]);
      expect(checks(transport)).to.equal(1);
      expect(localStorage.getItem(MARKER + clientId)).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('two elements of the same login ask once: both say who, the page hears it once; another login asks its own', async () => {
      const clientId = 'reload-two-elements';
      localStorage.setItem(MARKER + clientId, '1');
      localStorage.setItem(`${MARKER}reload-other-login`, '1');
      const answer = held<Authenticated | null>();
      const [first, second, other] = [new FakeTransport().nextSession(answer.promise), new FakeTransport().nextSession(alice), new FakeTransport().nextSession(alice)];
      const authenticated = collect('passwordless-authenticated');
      const one = await render(first, { clientId });
      const two = await render(second, { clientId });
      const three = await render(other, { clientId: 'reload-other-login' });
      expect([one.step, two.step]).to.deep.equal(['callback', 'callback']);
      answer.resolve(alice);
      await waitUntil(() => one.step === 'success' && two.step === 'success' && three.step === 'success', 'all signed in');
      await Promise.all([settle(one), settle(two)]);
      expect([checks(first), checks(second)], 'one check for the login').to.deep.equal([1, 0]);
      expect(checks(other), 'its own check').to.equal(1);
      expect(authenticated, 'once for the login, once for the other').to.have.length(2);
      expect([heading(two), text(two, 'hint')]).to.deep.equal(['Welcome back', 'You are signed in as alice@example.com.']);
      // Once it has settled, an element added later asks anew (the session may have ended since).
      const later = new FakeTransport().nextSession(null);
      const three2 = await render(later, { clientId });
      await waitUntil(() => three2.step === 'identify', 'nobody, this time');
      expect(checks(later)).to.equal(1);
    });

    it('an anonymous visitor (no marker) gets the form at once, and nothing is asked', async () => {
      const transport = new FakeTransport().nextSession(alice);
      const el = await render(transport);
      expect(el.step).to.equal('identify');
      expect(input(el) !== null, 'the form').to.equal(true);
      expect(checks(transport)).to.equal(0);
    });

    it('finding nobody shows the form without an error, and forgets the marker', async () => {
      const clientId = 'reload-nobody';
      localStorage.setItem(MARKER + clientId, '1');
      const transport = new FakeTransport().nextSession(null);
      const errors = collect('passwordless-error');
      const el = await render(transport, { clientId });
      await waitUntil(() => el.step === 'identify' && !!input(el), 'the form');
      expect(checks(transport)).to.equal(1);
      expect(errorText(el)).to.equal('');
      expect(text(el, 'status')).to.equal('');
      expect(errors).to.deep.equal([]);
      expect(localStorage.getItem(MARKER + clientId)).to.equal(null);
    });

    it('a check with no answer gives up after 10 s of the flow clock: the form, and no wait the next time', async () => {
      const clientId = 'reload-silent';
      localStorage.setItem(MARKER + clientId, '1');
      const transport = new FakeTransport().nextSession(held<Authenticated | null>().promise);
      const el = await render(transport, { clientId });
      clock.advance(9_999);
      await settle(el);
      expect(el.step).to.equal('callback');
      clock.advance(1);
      await waitUntil(() => el.step === 'identify', 'the form');
      expect(errorText(el)).to.equal('');
      expect(localStorage.getItem(MARKER + clientId)).to.equal(null);
    });

    it('a check the service cannot answer right now shows the form but keeps the marker for the next load', async () => {
      const clientId = 'reload-unavailable';
      localStorage.setItem(MARKER + clientId, '1');
      const el = await render(new FakeTransport().nextSession(loginError('service_unavailable')), { clientId });
      await waitUntil(() => el.step === 'identify', 'the form');
      expect(errorText(el)).to.equal('');
      expect(localStorage.getItem(MARKER + clientId)).to.equal('1');
    });

    it('offline, no check is tried: the form at once, and the marker stays for the next load', async () => {
      const clientId = 'reload-offline';
      localStorage.setItem(MARKER + clientId, '1');
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const transport = new FakeTransport().nextSession(alice);
        const el = await render(transport, { clientId });
        await waitUntil(() => el.step === 'identify' && input(el) !== null, 'the form');
        expect(checks(transport)).to.equal(0);
        expect(localStorage.getItem(MARKER + clientId)).to.equal('1');
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    });

    it("a designer's preview of success remembers nothing", async () => {
      const clientId = 'preview-success';
      const el = await render(new FakeTransport(), { clientId });
      previewState(el, { step: 'success', user: { sub: 'email|1', email: 'alice@example.com' } });
      await settle(el);
      expect(el.step).to.equal('success');
      expect(localStorage.getItem(MARKER + clientId)).to.equal(null);
    });
  });
});

// Last in this file: a callback is claimed once per page; each test lands on one as a new page would (see landOn).
describe('a used magic link opened again (SPA mode)', () => {
  const clock = useFakeClock();
  afterEach(() => {
    listening.abort();
    listening = new AbortController();
    sessionStorage.clear();
    localStorage.clear();
  });

  /** The URL of a link's return that failed (Auth0's error in the fragment), on a page that has not claimed one yet. */
  function landOn(hash: string): void {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('passwordless-login.callback-claimed')];
    history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
  }

  it('in a browser signed in here, the session answers: "You are signed in as …", with fresh tokens, and no error', async () => {
    const clientId = 'used-link-signed-in';
    localStorage.setItem(MARKER + clientId, '1');
    rememberLink(clientId, 'alice@example.com', clock.now());
    const transport = new FakeTransport().nextCallback('link_invalid').nextSession(alice);
    const [changes, authenticated, errors] = [collect('passwordless-state-change'), collect('passwordless-authenticated'), collect('passwordless-error')];
    landOn('error=access_denied&error_description=Wrong%20email%20or%20verification%20code.&state=used');
    const el = await render(transport, { clientId });
    await waitUntil(() => el.step === 'success', 'signed in');
    await settle(el);
    expect(text(el, 'hint')).to.equal('You are signed in as alice@example.com.');
    expect(authenticated, 'the tokens of the session, fresh, from the link').to.deep.equal([{ ...alice, method: 'link' }]);
    expect(errors).to.deep.equal([]);
    expect(changes.map((change) => change.to)).to.deep.equal(['callback', 'success']);
    expect(checks(transport)).to.equal(1);
    expect(location.hash, 'scrubbed').to.equal('');
    expect(localStorage.getItem(MARKER + clientId)).to.equal('1');
  });

  it('when the session has ended: the error, with the address kept for a new link, and no check on the next load', async () => {
    const clientId = 'used-link-session-ended';
    localStorage.setItem(MARKER + clientId, '1');
    rememberLink(clientId, 'alice@example.com', clock.now());
    const transport = new FakeTransport().nextCallback('link_invalid').nextSession(null);
    const [authenticated, errors] = [collect('passwordless-authenticated'), collect('passwordless-error')];
    landOn('error=access_denied&state=used');
    const el = await render(transport, { clientId });
    await waitUntil(() => el.step === 'error', 'the link failed');
    await settle(el);
    expect(checks(transport)).to.equal(1);
    expect(authenticated).to.deep.equal([]);
    expect(errors.map((error) => error.code)).to.deep.equal(['link_invalid']);
    expect(localStorage.getItem(MARKER + clientId), 'nobody is signed in here').to.equal(null);
    parts(el, 'submit-button')[0]!.click(); // "Send a new link"
    await settle(el);
    expect(el.step).to.equal('identify');
    expect(input(el).value).to.equal('alice@example.com');
  });

  it('in a browser that did not sign in here (no marker), nothing is asked: the error at once', async () => {
    const clientId = 'used-link-anonymous';
    const transport = new FakeTransport().nextCallback('code_expired').nextSession(alice);
    landOn('error=access_denied&state=used');
    const el = await render(transport, { clientId });
    await waitUntil(() => el.step === 'error', 'the link failed');
    expect(checks(transport)).to.equal(0);
  });
});
