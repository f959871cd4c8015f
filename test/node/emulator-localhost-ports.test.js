// @ts-check
// The built-in config's any_localhost_port: a page on any port of this machine (localhost, 127.0.0.1, [::1]) can
// start, verify and come back signed in, as from a development tenant that lists every local port; anything off the
// machine is still refused; a config with explicit lists (no any_localhost_port) stays exact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient, fragmentOf, implicitParams } from '../helpers/emulator-client.js';

const PAGE = 'http://localhost:8123'; // not the demo's 5173: a page served anywhere else on this machine
const OTHER_PAGE = 'http://127.0.0.1:8124';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let builtIn;
/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let explicit;
/** @type {ReturnType<typeof emulatorClient>} */ let c;
/** @type {ReturnType<typeof emulatorClient>} */ let x;

/** A tenant's own config: the built-in clients' lists, without any_localhost_port. */
function explicitConfig() {
  const config = structuredClone(defaultConfig);
  for (const client of config.clients) delete client.any_localhost_port;
  return config;
}

before(async () => {
  builtIn = await startEmulator({ port: 0, config: defaultConfig });
  explicit = await startEmulator({ port: 0, config: explicitConfig() });
  c = emulatorClient(builtIn.url);
  x = emulatorClient(explicit.url);
});
after(async () => {
  await builtIn?.close();
  await explicit?.close();
});

/** POST /passwordless/verify from a page. @param {string} url @param {Record<string, unknown>} body @param {string} origin */
async function verify(url, body, origin) {
  const r = await fetch(`${url}/passwordless/verify`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(body) });
  return { status: r.status, allowOrigin: r.headers.get('access-control-allow-origin'), body: await r.json() };
}

/** The preflight a browser sends first. @param {string} url @param {string} path @param {string} origin */
async function preflight(url, path, origin) {
  const r = await fetch(`${url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  return r.headers.get('access-control-allow-origin');
}

test('the built-in config: a page on another localhost port sends a code, checks it, and is redirected back signed in', async () => {
  const email = 'port-8123@example.com';
  assert.equal(await preflight(builtIn.url, '/passwordless/start', PAGE), PAGE);
  const start = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email }, { origin: PAGE });
  assert.equal(start.status, 200, start.text);
  assert.equal(start.headers.get('access-control-allow-origin'), PAGE);
  const code = builtIn.outbox.latest(email)?.code ?? '';

  assert.equal(await preflight(builtIn.url, '/passwordless/verify', PAGE), PAGE);
  const checked = await verify(builtIn.url, { client_id: 'demo-spa', connection: 'email', email, verification_code: code }, PAGE);
  assert.deepEqual([checked.status, checked.body, checked.allowOrigin], [200, {}, PAGE]);

  const co = await c.co({ client_id: 'demo-spa', username: email, otp: code, realm: 'email' }, { origin: PAGE });
  assert.equal(co.status, 200, co.text);
  const back = await c.authorize({ ...implicitParams('demo-spa', `${PAGE}/sign-in.html`), login_ticket: co.body.login_ticket }, co.cookie);
  assert.equal(back.status, 302, back.text);
  assert.ok(back.location?.startsWith(`${PAGE}/sign-in.html#`), back.location);
  assert.ok(fragmentOf(back.location ?? '').id_token, 'tokens in the fragment');

  const bye = await c.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-spa', returnTo: `${PAGE}/sign-in.html` })}`);
  assert.deepEqual([bye.status, bye.location], [302, `${PAGE}/sign-in.html`]);
});

test('the built-in config: a magic link asked for from a 127.0.0.1 page returns to it; the backend client takes any local callback', async () => {
  const email = 'port-8124@example.com';
  const redirectUri = `${OTHER_PAGE}/`;
  const authParams = { redirect_uri: redirectUri, response_type: 'token id_token', scope: 'openid email', state: 'st-8124', nonce: 'n-8124' };
  const start = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'link', email, authParams }, { origin: OTHER_PAGE });
  assert.equal(start.status, 200, start.text);
  const opened = await c.get(builtIn.outbox.latest(email)?.link ?? '');
  assert.equal(opened.status, 302, opened.text);
  assert.ok(opened.location?.startsWith(`${redirectUri}#`), opened.location);
  assert.equal(fragmentOf(opened.location ?? '').state, 'st-8124');

  const callback = 'http://localhost:3000/auth/passwordless/callback';
  const backend = await c.authorize({ client_id: 'demo-regular', response_type: 'code', redirect_uri: callback, state: 's', prompt: 'none' });
  assert.equal(backend.status, 302, backend.text);
  assert.ok(backend.location?.startsWith(`${callback}?`), backend.location);
});

test('the built-in config still refuses every page that is not on this machine, and URLs that only look local', async () => {
  for (const origin of ['https://evil.example', 'http://localhost.evil.example:8123', 'http://127.0.0.2:8123', 'http://10.0.0.1:5173', 'null']) {
    assert.equal(await preflight(builtIn.url, '/passwordless/start', origin), null, origin);
    const start = await c.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'far@example.com' }, { origin });
    assert.equal(start.status, 403, origin);
    assert.equal(start.body.error, 'unauthorized_client', origin);
    const co = await c.co({ client_id: 'demo-spa', username: 'far@example.com', otp: '123456', realm: 'email' }, { origin });
    assert.equal(co.status, 403, origin);
  }
  assert.equal(builtIn.outbox.latest('far@example.com'), undefined, 'nothing sent');
  const lookalikes = [
    'https://evil.example/', 'http://localhost.evil.example:8123/', 'http://localhost:8123@evil.example/',
    'http://user@localhost:8123/', 'http://localhost:8123/#x', 'http://localhost:8123\\@evil.example', 'http://localhost:8123',
    'javascript://localhost:8123/%0aalert(1)', 'file://localhost/etc/passwd',
  ];
  for (const uri of lookalikes) {
    const r = await c.authorize({ ...implicitParams('demo-spa', uri), prompt: 'none' });
    assert.equal(r.status, 400, uri);
    assert.equal(r.location, undefined, `${uri}: no redirect`);
    const out = await c.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-spa', returnTo: uri })}`);
    assert.equal(out.status, 400, uri);
    assert.equal(out.location, undefined, `${uri}: no redirect after logout`);
  }
});

test('a config with explicit lists stays exact: another localhost port is refused, the listed page works', async () => {
  assert.equal(await preflight(explicit.url, '/passwordless/start', PAGE), null);
  const refused = await x.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'exact@example.com' }, { origin: PAGE });
  assert.deepEqual([refused.status, refused.body.error], [403, 'unauthorized_client']);
  const elsewhere = await x.authorize({ ...implicitParams('demo-spa', `${PAGE}/`), prompt: 'none' });
  assert.deepEqual([elsewhere.status, elsewhere.location], [400, undefined]);
  const logout = await x.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-spa', returnTo: `${PAGE}/` })}`);
  assert.deepEqual([logout.status, logout.location], [400, undefined]);

  const listed = 'http://localhost:5173';
  const ok = await x.start({ client_id: 'demo-spa', connection: 'email', send: 'code', email: 'exact@example.com' }, { origin: listed });
  assert.equal(ok.status, 200, ok.text);
  const back = await x.authorize({ ...implicitParams('demo-spa', `${listed}/`), prompt: 'none' });
  assert.equal(back.status, 302);
  assert.ok(back.location?.startsWith(`${listed}/#`), back.location);
});

test('any_localhost_port must be true or false, and a wildcard in a list says what to use instead', () => {
  const client = structuredClone(defaultConfig.clients[0]);
  assert.throws(() => validateConfig({ ...defaultConfig, clients: [{ ...client, any_localhost_port: 'yes' }] }),
    /clients\[0\]\.any_localhost_port must be true or false/);
  assert.throws(() => validateConfig({ ...defaultConfig, clients: [{ ...client, allowed_origins: ['http://localhost:*'] }] }),
    /clients\[0\]\.allowed_origins\[0\] must not contain wildcards .*any_localhost_port/);
  assert.throws(() => validateConfig({ ...defaultConfig, clients: [{ ...client, callbacks: ['http://localhost:*/'] }] }),
    /clients\[0\]\.callbacks\[0\] must not contain wildcards .*any_localhost_port/);
  assert.equal(validateConfig(defaultConfig).clients.every((c) => c.any_localhost_port === true), true, 'the built-in clients have it');
});
