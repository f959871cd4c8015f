// The machine's part of the session found on load and of signing out: a table of transitions, like login-machine.test.ts.
import { expect } from '@open-wc/testing';
import { checkFailureKeepsMarker, initialState, resumeChange, sessionMayAnswerLink, transition, type LoginAction, type LoginState } from '../../src/flow/machine.js';
import { shownStep } from '../../src/flow/selectors.js';
import { loginError, type LoginError, type LoginErrorCode } from '../../src/model.js';
import type { FlowSettings } from '../../src/flow/state.js';

const at = (patch: Partial<LoginState>): LoginState => ({ ...initialState, later: 'loaded', ...patch });
const user = { sub: 'email|1', email: 'a@example.com' };
const lost = loginError('network');
const checking = at({ step: 'callback', busy: true });
const signedIn = at({ step: 'success', user, identifier: 'a@example.com' });

// [description, state before, action, expected changes (checked key by key)]
const table: [string, LoginState, LoginAction, Partial<LoginState>][] = [
  // the session on load
  ['a session check shows "signing you in" over an untouched first step', at({ due: 'callback' }), { type: 'session-check' }, { step: 'callback', busy: true, due: null }],
  ['no check over what the person typed', at({ identifier: 'a@' }), { type: 'session-check' }, { step: 'identify', busy: false, identifier: 'a@' }],
  ['no check over another step', at({ step: 'code' }), { type: 'session-check' }, { step: 'code', busy: false }],
  ['no check while a send waits for the rest of the element', at({ queued: true }), { type: 'session-check' }, { step: 'identify' }],
  ['a session found: success, who, and that it was found (not made just now)', checking, { type: 'session-found', user }, { step: 'success', busy: false, user, restored: true }],
  ['a session found once the check is over changes nothing', at({}), { type: 'session-found', user }, { step: 'identify', user: null }],
  ['a session found while signing out changes nothing', at({ step: 'callback', busy: true, signingOut: true }), { type: 'session-found', user }, { step: 'callback', user: null }],
  ['nobody: the first step, without an error', checking, { type: 'session-absent' }, { step: 'identify', busy: false, error: null, due: null }],
  ['nobody, once the check is over, changes nothing', at({ step: 'code' }), { type: 'session-absent' }, { step: 'code' }],
  ['a fresh sign-in is not "found"', checking, { type: 'authenticated', user }, { step: 'success', restored: undefined }],
  // signing out
  ['sign-out: busy on the same step, any error cleared', at({ step: 'success', user, error: lost }), { type: 'sign-out' }, { step: 'success', busy: true, signingOut: true, error: null }],
  ['sign-out from the code step', at({ step: 'code', recipient: 'a@example.com' }), { type: 'sign-out' }, { step: 'code', busy: true, signingOut: true }],
  ['signed out: a fresh first step, the address gone, that says so', at({ ...signedIn, busy: true, signingOut: true }), { type: 'signed-out' }, { step: 'identify', busy: false, signingOut: undefined, signedOut: true, user: null, identifier: '' }],
  ['signed out keeps the chosen country and the loaded chunk', at({ step: 'success', country: 'GB' }), { type: 'signed-out' }, { country: 'GB', later: 'loaded' }],
  ['a failed sign-out stays signed in and says why', at({ ...signedIn, busy: true, signingOut: true }), { type: 'sign-out-failed', error: lost }, { step: 'success', busy: false, signingOut: false, error: lost, user }],
  ['a failure when not signing out changes nothing', signedIn, { type: 'sign-out-failed', error: lost }, { error: null, busy: false }],
  // another tab of this browser signed out (its marker went)
  ['another tab signed out: a signed-in tab goes back to a fresh first step that says so', signedIn, { type: 'signed-out', elsewhere: true }, { step: 'identify', signedOut: true, user: null, identifier: '' }],
  ['another tab signed out: a sign-in under way here stays', at({ step: 'code', recipient: 'a@example.com' }), { type: 'signed-out', elsewhere: true }, { step: 'code', signedOut: undefined, recipient: 'a@example.com' }],
  ['another tab signed out: the first step, with what is typed, stays', at({ identifier: 'b@' }), { type: 'signed-out', elsewhere: true }, { identifier: 'b@', signedOut: undefined }],
  ['another tab signed out while this one signs out: this one finishes its own', at({ ...signedIn, busy: true, signingOut: true }), { type: 'signed-out', elsewhere: true }, { step: 'success', signingOut: true }],
  ['"signed out" goes with the next send', at({ signedOut: true, identifier: 'b@example.com', check: null }), { type: 'submit-identifier', recipient: 'b@example.com', maskedRecipient: 'b•••@example.com', now: 0 }, { signedOut: false, busy: true }],
];

describe('the machine: the session on load, and signing out', () => {
  for (const [description, before, action, expected] of table) {
    it(description, () => {
      const after = transition(before, action);
      for (const [key, value] of Object.entries(expected)) expect(after[key as keyof LoginState], key).to.deep.equal(value);
    });
  }

  it('a second sign-out while one runs returns the same state (no second request)', () => {
    const running = at({ step: 'success', busy: true, signingOut: true });
    expect(transition(running, { type: 'sign-out' })).to.equal(running);
  });

  it('before the rest of the element arrives, a session to check shows "signing you in"', () => {
    expect(shownStep(at({ later: 'loading', due: 'callback' }))).to.equal('callback');
  });

  it('signing out clears the resume record; checking the session leaves it alone', () => {
    const after = transition(at({ step: 'code', busy: true, signingOut: true, sentWith: 'code' }), { type: 'signed-out' });
    expect(resumeChange(after, { type: 'signed-out' })).to.equal('clear');
    expect(resumeChange(transition(at({}), { type: 'session-check' }), { type: 'session-check' })).to.equal(null);
  });
});

describe('the session rules', () => {
  // [failure, online, whether the marker stays so that the next load checks again]
  const failures: [LoginErrorCode, boolean, boolean][] = [
    ['service_unavailable', true, true],
    ['network', false, true],
    ['network', true, false], // online and no answer in time: the next load would wait as long again
    ['misconfigured', true, false], // the page's CSP refuses the tenant's frame: it would every time
    ['invalid_response', true, false],
    ['unknown', true, false],
  ];
  for (const [code, online, keeps] of failures) {
    it(`a check that failed with ${code} (${online ? 'online' : 'offline'}) ${keeps ? 'keeps' : 'forgets'} the marker`, () => {
      expect(checkFailureKeepsMarker(loginError(code), online)).to.equal(keeps);
    });
  }

  const spa: FlowSettings = { connection: 'email', send: 'link', codeLength: 6, backend: false };
  // [what failed, settings, whether the session may answer it]
  const links: [string, LoginError, FlowSettings, boolean][] = [
    ['a used link (SPA)', loginError('link_invalid'), spa, true],
    ['an expired link (SPA)', loginError('code_expired'), spa, true],
    ['a used link (backend: the server answered it already)', loginError('link_invalid'), { ...spa, backend: true }, false],
    ['a link of another browser (its continue step)', loginError('link_invalid', { continuation: { to: 'link-session', reason: 'other-browser', host: 'x', connection: 'email', recipient: 'a@example.com' } }), spa, false],
    ['a response that failed verification', loginError('invalid_response'), spa, false],
    ['a network failure', loginError('network'), spa, false],
  ];
  for (const [description, error, settings, may] of links) {
    it(`${description}: ${may ? 'the session is asked first' : 'the error as it is'}`, () => {
      expect(sessionMayAnswerLink(error, settings)).to.equal(may);
    });
  }
});
