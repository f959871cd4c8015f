// @ts-check
// response_mode=web_message (auth0-js checkSession, in a hidden iframe), as Auth0 answers it: a page that posts the
// result to the redirect_uri's origin, framable by it, only when that origin is an Allowed Web Origin of the client.
// For any other origin nothing is posted (auth0-js then times out), however valid the callback URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { emulatorClient, implicitParams, APP_ORIGIN } from '../helpers/emulator-client.js';

const ELSEWHERE = 'http://localhost:5174';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let c;

before(async () => {
  const config = structuredClone(defaultConfig);
  // A callback on an origin that is not one of the client's allowed (web) origins.
  config.clients[0].callbacks.push(`${ELSEWHERE}/`);
  // Exact lists, as a real tenant has: the built-in config's any-localhost-port would allow every local origin.
  config.clients[0].any_localhost_port = false;
  emu = await startEmulator({ port: 0, config });
  c = emulatorClient(emu.url);
});
after(() => emu.close());

/** @param {string} redirectUri */
const silent = (redirectUri) => c.authorize({ ...implicitParams('demo-spa', redirectUri), prompt: 'none', response_mode: 'web_message' });

test('an allowed web origin gets a 200 page that posts login_required to it, and that it may frame', async () => {
  const r = await silent(`${APP_ORIGIN}/`);
  assert.equal(r.status, 200);
  assert.match(r.text, /postMessage\(\{"type":"authorization_response","response":\{"error":"login_required","error_description":"Login required","state":"state-1"\}\},"http:\/\/localhost:5173"\)/);
  assert.match(r.headers.get('content-security-policy') ?? '', /frame-ancestors http:\/\/localhost:5173/);
});

test('a callback on an origin that is not an allowed web origin gets a page that posts nothing', async () => {
  const r = await silent(`${ELSEWHERE}/`);
  assert.equal(r.status, 403);
  assert.doesNotMatch(r.text, /postMessage|<script/);
  assert.match(r.text, /localhost:5174 is not in the Allowed Web Origins of client demo-spa/);
});

test('the other response modes to that callback are not affected', async () => {
  const r = await c.authorize({ ...implicitParams('demo-spa', `${ELSEWHERE}/`), prompt: 'none' });
  assert.equal(r.status, 302);
  assert.match(r.location ?? '', /^http:\/\/localhost:5174\/#error=login_required/);
});
