// @ts-check
// The setting most end-to-end files share: the demo on the built-in emulator and one Chromium, started before the
// file's tests and stopped after them.
import { before, after } from 'node:test';
import { launchBrowser } from './browser.js';
import { startDemo } from './demo-server.js';

/**
 * @typedef {{ demo: Awaited<ReturnType<typeof startDemo>>, browser: import('playwright-core').Browser }} DemoSuite
 * @param {(started: DemoSuite) => void} use receives them once started (assign them to the file's own variables)
 */
export function withDemoAndBrowser(use) {
  /** @type {Partial<DemoSuite>} */
  const started = {};
  before(async () => {
    started.demo = await startDemo();
    started.browser = await launchBrowser();
    use(/** @type {DemoSuite} */ (started));
  });
  after(async () => {
    await started.browser?.close();
    await started.demo?.close();
  });
}
