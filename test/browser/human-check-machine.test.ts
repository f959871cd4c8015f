// The human check as data (src/flow/human-check.ts through transition()): when one is asked for, what an arrival, an
// answer, a clear or a failure does, whether a send may go, and what a refused answer brings. No DOM.
import { expect } from '@open-wc/testing';
import { initialState, transition, type LoginAction, type LoginState } from '../../src/flow/machine.js';
import { pictureSource } from '../../src/flow/human-check.js';
import type { CheckState } from '../../src/flow/state.js';
import { loginError, type HumanCheck } from '../../src/model.js';

const at = (patch: Partial<LoginState>): LoginState => ({ ...initialState, later: 'loaded', identifier: 'a@example.com', ...patch });
const image = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=';
const picture: HumanCheck = { kind: 'picture', image, answer: 'code' };
const turnstile: HumanCheck = { kind: 'widget', provider: 'turnstile', siteKey: '1x00000000000000000000AA' };
const arkose: HumanCheck = { kind: 'widget', provider: 'arkose', siteKey: 'ARKOSE-KEY', clientSubdomain: 'client-api' };
const check = (patch: Partial<CheckState>): CheckState => ({ challenge: picture, status: 'ready', answer: '', ...patch });
const asking = (challenge: HumanCheck | null = null): CheckState => ({ challenge, status: 'asking', answer: '' });
const submit: LoginAction = { type: 'submit-identifier', recipient: 'a@example.com', maskedRecipient: 'a•••@example.com', now: 0 };
const refused = (code: 'invalid_captcha' | 'captcha_required'): LoginAction => ({ type: 'start-failed', send: 'code', error: loginError(code), now: 0, online: true });
const required = loginError('captcha_required', { developerHint: 'The human check is not answered yet: nothing was sent.' });

// [description, state before, action, expected changes (checked key by key)]
const table: [string, LoginState, LoginAction, Partial<LoginState>][] = [
  // asking
  ['the flow on the first step asks whether a check is needed (nothing shows meanwhile)', at({}), { type: 'ask-check' }, { check: asking() }],
  ['"New picture" asks for a fresh one: the kind stays (its place shows "loading"), the answer goes', at({ check: check({ answer: 'abc' }) }), { type: 'ask-check' }, { check: asking(picture) }],
  ['nothing is asked while a send runs: its answer went with it', at({ busy: true, check: check({ answer: 'abc' }) }), { type: 'ask-check' }, { check: check({ answer: 'abc' }) }],
  ['nothing is asked on another step', at({ step: 'code' }), { type: 'ask-check' }, { check: undefined }],
  // arriving
  ['none needed: no check', at({ check: asking() }), { type: 'check-arrived', check: null }, { check: null }],
  ['a picture with its data: ready to answer', at({ check: asking() }), { type: 'check-arrived', check: picture }, { check: check({}) }],
  ['a widget: its script loads', at({ check: asking() }), { type: 'check-arrived', check: turnstile }, { check: check({ challenge: turnstile, status: 'loading' }) }],
  ['an answer not asked for (the check is on screen already) changes nothing', at({ check: check({ answer: 'abc' }) }), { type: 'check-arrived', check: turnstile }, { check: check({ answer: 'abc' }) }],
  ['an answer arriving on another step changes nothing', at({ step: 'code', check: asking() }), { type: 'check-arrived', check: picture }, { check: asking() }],
  ['an answer arriving while a send runs is kept for the next send', at({ busy: true, check: asking() }), { type: 'check-arrived', check: picture }, { check: check({}), busy: true }],
  ['a picture that is a URL is not shown: unavailable, and why for developers', at({ check: asking() }), { type: 'check-arrived', check: { ...picture, image: 'https://elsewhere.example/p.png' } },
    { check: { challenge: { ...picture, image: 'https://elsewhere.example/p.png' }, status: 'unavailable', answer: '', developerHint: 'The human check\'s picture is not an image\'s base64 data (data:image/png|gif|jpeg|webp|svg+xml;base64,…): it is not shown.' } }],
  ['"none needed" right after the server refused a send for want of one: the ask failed, unavailable', at({ check: asking(), error: loginError('captcha_required') }), { type: 'check-arrived', check: null },
    { check: { challenge: null, status: 'unavailable', answer: '', developerHint: 'The server asked for a human check, but asking which one failed (the network, or the challenge endpoint).' } }],
  // a widget on screen, answered, cleared, failing
  ['the widget is on screen', at({ check: check({ challenge: turnstile, status: 'loading' }) }), { type: 'check-ready' }, { check: check({ challenge: turnstile }) }],
  ['"ready" for a check not loading changes nothing', at({ check: asking(turnstile) }), { type: 'check-ready' }, { check: asking(turnstile) }],
  ['a token: answered', at({ check: check({ challenge: turnstile }) }), { type: 'check-answered', answer: 'XXXX.DUMMY.TOKEN.XXXX' }, { check: check({ challenge: turnstile, answer: 'XXXX.DUMMY.TOKEN.XXXX' }) }],
  ['a token before the widget said it was on screen: answered, and on screen', at({ check: check({ challenge: turnstile, status: 'loading' }) }), { type: 'check-answered', answer: 't' }, { check: check({ challenge: turnstile, answer: 't' }) }],
  ['typing the answer clears what was said of the last one', at({ check: check({}), error: loginError('invalid_captcha') }), { type: 'check-answered', answer: 'k' }, { check: check({ answer: 'k' }), error: null }],
  ['typing the answer leaves an error about the email', at({ check: check({}), error: loginError('invalid_email') }), { type: 'check-answered', answer: 'k' }, { error: loginError('invalid_email') }],
  ['no answer while the check is asked for', at({ check: asking(picture) }), { type: 'check-answered', answer: 'k' }, { check: asking(picture) }],
  ['no answer to a check that could not load', at({ check: check({ status: 'unavailable' }) }), { type: 'check-answered', answer: 'k' }, { check: check({ status: 'unavailable' }) }],
  ['the token expired: to be solved again', at({ check: check({ challenge: turnstile, answer: 't' }) }), { type: 'check-cleared' }, { check: check({ challenge: turnstile, answer: '', awaiting: false }) }],
  ['Arkose closed without an answer: the send no longer waits', at({ check: check({ challenge: arkose, awaiting: true }) }), { type: 'check-cleared' }, { check: check({ challenge: arkose, awaiting: false }) }],
  ['the widget\'s script did not load: unavailable, the answer gone, why kept for developers', at({ check: check({ challenge: turnstile, status: 'loading' }) }), { type: 'check-unavailable', developerHint: 'refused by CSP' },
    { check: { challenge: turnstile, status: 'unavailable', answer: '', developerHint: 'refused by CSP' } }],
  ['the transport cannot name the check it was asked for: unavailable', at({ check: asking() }), { type: 'check-unavailable', developerHint: 'unknown provider' }, { check: { challenge: null, status: 'unavailable', answer: '', developerHint: 'unknown provider' } }],
  ['"try again" asks again', at({ check: check({ status: 'unavailable' }) }), { type: 'ask-check' }, { check: asking(picture) }],
  // sending
  ['no check known: the send goes (the server says whether one was needed)', at({}), submit, { busy: true }],
  ['still asking whether one is needed: the send goes', at({ check: asking() }), submit, { busy: true }],
  ['none needed: the send goes', at({ check: null }), submit, { busy: true }],
  ['answered: the send goes', at({ check: check({ answer: ' k3X ' }) }), submit, { busy: true }],
  ['not answered: captcha_required, nothing sent', at({ check: check({}) }), submit, { busy: false, error: required }],
  ['only spaces typed: not answered', at({ check: check({ answer: '   ' }) }), submit, { busy: false, error: required }],
  ['a send waiting for the later chunk is not sent either', at({ queued: true, check: check({}) }), submit, { busy: false, queued: false, error: required }],
  ['a fresh picture on its way: captcha_required', at({ check: asking(picture) }), submit, { busy: false, error: required }],
  ['a widget still loading: captcha_required', at({ check: check({ challenge: turnstile, status: 'loading' }) }), submit, { busy: false, error: required }],
  ['a check that could not load: captcha_required, with why for developers', at({ check: check({ status: 'unavailable', developerHint: 'no script' }) }), submit,
    { busy: false, error: loginError('captcha_required', { developerHint: 'no script' }) }],
  ['Arkose not answered: its challenge opens (the send waits for it), no error', at({ check: check({ challenge: arkose }) }), submit, { busy: false, error: null, check: check({ challenge: arkose, awaiting: true }) }],
  ['Arkose answered: the send goes, and waits no more', at({ check: check({ challenge: arkose, awaiting: true }) }), { type: 'check-answered', answer: 'arkose-token' }, { check: check({ challenge: arkose, answer: 'arkose-token' }) }],
  ['a likely typo is shown before the check is asked for', at({ identifier: 'a@gmial.com', check: check({}) }), { ...submit, suggestion: 'a@gmail.com' }, { suggestion: 'a@gmail.com', error: null, busy: false }],
  // refused for the check
  ['a wrong answer: invalid_captcha, the email kept, the answer cleared, a fresh check asked for', at({ busy: true, check: check({ answer: 'wrong' }) }), refused('invalid_captcha'),
    { step: 'identify', busy: false, identifier: 'a@example.com', error: loginError('invalid_captcha'), check: asking(picture) }],
  ['a refusal of an answer never given is a missing answer', at({ busy: true, check: asking() }), refused('invalid_captcha'), { error: loginError('captcha_required'), check: asking() }],
  ['the server asks for a check it did not name before (after failures): asked for', at({ busy: true, check: null }), refused('captcha_required'), { error: loginError('captcha_required'), check: asking() }],
  ['a resend refused for the check: the first step, the email kept, a fresh check', at({ step: 'code', busy: true, sending: true, code: '12', check: check({ answer: 'used' }) }), refused('captcha_required'),
    { step: 'identify', busy: false, code: '', identifier: 'a@example.com', error: loginError('captcha_required'), check: asking(picture) }],
  ['a refusal of another kind keeps the answer (a retry after a lost connection goes with it)', at({ busy: true, check: check({ answer: 'k' }) }), { type: 'start-failed', send: 'code', error: loginError('service_unavailable'), now: 0, online: true },
    { check: check({ answer: 'k' }) }],
  // the first step comes back
  ['back from the code step: a fresh check is asked for', at({ step: 'code', check: check({ answer: 'used' }) }), { type: 'back' }, { step: 'identify', check: asking(picture) }],
  ['a fresh start after a failed link: asked for', at({ step: 'error', error: loginError('link_invalid') }), { type: 'reset' }, { step: 'identify', check: asking() }],
  ['the site starts over on the first step itself (reset(), a setting changed): asked for again, the answer goes', at({ check: check({ answer: 'abc' }) }), { type: 'reset' }, { step: 'identify', check: asking(picture) }],
  ['signed out: the first step asks', at({ step: 'success' }), { type: 'signed-out' }, { step: 'identify', check: asking() }],
  ['no session found on load: the first step asks', at({ step: 'callback', busy: true }), { type: 'session-absent' }, { step: 'identify', check: asking() }],
  ['signed in: no check', at({ check: check({ answer: 'k' }), step: 'code', busy: true }), { type: 'authenticated', user: { sub: 'email|1' } }, { step: 'success', check: undefined }],
  ['a preview shows the check its point says, and asks nothing', at({ step: 'code' }), { type: 'preview', point: { step: 'identify', check: check({ answer: 'k3X' }) }, now: 0 }, { step: 'identify', check: check({ answer: 'k3X' }) }],
  ['a preview without a check shows none', at({ check: check({}) }), { type: 'preview', point: { step: 'identify' }, now: 0 }, { check: null }],
  ['nothing after a refusal to run', at({ refused: true, step: 'error' }), { type: 'ask-check' }, { check: undefined }],
];

describe('the human check, as data', () => {
  for (const [name, before, action, expected] of table) {
    it(name, () => {
      const after = transition(before, action);
      for (const [key, value] of Object.entries(expected)) expect(after[key as keyof LoginState], key).to.deep.equal(value);
    });
  }

  it('each ask is a fresh check (the newer question is the one whose answer counts); nothing else makes one', () => {
    const first = transition(at({}), { type: 'ask-check' });
    const second = transition(first, { type: 'ask-check' });
    expect(second.check).to.not.equal(first.check);
    const typed = transition(transition(second, { type: 'check-arrived', check: picture }), { type: 'edit-identifier', value: 'b@example.com' });
    expect(typed.check?.status).to.equal('ready');
  });

  it('a check action that changes nothing returns the same state (no render, no event)', () => {
    const state = at({ check: check({}) });
    for (const action of [{ type: 'check-ready' }, { type: 'check-arrived', check: picture }] as LoginAction[]) expect(transition(state, action), action.type).to.equal(state);
  });
});

describe('pictureSource', () => {
  it('takes only an image\'s own base64 data, in the formats an image element decodes', () => {
    for (const type of ['png', 'gif', 'jpeg', 'webp', 'svg+xml']) expect(pictureSource(`data:image/${type};base64,AAAA`), type).to.equal(`data:image/${type};base64,AAAA`);
    const refused = [
      'https://tracker.example/p.png', '//tracker.example/p.png', 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml,<svg onload=alert(1)>',
      'data:image/svg+xml;base64,AA AA', 'data:image/svg+xml;base64,AAAA"><script>', ' data:image/png;base64,AAAA', 'data:image/bmp;base64,AAAA', 'DATA:IMAGE/PNG;BASE64,AAAA', '', 42, null,
    ];
    for (const value of refused) expect(pictureSource(value), String(value)).to.equal(null);
  });
});
