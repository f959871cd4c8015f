import { expect } from '@open-wc/testing';
import { cooldownMs, transition, type LoginAction } from '../../src/flow/login-machine.js';
import { initialState, type LoginState } from '../../src/flow/login-state.js';
import { loginError } from '../../src/auth/login-error.js';

const at = (patch: Partial<LoginState>): LoginState => ({ ...initialState, ...patch });
const wrong = { ...loginError('wrong_code'), message: 'wrong' };
const expired = { ...loginError('code_expired'), message: 'expired' };
const limited = { ...loginError('rate_limited', { retryAfterMs: 5000 }), message: 'wait' };
const user = { sub: 'email|1', email: 'a@example.com' };

// [description, state before, action, expected changes (checked key by key)]
const table: [string, LoginState, LoginAction, Partial<LoginState>][] = [
  ['typing keeps the step', at({}), { type: 'edit-identifier', value: 'a@' }, { step: 'identify', identifier: 'a@' }],
  ['typing clears an error', at({ error: wrong }), { type: 'edit-identifier', value: 'a' }, { error: null }],
  ['submit makes it busy', at({ identifier: 'a@example.com' }), { type: 'submit-identifier', recipient: 'a@example.com', maskedRecipient: 'a•••@example.com' }, { busy: true, recipient: 'a@example.com', step: 'identify' }],
  ['a second submit while busy changes nothing', at({ busy: true, recipient: 'x' }), { type: 'submit-identifier', recipient: 'y', maskedRecipient: 'y' }, { recipient: 'x' }],
  ['invalid input shows the error, keeps the input', at({ identifier: 'nope' }), { type: 'invalid-identifier', error: wrong }, { error: wrong, identifier: 'nope', busy: false }],
  ['code sent → code step', at({ busy: true }), { type: 'start-succeeded', send: 'code', resendAvailableAt: 30 }, { step: 'code', busy: false, sendCount: 1, resendAvailableAt: 30 }],
  ['link sent → check-email step', at({ busy: true }), { type: 'start-succeeded', send: 'link', resendAvailableAt: 30 }, { step: 'check-email' }],
  ['start failure keeps the step and input', at({ busy: true, identifier: 'a@example.com' }), { type: 'start-failed', error: wrong, now: 0 }, { step: 'identify', busy: false, error: wrong, identifier: 'a@example.com' }],
  ['429 sets the cooldown from Retry-After', at({ busy: true }), { type: 'start-failed', error: limited, now: 1000 }, { resendAvailableAt: 6000 }],
  ['a Retry-After over an hour waits an hour', at({ busy: true }), { type: 'start-failed', error: { ...limited, retryAfterMs: 86_400_000 }, now: 0 }, { resendAvailableAt: 3_600_000 }],
  ['a lost answer → code step, resend held, nothing sent again (plan test 18)', at({ busy: true, sendCount: 0 }), { type: 'start-uncertain', send: 'code', resendAvailableAt: 30 }, { step: 'code', busy: false, uncertain: true, sendCount: 1, resendAvailableAt: 30 }],
  ['a lost link answer → check-email', at({ busy: true }), { type: 'start-uncertain', send: 'link', resendAvailableAt: 30 }, { step: 'check-email', uncertain: true }],
  ['a confirmed send clears the doubt', at({ busy: true, uncertain: true }), { type: 'start-succeeded', send: 'code', resendAvailableAt: 30 }, { uncertain: false }],
  ['resend is busy in the code step', at({ step: 'code' }), { type: 'resend' }, { busy: true, step: 'code' }],
  ['resend is ignored in identify', at({}), { type: 'resend' }, { busy: false }],
  ['code typing', at({ step: 'code' }), { type: 'edit-code', value: '12' }, { code: '12' }],
  ['code typing ignored while busy', at({ step: 'code', busy: true, code: '1' }), { type: 'edit-code', value: '12' }, { code: '1' }],
  ['submit code', at({ step: 'code', code: '123456' }), { type: 'submit-code' }, { busy: true }],
  ['double submit code is one', at({ step: 'code', busy: true }), { type: 'submit-code' }, { busy: true }],
  ['wrong code keeps the code', at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', error: wrong }, { code: '123456', error: wrong, busy: false }],
  ['expired code clears the code', at({ step: 'code', busy: true, code: '123456' }), { type: 'verify-failed', error: expired }, { code: '', error: expired }],
  ['redirecting stays busy', at({ step: 'code', busy: true }), { type: 'redirecting' }, { busy: true, step: 'code' }],
  ['back keeps the identifier', at({ step: 'code', identifier: 'a@example.com', code: '1' }), { type: 'back' }, { step: 'identify', identifier: 'a@example.com', code: '' }],
  ['back is ignored while busy', at({ step: 'code', busy: true }), { type: 'back' }, { step: 'code' }],
  ['callback detected', at({}), { type: 'callback-detected' }, { step: 'callback', busy: true }],
  ['callback failed', at({ step: 'callback', busy: true }), { type: 'callback-failed', error: wrong }, { step: 'error', busy: false, error: wrong }],
  ['authenticated', at({ step: 'callback', busy: true }), { type: 'authenticated', user }, { step: 'success', user, busy: false }],
  ['reset keeps the identifier', at({ step: 'error', identifier: 'a@example.com', error: wrong }), { type: 'reset' }, { step: 'identify', identifier: 'a@example.com', error: null }],
  ['restore', at({}), { type: 'restore', state: { step: 'code', maskedRecipient: 'a•••@x.io' } }, { step: 'code', maskedRecipient: 'a•••@x.io', busy: false }],
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

  it('grows the resend cooldown 30 s, 60 s, 120 s, then holds 12.5 minutes: at most 4 messages in any 15 minutes (plan test 22)', () => {
    expect([1, 2, 3, 4, 5].map(cooldownMs)).to.deep.equal([30_000, 60_000, 120_000, 750_000, 750_000]);
    expect(cooldownMs(1) + cooldownMs(2) + cooldownMs(3) + cooldownMs(4)).to.be.greaterThan(15 * 60_000);
  });
});
