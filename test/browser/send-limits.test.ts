// The limit follows the address, not the screen: "use a different email", a reload (a new element, the same storage)
// and another tab (a second element; a page in a frame that writes the shared storage) send nothing to an address
// that got a message moments ago. And a likely typo is shown before the first send, on Enter as on blur.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FakeTransport } from '../../src/testing.js';
import { loginError } from '../../src/model.js';
import { forgetLink, historyKey, lastLink, noteHistory, readHistory, rememberLink, sweep } from '../../src/later/send-history.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, input, part, parts, renderLogin, settle, submit, toCodeStep, type } from './helpers/flow-harness.js';

const starts = (transport: FakeTransport) => transport.calls.filter((call) => call.method === 'start');
const status = (el: PasswordlessLogin) => part(el, 'status')!.textContent!.replace(/\s+/g, ' ').trim();
const button = (el: PasswordlessLogin, text: string) => parts(el, 'secondary-button').find((b) => b.textContent!.includes(text))!;

/** "Use a different email": back to the first step, the address kept in the field. */
async function useDifferentAddress(el: PasswordlessLogin): Promise<void> {
  button(el, 'Use a different').click();
  await settle(el);
  expect(el.step).to.equal('identify');
}

/** A second element of the same login (same client-id), as a reload or another element of the page makes. */
async function sameLogin(first: PasswordlessLogin, transport = new FakeTransport(), attributes: Parameters<typeof renderLogin>[1] = {}) {
  const next = await renderLogin(transport, attributes);
  next.el.clientId = first.clientId;
  next.el.remove();
  document.body.append(next.el);
  await settle(next.el);
  // A page that signed in here checks the session first (its chunk may take longer than settle's turns): wait for
  // the form, the positive signal, rather than for a number of turns.
  await waitUntil(() => input(next.el), 'the identify step is shown', { timeout: 5000 });
  return next;
}

describe('the send limit follows the address', () => {
  const clock = useFakeClock();
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  it('"use a different email" and the same address (written differently) sends nothing: the code step comes back, its code still works', async () => {
    const { el, transport } = await renderLogin();
    const sent: unknown[] = [];
    el.addEventListener('passwordless-start', (event) => sent.push(event.detail));
    await toCodeStep(el, 'alice@example.com');
    clock.advance(5000);
    await useDifferentAddress(el);
    await type(el, '  ALICE@Example.COM ');
    await submit(el);
    expect(el.step).to.equal('code');
    expect(starts(transport), 'one message, not two').to.have.length(1);
    expect(sent).to.have.length(1);
    expect(status(el)).to.equal('We already sent a code to a•••@example.com. Enter it, or ask for a new one when the countdown ends. You can ask for a new one in 25 s.');
    expect(part(el, 'countdown')!.textContent).to.match(/in 25 s/);
    expect(button(el, 'Send a new code').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    // Pressing it again and again changes nothing; once the first message's 30 s are over, one resend goes.
    for (let i = 0; i < 3; i++) await useDifferentAddress(el).then(() => submit(el));
    expect(starts(transport)).to.have.length(1);
    clock.advance(25_000);
    await el.updateComplete;
    const resent = oneEvent(el, 'passwordless-start');
    button(el, 'Send a new code').click();
    await resent;
    await settle(el);
    expect(starts(transport)).to.have.length(2);
    expect(part(el, 'countdown')!.textContent, 'the ladder goes on: the second message waits 60 s').to.match(/in 60 s/);
    const authenticated = oneEvent(el, 'passwordless-authenticated');
    await type(el, '123456');
    expect((await authenticated).detail.user.email).to.equal('alice@example.com');
  });

  it('another address is not held; the held one still is', async () => {
    const { el, transport } = await renderLogin();
    await toCodeStep(el, 'alice@example.com');
    await useDifferentAddress(el);
    await toCodeStep(el, 'bob@example.com');
    expect(starts(transport).map((call) => (call.request as { recipient: string }).recipient)).to.deep.equal(['alice@example.com', 'bob@example.com']);
    await useDifferentAddress(el);
    await type(el, 'alice@example.com');
    await submit(el);
    expect(starts(transport)).to.have.length(2);
    expect(part(el, 'hint')!.textContent).to.contain('a•••@example.com');
  });

  it('a reload (a new element, the same storage) after "use a different email" sends nothing to the same address', async () => {
    const first = await renderLogin();
    await toCodeStep(first.el, 'alice@example.com');
    await useDifferentAddress(first.el);
    expect(sessionStorage.length, 'the resume record is gone: the reload shows the first step').to.equal(0);
    first.el.remove();
    clock.advance(10_000);
    const { el, transport } = await sameLogin(first.el);
    expect(el.step).to.equal('identify');
    await type(el, 'alice@example.com');
    await submit(el);
    expect(el.step).to.equal('code');
    expect(starts(transport)).to.deep.equal([]);
    expect(part(el, 'countdown')!.textContent).to.match(/in 20 s/);
    // Another login (another client) of the same site has its own limit.
    const other = await renderLogin();
    await toCodeStep(other.el, 'alice@example.com');
    expect(starts(other.transport)).to.have.length(1);
  });

  it('a second element of the same login (another tab reads the same storage) sends nothing to the same address; a link goes back to its step', async () => {
    const first = await renderLogin(new FakeTransport(), { send: 'link' });
    await toCodeStep(first.el, 'alice@example.com');
    expect(first.el.step).to.equal('check-email');
    sessionStorage.clear(); // another tab has its own: no resume record there
    const { el, transport } = await sameLogin(first.el, new FakeTransport(), { send: 'link' });
    await type(el, 'alice@example.com');
    await submit(el);
    expect(el.step).to.equal('check-email');
    expect(starts(transport)).to.deep.equal([]);
    expect(status(el)).to.contain('We already sent a sign-in link to a•••@example.com. Open it, or ask for a new one when the countdown ends.');
    // "Send me a code instead" stays at hand: a code works in any browser.
    button(el, 'code instead').click();
    await settle(el);
    expect(starts(transport).map((call) => (call.request as { send: string }).send)).to.deep.equal(['code']);
  });

  it('another tab that sends to the address on screen: its storage event moves this countdown, and resend waits for it', async () => {
    const { el, transport } = await renderLogin();
    await toCodeStep(el, 'alice@example.com');
    clock.advance(30_000);
    await el.updateComplete;
    expect(part(el, 'countdown'), 'this tab could resend now').to.equal(null);
    // Another tab (a frame: another window of this origin, the same localStorage) sends to alice.
    const tab = await openTab();
    try {
      const changed = oneEvent(window, 'storage');
      tab.noteHistory(el.clientId, 'alice@example.com', { kind: 'sent', send: 'code', until: clock.now() + 60_000, transaction: null }, clock.now());
      await changed;
      await el.updateComplete;
      expect(part(el, 'countdown')!.textContent).to.match(/in 60 s/);
      expect(status(el)).to.contain('We already sent a code to a•••@example.com.');
      button(el, 'Send a new code').click();
      await settle(el);
      expect(starts(transport), 'the other tab sent the newest').to.have.length(1);
    } finally {
      tab.close();
    }
  });

  it('a held resend: another element sent since, so this one waits for that message instead of replacing it', async () => {
    const first = await renderLogin();
    await toCodeStep(first.el, 'alice@example.com');
    clock.advance(30_000);
    sessionStorage.clear(); // another tab has its own: no resume record there
    const { el } = await sameLogin(first.el);
    // The second element is past the first's hold: it sends.
    await toCodeStep(el, 'alice@example.com');
    await first.el.updateComplete;
    button(first.el, 'Send a new code').click();
    await settle(first.el);
    expect(starts(first.transport), 'nothing more from the first').to.have.length(1);
    expect(part(first.el, 'countdown')!.textContent).to.match(/in 60 s/);
    expect(status(first.el)).to.contain('We already sent a code to a•••@example.com.');
  });

  it('a dead code (too many tries) does not come back: the first step says a message went moments ago (no error: one message, no limit), then sends', async () => {
    const transport = new FakeTransport().nextVerify('too_many_attempts');
    const { el } = await renderLogin(transport);
    const errors: string[] = [];
    el.addEventListener('passwordless-error', (event) => errors.push(event.detail.code));
    await toCodeStep(el, 'alice@example.com');
    await type(el, '999999');
    await settle(el);
    await useDifferentAddress(el);
    await submit(el);
    expect(el.step).to.equal('identify');
    expect(input(el).value).to.equal('alice@example.com');
    expect(errorText(el), 'nothing failed, and no server limited anything').to.equal('');
    expect(parts(el, 'hint').map((hint) => hint.textContent!.trim())).to.include('We recently sent a message to a•••@example.com.');
    expect(part(el, 'countdown')!.textContent).to.equal('You can try again in 30 s.');
    expect(status(el)).to.equal('We recently sent a message to a•••@example.com. You can try again in 30 s.');
    expect(errors, 'the code\'s own error only').to.deep.equal(['too_many_attempts']);
    expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(starts(transport)).to.have.length(1);
    await expect(el).to.be.accessible();
    clock.advance(30_000);
    await el.updateComplete;
    expect(part(el, 'countdown')!.textContent, 'the countdown says when: now').to.equal('You can try again now.');
    expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('false');
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    expect(starts(transport)).to.have.length(2);
  });

  it('at most four messages in 15 minutes to one address, however they are asked for', async () => {
    const { el, transport } = await renderLogin(new FakeTransport(), { send: 'link' });
    await toCodeStep(el, 'alice@example.com');
    for (const wait of [30_000, 60_000, 120_000]) {
      clock.advance(wait);
      await el.updateComplete;
      button(el, 'Send a new link').click();
      await settle(el);
    }
    expect(starts(transport)).to.have.length(4);
    // "Send me a code instead" goes at once, but not as a fifth message.
    button(el, 'code instead').click();
    await settle(el);
    expect(starts(transport)).to.have.length(4);
    expect(errorText(el)).to.contain('Too many messages');
    clock.advance(750_000);
    await el.updateComplete;
    button(el, 'Send a new link').click();
    await settle(el);
    expect(starts(transport), 'the fifth, once the fourth\'s 12.5 minutes are over (16 minutes after the first)').to.have.length(5);
  });

  it('a 429 for an address holds that address after a reload too', async () => {
    const first = await renderLogin(new FakeTransport().nextStart(loginError('rate_limited', { retryAfterMs: 90_000 })));
    await type(first.el, 'alice@example.com');
    await submit(first.el);
    expect(part(first.el, 'countdown')!.textContent).to.match(/in 90 s/);
    first.el.remove();
    const { el, transport } = await sameLogin(first.el);
    await type(el, 'alice@example.com');
    await submit(el);
    expect(errorText(el)).to.contain('Too many messages');
    expect(part(el, 'countdown')!.textContent).to.match(/in 90 s/);
    expect(starts(transport)).to.deep.equal([]);
  });

  it('signed in: the address is free again (a used code must not come back)', async () => {
    const first = await renderLogin();
    await toCodeStep(first.el, 'alice@example.com');
    await type(first.el, '123456');
    await settle(first.el);
    expect(first.el.step).to.equal('success');
    const { el, transport } = await sameLogin(first.el);
    await toCodeStep(el, 'alice@example.com');
    expect(starts(transport)).to.have.length(1);
  });

  it('storage that throws (Safari private mode): the flow works, and the limit still holds on this page', async () => {
    const { getItem, setItem, removeItem } = Storage.prototype;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse, removeItem: refuse });
    try {
      const { el, transport } = await renderLogin();
      await toCodeStep(el, 'alice@example.com');
      await useDifferentAddress(el);
      await submit(el);
      expect(el.step).to.equal('code');
      expect(starts(transport)).to.have.length(1);
      const authenticated = oneEvent(el, 'passwordless-authenticated');
      await type(el, '123456');
      await authenticated;
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
  });

  it('stores no address in plain text for the limit, and never a code', async () => {
    const { el } = await renderLogin();
    await toCodeStep(el, 'alice@example.com');
    await type(el, '12');
    const stored = JSON.stringify({ ...localStorage });
    expect(Object.keys(localStorage)).to.have.length(1);
    expect(Object.keys(localStorage)[0]).to.match(/^passwordless-login:sent:[0-9a-z]+$/);
    expect(stored).not.to.contain('alice');
    expect(stored).not.to.contain('"code":');
  });
});

describe('a likely typo is shown before the first send', () => {
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  /** Types as a person does (keys, so the field's change event fires on Enter), then presses Enter. */
  async function typeAndPressEnter(el: PasswordlessLogin, text: string): Promise<void> {
    input(el).focus();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Enter' });
    await settle(el);
  }

  it('Enter shows "did you mean …?" and sends nothing; the screen reader hears it; a second Enter sends as typed', async () => {
    const { el, transport } = await renderLogin();
    await typeAndPressEnter(el, 'alice@gmial.com');
    await waitUntil(() => part(el, 'suggestion'), 'the suggestion appears');
    const suggestion = part(el, 'suggestion')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(suggestion, 'the other choice is on screen too').to.equal('Did you mean alice@gmail.com? Use this address Or press “Send code” again to use the address as you typed it.');
    expect(status(el)).to.equal('Did you mean alice@gmail.com? Or press “Send code” again to use the address as you typed it.');
    expect(el.step).to.equal('identify');
    expect(transport.calls).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement, 'focus stays in the field').to.equal(input(el));
    await expect(el).to.be.accessible();
    const started = oneEvent(el, 'passwordless-start');
    await sendKeys({ press: 'Enter' });
    await started;
    expect((starts(transport)[0]!.request as { recipient: string }).recipient).to.equal('alice@gmial.com');
  });

  it('choosing the suggestion fills it; Enter then sends to it', async () => {
    const { el, transport } = await renderLogin();
    await typeAndPressEnter(el, 'bob@hotmial.com');
    await waitUntil(() => part(el, 'suggestion-button'), 'the suggestion appears');
    part(el, 'suggestion-button')!.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('bob@hotmail.com');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    const started = oneEvent(el, 'passwordless-start');
    await sendKeys({ press: 'Enter' });
    await started;
    expect((starts(transport)[0]!.request as { recipient: string }).recipient).to.equal('bob@hotmail.com');
  });

  it('a click on send shows it too (the click\'s blur is not a choice); a second click sends as typed', async () => {
    const { el, transport } = await renderLogin();
    input(el).focus();
    await sendKeys({ type: 'carol@yaho.com' });
    const send = part(el, 'submit-button')!;
    // As a mouse does: pointerdown, the field's blur (and change), then the click.
    send.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    input(el).blur();
    input(el).dispatchEvent(new Event('change'));
    send.click();
    await settle(el);
    await waitUntil(() => part(el, 'suggestion'), 'the suggestion appears');
    expect(transport.calls).to.deep.equal([]);
    send.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    const started = oneEvent(el, 'passwordless-start');
    send.click();
    await started;
    expect((starts(transport)[0]!.request as { recipient: string }).recipient).to.equal('carol@yaho.com');
  });

  it('sending a link, the other choice names the link\'s button', async () => {
    const { el, transport } = await renderLogin(new FakeTransport(), { send: 'link' });
    await typeAndPressEnter(el, 'erin@gmial.com');
    await waitUntil(() => part(el, 'suggestion'), 'the suggestion appears');
    expect(part(el, 'suggestion')!.textContent).to.contain('Or press “Email me a sign-in link” again to use the address as you typed it.');
    expect(transport.calls).to.deep.equal([]);
  });

  it('a changed address gets its own check; no suggestion, no wait', async () => {
    const { el, transport } = await renderLogin();
    await typeAndPressEnter(el, 'dan@gmial.com');
    await waitUntil(() => part(el, 'suggestion'), 'the suggestion appears');
    // Editing clears it; an address with no likely typo sends on the first Enter.
    input(el).select();
    const started = oneEvent(el, 'passwordless-start');
    await typeAndPressEnter(el, 'dan@example.com');
    await started;
    expect((starts(transport)[0]!.request as { recipient: string }).recipient).to.equal('dan@example.com');
  });
});

describe('the send history in storage', () => {
  afterEach(() => localStorage.clear());
  const sent = { kind: 'sent', send: 'code', until: 30_000, transaction: null } as const;

  it('keeps the sends of 15 minutes and the longest hold; a 429 adds a hold, not a send', () => {
    noteHistory('login', 'a@x.io', sent, 0);
    noteHistory('login', 'a@x.io', { kind: 'held', until: 120_000 }, 10_000);
    expect(readHistory('login', 'a@x.io', 10_000)).to.deep.equal({ sends: [0], until: 120_000, send: 'code', transaction: null, spent: false });
    noteHistory('login', 'a@x.io', { ...sent, send: 'link', until: 200_000, transaction: 'tx' }, 130_000);
    expect(readHistory('login', 'a@x.io', 130_000)).to.include({ send: 'link', transaction: 'tx', until: 200_000 });
    expect(readHistory('login', 'a@x.io', 130_000)!.sends).to.deep.equal([0, 130_000]);
    expect(readHistory('login', 'a@x.io', 15 * 60_000 + 1)!.sends, 'the first one left the window').to.deep.equal([130_000]);
    expect(readHistory('other-login', 'a@x.io', 0), 'per login').to.equal(null);
    expect(readHistory('login', 'b@x.io', 0), 'per address').to.equal(null);
  });

  it('marks a dead message spent without lifting its hold (its sign-in forgotten); forgets on success', () => {
    noteHistory('login', 'a@x.io', { ...sent, transaction: 'tx' }, 0);
    noteHistory('login', 'a@x.io', { kind: 'spent' }, 1000);
    expect(readHistory('login', 'a@x.io', 1000)).to.deep.equal({ sends: [0], until: 30_000, send: 'code', transaction: null, spent: true });
    noteHistory('login', 'a@x.io', { kind: 'clear' }, 2000);
    expect(readHistory('login', 'a@x.io', 2000)).to.equal(null);
    noteHistory('login', 'b@x.io', { kind: 'spent' }, 0);
    expect(localStorage.length, 'nothing kept for a message never sent').to.equal(0);
  });

  it('reads damaged or hostile entries as nothing, or as a bounded hold', () => {
    const key = historyKey('login', 'a@x.io');
    for (const junk of ['not json', 'null', '[]', '{"sends":"x","until":"y"}']) {
      localStorage.setItem(key, junk);
      expect(readHistory('login', 'a@x.io', 0), junk).to.equal(null);
    }
    localStorage.setItem(key, JSON.stringify({ sends: [1, 'x', null], until: 1e15, send: '<b>', transaction: 42, spent: 'yes' }));
    expect(readHistory('login', 'a@x.io', 0)).to.deep.equal({ sends: [1], until: 60 * 60_000, send: 'code', transaction: null, spent: false });
  });

  it('sweeps what holds nothing any more, so addresses do not stay in storage past their use', () => {
    noteHistory('login', 'a@x.io', sent, 0);
    rememberLink('login', 'a@x.io', 0);
    localStorage.setItem('unrelated', 'kept');
    sweep(16 * 60_000);
    expect(Object.keys(localStorage).sort(), 'the link stays 30 minutes').to.deep.equal(['passwordless-login:link:login', 'unrelated']);
    sweep(31 * 60_000);
    expect(Object.keys(localStorage)).to.deep.equal(['unrelated']);
  });

  it('remembers the last link\'s address as typed for 30 minutes, normalised for the limit; sign-out forgets it', () => {
    rememberLink('login', ' Alice@Example.COM', 0);
    expect(lastLink('login', 29 * 60_000)).to.deep.equal({ identifier: ' Alice@Example.COM', recipient: 'alice@example.com' });
    expect(lastLink('login', 30 * 60_000)).to.equal(null);
    expect(lastLink('another-login', 0)).to.equal(null);
    rememberLink('another-login', 'bob@example.com', 0);
    forgetLink('login');
    expect(lastLink('login', 0)).to.equal(null);
    expect(lastLink('another-login', 0), 'only its own login').to.deep.include({ recipient: 'bob@example.com' });
  });
});

/**
 * Another window of this origin (a frame), with its own copy of the history module: what it writes to localStorage
 * reaches this window as a real `storage` event, as another tab's would.
 */
async function openTab(): Promise<{ noteHistory: typeof import('../../src/later/send-history.js').noteHistory; close(): void }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const frameWindow = frame.contentWindow as Window & { history_?: typeof import('../../src/later/send-history.js') };
  const loaded = new Promise<void>((resolve) => frameWindow.addEventListener('history-loaded', () => resolve(), { once: true }));
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.textContent = `import * as history from '${new URL('../../src/later/send-history.ts', import.meta.url).pathname}';
    window.history_ = history; window.dispatchEvent(new Event('history-loaded'));`;
  frame.contentDocument!.body.append(script);
  await loaded;
  return { noteHistory: frameWindow.history_!.noteHistory, close: () => frame.remove() };
}
