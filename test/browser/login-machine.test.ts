import { expect } from '@open-wc/testing';
import { canSend, cooldownMs, initialState, linkRecovery, mayPickUp, resumeChange, submitIntent, transition, type LoginAction, type LoginState, type ResumePoint } from '../../src/flow/machine.js';
import { claimedStep, formHidden, isBusy, nextSendMode, shownStep, type FlowSettings } from '../../src/flow/selectors.js';
import { loginError, type Continuation } from '../../src/model.js';

const at = (patch: Partial<LoginState>): LoginState => ({ ...initialState, later: 'loaded', ...patch });
const wrong = loginError('wrong_code');
const expired = loginError('code_expired');
const limited = loginError('rate_limited', { retryAfterMs: 5000 });
const lost = loginError('network', { uncertain: true });
const refusal = loginError('framed');
const user = { sub: 'email|1', email: 'a@example.com' };
const universal: Continuation = {
  to: 'universal-login', reason: 'code-refused', host: 'tenant.example', connection: 'sms', recipient: '+447911123456', maskedRecipient: '+44•••56',
};
const otherBrowser: Continuation = { ...universal, to: 'link-session', reason: 'other-browser', connection: 'email', recipient: 'a@example.com', maskedRecipient: 'a•••@example.com' };
const refusedHere = loginError('third_party_cookies_blocked', { continuation: universal });
const point: ResumePoint = {
  step: 'code', identifier: 'a@example.com', recipient: 'a@example.com', maskedRecipient: 'a•••@example.com',
  resendAvailableAt: 90_000, sendCount: 1, sentWith: 'code', preferCode: true, transaction: null, linkToo: false,
};

// [description, state before, action, expected changes (checked key by key)]
const table: [string, LoginState, LoginAction, Partial<LoginState>][] = [
  // before the later chunk arrives
  ['a callback is due: not a step change until the flow takes it', at({ later: 'loading' }), { type: 'due', what: 'callback' }, { step: 'identify', due: 'callback' }],
  ['a resume record is due: the first step waits', at({ later: 'loading' }), { type: 'due', what: 'resume' }, { step: 'identify', due: 'resume' }],
  ['a send before the rest arrived waits for it', at({ later: 'loading', identifier: 'a@example.com' }), { type: 'queue-send' }, { queued: true, busy: false }],
  ['the rest failed to load: not busy, the input stays, and why', at({ later: 'loading', queued: true, identifier: 'a@x.io' }), { type: 'later-failed', error: lost }, { later: 'failed', queued: false, error: lost, identifier: 'a@x.io' }],
  ['try again loads it again', at({ later: 'failed', error: lost }), { type: 'retry-load' }, { later: 'loading', error: null }],
  ['once here, nothing was due after all', at({ due: 'resume' }), { type: 'nothing-due' }, { due: null, step: 'identify' }],
  // the first step
  ['typing keeps the step', at({}), { type: 'edit-identifier', value: 'a@' }, { step: 'identify', identifier: 'a@' }],
  ['typing clears an error and the suggestion', at({ error: wrong, suggestion: 'a@gmail.com' }), { type: 'edit-identifier', value: 'a' }, { error: null, suggestion: null }],
  ['submit makes it busy', at({ identifier: 'a@example.com' }), { type: 'submit-identifier', recipient: 'a@example.com', maskedRecipient: 'a•••@example.com', now: 0 }, { busy: true, recipient: 'a@example.com', step: 'identify' }],
  ['a second submit while busy changes nothing', at({ busy: true, recipient: 'x' }), { type: 'submit-identifier', recipient: 'y', maskedRecipient: 'y', now: 0 }, { recipient: 'x' }],
  ['a hold (rate limit) refuses a submit until it ends', at({ error: limited, resendAvailableAt: 5000 }), { type: 'submit-identifier', recipient: 'a@x.io', maskedRecipient: 'a', now: 4999 }, { busy: false }],
  ['invalid input shows the error, keeps the input', at({ identifier: 'nope' }), { type: 'invalid-identifier', error: wrong }, { error: wrong, identifier: 'nope', busy: false }],
  // sending
  ['code sent → code step, cooldown from the ladder', at({ busy: true }), { type: 'start-succeeded', send: 'code', now: 1000 }, { step: 'code', busy: false, sendCount: 1, resendAvailableAt: 31_000, sentWith: 'code' }],
  ['link sent → check-email step', at({ busy: true }), { type: 'start-succeeded', send: 'link', now: 0 }, { step: 'check-email', sentWith: 'link' }],
  ['a code inside a magic-link email → the code step, which says the link works too; its transaction kept', at({ busy: true }), { type: 'start-succeeded', send: 'code', now: 0, transaction: 'tx', linkToo: true }, { step: 'code', sentWith: 'code', linkToo: true, transaction: 'tx' }],
  ['a plain code forgets the link of the last send', at({ busy: true, linkToo: true, transaction: 'tx' }), { type: 'start-succeeded', send: 'code', now: 0 }, { linkToo: false, transaction: null }],
  ['start failure keeps the step and input', at({ busy: true, identifier: 'a@example.com' }), { type: 'start-failed', send: 'code', error: wrong, now: 0, online: true }, { step: 'identify', busy: false, error: wrong, identifier: 'a@example.com' }],
  ['429 holds sending for Retry-After', at({ busy: true }), { type: 'start-failed', send: 'code', error: limited, now: 1000, online: true }, { resendAvailableAt: 6000, resendHeldSince: 1000 }],
  ['429 without Retry-After waits as long as the next resend', at({ busy: true, sendCount: 1 }), { type: 'start-failed', send: 'code', error: loginError('rate_limited'), now: 0, online: true }, { resendAvailableAt: 60_000 }],
  ['an outage without Retry-After waits 5 s between manual retries', at({ busy: true }), { type: 'start-failed', send: 'code', error: loginError('service_unavailable'), now: 0, online: true }, { resendAvailableAt: 5000 }],
  ['a Retry-After over an hour waits an hour', at({ busy: true }), { type: 'start-failed', send: 'code', error: { ...limited, retryAfterMs: 86_400_000 }, now: 0, online: true }, { resendAvailableAt: 3_600_000 }],
  ['a lost answer → code step, resend held, nothing sent again (plan test 18)', at({ busy: true }), { type: 'start-failed', send: 'code', error: lost, now: 0, online: true }, { step: 'code', busy: false, uncertain: true, sendCount: 1, resendAvailableAt: 30_000 }],
  ['a lost link answer → check-email', at({ busy: true }), { type: 'start-failed', send: 'link', error: lost, now: 0, online: true }, { step: 'check-email', uncertain: true }],
  ['offline is not a lost answer: nothing left', at({ busy: true }), { type: 'start-failed', send: 'code', error: lost, now: 0, online: false }, { step: 'identify', error: lost }],
  ['a confirmed send clears the doubt', at({ busy: true, uncertain: true }), { type: 'start-succeeded', send: 'code', now: 0 }, { uncertain: false }],
  ['resend is busy in the code step once the cooldown ended', at({ step: 'code', resendAvailableAt: 10 }), { type: 'resend', now: 10 }, { busy: true, step: 'code' }],
  ['resend during the cooldown changes nothing', at({ step: 'code', resendAvailableAt: 10 }), { type: 'resend', now: 9 }, { busy: false }],
  ['resend is ignored in identify', at({}), { type: 'resend', now: 0 }, { busy: false }],
  ['a code instead of the link: busy, and codes from now on', at({ step: 'check-email', sentWith: 'link' }), { type: 'send-code-instead' }, { busy: true, preferCode: true, sentWith: 'link' }],
  // the code step
  ['code typing', at({ step: 'code' }), { type: 'edit-code', value: '12', codeLength: 6 }, { code: '12', autoSubmitted: '' }],
  ['the last digit is remembered as submitted by itself', at({ step: 'code' }), { type: 'edit-code', value: '123456', codeLength: 6 }, { autoSubmitted: '123456' }],
  ['code typing ignored while busy', at({ step: 'code', busy: true, code: '1' }), { type: 'edit-code', value: '12', codeLength: 6 }, { code: '1' }],
  ['submit code', at({ step: 'code', code: '123456' }), { type: 'submit-code' }, { busy: true }],
  ['double submit code is one', at({ step: 'code', busy: true }), { type: 'submit-code' }, { busy: true }],
  ['wrong code keeps the code', at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', code: '123456', error: wrong }, { code: '123456', error: wrong, busy: false }],
  ['expired code clears the code', at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', code: '123456', error: expired }, { code: '', error: expired }],
  ['a lost verify answer remembers the code', at({ step: 'code', busy: true }), { type: 'verify-failed', code: '123456', error: lost }, { uncertainCode: '123456' }],
  ['redirecting stays busy', at({ step: 'code', busy: true }), { type: 'redirecting' }, { busy: true, step: 'code' }],
  // coming back
  ['callback detected', at({}), { type: 'callback-detected', identifier: 'a@x.io' }, { step: 'callback', busy: true, identifier: 'a@x.io' }],
  ['callback failed', at({ step: 'callback', busy: true }), { type: 'callback-failed', error: wrong }, { step: 'error', busy: false, error: wrong }],
  ['authenticated', at({ step: 'callback', busy: true }), { type: 'authenticated', user }, { step: 'success', user, busy: false }],
  ['resume: the step, the recipient, the mode actually used', at({ due: 'resume' }), { type: 'resume', point, now: 5 }, { step: 'code', sentWith: 'code', preferCode: true, due: null, resendHeldSince: 5 }],
  ['an expired record: the first step, the address kept, and why', at({ due: 'resume' }), { type: 'resume-expired', identifier: 'a@x.io', error: expired }, { step: 'identify', identifier: 'a@x.io', error: expired, due: null }],
  // finishing elsewhere (the continue step)
  ['a send the tenant would not finish here: the continue step, nothing sent, the identifier kept', at({ busy: true, identifier: '07911 123456' }), { type: 'start-failed', send: 'code', error: refusedHere, now: 0, online: true }, { step: 'continue', busy: false, error: null, continuation: universal, identifier: '07911 123456', recipient: '+447911123456', maskedRecipient: '+44•••56', sendCount: 0 }],
  ['a code the page cannot finish: the continue step, the code cleared', at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', code: '123456', error: refusedHere }, { step: 'continue', busy: false, code: '', error: null, continuation: universal }],
  ['a return that cannot finish here: the continue step, not the error step', at({ step: 'callback', busy: true }), { type: 'callback-failed', error: refusedHere }, { step: 'continue', busy: false, error: null, continuation: universal, identifier: '+447911123456' }],
  ['a link from another browser: the continue step names whose it is', at({ step: 'callback', busy: true }), { type: 'callback-failed', error: loginError('link_invalid', { continuation: otherBrowser }) }, { step: 'continue', maskedRecipient: 'a•••@example.com', continuation: otherBrowser }],
  ['a continuation is not taken when nothing is running', at({ step: 'code', code: '1' }), { type: 'continue-elsewhere', continuation: universal }, { step: 'code', continuation: null }],
  ['leaving is busy', at({ step: 'continue', continuation: universal }), { type: 'redirecting' }, { step: 'continue', busy: true }],
  ['a failure to leave comes back to the step with its error', at({ step: 'continue', busy: true, continuation: universal }), { type: 'continue-elsewhere', continuation: universal, error: lost }, { step: 'continue', busy: false, error: lost }],
  ['a different address from the continue step starts over', at({ step: 'continue', identifier: 'a@example.com', continuation: universal }), { type: 'back' }, { step: 'identify', identifier: 'a@example.com', continuation: null }],
  // starting over
  ['back keeps the identifier and the preference for codes', at({ step: 'code', identifier: 'a@example.com', code: '1', preferCode: true }), { type: 'back' }, { step: 'identify', identifier: 'a@example.com', code: '', preferCode: true }],
  ['back is ignored while busy', at({ step: 'code', busy: true }), { type: 'back' }, { step: 'code' }],
  ['a code instead after a link failed', at({ step: 'error', error: loginError('link_invalid') }), { type: 'use-code-instead' }, { step: 'identify', preferCode: true, error: null }],
  ['reset keeps the identifier, forgets the preference', at({ step: 'error', identifier: 'a@example.com', error: wrong, preferCode: true }), { type: 'reset' }, { step: 'identify', identifier: 'a@example.com', error: null, preferCode: false }],
  ['preview', at({}), { type: 'preview', point: { step: 'code', maskedRecipient: 'a•••@x.io' }, now: 0 }, { step: 'code', maskedRecipient: 'a•••@x.io', busy: false }],
  // refusal
  ['a refusal shows the error step for good', at({ step: 'code', busy: true }), { type: 'refuse', error: refusal }, { step: 'error', error: refusal, refused: true, busy: false }],
];

describe('transition()', () => {
  for (const [name, before, action, expected] of table) {
    it(name, () => {
      const after = transition(before, action);
      for (const [key, value] of Object.entries(expected)) expect(after[key as keyof LoginState], key).to.deep.equal(value);
    });
  }

  it('returns the same object when nothing changes, so no re-render or event follows', () => {
    const state = at({ step: 'success' });
    expect(transition(state, { type: 'submit-code' })).to.equal(state);
  });

  it('ignores every action after a refusal', () => {
    const refused = transition(at({}), { type: 'refuse', error: refusal });
    const actions: LoginAction[] = [
      { type: 'edit-identifier', value: 'a' }, { type: 'reset' }, { type: 'callback-detected' }, { type: 'authenticated', user },
      { type: 'resume', point, now: 0 }, { type: 'preview', point: { step: 'code' }, now: 0 }, { type: 'later-loaded' },
    ];
    for (const action of actions) expect(transition(refused, action), action.type).to.equal(refused);
  });

  it('a retry of a code whose first answer was lost, answered "wrong", asks for a new code', () => {
    const retried = at({ step: 'code', busy: true, code: '123456', uncertainCode: '123456' });
    const after = transition(retried, { type: 'verify-failed', code: '123456', error: wrong });
    expect(after.error?.code).to.equal('code_expired');
    expect(after.code).to.equal('');
    expect(wrong.code, 'the error object it came from is unchanged').to.equal('wrong_code');
  });

  it('grows the resend cooldown 30 s, 60 s, 120 s, then holds 12.5 minutes: at most 4 messages in any 15 minutes (plan test 22)', () => {
    expect([1, 2, 3, 4, 5].map(cooldownMs)).to.deep.equal([30_000, 60_000, 120_000, 750_000, 750_000]);
    expect(cooldownMs(1) + cooldownMs(2) + cooldownMs(3) + cooldownMs(4)).to.be.greaterThan(15 * 60_000);
  });
});

describe('selectors', () => {
  const spa: FlowSettings = { connection: 'email', send: 'link', codeLength: 6, backend: false };

  it('a resend sends what the last send did; a first send, a code once the person asked for one (bug: send mode lost on reload)', () => {
    const resumed = transition(at({ due: 'resume' }), { type: 'resume', point: { ...point, sentWith: 'code' }, now: 0 });
    expect(nextSendMode(resumed, spa)).to.equal('code');
    expect(nextSendMode(at({ step: 'check-email', sentWith: 'link' }), spa)).to.equal('link');
    expect(nextSendMode(at({ preferCode: true }), spa)).to.equal('code');
    expect(nextSendMode(at({}), spa)).to.equal('link');
    expect(nextSendMode(at({}), { ...spa, connection: 'sms' })).to.equal('code');
  });

  it('shows "signing in" while a callback is due and the rest of the element loads', () => {
    expect(shownStep(at({ later: 'loading', due: 'callback' }))).to.equal('callback');
    expect(claimedStep(at({ later: 'loading', due: 'callback' }))).to.equal('callback');
    expect(shownStep(at({ due: null, step: 'code' }))).to.equal('code');
  });

  it('hides the form while something else may be due, and claims no step for a resume record', () => {
    const due = at({ later: 'loading', due: 'resume' });
    expect(formHidden(due)).to.equal(true);
    expect(claimedStep(due)).to.equal(null);
    expect(isBusy(due)).to.equal(true);
    expect(isBusy({ ...due, later: 'failed' })).to.equal(false);
    expect(formHidden(at({ refused: true }))).to.equal(true);
  });

  it('holds sending during a rate limit or outage countdown only', () => {
    expect(canSend(at({ error: limited, resendAvailableAt: 10 }), 9)).to.equal(false);
    expect(canSend(at({ error: limited, resendAvailableAt: 10 }), 10)).to.equal(true);
    expect(canSend(at({ error: wrong, resendAvailableAt: 10 }), 0)).to.equal(true);
  });

  it('offers a new link, and a code instead in SPA mode, after a link failed', () => {
    const failed = at({ step: 'error', error: loginError('link_invalid') });
    expect(linkRecovery(failed, spa)).to.deep.equal({ newLink: true, codeInstead: true });
    expect(linkRecovery(failed, { ...spa, backend: true })).to.deep.equal({ newLink: true, codeInstead: false });
    expect(linkRecovery(failed, { ...spa, send: 'code' })).to.deep.equal({ newLink: false, codeInstead: false });
  });

  it('picks up a callback or a resume record only when it was due, or while the first step is untouched', () => {
    expect(mayPickUp(at({}), 'resume')).to.equal(true);
    expect(mayPickUp(at({ identifier: 'a@' }), 'resume'), 'what was typed is never replaced').to.equal(false);
    expect(mayPickUp(at({ identifier: 'a@', due: 'resume' }), 'resume')).to.equal(true);
    expect(mayPickUp(at({ queued: true }), 'callback')).to.equal(false);
  });

  it('the form submit sends, verifies or starts over by step', () => {
    expect(['identify', 'code', 'continue', 'error', 'success'].map((step) => submitIntent(at({ step: step as LoginState['step'] })))).to.deep.equal(['send', 'verify', 'continue', 'start-over', null]);
    expect(submitIntent(at({ step: 'continue', busy: true })), 'leaving already').to.equal(null);
  });

  it('saves the resume record where a message went out, never from a resume or a preview, and clears it on success or a fresh start', () => {
    const sent = at({ step: 'check-email', sentWith: 'link', identifier: 'a@x.io', recipient: 'a@x.io', maskedRecipient: 'a', sendCount: 1 });
    expect(resumeChange(sent, { type: 'start-succeeded', send: 'link', now: 0 })).to.include({ step: 'check-email', sentWith: 'link' });
    expect(resumeChange(sent, { type: 'resume', point, now: 0 })).to.equal(null);
    expect(resumeChange(sent, { type: 'preview', point: {}, now: 0 })).to.equal(null);
    expect(resumeChange(at({ step: 'success' }), { type: 'authenticated', user })).to.equal('clear');
    expect(resumeChange(at({ step: 'continue' }), { type: 'continue-elsewhere', continuation: universal }), 'a code that cannot finish here is not resumed').to.equal('clear');
    expect(resumeChange(at({}), { type: 'back' })).to.equal('clear');
    expect(resumeChange(at({}), { type: 'edit-identifier', value: 'a' })).to.equal(null);
  });
});
