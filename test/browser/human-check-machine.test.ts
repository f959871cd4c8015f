// The human check as data (src/flow/human-check.ts through transition()): when one is asked for, what an arrival, an
// answer, a clear or a failure does, whether a send may go, and what a refused answer brings. No DOM.
import { expect } from '@open-wc/testing';
import { initialState, resumeChange, transition, type LoginAction, type LoginState } from '../../src/flow/machine.js';
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
const waiting = (patch: Partial<CheckState> = {}): CheckState => ({ ...asking(), awaiting: true, ...patch });
const failedWith = (code: 'rate_limited' | 'service_unavailable' | 'blocked' | 'country_not_allowed' | 'network', extra: { uncertain?: boolean } = {}): LoginAction =>
  ({ type: 'start-failed', send: 'code', error: loginError(code, extra), now: 0, online: true });
const sentWithCheck = (patch: Partial<LoginState> = {}) =>
  at({ step: 'code', recipient: 'a@example.com', sentWith: 'code', sendCount: 1, resendAvailableAt: 30_000, checkedSend: true, check: check({ answer: 'k3X' }), ...patch });

// [description, state before, action, expected changes (checked key by key)]
const table: [string, LoginState, LoginAction, Partial<LoginState>][] = [
  // asking
  ['the flow on the first step asks whether a check is needed (nothing shows meanwhile)', at({}), { type: 'ask-check' }, { check: asking() }],
  ['the person turns to the first step: asked for, once (nothing shows meanwhile)', at({}), { type: 'ask-check-once' }, { check: asking() }],
  ['turning to it again asks nothing more: asking already', at({ check: asking() }), { type: 'ask-check-once' }, { check: asking() }],
  ['turning to it again asks nothing more: none needed', at({ check: null }), { type: 'ask-check-once' }, { check: null }],
  ['turning to it again asks nothing more: the check on screen stays', at({ check: check({ answer: 'k' }) }), { type: 'ask-check-once' }, { check: check({ answer: 'k' }) }],
  ['turning to it while a send runs asks nothing', at({ busy: true }), { type: 'ask-check-once' }, { check: undefined }],
  ['turning to another step asks nothing', at({ step: 'code' }), { type: 'ask-check-once' }, { check: undefined }],
  ['"try again" while a send waits for the question on its way asks nothing new', at({ queued: true, check: waiting() }), { type: 'ask-check' }, { check: waiting() }],
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
  ['never asked: the send asks, and waits for the answer (busy meanwhile), nothing sent yet', at({}), submit, { busy: false, queued: true, error: null, check: waiting() }],
  ['still asking whether one is needed: the send waits for the answer', at({ check: asking() }), submit, { busy: false, queued: true, error: null, check: waiting() }],
  ['the answer a send waited for: none needed, the send goes on (queued no more)', at({ queued: true, check: waiting() }), { type: 'check-arrived', check: null }, { queued: false, check: null }],
  ['the answer a send waited for: a picture, on screen (the send then says it is not answered)', at({ queued: true, check: waiting() }), { type: 'check-arrived', check: picture }, { queued: false, check: check({}) }],
  ['the question a send waited for could not be answered: unavailable, the send goes on', at({ queued: true, check: waiting() }), { type: 'check-unavailable', developerHint: 'x' },
    { queued: false, check: { challenge: null, status: 'unavailable', answer: '', developerHint: 'x' } }],
  ['an answer nobody waited for leaves a queued send alone', at({ queued: true, check: asking() }), { type: 'check-arrived', check: null }, { queued: true, check: null }],
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
  // a refusal of another kind spent the answer (tokens are good once, a picture for one try)
  ...(['rate_limited', 'service_unavailable', 'blocked', 'country_not_allowed'] as const).map((code): [string, LoginState, LoginAction, Partial<LoginState>] =>
    [`refused with ${code}: the answer is spent, a fresh check asked for, the email and the failure's own error kept`, at({ busy: true, check: check({ answer: 'k' }) }), failedWith(code),
      { step: 'identify', busy: false, identifier: 'a@example.com', error: loginError(code), check: asking(picture) }]),
  ['refused for a limit with a wait: the fresh check comes during the countdown', at({ busy: true, check: check({ answer: 'k' }) }), failedWith('rate_limited'),
    { resendAvailableAt: 30_000, check: asking(picture) }],
  ['a network error keeps the answer: the request may not have reached the server, and a retry goes with it', at({ busy: true, check: check({ answer: 'k' }) }), { ...failedWith('network'), online: false } as LoginAction,
    { step: 'identify', check: check({ answer: 'k' }) }],
  ['a lost answer (maybe sent) keeps it too, and the code step knows its message went with a check', at({ busy: true, check: check({ answer: 'k' }) }), failedWith('network', { uncertain: true }),
    { step: 'code', uncertain: true, checkedSend: true }],
  ['a refusal without a check answered asks for nothing', at({ busy: true, check: null }), failedWith('service_unavailable'), { check: null }],
  // a resend, when the message on screen went with a check's answer
  ['a send that went with an answer: the code step knows it', at({ busy: true, check: check({ answer: 'k' }) }), { type: 'start-succeeded', send: 'code', now: 0 }, { step: 'code', checkedSend: true }],
  ['a send without one: it does not', at({ busy: true, check: null, checkedSend: true }), { type: 'start-succeeded', send: 'code', now: 0 }, { step: 'code', checkedSend: false }],
  ['a resend after a checked send: the first step, the email kept, a fresh check, a notice (no error), nothing sent', sentWithCheck(), { type: 'resend', now: 30_000 },
    { step: 'identify', busy: false, identifier: 'a@example.com', recipient: 'a@example.com', sendCount: 1, error: null, checkAgain: true, check: asking(picture) }],
  ['the code step\'s main button after a dead code: the same', sentWithCheck({ error: loginError('too_many_attempts'), wrongCodes: ['1', '2', '3'] }), { type: 'resend', now: 30_000 },
    { step: 'identify', busy: false, error: null, checkAgain: true, check: asking(picture) }],
  ['"send me a code instead" after a checked link: the first step, a fresh check, and the next send a code', sentWithCheck({ step: 'check-email', sentWith: 'link' }), { type: 'send-code-instead', now: 0 },
    { step: 'identify', busy: false, preferCode: true, codeInstead: true, checkAgain: true, check: asking(picture) }],
  ['that code goes at once, as from the link\'s step: not after the link\'s cooldown', at({ codeInstead: true, recipient: 'a@example.com', check: check({ answer: 'k' }) }),
    { ...submit, history: { sends: [0], until: 30_000, send: 'link', transaction: null, spent: false }, now: 1000 }, { busy: true, sending: true, codeInstead: false }],
  ['but never a fifth message in 15 minutes (another tab sent meanwhile): the link\'s step comes back, held', at({ codeInstead: true, recipient: 'a@example.com', check: check({ answer: 'k' }) }),
    { ...submit, history: { sends: [0, 1, 2, 3], until: 750_000, send: 'link', transaction: null, spent: false }, now: 1000 }, { busy: false, step: 'check-email', alreadySent: true, resendAvailableAt: 900_000 }],
  ['another address typed meanwhile waits for its own cooldown', at({ codeInstead: true, recipient: 'b@example.com', check: check({ answer: 'k' }) }),
    { ...submit, history: { sends: [0], until: 30_000, send: 'code', transaction: null, spent: false }, now: 1000 }, { busy: false, step: 'code', alreadySent: true }],
  ['a resend before its countdown ends: still nothing', sentWithCheck(), { type: 'resend', now: 29_999 }, { step: 'code', checkAgain: undefined }],
  ['a resend after a send without a check: it goes', sentWithCheck({ checkedSend: false }), { type: 'resend', now: 30_000 }, { step: 'code', busy: true, sending: true }],
  ['answering the fresh check ends the notice', at({ checkAgain: true, check: check({}) }), { type: 'check-answered', answer: 'k' }, { checkAgain: false }],
  ['no check needed after all: no notice', at({ checkAgain: true, check: asking(picture) }), { type: 'check-arrived', check: null }, { checkAgain: false, check: null }],
  ['a send ends the notice (whatever it says next)', at({ checkAgain: true, check: check({}) }), submit, { checkAgain: false, error: required }],
  ['a preview shows no notice it does not name', at({ checkAgain: true }), { type: 'preview', point: { step: 'identify' }, now: 0 }, { checkAgain: false }],
  ['back from the code step: nothing of the checked send stays', sentWithCheck(), { type: 'back' }, { step: 'identify', checkedSend: undefined, checkAgain: undefined, check: asking(picture) }],
  // the first step comes back
  ['back from the code step: a fresh check is asked for', at({ step: 'code', check: check({ answer: 'used' }) }), { type: 'back' }, { step: 'identify', check: asking(picture) }],
  ['a fresh start after a failed link: asked for', at({ step: 'error', error: loginError('link_invalid') }), { type: 'reset' }, { step: 'identify', check: asking() }],
  ['the site starts over on the first step itself (reset(), a setting changed): asked for again, the answer goes', at({ check: check({ answer: 'abc' }) }), { type: 'reset' }, { step: 'identify', check: asking(picture) }],
  ['signed out: the first step asks', at({ step: 'success' }), { type: 'signed-out' }, { step: 'identify', check: asking() }],
  ['no session found on load: the first step of a page view, which asks once the person turns to it', at({ step: 'callback', busy: true }), { type: 'session-absent' }, { step: 'identify', check: undefined }],
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

  it('a reload keeps that the message went with a check: the resumed code step sends no resend without a fresh one', () => {
    const sent = transition(at({ busy: true, recipient: 'a@example.com', check: check({ answer: 'k' }) }), { type: 'start-succeeded', send: 'code', now: 0 });
    const point = resumeChange(sent, { type: 'start-succeeded', send: 'code', now: 0 });
    expect(point).to.include({ step: 'code', checkedSend: true });
    const resumed = transition(at({}), { type: 'resume', point: point as Exclude<typeof point, 'clear' | null>, now: 0 });
    expect(transition(resumed, { type: 'resend', now: 30_000 })).to.include({ step: 'identify', busy: false, checkAgain: true });
    // A message that went without one leaves no mark in the record.
    const plain = transition(at({ busy: true, check: null }), { type: 'start-succeeded', send: 'code', now: 0 });
    expect(resumeChange(plain, { type: 'start-succeeded', send: 'code', now: 0 })).to.not.have.property('checkedSend');
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
