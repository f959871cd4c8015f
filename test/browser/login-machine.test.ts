import { expect } from '@open-wc/testing';
import {
  canSend, cooldownMs, errorMessageKey, firstStepHold, historyChange, initialState, linkRecovery, mayPickUp, nextSendAt, progress, resumeChange,
  submitIntent, transition, type LoginAction, type LoginState, type ResumePoint, type SendHistory,
} from '../../src/flow/machine.js';
import { claimedStep, formHidden, isBusy, nextSendMode, shownStep, type FlowSettings } from '../../src/flow/selectors.js';
import { loginError, type Continuation } from '../../src/model.js';

// `check: null`: asked whether a human check is needed, and none is (a first send waits for that answer: human-check-machine.test.ts).
const at = (patch: Partial<LoginState>): LoginState => ({ ...initialState, later: 'loaded', check: null, ...patch });
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

/** What this browser sent to the address: one code at 0 ms, held until 30 s. */
const sentAt0: SendHistory = { sends: [0], until: 30_000, send: 'code', transaction: null, spent: false };
const submitAt = (now: number, history: SendHistory | null): Extract<LoginAction, { type: 'submit-identifier' }> => ({ type: 'submit-identifier', recipient: 'a@example.com', maskedRecipient: 'a•••@example.com', now, history });
const minutes = (n: number) => n * 60_000;

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
  ['a likely typo is shown instead of sending a queued send', at({ later: 'loaded', queued: true, identifier: 'a@gmial.com' }), { type: 'suggest', suggestion: 'a@gmail.com' }, { suggestion: 'a@gmail.com', queued: false, busy: false }],
  // a likely typo: shown before the first send; once seen, the next press sends as typed
  ['a send with a likely typo not seen yet shows it, and sends nothing', at({ identifier: 'a@gmial.com' }), { ...submitAt(0, null), suggestion: 'a@gmail.com' }, { suggestion: 'a@gmail.com', busy: false, recipient: '' }],
  ['a send waiting for the later chunk comes to the same', at({ identifier: 'a@gmial.com', queued: true }), { ...submitAt(0, null), suggestion: 'a@gmail.com' }, { suggestion: 'a@gmail.com', queued: false, busy: false }],
  ['shown by the press itself (a click\'s blur, Enter\'s change event): not seen yet, still nothing sent', at({ suggestion: 'a@gmail.com' }), { ...submitAt(0, null), suggestion: 'a@gmail.com' }, { busy: false, suggestion: 'a@gmail.com' }],
  ['a key or a pointer went down while it showed: seen', at({ suggestion: 'a@gmail.com' }), { type: 'seen' }, { seenSuggestion: 'a@gmail.com' }],
  ['one went down with no suggestion on screen: none seen', at({ suggestion: null, seenSuggestion: 'a@gmail.com' }), { type: 'seen' }, { seenSuggestion: null }],
  ['seen, the next press sends as typed', at({ suggestion: 'a@gmail.com', seenSuggestion: 'a@gmail.com' }), { ...submitAt(0, null), suggestion: 'a@gmail.com' }, { busy: true, suggestion: null, recipient: 'a@example.com' }],
  ['another address\'s suggestion was not the one seen: shown', at({ seenSuggestion: 'a@gmail.com' }), { ...submitAt(0, null), suggestion: 'b@gmail.com' }, { busy: false, suggestion: 'b@gmail.com' }],
  ['no likely typo: sends at once', at({}), { ...submitAt(0, null), suggestion: null }, { busy: true }],
  // the per-address limit (send history: "use a different email", a reload, another tab)
  ['an address held by a code sent moments ago: its code step again, nothing sent', at({ identifier: 'A@example.com', queued: true }), submitAt(5000, sentAt0), { step: 'code', busy: false, queued: false, alreadySent: true, sentWith: 'code', sendCount: 1, resendAvailableAt: 30_000, resendHeldSince: 5000, recipient: 'a@example.com', identifier: 'A@example.com', code: '' }],
  ['held by a link: its link step again, with its transaction', at({}), submitAt(5000, { ...sentAt0, send: 'link', transaction: 'tx' }), { step: 'check-email', sentWith: 'link', transaction: 'tx', busy: false, alreadySent: true }],
  ['held, but its message is spent: the first step with the countdown, and why (a message sent moments ago: no error)', at({}), submitAt(5000, { ...sentAt0, spent: true }), { step: 'identify', busy: false, resendAvailableAt: 30_000, resendHeldSince: 5000, error: null, alreadySent: true, maskedRecipient: 'a•••@example.com' }],
  ['held by the server (429) with nothing sent: the countdown, and the limit as the error', at({}), submitAt(5000, { ...sentAt0, sends: [], until: 60_000 }), { step: 'identify', busy: false, resendAvailableAt: 60_000, alreadySent: false, error: loginError('rate_limited', { retryAfterMs: 55_000, developerHint: 'The server refused a send to this address moments ago (429): its Retry-After still runs.' }) }],
  ['held 12.5 minutes after a fourth message that is 11 minutes old: the countdown, and the limit of four as the error', at({}), submitAt(minutes(14), { ...sentAt0, sends: [minutes(1), minutes(1.5), minutes(2.5), minutes(3)], until: minutes(15.5) }), { step: 'identify', busy: false, resendAvailableAt: minutes(16), sendCount: 4, alreadySent: false, error: loginError('rate_limited', { retryAfterMs: minutes(2), developerHint: 'This browser sent 4 messages to this address in 15 minutes (the per-address limit).' }) }],
  ['a message sent moments ago holds the first step: a second press changes nothing', at({ alreadySent: true, resendAvailableAt: 30_000, resendHeldSince: 5000 }), submitAt(6000, { ...sentAt0, spent: true }), { busy: false, resendHeldSince: 5000 }],
  ['typing another address ends that hold', at({ alreadySent: true, resendAvailableAt: 30_000, resendHeldSince: 5000 }), { type: 'edit-identifier', value: 'b@example.com' }, { alreadySent: false, identifier: 'b@example.com' }],
  ['past that hold: sends, and says nothing of it any more', at({ alreadySent: true, resendAvailableAt: 30_000, resendHeldSince: 5000 }), submitAt(30_000, { ...sentAt0, spent: true }), { busy: true, alreadySent: false }],
  ['never a fifth message in 15 minutes, whatever the hold says', at({}), submitAt(minutes(5), { ...sentAt0, sends: [0, 1000, 2000, 3000], until: 0 }), { step: 'code', busy: false, resendAvailableAt: minutes(15) }],
  ['past its hold: sends, the ladder going on from the address\'s count', at({}), submitAt(30_000, sentAt0), { busy: true, sendCount: 1, step: 'identify' }],
  ['no history: a new address starts the ladder', at({ recipient: 'b@example.com', sendCount: 3 }), submitAt(0, null), { busy: true, sendCount: 0 }],
  ['resend when another tab sent since: held by that message, nothing sent', at({ step: 'code', sendCount: 1, resendAvailableAt: 30_000 }), { type: 'resend', now: 30_000, history: { ...sentAt0, sends: [0, 30_000], until: 90_000 } }, { busy: false, resendAvailableAt: 90_000, resendHeldSince: 30_000, sendCount: 2, alreadySent: true }],
  ['resend past every hold sends, counting what the address got', at({ step: 'code', sendCount: 1, resendAvailableAt: 30_000 }), { type: 'resend', now: 30_000, history: sentAt0 }, { busy: true, sendCount: 1 }],
  ['a code instead goes at once, but never as a fifth message in 15 minutes', at({ step: 'check-email', sentWith: 'link', resendAvailableAt: minutes(5) }), { type: 'send-code-instead', now: minutes(4), history: { ...sentAt0, sends: [0, 1000, 2000, minutes(3)], until: minutes(5) } }, { busy: false, preferCode: false, resendAvailableAt: minutes(15), error: loginError('rate_limited', { retryAfterMs: minutes(11), developerHint: 'Never more than 4 messages to one address in 15 minutes.' }) }],
  ['another tab sent to the address on screen: the countdown follows it', at({ step: 'code', resendAvailableAt: 30_000 }), { type: 'history-changed', now: 40_000, history: { ...sentAt0, sends: [0, 40_000], until: 100_000 } }, { resendAvailableAt: 100_000, resendHeldSince: 40_000, sendCount: 2, alreadySent: true }],
  ['an older history changes no countdown', at({ step: 'code', resendAvailableAt: 90_000 }), { type: 'history-changed', now: 40_000, history: sentAt0 }, { resendAvailableAt: 90_000, alreadySent: false }],
  ['another tab\'s send does not move the first step', at({}), { type: 'history-changed', now: 0, history: sentAt0 }, { resendAvailableAt: 0, step: 'identify' }],
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
  ['a new message is not the one "already sent"', at({ step: 'code', busy: true, alreadySent: true }), { type: 'start-succeeded', send: 'code', now: 0 }, { alreadySent: false }],
  ['resend is busy in the code step once the cooldown ended', at({ step: 'code', resendAvailableAt: 10 }), { type: 'resend', now: 10 }, { busy: true, step: 'code' }],
  ['resend during the cooldown changes nothing', at({ step: 'code', resendAvailableAt: 10 }), { type: 'resend', now: 9 }, { busy: false }],
  ['resend is ignored in identify', at({}), { type: 'resend', now: 0 }, { busy: false }],
  ['a code instead of the link: busy, and codes from now on', at({ step: 'check-email', sentWith: 'link' }), { type: 'send-code-instead' }, { busy: true, preferCode: true, sentWith: 'link' }],
  // the code step
  ['code typing', at({ step: 'code' }), { type: 'edit-code', value: '12', codeLength: 6 }, { code: '12', autoSubmitted: '' }],
  ['the last digit is remembered as submitted by itself', at({ step: 'code' }), { type: 'edit-code', value: '123456', codeLength: 6 }, { autoSubmitted: '123456' }],
  ['code typing ignored while busy', at({ step: 'code', busy: true, code: '1' }), { type: 'edit-code', value: '12', codeLength: 6 }, { code: '1' }],
  ['submit code', at({ step: 'code', code: '123456' }), { type: 'submit-code', code: '123456' }, { busy: true }],
  ['double submit code is one', at({ step: 'code', busy: true }), { type: 'submit-code', code: '123456' }, { busy: true }],
  ['a malformed code is not checked: why, the code kept', at({ step: 'code', code: '12' }), { type: 'submit-code', code: null }, { busy: false, code: '12', error: loginError('invalid_code') }],
  ['a used-up code (its last wrong try) is not checked, even the right one: Auth0 would refuse it', at({ step: 'code', code: '123456', wrongCodes: ['111111', '222222', '333333'] }), { type: 'submit-code', code: '123456' }, { busy: false, error: loginError('too_many_attempts', { developerHint: 'This code had all its tries: send a new one.' }) }],
  ['a used-up code says so before a malformed one', at({ step: 'code', code: '1', wrongCodes: ['111111', '222222', '333333'] }), { type: 'submit-code', code: null }, { busy: false, error: loginError('too_many_attempts', { developerHint: 'This code had all its tries: send a new one.' }) }],
  ['wrong code keeps the code', at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', code: '123456', error: wrong }, { code: '123456', error: wrong, busy: false }],
  ['expired code clears the code', at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', code: '123456', error: expired }, { code: '', error: expired }],
  ['a lost verify answer remembers the code', at({ step: 'code', busy: true }), { type: 'verify-failed', code: '123456', error: lost }, { uncertainCode: '123456' }],
  ['redirecting stays busy', at({ step: 'code', busy: true }), { type: 'redirecting' }, { busy: true, step: 'code' }],
  // coming back
  ['callback detected', at({}), { type: 'callback-detected', identifier: 'a@x.io' }, { step: 'callback', busy: true, identifier: 'a@x.io' }],
  ['a link opened in a new tab: what it was sent to, from the last link of this browser', at({}), { type: 'callback-detected', identifier: 'A@x.io', recipient: 'a@x.io', sentWith: 'link' }, { step: 'callback', identifier: 'A@x.io', recipient: 'a@x.io', sentWith: 'link' }],
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
  ['reset keeps the identifier, forgets the preference', at({ step: 'error', identifier: 'a@example.com', error: wrong, preferCode: true }), { type: 'reset' }, { step: 'identify', identifier: 'a@example.com', error: null, preferCode: false, sentWith: null }],
  ['"send a new link" after a failed link: a form that sends a link', at({ step: 'error', identifier: 'a@example.com', error: loginError('link_invalid'), sentWith: 'link' }), { type: 'reset' }, { step: 'identify', identifier: 'a@example.com', error: null, sentWith: 'link' }],
  ['back from a link step forgets the link (the settings decide again)', at({ step: 'check-email', sentWith: 'link', alreadySent: true }), { type: 'back' }, { step: 'identify', sentWith: null, alreadySent: false }],
  ['preview', at({}), { type: 'preview', point: { step: 'code', maskedRecipient: 'a•••@x.io' }, now: 0 }, { step: 'code', maskedRecipient: 'a•••@x.io', busy: false }],
  ['a preview of how a step was reached: a held address, a typo, a session found on load, signed out', at({}),
    { type: 'preview', point: { step: 'code', alreadySent: true, suggestion: 'a@gmail.com', restored: true, signedOut: true }, now: 0 },
    { step: 'code', alreadySent: true, suggestion: 'a@gmail.com', restored: true, signedOut: true }],
  ['a preview of a code used up by its last wrong try keeps its wrong tries', at({}),
    { type: 'preview', point: { step: 'code', error: loginError('too_many_attempts'), wrongCodes: ['111111', '222222', '333333'] }, now: 0 },
    { wrongCodes: ['111111', '222222', '333333'] }],
  ['a preview carries nothing of how the last one was reached', at({ step: 'code', alreadySent: true, suggestion: 'a@gmail.com', restored: true, signedOut: true, wrongCodes: ['1'] }),
    { type: 'preview', point: { step: 'code' }, now: 0 },
    { alreadySent: false, suggestion: null, restored: false, signedOut: false, wrongCodes: [] }],
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
    expect(transition(state, { type: 'submit-code', code: '123456' })).to.equal(state);
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

  it('a message sent moments ago holds sending like a limit does, until its countdown ends', () => {
    const held = transition(at({}), submitAt(5000, { ...sentAt0, spent: true }));
    expect([canSend(held, 29_999), canSend(held, 30_000)]).to.deep.equal([false, true]);
    expect(firstStepHold(held), 'its countdown shows, and then that sending works again').to.equal(true);
  });

  it('a refused send\'s error is held with its countdown, so its words say only what happened; elsewhere the same code says to wait', () => {
    const sending = at({ busy: true, sending: true });
    const limitedSend = transition(sending, { type: 'start-failed', send: 'code', error: limited, now: 1000, online: true });
    expect(limitedSend.heldError).to.equal(limitedSend.error);
    expect(errorMessageKey(limitedSend.error!, limitedSend)).to.equal('rate_limited_held');
    expect(firstStepHold(limitedSend)).to.equal(true);
    const outage = transition(sending, { type: 'start-failed', send: 'code', error: loginError('service_unavailable'), now: 0, online: true });
    expect(errorMessageKey(outage.error!, outage)).to.equal('service_unavailable_held');
    const resending = at({ step: 'code', busy: true, sending: true, resendAvailableAt: 1 });
    const limitedResend = transition(resending, { type: 'start-failed', send: 'code', error: limited, now: 1000, online: true });
    expect(errorMessageKey(limitedResend.error!, limitedResend), 'a resend, beside its countdown too').to.equal('rate_limited_held');
    // A code check the server throttled, or a sign-out that failed: no countdown beside them.
    const checking = transition(limitedResend, { type: 'submit-code', code: '123456' });
    const throttled = transition(checking, { type: 'verify-failed', code: '123456', error: limited });
    expect(errorMessageKey(throttled.error!, throttled)).to.equal('rate_limited');
    const signingOut = transition(at({ step: 'success', heldError: limited }), { type: 'sign-out' });
    const unavailable = transition(signingOut, { type: 'sign-out-failed', error: loginError('service_unavailable') });
    expect(errorMessageKey(unavailable.error!, unavailable)).to.equal('service_unavailable');
    // Typing replaces the error: nothing is held any more.
    expect(firstStepHold(transition(limitedSend, { type: 'edit-identifier', value: 'b@x.io' }))).to.equal(false);
    expect(firstStepHold(at({ error: limited, resendAvailableAt: 5000, resendHeldSince: 1000 })), 'an error no send was refused for').to.equal(false);
  });

  it('signing out is what a busy step is doing, whatever else it was doing before', () => {
    for (const step of ['identify', 'code', 'check-email', 'callback', 'success'] as const) {
      expect(progress(transition(at({ step, sending: step !== 'code' }), { type: 'sign-out' })), step).to.equal('signingOut');
    }
  });

  it('offers a new link, and a code instead in SPA mode, after a link failed', () => {
    const failed = at({ step: 'error', error: loginError('link_invalid') });
    expect(linkRecovery(failed, spa)).to.deep.equal({ newLink: true, codeInstead: true });
    // Backend mode: the server chose what was sent, so `send` says nothing; a failed return there is a link's (sentWith).
    expect(linkRecovery({ ...failed, sentWith: 'link' }, { ...spa, send: 'code', backend: true })).to.deep.equal({ newLink: true, codeInstead: false });
    expect(linkRecovery(failed, { ...spa, backend: true })).to.deep.equal({ newLink: false, codeInstead: false });
    expect(linkRecovery(failed, { ...spa, send: 'code' })).to.deep.equal({ newLink: false, codeInstead: false });
    // The link landed on a page set to codes (a new tab of a demo, another page of the site): it was a link all the same.
    expect(linkRecovery({ ...failed, sentWith: 'link' }, { ...spa, send: 'code' })).to.deep.equal({ newLink: true, codeInstead: true });
  });

  it('the next send to an address waits for its hold, and never makes a fifth in 15 minutes', () => {
    expect(nextSendAt(sentAt0)).to.equal(30_000);
    expect(nextSendAt({ ...sentAt0, sends: [0, 1, 2], until: 5 })).to.equal(5);
    expect(nextSendAt({ ...sentAt0, sends: [0, 10, 20, 30, 40], until: 5 }), 'from the fourth-last').to.equal(10 + minutes(15));
  });

  it('remembers a send (or a maybe-send) for its address, a 429, a message that died; forgets on success', () => {
    const busy = at({ busy: true, recipient: 'a@x.io' });
    const sent = transition(busy, { type: 'start-succeeded', send: 'link', now: 0, transaction: 'tx' });
    expect(historyChange(busy, sent, { type: 'start-succeeded', send: 'link', now: 0 })).to.deep.equal({ kind: 'sent', send: 'link', until: 30_000, transaction: 'tx' });
    const lostAction: LoginAction = { type: 'start-failed', send: 'code', error: lost, now: 0, online: true };
    expect(historyChange(busy, transition(busy, lostAction), lostAction), 'a lost answer may have sent').to.include({ kind: 'sent', send: 'code' });
    const limitedAction: LoginAction = { type: 'start-failed', send: 'code', error: limited, now: 1000, online: true };
    expect(historyChange(busy, transition(busy, limitedAction), limitedAction)).to.deep.equal({ kind: 'held', until: 6000 });
    const failedAction: LoginAction = { type: 'start-failed', send: 'code', error: wrong, now: 0, online: true };
    expect(historyChange(busy, transition(busy, failedAction), failedAction), 'nothing sent, nothing held').to.equal(null);
    const verifying = at({ step: 'code', busy: true });
    const tooMany: LoginAction = { type: 'verify-failed', code: '123456', error: loginError('too_many_attempts') };
    expect(historyChange(verifying, transition(verifying, tooMany), tooMany)).to.deep.equal({ kind: 'spent' });
    const wrongOnce: LoginAction = { type: 'verify-failed', code: '123456', error: wrong };
    expect(historyChange(verifying, transition(verifying, wrongOnce), wrongOnce), 'a wrong code leaves the message alive').to.equal(null);
    const callback = at({ step: 'callback', busy: true });
    const used: LoginAction = { type: 'callback-failed', error: loginError('link_invalid') };
    expect(historyChange(callback, transition(callback, used), used)).to.deep.equal({ kind: 'spent' });
    expect(historyChange(callback, transition(callback, { type: 'authenticated', user }), { type: 'authenticated', user })).to.deep.equal({ kind: 'clear' });
    expect(historyChange(at({ step: 'code' }), at({}), { type: 'back' }), '"use a different email" forgets nothing').to.equal(null);
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
