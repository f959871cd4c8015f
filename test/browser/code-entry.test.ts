// The code field after a wrong code, paste and autofill, and a code's last wrong try: the rules (code-entry.ts, the
// machine) and the element as a person uses it (real keys through the browser, pastes at the caret).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { codeAfterEdit, codeIn } from '../../src/input/code-entry.js';
import { codeRejected, codeUsedUp, initialState, transition, WRONG_TRIES_PER_CODE, type LoginState } from '../../src/flow/machine.js';
import { loginError } from '../../src/model.js';
import { FakeTransport } from '../../src/testing.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, input, part, parts, renderLogin, settle, toCodeStep, type } from './helpers/flow-harness.js';

const WRONG = 'That code is not right. Check it and try again.';
const USED_UP = 'That code can no longer be used: it was entered wrong too many times. Ask for a new one.';
const NOT_ONE_CODE = 'Enter only the code from your message, all of its digits.';

describe('codeIn: the one code a text holds', () => {
  const found: [string, string][] = [
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['123–456', '123456'],
    ['1 2 3 4 5 6', '123456'],
    ['１２３４５６', '123456'],
    ['١٢٣٤٥٦', '123456'],
    ['१२३४५६', '123456'],
    ['Your code is 123456. It expires in 3 minutes.', '123456'],
    ['Your verification code is: 012345', '012345'],
    ['123456 is your code.\n\n@example.com #123456', '123456'],
  ];
  for (const [text, code] of found) it(`${JSON.stringify(text)} → ${code}`, () => expect(codeIn(text, 6)).to.equal(code));

  for (const text of ['Use 123456 or 654321', 'Call +1 415 555 0100', '12345678', '12345', 'no code here', '123 456 7'] as const) {
    it(`${JSON.stringify(text)} → none`, () => expect(codeIn(text, 6)).to.equal(null));
  }
  it('follows the code length', () => expect(codeIn('Code: 1234. Valid for 10 minutes.', 4)).to.equal('1234'));
});

describe('codeAfterEdit: what the field holds after an edit', () => {
  const edit = (value: string, before: string, more: { replacing?: boolean; deleting?: boolean } = {}) =>
    codeAfterEdit({ value, before, length: 6, replacing: false, deleting: false, ...more });

  it('typing adds digits, a letter typed is dropped, deleting takes one', () => {
    expect(edit('123', '12')).to.equal('123');
    expect(edit('12a', '12')).to.equal('12');
    expect(edit('12', '123', { deleting: true })).to.equal('12');
  });
  it('a whole code pasted or filled anywhere replaces the field', () => {
    expect(edit('12654321', '12')).to.equal('654321');
    expect(edit('123456654321', '123456')).to.equal('654321');
    expect(edit('12Your code is 654321.', '12')).to.equal('654321');
  });
  it('a digit typed past the last box, and text with none or several codes, are refused', () => {
    expect(edit('1234567', '123456')).to.equal(null);
    expect(edit('1293456', '123456'), 'in the middle').to.equal(null);
    expect(edit('12 or 123456 or 654321', '12')).to.equal(null);
    expect(edit('12345678', '')).to.equal(null);
    expect(edit('Call 555 0100', '')).to.equal(null);
  });
  it('after a wrong code, what comes next replaces it, wherever the caret is', () => {
    const replacing = { replacing: true };
    expect(edit('7', '123456', replacing), 'the selection typed over').to.equal('7');
    expect(edit('1', '123456', replacing), 'even its own first digit').to.equal('1');
    expect(edit('1234567', '123456', replacing), 'caret at the end').to.equal('7');
    expect(edit('1293456', '123456', replacing), 'caret in the middle').to.equal('9');
    expect(edit('12345', '123456', { replacing: true, deleting: true }), 'Backspace').to.equal('');
    expect(edit('123456Use 111111 or 654321', '123456', replacing), 'a text with no single code').to.equal(null);
  });
});

describe('wrong tries per code (the machine)', () => {
  const codeStep = (more: Partial<LoginState> = {}): LoginState => ({ ...initialState, later: 'loaded', step: 'code', recipient: 'a@x.io', ...more });
  const tryCode = (state: LoginState, code: string, error = loginError('wrong_code')) =>
    transition(transition({ ...state, code }, { type: 'submit-code', code }), { type: 'verify-failed', code, error });

  it(`Auth0's fixed limit: ${WRONG_TRIES_PER_CODE} wrong tries, the last one says the code is used up and clears it`, () => {
    let state = codeStep();
    for (const [i, code] of ['111111', '222222'].entries()) {
      state = tryCode(state, code);
      expect([state.error?.code, state.code, state.wrongCodes.length], `try ${i + 1}`).to.deep.equal(['wrong_code', code, i + 1]);
      expect(codeRejected(state)).to.equal(true);
    }
    state = tryCode(state, '333333');
    expect([state.error?.code, state.code, codeUsedUp(state), codeRejected(state)]).to.deep.equal(['too_many_attempts', '', true, false]);
    expect(state.error?.developerHint).to.contain('last wrong try');
  });

  it('a new code has all its tries again; other failures do not count', () => {
    let state = tryCode(tryCode(codeStep(), '111111'), '222222');
    state = tryCode(state, '222222', loginError('network', { uncertain: true }));
    expect(state.wrongCodes).to.deep.equal(['111111', '222222']);
    const resent = transition(transition(state, { type: 'resend', now: Number.MAX_SAFE_INTEGER }), { type: 'start-succeeded', send: 'code', now: 0 });
    expect(resent.wrongCodes).to.deep.equal([]);
    expect(tryCode(resent, '333333').error?.code).to.equal('wrong_code');
  });

  it('a code edited after a wrong try is no longer the rejected one; a refusal while checking changes nothing', () => {
    const rejected = tryCode(codeStep(), '111111');
    expect(codeRejected(transition(rejected, { type: 'edit-code', value: '1', codeLength: 6 }))).to.equal(false);
    const checking = transition(codeStep({ code: '123456' }), { type: 'submit-code', code: '123456' });
    expect(transition(checking, { type: 'invalid-code', error: loginError('invalid_code') })).to.equal(checking);
  });
});

describe('the code field, as a person uses it', () => {
  const clock = useFakeClock();
  afterEach(() => sessionStorage.clear());

  const verifies = (transport: FakeTransport) => transport.calls.filter((call) => call.method === 'verify').length;
  const selectedBoxes = (el: PasswordlessLogin) => parts(el, 'code-box-selected').length;

  /** Pastes at the caret (over the selection), as the browser does. */
  async function paste(el: PasswordlessLogin, text: string): Promise<void> {
    const field = input(el);
    field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
    await settle(el);
  }

  async function wrongCode(el: PasswordlessLogin, code = '999999'): Promise<void> {
    await type(el, code);
    await settle(el);
  }

  it('after a wrong code the digits stay, all selected and drawn so, with the focus; typing replaces them and signs in', async () => {
    const { el, transport } = await renderLogin();
    await toCodeStep(el);
    await wrongCode(el);
    const field = input(el);
    expect(errorText(el)).to.equal(WRONG);
    expect(field.value).to.equal('999999');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, 6]);
    expect(selectedBoxes(el)).to.equal(6);
    expect(part(el, 'code-box-active'), 'no single box takes the next digit').to.equal(null);
    await expect(el).to.be.accessible();
    const authenticated = oneEvent(el, 'passwordless-authenticated');
    await sendKeys({ type: '123456' });
    expect((await authenticated).detail.user.email).to.equal('alice@example.com');
    expect(verifies(transport)).to.equal(2);
  });

  it('after a wrong code, a click that loses the selection does not matter: the next digit still starts a new code', async () => {
    const { el } = await renderLogin();
    await toCodeStep(el);
    await wrongCode(el);
    const field = input(el);
    field.setSelectionRange(6, 6);
    await sendKeys({ type: '1' });
    await el.updateComplete;
    expect(field.value).to.equal('1');
    expect(errorText(el)).to.equal('');
    expect(selectedBoxes(el)).to.equal(0);
  });

  it('Backspace after a wrong code clears it; the same wrong digits typed again are not sent by themselves', async () => {
    const { el, transport } = await renderLogin();
    await toCodeStep(el);
    await wrongCode(el);
    const field = input(el);
    field.setSelectionRange(6, 6);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(field.value).to.equal('');
    // One key at a time: WebKitGTK's WebDriver drops a key typed again at once (the same digit, six times in a row).
    for (const digit of '999999') {
      await sendKeys({ type: digit });
      await el.updateComplete;
    }
    await settle(el);
    expect(field.value).to.equal('999999');
    expect(verifies(transport)).to.equal(1);
  });

  it('a digit typed past the last box is refused with a message and sends nothing; the code stays', async () => {
    const transport = new FakeTransport().nextVerify('network');
    const { el } = await renderLogin(transport);
    await toCodeStep(el);
    await wrongCode(el, '123456'); // the answer is lost: the code stays, unselected (it may be right)
    expect(selectedBoxes(el)).to.equal(0);
    const field = input(el);
    field.focus();
    field.setSelectionRange(6, 6);
    const refused = oneEvent(el, 'passwordless-error');
    await sendKeys({ type: '7' });
    expect((await refused).detail).to.deep.equal({ code: 'invalid_code', message: NOT_ONE_CODE, recoverable: true });
    await settle(el);
    expect(field.value).to.equal('123456');
    expect(errorText(el)).to.equal(NOT_ONE_CODE);
    expect(verifies(transport)).to.equal(1);
  });

  for (const message of ['Your code is 123456. It expires in 3 minutes.', '123 456', '123456\n\n@example.com #123456']) {
    it(`pasting ${JSON.stringify(message)} over a wrong code takes its one code and signs in`, async () => {
      const { el, transport } = await renderLogin();
      await toCodeStep(el);
      await wrongCode(el);
      const authenticated = oneEvent(el, 'passwordless-authenticated');
      await paste(el, message);
      await authenticated;
      expect(verifies(transport)).to.equal(2);
    });
  }

  for (const message of ['Use 123456, or 654321 if that fails.', '12345678', 'Call +44 20 7946 0000']) {
    it(`pasting ${JSON.stringify(message)} is refused: a message, nothing sent, no try spent, the field as it was`, async () => {
      const { el, transport } = await renderLogin();
      await toCodeStep(el);
      await type(el, '12');
      const refused = oneEvent(el, 'passwordless-error');
      await paste(el, message);
      expect((await refused).detail.code).to.equal('invalid_code');
      expect(input(el).value).to.equal('12');
      expect(errorText(el)).to.equal(NOT_ONE_CODE);
      expect(verifies(transport)).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('the last wrong try says the code is used up, clears it and focuses "Send a new code"; the dead code is never sent', async () => {
    const { el, transport } = await renderLogin();
    await toCodeStep(el);
    clock.advance(30_000); // the first cooldown is over
    const errors: string[] = [];
    el.addEventListener('passwordless-error', (event) => errors.push(event.detail.code));
    for (const code of ['111111', '222222']) {
      await wrongCode(el, code);
      expect(errorText(el)).to.equal(WRONG);
    }
    await wrongCode(el, '333333');
    expect(errorText(el)).to.equal(USED_UP);
    expect(errors).to.deep.equal(['wrong_code', 'wrong_code', 'too_many_attempts']);
    expect(input(el).value).to.equal('');
    const resend = el.shadowRoot!.activeElement as HTMLElement;
    expect(resend.textContent!.trim()).to.equal('Send a new code');
    expect(resend.getAttribute('aria-disabled')).to.equal('false');
    // The step's main button now: "Sign in" could only fail.
    expect(resend.getAttribute('part')).to.equal('submit-button');
    expect(parts(el, 'submit-button').map((button) => button.textContent!.trim())).to.deep.equal(['Send a new code']);
    await expect(el).to.be.accessible();
    // The right code, too late: Auth0 would refuse it, so it is not sent.
    await type(el, '123456');
    await settle(el);
    expect(errorText(el)).to.equal(USED_UP);
    expect(verifies(transport)).to.equal(3);
    // A new code has its three tries again.
    resend.focus();
    const started = oneEvent(el, 'passwordless-start');
    await sendKeys({ press: 'Enter' });
    await started;
    await settle(el);
    await wrongCode(el, '444444');
    expect(errorText(el)).to.equal(WRONG);
    const authenticated = oneEvent(el, 'passwordless-authenticated');
    await sendKeys({ type: '123456' });
    await authenticated;
  });

  it('the last wrong try during the resend cooldown: the countdown shows, and the focused button works once it ends', async () => {
    const { el, transport } = await renderLogin();
    await toCodeStep(el);
    for (const code of ['111111', '222222', '333333']) await wrongCode(el, code);
    expect(errorText(el)).to.equal(USED_UP);
    const resend = el.shadowRoot!.activeElement as HTMLElement;
    expect(resend.textContent!.trim()).to.equal('Send a new code');
    expect(resend.getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'countdown')!.textContent).to.match(/in 30 s/);
    clock.advance(30_000);
    await el.updateComplete;
    expect(resend.getAttribute('aria-disabled')).to.equal('false');
    const started = oneEvent(el, 'passwordless-start');
    await sendKeys({ press: 'Enter' });
    await started;
    expect(transport.calls.filter((call) => call.method === 'start')).to.have.length(2);
  });
});
