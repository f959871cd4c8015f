// @ts-check
// connections.email.link_url: the emulator's model of an email template whose button points at a page of the site
// first (mail scanners fetch links; a page that waits for a click is not used up by that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, defaultConfig, validateConfig } from '../../emulator/index.js';
import { renderLinkUrl } from '../../emulator/messages.js';

const LANDING = 'http://localhost:5173/login#passwordless-link={{ link | url_encode }}';

/** @param {string} link_url */
function configWith(link_url) {
  const config = structuredClone(defaultConfig);
  config.connections.email = { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3, ...config.connections.email, link_url };
  return config;
}

test('link_url renders {{ link }} and {{ link | url_encode }} as Liquid does, and nothing else', () => {
  const link = 'http://localhost:4400/passwordless/verify_redirect?client_id=a&email=b%40c.io&state=x y';
  assert.equal(renderLinkUrl(LANDING, link), `http://localhost:5173/login#passwordless-link=${encodeURIComponent(link)}`);
  assert.equal(renderLinkUrl('https://s.io/?to={{link}}&again={{ link }}', 'L'), 'https://s.io/?to=L&again=L');
  assert.equal(renderLinkUrl('https://s.io/{{ code }}#{{ link | upcase }}', 'L'), 'https://s.io/{{ code }}#{{ link | upcase }}');
});

test('link_url must be an http(s) URL that uses the link', () => {
  assert.doesNotThrow(() => validateConfig(configWith(LANDING)));
  for (const bad of ['javascript:alert(1)//{{ link }}', 'https://s.io/no-link', '/relative#{{ link }}', 42]) {
    assert.throws(() => validateConfig(configWith(/** @type {any} */ (bad))), /connections\.email\.link_url must be an http\(s\) URL containing \{\{ link \}\}/);
  }
});

test('a link message points at the page, which carries Auth0\'s link; Auth0\'s link still works once, and a code email is unchanged', async () => {
  const emulator = await startEmulator({ port: 0, config: configWith(LANDING) });
  try {
    const start = (/** @type {string} */ send, /** @type {string} */ email) => fetch(`${emulator.url}/passwordless/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: 'demo-spa', connection: 'email', email, send, authParams: { redirect_uri: 'http://localhost:5173/', response_type: 'id_token', state: 's1', nonce: 'n1' } }),
    });
    assert.equal((await start('link', 'landing@example.com')).status, 200);
    const [message] = /** @type {any[]} */ (await (await fetch(`${emulator.url}/__emulator/outbox?to=landing%40example.com`)).json());
    assert.ok(message.link.startsWith('http://localhost:5173/login#passwordless-link='), message.link);
    assert.ok(message.text.includes(message.link), 'the email\'s text carries the page link');
    const auth0Link = new URLSearchParams(new URL(message.link).hash.slice(1)).get('passwordless-link');
    assert.ok(auth0Link?.startsWith(`${emulator.url}/passwordless/verify_redirect?`), String(auth0Link));
    const opened = await fetch(/** @type {string} */ (auth0Link), { redirect: 'manual' });
    assert.equal(opened.status, 302);
    assert.match(opened.headers.get('location') ?? '', /^http:\/\/localhost:5173\/#.*id_token=eyJ/);
    const again = await fetch(/** @type {string} */ (auth0Link), { redirect: 'manual' });
    assert.match(again.headers.get('location') ?? '', /#error=access_denied/, 'used once');

    assert.equal((await start('code', 'code@example.com')).status, 200);
    const [code] = /** @type {any[]} */ (await (await fetch(`${emulator.url}/__emulator/outbox?to=code%40example.com`)).json());
    assert.equal(code.link, undefined);
  } finally {
    await emulator.close();
  }
});
