// @ts-check
// The browser tests of web-test-runner.config.mjs (same files, plugins and timeouts) in WebKit: WebKitGTK's MiniBrowser
// through WebKitWebDriver and @web/test-runner-webdriver (webdriverio, WebDriver classic), on an Xvfb display. The
// launcher starts the display and the driver itself and stops them when the run ends (scripts/engines.js). Run by
// `npm test` after Chromium and Firefox.
// What WebKitGTK cannot do is skipped inside the tests, by feature detection: the dark-scheme tests (emulateMedia
// needs the Chrome DevTools Protocol) and the WebOTP test (no navigator.credentials).
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findEngine, startWebKitDisplay, startWebKitDriver } from './scripts/engines.js';
import base from './web-test-runner.config.mjs';

const { engine, reason } = findEngine('webkit');
if (!engine || engine.name !== 'webkit') throw new Error(reason);
const webkit = engine;

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', path: '/', logLevel: 'error', connectionRetryCount: 0, connectionRetryTimeout: 60_000, capabilities: { browserName: 'MiniBrowser' } });
    /** @type {Awaited<ReturnType<typeof startWebKitDisplay>> | undefined} */ this.display = undefined;
    /** @type {Awaited<ReturnType<typeof startWebKitDriver>> | undefined} */ this.webkitDriver = undefined;
  }

  /** @param {import('@web/test-runner-core').TestRunnerCoreConfig} config @param {string[]} testFiles */
  async initialize(config, testFiles) {
    this.display = await startWebKitDisplay(webkit);
    this.webkitDriver = await startWebKitDriver(webkit, { display: this.display.display });
    // Read when the first session starts (webdriverio's remote()).
    Object.assign(this.options, { port: this.webkitDriver.port, capabilities: this.webkitDriver.capabilities });
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop(); // ends the session, so its MiniBrowser
    await this.webkitDriver?.stop();
    await this.display?.stop();
  }
}

export default {
  ...base,
  browsers: [new WebKitLauncher()],
};
