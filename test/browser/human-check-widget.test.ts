// A provider's widget as the flow drives it (later/human-check/check-effects.ts and the check's chunk, with the real
// machine): mounted into a light-DOM child of the element, its events as actions, reset for a fresh check, removed when
// it is not needed, and Arkose opened by a send; the check's chunk loaded only for a check, again after a failure. The
// providers are fakes of the widgets chunk's interface (mountWidget).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { initialState, transition, type LoginAction, type LoginState } from '../../src/flow/machine.js';
import { HumanCheckEffects, type CheckPort } from '../../src/later/human-check/check-effects.js';
import type { MountedWidget, WidgetCheck, WidgetEvents } from '../../src/later/human-check/widgets.chunk.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport, previewState } from '../../src/testing.js';
import { loginError, type HumanCheck } from '../../src/model.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { part } from './helpers/flow-harness.js';

const turnstile: HumanCheck = { kind: 'widget', provider: 'turnstile', siteKey: '1x00000000000000000000AA' };
const hcaptcha: HumanCheck = { kind: 'widget', provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' };
const arkose: HumanCheck = { kind: 'widget', provider: 'arkose', siteKey: 'ARKOSE-KEY', clientSubdomain: 'client-api' };

/** One mountWidget() call of the fake provider, and what the flow did with the widget since. */
interface Mount {
  container: HTMLElement;
  check: WidgetCheck;
  events: WidgetEvents;
  lang: string;
  resets: number;
  removed: boolean;
  runs: number;
  resolve(): void;
  reject(error: Error): void;
}

/** The flow's human check with a fake element around it: the real machine, the real effects, a fake provider. */
function harness(transport: FakeTransport, loadUi?: CheckPort['loadUi']) {
  const host = Object.assign(document.createElement('div'), { updateComplete: Promise.resolve(true), requestUpdate: () => undefined });
  host.attachShadow({ mode: 'open' });
  document.body.append(host);
  let state: LoginState = { ...initialState, later: 'loaded', identifier: 'alice@example.com' };
  const mounts: Mount[] = [];
  const sent: number[] = [];
  // As the element does: transition(), then the flow hears of the change.
  const dispatch = (action: LoginAction) => {
    const previous = state;
    state = transition(previous, action);
    if (state !== previous) effects.stateChanged(previous, state, action);
  };
  const effects: HumanCheckEffects = new HumanCheckEffects({
    host,
    state: () => state,
    dispatch,
    transport: () => transport,
    lang: () => 'fr',
    submit: () => sent.push(Date.now()),
    ...(loadUi ? { loadUi } : {}),
    loadWidgets: () =>
      Promise.resolve({
        mountWidget: (container: HTMLElement, check: WidgetCheck, events: WidgetEvents, lang: string) =>
          new Promise<MountedWidget>((resolve, reject) => {
            const mount: Mount = {
              container, check, events, lang, resets: 0, removed: false, runs: 0,
              resolve: () => resolve({ reset: () => void mount.resets++, remove: () => void (mount.removed = true), run: () => void mount.runs++ }),
              reject,
            };
            mounts.push(mount);
          }),
      }),
  });
  return { host, mounts, sent, effects, dispatch, state: () => state };
}

const containers = (host: HTMLElement) => [...host.children] as HTMLElement[];

describe('a provider\'s widget in the flow', () => {
  const clock = useFakeClock();
  afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

  it('is mounted into one light-DOM child of the element, slotted as passwordless-captcha, in the element\'s language; on screen once mounted', async () => {
    const flow = harness(new FakeTransport().humanCheckAlways(turnstile));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1, 'the widget is mounted');
    const [mount] = flow.mounts;
    expect(containers(flow.host)).to.deep.equal([mount!.container]);
    expect(mount!.container.slot).to.equal('passwordless-captcha');
    expect(mount!.check).to.deep.equal(turnstile);
    expect(mount!.lang).to.equal('fr');
    expect(flow.state().check?.status).to.equal('loading');
    mount!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready', 'on screen');
  });

  it('its token is the answer; an expired one is cleared', async () => {
    const flow = harness(new FakeTransport().humanCheckAlways(turnstile));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    flow.mounts[0]!.events.answered('XXXX.DUMMY.TOKEN.XXXX');
    expect(flow.state().check?.answer).to.equal('XXXX.DUMMY.TOKEN.XXXX');
    flow.mounts[0]!.events.cleared();
    expect(flow.state().check?.answer).to.equal('');
  });

  it('after a refused token, the fresh check of the same provider resets the widget on screen instead of mounting another', async () => {
    const transport = new FakeTransport().humanCheckAlways(turnstile);
    const flow = harness(transport);
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready');
    flow.mounts[0]!.events.answered('spent');
    flow.dispatch({ type: 'submit-identifier', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com', now: clock.now() });
    flow.dispatch({ type: 'start-failed', send: 'code', error: loginError('invalid_captcha'), now: clock.now(), online: true });
    await waitUntil(() => flow.mounts[0]!.resets === 1, 'the widget is reset');
    expect(flow.mounts).to.have.length(1);
    expect(transport.humanChecksAsked, 'a fresh check was asked for').to.equal(2);
    expect(flow.state().check).to.deep.include({ status: 'ready', answer: '' });
    expect(containers(flow.host)).to.have.length(1);
  });

  it('a send refused for a limit spent its token: the widget is reset for a fresh one, the limit\'s error kept', async () => {
    const transport = new FakeTransport().humanCheckAlways(turnstile);
    const flow = harness(transport);
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready');
    flow.mounts[0]!.events.answered('spent');
    flow.dispatch({ type: 'submit-identifier', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com', now: clock.now() });
    flow.dispatch({ type: 'start-failed', send: 'code', error: loginError('rate_limited', { retryAfterMs: 5000 }), now: clock.now(), online: true });
    await waitUntil(() => flow.mounts[0]!.resets === 1, 'the widget is reset');
    expect(flow.state().check).to.deep.include({ status: 'ready', answer: '' });
    expect(flow.state().error?.code).to.equal('rate_limited');
    flow.mounts[0]!.events.answered('fresh');
    expect(flow.state().check?.answer).to.equal('fresh');
  });

  it('a check of another provider replaces the widget', async () => {
    const flow = harness(new FakeTransport().nextHumanCheck(turnstile).humanCheckAlways(hcaptcha));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    flow.dispatch({ type: 'ask-check' });
    await waitUntil(() => flow.mounts.length === 2, 'the other provider is mounted');
    expect(flow.mounts[0]!.removed).to.equal(true);
    expect(containers(flow.host)).to.deep.equal([flow.mounts[1]!.container]);
  });

  it('goes, with its container, when the step changes and when the element leaves the page', async () => {
    const flow = harness(new FakeTransport().humanCheckAlways(turnstile));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready');
    flow.mounts[0]!.events.answered('token');
    flow.dispatch({ type: 'submit-identifier', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com', now: clock.now() });
    flow.dispatch({ type: 'start-succeeded', send: 'code', now: clock.now() });
    expect([flow.state().step, flow.mounts[0]!.removed, containers(flow.host).length]).to.deep.equal(['code', true, 0]);
    // Back on the first step: mounted again; then the element leaves the page.
    flow.dispatch({ type: 'back' });
    await waitUntil(() => flow.mounts.length === 2);
    flow.mounts[1]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready');
    flow.effects.disconnected();
    expect([flow.mounts[1]!.removed, containers(flow.host).length]).to.deep.equal([true, 0]);
  });

  it('back on the page after leaving it (a framework moved the element): a fresh check, mounted again', async () => {
    const flow = harness(new FakeTransport().humanCheckAlways(turnstile));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready');
    flow.mounts[0]!.events.answered('token');
    flow.effects.disconnected();
    expect([flow.mounts[0]!.removed, containers(flow.host).length]).to.deep.equal([true, 0]);
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 2, 'mounted again');
    flow.mounts[1]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready', 'on screen again');
    expect([flow.state().check?.answer, containers(flow.host).length]).to.deep.equal(['', 1]);
  });

  it('that cannot load: unavailable, its container gone, and the console says why', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const flow = harness(new FakeTransport().humanCheckAlways(hcaptcha));
      flow.effects.connected();
      await waitUntil(() => flow.mounts.length === 1);
      flow.mounts[0]!.reject(new Error('the script was refused'));
      await waitUntil(() => flow.state().check?.status === 'unavailable', 'unavailable');
      expect(containers(flow.host)).to.have.length(0);
      expect(warnings.join('\n')).to.contain('hcaptcha widget did not load').and.to.contain('the script was refused');
    } finally {
      console.warn = warn;
    }
  });

  it('that the provider fails later: unavailable', async () => {
    const flow = harness(new FakeTransport().humanCheckAlways(turnstile));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready');
    const warn = console.warn;
    console.warn = () => undefined; // said once, to developers (the test above reads it)
    flow.mounts[0]!.events.failed('error 110200: unknown domain');
    console.warn = warn;
    expect(flow.state().check).to.deep.include({ status: 'unavailable', developerHint: 'the turnstile widget failed: error 110200: unknown domain' });
    expect(flow.mounts[0]!.removed).to.equal(true);
  });

  it('without an answer in the network time limit: unavailable, and a widget that comes after that is removed at once', async () => {
    const flow = harness(new FakeTransport().humanCheckAlways(turnstile));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    const warn = console.warn;
    console.warn = () => undefined; // the console's word on it is read in the test above
    clock.advance(15_000);
    await waitUntil(() => flow.state().check?.status === 'unavailable', 'given up');
    console.warn = warn;
    flow.mounts[0]!.resolve();
    await waitUntil(() => flow.mounts[0]!.removed, 'the late widget goes');
    // What a given-up widget says is not the check any more.
    flow.mounts[0]!.events.answered('late');
    expect(flow.state().check?.answer).to.equal('');
  });

  it('whose own chunk does not load: unavailable with the console saying why; "Try again" loads the chunk again and mounts the widget', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      let loads = 0;
      const flow = harness(new FakeTransport().humanCheckAlways(turnstile), () =>
        ++loads === 1
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://site.example/dist/chunks/check-ui-AbCd1234.js'))
          : import('../../src/later/human-check/check-ui.chunk.js'),
      );
      flow.effects.connected();
      await waitUntil(() => flow.state().check?.status === 'unavailable', 'unavailable');
      expect([flow.mounts.length, containers(flow.host).length]).to.deep.equal([0, 0]);
      expect(warnings.join('\n')).to.contain('its part of the element did not load').and.to.contain('chunks/check-ui-AbCd1234.js');
      // "Try again" asks again; the fresh check's chunk loads this time, and its widget is mounted.
      flow.dispatch({ type: 'ask-check' });
      await waitUntil(() => flow.mounts.length === 1, 'mounted after the retry');
      flow.mounts[0]!.resolve();
      await waitUntil(() => flow.state().check?.status === 'ready', 'on screen');
      expect(loads).to.equal(2);
    } finally {
      console.warn = warn;
    }
  });

  it('a check that is not needed loads nothing of the check: no chunk, no widget', async () => {
    let loads = 0;
    const transport = new FakeTransport().humanCheckAlways(null);
    const flow = harness(transport, () => (loads++, import('../../src/later/human-check/check-ui.chunk.js')));
    flow.effects.connected();
    await waitUntil(() => flow.state().check === null, 'none is needed');
    expect([transport.humanChecksAsked, loads, flow.mounts.length]).to.deep.equal([1, 0, 0]);
  });

  it('Arkose: a send without its token opens its challenge; once answered, the send goes on by itself', async () => {
    const flow = harness(new FakeTransport().humanCheckAlways(arkose));
    flow.effects.connected();
    await waitUntil(() => flow.mounts.length === 1);
    flow.mounts[0]!.resolve();
    await waitUntil(() => flow.state().check?.status === 'ready');
    flow.dispatch({ type: 'submit-identifier', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com', now: clock.now() });
    expect([flow.state().busy, flow.state().error, flow.mounts[0]!.runs]).to.deep.equal([false, null, 1]);
    // Closed without an answer: the next send opens it again.
    flow.mounts[0]!.events.cleared();
    flow.dispatch({ type: 'submit-identifier', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com', now: clock.now() });
    expect(flow.mounts[0]!.runs).to.equal(2);
    flow.mounts[0]!.events.answered('arkose-token');
    expect(flow.sent).to.have.length(1);
    expect(flow.state().check?.answer).to.equal('arkose-token');
  });
});

describe('the widget\'s place in the element', () => {
  it('is a slot named passwordless-captcha inside the check\'s fieldset, with "loading" while the widget loads', async () => {
    const el = await fixture<PasswordlessLogin>(html`<passwordless-login client-id="w-${Math.random()}" lang="en" .customTransport=${new FakeTransport()}></passwordless-login>`);
    previewState(el, { step: 'identify', check: { challenge: turnstile, status: 'loading', answer: '' } });
    await waitUntil(() => part(el, 'captcha'), 'the check shows');
    const slot = part(el, 'captcha')!.querySelector('slot')!;
    expect(slot.name).to.equal('passwordless-captcha');
    expect(part(el, 'captcha')!.textContent).to.contain('Loading the check that you are a person…');
    previewState(el, { step: 'identify', check: { challenge: turnstile, status: 'ready', answer: '' } });
    await el.updateComplete;
    expect(part(el, 'captcha')!.textContent).to.not.contain('Loading');
    expect(part(el, 'captcha')!.querySelector('slot')).to.equal(slot);
  });
});
