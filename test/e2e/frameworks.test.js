// @ts-check
// The element outside React, as the README shows it: its Vue 3 and Svelte 5 snippets, extracted and compiled by each
// framework's own tooling (Vite with @vitejs/plugin-vue, using the README's vite.config.js, and with
// @sveltejs/vite-plugin-svelte), run in Chromium against the emulator. Each sets a property (`messages`), listens to
// the element's events and reads `step`, and a person signs in by email code through it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'vite';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { waitForMessage } from '../helpers/outbox.js';
import { startStaticServer } from '../helpers/static-server.js';

const root = new URL('../..', import.meta.url).pathname;
// Inside the repository, so that the apps' imports (vue, svelte, the plugins) resolve from its node_modules.
const work = join(root, 'node_modules', '.cache', 'frameworks-test');

/** The fenced block right after `<!-- readme-snippet: NAME … -->` in README.md. @param {string} readme @param {string} name */
function snippet(readme, name) {
  const match = new RegExp(`<!-- readme-snippet: ${name} [^>]*-->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
  assert.ok(match, `README.md has the ${name} snippet`);
  return /** @type {string} */ (match[1]);
}

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
/** @type {Awaited<ReturnType<typeof startStaticServer>>} */ let site;
/** @type {import('playwright-core').Browser} */ let browser;

/**
 * The package's own modules (dist/lib, what its `exports` point at, built by `npm run build:lib`), where an app would
 * import the installed package: the package.json's `sideEffects` then keeps the defining import, as it does for users.
 */
const packageAliases = [
  { find: /^passwordless-login\/passwordless-login\.js$/, replacement: join(root, 'dist/lib/src/passwordless-login.js') },
  { find: /^passwordless-login$/, replacement: join(root, 'dist/lib/src/index.js') },
];

/**
 * Builds one app with Vite into `work/NAME/dist`. @param {string} name
 * @param {{ component: string, file: string, main: string, configFile?: string, plugins?: import('vite').PluginOption[] }} app
 */
async function buildApp(name, app) {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, app.file), app.component);
  await writeFile(join(dir, 'main.js'), app.main);
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>`);
  if (app.configFile) await writeFile(join(dir, 'vite.config.js'), app.configFile);
  await build({
    root: dir,
    base: `/${name}/dist/`,
    configFile: app.configFile ? join(dir, 'vite.config.js') : false,
    logLevel: 'error',
    plugins: app.plugins ?? [],
    resolve: { alias: packageAliases },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
}

before(async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')]);
  emulator = await startEmulator({ port: 0, config: defaultConfig });
  /** The snippet with this emulator as the tenant, as a reader replaces the placeholders with their own. @param {string} text */
  const forEmulator = (text) => text.replaceAll('tenant.eu.auth0.com', emulator.url).replaceAll('YOUR_SPA_CLIENT_ID', 'demo-spa');
  await rm(work, { recursive: true, force: true });
  await buildApp('vue', {
    file: 'App.vue',
    component: forEmulator(snippet(readme, 'vue')),
    configFile: snippet(readme, 'vue-config'),
    main: "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n",
  });
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  await buildApp('svelte', {
    file: 'App.svelte',
    component: forEmulator(snippet(readme, 'svelte')),
    plugins: [svelte()],
    main: "import { mount } from 'svelte';\nimport App from './App.svelte';\nmount(App, { target: document.querySelector('#app') });\n",
  });
  site = await startStaticServer({ root: work });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await emulator?.close();
  if (!process.env.DEBUG_FRAMEWORKS) await rm(work, { recursive: true, force: true });
});

for (const framework of ['vue', 'svelte']) {
  test(`${framework}: the README snippet passes messages as a property, hears the events, reads step, and signs in`, async () => {
    const page = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
    });
    await page.goto(`${site.url}/${framework}/dist/index.html`);
    await page.getByRole('heading', { name: 'Sign in to Acme' }).waitFor(); // `messages`, set as a property
    assert.equal(await page.locator('passwordless-login').getAttribute('messages'), null, 'not an attribute');
    await page.getByText('Step: identify').waitFor();

    const email = `${framework}-${Date.now()}@example.com`;
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByText('Step: code').waitFor(); // passwordless-state-change, then the element's `step`
    assert.equal(await page.locator('passwordless-login').evaluate((element) => /** @type {any} */ (element).step), 'code');

    const message = await waitForMessage(emulator.url, email);
    await page.getByLabel('Verification code').fill(message.code);
    await page.getByText(`Hello, ${email}`).waitFor(); // passwordless-authenticated, after the return from Auth0
    assert.deepEqual(errors, []);
    await page.close();
  });
}
