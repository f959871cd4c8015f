// Settings that arrive after the element connected, as React 19 sets them when it hydrates a page rendered on the
// server (Next.js): the element is in the HTML, upgrades and connects bare, and gets domain, client-id or endpoint
// later. What the page brings back (tokens in the URL, a session to check) waits for them instead of failing.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/passwordless-login.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { FakeTransport } from '../../src/testing.js';
import { loadLater } from '../../src/element/later-loader.js';
import type { ErrorDetail } from '../../src/events/passwordless-events.js';
import { errorText } from './helpers/flow-harness.js';

const MARKER = 'passwordless-login:signed-in:';
const NOT_AVAILABLE = /not available on this site/;

describe('settings set after the element connected (React 19 hydrating a server-rendered page)', () => {
  let page: HTMLElement;
  let errors: ErrorDetail[];
  const record = (event: Event) => errors.push((event as CustomEvent<ErrorDetail>).detail);

  beforeEach(async () => {
    // Each test is a new page: none has claimed a callback yet.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('passwordless-login.callback-claimed')];
    errors = [];
    document.addEventListener('passwordless-error', record);
    // The hard case: the rest of the element is here before the page's script sets the properties.
    await loadLater();
  });
  afterEach(() => {
    document.removeEventListener('passwordless-error', record);
    page.remove();
    history.replaceState(null, '', `${location.pathname}${location.search}`); // whatever a test left in the URL
    localStorage.clear();
    sessionStorage.clear();
  });

  /** The element as the server's HTML has it, without the properties React sets: it upgrades as it connects. */
  async function serverRendered(): Promise<PasswordlessLogin> {
    page = document.createElement('div');
    page.innerHTML = '<passwordless-login lang="en"></passwordless-login>';
    document.body.append(page);
    const el = page.querySelector('passwordless-login') as PasswordlessLogin;
    await el.updateComplete;
    return el;
  }

  it('back from Auth0 with the answer in the URL: "Signing you in…" until domain and client-id come, then their answer', async () => {
    // Auth0's answer in the fragment (a used link's, which needs no network: auth0-js reads it with the settings the
    // element is given).
    history.replaceState(null, '', `${location.pathname}${location.search}#error=access_denied&error_description=Wrong%20email%20or%20verification%20code.&state=late`);
    const el = await serverRendered();
    expect(location.hash, 'the URL is scrubbed at once').to.equal('');
    expect(el.step).to.equal('callback');
    expect(errors, 'not "unconfigured" while the page has not set the properties').to.deep.equal([]);

    el.domain = 'tenant.example.com';
    el.clientId = 'late-settings';
    await waitUntil(() => el.step === 'error', 'the callback is finished with the settings');
    expect(errors.map((error) => error.code)).to.deep.equal(['link_invalid']);
    expect(errorText(el)).not.to.match(NOT_AVAILABLE);
  });

  it('a router that puts back the URL it started with (Next.js hydrating): the answer is taken out of it again', async () => {
    const landing = `${location.pathname}${location.search}#error=access_denied&error_description=Wrong%20email%20or%20verification%20code.&state=router`;
    history.replaceState(null, '', landing);
    const el = await serverRendered();
    expect(location.hash).to.equal('');
    history.replaceState(history.state, '', landing); // what Next.js's App Router does as it hydrates

    el.domain = 'tenant.example.com';
    el.clientId = 'late-router';
    await waitUntil(() => el.step === 'error', 'the callback is finished');
    expect(location.hash, 'out of the address bar and the history entry').to.equal('');
    expect(errors.map((error) => error.code)).to.deep.equal(['link_invalid']);
  });

  it('moved in the page before it is named (a framework re-parenting it): the callback it holds is finished all the same', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#error=access_denied&error_description=Wrong%20email%20or%20verification%20code.&state=moved`);
    const el = await serverRendered();
    const elsewhere = document.createElement('section');
    page.append(elsewhere);
    elsewhere.append(el); // disconnects and connects again, still without a login to name
    await el.updateComplete;
    expect(el.step).to.equal('callback');

    el.domain = 'tenant.example.com';
    el.clientId = 'late-moved';
    await waitUntil(() => el.step === 'error', 'the callback is finished');
    expect(errors.map((error) => error.code)).to.deep.equal(['link_invalid']);
  });

  it('a page that never names the login: a hint for developers once the page is idle, and no error for the person', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await serverRendered();
      await waitUntil(() => warnings.some((text) => text.includes('waits for its settings')), 'the hint');
      expect(el.step).to.equal('identify');
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('a browser that signed in here before: the session is checked once the login is named', async () => {
    localStorage.setItem(`${MARKER}late-session`, '1');
    const el = await serverRendered();
    expect(el.step).to.equal('identify');

    const transport = new FakeTransport().nextSession({ user: { sub: 'email|alice', email: 'alice@example.com' } });
    el.clientId = 'late-session';
    el.customTransport = transport;
    await waitUntil(() => el.step === 'success', 'signed in, from the session');
    expect(transport.calls.filter((call) => call.method === 'checkSession')).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});
