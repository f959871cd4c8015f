// @ts-check
// CSRF and cross-origin abuse: nothing is sent to Auth0 unless the request is JSON, carries the custom header
// and comes from an allowed origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { APP, outboxSize, setup } from './server-helpers.js';

/** @type {Awaited<ReturnType<typeof setup>>} */
let t;
before(async () => (t = await setup()));
after(() => t.close());

const START = `${APP}/auth/passwordless/start`;
const BODY = JSON.stringify({ connection: 'email', identifier: 'victim@example.com' });

/** @param {RequestInit & { headers: Record<string, string> }} init @param {string} [url] */
async function attempt(init, url = START) {
  const response = await t.handler(new Request(url, { method: 'POST', ...init }));
  return { status: response.status, body: await response.text(), headers: response.headers };
}

test('forged requests are refused and nothing is sent', async () => {
  const json = { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1' };
  const cases = [
    ['another origin', { headers: { ...json, Origin: 'https://evil.example' }, body: BODY }, 403],
    ['a look-alike origin', { headers: { ...json, Origin: 'http://localhost:5173.evil.example' }, body: BODY }, 403],
    ['Origin null, cross-site', { headers: { ...json, Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }, body: BODY }, 403],
    ['no Origin and no Sec-Fetch-Site', { headers: json, body: BODY }, 403],
    ['no Origin, same-site (another subdomain)', { headers: { ...json, 'Sec-Fetch-Site': 'same-site' }, body: BODY }, 403],
    ['urlencoded form', { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }, body: 'connection=email&identifier=victim%40example.com' }, 403],
    ['text/plain', { headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, body: BODY }, 403],
    ['multipart', { headers: { 'Content-Type': 'multipart/form-data; boundary=x', Origin: 'https://evil.example' }, body: `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--` }, 403],
    ['same origin but no custom header', { headers: { 'Content-Type': 'application/json', Origin: APP }, body: BODY }, 403],
    ['same origin, header, but text/plain', { headers: { 'Content-Type': 'text/plain', 'X-Passwordless-Login': '1', Origin: APP }, body: BODY }, 415],
    ['same origin, header, but urlencoded', { headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Passwordless-Login': '1', Origin: APP }, body: 'a=b' }, 415],
  ];
  for (const [name, init, status] of cases) {
    const r = await attempt(/** @type {RequestInit & { headers: Record<string, string> }} */ (init));
    assert.equal(r.status, status, /** @type {string} */ (name));
    if (status === 403) assert.deepEqual(JSON.parse(r.body), { error: 'origin_not_allowed' });
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  }
  // Verify and logout are guarded the same way.
  const verify = await attempt({ headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: 'https://evil.example' }, body: JSON.stringify({ connection: 'email', identifier: 'victim@example.com', code: '123456' }) }, `${APP}/auth/passwordless/verify`);
  assert.equal(verify.status, 403);
  const logout = await attempt({ headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, body: '' }, `${APP}/auth/passwordless/logout`);
  assert.equal(logout.status, 403);
  assert.equal(logout.headers.getSetCookie().length, 0);

  assert.equal(t.auth0Calls().length, 0, 'no call reached Auth0');
  assert.equal(await outboxSize(t.emulator), 0, 'the outbox stays empty');
});

test('a same-origin request without Origin but with Sec-Fetch-Site: same-origin (no-referrer pages) is accepted', async () => {
  const r = await attempt({ headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }, body: JSON.stringify({ connection: 'email', identifier: 'noref@example.com' }) });
  assert.equal(r.status, 204);
});

test('CORS preflights: refused for other origins, allowed for a listed one', async () => {
  const evil = await t.handler(new Request(START, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-passwordless-login' } }));
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get('access-control-allow-origin'), null);

  const listed = await setup({ allowedOrigins: [APP, 'https://app.example.com'] });
  try {
    const ok = await listed.handler(new Request(START, { method: 'OPTIONS', headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'POST' } }));
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://app.example.com');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /x-passwordless-login/);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    const stillEvil = await listed.handler(new Request(START, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: 'https://evil.example' }, body: BODY }));
    assert.equal(stillEvil.status, 403);
  } finally {
    await listed.close();
  }
});

test('bodies over 16 KB, broken JSON, wrong methods and unknown routes', async () => {
  const headers = { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: APP };
  const big = await attempt({ headers, body: JSON.stringify({ connection: 'email', identifier: 'a@example.com', pad: 'x'.repeat(17 * 1024) }) });
  assert.equal(big.status, 413);
  const broken = await attempt({ headers, body: '{"connection":' });
  assert.equal(broken.status, 400);
  const array = await attempt({ headers, body: '[]' });
  assert.equal(array.status, 400);
  const get = await t.handler(new Request(START));
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
  const unknown = await t.handler(new Request(`${APP}/auth/passwordless/admin`));
  assert.equal(unknown.status, 404);
  const outside = await t.handler(new Request(`${APP}/elsewhere`));
  assert.equal(outside.status, 404);
  for (const r of [get, unknown]) assert.equal(r.headers.get('cache-control'), 'no-store');
});
