// The third-party human checks (src/later/human-check/widgets.chunk.ts): the one Trusted Types policy and what it
// lets through, the stand-ins' switch, how a check fails (a bad site key, a script that cannot load, one the CSP
// refuses, one that gives no sign in time), and each provider mounted against the emulator's stand-in of its script
// (the test server starts an emulator: test/helpers/wtr-emulator.js), without writing anything as HTML.
import { expect, waitUntil } from '@open-wc/testing';
import { mountWidget, type WidgetCheck, type WidgetEvents } from '../../src/later/human-check/widgets.chunk.js';
import { checkedScriptURL, trustedScriptURL } from '../../src/later/human-check/widgets/script-policy.js';
import { WIDGET_LOAD_TIMEOUT_MS } from '../../src/later/human-check/widgets/load-script.js';
import { mountRendered, MAX_RETRIES } from '../../src/later/human-check/widgets/mounts.js';
import { PROVIDERS, type Params, type RenderApi } from '../../src/later/human-check/widgets/providers.js';
import { useHumanCheckStandIns } from '../../src/testing.js';
import { clock as flowClock } from '../../src/later/clock.js';
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

/** A callback name as the script loader makes them (its prefix, a time, a counter). */
const CB = 'passwordlessLoginCaptcha_m1x2y3_1';

const GOOD = [
  `https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=${CB}`,
  `https://www.recaptcha.net/recaptcha/api.js?hl=en&onload=${CB}&trustedtypes=true`,
  `https://www.recaptcha.net/recaptcha/enterprise.js?render=explicit&hl=zh-TW&onload=${CB}&trustedtypes=true`,
  `https://js.hcaptcha.com/1/api.js?hl=de&onload=${CB}&recaptchacompat=off`,
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
  `https://challenges.cloudflare.com/turnstile/v0/api.js?onload=${CB}&callback=x`,
  'https://challenges.cloudflare.com/turnstile/v0/api.js?onload=a%3Cb',
  // Only the loader's own callback names: not a page's global, not another prefix, not the prefix alone.
  'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=alert',
  'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=cb_1',
  'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=passwordlessLoginCaptcha_',
  'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=xpasswordlessLoginCaptcha_m1_1',
  'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=passwordlessLoginCaptcha_m1_1_evil',
  'https://js.hcaptcha.com/1/api.js?hl=de&onload=myPageFunction&recaptchacompat=off',
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
    const standIn = `http://localhost:4400/__emulator/stand-ins/challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=${CB}`;
    expect(() => checkedScriptURL(standIn)).to.throw(TypeError);
    const undo = useHumanCheckStandIns('http://localhost:4400');
    try {
      expect(checkedScriptURL(standIn)).to.equal(standIn);
      expect(() => checkedScriptURL('http://localhost:4400/__emulator/stand-ins/evil.example/api.js')).to.throw(TypeError);
      expect(() => checkedScriptURL('http://localhost:4400/evil.js')).to.throw(TypeError);
      expect(() => checkedScriptURL('http://localhost:4401/__emulator/stand-ins/challenges.cloudflare.com/turnstile/v0/api.js')).to.throw(TypeError);
      expect(() => checkedScriptURL(standIn.replace(CB, 'alert')), 'a stand-in URL takes the same callback names').to.throw(TypeError);
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
    // The backend's handler refuses these at creation too (the same rule: protocol/human-check.js).
    ['a dot in a site key', { provider: 'turnstile', siteKey: '0x4AAA.AAAA' }],
    ['a site key of 129 characters', { provider: 'turnstile', siteKey: 'k'.repeat(129) }],
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

  it("fails once the clock it was given (the flow's) passes the limit, and the script's own late outcome changes nothing", async () => {
    const box = container();
    const { log, events } = recorder();
    const mounting = mountWidget(box, { provider: 'arkose', siteKey: 'TIMEOUT-KEY', clientSubdomain: 'client-api' }, events, 'en', flowClock);
    const [script] = providerScripts();
    // Heard after the loader's own listener, added before the script was inserted: the sign that it has run.
    const requestEnded = new Promise((resolve) => script.addEventListener('error', resolve, { once: true }));
    clock.advance(WIDGET_LOAD_TIMEOUT_MS - 1);
    expect(log).to.deep.equal([], 'not before the limit');
    clock.advance(1);
    const error = await mounting.then(() => null, (e: Error) => e);
    expect(error?.message).to.contain(`did not load within ${WIDGET_LOAD_TIMEOUT_MS / 1000} s`);
    expect(log).to.deep.equal([`failed ${error!.message}`]);
    // A script that runs after all calls the callback it was given: a no-op now, which removes itself, and reports nothing.
    const callback = script.dataset.callback!;
    const late = (window as unknown as Record<string, (enforcement: object) => void>)[callback];
    expect(late, 'the late script finds a callback to call').to.be.a('function');
    late({ setConfig: () => undefined, run: () => undefined, reset: () => undefined });
    expect(window).not.to.have.property(callback);
    // The request still ends (a 404 here): once the loader has heard its error, nothing more is reported either.
    await requestEnded;
    expect(log).to.deep.equal([`failed ${error!.message}`]);
    box.remove();
  });
});

describe('human-check widgets: what each provider is given', () => {
  it("builds each script URL as auth0-js does, in the provider's language codes", () => {
    const check = { siteKey: 'KEY-1', clientSubdomain: 'client-api' };
    expect(PROVIDERS.turnstile.script('de', 'cb', check)).to.equal('https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=cb');
    expect(PROVIDERS.recaptcha_v2.script('he', 'cb', check)).to.equal('https://www.recaptcha.net/recaptcha/api.js?hl=iw&onload=cb&trustedtypes=true');
    expect(PROVIDERS.recaptcha_enterprise.script('zh-Hant-TW', 'cb', check)).to.contain('/recaptcha/enterprise.js?render=explicit&hl=zh-TW&');
    expect(PROVIDERS.recaptcha_v2.script('zh', 'cb', check)).to.contain('hl=zh-CN');
    expect(PROVIDERS.hcaptcha.script('pt-BR', 'cb', check)).to.equal('https://js.hcaptcha.com/1/api.js?hl=pt-BR&onload=cb&recaptchacompat=off');
    expect(PROVIDERS.friendly_captcha.script('en', 'cb', check)).to.equal('https://cdn.jsdelivr.net/npm/friendly-challenge@0.9.12/widget.min.js');
    expect(PROVIDERS.arkose.script('en', 'cb', check)).to.equal('https://client-api.arkoselabs.com/v2/KEY-1/api.js');
    for (const [name, spec] of Object.entries(PROVIDERS)) expect(checkedScriptURL(spec.script('zh-TW', CB, check)), name).to.be.a('string');
  });

  it("renders Turnstile as auth0-js renders auth0_v2 (no retry loop of its own, no hidden input), in the element's language and look", () => {
    const params = PROVIDERS.turnstile.params!('zh-Hant-TW', { dark: true, narrow: true });
    expect(params).to.deep.include({ language: 'zh-tw', retry: 'never', 'response-field': false, appearance: 'always', theme: 'dark', size: 'compact' });
    expect(PROVIDERS.turnstile.params!('fr-CA', { dark: false, narrow: false })).to.deep.include({ language: 'fr', theme: 'light', size: 'flexible' });
    expect(PROVIDERS.hcaptcha.params!('ja', { dark: false, narrow: true })).to.deep.include({ hl: 'ja', theme: 'light', size: 'compact' });
  });

  it('maps the callbacks: a token answers, expiry clears, an unsolved interactive challenge clears and resets, errors retry then fail', () => {
    let given: Params = {};
    const resets: unknown[] = [];
    const api: RenderApi = { render: (_box, params) => ((given = params), 'w1'), reset: (id) => resets.push(id) };
    const { log, events } = recorder();
    const call = (name: string, ...args: unknown[]) => (given[name] as (...a: unknown[]) => unknown)(...args);
    const mounted = mountRendered(api, { box: container(), siteKey: 'KEY', lang: 'en', events, provider: 'turnstile', clock: flowClock }, { language: 'en' });
    expect(given).to.deep.include({ sitekey: 'KEY', language: 'en' });
    call('callback', 'token-1');
    call('expired-callback');
    call('timeout-callback');
    expect(log).to.deep.equal(['answered token-1', 'cleared', 'cleared']);
    expect(resets).to.deep.equal(['w1']);
    for (let i = 0; i < MAX_RETRIES; i++) expect(call('error-callback', '600010'), 'handled, for Turnstile').to.equal(true);
    expect(resets).to.have.length(1 + MAX_RETRIES);
    expect(log.filter((line) => line.startsWith('failed'))).to.deep.equal([]);
    call('error-callback', '600010');
    expect(log.at(-1)).to.match(/^failed turnstile reported an error 4 times in a row \(600010\)/);
    mounted.reset();
    expect(resets.at(-1)).to.equal('w1');
  });
});

describe("human-check widgets: each provider against the emulator's stand-in of its script", () => {
  let undo = () => undefined as void;
  let emulator = '';
  const mounted: { remove(): void }[] = [];
  before(async () => {
    emulator = await fetch('/__test/emulator-url').then((r) => r.text());
  });
  beforeEach(() => (undo = useHumanCheckStandIns(emulator)));
  afterEach(() => {
    for (const widget of mounted.splice(0)) widget.remove();
    undo();
  });

  async function mount(check: WidgetCheck, { lang = 'en', box = container() } = {}) {
    const { log, events } = recorder();
    const widget = await mountWidget(box, check, events, lang);
    mounted.push(widget);
    return { widget, log, box, standIn: () => box.querySelector<HTMLElement>('[data-stand-in]') };
  }
  const scriptsOf = (path: string) => providerScripts().filter((s) => s.src.includes(path));
  const callbackOf = (script: HTMLScriptElement) => new URL(script.src).searchParams.get('onload') ?? script.dataset.callback ?? '';
  const clickStandIn = (root: ParentNode) => root.querySelector<HTMLButtonElement>('[data-stand-in] button')!.click();
  /** The event a browser fires when the page's CSP refuses a request (a real refusal: human-check-csp.test.ts). */
  const refused = (blockedURI: string, directive = 'frame-src', disposition: SecurityPolicyViolationEventDisposition = 'enforce') =>
    document.dispatchEvent(
      new SecurityPolicyViolationEvent('securitypolicyviolation', {
        blockedURI, violatedDirective: directive, effectiveDirective: directive, originalPolicy: `${directive} 'self'`, disposition, statusCode: 0,
      }),
    );

  it('Turnstile (auth0_v2): the passing test key answers with the dummy token by itself; a second widget reuses the script; its onload global is gone', async () => {
    const first = await mount({ provider: 'turnstile', siteKey: '1x00000000000000000000AA' });
    await waitUntil(() => first.log.length > 0, 'the stand-in answers');
    expect(first.log).to.deep.equal(['answered XXXX.DUMMY.TOKEN.XXXX']);
    expect(first.standIn()?.parentElement?.parentElement).to.equal(first.box, 'rendered in a box of its own inside the container');
    const second = await mount({ provider: 'turnstile', siteKey: '1x00000000000000000000AA' });
    await waitUntil(() => second.log.length > 0);
    const scripts = scriptsOf('challenges.cloudflare.com');
    expect(scripts).to.have.length(1, 'loaded once per page');
    expect(scripts[0].async).to.equal(true);
    expect(callbackOf(scripts[0])).to.match(/^passwordlessLoginCaptcha_/);
    expect(window).not.to.have.property(callbackOf(scripts[0]));
  });

  it('Turnstile: reset gets a fresh token; remove takes the widget away and nothing is reported after it', async () => {
    const { widget, log, box } = await mount({ provider: 'turnstile', siteKey: '1x00000000000000000000AA' });
    await waitUntil(() => log.length === 1);
    widget.reset();
    await waitUntil(() => log.length === 2, 'solved again after the reset');
    expect(log).to.deep.equal(['answered XXXX.DUMMY.TOKEN.XXXX', 'answered XXXX.DUMMY.TOKEN.XXXX']);
    widget.remove();
    expect(box.childNodes.length).to.equal(0);
  });

  it('Turnstile: the always-failing test key gets a fresh challenge three times, then the check fails', async () => {
    const { log } = await mount({ provider: 'turnstile', siteKey: '2x00000000000000000000AB' });
    await waitUntil(() => log.some((line) => line.startsWith('failed')), 'the check fails', { timeout: 5000 });
    expect(log).to.deep.equal([...Array(MAX_RETRIES + 1).fill('cleared'), `failed turnstile reported an error ${MAX_RETRIES + 1} times in a row (600010)`]);
  });

  it('Turnstile: the key that needs a click answers once clicked, in the dark when the element is dark', async () => {
    const box = container();
    box.style.colorScheme = 'dark';
    const { log, standIn } = await mount({ provider: 'turnstile', siteKey: '3x00000000000000000000FF' }, { box });
    expect(getComputedStyle(standIn()!).backgroundColor).to.equal('rgb(34, 34, 34)', 'rendered with theme: dark');
    expect(log).to.deep.equal([]);
    clickStandIn(box);
    await waitUntil(() => log.length > 0);
    expect(log).to.deep.equal(['answered XXXX.DUMMY.TOKEN.XXXX']);
  });

  it("a frame of the provider that the page's CSP refuses fails the check, naming what to add to frame-src; other refusals do not; none after remove", async () => {
    const turnstile = await mount({ provider: 'turnstile', siteKey: '3x00000000000000000000FF' });
    refused('https://evil.example/frame.html');
    refused('https://challenges.cloudflare.com.evil.example/frame.html');
    refused('https://challenges.cloudflare.com/cdn-cgi/challenge-platform/x.png', 'img-src');
    refused('https://js.hcaptcha.com/frame.html', 'frame-src');
    // A report-only policy (Content-Security-Policy-Report-Only) refuses nothing: the frame is there.
    refused('https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/abc/normal', 'frame-src', 'report');
    expect(turnstile.log).to.deep.equal([], 'not its frames, not a frame, or only reported');
    refused('https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/abc/normal');
    const hint = "failed the page's Content-Security-Policy (frame-src) refused its frame from https://challenges.cloudflare.com: add https://challenges.cloudflare.com to frame-src (see SECURITY.md)";
    expect(turnstile.log).to.deep.equal([hint]);
    refused('https://challenges.cloudflare.com/again');
    expect(turnstile.log, 'once').to.have.length(1);

    // child-src, and a host of the provider's frames that is not its script's (hCaptcha's assets); an origin only.
    const hcaptcha = await mount({ provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' });
    refused('https://newassets.hcaptcha.com', 'child-src');
    expect(hcaptcha.log).to.deep.equal(["failed the page's Content-Security-Policy (child-src) refused its frame from https://newassets.hcaptcha.com: add https://newassets.hcaptcha.com to frame-src (see SECURITY.md)"]);

    const removed = await mount({ provider: 'arkose', siteKey: '33333333-3333-3333-3333-333333333333', clientSubdomain: 'client-api' });
    removed.widget.remove();
    refused('https://client-api.arkoselabs.com/fc/gc/?token=x');
    expect(removed.log, 'nothing after remove').to.deep.equal([]);
  });

  it("reCAPTCHA v2 and Enterprise: each from its own script on www.recaptcha.net, a click answers with the emulator's token", async () => {
    const v2 = await mount({ provider: 'recaptcha_v2', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' }, { lang: 'he' });
    const enterprise = await mount({ provider: 'recaptcha_enterprise', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' });
    clickStandIn(v2.box);
    clickStandIn(enterprise.box);
    await waitUntil(() => v2.log.length > 0 && enterprise.log.length > 0);
    expect(v2.log[0]).to.match(/^answered stand-in:recaptcha_v2:\S+$/);
    expect(enterprise.log[0]).to.match(/^answered stand-in:recaptcha_enterprise:\S+$/);
    expect(scriptsOf('www.recaptcha.net/recaptcha/api.js')[0].src).to.contain('hl=iw');
    expect(scriptsOf('www.recaptcha.net/recaptcha/enterprise.js')).to.have.length(1);
  });

  it('hCaptcha: a click answers with the documented test token; an answer that arrives after remove is dropped', async () => {
    const first = await mount({ provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' });
    clickStandIn(first.box);
    await waitUntil(() => first.log.length > 0);
    expect(first.log).to.deep.equal(['answered 10000000-aaaa-bbbb-cccc-000000000001']);
    // reCAPTCHA's stand-in answers after a request to the emulator: remove the widget while it is on its way.
    const late = await mount({ provider: 'recaptcha_v2', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' });
    const standIn = late.standIn()!;
    clickStandIn(late.box);
    late.widget.remove();
    await waitUntil(() => standIn.dataset.state === 'passed', 'the stand-in got its token');
    expect(late.log).to.deep.equal([]);
  });

  it("Friendly Captcha: a WidgetInstance in a .frc-captcha box answers; reset starts over; remove destroys it", async () => {
    const { widget, log, box, standIn } = await mount({ provider: 'friendly_captcha', siteKey: 'FCMGEMUD2KTDSQ5H' });
    expect(box.firstElementChild?.classList.contains('frc-captcha')).to.equal(true);
    clickStandIn(box);
    await waitUntil(() => log.length > 0);
    expect(log[0]).to.match(/^answered stand-in:friendly_captcha:\S+$/);
    widget.reset();
    expect(standIn()?.dataset.state).to.equal('waiting');
    widget.remove();
    expect(box.childNodes.length).to.equal(0);
  });

  it("Arkose: ready once its enforcement says so; run() opens its challenge, which answers", async () => {
    const { widget, log } = await mount({ provider: 'arkose', siteKey: '11111111-1111-1111-1111-111111111111', clientSubdomain: 'client-api' });
    expect(widget.run).to.be.a('function');
    expect(document.querySelector('[role=dialog] [data-stand-in]')).to.equal(null, 'nothing shows before run()');
    widget.run!();
    const dialog = document.querySelector<HTMLElement>('[role=dialog]')!;
    clickStandIn(dialog);
    await waitUntil(() => log.length > 0);
    expect(log[0]).to.match(/^answered stand-in:arkose:\S+$/);
    expect(dialog.isConnected).to.equal(false, 'the challenge closed');
    expect(scriptsOf('client-api.arkoselabs.com/v2/11111111-1111-1111-1111-111111111111/api.js')[0].dataset.callback).to.match(/^passwordlessLoginCaptcha_/);
  });

  it('nothing the element runs writes HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write from src/', async () => {
    const writes: string[] = [];
    const restore: (() => void)[] = [];
    const spy = (target: object, name: string, kind: 'set' | 'value') => {
      const original = Object.getOwnPropertyDescriptor(target, name)!;
      const record = () => writes.push(`${name}: ${new Error().stack}`);
      Object.defineProperty(target, name, kind === 'set'
        ? { ...original, set(this: unknown, v: unknown) { record(); original.set!.call(this, v); } }
        : { ...original, value(this: unknown, ...args: unknown[]) { record(); return (original.value as (...a: unknown[]) => unknown).apply(this, args); } });
      restore.push(() => Object.defineProperty(target, name, original));
    };
    spy(Element.prototype, 'innerHTML', 'set');
    spy(Element.prototype, 'outerHTML', 'set');
    spy(Element.prototype, 'insertAdjacentHTML', 'value');
    spy(Document.prototype, 'write', 'value');
    try {
      const arkose = await mount({ provider: 'arkose', siteKey: '22222222-2222-2222-2222-222222222222', clientSubdomain: 'client-api' });
      arkose.widget.run!();
      for (const provider of ['turnstile', 'hcaptcha', 'friendly_captcha'] as const) await mount({ provider, siteKey: 'MARKUP-CHECK-KEY' });
    } finally {
      for (const undoSpy of restore) undoSpy();
    }
    expect(writes.filter((w) => w.includes('/src/'))).to.deep.equal([]);
  });
});
