// @ts-check
// A small "customer site" for the security and reliability suites: the BUILT dist/ served by a plain node:http
// server (so every response header, CSP included, is ours), the backend-mode handler mounted from server/ via
// toNodeHandler, and the emulator with this origin registered. Pages are added by the tests at run time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { randomBytes } from 'node:crypto';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { createPasswordlessHandler } from '../../server/index.js';
import { toNodeHandler } from '../../server/node.js';
import { closeServer, listenLoopback } from '../../emulator/listen.js';
import { freePort } from './free-port.js';
import { sendFile } from './static-server.js';
import { waitForMessage } from './outbox.js';

const root = new URL('../..', import.meta.url).pathname;

/** @type {Promise<string> | undefined} */
let built;
/**
 * The script-tag build (vite.config.ts, as `npm run build`), into a directory of this process: other test files and
 * other people's runs rebuild dist/ at any moment, and a page must never load chunks that vanish under it.
 */
function buildOwnDist() {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'passwordless-login-security-'));
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}
export const SESSION_SECRET = 'security-suite-session-secret-0123456789abcdef';
/** The backend's client secret: a canary, searched for in everything the browser sees. */
export const CANARY_SECRET = 'canary-secret-5e1f0c9b7a3d2e4f6a8b';

/**
 * @typedef {object} PageSpec
 * @property {string} [attributes] raw attribute text for the element (the test owns escaping)
 * @property {string} [body] replaces the default body (use `{{element}}` for the element's markup)
 * @property {string} [head] extra head markup (use `{{nonce}}` for the response's script nonce)
 * @property {string} [csp] a Content-Security-Policy header (`{{nonce}}` replaced by the response's nonce)
 * @property {Record<string, string>} [headers] more response headers
 * @property {boolean} [spa] register this path as an Allowed Callback URL of the SPA client (default true)
 */

/**
 * @param {{ emulatorConfig?: (config: any) => void }} [options]
 */
export async function startSecuritySite(options = {}) {
  const dist = await buildOwnDist();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const config = structuredClone(defaultConfig);
  const spa = /** @type {any} */ (config.clients.find((/** @type {any} */ c) => c.client_id === 'demo-spa'));
  const regular = /** @type {any} */ (config.clients.find((/** @type {any} */ c) => c.client_id === 'demo-regular'));
  const other = `http://127.0.0.1:${port}`;
  spa.callbacks = [`${origin}/`];
  // The 127.0.0.1 host is a second origin of the same server, cross-SITE to the emulator on localhost: it plays a
  // browser that blocks third-party cookies (test 27) and an attacker's site (clickjacking, postMessage).
  spa.allowed_origins = [origin, other];
  spa.allowed_logout_urls = [`${origin}/`];
  regular.client_secret = CANARY_SECRET;
  regular.callbacks = [`${origin}/auth/passwordless/callback`];
  regular.allowed_origins = [origin];
  regular.allowed_logout_urls = [`${origin}/`];
  // A tenant's exact lists, not the built-in config's "any local port": what is not listed here is refused.
  spa.any_localhost_port = false;
  regular.any_localhost_port = false;
  // Many sign-ins from one address in one run: the per-IP start limit has its own test (emulator-parity).
  config.rate_limits = { ...config.rate_limits, passwordless_start_per_ip_per_hour: 100_000 };
  options.emulatorConfig?.(config);

  /** Every request the emulator answered: `METHOD /path STATUS Nms`. */
  const emulatorLog = /** @type {string[]} */ ([]);
  /** Every entry the backend handler logged, as JSON. */
  const serverLog = /** @type {string[]} */ ([]);
  const emulator = await startEmulator({ port: 0, config, log: (line) => emulatorLog.push(line) });
  // The same object the emulator checks redirect URIs against: pages added later become callbacks.
  const spaClient = /** @type {any} */ (emulator.config.clients.find((/** @type {any} */ c) => c.client_id === 'demo-spa'));

  const common = {
    domain: emulator.url,
    clientId: 'demo-regular',
    clientSecret: CANARY_SECRET,
    sessionSecret: SESSION_SECRET,
    callbackUrl: `${origin}/auth/passwordless/callback`,
    loginUrl: '/backend.html',
    allowedOrigins: [origin],
    // Every sign-in of the run comes from one address (127.0.0.1): more than the default 20 starts per address per
    // hour. The handler's throttles have their own tests (test/node/server-throttle*.test.js).
    rateLimits: { perIp: { max: 100_000, windowSeconds: 3600 } },
    log: (/** @type {unknown} */ entry) => serverLog.push(JSON.stringify(entry)),
  };
  const codes = toNodeHandler(createPasswordlessHandler({ ...common, send: 'code' }));
  const links = toNodeHandler(createPasswordlessHandler({ ...common, send: 'link', basePath: '/auth/passwordless-link' }));

  /** @type {Map<string, PageSpec>} */
  const pages = new Map();

  /** @type {import('../../emulator/listen.js').Handler} */
  const handle = (req, res) => {
    codes(req, res, () => links(req, res, async () => {
      const url = new URL(req.url ?? '/', origin);
      const spec = pages.get(url.pathname);
      if (spec) {
        const nonce = randomBytes(12).toString('base64');
        const element = `<passwordless-login ${spec.attributes ?? `domain="${emulator.url}" client-id="demo-spa"`}></passwordless-login>`;
        const head = (spec.head ?? '').replaceAll('{{nonce}}', nonce);
        const body = (spec.body ?? '{{element}}').replaceAll('{{element}}', element).replaceAll('{{nonce}}', nonce);
        /** @type {Record<string, string>} */
        const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', ...spec.headers };
        if (spec.csp) headers['content-security-policy'] = spec.csp.replaceAll('{{nonce}}', nonce);
        res.writeHead(200, headers);
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test page</title>${head}` +
          `<script type="module" nonce="${nonce}" src="/dist/passwordless-login.js"></script></head><body>${body}</body></html>`);
        return;
      }
      if (url.pathname.startsWith('/dist/')) {
        await sendFile(res, dist, url.pathname.slice('/dist/'.length));
        return;
      }
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' }).end();
    }));
  };
  // Both 127.0.0.1 and ::1: http://127.0.0.1:PORT is then a second, cross-origin (same-site) host for attacker pages.
  const { servers } = await listenLoopback(handle, port);

  return {
    url: origin,
    /** Where this run's build is (what the pages load as /dist/). */
    dist,
    /** The same server under another origin (127.0.0.1): for attacker pages and cross-origin frames. */
    otherOrigin: other,
    emulator,
    emulatorLog,
    serverLog,
    /** Adds (or replaces) a page. SPA pages become Allowed Callback URLs. @param {string} path @param {PageSpec} [spec] */
    page(path, spec = {}) {
      pages.set(path, spec);
      for (const callback of [`${origin}${path}`, `${other}${path}`]) {
        if (spec.spa !== false && !spaClient.callbacks.includes(callback)) spaClient.callbacks.push(callback);
      }
      return `${origin}${path}`;
    },
    /** How many requests matching `METHOD /path` the emulator answered so far. @param {string} route */
    count(route) {
      return emulatorLog.filter((line) => line.startsWith(`${route} `)).length;
    },
    /** @param {object} fault see POST /__emulator/faults */
    async fault(fault) {
      const r = await fetch(`${emulator.url}/__emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault) });
      if (r.status !== 201) throw new Error(`fault refused: ${await r.text()}`);
    },
    /** @param {string} defect see POST /__emulator/token-faults */
    async tokenFault(defect) {
      const r = await fetch(`${emulator.url}/__emulator/token-faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ defect }) });
      if (r.status !== 201) throw new Error(`token fault refused: ${await r.text()}`);
    },
    async clearFaults() {
      await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' });
      await fetch(`${emulator.url}/__emulator/token-faults`, { method: 'DELETE' });
    },
    async close() {
      await Promise.all(servers.map(closeServer));
      await emulator.close();
      await rm(dist, { recursive: true, force: true });
    },
  };
}

/** Events the element dispatches, recorded from before any script of the page runs. */
export const RECORD_EVENTS = () => {
  const w = /** @type {any} */ (window);
  w.__events = [];
  w.__violations = [];
  for (const name of ['passwordless-start', 'passwordless-authenticated', 'passwordless-error', 'passwordless-state-change']) {
    document.addEventListener(name, (event) => w.__events.push({ type: name, detail: JSON.parse(JSON.stringify(/** @type {CustomEvent} */ (event).detail ?? null)) }));
  }
  document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
};

/**
 * A fresh browser profile (context) whose pages record the element's events, CSP violations, page errors and
 * console messages.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function openProfile(browser, options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript(RECORD_EVENTS);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000); // generous: the suites share two cores with other test runs
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const consoleLines = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  return {
    context,
    page,
    errors,
    console: consoleLines,
    /** @param {string} [type] */
    events: (type) => page.evaluate((type) => /** @type {any} */ (window).__events.filter((/** @type {any} */ e) => !type || e.type === type), type),
    violations: () => page.evaluate(() => /** @type {any} */ (window).__violations),
    close: () => context.close(),
  };
}

/**
 * A profile (openProfile) whose every document reports Content-Security-Policy violations into `violations`, across
 * navigations; `cspConsole()` is what the console said of CSP and Trusted Types.
 * @param {import('playwright-core').Browser} browser
 */
export async function openStrictProfile(browser) {
  const p = await openProfile(browser);
  /** @type {string[]} */
  const violations = [];
  await p.context.exposeBinding('__cspViolation', (_source, text) => violations.push(String(text)));
  await p.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      /** @type {any} */ (window).__cspViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const cspConsole = () => p.console.filter((line) => /Content Security Policy|Trusted Type|Refused to/i.test(line));
  return { ...p, violations, cspConsole };
}

/**
 * Waits until the emulator has sent `count` messages to `to`; returns the newest, untyped as the suites read its
 * link or code as the case may be.
 * @param {string} emulatorUrl @param {string} to
 * @returns {Promise<any>}
 */
export function messageTo(emulatorUrl, to, count = 1) {
  return waitForMessage(emulatorUrl, to, { count });
}

export { messagesTo } from './outbox.js';

/**
 * The strict policy of the security plan's test 10 (nonce-based scripts, Trusted Types for Lit); `connect` is the
 * Auth0 (emulator) origin in SPA mode, `'self'` in backend mode; `styleExtra` is added to style-src.
 * @param {string} connect @param {string} [styleExtra]
 */
export const strictCsp = (connect, styleExtra = '') =>
  `default-src 'none'; script-src 'nonce-{{nonce}}' 'strict-dynamic'; style-src 'self'${styleExtra}; connect-src ${connect} 'self'; frame-src ${connect}; ` +
  "img-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Asks for a sign-in link for `email` as a person would (type it, press Enter) and waits until the element says
 * it was sent. @param {import('playwright-core').Page} page @param {string} email
 */
export async function askForLink(page, email) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Email address').focus(); await page.keyboard.press('Enter');
  await page.locator('passwordless-login').getByText('We sent a sign-in link').waitFor();
}

let serial = 0;
/** A unique address per call. @param {string} tag */
export const uniqueEmail = (tag) => `${tag}-${process.pid}-${++serial}-${Date.now() % 100000}@example.com`;
