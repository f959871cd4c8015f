// The machine's passkey rows (src/flow/passkeys.ts and the `authenticated` case): what each action does from each
// state that matters, and what the selectors say of a ceremony under way.
import { expect } from '@open-wc/testing';
import { initialState, progress, signedInStep, submitIntent, transition, type LoginAction, type LoginState } from '../../src/flow/machine.js';
import { offersPasskeys } from '../../src/flow/passkeys.js';
import { loginError } from '../../src/model.js';

const signInOnly = { offer: { signup: false, create: false } };
const everything = { offer: { signup: true, create: true } };
const at = (patch: Partial<LoginState>): LoginState => ({ ...initialState, later: 'loaded', check: null, passkeys: everything, ...patch });
const user = { sub: 'email|1', email: 'a@example.com' };
const failed = loginError('passkey_failed');
const rejected = loginError('passkey_rejected');
const typed = { identifier: 'a@example.com' };

// [description, state before, action, expected changes (checked key by key)]
const table: [string, LoginState, LoginAction, Partial<LoginState>][] = [
  ['the offer known: kept as is', at({ passkeys: undefined }), { type: 'passkeys-known', offer: everything.offer }, { passkeys: everything }],
  ['no offer: null (the code path only)', at({ passkeys: undefined }), { type: 'passkeys-known', offer: null }, { passkeys: null }],

  ['the button from an idle first step: busy, running sign-in, no error', at({ ...typed, error: failed }), { type: 'passkey-started', ceremony: 'sign-in' }, { busy: true, error: null, passkeys: { ...everything, running: 'sign-in' }, identifier: 'a@example.com' }],
  ['sign-up with the offer: busy, with the recipient', at(typed), { type: 'passkey-started', ceremony: 'sign-up', recipient: 'a@example.com', maskedRecipient: 'a•••@example.com' }, { busy: true, passkeys: { ...everything, running: 'sign-up' }, recipient: 'a@example.com', maskedRecipient: 'a•••@example.com' }],
  ['sign-up without offer.signup: nothing', at({ passkeys: signInOnly }), { type: 'passkey-started', ceremony: 'sign-up', recipient: 'a@example.com' }, { busy: false, passkeys: signInOnly }],
  ['not over a send under way', at({ busy: true }), { type: 'passkey-started', ceremony: 'sign-in' }, { passkeys: everything }],
  ['not over a queued send', at({ queued: true }), { type: 'passkey-started', ceremony: 'sign-in' }, { busy: false, passkeys: everything }],
  ['not from the code step', at({ step: 'code' }), { type: 'passkey-started', ceremony: 'sign-in' }, { busy: false, step: 'code', passkeys: everything }],
  ['not without an offer', at({ passkeys: null }), { type: 'passkey-started', ceremony: 'sign-in' }, { busy: false, passkeys: null }],
  ['not over another ceremony', at({ passkeys: { ...everything, running: 'sign-up' } }), { type: 'passkey-started', ceremony: 'sign-in' }, { passkeys: { ...everything, running: 'sign-up' } }],

  ['failed: the first step as typed, with why', at({ ...typed, busy: true, passkeys: { ...everything, running: 'sign-in' } }), { type: 'passkey-failed', error: rejected }, { step: 'identify', busy: false, error: rejected, identifier: 'a@example.com', passkeys: everything }],
  ['cancelled: no error, the earlier one cleared', at({ ...typed, busy: true, error: failed, passkeys: { ...everything, running: 'sign-in' } }), { type: 'passkey-failed', error: null }, { busy: false, error: null, identifier: 'a@example.com', passkeys: everything }],
  ['failed with nothing running: nothing', at({ ...typed, error: null }), { type: 'passkey-failed', error: rejected }, { error: null }],

  ['offerPasskey() on success with offer.create: the passkey-offer step', at({ step: 'success', user, error: failed }), { type: 'offer-passkey' }, { step: 'passkey-offer', error: null }],
  ['offerPasskey() without offer.create: stays', at({ step: 'success', user, passkeys: signInOnly }), { type: 'offer-passkey' }, { step: 'success' }],
  ['offerPasskey() without passkeys: stays', at({ step: 'success', user, passkeys: null }), { type: 'offer-passkey' }, { step: 'success' }],
  ['offerPasskey() just after one was created: stays', at({ step: 'success', user, passkeyCreated: true }), { type: 'offer-passkey' }, { step: 'success' }],
  ['offerPasskey() before signing in: stays', at({}), { type: 'offer-passkey' }, { step: 'identify' }],

  ['create: busy, running create', at({ step: 'passkey-offer', user, error: failed }), { type: 'passkey-create' }, { busy: true, error: null, passkeys: { ...everything, running: 'create' } }],
  ['create twice: nothing', at({ step: 'passkey-offer', user, busy: true, passkeys: { ...everything, running: 'create' } }), { type: 'passkey-create' }, { busy: true }],
  ['create on a previewed offer step (no passkeys state): nothing, not busy for ever', at({ step: 'passkey-offer', user, passkeys: undefined }), { type: 'passkey-create' }, { busy: false }],
  ['create off the offer step: nothing', at({ step: 'success', user }), { type: 'passkey-create' }, { busy: false, step: 'success' }],
  ['created: success, and says so', at({ step: 'passkey-offer', user, busy: true, passkeys: { ...everything, running: 'create' } }), { type: 'passkey-created' }, { step: 'success', busy: false, passkeyCreated: true, passkeys: everything }],
  ['create failed: the offer stays, with why', at({ step: 'passkey-offer', user, busy: true, passkeys: { ...everything, running: 'create' } }), { type: 'passkey-create-failed', error: failed }, { step: 'passkey-offer', busy: false, error: failed, passkeys: everything }],
  ['create cancelled: the offer stays, no error', at({ step: 'passkey-offer', user, busy: true, passkeys: { ...everything, running: 'create' } }), { type: 'passkey-create-failed', error: null }, { step: 'passkey-offer', busy: false, error: null }],
  ['"Not now": success', at({ step: 'passkey-offer', user }), { type: 'passkey-declined' }, { step: 'success', error: null }],
  ['"Not now" while creating: nothing', at({ step: 'passkey-offer', user, busy: true, passkeys: { ...everything, running: 'create' } }), { type: 'passkey-declined' }, { step: 'passkey-offer', busy: true }],

  ['authenticated with offerPasskey: the passkey-offer step, the offer kept, the method', at({ step: 'code', busy: true }), { type: 'authenticated', user, method: 'code', offerPasskey: true }, { step: 'passkey-offer', user, method: 'code', passkeys: everything, busy: false }],
  ['authenticated by a passkey: success, the ceremony ended', at({ busy: true, passkeys: { ...everything, running: 'sign-in' } }), { type: 'authenticated', user, method: 'passkey' }, { step: 'success', method: 'passkey', passkeys: everything, busy: false }],
  ['a session found on load: no method', at({}), { type: 'authenticated', user }, { step: 'success', method: undefined }],

  ['reset keeps the offer, not the ceremony', at({ step: 'error', passkeys: { ...everything, running: 'sign-in' } }), { type: 'reset' }, { step: 'identify', passkeys: everything }],
  ['back from the code step keeps the offer', at({ step: 'code', ...typed }), { type: 'back' }, { step: 'identify', passkeys: everything }],
  ['reset keeps a known "none"', at({ step: 'error', passkeys: null }), { type: 'reset' }, { passkeys: null }],
];

describe('passkey machine', () => {
  for (const [name, before, action, expected] of table) {
    it(name, () => {
      const after = transition(before, action);
      for (const [key, value] of Object.entries(expected)) expect(after[key as keyof LoginState], key).to.deep.equal(value);
    });
  }

  it('progress names the ceremony under way', () => {
    expect(progress(at({ busy: true, passkeys: { ...everything, running: 'sign-in' } }))).to.equal('passkeySigningIn');
    expect(progress(at({ busy: true, passkeys: { ...everything, running: 'sign-up' } }))).to.equal('passkeySigningIn');
    expect(progress(at({ step: 'passkey-offer', busy: true, passkeys: { ...everything, running: 'create' } }))).to.equal('passkeyCreating');
    // a ceremony that ended (running cleared) says nothing of passkeys
    expect(progress(at({ busy: false, passkeys: { ...everything, running: 'sign-in' } }))).to.equal(null);
  });

  it('the passkey-offer step counts as signed in; its submit creates', () => {
    expect(signedInStep(at({ step: 'passkey-offer', user }))).to.equal(true);
    expect(signedInStep(at({ step: 'success', user }))).to.equal(true);
    expect(signedInStep(at({}))).to.equal(false);
    expect(submitIntent(at({ step: 'passkey-offer', user }))).to.equal('create-passkey');
    expect(submitIntent(at({ step: 'passkey-offer', user, busy: true }))).to.equal(null);
  });

  it('the first step shows the passkey buttons only while the site offers them', () => {
    expect(offersPasskeys(at({}))).to.deep.equal(everything.offer);
    expect(offersPasskeys(at({ passkeys: null }))).to.equal(null);
    expect(offersPasskeys(at({ step: 'code' }))).to.equal(null);
  });

  it('returns the same object when a passkey action does not apply', () => {
    const state = at({ step: 'code' });
    for (const action of [{ type: 'passkey-started', ceremony: 'sign-in' }, { type: 'passkey-failed', error: null }, { type: 'offer-passkey' }, { type: 'passkey-create' }, { type: 'passkey-created' }, { type: 'passkey-declined' }] as LoginAction[]) {
      expect(transition(state, action), action.type).to.equal(state);
    }
  });
});
