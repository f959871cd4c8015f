// @ts-check
// The built script-tag bundle loads only what a step needs: the entry renders the first step by itself, the rest of
// the element (the later chunk, src/later/) and auth0-js are fetched once the browser is idle (or the input gets focus), backend mode
// never fetches auth0-js, and the phone chunk (the country picker and its helpers) and metadata load only for SMS.
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

/** A page whose framework re-creates the element 50 ms after it connected. @param {string} attributes */
const recreate = (attributes) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>re-created</title>
<script type="module" src="/dist/passwordless-login.js"></script></head>
<body><div id="host"><passwordless-login ${attributes}></passwordless-login></div>
<script type="module">
  await customElements.whenDefined('passwordless-login');
  setTimeout(() => { document.getElementById('host').innerHTML = '<passwordless-login ${attributes}></passwordless-login>'; }, 50);
</script></body></html>`;

/** A page that sets the element's properties after connecting it, as frameworks do. @param {string} setup */
const properties = (setup) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>properties</title>
<script type="module" src="/dist/passwordless-login.js"></script></head>
<body><script type="module">
  await customElements.whenDefined('passwordless-login');
  const el = document.createElement('passwordless-login');
  document.body.append(el);
  ${setup}
</script></body></html>`;

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
      '/german.html': page('endpoint="/auth/passwordless" lang="de"'),
      '/blank.html': '<!doctype html><title>blank</title>',
      '/props-at-connect.html': properties('el.endpoint = "/auth/passwordless";'),
      '/props-after-render.html': properties('await el.updateComplete; el.endpoint = "/auth/passwordless";'),
      '/recreate-backend.html': recreate('endpoint="/auth/passwordless"'),
      '/recreate-spa.html': recreate('domain="tenant.example.com" client-id="x"'),
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page and records the JavaScript it requests (paths under /dist/). @param {string} path */
async function open(path, { holdAuth0 = false, holdView = false, neverIdle = false } = {}) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  // A browser that is never idle: only the element's own triggers (focus, pointerdown, a send) can load chunks.
  if (neverIdle) await tab.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0 }));
  /** @type {string[]} */
  const scripts = [];
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname.replace(/-[\w-]{8}\.js$/, '.js'));
  });
  /** @type {() => void} */
  let release = () => undefined;
  if (holdAuth0 || holdView) {
    const held = new Promise((resolve) => (release = () => resolve(undefined)));
    await tab.route(holdAuth0 ? /auth0\.min\.esm/ : /\/chunks\/later-/, async (route) => {
      await held;
      await route.continue();
    });
  }
  await tab.goto(`${site.url}${path}`);
  return { context, tab, scripts, release };
}

test('SPA mode: the first step renders while auth0-js is still on its way, and auth0-js is requested when idle, without any interaction', async () => {
  const { context, tab, scripts, release } = await open('/spa.html', { holdAuth0: true });
  await tab.getByLabel('Email address').waitFor();
  const deadline = Date.now() + 5000;
  while (!scripts.includes('/dist/chunks/auth0.min.esm.js') && Date.now() < deadline) await tab.waitForTimeout(50);
  assert.ok(scripts.includes('/dist/chunks/auth0.min.esm.js'), `auth0-js is fetched when idle (requested: ${scripts.join(', ')})`);
  assert.ok(scripts.includes('/dist/chunks/spa-transport.js'));
  assert.ok(!scripts.some((s) => s.includes('backend-transport')), 'backend mode is not loaded in SPA mode');
  assert.ok(!scripts.some((s) => s.includes('/chunks/min')), 'no phone metadata for email');
  assert.ok(!scripts.some((s) => s.includes('/chunks/phone')), 'no country picker for email');
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
  assert.ok(scripts.includes('/dist/chunks/phone.js'), `the phone chunk with the country picker is fetched (requested: ${scripts.join(', ')})`);
  // Its styles come with it: the open list is laid out as a bounded, scrolling list, not an unstyled bullet list.
  await tab.getByLabel('Country').press('ArrowDown');
  const list = tab.locator('passwordless-login [part~=country-list]');
  await list.waitFor();
  assert.deepEqual(await list.evaluate((ul) => [getComputedStyle(ul).overflowY, getComputedStyle(ul).listStyleType]), ['auto', 'none']);
  await context.close();
});

test('another language: its chunk is fetched alongside the rest of the element, and the first step speaks it without waiting for the rest', async () => {
  const { context, tab, scripts, release } = await open('/german.html', { holdView: true });
  await tab.getByLabel('E-Mail-Adresse').waitFor();
  assert.ok(scripts.some((s) => s.startsWith('/dist/chunks/de')), `the German chunk is requested (requested: ${scripts.join(', ')})`);
  assert.ok(scripts.some((s) => s.startsWith('/dist/chunks/later')), 'the rest of the element is requested too (and still held)');
  release();
  await tab.getByRole('button', { name: /Code senden/ }).waitFor();
  await context.close();
});

/** Answers backend mode's start as the server handler does, and counts the calls. @param {import('playwright-core').Page} tab */
async function fakeBackendStart(tab) {
  const calls = { start: 0 };
  await tab.route('**/auth/passwordless/start', async (route) => {
    calls.start += 1;
    await route.fulfill({ status: 204, headers: { 'X-Passwordless-Send': 'code' } });
  });
  return calls;
}

test('the entry alone shows the first step and takes typing; focus requests the rest; a send before it arrives waits for it and sends once', async () => {
  const { context, tab, scripts, release } = await open('/backend.html', { holdView: true, neverIdle: true });
  const calls = await fakeBackendStart(tab);
  const field = tab.getByLabel('Email address');
  await field.waitFor();
  await tab.waitForTimeout(300);
  assert.ok(!scripts.some((s) => s.startsWith('/dist/chunks/later')), `nothing but the entry before any interaction when the browser is never idle (requested: ${scripts.join(', ')})`);
  await field.fill('alice@example.com');
  await field.press('Enter');
  await field.press('Enter');
  await tab.waitForTimeout(300);
  assert.ok(scripts.some((s) => s.startsWith('/dist/chunks/later')), `the rest is requested on focus (requested: ${scripts.join(', ')})`);
  assert.equal(calls.start, 0, 'nothing is sent before the rest of the element arrives');
  assert.equal(await field.inputValue(), 'alice@example.com');
  const element = tab.locator('passwordless-login');
  assert.equal(await element.locator('[part~=submit-button]').textContent().then((t) => t?.trim()), 'Sending…', 'the send shows it is busy');
  assert.equal(await element.locator('[part~=submit-button]').getAttribute('aria-disabled'), 'true');
  assert.equal(await element.locator('[part~=status]').textContent(), 'Sending…', 'and says so in the status region');
  assert.ok(await element.evaluate((el) => el.matches(':state(busy)')));
  release();
  await tab.getByLabel('Verification code').waitFor();
  await tab.waitForTimeout(300);
  assert.equal(calls.start, 1, 'two presses, one message');
  assert.equal(await tab.evaluate(() => document.querySelector('passwordless-login')?.shadowRoot?.activeElement?.id), 'code', 'focus moves to the code');
  await context.close();
});

test('offline before the rest of the element arrives: what was typed stays, the element says so, and the next try loads it', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  let offline = true;
  /** @type {() => void} */
  let fail = () => undefined;
  const failing = new Promise((resolve) => (fail = () => resolve(undefined)));
  await tab.route(/\/chunks\/later-/, async (route) => {
    if (!offline) return route.continue();
    await failing; // both presses wait for the same failed load
    await route.abort('internetdisconnected');
  });
  const calls = await fakeBackendStart(tab);
  /** @type {string[]} */
  const errors = [];
  await tab.exposeFunction('recordError', (/** @type {string} */ code) => errors.push(code));
  /** @type {string[]} */
  const viewRequests = [];
  tab.on('request', (request) => request.url().includes('/chunks/later-') && viewRequests.push(new URL(request.url()).search));
  /** @type {string[]} */
  const scripts = [];
  tab.on('request', (request) => request.url().endsWith('.js') && scripts.push(new URL(request.url()).pathname));
  /** @type {string[]} */
  const warnings = [];
  tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await tab.addInitScript(() => {
    window.requestIdleCallback = () => 0; // the load starts with the first press
    document.addEventListener('passwordless-error', (e) => /** @type {any} */ (window).recordError(/** @type {CustomEvent} */ (e).detail.code));
  });
  await tab.goto(`${site.url}/backend.html`);
  const field = tab.getByLabel('Email address');
  await field.fill('alice@example.com');
  await field.press('Enter');
  await field.press('Enter');
  fail();
  await tab.locator('passwordless-login').getByText('We could not reach the sign-in service').waitFor();
  await tab.waitForTimeout(200);
  assert.equal(await field.inputValue(), 'alice@example.com');
  assert.equal(await field.getAttribute('aria-invalid'), 'false', 'a failed load is not the address\'s fault: the field stays as it was');
  assert.deepEqual(errors, ['network'], 'two presses, one failed load, one error');
  assert.equal(calls.start, 0);
  assert.ok(warnings.some((text) => text.includes('/chunks/later-')), `the developer hint names what failed (${warnings.join(' | ')})`);
  offline = false;
  await field.press('Enter');
  await tab.getByLabel('Verification code').waitFor();
  assert.equal(calls.start, 1);
  assert.ok(!scripts.some((path) => /\/chunks\/(check-ui|widgets)-/.test(path)), `no human check, none of its chunks (requested: ${scripts.join(', ')})`);
  // A browser may keep a failed import for the page (whatwg/html#6768): the retry asks for a fresh URL.
  assert.equal(viewRequests[0], '');
  assert.equal(viewRequests.length, 2, `one failed request, one retry, and no chunk asks for the first URL again (${viewRequests.join(', ')})`);
  assert.match(viewRequests[1], /^\?retry=\d+$/);
  await context.close();
});

test('a reload in the code step or a callback in the URL: the entry shows neither the first step nor a guess until the rest arrives', async () => {
  const record = { step: 'code', connection: 'email', send: 'code', identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com', resendAvailableAt: 0, sendCount: 1 };
  for (const [path, setup] of /** @type {const} */ ([
    ['/backend.html', 'resume'],
    ['/backend.html?passwordless=link_invalid', 'callback'],
  ])) {
    const { context, tab, release } = await open('/blank.html', { holdView: true });
    if (setup === 'resume') await tab.evaluate((r) => sessionStorage.setItem('passwordless-login:/auth/passwordless', JSON.stringify({ ...r, savedAt: Date.now() })), record);
    await tab.goto(`${site.url}${path}`);
    const element = tab.locator('passwordless-login');
    await element.locator('[part=form][aria-busy=true]').waitFor({ state: 'attached' });
    assert.equal(await element.locator('input, button').count(), 0, `${setup}: nothing to type into or press yet`);
    assert.equal(new URL(tab.url()).search, '', `${setup}: the URL is scrubbed before the rest arrives`);
    const states = () => element.evaluate((el) => ['identify', 'code', 'callback', 'error', 'busy'].filter((name) => el.matches(`:state(${name})`)));
    const height = () => element.evaluate((el) => el.getBoundingClientRect().height);
    const waitingHeight = await height();
    if (setup === 'callback') {
      assert.deepEqual(await states(), ['callback', 'busy'], 'the callback step, busy');
      assert.equal(await tab.evaluate(() => /** @type {any} */ (document.querySelector('passwordless-login'))?.step), 'callback');
      assert.equal(await element.locator('[part~=status]').textContent(), 'Signing you in…', 'announced from the first render');
      await element.getByText('Signing you in…').first().waitFor();
    } else {
      assert.deepEqual(await states(), ['busy'], 'no step claimed while none is on screen');
    }
    release();
    if (setup === 'resume') {
      await element.getByText('We sent a code to a•••@example.com').waitFor();
      const restored = await height();
      assert.ok(waitingHeight >= restored * 0.75, `resume: height reserved while waiting (${waitingHeight} px, then ${restored} px)`);
    } else await element.getByText('This sign-in link cannot be used here').waitFor();
    await context.close();
  }
});

test('a framework re-creates the element before the rest arrives: the new element finishes the callback (query string and fragment)', async () => {
  for (const [path, expected, code] of [
    ['/recreate-backend.html?passwordless=link_invalid', 'This sign-in link cannot be used here', 'link_invalid'],
    ['/recreate-spa.html#error=access_denied&error_description=denied&state=x', null, null],
  ]) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.route(/\/chunks\/later-/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await tab.addInitScript(() => {
      /** @type {any} */ (window).__events = [];
      for (const type of ['passwordless-error', 'passwordless-state-change'])
        document.addEventListener(type, (e) => /** @type {any} */ (window).__events.push([type, /** @type {CustomEvent} */ (e).detail]));
    });
    await tab.goto(`${site.url}${path}`);
    await tab.waitForFunction(() => /** @type {any} */ (window).__events.some((/** @type {any} */ [type]) => type === 'passwordless-error'), null, { timeout: 5000 }).catch(() => undefined);
    const events = await tab.evaluate(() => /** @type {any} */ (window).__events);
    assert.equal(await tab.evaluate(() => document.querySelectorAll('passwordless-login').length), 1);
    assert.equal(await tab.evaluate(() => /** @type {any} */ (document.querySelector('passwordless-login'))?.step), 'error', `${path}: the new element shows the callback's outcome (events: ${JSON.stringify(events)})`);
    const errors = events.filter((/** @type {any} */ [type]) => type === 'passwordless-error');
    assert.equal(errors.length, 1, `${path}: one error event`);
    if (code) assert.equal(errors[0][1].code, code);
    assert.deepEqual(events.filter((/** @type {any} */ [type]) => type === 'passwordless-state-change').map((/** @type {any} */ [, d]) => d.to), ['callback', 'error']);
    if (expected) await tab.locator('passwordless-login').getByText(expected).waitFor();
    assert.equal(new URL(tab.url()).search + new URL(tab.url()).hash, '', `${path}: the URL is scrubbed`);
    await context.close();
  }
});

const aliceInCode = { step: 'code', connection: 'email', send: 'code', identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com', resendAvailableAt: 0, sendCount: 1 };

/** Opens blank.html, writes a resume record for backend mode, then opens `path`. @param {import('playwright-core').Page} tab @param {string} path */
async function reloadInCodeStep(tab, path) {
  await tab.goto(`${site.url}/blank.html`);
  await tab.evaluate((r) => sessionStorage.setItem('passwordless-login:/auth/passwordless', JSON.stringify({ ...r, savedAt: Date.now() })), aliceInCode);
  await tab.goto(`${site.url}${path}`);
}

test('a reload in the code step while the rest of the element cannot load: an error and "Try again", no first step to type into; the retry restores the code step', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  // Never idle: otherwise the idle-time prefetch may bring the rest in by itself once back online, before the click.
  await tab.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0 }));
  let offline = true;
  await tab.route(/\/chunks\/later-/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const calls = await fakeBackendStart(tab);
  /** @type {string[]} */
  const errors = [];
  await tab.exposeFunction('recordError', (/** @type {string} */ code) => errors.push(code));
  await tab.addInitScript(() => document.addEventListener('passwordless-error', (e) => /** @type {any} */ (window).recordError(/** @type {CustomEvent} */ (e).detail.code)));
  await reloadInCodeStep(tab, '/backend.html');
  const element = tab.locator('passwordless-login');
  await element.getByText('We could not reach the sign-in service').waitFor();
  assert.equal(await element.locator('input').count(), 0, 'no first step: it would be replaced by the code step');
  assert.deepEqual(errors, ['network']);
  offline = false;
  await element.getByRole('button', { name: 'Try again' }).click();
  await element.getByText('We sent a code to a•••@example.com').waitFor();
  await tab.waitForTimeout(200);
  assert.deepEqual(errors, ['network'], 'the retry submits no empty code');
  assert.equal(await element.getByLabel('Verification code').inputValue(), '');
  assert.equal(calls.start, 0);
  await context.close();
});

test('a resume record and properties set after connect: restored when they are set before the first render, ignored once the first step was in use', async () => {
  for (const path of ['/props-at-connect.html', '/props-after-render.html']) {
    const { context, tab, release } = await open('/blank.html', { holdView: true });
    await reloadInCodeStep(tab, path);
    const element = tab.locator('passwordless-login');
    if (path === '/props-at-connect.html') {
      await element.locator('[part=form][aria-busy=true]').waitFor({ state: 'attached' });
      assert.equal(await element.locator('input').count(), 0, `${path}: the first step is not shown only to be replaced`);
      release();
      await element.getByText('We sent a code to a•••@example.com').waitFor();
    } else {
      const field = element.getByLabel('Email address');
      await field.fill('bob@exa');
      release();
      await tab.waitForFunction(() => /** @type {any} */ (document.querySelector('passwordless-login'))?.shadowRoot?.adoptedStyleSheets.length > 1);
      await tab.waitForTimeout(300);
      assert.equal(await tab.evaluate(() => /** @type {any} */ (document.querySelector('passwordless-login'))?.step), 'identify', `${path}: the step in use stays`);
      assert.equal(await field.inputValue(), 'bob@exa', `${path}: what was typed stays`);
    }
    await context.close();
  }
});

test('an element removed while its send waits for the rest of the element sends nothing', async () => {
  const { context, tab, release } = await open('/backend.html', { holdView: true });
  const calls = await fakeBackendStart(tab);
  const field = tab.getByLabel('Email address');
  await field.fill('alice@example.com');
  await field.press('Enter');
  await tab.evaluate(() => document.querySelector('passwordless-login')?.remove());
  release();
  await tab.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/chunks/later-')));
  await tab.waitForTimeout(500);
  assert.equal(calls.start, 0);
  await context.close();
});

test('every source file lands in the chunk its folder or name says (docs/architecture.md), and lazy chunks import only the entry or chunks of their own', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dist = `${root}dist`;
  const files = ['passwordless-login.js', ...(await readdir(`${dist}/chunks`)).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  /** @type {Map<string, string>} source (relative to the repository) → the file it was bundled into */
  const home = new Map();
  for (const file of files) {
    const map = JSON.parse(await readFile(`${dist}/${file}.map`, 'utf8'));
    for (const source of map.sources) {
      const path = new URL(source, `file://${dist}/${file}`).pathname.slice(root.length);
      if (/^(src|protocol)\//.test(path)) home.set(path, file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, ''));
    }
  }
  assert.ok(home.size > 30, `the source maps name the sources (${home.size})`);
  for (const [source, chunk] of home) {
    const name = source.split('/').at(-1)?.replace(/\.ts$/, '') ?? '';
    // A locale's file is its code: "de.ts", "zh-tw.ts" (not en.ts, en-first-step.ts, or index.ts, the table of them).
    const locale = /^src\/i18n\/locales\/([a-z]{2,3}(?:-[a-z\d]+)?)\.ts$/.exec(source)?.[1];
    // The server renderer (and its unsafeStatic, security-static.test.js) never reaches a page's bundle.
    assert.notEqual(source, 'src/ssr.ts', `${source} is in the browser build (${chunk})`);
    if (name.endsWith('.chunk')) assert.equal(chunk, `chunks/${name.replace(/\.chunk$/, '')}`, `${source} is a chunk of its own`);
    else if (source.startsWith('src/input/phone/')) assert.equal(chunk, 'chunks/phone', `${source} comes with the phone chunk (SMS only)`);
    else if (source.startsWith('src/later/human-check/widgets/')) assert.equal(chunk, 'chunks/widgets', `${source} comes with the widgets chunk (third-party checks only)`);
    else if (source.startsWith('src/later/human-check/ui/')) assert.equal(chunk, 'chunks/check-ui', `${source} comes with the check's chunk (only once there is a check to show)`);
    else if (source.startsWith('src/later/passkeys/')) assert.equal(chunk, 'chunks/passkeys', `${source} comes with the passkey chunk (only elements with the passkeys attribute)`);
    else if (source === 'src/i18n/locales/index.ts') assert.equal(chunk, 'chunks/locales', `${source} (the table of locales) is a chunk of its own`);
    else if (source === 'src/i18n/plural.ts') assert.notEqual(chunk, 'passwordless-login', `${source} comes with the locales that count`);
    else if (locale && !['en', 'en-first-step'].includes(locale)) assert.equal(chunk, `chunks/${locale}`, `${source} is a chunk of its own`);
    else if (/^src\/(later|input)\//.test(source) || ['src/flow/machine.ts', 'src/flow/human-check.ts', 'src/flow/passkeys.ts', 'src/i18n/localize.ts', 'src/i18n/locales/en.ts'].includes(source)) {
      assert.equal(chunk, 'chunks/later', `${source} is in the later chunk`);
    } else if (source.startsWith('src/transport/')) assert.notEqual(chunk, 'passwordless-login', `${source} goes with the chunks that use it`);
    else if (/^src\/events\/passwordless-(start|authenticated|signed-out)\.ts$/.test(source)) assert.equal(chunk, 'chunks/later', `${source} goes where it is dispatched`);
    else if (!source.startsWith('protocol/')) assert.equal(chunk, 'passwordless-login', `${source} is in the entry (${chunk})`);
  }
  for (const file of files.filter((f) => f.startsWith('chunks/'))) {
    const code = await readFile(`${dist}/${file}`, 'utf8');
    for (const [, target] of code.matchAll(/from\s*["'`]([^"'`]+)["'`]/g)) {
      const imported = new URL(target, `file://${dist}/${file}`).pathname.slice(dist.length + 1).replace(/-[\w-]{8}\.js$/, '');
      // A lazy chunk that imported another lazy chunk (other than a leaf of its own) would refetch it after a failed load.
      assert.ok(imported === 'passwordless-login.js' || !/^chunks\/(later|spa-transport|backend-transport)$/.test(imported), `${file} imports ${imported}`);
    }
  }
});
