// @ts-check
// One small API to drive a page the same way in Chromium, Firefox and WebKit, for end-to-end flows written once:
//   Chromium  playwright-core (test/helpers/browser.js)
//   Firefox   puppeteer-core over WebDriver BiDi (Debian's firefox-esr)
//   WebKit    webdriverio over WebDriver classic: WebKitWebDriver and WebKitGTK's MiniBrowser on an Xvfb display,
//             both started and stopped here (scripts/engines.js)
// Fields, buttons and text are found by one script run inside the page (`deepFind`), which descends into open shadow
// roots; the drivers' own locators differ (puppeteer's ::-p-aria does not pierce shadow roots in Firefox, WebDriver has
// no role or label locators). Typing and clicking are each driver's native input, as a person would do them.
// Every step has a deadline, so a stuck browser fails the test rather than hanging it.
// A context can open more pages (`newPage`), as tabs of one browser: same cookies and storage, BroadcastChannel between
// them. Each engine's page is built by one function (chromiumPage, firefoxPage, webkitPage) for every page.
import { after, before, describe } from 'node:test';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { ENGINE_LABELS, ENGINE_NAMES, engineOrSkip, firefoxPrefs, startWebKitDisplay, startWebKitDriver } from '../../scripts/engines.js';
import { launchBrowser } from './browser.js';

export { ENGINE_NAMES };

/**
 * @typedef {{ name: string, value: string, domain: string, path: string, httpOnly: boolean, secure: boolean, sameSite?: string }} Cookie
 * @typedef {object} EnginePage
 * @property {(url: string) => Promise<void>} goto opens the URL and waits for its load event
 * @property {(label: string, value: string) => Promise<void>} fill types into the field with this label (its
 *   `<label>` text or aria-label), replacing what it holds
 * @property {(name: string) => Promise<void>} click clicks the button with this text or aria-label
 * @property {(text: string, options?: { timeoutMs?: number }) => Promise<void>} waitForText waits until visible
 *   text contains this, across navigations
 * @property {() => Promise<string>} url
 * @property {<T, A>(fn: (arg: A) => T, arg?: A) => Promise<Awaited<T>>} evaluate runs a function in the page
 * @typedef {object} EngineContext a fresh, isolated browser profile with one page (in WebKit, a MiniBrowser of its own)
 * @property {EnginePage} page
 * @property {() => Promise<EnginePage>} newPage another tab of the same profile, opened on about:blank, as a person
 *   opens a second tab: it shares the cookies and localStorage, has a sessionStorage of its own (it has no opener),
 *   and BroadcastChannel messages reach it from the context's other pages and from it to them. In WebKit it is a
 *   second window of the same MiniBrowser (WebDriver classic drives one window at a time: each page's commands first
 *   switch to its window, and the context's pages run their commands one at a time, never interleaved)
 * @property {() => Promise<Cookie[]>} cookies the context's cookies (in WebKit, WebDriver classic: those of the
 *   current URL of `page`, the first page, HttpOnly ones included)
 * @property {() => Promise<void>} close closes the context and every page of it
 * @typedef {object} EngineBrowser
 * @property {import('../../scripts/engines.js').EngineName} name
 * @property {string} label Chromium, Firefox or WebKit
 * @property {() => Promise<EngineContext>} newContext
 * @property {() => Promise<void>} close
 */

/** Deadlines: starting a browser, one navigation or command, and waiting for something to appear. */
export const LAUNCH_TIMEOUT_MS = 60_000;
export const STEP_TIMEOUT_MS = 30_000;
export const WAIT_TIMEOUT_MS = 15_000;

/**
 * Runs inside the page (serialised by each driver, so it must use nothing from outside itself): the first visible
 * element of that kind, searching the document and every open shadow root.
 * @param {{ kind: 'field' | 'button' | 'text', name: string }} query
 * @returns {Element | null}
 */
function deepFind({ kind, name }) {
  /** @type {Element[]} */
  const all = [];
  /** @type {(Document | ShadowRoot)[]} */
  const roots = [document];
  for (let root = roots.shift(); root; root = roots.shift()) {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  const text = (/** @type {Node | null | undefined} */ node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const visible = (/** @type {Element} */ element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  if (kind === 'field') {
    for (const element of all) {
      const control = element instanceof HTMLLabelElement ? element.control : null;
      if (control && text(element) === name && visible(control)) return control;
      if (element.getAttribute('aria-label') === name && element.matches('input, textarea, select') && visible(element)) return element;
    }
    return null;
  }
  if (kind === 'button') {
    return all.find((element) => element.matches('button, [role="button"], input[type="submit"]') &&
      (text(element) === name || element.getAttribute('aria-label') === name || (element instanceof HTMLInputElement && element.value === name)) &&
      visible(element)) ?? null;
  }
  // The innermost element whose text contains it (text in a shadow root is not in its host's textContent).
  const holding = all.filter((element) => text(element).includes(name) && visible(element));
  return holding.sort((a, b) => text(a).length - text(b).length)[0] ?? null;
}

/** The page's visible text, shadow roots included, for error messages. Runs inside the page. */
function deepText() {
  /** @type {string[]} */
  const parts = [];
  const walk = (/** @type {Node} */ node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && ['SCRIPT', 'STYLE'].includes(node.tagName)) return;
    for (const child of (node instanceof Element && node.shadowRoot ? node.shadowRoot : node).childNodes) walk(child);
  };
  walk(document.body ?? document.documentElement);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * @template T
 * @param {Promise<T>} promise @param {number} ms @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, expired])).finally(() => clearTimeout(timer));
}

/**
 * Polls `find` until it gives something, through navigations (a page being replaced throws; that is retried).
 * @template T
 * @param {() => Promise<T | null | undefined>} find @param {string} what @param {number} timeoutMs
 * @param {() => Promise<string>} describe what the page shows, for the error
 * @returns {Promise<T>}
 */
async function poll(find, what, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  for (;;) {
    try {
      const found = await withTimeout(find(), STEP_TIMEOUT_MS, what);
      if (found) return found;
    } catch (error) {
      lastError = String(/** @type {Error} */ (error).message ?? error).split('\n')[0] ?? '';
    }
    if (Date.now() > deadline) {
      const shown = await withTimeout(describe(), 5000, 'reading the page').catch(() => '(the page could not be read)');
      throw new Error(`${what} not found within ${timeoutMs} ms${lastError ? ` (last error: ${lastError})` : ''}. The page shows: ${shown.slice(0, 600)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The engine's browser, or why it cannot run here (a skip reason). Under CI a missing engine throws: CI runs in all.
 * @param {import('../../scripts/engines.js').EngineName} name
 * @returns {{ skip: false, launch: () => Promise<EngineBrowser> } | { skip: string, launch?: undefined }}
 */
export function engine(name) {
  const { engine, reason } = engineOrSkip(name);
  if (!engine) return { skip: String(reason) };
  if (engine.name === 'chromium') return { skip: false, launch: () => launchChromium(engine.label) };
  if (engine.name === 'firefox') return { skip: false, launch: () => launchFirefox(engine.label, engine.executablePath) };
  return { skip: false, launch: () => launchWebKit(engine) };
}

/** @param {import('playwright-core').Page} page a page of a context whose default timeout is set @returns {EnginePage} */
function chromiumPage(page) {
  /** @param {'field' | 'button' | 'text'} kind @param {string} name @param {number} [timeoutMs] */
  const element = (kind, name, timeoutMs = WAIT_TIMEOUT_MS) =>
    poll(async () => {
      const handle = await page.evaluateHandle(deepFind, { kind, name });
      const found = handle.asElement();
      if (!found) await handle.dispose();
      return found;
    }, `${kind} "${name}"`, timeoutMs, () => page.evaluate(deepText));
  return {
    goto: async (url) => void (await page.goto(url)),
    fill: async (label, value) => (await element('field', label)).fill(value),
    click: async (name) => (await element('button', name)).click(),
    waitForText: async (text, { timeoutMs = WAIT_TIMEOUT_MS } = {}) => void (await element('text', text, timeoutMs)),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(/** @type {any} */ (fn), arg),
  };
}

/**
 * The same tests in every engine: one `describe` per engine, titled `${label}${title}`, whose browser is launched once
 * before its tests and closed after them. `body` gets the engine's name and label and `newContext(t)`, a fresh,
 * isolated profile closed when the test ends, passed or failed. An engine that is not installed is skipped with the
 * reason; under CI every test of it fails with the reason instead (.ci/run installs all three).
 * @param {string} title
 * @param {(engine: { name: import('../../scripts/engines.js').EngineName, label: string, newContext: (t: import('node:test').TestContext) => Promise<EngineContext> }) => void} body
 */
export function describeEveryEngine(title, body) {
  for (const name of ENGINE_NAMES) {
    const label = ENGINE_LABELS[name];
    /** @type {ReturnType<typeof engine> | { error: unknown, skip: false, launch?: undefined }} */
    let found;
    try {
      found = engine(name);
    } catch (error) {
      found = { error, skip: false };
    }
    if (found.skip) console.log(`# ${label} skipped: ${found.skip}`);
    describe(`${label}${title}`, { skip: found.skip }, () => {
      /** @type {EngineBrowser | undefined} */ let browser;
      before(async () => {
        if ('error' in found) throw found.error;
        browser = await /** @type {() => Promise<EngineBrowser>} */ (found.launch)();
      });
      after(async () => {
        await browser?.close();
      });
      body({
        name,
        label,
        async newContext(t) {
          const context = await /** @type {EngineBrowser} */ (browser).newContext();
          t.after(() => context.close());
          return context;
        },
      });
    });
  }
}

/** @param {string} label @returns {Promise<EngineBrowser>} */
async function launchChromium(label) {
  const browser = await launchBrowser({ timeout: LAUNCH_TIMEOUT_MS });
  return {
    name: 'chromium',
    label,
    async newContext() {
      const context = await browser.newContext();
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      return {
        page: chromiumPage(await context.newPage()),
        newPage: async () => chromiumPage(await context.newPage()),
        cookies: async () => (await context.cookies()).map(({ name, value, domain, path, httpOnly, secure, sameSite }) => ({ name, value, domain, path, httpOnly, secure, sameSite })),
        close: () => withTimeout(context.close(), STEP_TIMEOUT_MS, 'closing a Chromium context'),
      };
    },
    close: () => withTimeout(browser.close(), STEP_TIMEOUT_MS, 'closing Chromium'),
  };
}

/** @param {import('puppeteer-core').Page} page @returns {EnginePage} */
function firefoxPage(page) {
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  /** @param {'field' | 'button' | 'text'} kind @param {string} name @param {number} [timeoutMs] */
  const element = (kind, name, timeoutMs = WAIT_TIMEOUT_MS) =>
    poll(async () => {
      const handle = await page.evaluateHandle(deepFind, { kind, name });
      const found = /** @type {import('puppeteer-core').ElementHandle<Element> | null} */ (handle.asElement());
      if (!found) await handle.dispose();
      return found;
    }, `${kind} "${name}"`, timeoutMs, () => page.evaluate(deepText));
  return {
    goto: async (url) => void (await page.goto(url)),
    async fill(label, value) {
      const field = await element('field', label);
      await field.evaluate((input) => /** @type {HTMLInputElement} */ (input).select?.()); // typing replaces what is there
      await field.type(value);
    },
    click: async (name) => (await element('button', name)).click(),
    waitForText: async (text, { timeoutMs = WAIT_TIMEOUT_MS } = {}) => void (await element('text', text, timeoutMs)),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(/** @type {any} */ (fn), arg),
  };
}

/** @param {string} label @param {string} executablePath @returns {Promise<EngineBrowser>} */
async function launchFirefox(label, executablePath) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    protocolTimeout: STEP_TIMEOUT_MS,
    extraPrefsFirefox: firefoxPrefs,
  });
  return {
    name: 'firefox',
    label,
    async newContext() {
      const context = await browser.createBrowserContext();
      return {
        page: firefoxPage(await context.newPage()),
        newPage: async () => firefoxPage(await context.newPage()),
        cookies: async () => (await context.cookies()).map(({ name, value, domain, path, httpOnly = false, secure, sameSite }) => ({ name, value, domain, path, httpOnly, secure, sameSite })),
        close: () => withTimeout(context.close(), STEP_TIMEOUT_MS, 'closing a Firefox context'),
      };
    },
    async close() {
      try {
        await withTimeout(browser.close(), STEP_TIMEOUT_MS, 'closing Firefox');
      } catch (error) {
        browser.process()?.kill('SIGKILL');
        throw error;
      }
    },
  };
}

/**
 * @typedef {<T>(step: () => Promise<T>) => Promise<T>} OnWindow runs one step of WebDriver commands on a window
 */

/**
 * WebDriver classic drives one window of a session at a time. Each of the session's pages runs its steps through
 * `onWindow(its handle)`: steps run one at a time, in the order they were asked for, whichever page asks, and each
 * first switches to its page's window if the session is on another.
 * @param {WebdriverIO.Browser} session
 * @returns {(handle: string) => OnWindow}
 */
function windowSwitcher(session) {
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();
  /** @type {string | null} the window the session is on, when it is known */
  let current = null;
  return (handle) => (step) => {
    const run = queue.then(async () => {
      if (handle !== current) {
        current = null; // unknown if the switch fails
        await session.switchToWindow(handle);
        current = handle;
      }
      return step();
    });
    queue = run.catch(() => {});
    return run;
  };
}

/**
 * A page of a WebKit session: one window, whose every step runs through `onWindow`.
 * @param {WebdriverIO.Browser} session @param {OnWindow} onWindow @returns {EnginePage}
 */
function webkitPage(session, onWindow) {
  /** @template T @param {(arg: any) => T} fn @param {unknown} [arg] */
  const run = (fn, arg) => onWindow(() => session.execute(fn, arg));
  /**
   * The element's WebDriver reference, once it is there; each poll is a step of its own, so other pages' steps run
   * between them.
   * @param {'field' | 'button' | 'text'} kind @param {string} name @param {number} [timeoutMs]
   */
  const find = (kind, name, timeoutMs = WAIT_TIMEOUT_MS) =>
    poll(() => run(deepFind, { kind, name }), `${kind} "${name}"`, timeoutMs, () => run(deepText));
  return {
    goto: (url) => onWindow(async () => void (await session.url(url))),
    // setValue clears, then sends the keys to the element; a click first would fail on a field in a shadow root
    // (WebKitWebDriver answers "element click intercepted").
    fill: async (label, value) => {
      const reference = await find('field', label);
      await onWindow(async () => (await session.$(/** @type {any} */ (reference))).setValue(value));
    },
    click: async (name) => {
      const reference = await find('button', name);
      await onWindow(async () => (await session.$(/** @type {any} */ (reference))).click());
    },
    waitForText: async (text, { timeoutMs = WAIT_TIMEOUT_MS } = {}) => void (await find('text', text, timeoutMs)),
    url: () => onWindow(() => session.getUrl()),
    evaluate: (fn, arg) => /** @type {any} */ (run(fn, arg)),
  };
}

/** @param {Extract<import('../../scripts/engines.js').Engine, { name: 'webkit' }>} engine @returns {Promise<EngineBrowser>} */
async function launchWebKit(engine) {
  const { display, stop: stopDisplay } = await startWebKitDisplay(engine, { timeoutMs: LAUNCH_TIMEOUT_MS });
  /** @type {Set<() => Promise<void>>} */
  const open = new Set();
  return {
    name: 'webkit',
    label: engine.label,
    async newContext() {
      // WebKitWebDriver holds one session at a time, and a session is one MiniBrowser with an ephemeral profile of
      // its own: a driver per context.
      const driver = await startWebKitDriver(engine, { display, timeoutMs: LAUNCH_TIMEOUT_MS });
      /** @type {WebdriverIO.Browser} */
      let session;
      try {
        session = await remote({
          hostname: '127.0.0.1',
          port: driver.port,
          path: '/',
          logLevel: 'error',
          connectionRetryCount: 0,
          connectionRetryTimeout: LAUNCH_TIMEOUT_MS,
          capabilities: { ...driver.capabilities, timeouts: { pageLoad: STEP_TIMEOUT_MS, script: STEP_TIMEOUT_MS, implicit: 0 } },
        });
      } catch (error) {
        await driver.stop();
        throw error;
      }
      const close = async () => {
        if (!open.delete(close)) return;
        try {
          await withTimeout(session.deleteSession(), 10_000, 'closing a MiniBrowser');
        } finally {
          await driver.stop(); // ends its MiniBrowser too, if the session did not
        }
      };
      open.add(close);
      const onWindow = windowSwitcher(session);
      const first = onWindow(await session.getWindowHandle());
      return {
        page: webkitPage(session, first),
        async newPage() {
          // A window of its own rather than a tab: MiniBrowser shows one tab of a window, and switching to a hidden
          // tab does not bring it forward (its document stays hidden). The WebDriver command, not window.open: the
          // new page has no opener and so a sessionStorage of its own, as a tab a person opens.
          const { handle } = await first(() => session.createWindow('window'));
          return webkitPage(session, onWindow(handle));
        },
        cookies: () => first(async () => (await session.getCookies()).map(({ name, value, domain = '', path = '/', httpOnly = false, secure = false, sameSite }) => ({ name, value, domain, path, httpOnly, secure, sameSite }))),
        close,
      };
    },
    async close() {
      await Promise.allSettled([...open].map((close) => close()));
      await stopDisplay();
    },
  };
}
