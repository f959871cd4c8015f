// @ts-check
// Issue 15: behind a TLS-terminating proxy the handler sees `http://internal-host`, while the browser sends
// `Origin: https://site`. With trustProxy, the trusted hop's X-Forwarded-Proto and -Host say what the browser
// used (origin check, Secure, __Host-); without it, forwarded headers change nothing. Real nginx in front:
// test/e2e/backend-https.test.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestMessage, setup } from './server-helpers.js';

const SITE = 'https://shop.example';

/**
 * A request as nginx passes it on: plain http to the app's own address, the browser's origin in the headers.
 * @param {string} route @param {unknown} body @param {Record<string, string>} [extra]
 */
function proxied(route, body, extra = {}) {
  return new Request(`http://127.0.0.1:3000/auth/passwordless/${route}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: SITE,
      'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'shop.example', 'X-Forwarded-For': '198.51.100.4', ...extra,
    },
    body: JSON.stringify(body),
  });
}

test('behind a TLS-terminating proxy with trustProxy: starts and verifies are allowed, cookies are __Host- and Secure; without it every POST was refused', async () => {
  const trusted = await setup({ trustProxy: 1 });
  const untrusted = await setup();
  try {
    const refused = await untrusted.handler(proxied('start', { connection: 'email', identifier: 'proxy@example.com' }), { clientIp: '10.0.0.2' });
    assert.equal(refused.status, 403, 'without trustProxy the forwarded headers change nothing');

    const started = await trusted.handler(proxied('start', { connection: 'email', identifier: 'proxy@example.com' }), { clientIp: '10.0.0.2' });
    assert.equal(started.status, 204, await started.clone().text());
    const [ticket] = started.headers.getSetCookie();
    assert.match(ticket, /^__Host-passwordless-start=.*; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1800; Secure$/);
    const { code } = await latestMessage(trusted.emulator, 'proxy@example.com');
    const verified = await trusted.handler(proxied('verify', { connection: 'email', identifier: 'proxy@example.com', code }, { Cookie: ticket.split(';')[0] }), { clientIp: '10.0.0.2' });
    assert.equal(verified.status, 200, await verified.clone().text());
    const session = verified.headers.getSetCookie().find((c) => c.startsWith('__Host-passwordless='));
    assert.ok(session && /; Secure$/.test(session) && !/Domain=/i.test(session), session);
    const startCall = trusted.auth0Calls().find((c) => c.url.endsWith('/passwordless/start'));
    assert.equal(startCall?.headers['auth0-forwarded-for'], '198.51.100.4', 'the client address from the trusted hop goes to Auth0');
  } finally {
    await trusted.close();
    await untrusted.close();
  }
});

test('behind the proxy: a cross-site POST is still refused, and a client cannot choose the origin with its own forwarded headers', async () => {
  const t = await setup({ trustProxy: 1 });
  try {
    const body = { connection: 'email', identifier: 'proxy-attack@example.com' };
    assert.equal((await t.handler(proxied('start', body, { Origin: 'https://evil.example' }), { clientIp: '10.0.0.2' })).status, 403);
    // The page's http origin on an https site: refused (the browser used https).
    assert.equal((await t.handler(proxied('start', body, { Origin: 'http://shop.example' }), { clientIp: '10.0.0.2' })).status, 403);
    // A client that sends its own X-Forwarded-Host: nginx appends its own, and only the trusted hop counts.
    assert.equal((await t.handler(proxied('start', body, { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example, shop.example' }), { clientIp: '10.0.0.2' })).status, 403);
    // Garbage in the forwarded headers falls back on the request's own origin (http://127.0.0.1:3000): refused.
    /** @type {Record<string, string>[]} */
    const garbage = [{ 'X-Forwarded-Host': 'shop.example/evil' }, { 'X-Forwarded-Host': 'user@shop.example' }, { 'X-Forwarded-Proto': 'javascript' }];
    for (const header of garbage) {
      assert.equal((await t.handler(proxied('start', body, header), { clientIp: '10.0.0.2' })).status, 403, JSON.stringify(header));
    }
    assert.equal(t.auth0Calls().length, 0, 'nothing was sent');
  } finally {
    await t.close();
  }
});
