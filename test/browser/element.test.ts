import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { FakeTransport } from '../../src/testing.js';
import { loginError } from '../../src/model.js';
import { en } from '../../src/i18n/locales/en.js';
import { listenForOtherTab, tellOtherTabs } from '../../src/later/other-tabs.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, input, part, parts, renderLogin, settle, submit, toCodeStep, type } from './helpers/flow-harness.js';

describe('<passwordless-login> with a fake transport', () => {
  // Time stands still unless a test moves it: a countdown never ticks on by itself, however slow the machine.
  const clock = useFakeClock();
  afterEach(() => (sessionStorage.clear(), localStorage.clear()));

  it('starts on the identify step with a labelled email field', async () => {
    const { el } = await renderLogin();
    expect(el.step).to.equal('identify');
    const field = input(el);
    expect(field.type).to.equal('email');
    expect(field.autocomplete).to.equal('email');
    expect(field.labels![0]!.textContent).to.equal('Email address');
    expect(el.matches(':state(identify)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses a bad email with a translated message and sends nothing', async () => {
    const { el, transport } = await renderLogin();
    await type(el, 'alice@example.com, bob@example.com');
    const failed = oneEvent(el, 'passwordless-error');
    await submit(el);
    expect((await failed).detail).to.deep.equal({ code: 'invalid_email', message: 'Enter one email address, like name@example.com.', recoverable: true });
    expect(transport.calls).to.have.length(0);
    expect(input(el).value).to.equal('alice@example.com, bob@example.com');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(errorText(el)).to.contain('one email address');
    await expect(el).to.be.accessible();
  });

  it('sends a code to the normalised address and moves to the code step', async () => {
    const { el, transport } = await renderLogin();
    await type(el, '  ALICE@Example.COM ');
    const changes: string[] = [];
    el.addEventListener('passwordless-state-change', (e) => changes.push(`${e.detail.from}→${e.detail.to}`));
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    expect((await started).detail).to.deep.equal({ connection: 'email', send: 'code', recipient: 'a•••@example.com' });
    await settle(el);
    expect(transport.calls[0]).to.deep.equal({ method: 'start', request: { connection: 'email', send: 'code', recipient: 'alice@example.com', locale: 'en' } });
    expect(el.step).to.equal('code');
    expect(changes).to.deep.equal(['identify→code']);
    const code = input(el);
    // Firefox does not know the one-time-code token: its autocomplete property reads '' for it, so there the attribute
    // is checked. Where the browser knows the token (Chromium, WebKit), the property must name it.
    const probe = Object.assign(document.createElement('input'), { autocomplete: 'one-time-code' });
    const browserKnowsToken = probe.autocomplete === 'one-time-code';
    expect(browserKnowsToken ? code.autocomplete : code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(code.inputMode).to.equal('numeric');
    expect(part(el, 'hint')!.textContent).to.contain('a•••@example.com');
    expect(el.shadowRoot!.activeElement).to.equal(code);
    await expect(el).to.be.accessible();
  });

  it('is busy while sending and a double submit sends one request', async () => {
    let release!: () => void;
    const transport = new FakeTransport().nextStart(new Promise<never>((_, reject) => (release = () => reject(loginError('network')))));
    const { el } = await renderLogin(transport);
    await type(el, 'alice@example.com');
    await submit(el);
    await submit(el);
    expect(transport.calls).to.have.length(1);
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(part(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'status')!.textContent).to.equal('Sending…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => errorText(el).includes('could not reach'), 'the first request fails');
    expect(el.matches(':state(busy)')).to.equal(false);
    expect(input(el).value).to.equal('alice@example.com');
    expect(transport.calls, 'still one request once the first has ended').to.have.length(1);
  });

  for (const pasted of ['123 456', '123-456', ' 123456 ']) {
    it(`pasting ${JSON.stringify(pasted)} fills 123456 and submits once`, async () => {
      const { el, transport } = await renderLogin();
      await toCodeStep(el);
      const authenticated = oneEvent(el, 'passwordless-authenticated');
      await type(el, pasted);
      expect(input(el)?.value ?? '123456').to.equal('123456');
      const { detail } = await authenticated;
      expect(detail.user.email).to.equal('alice@example.com');
      expect(detail.authResult).to.equal(undefined);
      expect(transport.calls.filter((c) => c.method === 'verify')).to.have.length(1);
      await settle(el);
      expect(el.step).to.equal('success');
      await expect(el).to.be.accessible();
    });
  }

  it('keeps leading zeros', async () => {
    const { el, transport } = await renderLogin(new FakeTransport({ code: '012345' }));
    await toCodeStep(el);
    await type(el, ' 012345 ');
    await settle(el);
    expect((transport.calls[1]!.request as { code: string }).code).to.equal('012345');
  });

  it('a wrong code keeps the code and says so', async () => {
    const { el } = await renderLogin();
    await toCodeStep(el);
    await type(el, '999999');
    await settle(el);
    expect(el.step).to.equal('code');
    expect(input(el).value).to.equal('999999');
    expect(errorText(el)).to.equal('That code is not right. Check it and try again.');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('a code this page cannot finish: the continue step says where and why, one click on submit-button goes, the number kept', async () => {
    const transport = new FakeTransport();
    const continuation = {
      to: 'universal-login', reason: 'code-refused', host: 'tenant.example', connection: 'email', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com',
    } as const;
    transport.nextVerify(loginError('third_party_cookies_blocked', { continuation }));
    const { el } = await renderLogin(transport);
    const errors: unknown[] = [];
    el.addEventListener('passwordless-error', (event) => errors.push(event.detail));
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(el.step).to.equal('continue');
    expect(el.matches(':state(continue)')).to.equal(true);
    expect(errors, 'not an error for the page: a way forward').to.deep.equal([]);
    expect(errorText(el)).to.equal('');
    expect(part(el, 'hint')!.textContent).to.equal(
      'A typed code cannot finish the sign-in on this site. Continue on tenant.example: it sends you a new code, and you sign in there.',
    );
    const button = part(el, 'submit-button')!;
    expect(button.textContent!.trim()).to.equal('Continue on tenant.example');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'hint'));
    await expect(el).to.be.accessible();
    button.click();
    await settle(el);
    expect(transport.calls.at(-1)).to.deep.equal({ method: 'continueElsewhere', request: continuation });
    expect(el.matches(':state(busy)')).to.equal(true);
    button.click();
    await settle(el);
    expect(transport.calls.filter((call) => call.method === 'continueElsewhere'), 'one click, one departure').to.have.length(1);
  });

  it('the continue step: a failure to leave shows why and lets the person press again; "use a different email" starts over', async () => {
    const transport = new FakeTransport();
    const continuation = {
      to: 'universal-login', reason: 'cookies-blocked', host: 'tenant.example', connection: 'email', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com',
    } as const;
    transport.nextVerify(loginError('third_party_cookies_blocked', { continuation })).nextContinue('network');
    const { el } = await renderLogin(transport);
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(part(el, 'hint')!.textContent).to.contain('Your browser blocked the cookie this sign-in needs on this site.');
    part(el, 'submit-button')!.click();
    await settle(el);
    expect(el.step).to.equal('continue');
    expect(el.matches(':state(busy)')).to.equal(false);
    expect(errorText(el)).to.equal(en.errors.network);
    part(el, 'secondary-button')!.click();
    await settle(el);
    expect(el.step).to.equal('identify');
    expect(input(el).value).to.equal('alice@example.com');
  });

  it('an expired code asks for a new one; resend waits for the cooldown', async () => {
    const transport = new FakeTransport().nextVerify('code_expired');
    const { el } = await renderLogin(transport);
    await toCodeStep(el);
    await type(el, '123456');
    await settle(el);
    expect(errorText(el)).to.contain('expired');
    // Only a new code can help: "Send a new code" is the step's main button now.
    const [resend] = parts(el, 'submit-button');
    expect(resend!.textContent!.trim()).to.equal(en.resend);
    expect(resend!.getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'countdown')!.textContent).to.match(/in 30 s/);
    resend!.click();
    await settle(el);
    await expect(el).to.be.accessible();
    // Typing into the dead code's field does not bring it back: the error and the main button stay, nothing is verified.
    await type(el, '654321');
    await settle(el);
    expect(errorText(el)).to.contain('expired');
    expect(parts(el, 'submit-button')[0]!.textContent!.trim()).to.equal(en.resend);
    expect(transport.calls.filter((c) => c.method === 'verify'), 'only the first, expired try').to.have.length(1);
    // Once the cooldown is over the same button sends: one more request, so the early click sent none.
    clock.advance(30_000);
    await el.updateComplete;
    const ready = parts(el, 'submit-button')[0]!;
    expect(ready.getAttribute('aria-disabled')).to.equal('false');
    const started = oneEvent(el, 'passwordless-start');
    ready.click();
    await started;
    expect(transport.calls.filter((c) => c.method === 'start')).to.have.length(2);
  });

  it('announces a cooldown once when it starts and once when it ends, not every second', async () => {
    const { el } = await renderLogin();
    await toCodeStep(el);
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('You can ask for a new one in 30 s.');
    clock.advance(1000);
    await el.updateComplete;
    expect(part(el, 'countdown')!.textContent).to.match(/in 29 s/);
    expect(part(el, 'countdown')!.getAttribute('aria-hidden')).to.equal(null);
    expect(status.textContent!.trim(), 'the live region does not tick').to.equal('You can ask for a new one in 30 s.');
    clock.advance(28_000);
    await el.updateComplete;
    expect(part(el, 'countdown')!.textContent).to.match(/in 1 s/);
    expect(status.textContent!.trim(), 'nor in its last second').to.equal('You can ask for a new one in 30 s.');
    clock.advance(1000);
    await el.updateComplete;
    expect(part(el, 'countdown'), 'the countdown is over').to.equal(null);
    expect(status.textContent!.trim()).to.equal('You can ask for a new one now.');
  });

  it('WebOTP: an SMS code offered by the browser fills the field and signs in; leaving the step aborts it', async function () {
    // WebKitGTK has no Credential Management API (navigator.credentials is undefined), so no WebOTP to stand in for:
    // skipped there. The element asks for a code only where OTPCredential exists (src/input/web-otp.ts).
    if (!navigator.credentials) this.skip();
    const windowWithOtp = window as unknown as { OTPCredential?: unknown };
    const original = navigator.credentials.get;
    const signals: AbortSignal[] = [];
    let deliver!: (credential: { code: string }) => void;
    windowWithOtp.OTPCredential = class {};
    navigator.credentials.get = ((options: CredentialRequestOptions) => {
      signals.push(options.signal!);
      return new Promise((resolve) => (deliver = resolve as never));
    }) as typeof navigator.credentials.get;
    try {
      const { el } = await renderLogin(new FakeTransport(), { connection: 'sms', lang: 'en-GB' });
      await type(el, '07911 123456');
      await submit(el);
      await waitUntil(() => el.step === 'code', 'the code step', { timeout: 5000 });
      await waitUntil(() => signals.length === 1, 'WebOTP is asked');
      parts(el, 'secondary-button').at(-1)!.click(); // use a different number
      await settle(el);
      expect(signals[0]!.aborted, 'leaving the code step aborts WebOTP').to.equal(true);
      await submit(el);
      await waitUntil(() => signals.length === 2, 'asked again in the new code step', { timeout: 5000 });
      const authenticated = oneEvent(el, 'passwordless-authenticated');
      deliver({ code: '123456' });
      expect((await authenticated).detail.user.phone_number).to.equal('+447911123456');
    } finally {
      navigator.credentials.get = original;
      delete windowWithOtp.OTPCredential;
    }
  });

  it('a 429 shows a countdown and sends nothing while it runs', async () => {
    const transport = new FakeTransport().nextStart(loginError('rate_limited', { retryAfterMs: 42_000 }));
    const { el } = await renderLogin(transport);
    await type(el, 'alice@example.com');
    await submit(el);
    expect(errorText(el)).to.contain('Too many messages');
    expect(part(el, 'countdown')!.textContent).to.match(/42 s/);
    await submit(el);
    await expect(el).to.be.accessible();
    // A second before the end it still holds; at the end a submit sends: one more request, so the held ones sent none.
    clock.advance(41_000);
    await submit(el);
    expect(part(el, 'countdown')?.textContent, 'still held a second before the end').to.match(/in 1 s/);
    clock.advance(1000);
    await el.updateComplete;
    const started = oneEvent(el, 'passwordless-start');
    await submit(el);
    await started;
    expect(transport.calls).to.have.length(2);
  });

  it('goes back to change the address, keeping it in the field', async () => {
    const { el } = await renderLogin();
    await toCodeStep(el);
    parts(el, 'secondary-button').at(-1)!.click();
    await settle(el);
    expect(el.step).to.equal('identify');
    expect(input(el).value).to.equal('alice@example.com');
    expect(sessionStorage.length).to.equal(0);
  });

  it('suggests a fix for a likely typo in the domain, and takes it in one click', async () => {
    const { el, transport } = await renderLogin();
    await type(el, 'alice@gmial.com');
    input(el).dispatchEvent(new Event('change'));
    await waitUntil(() => part(el, 'suggestion'), 'the suggestion appears');
    expect(part(el, 'suggestion')!.textContent).to.contain('Did you mean alice@gmail.com?');
    await expect(el).to.be.accessible();
    part(el, 'suggestion-button')!.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('alice@gmail.com');
    expect(part(el, 'suggestion')).to.equal(null);
    expect(transport.calls).to.have.length(0);
  });

  it('sends a link and shows check-email', async () => {
    const { el, transport } = await renderLogin(new FakeTransport(), { send: 'link' });
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal('Email me a sign-in link');
    await toCodeStep(el);
    expect(el.step).to.equal('check-email');
    expect((transport.calls[0]!.request as { send: string }).send).to.equal('link');
    expect(el.shadowRoot!.textContent).to.contain('sign-in link to a•••@example.com');
    await expect(el).to.be.accessible();
  });

  it('a link opened in another tab of this browser: the asking tab signs in with its own event, and the link tab says so', async () => {
    const { el } = await renderLogin(new FakeTransport(), { send: 'link' });
    await toCodeStep(el);
    expect(el.step).to.equal('check-email');
    const key = el.getAttribute('client-id')!;
    const result = { user: { sub: 'email|1', email: 'alice@example.com' }, authResult: { accessToken: 'at', idToken: 'it', idTokenPayload: null, expiresIn: 60, tokenType: 'Bearer', scope: 'openid' } };
    // Another login's sign-in (another element, another client) is not this one's.
    tellOtherTabs('another-client', null, result, () => undefined)();
    const authenticated = oneEvent(el, 'passwordless-authenticated');
    let heard = false;
    const stop = tellOtherTabs(key, null, result, () => (heard = true));
    // the event says how: the link, opened in the other tab
    expect((await authenticated).detail).to.deep.equal({ ...result, method: 'link' });
    await settle(el);
    expect(el.step).to.equal('success');
    await waitUntil(() => heard, 'the asking tab answered');
    stop();
  });

  it('the tab channel: tokens go only to a tab waiting for this very sign-in, and "heard" only once it is signed in', async () => {
    const received: string[] = [];
    const sniffer = new BroadcastChannel('passwordless-login');
    sniffer.onmessage = ({ data }) => received.push(`${data.kind}${data.result ? '+result' : ''}`);
    const result = { user: { sub: 'x' } };
    // Nobody waits: the link's tab asks, and no tokens go on the channel.
    const alone = tellOtherTabs('key', 'tx-1', result, () => expect.fail('nobody was waiting'));
    await waitUntil(() => received.length === 1, 'the question went out');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).to.deep.equal(['who-waits']);
    alone();
    // A tab waiting for another transaction does not answer; one that cannot sign in keeps waiting and says nothing.
    const wrong = listenForOtherTab('key', 'tx-2', () => expect.fail('another transaction is not this sign-in'));
    let declined = 0;
    const declining = listenForOtherTab('key', 'tx-1', async () => (declined++, false));
    let heard = 0;
    const first = tellOtherTabs('key', 'tx-1', result, () => heard++);
    await waitUntil(() => declined === 1, 'the waiting tab was handed the result');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard, 'not signed in there: the link tab is not told so').to.equal(0);
    first();
    declining();
    // One that signs in says so.
    const accepting = listenForOtherTab('key', 'tx-1', async () => true);
    tellOtherTabs('key', 'tx-1', result, () => heard++);
    await waitUntil(() => heard === 1, 'the asking tab answered');
    expect(received.filter((kind) => kind === 'signed-in+result')).to.have.length(2, 'tokens went out only to the two waiting tabs');
    accepting();
    wrong();
    sniffer.close();
  });

  it('after a link, "send me a code instead" sends a code and asks for it', async () => {
    const { el, transport } = await renderLogin(new FakeTransport(), { send: 'link' });
    await toCodeStep(el);
    expect(el.step).to.equal('check-email');
    const instead = parts(el, 'secondary-button').find((button) => button.textContent!.includes('code instead'))!;
    instead.click();
    await settle(el);
    expect(transport.calls.map((call) => (call.request as { send: string }).send)).to.deep.equal(['link', 'code']);
    expect(el.step).to.equal('code');
    await expect(el).to.be.accessible();
    // A later resend (after the second message's 60 s) keeps to the person's choice: another code, not another link.
    clock.advance(60_000);
    await el.updateComplete;
    parts(el, 'secondary-button').find((button) => button.textContent!.includes('Send a new code'))!.click();
    await settle(el);
    expect(transport.calls.map((call) => (call.request as { send: string }).send)).to.deep.equal(['link', 'code', 'code']);
  });

  it('after "send me a code instead" and a reload, a resend sends a code, not the link of the send attribute', async () => {
    const first = await renderLogin(new FakeTransport(), { send: 'link' });
    const clientId = first.el.clientId;
    await toCodeStep(first.el);
    parts(first.el, 'secondary-button').find((button) => button.textContent!.includes('code instead'))!.click();
    await settle(first.el);
    expect(first.el.step).to.equal('code');
    first.el.remove();
    // The person comes back after the cooldown.
    clock.advance(60_000);
    const transport = new FakeTransport();
    const { el } = await renderLogin(transport, { send: 'link' });
    el.clientId = clientId;
    el.remove();
    document.body.append(el);
    await settle(el);
    expect(el.step).to.equal('code');
    const resend = parts(el, 'secondary-button').find((button) => button.textContent!.includes('Send a new'))!;
    expect(resend.textContent!.trim()).to.equal('Send a new code');
    resend.click();
    await settle(el);
    expect(transport.calls.map((call) => (call.request as { send: string }).send)).to.deep.equal(['code']);
  });

  it('a refusal found after the code step began stops the code from being sent when its last digit is typed', async () => {
    const { el, transport } = await renderLogin();
    await toCodeStep(el);
    el.setAttribute('client-secret', 'pasted-by-mistake');
    const refused = oneEvent(el, 'passwordless-error');
    await type(el, '123456');
    expect((await refused).detail.code).to.equal('misconfigured');
    await settle(el);
    expect(el.step).to.equal('error');
    expect(transport.calls.filter((call) => call.method === 'verify')).to.deep.equal([]);
  });

  it('SMS: phone field, E.164 sent, code always', async () => {
    const { el, transport } = await renderLogin(new FakeTransport(), { connection: 'sms', send: 'link', lang: 'en-GB' });
    expect(input(el).type).to.equal('tel');
    expect(input(el).autocomplete).to.equal('tel');
    await type(el, '07911 123456');
    await submit(el);
    await waitUntil(() => el.step === 'code', `the phone number library loads and the code is sent`, { timeout: 5000 });
    expect(transport.calls[0]!.request).to.deep.include({ connection: 'sms', send: 'code', recipient: '+447911123456' });
    expect(el.step).to.equal('code');
    await expect(el).to.be.accessible();
  });

  it('SMS: two submits while the number is being checked send one message', async () => {
    const { el, transport } = await renderLogin(new FakeTransport(), { connection: 'sms', lang: 'en-GB' });
    await type(el, '07911 123456');
    const form = part(el, 'form')!;
    form.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    form.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await waitUntil(() => el.step === 'code', 'the code is sent', { timeout: 5000 });
    await settle(el);
    expect(transport.calls.filter((call) => call.method === 'start')).to.have.length(1);
  });

  it('SMS: refuses a bad number', async () => {
    const { el, transport } = await renderLogin(new FakeTransport(), { connection: 'sms' });
    await type(el, '12');
    await submit(el);
    await waitUntil(() => errorText(el) !== '', 'the phone number is checked', { timeout: 5000 });
    expect(errorText(el)).to.contain('valid phone number');
    expect(transport.calls).to.have.length(0);
  });

  it('offers page scripts nothing internal: no callback, refusal, report or resume-key members', async () => {
    const { el } = await renderLogin();
    for (const name of ['takeCallback', 'refuses', 'report', 'resumeKey']) expect(name in el, name).to.equal(false);
  });

  it('keeps the step and masked recipient across a reload, never the code', async () => {
    const first = await renderLogin();
    const clientId = first.el.clientId;
    await toCodeStep(first.el);
    await type(first.el, '12');
    const stored = JSON.stringify({ ...sessionStorage });
    expect(stored).to.contain('a•••@example.com');
    expect(stored).not.to.contain('"code"');
    first.el.remove();
    const { el } = await renderLogin();
    el.clientId = clientId;
    el.remove();
    document.body.append(el);
    await settle(el);
    expect(el.step).to.equal('code');
    expect(part(el, 'hint')!.textContent).to.contain('a•••@example.com');
    expect(input(el).value).to.equal('');
  });

  it('renders server and override text as text, never HTML', async () => {
    const { el } = await renderLogin();
    el.messages = { title: '<img src=x onerror="window.__xss=1">', errors: { invalid_email: '<b>bold</b>' } };
    await type(el, 'nope');
    await submit(el);
    // Both are on screen (as text) before anything is checked for markup.
    await waitUntil(() => errorText(el) === '<b>bold</b>', 'the error is shown');
    expect(part(el, 'header')!.textContent!.trim()).to.equal('<img src=x onerror="window.__xss=1">');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows the error step for an unrecoverable failure, and start over', async () => {
    const transport = new FakeTransport().nextStart('client_authentication_required');
    const { el } = await renderLogin(transport);
    await type(el, 'alice@example.com');
    const failed = oneEvent(el, 'passwordless-error');
    await submit(el);
    const { detail } = await failed;
    expect(detail.code).to.equal('client_authentication_required');
    expect(detail.recoverable).to.equal(false);
    expect(detail.message).not.to.match(/client|403|secret/i);
    await expect(el).to.be.accessible();
  });
});
