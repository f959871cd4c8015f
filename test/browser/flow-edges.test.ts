// Edges of the flow that the table in login-machine.test.ts leaves open (found by mutation testing of src/flow/):
// each test pins one behaviour (the next state, a guard, a cooldown, what is announced, what may be sent).
import { expect } from '@open-wc/testing';
import { loadingTransition } from '../../src/flow/loading.js';
import { canSend, cooldownAnnouncement, initialState, linkRecovery, mayPickUp, resumeChange, transition, type LoginAction, type LoginState } from '../../src/flow/machine.js';
import { claimedStep, formHidden, holding, isBusy, nextSendMode, shownStep, type FlowSettings } from '../../src/flow/selectors.js';
import { loginError } from '../../src/model.js';

// `check: null`: asked whether a human check is needed, and none is (a first send waits for that answer: human-check-machine.test.ts).
const at = (patch: Partial<LoginState>): LoginState => ({ ...initialState, later: 'loaded', check: null, ...patch });
const loading = (patch: Partial<LoginState>): LoginState => at({ later: 'loading', ...patch });
const wrong = loginError('wrong_code');
const lost = loginError('network', { uncertain: true });
const outage = loginError('service_unavailable');
const spa: FlowSettings = { connection: 'email', send: 'link', codeLength: 6, backend: false };

describe('flow edges: before the rest of the element arrives (loading.ts)', () => {
  it('a refusal holds in the loading phase too (the element calls loadingTransition() itself): its reason is not replaced', () => {
    const refused = transition(loading({}), { type: 'refuse', error: loginError('framed') });
    expect(loadingTransition(refused, { type: 'later-failed', error: lost })).to.equal(refused);
  });

  it('a refusal drops a queued send', () => {
    expect(transition(loading({ queued: true }), { type: 'refuse', error: loginError('framed') }).queued).to.equal(false);
  });

  it('nothing becomes due once the rest is here, or away from the first step', () => {
    const loaded = at({});
    expect(transition(loaded, { type: 'due', what: 'callback' }).due).to.equal(null);
    expect(transition(loading({ step: 'code' }), { type: 'due', what: 'resume' }).due).to.equal(null);
  });

  it('a send is queued only before the rest arrives, with nothing due, on the first step', () => {
    expect(transition(at({ identifier: 'a@x.io' }), { type: 'queue-send' }).queued, 'loaded: the flow sends itself').to.equal(false);
    expect(transition(loading({ due: 'callback' }), { type: 'queue-send' }).queued, 'a callback is due').to.equal(false);
    expect(transition(loading({ step: 'code' }), { type: 'queue-send' }).queued, 'not the first step').to.equal(false);
  });

  it('the rest arriving marks it loaded, clears only its own loading error', () => {
    const arrived = transition(loading({ error: wrong }), { type: 'later-loaded' });
    expect(arrived.later).to.equal('loaded');
    expect(arrived.error, 'an error not about loading stays').to.equal(wrong);
    expect(transition(at({ later: 'failed', error: lost }), { type: 'later-loaded' }).error, 'the loading failure goes').to.equal(null);
  });

  it('try again does nothing unless loading failed', () => {
    expect(transition(at({}), { type: 'retry-load' }).later).to.equal('loaded');
  });

  it('typing outside the first step changes nothing', () => {
    expect(transition(at({ step: 'code', identifier: 'a@x.io' }), { type: 'edit-identifier', value: 'b' }).identifier).to.equal('a@x.io');
  });

  it('any other action changes nothing in the loading phase', () => {
    const state = loading({});
    expect(loadingTransition(state, { type: 'submit-code', code: '123456' })).to.equal(state);
  });

  it('a due callback shows busy from the very first state, while the rest loads', () => {
    expect(isBusy(transition(initialState, { type: 'due', what: 'callback' }))).to.equal(true);
  });
});

describe('flow edges: transition()', () => {
  it('a failed start that is not a limit or an outage holds nothing', () => {
    const after = transition(at({ busy: true }), { type: 'start-failed', send: 'code', error: wrong, now: 1000, online: true });
    expect([after.resendAvailableAt, after.resendHeldSince]).to.deep.equal([0, 0]);
  });

  it('a suggestion is only taken on the first step', () => {
    expect(transition(at({ step: 'code' }), { type: 'suggest', suggestion: 'a@gmail.com' }).suggestion).to.equal(null);
  });

  it('choosing a country keeps it', () => {
    const after = transition(at({ identifier: 'a' }), { type: 'choose-country', country: 'FR' });
    expect([after.country, after.identifier, after.busy]).to.deep.equal(['FR', 'a', false]);
  });

  it('a country the typed +CC points to is taken without touching the number or its error', () => {
    const error = loginError('invalid_phone_number');
    const after = transition(at({ identifier: '+44 7', error }), { type: 'choose-country', country: 'GB' });
    expect([after.country, after.identifier, after.error]).to.deep.equal(['GB', '+44 7', error]);
  });

  it('the picker\'s choice re-writes the number, and its error goes with the old reading', () => {
    const after = transition(at({ identifier: '+1 201', error: loginError('invalid_phone_number') }), { type: 'choose-country', country: 'GB', identifier: '+44 201' });
    expect([after.country, after.identifier, after.error]).to.deep.equal(['GB', '+44 201', null]);
  });

  it('no country is chosen while sending or away from the first step', () => {
    const sending = at({ busy: true, identifier: '+1 201' });
    expect(transition(sending, { type: 'choose-country', country: 'GB', identifier: '+44 201' })).to.equal(sending);
    const code = at({ step: 'code' });
    expect(transition(code, { type: 'choose-country', country: 'GB' })).to.equal(code);
  });

  it('a submit outside the first step sends nothing', () => {
    expect(transition(at({ step: 'code' }), { type: 'submit-identifier', recipient: 'a@x.io', maskedRecipient: 'a', now: 0 }).busy).to.equal(false);
  });

  it('the cooldown ladder continues for the same address, starts over for a new one', () => {
    const sent = at({ recipient: 'a@x.io', sendCount: 3 });
    expect(transition(sent, { type: 'submit-identifier', recipient: 'a@x.io', maskedRecipient: 'a', now: 0 }).sendCount).to.equal(3);
    expect(transition(sent, { type: 'submit-identifier', recipient: 'b@x.io', maskedRecipient: 'b', now: 0 }).sendCount).to.equal(0);
  });

  it('invalid input drops a queued send', () => {
    expect(transition(at({ queued: true }), { type: 'invalid-identifier', error: wrong }).queued).to.equal(false);
  });

  it('resend works from check-email once its cooldown ended', () => {
    expect(transition(at({ step: 'check-email', sentWith: 'link', resendAvailableAt: 10 }), { type: 'resend', now: 10 }).busy).to.equal(true);
  });

  it('a code instead of the link: only from check-email, not while busy', () => {
    expect(transition(at({ step: 'code' }), { type: 'send-code-instead' }).busy).to.equal(false);
    expect(transition(at({ step: 'check-email', busy: true }), { type: 'send-code-instead' }).preferCode).to.equal(false);
  });

  it('the second message waits 60 s (the ladder counts the message just sent)', () => {
    expect(transition(at({ busy: true, sendCount: 1 }), { type: 'start-succeeded', send: 'code', now: 1000 }).resendAvailableAt).to.equal(61_000);
  });

  it('an invalid code shows its error in the code step, and is ignored elsewhere', () => {
    const after = transition(at({ step: 'code', code: '12' }), { type: 'invalid-code', error: wrong });
    expect([after.error, after.busy, after.code]).to.deep.equal([wrong, false, '12']);
    expect(transition(at({}), { type: 'invalid-code', error: wrong }).error).to.equal(null);
  });

  it('a verify answer counts only while a verify runs in the code step', () => {
    const idle = at({ step: 'code', code: '123456' });
    expect(transition(idle, { type: 'verify-failed', code: '123456', error: wrong })).to.equal(idle);
    const elsewhere = at({ step: 'identify', busy: true });
    expect(transition(elsewhere, { type: 'verify-failed', code: '123456', error: wrong })).to.equal(elsewhere);
  });

  it('too many attempts clears the code: only a new one can help', () => {
    const after = transition(at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', code: '123456', error: loginError('too_many_attempts') });
    expect(after.code).to.equal('');
  });

  it('a preview of the code step shows no recipient, no doubt, and has no one to send to', () => {
    const after = transition(initialState, { type: 'preview', point: { step: 'code' }, now: 0 });
    expect([after.recipient, after.maskedRecipient, after.uncertain]).to.deep.equal(['', '', false]);
  });
});

describe('flow edges: selectors', () => {
  it('may send only on the first step, and not while busy', () => {
    expect(canSend(at({ step: 'code' }), 0)).to.equal(false);
    expect(canSend(at({ busy: true }), 0)).to.equal(false);
  });

  it('an outage countdown holds sending too', () => {
    expect(holding(at({ error: outage, resendAvailableAt: 5000 }), 4999)).to.equal(true);
  });

  it('offers no link recovery without an error, for SMS, or for another error', () => {
    expect(linkRecovery(at({ step: 'error' }), spa)).to.deep.equal({ newLink: false, codeInstead: false });
    const invalid = at({ step: 'error', error: loginError('link_invalid') });
    expect(linkRecovery(invalid, { ...spa, connection: 'sms' }).newLink).to.equal(false);
    expect(linkRecovery(at({ step: 'error', error: wrong }), spa).newLink).to.equal(false);
  });

  it('offers a new link after an expired one', () => {
    expect(linkRecovery(at({ step: 'error', error: loginError('code_expired') }), spa).newLink).to.equal(true);
  });

  it('announces no cooldown when none is held, and "ready" the moment it ends', () => {
    expect(cooldownAnnouncement(at({}), 1000)).to.equal(null);
    expect(cooldownAnnouncement(at({ resendAvailableAt: 31_000, resendHeldSince: 1000 }), 30_999)).to.deep.equal({ seconds: 30 });
    expect(cooldownAnnouncement(at({ resendAvailableAt: 31_000, resendHeldSince: 1000 }), 31_000)).to.equal('ready');
  });

  it('nothing is picked up over a later step unless it was due', () => {
    expect(mayPickUp(at({ step: 'code' }), 'resume')).to.equal(false);
  });

  it('reset and "a code instead" clear the resume record', () => {
    expect(resumeChange(at({}), { type: 'reset' })).to.equal('clear');
    expect(resumeChange(at({ preferCode: true }), { type: 'use-code-instead' })).to.equal('clear');
  });

  it('no resume record off the code and check-email steps, or before a message went out', () => {
    const action: LoginAction = { type: 'start-failed', send: 'code', error: wrong, now: 0, online: true };
    expect(resumeChange(at({ step: 'identify', sentWith: 'code', sendCount: 1 }), action)).to.equal(null);
    expect(resumeChange(at({ step: 'code', sentWith: null }), { type: 'edit-code', value: '1', codeLength: 6 })).to.equal(null);
  });

  it('once the rest is here, a due record neither hides the form nor changes the step shown or claimed', () => {
    const callback = at({ step: 'code', due: 'callback' });
    expect(formHidden(callback)).to.equal(false);
    expect(shownStep(callback)).to.equal('code');
    expect(claimedStep(at({ step: 'code', due: 'resume' }))).to.equal('code');
  });

  it('not busy merely because the rest loads, with nothing due', () => {
    expect(isBusy(loading({}))).to.equal(false);
  });

  it('a resend sends what the last send did, a first send what the settings say (after a failed link, a link)', () => {
    const codeFirst: FlowSettings = { ...spa, send: 'code' };
    expect(nextSendMode(at({ step: 'code', sentWith: 'link' }), codeFirst)).to.equal('link');
    expect(nextSendMode(at({ step: 'check-email', sentWith: 'link' }), codeFirst)).to.equal('link');
    const startedOver = transition(at({ step: 'check-email', sentWith: 'link' }), { type: 'back' });
    expect(nextSendMode(startedOver, codeFirst), 'after a start over').to.equal('code');
    const linkFailed = transition(at({ step: 'error', sentWith: 'link', error: loginError('link_invalid') }), { type: 'reset' });
    expect(nextSendMode(linkFailed, codeFirst), '"Send a new link" after a failed link').to.equal('link');
    expect(nextSendMode(transition(linkFailed, { type: 'use-code-instead' }), codeFirst), 'or a code, when asked').to.equal('code');
  });
});
