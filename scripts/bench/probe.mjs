// @ts-check
// Time to an interactive email input, measured inside the page; and the page's layout shift once it has settled.
import { layoutShiftOf, observeLayoutShifts } from './layout-shift.mjs';
//
// "Interactive" means all of these hold at once for the page's email input:
//   1. it is connected to the document (for <passwordless-login>, inside the element's shadow root);
//   2. it has a non-empty box inside the viewport, computed visibility "visible", and neither it nor any
//      ancestor (across shadow roots) has opacity 0;
//   3. it is neither disabled nor read-only;
//   4. it takes focus, and text inserted the way typing inserts it (document.execCommand('insertText'))
//      shows up in its value.
// The check runs on every DOM mutation (shadow roots included), on every animation frame and on load. The
// figure reported is the first frame after that moment (requestAnimationFrame, then a task): when the person
// can see the field. All times are performance.now(), i.e. milliseconds since navigation start. The JS heap
// (performance.memory with --enable-precise-memory-info) is read at the moment the input passes, before the
// probe touches it and before anything the page defers to idle time runs.

/**
 * Installed with page.addInitScript before any page script runs. Writes window.__bench.
 * @param {{ host?: string, selector: string }} target host: a custom element whose shadow root holds the input
 */
export function probe({ host, selector }) {
  /** @type {{ ready: boolean, readyAt?: number, paintedAt?: number, heap?: number | null }} */
  const result = { ready: false };
  /** @type {any} */ (window).__bench = result;
  const rootOf = () => (host ? document.querySelector(host)?.shadowRoot ?? null : document);
  /** @param {HTMLElement} el */
  const visible = (el) => {
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return false;
    if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    /** @type {Node | null} */
    let node = el;
    while (node && node.nodeType !== Node.DOCUMENT_NODE) {
      if (node.nodeType === Node.ELEMENT_NODE && Number(getComputedStyle(/** @type {Element} */ (node)).opacity) === 0) return false;
      node = node.parentNode ?? /** @type {ShadowRoot} */ (node).host ?? null;
    }
    return true;
  };
  let done = false;
  const check = () => {
    if (done) return;
    const root = rootOf();
    const input = /** @type {HTMLInputElement | null | undefined} */ (root?.querySelector(selector));
    if (!root || !input || !input.isConnected || input.disabled || input.readOnly || !visible(input)) return;
    const heap = /** @type {any} */ (performance).memory?.usedJSHeapSize ?? null;
    const readyAt = performance.now();
    input.focus();
    if (/** @type {Document | ShadowRoot} */ (root).activeElement !== input) return;
    const before = input.value;
    document.execCommand('insertText', false, 'a');
    if (input.value !== `${before}a`) return;
    done = true;
    observer.disconnect();
    Object.assign(result, { readyAt, heap });
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => Object.assign(result, { paintedAt: performance.now(), ready: true });
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(check);
  /** @param {Node} node */
  const observe = (node) => observer.observe(node, { childList: true, subtree: true, attributes: true });
  observe(document);
  const attachShadow = Element.prototype.attachShadow;
  /** @param {ShadowRootInit} init */
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    observe(shadow);
    return shadow;
  };
  const frame = () => {
    check();
    if (!done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener('load', check);
}

/**
 * Lighthouse's slow 4G, as DevTools throttling applies it to one page: 150 ms round trip, 1.6 Mbps down, 750 Kbps up
 * (Kbps = 1,024 bit/s, as Lighthouse counts), CPU 4× slower.
 */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

/**
 * Loads `url` in a fresh browser context (empty cache), waits for the probe, then for the page to settle (no request
 * for 500 ms: the rest of an element has loaded and rendered) and reads its cumulative layout shift.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ host?: string, selector: string }} target
 * @param {{ throttle?: typeof SLOW_4G }} [options]
 * @returns {Promise<{ readyAt: number, paintedAt: number, heap: number | null, cls: number, errors: string[] }>}
 */
export async function measureOnce(browser, url, target, { throttle } = {}) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe, target);
    await context.addInitScript(observeLayoutShifts);
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = []; // a page that throws (a hydration that does not match) is not measuring what it should
    page.on('pageerror', (error) => errors.push(error.message));
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      const { latency, downloadThroughput, uploadThroughput, cpu } = throttle;
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => /** @type {any} */ (window).__bench?.ready === true, null, { timeout: 60_000, polling: 50 });
    const result = await page.evaluate(() => /** @type {any} */ (window).__bench);
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const { value: cls } = await layoutShiftOf(page);
    return { ...result, cls, errors };
  } finally {
    await context.close();
  }
}
