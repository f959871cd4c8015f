// @ts-check
// Finds the browser engines the tests run in, and starts what WebKit needs. Nothing here downloads a browser:
//   Chromium  scripts/chrome-path.js (CHROME_PATH, or Debian's chromium)
//   Firefox   FIREFOX_PATH, or Debian's firefox-esr (apt-get install firefox-esr), driven by puppeteer-core over
//             WebDriver BiDi
//   WebKit    WebKitGTK's MiniBrowser through WebKitWebDriver (apt-get install webkit2gtk-driver), on a virtual
//             display of its own (apt-get install xvfb); WEBKIT_DRIVER_PATH and MINIBROWSER_PATH override
// An engine that is missing is skipped with the reason `findEngine` gives, except under CI (CI set), where
// `engineOrSkip` makes it an error: .ci/run installs all three.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { chromePath } from './chrome-path.js';

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */
/**
 * @typedef {{ name: 'chromium', label: string, executablePath: string }
 *   | { name: 'firefox', label: string, executablePath: string }
 *   | { name: 'webkit', label: string, driverPath: string, miniBrowserPath: string, xvfbPath: string | null }} Engine
 */

/** @type {EngineName[]} */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];
export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** Firefox prefs for every run: no back-forward cache (with it, puppeteer's goBack over BiDi never settles). */
export const firefoxPrefs = { 'browser.sessionhistory.max_total_viewers': 0 };

/** @param {string} command @returns {string | null} the first executable of that name on PATH */
function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** @param {string | undefined} fromEnv @param {string} variable @param {string[]} candidates */
function pick(fromEnv, variable, candidates) {
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${variable} is set to ${fromEnv}, but no file is there.`);
  }
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** WebKitGTK's MiniBrowser lives in the library directory of its API version, per architecture. */
function miniBrowserCandidates() {
  /** @type {string[]} */
  const found = [];
  for (const lib of ['/usr/lib', '/usr/lib64', '/usr/libexec']) {
    /** @type {string[]} */
    let entries = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      found.push(join(lib, api, 'MiniBrowser'));
      for (const entry of entries) if (entry.endsWith('-linux-gnu')) found.push(join(lib, entry, api, 'MiniBrowser'));
    }
  }
  return found;
}

/**
 * Where an engine is on this machine.
 * @param {EngineName} name
 * @returns {{ engine: Engine, reason?: undefined } | { engine?: undefined, reason: string }} the engine, or why it cannot run here
 */
export function findEngine(name) {
  const label = ENGINE_LABELS[name];
  try {
    if (name === 'chromium') return { engine: { name, label, executablePath: chromePath() } };
    if (name === 'firefox') {
      const executablePath = pick(process.env.FIREFOX_PATH, 'FIREFOX_PATH', [
        '/usr/bin/firefox-esr',
        '/usr/lib/firefox-esr/firefox-esr',
        '/usr/bin/firefox',
        '/Applications/Firefox.app/Contents/MacOS/firefox',
      ]);
      if (!executablePath) return { reason: 'Firefox not found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH=/path/to/firefox' };
      return { engine: { name, label, executablePath } };
    }
    if (process.platform !== 'linux') return { reason: 'WebKit runs here as WebKitGTK, which is Linux only' };
    const driverPath = pick(process.env.WEBKIT_DRIVER_PATH, 'WEBKIT_DRIVER_PATH', []) ?? onPath('WebKitWebDriver');
    const miniBrowserPath = pick(process.env.MINIBROWSER_PATH, 'MINIBROWSER_PATH', miniBrowserCandidates());
    if (!driverPath || !miniBrowserPath) {
      return { reason: 'WebKit not found: install WebKitWebDriver and MiniBrowser (Debian: apt-get install webkit2gtk-driver) or set WEBKIT_DRIVER_PATH and MINIBROWSER_PATH' };
    }
    // MiniBrowser needs a display: a virtual one of its own when Xvfb is there (nothing pops up), else the desktop's.
    const xvfbPath = onPath('Xvfb');
    if (!xvfbPath && !process.env.DISPLAY) return { reason: 'WebKit needs a display and Xvfb was not found: install it (Debian: apt-get install xvfb)' };
    return { engine: { name, label, driverPath, miniBrowserPath, xvfbPath } };
  } catch (error) {
    return { reason: /** @type {Error} */ (error).message };
  }
}

/**
 * The engine, or the reason to skip it; under CI a missing engine throws instead (CI must run in all of them).
 * @param {EngineName} name
 */
export function engineOrSkip(name) {
  const found = findEngine(name);
  if (found.reason && process.env.CI) throw new Error(`${ENGINE_LABELS[name]} is required in CI (CI is set) but cannot run: ${found.reason.replace(/\.$/, '')}. .ci/run installs it.`);
  return found;
}

/** @returns {Promise<number>} */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Children still running when Node exits (a crash, a timeout) are killed then, so no Xvfb or driver outlives a run. */
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** @param {import('node:child_process').ChildProcess} child @param {number} graceMs */
async function stopChild(child, graceMs = 3000) {
  if (child.exitCode !== null || child.signalCode !== null) return running.delete(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
  if ((await Promise.race([exited.then(() => true), timer.then(() => false)])) === false) {
    child.kill('SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  }
  running.delete(child);
}

/**
 * Xvfb on a display number it picks itself (written to fd 3), so parallel runs never collide.
 * @param {string} xvfbPath @param {number} timeoutMs
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, display: string }>}
 */
function startXvfb(xvfbPath, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    running.add(child);
    let display = '';
    let errors = '';
    const fail = (/** @type {string} */ why) => {
      clearTimeout(timer);
      void stopChild(child);
      reject(new Error(`Xvfb ${why}: ${errors.trim().slice(-500)}`));
    };
    const timer = setTimeout(() => fail(`gave no display within ${timeoutMs} ms`), timeoutMs);
    child.stderr?.on('data', (chunk) => (errors += chunk));
    child.stdio[3]?.on('data', (chunk) => {
      display += chunk;
      if (!display.includes('\n')) return;
      clearTimeout(timer);
      resolve({ child, display: `:${display.trim()}` });
    });
    child.once('error', (error) => fail(`did not start (${error.message})`));
    child.once('exit', (code) => fail(`exited (${code})`));
  });
}

/** @param {number} port @param {number} timeoutMs @param {() => string} log */
async function waitForListening(port, timeoutMs, log) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const listening = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (listening) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms: ${log().slice(-500)}`);
}

/**
 * The display WebKit's MiniBrowsers open on: a virtual one of their own (Xvfb, on a display number it picks itself)
 * when Xvfb is there, else the desktop's ($DISPLAY).
 * @param {Extract<Engine, { name: 'webkit' }>} engine
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ display: string | undefined, stop(): Promise<void> }>}
 */
export async function startWebKitDisplay(engine, { timeoutMs = 15_000 } = {}) {
  if (!engine.xvfbPath) return { display: process.env.DISPLAY, stop: async () => {} };
  const xvfb = await startXvfb(engine.xvfbPath, timeoutMs);
  return { display: xvfb.display, stop: () => stopChild(xvfb.child).then(() => {}) };
}

/**
 * Starts WebKitWebDriver on a free loopback port. It holds one WebDriver session at a time, and each session is a
 * fresh MiniBrowser with an ephemeral profile: one driver per isolated browser.
 * @param {Extract<Engine, { name: 'webkit' }>} engine
 * @param {{ display: string | undefined, timeoutMs?: number }} options
 * @returns {Promise<{ port: number, capabilities: WebdriverIO.Capabilities, stop(): Promise<void> }>}
 */
export async function startWebKitDriver(engine, { display, timeoutMs = 15_000 }) {
  const port = await freeLoopbackPort();
  let log = '';
  const driver = spawn(engine.driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(display ? { DISPLAY: display } : {}) },
  });
  running.add(driver);
  for (const stream of [driver.stdout, driver.stderr]) stream?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  const stop = () => stopChild(driver).then(() => {});
  try {
    await waitForListening(port, timeoutMs, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    capabilities: /** @type {WebdriverIO.Capabilities} */ ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: engine.miniBrowserPath, args: ['--automation'] },
      // WebKitGTK has no WebDriver BiDi; without this webdriverio asks for it and no session matches.
      'wdio:enforceWebDriverClassic': true,
    }),
    stop,
  };
}
