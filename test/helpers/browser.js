// @ts-check
// Launches the local Chromium through playwright-core for node:test suites.
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from '../../scripts/chrome-path.js';

/** @param {import('playwright-core').LaunchOptions} [options] */
export function launchBrowser(options = {}) {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: chromeArgs, ...options });
}
