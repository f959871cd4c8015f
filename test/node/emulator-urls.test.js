// @ts-check
// Auth0's URL matching for callbacks, allowed origins and allowed logout URLs (emulator/client-urls.js): scheme and
// host without case, port, path and query exact, Auth0's subdomain wildcard; and the HTTP answers that use it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { allowsCallback, allowsLogoutUrl, allowsOrigin, urlMatches } from '../../emulator/client-urls.js';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { emulatorClient } from '../helpers/emulator-client.js';

/** @param {Partial<import('../../emulator/config.js').ClientConfig>} o @returns {import('../../emulator/config.js').ClientConfig} */
const client = (o) => ({ client_id: 'c', app_type: 'spa', callbacks: [], allowed_origins: [], allowed_logout_urls: [], ...o });

test('scheme and host compare without case; port, path, trailing slash and query exactly', () => {
  const c = client({ callbacks: ['https://App.Example.com/Cb?x=1'], allowed_logout_urls: ['http://localhost:3000/bye'], allowed_origins: ['https://app.example.com'] });
  assert.ok(allowsCallback(c, 'https://app.example.com/Cb?x=1'));
  assert.ok(allowsCallback(c, 'HTTPS://APP.EXAMPLE.COM/Cb?x=1'));
  for (const bad of ['https://app.example.com/cb?x=1', 'https://app.example.com/Cb?x=2', 'https://app.example.com/Cb', 'https://app.example.com:444/Cb?x=1',
    'https://app.example.com/Cb/?x=1', 'http://app.example.com/Cb?x=1', 'https://app.example.com/Cb?x=1#f', 'https://u@app.example.com/Cb?x=1']) {
    assert.equal(allowsCallback(c, bad), false, bad);
  }
  assert.ok(allowsLogoutUrl(c, 'HTTP://LocalHost:3000/bye'));
  assert.equal(allowsLogoutUrl(c, 'http://localhost:3000/Bye'), false, 'the path keeps its case');
  assert.equal(allowsLogoutUrl(c, 'http://localhost:3000/bye/'), false);
  assert.ok(allowsOrigin(c, 'https://APP.example.com'));
  assert.equal(allowsOrigin(c, 'https://app.example.com/'), false, 'an origin has no path');
  assert.equal(allowsOrigin(c, 'https://app.example.com:8443'), false);
  assert.equal(allowsOrigin(c, undefined), false);
});

test("Auth0's wildcard: `*` as the whole leftmost host label, for exactly one label", () => {
  assert.ok(urlMatches('https://*.example.com/cb', 'https://a.example.com/cb'));
  assert.ok(urlMatches('https://*.example.com/cb', 'https://A-1.Example.COM/cb'));
  for (const bad of ['https://example.com/cb', 'https://a.b.example.com/cb', 'https://.example.com/cb', 'https://a.example.com/cb2',
    'https://a.example.com.evil.test/cb', 'https://evil.test/.example.com/cb', 'https://a.example.com:8443/cb', 'http://a.example.com/cb',
    'https://x@a.example.com/cb', 'https://a.example.com\\@evil.test/cb']) {
    assert.equal(urlMatches('https://*.example.com/cb', bad), false, bad);
  }
  for (const pattern of ['https://*/cb', 'https://*.com/cb', 'https://a*.example.com/cb', 'https://a.*.example.com/cb', 'https://example.com:*/cb', 'https://*.*.example.com/cb']) {
    assert.equal(urlMatches(pattern, 'https://a.example.com/cb'), false, pattern);
  }
  assert.equal(urlMatches('https://example.com/*', 'https://example.com/x'), false, 'never in a path');
  assert.ok(allowsOrigin(client({ allowed_origins: ['https://*.example.com'] }), 'https://preview-1.example.com'));
  assert.equal(allowsOrigin(client({ allowed_origins: ['https://*.example.com'] }), 'https://example.com'), false);
});

test('any_localhost_port is kept: every local page, in its plain form only', () => {
  const c = client({ any_localhost_port: true });
  assert.ok(allowsCallback(c, 'http://localhost:8123/cb'));
  assert.ok(allowsLogoutUrl(c, 'http://127.0.0.1:9/'));
  assert.ok(allowsOrigin(c, 'http://[::1]:4000'));
  for (const bad of ['http://localhost.evil.example:8123/', 'http://localhost:8123@evil.example/', 'http://localhost:8123/#x', 'http://localhost:8123']) {
    assert.equal(allowsCallback(c, bad), false, bad);
  }
});

test("the config takes Auth0's subdomain wildcard in every URL list, and refuses any other `*` with what to write instead", () => {
  const withUrls = (/** @type {Partial<import('../../emulator/config.js').ClientConfig>} */ urls) =>
    ({ ...defaultConfig, clients: [{ ...structuredClone(defaultConfig.clients[0]), ...urls }], client_grants: [] });
  const accepted = validateConfig(withUrls({
    callbacks: ['https://*.example.com/cb'], allowed_logout_urls: ['https://*.example.com/'], allowed_origins: ['https://*.example.com'],
  }));
  assert.deepEqual(accepted.clients[0]?.callbacks, ['https://*.example.com/cb']);
  for (const bad of ['https://*.com/cb', 'https://a.*.example.com/cb', 'https://a*.example.com/cb', 'https://*.example.com/*', 'https://example.com:*/cb', 'http://localhost:*/', '*://example.com/cb']) {
    assert.throws(() => validateConfig(withUrls({ callbacks: [bad] })),
      /callbacks\[0\] must not contain wildcards except Auth0's subdomain wildcard .*any_localhost_port/, bad);
  }
});

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
before(async () => {
  const config = structuredClone(defaultConfig);
  for (const c of config.clients) c.any_localhost_port = false;
  config.clients[0].allowed_logout_urls = ['http://localhost:5173/bye', 'https://*.example.com/bye'];
  config.clients[0].callbacks.push('https://*.example.com/cb');
  emu = await startEmulator({ port: 0, config });
});
after(() => emu.close());

test('/v2/logout: returnTo with another case of scheme and host is accepted and redirected to as sent; else Auth0\'s text', async () => {
  const c = emulatorClient(emu.url);
  const ok = await c.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-spa', returnTo: 'HTTP://LOCALHOST:5173/bye' })}`);
  assert.equal(ok.status, 302);
  assert.equal(ok.location, 'HTTP://LOCALHOST:5173/bye');
  const bad = await c.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-spa', returnTo: 'http://localhost:5173/BYE' })}`);
  assert.equal(bad.status, 400);
  assert.equal(bad.location, undefined);
  const text = bad.text.replaceAll('&#34;', '"').replaceAll('&#47;', '/');
  assert.ok(text.includes('The "returnTo" querystring parameter "http://localhost:5173/BYE" is not defined as a valid URL in "Allowed Logout URLs".'), text);
});

test('/authorize: a redirect_uri with another case of host, or matching a wildcard callback, is accepted', async () => {
  const c = emulatorClient(emu.url);
  const r = await c.authorize({ client_id: 'demo-spa', redirect_uri: 'http://LOCALHOST:5173/', response_type: 'id_token', nonce: 'n', scope: 'openid', prompt: 'none', state: 's' });
  assert.equal(r.status, 302);
  assert.match(r.location ?? '', /^http:\/\/LOCALHOST:5173\/#/);
  assert.match(r.location ?? '', /error=login_required/);
  const preview = await c.authorize({ client_id: 'demo-spa', redirect_uri: 'https://pr-42.example.com/cb', response_type: 'id_token', nonce: 'n', scope: 'openid', prompt: 'none', state: 's' });
  assert.match(preview.location ?? '', /^https:\/\/pr-42\.example\.com\/cb#.*error=login_required/, 'a wildcard callback from the config');
  const deeper = await c.authorize({ client_id: 'demo-spa', redirect_uri: 'https://a.pr-42.example.com/cb', response_type: 'id_token', nonce: 'n', scope: 'openid', prompt: 'none' });
  assert.equal(deeper.status, 400, 'the wildcard stands for one label');
  const logout = await c.raw(`/v2/logout?${new URLSearchParams({ client_id: 'demo-spa', returnTo: 'https://pr-42.example.com/bye' })}`);
  assert.equal(logout.location, 'https://pr-42.example.com/bye');
  const wrong = await c.authorize({ client_id: 'demo-spa', redirect_uri: 'http://localhost:5173/INDEX.html', response_type: 'id_token', nonce: 'n', scope: 'openid', prompt: 'none' });
  assert.equal(wrong.status, 400);
});
