// @ts-check
// The browser tests of web-test-runner.config.mjs (same files, plugins and timeouts) in Firefox: Debian's firefox-esr,
// or FIREFOX_PATH, driven by puppeteer-core over WebDriver BiDi through Web Test Runner's Chrome launcher (handed
// puppeteer-core, it launches whatever `launchOptions.browser` names). Run by `npm test` after Chromium.
// What Firefox cannot do is skipped inside the tests, by feature detection: the dark-scheme tests (emulateMedia needs
// the Chrome DevTools Protocol), and the one-time-code autocomplete property is checked as the attribute.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { findEngine, firefoxPrefs } from './scripts/engines.js';
import base from './web-test-runner.config.mjs';

const { engine, reason } = findEngine('firefox');
if (!engine || engine.name !== 'firefox') throw new Error(reason);

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: { browser: 'firefox', executablePath: engine.executablePath, headless: true, extraPrefsFirefox: firefoxPrefs },
    }),
  ],
};
