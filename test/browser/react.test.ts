// The React wrapper (passwordless-login/react) in Chromium with React 19: it renders the element, forwards
// attributes and properties, and delivers the element's events to typed callback props.
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { PasswordlessLogin, type PasswordlessLoginProps } from '../../src/react.js';
import { FakeTransport } from '../../src/testing.js';
import type { PasswordlessLogin as PasswordlessLoginElement } from '../../src/passwordless-login.js';
import type { AuthenticatedDetail, StartDetail, StateChangeDetail, ErrorDetail } from '../../src/events/passwordless-events.js';
import { input, part, settle, submit, type } from './helpers/flow-harness.js';

describe('passwordless-login/react', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    sessionStorage.clear();
  });

  async function render(props: PasswordlessLoginProps): Promise<PasswordlessLoginElement> {
    flushSync(() => root.render(React.createElement(PasswordlessLogin, props)));
    const el = container.querySelector('passwordless-login') as PasswordlessLoginElement;
    await el.updateComplete;
    return el;
  }

  it('renders the defined custom element', async () => {
    const el = await render({ clientId: 'react-render' });
    expect(el).to.be.instanceOf(customElements.get('passwordless-login')!);
    expect(el.shadowRoot!.querySelector('input')).to.exist;
    expect(PasswordlessLogin.displayName).to.equal('PasswordlessLogin');
  });

  it('forwards attributes and properties', async () => {
    const transport = new FakeTransport();
    const el = await render({
      domain: 'tenant.eu.auth0.com',
      clientId: 'react-props',
      connection: 'sms',
      send: 'code',
      codeLength: 8,
      lang: 'en',
      id: 'login',
      className: 'sign-in',
      customTransport: transport,
      messages: { title: 'Welcome back' },
    });
    expect(el.domain).to.equal('tenant.eu.auth0.com');
    expect(el.clientId).to.equal('react-props');
    expect(el.connection).to.equal('sms');
    expect(el.codeLength).to.equal(8);
    expect(el.customTransport).to.equal(transport);
    expect(el.id).to.equal('login');
    expect(el.classList.contains('sign-in')).to.equal(true);
    expect(el.getAttribute('lang')).to.equal('en');
    expect(input(el).type).to.equal('tel');
    expect(part(el, 'header')!.textContent!.trim()).to.equal('Welcome back');

    // A re-render with new props updates the element in place.
    flushSync(() => root.render(React.createElement(PasswordlessLogin, { clientId: 'react-props', connection: 'email', customTransport: transport })));
    await el.updateComplete;
    expect(container.querySelector('passwordless-login')).to.equal(el);
    expect(el.connection).to.equal('email');
    expect(input(el).type).to.equal('email');
  });

  it('delivers events to the typed callback props', async () => {
    const seen: string[] = [];
    let started: StartDetail | undefined;
    let authenticated: AuthenticatedDetail | undefined;
    const changes: StateChangeDetail[] = [];
    let error: ErrorDetail | undefined;
    const el = await render({
      clientId: 'react-events',
      customTransport: new FakeTransport(),
      onPasswordlessStart: (event) => ((started = event.detail), seen.push(event.type)),
      onPasswordlessStateChange: (event) => changes.push(event.detail),
      onPasswordlessAuthenticated: (event) => ((authenticated = event.detail), seen.push(event.type)),
      onPasswordlessError: (event) => ((error = event.detail), seen.push(event.type)),
    });

    await type(el, 'not an address');
    await submit(el);
    expect(error).to.deep.include({ code: 'invalid_email', recoverable: true });

    await type(el, 'alice@example.com');
    await submit(el);
    await waitUntil(() => el.step === 'code', 'the code step is shown');
    expect(started).to.deep.equal({ connection: 'email', send: 'code', recipient: 'a•••@example.com' });

    await type(el, '123456');
    await waitUntil(() => authenticated !== undefined, 'signed in');
    await settle(el);
    expect(authenticated!.user.email).to.equal('alice@example.com');
    expect(changes).to.deep.equal([
      { from: 'identify', to: 'code' },
      { from: 'code', to: 'success' },
    ]);
    expect(seen).to.deep.equal(['passwordless-error', 'passwordless-start', 'passwordless-authenticated']);
  });

  it('swaps a callback prop without adding a second listener', async () => {
    const calls: string[] = [];
    const props = { clientId: 'react-swap', customTransport: new FakeTransport() };
    const el = await render({ ...props, onPasswordlessError: () => calls.push('first') });
    await render({ ...props, onPasswordlessError: () => calls.push('second') });
    await type(el, 'nope');
    await submit(el);
    expect(calls).to.deep.equal(['second']);
  });
});
