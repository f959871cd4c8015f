// @ts-check
// Time to an interactive email input, measured inside the page.
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
 * Loads `url` in a fresh browser context (empty cache) and waits for the probe.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ host?: string, selector: string }} target
 * @returns {Promise<{ readyAt: number, paintedAt: number, heap: number | null }>}
 */
export async function measureOnce(browser, url, target) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe, target);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => /** @type {any} */ (window).__bench?.ready === true, null, { timeout: 30_000, polling: 50 });
    return await page.evaluate(() => /** @type {any} */ (window).__bench);
  } finally {
    await context.close();
  }
}
