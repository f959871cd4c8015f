// @ts-check
// The Node adapter (node:http / Express / Connect), the runnable example server, and Secure __Host- cookies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { startEmulator } from '../../emulator/index.js';
import { createPasswordlessHandler, getSession } from '../../server/index.js';
import { toNodeHandler } from '../../server/node.js';
import { freePort } from '../helpers/free-port.js';
import { CANARY_SECRET, Jar, SESSION_SECRET, elementRequest, emulatorConfig, jwtsIn, latestMessage, setup } from './server-helpers.js';

/** @param {import('node:http').Server} server */
async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  return `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
}

test('toNodeHandler: passes other paths to next(), or answers 404 without next', async () => {
  const handler = createPasswordlessHandler({ domain: 'example.auth0.com', clientId: 'id', clientSecret: 'secret', sessionSecret: SESSION_SECRET });
  const mounted = toNodeHandler(handler);
  let nextCalls = 0;
  const withNext = createServer((req, res) => mounted(req, res, () => {
    nextCalls += 1;
    res.end('app');
  }));
  const bare = createServer((req, res) => mounted(req, res));
  const [a, b] = [await listen(withNext), await listen(bare)];
  try {
    assert.equal(await (await fetch(`${a}/other`)).text(), 'app');
    assert.equal(nextCalls, 1);
    const session = await fetch(`${a}/auth/passwordless/session`);
    assert.equal(session.status, 401);
    assert.equal(session.headers.get('cache-control'), 'no-store');
    assert.equal((await fetch(`${b}/other`)).status, 404);
    assert.equal((await fetch(`${b}/auth/passwordless/nothing`)).status, 404);
  } finally {
    withNext.close();
    bare.close();
  }
});

test('https requests get a Secure __Host- session cookie', async () => {
  const t = await setup();
  try {
    await t.handler(new Request('https://app.example.com/auth/passwordless/start', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: 'https://app.example.com' },
      body: JSON.stringify({ connection: 'email', identifier: 'secure@example.com' }),
    }));
    const { code } = await latestMessage(t.emulator, 'secure@example.com');
    const r = await t.handler(new Request('https://app.example.com/auth/passwordless/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: 'https://app.example.com' },
      body: JSON.stringify({ connection: 'email', identifier: 'secure@example.com', code }),
    }));
    assert.equal(r.status, 200);
    const cookie = r.headers.getSetCookie()[0];
    assert.match(cookie, /^__Host-passwordless=/);
    assert.match(cookie, /; Path=\/;/);
    assert.match(cookie, /; Secure/);
    assert.match(cookie, /HttpOnly/);
    assert.doesNotMatch(cookie, /Domain=/i);
  } finally {
    await t.close();
  }
});

/**
 * Runs examples/node-server.js as a new user would, against an emulator.
 * @param {'code'|'link'} send
 */
async function runExample(send) {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const config = emulatorConfig();
  const client = /** @type {NonNullable<typeof config.clients[number]>} */ (config.clients.at(-1));
  client.callbacks = [`${base}/auth/passwordless/callback`];
  client.allowed_origins = [base];
  const emulator = await startEmulator({ port: 0, config });
  const child = spawn(process.execPath, ['examples/node-server.js'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, PORT: String(port), BASE_URL: base, AUTH0_DOMAIN: emulator.url, AUTH0_CLIENT_ID: 'test-regular', AUTH0_CLIENT_SECRET: CANARY_SECRET, SESSION_SECRET, SEND: send },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`example did not start: ${output}`)), 10_000);
    child.stdout.on('data', () => output.includes('Listening on') && (clearTimeout(timer), resolve(undefined)));
    child.on('exit', (code) => reject(new Error(`example exited with ${code}: ${output}`)));
  });
  return {
    base,
    emulator,
    output: () => output,
    async close() {
      child.kill('SIGTERM');
      await emulator.close();
    },
  };
}

/** @param {string} base @param {string} route @param {unknown} body @param {Jar} jar */
function post(base, route, body, jar) {
  return fetch(`${base}/auth/passwordless/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: base, Cookie: jar.header() },
    body: JSON.stringify(body),
  });
}

test('examples/node-server.js: sign in by code over real HTTP; /api/me reads the session on the server', async () => {
  const ex = await runExample('code');
  try {
    const jar = new Jar();
    const page = await fetch(`${ex.base}/`);
    assert.match(await page.text(), /<passwordless-login endpoint="\/auth\/passwordless" send="code">/);
    assert.equal(page.headers.get('content-security-policy'), "frame-ancestors 'self'", 'security plan test 11: no other site may frame it');
    assert.equal(jar.store(await post(ex.base, 'start', { connection: 'email', identifier: 'ex@example.com' }, jar)).status, 204);
    const { code } = await latestMessage(ex.emulator, 'ex@example.com');
    const verify = jar.store(await post(ex.base, 'verify', { connection: 'email', identifier: 'ex@example.com', code }, jar));
    assert.equal(verify.status, 200);
    const text = await verify.text();
    assert.deepEqual(jwtsIn(text), []);
    assert.ok(!text.includes(CANARY_SECRET));
    const me = await fetch(`${ex.base}/api/me`, { headers: { Cookie: jar.header() } });
    assert.equal(me.status, 200);
    assert.equal((await me.json()).user.email, 'ex@example.com');
    const forged = await fetch(`${ex.base}/auth/passwordless/start`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, body: '{}' });
    assert.equal(forged.status, 403);
    assert.ok(!ex.output().includes(CANARY_SECRET));
  } finally {
    await ex.close();
  }
});

test('examples/node-server.js: sign in by magic link over real HTTP', async () => {
  const ex = await runExample('link');
  try {
    const jar = new Jar();
    assert.equal(jar.store(await post(ex.base, 'start', { connection: 'email', identifier: 'exlink@example.com', returnTo: '/?from=link' }, jar)).status, 204);
    const { link } = await latestMessage(ex.emulator, 'exlink@example.com');
    const landing = await fetch(/** @type {string} */ (link), { redirect: 'manual' });
    const callbackUrl = /** @type {string} */ (landing.headers.get('location'));
    assert.ok(callbackUrl.startsWith(`${ex.base}/auth/passwordless/callback?`));
    const callback = jar.store(await fetch(callbackUrl, { redirect: 'manual', headers: { Cookie: jar.header() } }));
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('location'), '/?from=link&passwordless=signed-in');
    const session = await fetch(`${ex.base}/auth/passwordless/session`, { headers: { Cookie: jar.header() } });
    assert.equal((await session.json()).user.email, 'exlink@example.com');
  } finally {
    await ex.close();
  }
});

test('toNodeHandler: a custom basePath is taken from the handler; a body already parsed (express.json()) is used', async () => {
  const t = await setup({ basePath: '/login/api' });
  const mounted = toNodeHandler(t.handler);
  const server = createServer(async (req, res) => {
    // What express.json() does: consume the stream, leave the object on req.body.
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString();
    /** @type {any} */ (req).body = text ? JSON.parse(text) : {};
    mounted(req, res, () => res.end('app'));
  });
  const base = await listen(server);
  try {
    const r = await fetch(`${base}/login/api/start`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: base },
      body: JSON.stringify({ connection: 'email', identifier: 'parsed@example.com' }),
    });
    assert.equal(r.status, 204, await r.text());
    assert.equal((await latestMessage(t.emulator, 'parsed@example.com')).channel, 'email');
    assert.equal(await (await fetch(`${base}/auth/passwordless/session`)).text(), 'app');
  } finally {
    server.close();
    await t.close();
  }
});

test('getSession reads only the cookie of the request\'s scheme, and a sealed session moved to another name is refused', async () => {
  const t = await setup();
  try {
    const jar = new Jar();
    await t.handler(elementRequest('start', { connection: 'email', identifier: 'scheme@example.com' }));
    const { code } = await latestMessage(t.emulator, 'scheme@example.com');
    jar.store(await t.handler(elementRequest('verify', { connection: 'email', identifier: 'scheme@example.com', code }, { jar })));
    const value = jar.cookies.get('passwordless_session');
    assert.ok(value, 'plain http on localhost: the unprefixed name');
    // Built with the URL the browser used (toRequest(req) does): found.
    const session = await getSession(new Request('http://localhost:5173/account', { headers: { Cookie: jar.header() } }), t.options);
    assert.equal(session?.user.email, 'scheme@example.com');
    // A non-loopback host counts as https: only __Host-passwordless is read there, and this value was not issued as it.
    assert.equal(await getSession(new Request('http://internal/', { headers: { Cookie: jar.header() } }), t.options), null);
    assert.equal(await getSession(new Request('https://app.example/', { headers: { Cookie: `__Host-passwordless=${value}` } }), t.options), null);
    const forged = await getSession(new Request('http://localhost:5173/', { headers: { Cookie: 'passwordless_session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z' } }), t.options);
    assert.equal(forged, null);
  } finally {
    await t.close();
  }
});
