// The third-party human checks (src/later/human-check/widgets.chunk.ts): the one Trusted Types policy and what it
// lets through, the stand-ins' switch, and how a check fails (a bad site key, a script that cannot load, one the
// CSP refuses, one that gives no sign in time) without writing anything as HTML.
import { expect, waitUntil } from '@open-wc/testing';
import { mountWidget, type WidgetCheck, type WidgetEvents } from '../../src/later/human-check/widgets.chunk.js';
import { checkedScriptURL, trustedScriptURL } from '../../src/later/human-check/widgets/script-policy.js';
import { WIDGET_LOAD_TIMEOUT_MS } from '../../src/later/human-check/widgets/load-script.js';
import { useHumanCheckStandIns } from '../../src/testing.js';
import { useFakeClock } from './helpers/fake-clock.js';

/** Events as the flow would receive them, in order. */
function recorder() {
  const log: string[] = [];
  const events: WidgetEvents = {
    answered: (token) => log.push(`answered ${token}`),
    cleared: () => log.push('cleared'),
    failed: (reason) => log.push(`failed ${reason}`),
  };
  return { log, events };
}

/** The container the flow hands over: a light-DOM box on the page. */
function container(): HTMLElement {
  const box = document.createElement('div');
  document.body.append(box);
  return box;
}

const providerScripts = () => [...document.querySelectorAll('script')].filter((s) => s.src.includes('/__emulator/stand-ins/'));

const GOOD = [
  'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=cb_1',
  'https://www.recaptcha.net/recaptcha/api.js?hl=en&onload=cb_1&trustedtypes=true',
  'https://www.recaptcha.net/recaptcha/enterprise.js?render=explicit&hl=zh-TW&onload=cb_1&trustedtypes=true',
  'https://js.hcaptcha.com/1/api.js?hl=de&onload=cb_1&recaptchacompat=off',
  'https://cdn.jsdelivr.net/npm/friendly-challenge@0.9.12/widget.min.js',
  'https://client-api.arkoselabs.com/v2/11111111-1111-1111-1111-111111111111/api.js',
];

const FOREIGN = [
  'https://evil.example/turnstile/v0/api.js',
  'https://challenges.cloudflare.com.evil.example/turnstile/v0/api.js',
  'http://challenges.cloudflare.com/turnstile/v0/api.js',
  'https://challenges.cloudflare.com:8443/turnstile/v0/api.js',
  'https://user@challenges.cloudflare.com/turnstile/v0/api.js',
  'https://challenges.cloudflare.com/turnstile/v0/api.js#x',
  'https://challenges.cloudflare.com/turnstile/v0/other.js',
  'https://challenges.cloudflare.com/turnstile/v0/api.js/../../../evil.js',
  'https://challenges.cloudflare.com/turnstile/v0/api.js?onload=cb&callback=x',
  'https://challenges.cloudflare.com/turnstile/v0/api.js?onload=a%3Cb',
  'https://www.google.com/recaptcha/api.js',
  'https://cdn.jsdelivr.net/npm/friendly-challenge@0.9.13/widget.min.js',
  'https://cdn.jsdelivr.net/npm/evil/widget.min.js',
  'https://evil.example.arkoselabs.com.evil.example/v2/KEY/api.js',
  'https://a.b.arkoselabs.com/v2/KEY/api.js',
  'https://client-api.arkoselabs.com/v2/KEY/../evil.js',
  'https://client-api.arkoselabs.com/v2/KE%2FY/api.js',
  'javascript:alert(1)',
  'data:text/javascript,alert(1)',
  '/turnstile/v0/api.js',
  `${location.origin}/__emulator/stand-ins/challenges.cloudflare.com/turnstile/v0/api.js`,
];

describe('human-check widgets: the Trusted Types policy passwordless-login-captcha', () => {
  it("lets through each provider's script, as auth0-js builds it", () => {
    for (const url of GOOD) expect(checkedScriptURL(url), url).to.equal(url);
  });

  it('refuses any other URL: other hosts and paths, http, ports, credentials, fragments, extra parameters, other schemes', () => {
    for (const url of FOREIGN) expect(() => checkedScriptURL(url), url).to.throw(TypeError, 'passwordless-login-captcha');
  });

  it('hands out TrustedScriptURLs from the policy, and throws for a foreign URL', () => {
    const trusted = trustedScriptURL(GOOD[0]) as unknown;
    expect(trusted).to.be.instanceOf((window as unknown as { TrustedScriptURL: new () => object }).TrustedScriptURL);
    expect(String(trusted)).to.equal(GOOD[0]);
    expect(() => trustedScriptURL('https://evil.example/api.js')).to.throw(TypeError);
  });

  it("admits the emulator's stand-ins only while useHumanCheckStandIns() is in effect, and only of the providers' URLs", () => {
    const standIn = 'http://localhost:4400/__emulator/stand-ins/challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=cb';
    expect(() => checkedScriptURL(standIn)).to.throw(TypeError);
    const undo = useHumanCheckStandIns('http://localhost:4400');
    try {
      expect(checkedScriptURL(standIn)).to.equal(standIn);
      expect(() => checkedScriptURL('http://localhost:4400/__emulator/stand-ins/evil.example/api.js')).to.throw(TypeError);
      expect(() => checkedScriptURL('http://localhost:4400/evil.js')).to.throw(TypeError);
      expect(() => checkedScriptURL('http://localhost:4401/__emulator/stand-ins/challenges.cloudflare.com/turnstile/v0/api.js')).to.throw(TypeError);
    } finally {
      undo();
    }
    expect(() => checkedScriptURL(standIn)).to.throw(TypeError);
  });

  it('useHumanCheckStandIns() takes an http(s) origin and nothing else; a value put on the global by other means is ignored', () => {
    for (const bad of ['http://localhost:4400/path', 'http://localhost:4400/?x=1', 'http://u:p@localhost:4400', 'javascript:alert(1)', 'file:///tmp']) {
      expect(() => useHumanCheckStandIns(bad), bad).to.throw(TypeError);
    }
    const key = Symbol.for('passwordless-login.human-check-stand-ins');
    (globalThis as Record<symbol, unknown>)[key] = 'http://localhost:4400/__emulator/stand-ins/';
    try {
      expect(() => checkedScriptURL('http://localhost:4400/__emulator/stand-ins/js.hcaptcha.com/1/api.js')).to.throw(TypeError);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });
});

describe('human-check widgets: a check that cannot be shown fails, sends no script and writes nothing', () => {
  let undo = () => undefined as void;
  // The test server has no stand-ins: every provider script requested from it answers 404.
  beforeEach(() => (undo = useHumanCheckStandIns(location.origin)));
  afterEach(() => undo());

  const badChecks: [string, WidgetCheck][] = [
    ['markup in a site key', { provider: 'turnstile', siteKey: '<img src=x onerror=alert(1)>' }],
    ['a path in a site key', { provider: 'hcaptcha', siteKey: '../../evil' }],
    ['an empty site key', { provider: 'recaptcha_v2', siteKey: '' }],
    ['a host in an Arkose subdomain', { provider: 'arkose', siteKey: 'KEY', clientSubdomain: 'evil.example/x?' }],
    ['no Arkose subdomain', { provider: 'arkose', siteKey: 'KEY' }],
    ['an unknown provider', { provider: 'evil' as WidgetCheck['provider'], siteKey: 'KEY' }],
    ['a provider inherited from Object', { provider: 'constructor' as WidgetCheck['provider'], siteKey: 'KEY' }],
  ];
  for (const [name, check] of badChecks) {
    it(`${name}: failed, a rejected promise, no script, an empty container`, async () => {
      const box = container();
      const { log, events } = recorder();
      const before = document.scripts.length;
      const error = await mountWidget(box, check, events, 'en').then(() => null, (e: Error) => e);
      expect(error).to.be.instanceOf(Error);
      expect(log).to.deep.equal([`failed ${error!.message}`]);
      expect(document.scripts.length).to.equal(before);
      expect(box.childNodes.length).to.equal(0);
      box.remove();
    });
  }

  it("a script that cannot load: failed with the reason, the script element gone, and the next try requests it afresh", async () => {
    const box = container();
    const { log, events } = recorder();
    const error = await mountWidget(box, { provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' }, events, 'en').then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).to.match(/could not load .*\/__emulator\/stand-ins\/js\.hcaptcha\.com\/1\/api\.js/);
    expect(log).to.deep.equal([`failed ${error!.message}`]);
    expect(providerScripts()).to.have.length(0);
    expect(box.childNodes.length).to.equal(0);
    const again = mountWidget(box, { provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' }, events, 'en');
    expect(providerScripts()).to.have.length(1, 'a fresh script for the second try');
    await again.catch(() => undefined);
    box.remove();
  });

  it('a CSP violation for the script: failed at once, naming the directive', async () => {
    const box = container();
    const { log, events } = recorder();
    const mounting = mountWidget(box, { provider: 'recaptcha_v2', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' }, events, 'en');
    const [script] = providerScripts();
    document.dispatchEvent(
      new SecurityPolicyViolationEvent('securitypolicyviolation', {
        blockedURI: script.src,
        violatedDirective: 'script-src-elem',
        effectiveDirective: 'script-src-elem',
        originalPolicy: "script-src 'self'",
        disposition: 'enforce',
        statusCode: 200,
      }),
    );
    const error = await mounting.then(() => null, (e: Error) => e);
    expect(error?.message).to.contain("Content-Security-Policy (script-src-elem)");
    expect(log).to.deep.equal([`failed ${error!.message}`]);
    expect(providerScripts()).to.have.length(0);
    box.remove();
  });

  it("copies the page's script nonce onto the provider's script", async () => {
    const nonced = document.createElement('script');
    nonced.type = 'application/json';
    nonced.setAttribute('nonce', 'page-nonce-123');
    document.head.prepend(nonced);
    const box = container();
    const mounting = mountWidget(box, { provider: 'friendly_captcha', siteKey: 'FCMGEMUD2KTDSQ5H' }, recorder().events, 'en');
    const [script] = providerScripts();
    expect(script.nonce).to.equal('page-nonce-123');
    await mounting.catch(() => undefined);
    nonced.remove();
    box.remove();
  });
});

describe('human-check widgets: no sign within the time limit', () => {
  const clock = useFakeClock();
  let undo = () => undefined as void;
  beforeEach(() => (undo = useHumanCheckStandIns(location.origin)));
  afterEach(() => undo());

  it("fails once the flow's clock passes the limit, and the script's own late outcome changes nothing", async () => {
    const box = container();
    const { log, events } = recorder();
    const mounting = mountWidget(box, { provider: 'arkose', siteKey: 'TIMEOUT-KEY', clientSubdomain: 'client-api' }, events, 'en');
    const [script] = providerScripts();
    const url = script.src;
    clock.advance(WIDGET_LOAD_TIMEOUT_MS - 1);
    expect(log).to.deep.equal([], 'not before the limit');
    clock.advance(1);
    const error = await mounting.then(() => null, (e: Error) => e);
    expect(error?.message).to.contain(`did not load within ${WIDGET_LOAD_TIMEOUT_MS / 1000} s`);
    expect(log).to.deep.equal([`failed ${error!.message}`]);
    // The request still ends (a 404 here); once it has, nothing more is reported.
    await waitUntil(() => performance.getEntriesByName(url).length > 0, 'the late answer arrives');
    await new Promise((resolve) => setTimeout(resolve));
    expect(log).to.have.length(1);
    box.remove();
  });
});
