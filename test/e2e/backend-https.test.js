// @ts-check
// Issue 15, "Right behind a proxy": backend mode behind a real TLS-terminating reverse proxy. Debian's nginx (started
// here, with a certificate made here) serves https://localhost:port and proxies to the demo's Vite dev server on
// plain http, with the usual X-Forwarded-Proto/-Host/-For. The demo's handler has `trustProxy: 1`, so it sees the
// https origin the browser used: the origin check passes for the page and still refuses other sites, and the cookies
// are `Secure` with `__Host-` names. A control handler WITHOUT trustProxy behind the same proxy refuses the very same
// same-origin POST: proof that the forwarded headers are what makes the difference.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { launchBrowser } from '../helpers/browser.js';
import { startDemo } from '../helpers/demo-server.js';
import { freePort } from '../helpers/free-port.js';
import { countMessages, waitForMessage } from '../helpers/outbox.js';
import { skipWithoutNginx, startTlsProxy } from '../helpers/tls-proxy.js';
import { createPasswordlessHandler, memoryStore } from '../../server/index.js';
import { toNodeHandler } from '../../server/node.js';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Passwordless-Login': '1' };

/**
 * Two handlers like the demo's, but with the default allowed origin (the request's own, as most sites run it), one
 * trusting the proxy and one not, behind the same proxy at /control/trusted and /control/plain.
 * @param {string} emulatorUrl @param {string} publicOrigin
 */
async function startControl(emulatorUrl, publicOrigin) {
  /** @type {import('../../server/index.js').LogEntry[]} */
  const logs = [];
  /** @param {string} basePath @param {boolean|number} [trustProxy] */
  const handler = (basePath, trustProxy) =>
    toNodeHandler(
      createPasswordlessHandler({
        domain: emulatorUrl,
        clientId: 'demo-regular',
        clientSecret: 'demo-regular-secret',
        sessionSecret: 'passwordless-login-https-test-control-secret',
        callbackUrl: `${publicOrigin}/auth/passwordless/callback`,
        send: 'link',
        basePath,
        store: memoryStore(),
        log: (entry) => logs.push({ ...entry, hint: basePath }),
        ...(trustProxy === undefined ? {} : { trustProxy }),
      }),
    );
  const trusted = handler('/control/trusted', 1);
  const plain = handler('/control/plain');
  const server = createServer((req, res) => trusted(req, res, () => plain(req, res)));
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  return {
    upstream: `http://127.0.0.1:${port}`,
    logs,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * A request through the proxy from Node, trusting the test's certificate (no verification turned off).
 * @param {string} url @param {{ method?: string, headers?: Record<string, string>, body?: string, ca: string }} options
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
function httpsFetch(url, { method = 'GET', headers = {}, body, ca }) {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { method, headers, ca }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const idempotencyKey = () => crypto.randomUUID().replaceAll('-', '');

/** Skipped, with the reason, where nginx or openssl is missing (an error under CI instead: see tls-proxy.js). */
const proxyTest = (/** @type {string} */ name, /** @type {() => Promise<void>} */ fn) =>
  test(`behind a TLS-terminating nginx: ${name}`, { skip: skipWithoutNginx }, fn);

/** @type {Awaited<ReturnType<typeof startDemo>>} */ let demo;
/** @type {Awaited<ReturnType<typeof startControl>>} */ let control;
/** @type {Awaited<ReturnType<typeof startTlsProxy>>} */ let proxy;
/** @type {import('playwright-core').Browser} */ let browser;
/** The https origin the browser uses: nginx's. */
let origin = '';

before(async () => {
  if (skipWithoutNginx) return;
  // The proxy's port first: the demo's callback URL, allowed origin and emulator config are its https origin.
  const port = await freePort();
  origin = `https://localhost:${port}`;
  demo = await startDemo({ publicOrigin: origin, trustProxy: 1 });
  control = await startControl(demo.emulator.url, origin);
  proxy = await startTlsProxy({ port, routes: { '/': demo.upstream, '/control/': control.upstream } });
  assert.equal(proxy.origin, origin);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await proxy?.close();
  await control?.close();
  await demo?.close();
});

/** A fresh profile on the demo's backend page, over https; records the Set-Cookie lines it receives. */
async function openBackendDemo(/** @type {string} */ query) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true }); // the test's self-signed certificate
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  /** @type {string[]} */
  const setCookies = [];
  page.on('response', async (response) => {
    const header = (await response.headersArray()).filter((h) => h.name.toLowerCase() === 'set-cookie');
    setCookies.push(...header.map((h) => h.value));
  });
  await page.goto(`${origin}/backend.html${query}`);
  assert.ok(page.url().startsWith(`${origin}/`), 'the page is served over https by the proxy');
  return { context, page, pageErrors, setCookies };
}

/** @param {import('playwright-core').BrowserContext} context */
async function sessionCookie(context) {
  const cookies = await context.cookies(origin);
  assert.deepEqual(
    cookies.filter((c) => c.name === 'passwordless_session' || c.name === 'passwordless_start').map((c) => c.name),
    [],
    'no cookie under the plain-http names',
  );
  const session = cookies.find((c) => c.name === '__Host-passwordless');
  assert.ok(session, `a __Host-passwordless cookie (have: ${cookies.map((c) => c.name).join(', ')})`);
  assert.equal(session.secure, true, 'Secure');
  assert.equal(session.httpOnly, true, 'HttpOnly');
  assert.equal(session.path, '/');
  assert.equal(session.sameSite, 'Lax');
  assert.equal(session.domain, 'localhost', 'a host-only cookie (a Domain attribute would show as .localhost)');
  return session;
}

/** @param {string[]} setCookies @param {string} name */
function assertNoDomain(setCookies, name) {
  const lines = setCookies.filter((line) => line.startsWith(`${name}=`));
  assert.ok(lines.length, `a Set-Cookie for ${name}`);
  for (const line of lines) {
    assert.doesNotMatch(line, /;\s*Domain=/i, `no Domain on ${name}`);
    assert.match(line, /;\s*Secure(;|$)/i);
    assert.match(line, /;\s*HttpOnly(;|$)/i);
    assert.match(line, /;\s*Path=\/(;|$)/i);
  }
}

/**
 * The session is a __Host- Secure cookie set without Domain, and it works on the next request through the proxy.
 * @param {import('playwright-core').Page} page @param {import('playwright-core').BrowserContext} context
 * @param {string[]} setCookies @param {string} email
 */
async function assertHttpsSession(page, context, setCookies, email) {
  await sessionCookie(context);
  assertNoDomain(setCookies, '__Host-passwordless');
  await page.getByRole('button', { name: 'Who am I?' }).click();
  await page.getByText(`"email": "${email}"`).waitFor();
}

proxyTest('email code over https: signed in, with a __Host- Secure session cookie', async () => {
  const { context, page, pageErrors, setCookies } = await openBackendDemo('?send=code');
  const email = `https-code-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Verification code').waitFor();
  const message = await waitForMessage(demo.emulator.url, email);
  await page.getByLabel('Verification code').fill(message.code);
  await page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  await assertHttpsSession(page, context, setCookies, email);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

proxyTest('email link over https: a __Host- start cookie, the link lands on the https callback, signed in', async () => {
  const { context, page, pageErrors, setCookies } = await openBackendDemo('?send=link');
  const email = `https-link-${Date.now()}@example.com`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.locator('passwordless-login').getByText('We sent a sign-in link to').waitFor();

  const start = (await context.cookies(origin)).find((c) => c.name === '__Host-passwordless-start');
  assert.ok(start, 'the start cookie has the __Host- name');
  assert.equal(start.secure, true, 'Secure');
  assert.equal(start.httpOnly, true, 'HttpOnly');
  assert.equal(start.path, '/');
  assert.equal(start.domain, 'localhost');
  assertNoDomain(setCookies, '__Host-passwordless-start');

  const message = await waitForMessage(demo.emulator.url, email);
  const link = /** @type {string} */ (message.link);
  assert.equal(new URL(link).searchParams.get('redirect_uri'), `${origin}/auth/passwordless/callback`, 'the callback is the https one');
  await page.goto(link);
  await page.locator('passwordless-login').getByText(`You are signed in as ${email}.`).waitFor();
  assert.ok(page.url().startsWith(`${origin}/backend.html`), `back on the https page: ${page.url()}`);
  assert.equal(new URL(page.url()).search.includes('passwordless='), false, 'the return marker is scrubbed');
  await assertHttpsSession(page, context, setCookies, email);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

proxyTest('a cross-site POST through the proxy is still refused (403), and the same request from the page origin is not', async () => {
  const victim = `https-victim-${Date.now()}@example.com`;
  const body = JSON.stringify({ connection: 'email', identifier: victim });
  const post = (/** @type {string} */ from) =>
    httpsFetch(`${origin}/auth/passwordless/start`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, Origin: from, 'Idempotency-Key': idempotencyKey() },
      body,
      ca: proxy.ca,
    });

  const sentBefore = await countMessages(demo.emulator.url);
  for (const evil of ['https://evil.example', 'http://evil.example', `http://localhost:${proxy.port}`, 'https://localhost']) {
    const refused = await post(evil);
    assert.equal(refused.status, 403, `Origin: ${evil}`);
    assert.deepEqual(JSON.parse(refused.body), { error: 'origin_not_allowed' });
    // (Vite's dev-server CORS adds Access-Control-Allow-Origin for localhost origins itself; the handler adds none.)
    if (!new URL(evil).hostname.endsWith('localhost')) assert.equal(refused.headers['access-control-allow-origin'], undefined);
  }
  assert.equal(await countMessages(demo.emulator.url), sentBefore, 'nothing was sent');

  // A page of another site in the browser: its fetch cannot get through either (the preflight is refused).
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.route('https://evil.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>evil</title>' }));
  const page = await context.newPage();
  await page.goto('https://evil.example/');
  const outcome = await page.evaluate(
    async ({ url, body, headers }) => {
      try {
        const response = await fetch(url, { method: 'POST', credentials: 'include', headers, body });
        return `answered ${response.status}`;
      } catch (error) {
        return `refused: ${error}`;
      }
    },
    { url: `${origin}/auth/passwordless/start`, body, headers: JSON_HEADERS },
  );
  assert.match(outcome, /^refused: TypeError/);
  await context.close();
  assert.equal(await countMessages(demo.emulator.url), sentBefore, 'nothing was sent');

  // The control: the right Origin through the same proxy is accepted, so the 403s above were the origin check.
  const accepted = await post(origin);
  assert.equal(accepted.status, 204, accepted.body);
  // Whatever cookie it sets has the https names and flags (the origin it saw is the forwarded one).
  for (const cookie of [accepted.headers['set-cookie'] ?? []].flat()) {
    assert.match(cookie, /^__Host-passwordless/, cookie.split('=')[0]);
    assert.match(cookie, /;\s*Secure(;|$)/i);
  }
  await waitForMessage(demo.emulator.url, victim);
});

proxyTest('control: the same same-origin POST is refused by a handler WITHOUT trustProxy behind the proxy', async () => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${origin}/backend.html`);
  const email = `https-control-${Date.now()}@example.com`;
  /** @param {string} path */
  const startFromPage = (path) =>
    page.evaluate(
      async ({ path, email, headers }) => {
        const response = await fetch(path, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { ...headers, 'Idempotency-Key': crypto.randomUUID().replaceAll('-', '') },
          body: JSON.stringify({ connection: 'email', identifier: email }),
        });
        return { status: response.status, body: await response.text() };
      },
      { path, email, headers: JSON_HEADERS },
    );

  // Without trustProxy the handler sees http://localhost:port (what nginx connected with), not the page's https
  // origin: the page's own request is "cross-origin" to it.
  const plain = await startFromPage('/control/plain/start');
  assert.equal(plain.status, 403, plain.body);
  assert.deepEqual(JSON.parse(plain.body), { error: 'origin_not_allowed' });
  assert.ok(
    control.logs.some((e) => e.hint === '/control/plain' && e.event === 'csrf' && e.outcome === 'origin'),
    'refused by the origin check',
  );

  // The same handler with trustProxy: 1 accepts it, and its start cookie is the __Host- Secure one.
  const trusted = await startFromPage('/control/trusted/start');
  assert.equal(trusted.status, 204, trusted.body);
  const start = (await context.cookies(origin)).find((c) => c.name === '__Host-passwordless-start');
  assert.ok(start?.secure && start.httpOnly, 'a Secure, HttpOnly __Host-passwordless-start cookie');
  await waitForMessage(demo.emulator.url, email);
  await context.close();
});

proxyTest('control: without trustProxy, a forwarded https changes nothing (no __Host- names, no Secure)', async () => {
  // Straight to the control server, past nginx: a client claiming https in X-Forwarded-* headers.
  const email = `https-forged-${Date.now()}@example.com`;
  const headers = {
    ...JSON_HEADERS,
    'X-Forwarded-Proto': 'https',
    'X-Forwarded-Host': new URL(origin).host,
    Origin: origin,
  };
  const body = JSON.stringify({ connection: 'email', identifier: email });
  const plain = await fetch(`${control.upstream}/control/plain/start`, { method: 'POST', headers, body });
  assert.equal(plain.status, 403, 'the forwarded https origin is not believed');
  const plainHttp = await fetch(`${control.upstream}/control/plain/start`, {
    method: 'POST',
    headers: { ...headers, Origin: control.upstream, 'Idempotency-Key': idempotencyKey() },
    body,
  });
  assert.equal(plainHttp.status, 204);
  const [cookie] = plainHttp.headers.getSetCookie();
  assert.match(cookie, /^passwordless_start=/, 'the plain-http name');
  assert.doesNotMatch(cookie, /;\s*Secure/i);
});
