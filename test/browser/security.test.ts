// Unit and element checks behind the security plan's browser tests (the end-to-end proofs are in test/e2e/security-*.test.js
// and reliability.test.js): URL attributes, console redaction, refusals and a lost send answer, with the FakeTransport.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { FakeTransport } from '../../src/testing.js';
import { loginError } from '../../src/model.js';
import { redact } from '../../src/transport/auth0-errors.chunk.js';
import { safeRedirectUri, sameOriginEndpoint } from '../../src/transport/safe-url.js';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { errorText, input, part, renderLogin, settle, submit, type } from './helpers/flow-harness.js';

describe('security: URL attributes (plan test 1)', () => {
  it('redirect-uri: https anywhere, http only here or on loopback, paths on this site; never javascript:, data:, //host or a fragment', () => {
    expect(safeRedirectUri('https://app.example.com/cb')).to.equal('https://app.example.com/cb');
    expect(safeRedirectUri('/callback')).to.equal(`${location.origin}/callback`);
    expect(safeRedirectUri('http://localhost:5173/')).to.equal('http://localhost:5173/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/cb', '\\\\evil.example', 'http://evil.example/cb', 'https://a.example/#x', 'https://user:pw@a.example/', ' ', 'java\nscript:x']) {
      expect(safeRedirectUri(bad), bad).to.equal(null);
    }
  });

  it('endpoint: a path on this origin only', () => {
    expect(sameOriginEndpoint('/auth/passwordless/')).to.equal('/auth/passwordless');
    expect(sameOriginEndpoint(`${location.origin}/auth`)).to.equal('/auth');
    for (const bad of ['https://evil.example/auth', '//evil.example/auth', 'javascript:x', '/auth?x=1', '/auth#x']) expect(sameOriginEndpoint(bad), bad).to.equal(null);
  });
});

describe('security: console hints are redacted (plan tests 3, 8c, 15)', () => {
  it('drops markup, addresses, numbers, tokens and bidi controls, and caps the length', () => {
    const text = redact('<img src=x onerror=alert(1)> bad alice@example.com +44 7911 123456 eyJhbGciOi.eyJzdWIi.sig \u202Eevil' + 'x'.repeat(500));
    expect(text).not.to.match(/<|onerror|alice|7911|eyJ|\u202E/);
    expect(text).to.contain('[markup]').and.to.contain('[address]').and.to.contain('[number]').and.to.contain('[token]');
    expect(text.length).to.be.at.most(160);
  });
});

describe('security: refusals (plan tests 8a, 11)', () => {
  afterEach(() => sessionStorage.clear());

  it('a client-secret attribute: an error step with nothing to press, one misconfigured event, the transport never called', async () => {
    const transport = new FakeTransport();
    const el = document.createElement('passwordless-login') as PasswordlessLogin;
    el.setAttribute('client-secret', 'do-not-put-me-here');
    el.customTransport = transport;
    const failed = oneEvent(el, 'passwordless-error');
    await fixture(html`<div></div>`).then((host) => host.append(el));
    expect((await failed).detail).to.deep.include({ code: 'misconfigured', recoverable: false });
    await settle(el);
    expect(el.step).to.equal('error');
    expect(el.shadowRoot!.querySelectorAll('input, button')).to.have.length(0);
    el.reset();
    await settle(el);
    expect(el.step).to.equal('error', 'reset does not get around it');
    expect(transport.calls).to.have.length(0);
  });

  it('a secret set as a property later is refused on submit', async () => {
    const { el, transport } = await renderLogin();
    (el as unknown as { clientSecret: string }).clientSecret = 'late';
    await type(el, 'alice@example.com');
    await submit(el);
    expect(el.step).to.equal('error');
    expect(transport.calls).to.have.length(0);
  });

  it('allow-framed is a boolean attribute, off by default', async () => {
    const { el } = await renderLogin();
    expect(el.allowFramed).to.equal(false);
    el.setAttribute('allow-framed', '');
    expect(el.allowFramed).to.equal(true);
  });
});

describe('security: a lost send answer (plan test 18)', () => {
  useFakeClock(); // the countdown stays at 30 s however long the checks take
  afterEach(() => sessionStorage.clear());

  it('goes to code entry saying a code may already have been sent, resend held, no start event, nothing resent', async () => {
    const transport = new FakeTransport().nextStart(loginError('network', { uncertain: true }));
    const { el } = await renderLogin(transport);
    let started = 0;
    el.addEventListener('passwordless-start', () => started++);
    await type(el, 'alice@example.com');
    const failed = oneEvent(el, 'passwordless-error');
    await submit(el);
    expect((await failed).detail.code).to.equal('network');
    await settle(el);
    expect(el.step).to.equal('code');
    expect(part(el, 'hint')!.textContent).to.equal('We may already have sent a code to a•••@example.com. Check your inbox or messages before asking for another.');
    expect(part(el, 'countdown')!.textContent).to.match(/in 30 s/);
    expect(started).to.equal(0);
    expect(transport.calls).to.have.length(1);
    expect(input(el).value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a verify answer lost, then "wrong" for the same code: ask for a new one', async () => {
    const transport = new FakeTransport().nextVerify(loginError('network', { uncertain: true })).nextVerify('wrong_code');
    const { el } = await renderLogin(transport);
    await type(el, 'alice@example.com');
    await submit(el);
    await settle(el);
    await type(el, '123456');
    await settle(el);
    expect(errorText(el)).to.contain('could not reach');
    await submit(el);
    expect(errorText(el)).to.equal('That code has expired. Ask for a new one.');
    expect(input(el).value).to.equal('');
  });

  it('an offline failure stays on the form with the address (nothing may have been sent)', async () => {
    const transport = new FakeTransport().nextStart(loginError('network'));
    const { el } = await renderLogin(transport);
    await type(el, 'alice@example.com');
    const failed = oneEvent(el, 'passwordless-error');
    await submit(el);
    expect((await failed).detail.code, 'the send has failed').to.equal('network');
    await settle(el);
    expect(el.step).to.equal('identify');
    expect(input(el).value).to.equal('alice@example.com');
  });
});
