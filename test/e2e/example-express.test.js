// @ts-check
// examples/express run the way its README says: the emulator (`npm run emulator`'s CLI, on a free port) and
// `node examples/express/server.js`, each a child process. In Chromium, under the app's own strict CSP, a person
// signs in by email code and by magic link, reaches /account, signs out, and /account sends them back to /. Also:
// the app refuses to start for a real tenant without SESSION_SECRET, and works behind a TLS proxy (TRUST_PROXY).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../helpers/browser.js';
import { buildDist } from '../helpers/build.js';
import { freePort } from '../helpers/free-port.js';
import { askForLink, messageTo, openProfile, openStrictProfile, uniqueEmail } from '../helpers/security-site.js';
import { skipWithoutNginx, startTlsProxy } from '../helpers/tls-proxy.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The app's settings, cleared from the inherited environment so that each test says what it sets; and NODE_ENV,
 * which Vite's build (buildDist) sets to production in this process, where the emulator's CLI refuses to start.
 */
const SETTINGS = ['AUTH0_DOMAIN', 'AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'SESSION_SECRET', 'BASE_URL', 'TRUST_PROXY', 'SEND', 'HOST', 'PORT', 'NODE_ENV'];

/**
 * Runs `node …args` in the repository until the test ends; resolves once its output matches `ready`.
 * @param {string[]} args @param {Record<string, string>} env @param {RegExp} ready
 */
async function startProcess(args, env, ready) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SETTINGS.includes(name)));
  const child = spawn(process.execPath, args, { cwd: root, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  /** @type {(code: number | null) => void} */
  let exitedEarly = () => {};
  const match = await new Promise((resolve, reject) => {
    exitedEarly = (code) => reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`));
    child.on('exit', exitedEarly);
    const read = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const found = ready.exec(output);
      if (found) resolve(found);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
  return {
    /** @type {RegExpExecArray} */ match,
    child,
    output: () => output,
    stop: () => {
      child.off('exit', exitedEarly);
      child.kill('SIGTERM');
    },
  };
}

/**
 * Runs the app with only these settings, for a start that must fail; resolves with its exit code and error output.
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number | null, stderr: string }>}
 */
function runToExit(env) {
  const child = spawn(process.execPath, ['examples/express/server.js'], { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

/** @type {Awaited<ReturnType<typeof startProcess>>} */ let emulator;
let emulatorUrl = '';
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {(() => void)[]} */ const stops = [];

before(async () => {
  await buildDist(); // what `npm run build` does first
  emulator = await startProcess(['emulator/cli.js', '--port', '0'], {}, /Auth0 emulator listening on (http:\/\/\S+)/);
  emulatorUrl = /** @type {string} */ (emulator.match[1]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const stop of stops) stop();
  emulator?.stop();
});

/**
 * `node examples/express/server.js` on a free port, against the emulator, with the emulator's demo client (the
 * app's defaults) and no SESSION_SECRET (the app makes one on the emulator).
 * @param {Record<string, string>} [env]
 */
async function startApp(env = {}) {
  const port = await freePort();
  const app = await startProcess(['examples/express/server.js'], { AUTH0_DOMAIN: emulatorUrl, PORT: String(port), ...env }, /Listening on (http:\/\/\S+)/);
  stops.push(app.stop);
  return { url: `http://localhost:${port}`, port, output: app.output };
}

/** The sign-in form's field, for an email or a phone number. */
const SIGN_IN_FIELD = /^(Email address|Phone number)$/;

/**
 * On /account: the person sees who they are, /api/me says the same, and signing out leads back to the sign-in page,
 * after which /account redirects there and /api/me answers 401.
 * @param {import('playwright-core').Page} page @param {string} url the app's origin @param {string} email or phone
 */
async function seeAccountThenSignOut(page, url, email) {
  await page.waitForURL(`${url}/account`);
  await page.getByText(`You are signed in as ${email}.`).waitFor();
  const me = await page.request.get(`${url}/api/me`);
  assert.equal(me.status(), 200);
  const { user } = await me.json();
  assert.equal(user.email ?? user.phone_number, email);
  assert.equal(me.headers()['cache-control'], 'no-store');
  assert.doesNotMatch(await page.content(), /eyJ[\w-]+\.eyJ/, 'no token in the page');
  await page.goto(`${url}/`);
  await page.waitForURL(`${url}/account`); // signed in, the sign-in page moves on

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${url}/`);
  await page.getByLabel(SIGN_IN_FIELD).waitFor();
  const account = await page.goto(`${url}/account`);
  assert.equal(page.url(), `${url}/`, 'signed out, /account redirects to the sign-in page');
  assert.equal(account?.request().redirectedFrom()?.url(), `${url}/account`);
  await page.getByLabel(SIGN_IN_FIELD).waitFor();
  assert.equal((await page.request.get(`${url}/api/me`)).status(), 401);
}

test('examples/express, email code: sign in on /, /account and /api/me show the person, sign out; zero CSP violations', async () => {
  const app = await startApp();
  const p = await openStrictProfile(browser);
  const signedOut = await p.page.goto(`${app.url}/account`);
  assert.equal(p.page.url(), `${app.url}/`, 'signed out, /account redirects to /');
  const csp = (await signedOut?.allHeaders())?.['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self';/);
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types lit-html/);
  assert.match(csp, /frame-ancestors 'none'/);

  const email = uniqueEmail('express-code');
  await p.page.getByLabel('Email address').fill(email);
  await p.page.getByRole('button', { name: 'Send code' }).click();
  await p.page.getByLabel('Verification code').fill((await messageTo(emulatorUrl, email)).code);
  await seeAccountThenSignOut(p.page, app.url, email);

  assert.deepEqual(p.violations, [], 'the element works under script-src \'self\' with Trusted Types');
  assert.deepEqual(p.cspConsole(), []);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('examples/express, magic link (SEND=link): the link lands on /account; a link opened in another browser is confirmed there', async () => {
  const app = await startApp({ SEND: 'link' });
  const p = await openStrictProfile(browser);
  await p.page.goto(`${app.url}/`);
  const email = uniqueEmail('express-link');
  await askForLink(p.page, email);
  await p.page.goto((await messageTo(emulatorUrl, email)).link);
  await seeAccountThenSignOut(p.page, app.url, email);
  assert.deepEqual(p.violations, []);
  assert.deepEqual(p.errors, []);

  // Asked for here, opened in another browser: the element there asks whose link it is, then /account.
  await p.page.goto(`${app.url}/`);
  const other = uniqueEmail('express-link-elsewhere');
  await askForLink(p.page, other);
  const q = await openStrictProfile(browser);
  await q.page.goto((await messageTo(emulatorUrl, other)).link);
  await q.page.locator('passwordless-login').getByRole('button', { name: 'Continue' }).click();
  await seeAccountThenSignOut(q.page, app.url, other);
  assert.deepEqual(q.violations, []);
  await q.close();
  await p.close();
});

test('examples/express, text message (CONNECTION=sms): a phone number signs in by code; /account shows it', async () => {
  const app = await startApp({ CONNECTION: 'sms' });
  const p = await openStrictProfile(browser);
  await p.page.goto(`${app.url}/`);
  await p.page.getByLabel('Phone number').pressSequentially('+44 7400 123456');
  await p.page.getByRole('button', { name: 'Send code' }).click();
  const message = await messageTo(emulatorUrl, '+447400123456');
  assert.equal(message.channel, 'sms');
  await p.page.getByLabel('Verification code').fill(message.code);
  await seeAccountThenSignOut(p.page, app.url, '+447400123456');
  assert.deepEqual(p.violations, []);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('examples/express refuses settings it does not know (SEND=link with CONNECTION=sms), saying which', async () => {
  const result = await runToExit({ AUTH0_DOMAIN: emulatorUrl, CONNECTION: 'sms', SEND: 'link' });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /SEND must be code, got "link"/);
});

test('examples/express behind a TLS proxy (TRUST_PROXY=1, BASE_URL https): a Secure __Host- session, /account works', { skip: skipWithoutNginx }, async () => {
  const appPort = await freePort();
  const proxyPort = await freePort();
  const proxy = await startTlsProxy({ port: proxyPort, routes: { '/': `http://127.0.0.1:${appPort}` } });
  try {
    await startProcess(['examples/express/server.js'], {
      AUTH0_DOMAIN: emulatorUrl, HOST: '127.0.0.1', PORT: String(appPort), TRUST_PROXY: '1', BASE_URL: proxy.origin,
    }, /Listening on/).then((app) => stops.push(app.stop));
    const p = await openProfile(browser, { ignoreHTTPSErrors: true });
    await p.page.goto(`${proxy.origin}/`);
    const email = uniqueEmail('express-proxy');
    await p.page.getByLabel('Email address').fill(email);
    await p.page.getByRole('button', { name: 'Send code' }).click();
    await p.page.getByLabel('Verification code').fill((await messageTo(emulatorUrl, email)).code);
    await p.page.waitForURL(`${proxy.origin}/account`);
    const cookie = (await p.context.cookies()).find((c) => c.name.includes('passwordless'));
    assert.equal(cookie?.name, '__Host-passwordless', 'the proxy\'s X-Forwarded-Proto is trusted: the https cookie');
    assert.equal(cookie?.secure, true);
    await seeAccountThenSignOut(p.page, proxy.origin, email);
    await p.close();
  } finally {
    await proxy.close();
  }
});

test('examples/express refuses to start for a real tenant without SESSION_SECRET (and the client settings), saying what is missing', async () => {
  const { code, stderr } = await runToExit({ AUTH0_DOMAIN: 'example.eu.auth0.com', AUTH0_CLIENT_ID: 'id', PORT: '0' });
  assert.equal(code, 1);
  assert.match(stderr, /Missing AUTH0_CLIENT_SECRET, SESSION_SECRET for the Auth0 tenant example\.eu\.auth0\.com/);
  assert.match(stderr, /openssl rand -base64 32/);
});

test('npm run example:express builds the bundle, starts the emulator and the app, prints the URL; stopping it stops both', async () => {
  const port = await freePort();
  const started = await startProcess(['scripts/example-express.mjs'], { PORT: String(port), EMULATOR_PORT: '0' },
    /Express example +(http:\/\/\S+)[\s\S]*Auth0 emulator +(http:\/\/\S+)/);
  const [, appUrl, mailbox] = started.match;
  assert.equal(appUrl, `http://localhost:${port}`);
  const page = await fetch(`${appUrl}/`);
  assert.match(await page.text(), /<passwordless-login endpoint="\/auth\/passwordless" connection="email" send="code">/);
  const bundle = await fetch(`${appUrl}/passwordless-login/passwordless-login.js`);
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
  assert.equal((await fetch(`${mailbox}/__emulator/outbox`)).status, 200);
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.stop();
  await exited;
  await assert.rejects(fetch(`${appUrl}/`), 'the app stopped with it');
  await assert.rejects(fetch(`${mailbox}/__emulator/outbox`), 'and the emulator');
});
