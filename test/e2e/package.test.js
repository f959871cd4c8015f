// @ts-check
// The published package as a user gets it: `npm pack` (which builds), the tarball installed into a fresh project,
// and every subpath of its `exports` map imported there: the browser ones bundled by Vite and run in Chromium,
// all of them in plain Node (importing on a server must not throw), and their types checked by tsc.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { launchBrowser } from '../helpers/browser.js';
import { startStaticServer } from '../helpers/static-server.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/** @type {string} */ let work;
/** @type {string} */ let project;
/** @type {import('playwright-core').Browser | undefined} */ let browser;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'passwordless-login-package-'));
  project = join(work, 'app');
  await mkdir(project);
  // prepack runs `npm run build`: the bundle, dist/lib, the server types and custom-elements.json.
  const { stdout } = await run(npm, ['pack', '--pack-destination', work, '--silent'], { cwd: root, maxBuffer: 64 << 20 });
  const tarball = join(work, stdout.trim().split('\n').at(-1) ?? '');
  const dev = pkg.devDependencies;
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'package-test-app',
      private: true,
      type: 'module',
      dependencies: {
        'passwordless-login': `file:${tarball}`,
        react: dev.react,
        'react-dom': dev['react-dom'],
        '@types/react': dev['@types/react'],
        '@types/node': dev['@types/node'], // a Node server's own; passwordless-login/server/node's types use node:http
      },
    }),
  );
  // Offline when the local npm cache has everything (it does after `npm ci` here); the registry otherwise.
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: project,
    maxBuffer: 64 << 20,
  });
});

after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the tarball holds the builds, the server, the emulator and the manifest, and no sources or tests', async () => {
  const installed = join(project, 'node_modules', 'passwordless-login');
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  for (const target of Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))) {
    await assert.doesNotReject(readFile(join(installed, target)), `exports target ${target} is in the package`);
  }
  await readFile(join(installed, 'dist', 'passwordless-login.js'));
  await readFile(join(installed, 'emulator', 'cli.js'));
  const { stdout: listing } = await run('find', ['.', '-type', 'f'], { cwd: installed });
  assert.doesNotMatch(listing, /\.\/(src|test|demo|scripts)\//);
  assert.equal(listing.split('\n').filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).length, 0, 'no TypeScript sources');

  const elements = JSON.parse(await readFile(join(installed, manifest.customElements), 'utf8'));
  const element = elements.modules.flatMap((/** @type {any} */ m) => m.declarations ?? []).find((/** @type {any} */ d) => d.tagName === 'passwordless-login');
  assert.ok(element, 'custom-elements.json declares <passwordless-login>');
  const names = (/** @type {string} */ key) => (element[key] ?? []).map((/** @type {{ name: string }} */ x) => x.name);
  assert.deepEqual(names('events'), ['passwordless-state-change', 'passwordless-start', 'passwordless-authenticated', 'passwordless-error', 'passwordless-signed-out']);
  assert.deepEqual(names('slots'), ['header', 'footer']);
  assert.deepEqual(names('cssStates'), ['identify', 'code', 'check-email', 'continue', 'callback', 'success', 'passkey-offer', 'error', 'busy']);
  for (const part of ['base', 'header', 'form', 'label', 'input', 'hint', 'submit-button', 'secondary-button', 'status', 'error', 'footer']) {
    assert.ok(names('cssParts').includes(part), `css part ${part}`);
  }
  assert.ok(names('cssProperties').every((/** @type {string} */ name) => name.startsWith('--passwordless-')));
  assert.ok(names('attributes').includes('client-id'));
  assert.ok(!names('members').includes('internals'), 'private members are left out');
});

test('every subpath imports in plain Node without throwing (server-side rendering)', async () => {
  const script = `
    const results = {};
    for (const path of ['passwordless-login', 'passwordless-login/passwordless-login.js', 'passwordless-login/testing',
                        'passwordless-login/react', 'passwordless-login/server', 'passwordless-login/server/node',
                        'passwordless-login/ssr', 'passwordless-login/hydrate']) {
      const module = await import(path);
      results[path] = Object.keys(module).sort();
    }
    const React = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { PasswordlessLogin } = await import('passwordless-login/react');
    results.ssr = renderToString(React.createElement(PasswordlessLogin, { clientId: 'x' }));
    const { renderPasswordlessLogin } = await import('passwordless-login/ssr');
    results.rendered = await renderPasswordlessLogin({ 'client-id': 'x', domain: 'tenant.example.com' }, { lang: 'de' });
    results.manifest = (await import('passwordless-login/custom-elements.json', { with: { type: 'json' } })).default.schemaVersion;
    console.log(JSON.stringify(results));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
  const results = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
  assert.ok(results['passwordless-login'].includes('PasswordlessLogin'));
  assert.ok(results['passwordless-login'].includes('registerMessages'));
  assert.ok(results['passwordless-login/passwordless-login.js'].includes('PasswordlessLogin'));
  assert.deepEqual(results['passwordless-login/testing'], ['FakeTransport', 'previewState', 'useHumanCheckStandIns']);
  assert.ok(results['passwordless-login/react'].includes('PasswordlessLogin'));
  assert.deepEqual(results['passwordless-login/server'], ['StoreUnavailableError', 'createPasswordlessHandler', 'getSession', 'memoryStore', 'redisStore', 'revokeSessions']);
  assert.ok(results['passwordless-login/server/node'].includes('toNodeHandler'));
  assert.equal(results.ssr, '<passwordless-login></passwordless-login>');
  assert.deepEqual(results['passwordless-login/ssr'], ['renderPasswordlessLogin']);
  assert.deepEqual(results['passwordless-login/hydrate'], ['hydrated']);
  assert.match(results.rendered, /^<passwordless-login client-id="x" domain="tenant.example.com"><template shadowroot="open" shadowrootmode="open"/);
  assert.match(results.rendered, /E-Mail-Adresse/);
  // The browser test below hydrates it.
  await writeFile(join(project, 'rendered.html'), results.rendered);
  assert.match(results.manifest, /^\d+\.\d+\.\d+$/);

  const { stdout: help } = await run(join(project, 'node_modules', '.bin', 'passwordless-login-emulator'), ['--help'], { cwd: project });
  assert.match(help, /Usage: passwordless-login-emulator/);
});

test('the types of every subpath check with tsc', async () => {
  await writeFile(
    join(project, 'check.ts'),
    `import { PasswordlessLogin, registerMessages, type PasswordlessTransport, type LoginErrorCode } from 'passwordless-login';
import 'passwordless-login/passwordless-login.js';
import { FakeTransport, previewState, useHumanCheckStandIns } from 'passwordless-login/testing';
import { PasswordlessLogin as ReactLogin, type PasswordlessLoginProps } from 'passwordless-login/react';
import { createPasswordlessHandler, getSession, memoryStore, redisStore, revokeSessions, type PasswordlessHandlerOptions } from 'passwordless-login/server';
import { toNodeHandler } from 'passwordless-login/server/node';
import { renderPasswordlessLogin, type PasswordlessLoginAttributes } from 'passwordless-login/ssr';
import { hydrated } from 'passwordless-login/hydrate';

const element: PasswordlessLogin = document.createElement('passwordless-login');
element.customTransport = new FakeTransport() satisfies PasswordlessTransport;
element.addEventListener('passwordless-authenticated', (event) => event.detail.user.sub);
previewState(element, { step: 'code', error: 'wrong_code' });
const stopStandIns: () => void = useHumanCheckStandIns('http://localhost:4400');
stopStandIns();
const code: LoginErrorCode = 'invalid_email';
registerMessages;
const props: PasswordlessLoginProps = { clientId: 'x', onPasswordlessError: (event) => event.detail.code };
ReactLogin;
const options: PasswordlessHandlerOptions = { domain: 'd', clientId: 'c', clientSecret: 's', sessionSecret: 's'.repeat(32), callbackUrl: 'http://x/cb', store: memoryStore(), sessionIdleSeconds: 1800, trustProxy: 1, dotInsensitiveDomains: ['example.com'] };
redisStore;
const handler = createPasswordlessHandler(options);
const response: Promise<Response> = handler(new Request('http://x/'));
getSession;
const revoked: Promise<void> = revokeSessions('auth0|1', options);
toNodeHandler(handler);
const attributes: PasswordlessLoginAttributes = { endpoint: '/auth', passkeys: true };
const rendered: Promise<string> = renderPasswordlessLogin(attributes, { lang: 'de' });
const done: Promise<void> = hydrated;
export { code, props, response, revoked, rendered, done };
`,
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true, noEmit: true, skipLibCheck: false, types: ['node'],
      },
      files: ['check.ts'],
    }),
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).catch((error) => error);
  assert.equal(result.code ?? 0, 0, `tsc found errors:\n${result.stdout}${result.stderr}`);
});

test('the browser subpaths work in Chromium when bundled by Vite, and "." is free of side effects', async () => {
  await writeFile(
    join(project, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>package</title></head>
<body><div id="react"></div><passwordless-login id="german" lang="de" client-id="x"></passwordless-login>
<script type="module" src="./main.js"></script></body></html>`,
  );
  await writeFile(
    join(project, 'main.js'),
    `import { PasswordlessLogin, LOGIN_STEPS } from 'passwordless-login';
import { PasswordlessLogin as Defined } from 'passwordless-login/passwordless-login.js';
import { FakeTransport } from 'passwordless-login/testing';
import { PasswordlessLogin as ReactLogin } from 'passwordless-login/react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

window.__events = [];
window.__checks = {
  sameClass: PasswordlessLogin === Defined,
  defined: customElements.get('passwordless-login') === PasswordlessLogin,
  steps: LOGIN_STEPS,
};
createRoot(document.querySelector('#react')).render(
  createElement(ReactLogin, {
    id: 'from-react',
    clientId: 'react-app',
    customTransport: new FakeTransport(),
    onPasswordlessStart: (event) => window.__events.push(event.detail),
  }),
);
`,
  );
  // A server-rendered page (the element from passwordless-login/ssr, above) hydrated by passwordless-login/hydrate.
  await writeFile(
    join(project, 'ssr.html'),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>ssr</title>
<script type="module" src="./ssr-main.js"></script></head>
<body>${await readFile(join(project, 'rendered.html'), 'utf8')}</body></html>`,
  );
  await writeFile(join(project, 'ssr-main.js'), `import { hydrated } from 'passwordless-login/hydrate';\nhydrated.then(() => { window.__hydrated = true; });\n`);
  await writeFile(join(project, 'pure.js'), `import { LOGIN_STEPS } from 'passwordless-login';\nconsole.log(LOGIN_STEPS);\n`);

  const output = join(project, 'dist');
  await build({
    configFile: false,
    root: project,
    logLevel: 'error',
    build: { outDir: output, emptyOutDir: true, rolldownOptions: { input: { index: join(project, 'index.html'), ssr: join(project, 'ssr.html'), pure: join(project, 'pure.js') } } },
  });

  // "." alone, with nothing but a constant used, leaves the element, Lit and the define call out.
  const { stdout: files } = await run('find', ['assets', '-name', 'pure*.js'], { cwd: output });
  const pure = await readFile(join(output, files.trim().split('\n')[0] ?? ''), 'utf8');
  assert.doesNotMatch(pure, /customElements|LitElement|lit-html/);
  assert.ok(pure.length < 2000, `the side-effect-free entry is ${pure.length} bytes`);

  // The script-tag bundle as shipped, served from a deep path as a CDN would.
  await cp(join(project, 'node_modules', 'passwordless-login', 'dist'), join(output, 'cdn', 'npm', 'passwordless-login', 'dist'), { recursive: true });
  const site = await startStaticServer({
    root: output,
    pages: {
      '/script-tag.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdn</title>
<script type="module" src="/cdn/npm/passwordless-login/dist/passwordless-login.js"></script></head>
<body><passwordless-login lang="fr" client-id="x" domain="tenant.example.com"></passwordless-login></body></html>`,
    },
  });
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}/index.html`);
    await page.locator('#from-react input').waitFor();
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__checks), {
      sameClass: true,
      defined: true,
      steps: ['identify', 'code', 'check-email', 'continue', 'callback', 'success', 'passkey-offer', 'error'],
    });
    // A lazy locale chunk loads through the consumer's bundle.
    await page.locator('#german').getByLabel('E-Mail-Adresse').waitFor();
    // The React wrapper drives the element; its typed event prop hears the start.
    await page.locator('#from-react').getByLabel('Email address').fill('alice@example.com');
    await page.locator('#from-react').getByRole('button', { name: 'Send code' }).click();
    await page.locator('#from-react').getByLabel('Verification code').waitFor();
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__events), [
      { connection: 'email', send: 'code', recipient: 'a•••@example.com' },
    ]);

    await page.goto(`${site.url}/ssr.html`);
    await page.waitForFunction(() => /** @type {any} */ (window).__hydrated === true);
    assert.ok(await page.evaluate(() => document.querySelector('passwordless-login')?.matches(':state(identify)')), 'hydrated');
    await page.getByLabel('E-Mail-Adresse').fill('bob@example.com');
    await page.getByRole('button', { name: 'Code senden' }).waitFor();

    await page.goto(`${site.url}/script-tag.html`);
    await page.getByLabel('Adresse e-mail').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await site.close();
  }
});
