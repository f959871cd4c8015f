// @ts-check
// The built script-tag bundle loads only what a step needs: the first step renders without auth0-js, auth0-js
// is fetched once the browser is idle (or the input gets focus), backend mode never fetches it, and the phone
// metadata loads only for SMS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../helpers/browser.js';
import { buildDist } from '../helpers/build.js';
import { startStaticServer } from '../helpers/static-server.js';

const root = new URL('../..', import.meta.url).pathname;
/** @param {string} attributes */
const page = (attributes) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lazy</title>
<script type="module" src="/dist/passwordless-login.js"></script></head>
<body><passwordless-login ${attributes}></passwordless-login></body></html>`;

/** @type {{ url: string, close(): Promise<void> }} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  await buildDist();
  site = await startStaticServer({
    root,
    pages: {
      '/spa.html': page('domain="tenant.example.com" client-id="x"'),
      '/backend.html': page('endpoint="/auth/passwordless"'),
      '/sms.html': page('domain="tenant.example.com" client-id="x" connection="sms"'),
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page and records the JavaScript it requests (paths under /dist/). @param {string} path */
async function open(path, { holdAuth0 = false } = {}) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  /** @type {string[]} */
  const scripts = [];
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname.replace(/-[\w-]{8}\.js$/, '.js'));
  });
  /** @type {() => void} */
  let release = () => undefined;
  if (holdAuth0) {
    const held = new Promise((resolve) => (release = () => resolve(undefined)));
    await tab.route(/auth0\.min\.esm/, async (route) => {
      await held;
      await route.continue();
    });
  }
  await tab.goto(`${site.url}${path}`);
  return { context, tab, scripts, release };
}

test('SPA mode: the first step renders while auth0-js is still on its way, then auth0-js arrives without any interaction', async () => {
  const { context, tab, scripts, release } = await open('/spa.html', { holdAuth0: true });
  await tab.getByLabel('Email address').waitFor();
  const deadline = Date.now() + 5000;
  while (!scripts.includes('/dist/chunks/auth0.min.esm.js') && Date.now() < deadline) await tab.waitForTimeout(50);
  assert.ok(scripts.includes('/dist/chunks/auth0.min.esm.js'), `auth0-js is fetched when idle (requested: ${scripts.join(', ')})`);
  assert.ok(scripts.includes('/dist/chunks/spa-transport.js'));
  assert.ok(!scripts.some((s) => s.includes('backend-transport')), 'backend mode is not loaded in SPA mode');
  assert.ok(!scripts.some((s) => s.includes('/chunks/min')), 'no phone metadata for email');
  // The field works while auth0-js is held back.
  await tab.getByLabel('Email address').fill('alice@example.com');
  assert.equal(await tab.getByLabel('Email address').inputValue(), 'alice@example.com');
  release();
  await context.close();
});

test('backend mode never fetches auth0-js', async () => {
  const { context, tab, scripts } = await open('/backend.html');
  await tab.getByLabel('Email address').focus();
  const deadline = Date.now() + 5000;
  while (!scripts.includes('/dist/chunks/backend-transport.js') && Date.now() < deadline) await tab.waitForTimeout(50);
  assert.ok(scripts.includes('/dist/chunks/backend-transport.js'), `the backend transport is fetched (requested: ${scripts.join(', ')})`);
  await tab.waitForTimeout(300);
  assert.ok(!scripts.some((s) => s.includes('auth0.min')), `auth0-js is not loaded in backend mode (requested: ${scripts.join(', ')})`);
  await context.close();
});

test('SMS loads the phone metadata', async () => {
  const { context, tab, scripts } = await open('/sms.html');
  await tab.getByLabel('Phone number').waitFor();
  await tab.getByLabel('Country').waitFor();
  assert.ok(scripts.some((s) => s.includes('/chunks/min')), `the phone metadata is fetched (requested: ${scripts.join(', ')})`);
  await context.close();
});
