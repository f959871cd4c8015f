// @ts-check
// The Express example in server/README.md, extracted and run as written (only its settings are pointed at the
// emulator and a free port): a person signs in by email code and the app's own route sees the session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { freePort } from '../helpers/free-port.js';
import { waitForMessage } from '../helpers/outbox.js';

const root = new URL('../../', import.meta.url);

/** The first ```js block under "### Express". */
async function expressExample() {
  const readme = await readFile(new URL('server/README.md', root), 'utf8');
  const match = /### Express\s*```js\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'server/README.md has the Express example');
  return /** @type {string} */ (match[1]);
}

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emulator;
/** @type {import('node:child_process').ChildProcess} */ let app;
let origin = '';

before(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  const config = structuredClone(defaultConfig);
  const regular = config.clients.find((/** @type {{ client_id: string }} */ c) => c.client_id === 'demo-regular');
  if (!regular) throw new Error('no demo-regular client');
  regular.callbacks = [`${origin}/auth/passwordless/callback`];
  regular.allowed_origins = [origin];
  emulator = await startEmulator({ port: 0, config });

  const source = (await expressExample())
    .replace("'https://example.com/auth/passwordless/callback'", `'${origin}/auth/passwordless/callback'`)
    .replace('app.listen(3000);', `app.listen(${port}, 'localhost', () => console.log('listening'));`);
  // Inside the repository, so `passwordless-login/server` resolves to this package (self-reference).
  const dir = new URL('.tmp/', root);
  await mkdir(dir, { recursive: true });
  const file = new URL('readme-express.mjs', dir);
  await writeFile(file, source);
  app = spawn(process.execPath, [file.pathname], {
    env: {
      ...process.env,
      AUTH0_DOMAIN: emulator.url,
      AUTH0_CLIENT_ID: 'demo-regular',
      AUTH0_CLIENT_SECRET: 'demo-regular-secret',
      SESSION_SECRET: 'a-test-session-secret-of-at-least-32-characters',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    app.stdout?.on('data', (chunk) => String(chunk).includes('listening') && resolve(undefined));
    app.once('exit', (code) => reject(new Error(`the README's Express app exited with ${code}`)));
  });
});

after(async () => {
  app?.kill();
  await emulator?.close();
});

/** @param {string} path @param {object} body @param {string} [cookie] */
function post(path, body, cookie) {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passwordless-login': '1', origin, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

test("the README's Express example signs a person in by email code, and /api/me sees them", async () => {
  const email = `express-${Date.now()}@example.com`;
  const start = await post('/auth/passwordless/start', { connection: 'email', identifier: email });
  assert.equal(start.status, 204);
  const { code } = await waitForMessage(emulator.url, email);
  const verify = await post('/auth/passwordless/verify', { connection: 'email', identifier: email, code });
  assert.equal(verify.status, 200);
  const body = await verify.json();
  assert.equal(body.user.email, email);
  assert.doesNotMatch(JSON.stringify(body), /token/i);
  const cookie = (verify.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const me = await fetch(`${origin}/api/me`, { headers: { cookie } });
  assert.equal(me.status, 200);
  assert.equal((await me.json()).user.email, email);
  const anonymous = await fetch(`${origin}/api/me`);
  assert.equal(anonymous.status, 401);
});
