// The human check in each transport, at the edge of the network: SPA mode asks Auth0's Bot Detection through auth0-js
// (the real library, its requests answered by a fake XMLHttpRequest) for the very state the next start sends; backend
// mode reads the server's settings and the check a refused start names (a fake fetch). Both send the answer as
// `captcha`.
import { expect } from '@open-wc/testing';
import { checkFromChallenge } from '../../src/transport/auth0-challenge.js';
import { BackendTransport } from '../../src/transport/backend-transport.chunk.js';
import { SpaTransport } from '../../src/transport/spa-transport.chunk.js';
import { isLoginError } from '../../src/transport/transport.js';

describe('Auth0\'s Bot Detection answer, as a check', () => {
  const picture = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=';
  const table: [string, unknown, unknown][] = [
    ['not required', { required: false }, null],
    ['no answer at all', undefined, null],
    ['its own picture of characters', { required: true, provider: 'auth0', image: picture, type: 'code' }, { kind: 'picture', image: picture, answer: 'code' }],
    ['its own picture of a sum', { required: true, provider: 'auth0', image: picture, type: 'simple_math' }, { kind: 'picture', image: picture, answer: 'math' }],
    ['auth0_v2 is Turnstile', { required: true, provider: 'auth0_v2', siteKey: '1x00000000000000000000AA' }, { kind: 'widget', provider: 'turnstile', siteKey: '1x00000000000000000000AA' }],
    ['reCAPTCHA v2', { required: true, provider: 'recaptcha_v2', siteKey: 'k' }, { kind: 'widget', provider: 'recaptcha_v2', siteKey: 'k' }],
    ['reCAPTCHA Enterprise', { required: true, provider: 'recaptcha_enterprise', siteKey: 'k' }, { kind: 'widget', provider: 'recaptcha_enterprise', siteKey: 'k' }],
    ['hCaptcha', { required: true, provider: 'hcaptcha', siteKey: 'k' }, { kind: 'widget', provider: 'hcaptcha', siteKey: 'k' }],
    ['Friendly Captcha', { required: true, provider: 'friendly_captcha', siteKey: 'k' }, { kind: 'widget', provider: 'friendly_captcha', siteKey: 'k' }],
    ['Arkose, with its subdomain', { required: true, provider: 'arkose', siteKey: 'k', clientSubdomain: 'client-api' }, { kind: 'widget', provider: 'arkose', siteKey: 'k', clientSubdomain: 'client-api' }],
  ];
  for (const [name, answer, expected] of table) {
    it(name, () => expect(checkFromChallenge(answer as Parameters<typeof checkFromChallenge>[0])).to.deep.equal(expected));
  }

  it('a provider this element cannot show, or one without its site key, is `misconfigured` with a hint that names it (as a name only)', () => {
    for (const [answer, named] of [
      [{ required: true, provider: 'newcaptcha', siteKey: 'k' }, 'newcaptcha'],
      [{ required: true, provider: 'hcaptcha' }, 'hcaptcha'],
      [{ required: true, provider: 'turnstile', siteKey: 'k' }, 'turnstile'], // Auth0 calls Turnstile auth0_v2
      [{ required: true, provider: '<img src=x onerror=alert(1)>' }, 'imgsrcxonerroralert1'],
      [{ required: true, provider: 'toString', siteKey: 'k' }, 'toString'],
    ] as const) {
      let thrown: unknown;
      try {
        checkFromChallenge(answer);
      } catch (error) {
        thrown = error;
      }
      expect(isLoginError(thrown) && thrown.code, named).to.equal('misconfigured');
      expect((thrown as { developerHint: string }).developerHint, named).to.contain(`"${named}"`);
    }
  });
});

/** What a fake XMLHttpRequest saw: each request's method, URL and JSON body. */
interface Sent {
  method: string;
  url: string;
  body: Record<string, unknown>;
}

/** Answers auth0-js's requests (superagent's XMLHttpRequest) with `answer(request)`: a status and a JSON body. */
function fakeXhr(answer: (request: Sent) => [number, unknown]): { sent: Sent[]; restore(): void } {
  const sent: Sent[] = [];
  const real = window.XMLHttpRequest;
  class FakeXhr {
    readyState = 0;
    status = 0;
    responseText = '';
    withCredentials = false;
    responseType = '';
    upload = { addEventListener() {} };
    #listeners: (() => void)[] = [];
    addEventListener(type: string, listener: () => void) {
      if (type === 'readystatechange') this.#listeners.push(listener);
    }
    #method = '';
    #url = '';
    open(method: string, url: string) {
      [this.#method, this.#url] = [method, url];
    }
    setRequestHeader() {}
    getAllResponseHeaders() {
      return 'content-type: application/json\r\n';
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? 'application/json' : null;
    }
    abort() {}
    send(data: string) {
      const request = { method: this.#method, url: this.#url, body: JSON.parse(data || '{}') as Record<string, unknown> };
      sent.push(request);
      const [status, body] = answer(request);
      setTimeout(() => {
        Object.assign(this, { readyState: 4, status, responseText: JSON.stringify(body) });
        for (const listener of this.#listeners) listener();
      });
    }
  }
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return { sent, restore: () => void (window.XMLHttpRequest = real) };
}

describe('SPA mode asks Auth0 for the start\'s own state', () => {
  const options = { domain: 'tenant.example.com', clientId: 'spa-client', redirectUri: `${location.origin}/` };
  let xhr: ReturnType<typeof fakeXhr> | undefined;
  afterEach(() => xhr?.restore());

  it('POSTs { state } to /passwordless/challenge; the next start sends that state (with a nonce) and the answer as `captcha`', async () => {
    const picture = 'data:image/png;base64,iVBORw0KGgo=';
    xhr = fakeXhr(({ url }) => (url.endsWith('/passwordless/challenge') ? [200, { required: true, provider: 'auth0', image: picture, type: 'code' }] : [200, { _id: 'x', email: 'a@example.com' }]));
    const transport = new SpaTransport(options);
    expect(await transport.humanCheck()).to.deep.equal({ kind: 'picture', image: picture, answer: 'code' });
    const [challenge] = xhr.sent;
    expect(challenge!.url).to.equal('https://tenant.example.com/passwordless/challenge');
    expect(Object.keys(challenge!.body)).to.deep.equal(['state']);
    const state = challenge!.body.state as string;
    expect(state).to.match(/^[\w-]{20,}$/);
    const started = await transport.start({ connection: 'email', send: 'code', recipient: 'a@example.com', locale: 'en', captcha: 'k3XbQ' });
    const start = xhr.sent[1]!;
    expect(start.url).to.equal('https://tenant.example.com/passwordless/start');
    expect(start.body).to.deep.include({ connection: 'email', email: 'a@example.com', send: 'code', captcha: 'k3XbQ' });
    const authParams = start.body.authParams as Record<string, string>;
    expect(authParams.state).to.equal(state);
    expect(authParams.nonce).to.match(/^[\w-]{20,}$/);
    expect(started).to.deep.equal({ transaction: state });
    // That start used the state: the next one is auth0-js's own again.
    await transport.start({ connection: 'email', send: 'code', recipient: 'a@example.com', locale: 'en' });
    expect((xhr.sent[2]!.body.authParams as Record<string, string>).state).to.not.equal(state);
    expect(xhr.sent[2]!.body).to.not.have.property('captcha');
  });

  it('a misconfigured element (a redirect-uri it refuses, no client) asks Auth0 nothing: the send says what is wrong', async () => {
    xhr = fakeXhr(() => [200, { required: true, provider: 'auth0', image: 'data:image/png;base64,iVBORw0KGgo=', type: 'code' }]);
    for (const bad of [{ redirectUri: 'javascript:alert(1)//' }, { redirectUri: '//evil.example/callback' }, { clientId: '' }]) {
      expect(await new SpaTransport({ ...options, ...bad }).humanCheck(), JSON.stringify(bad)).to.equal(null);
    }
    expect(xhr.sent).to.deep.equal([]);
  });

  it('each check is asked for a fresh state', async () => {
    xhr = fakeXhr(() => [200, { required: false }]);
    const transport = new SpaTransport(options);
    expect(await transport.humanCheck()).to.equal(null);
    expect(await transport.humanCheck()).to.equal(null);
    expect(xhr.sent[0]!.body.state).to.not.equal(xhr.sent[1]!.body.state);
  });

  it('a challenge endpoint that fails: no check (the start then says whether one was needed), and a console hint', async () => {
    xhr = fakeXhr(() => [500, { error: 'server_error', error_description: 'down' }]);
    const infos: string[] = [];
    const info = console.info;
    console.info = (message: string) => void infos.push(message);
    try {
      expect(await new SpaTransport(options).humanCheck()).to.equal(null);
    } finally {
      console.info = info;
    }
    expect(infos.join('\n')).to.contain('/passwordless/challenge could not be asked');
  });
});

describe('backend mode asks the server', () => {
  const realFetch = window.fetch;
  afterEach(() => void (window.fetch = realFetch));

  /** Answers the handler's routes; records each request's route and body. */
  function server(routes: Record<string, (body: Record<string, unknown>) => [number, unknown]>) {
    const seen: { route: string; body: Record<string, unknown> }[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const route = String(input).split('/').at(-1)!;
      const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
      seen.push({ route, body });
      const [status, answer] = routes[route]?.(body) ?? [404, {}];
      return new Response(status === 204 ? null : JSON.stringify(answer), { status, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    return seen;
  }

  const settings = (humanCheck: unknown) => () => [200, { humanCheck, smsCountries: null }] as [number, unknown];

  it('the settings\' check when it is always required, by its widget\'s name (recaptcha is reCAPTCHA v2); the token goes as `captcha`', async () => {
    const seen = server({ settings: settings({ provider: 'recaptcha', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', required: 'always' }), start: () => [200, {}] });
    const transport = new BackendTransport({ endpoint: '/auth/passwordless' });
    expect(await transport.humanCheck()).to.deep.equal({ kind: 'widget', provider: 'recaptcha_v2', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' });
    await transport.start({ connection: 'email', send: 'code', recipient: 'a@example.com', locale: 'en', captcha: 'token' });
    expect(seen.find((request) => request.route === 'start')!.body).to.include({ identifier: 'a@example.com', captcha: 'token' });
  });

  it('after failures: none until a start is refused, then the check that refusal names', async () => {
    server({
      settings: settings({ provider: 'turnstile', siteKey: '1x00000000000000000000AA', required: 'after_failures' }),
      start: () => [400, { error: 'captcha_required', humanCheck: { provider: 'turnstile', siteKey: '1x00000000000000000000AA' } }],
    });
    const transport = new BackendTransport({ endpoint: '/auth/passwordless' });
    expect(await transport.humanCheck()).to.equal(null);
    let refused: unknown;
    await transport.start({ connection: 'email', send: 'code', recipient: 'a@example.com', locale: 'en' }).catch((error: unknown) => (refused = error));
    expect(isLoginError(refused) && refused.code).to.equal('captcha_required');
    expect(await transport.humanCheck()).to.deep.equal({ kind: 'widget', provider: 'turnstile', siteKey: '1x00000000000000000000AA' });
  });

  it('hCaptcha; none configured; settings that cannot be read (the start then says)', async () => {
    server({ settings: settings({ provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' }) });
    expect(await new BackendTransport({ endpoint: '/auth/passwordless' }).humanCheck()).to.deep.equal({ kind: 'widget', provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' });
    server({ settings: settings(null) });
    expect(await new BackendTransport({ endpoint: '/auth/passwordless' }).humanCheck()).to.equal(null);
    server({ settings: () => [503, { error: 'service_unavailable' }] });
    expect(await new BackendTransport({ endpoint: '/auth/passwordless' }).humanCheck()).to.equal(null);
    server({});
    expect(await new BackendTransport({ endpoint: '/auth/passwordless' }).humanCheck(), 'a handler without the route').to.equal(null);
  });

  it('a provider the element does not know is `misconfigured`', async () => {
    server({ settings: settings({ provider: 'friendlycaptcha', siteKey: 'k', required: 'always' }) });
    let thrown: unknown;
    await new BackendTransport({ endpoint: '/auth/passwordless' }).humanCheck().catch((error: unknown) => (thrown = error));
    expect(isLoginError(thrown) && thrown.code).to.equal('misconfigured');
  });
});
