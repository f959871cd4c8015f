// @ts-check
// Security plan, part (c), tests 40–44, and test 5 for backend mode: the server handler against the emulator.
// Only what server-code, -link, -csrf, -throttle, -errors and -node do not already prove; SECURITY.md maps each
// number to every test that covers it. Each test's name starts with its plan number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { CALLBACK, CANARY_SECRET, Jar, elementRequest, exposed, jwtsIn, latestMessage, setup } from './server-helpers.js';
import { createPasswordlessHandler } from '../../server/index.js';
import { OTP_GRANT } from '../helpers/emulator-client.js';

/** @type {Awaited<ReturnType<typeof setup>>} */ let code;
/** @type {Awaited<ReturnType<typeof setup>>} */ let link;

before(async () => {
  code = await setup();
  link = await setup({ send: 'link', loginUrl: '/login' });
});
after(async () => {
  await code?.close();
  await link?.close();
});

/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} email @param {Jar} [jar] */
async function startCode(t, email, jar = new Jar()) {
  const r = jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar })));
  assert.equal(r.status, 204, await r.clone().text());
  return (await latestMessage(t.emulator, email)).code;
}

/** @param {Awaited<ReturnType<typeof setup>>} t @param {string} email @param {string} otp @param {Jar} [jar] */
async function verify(t, email, otp, jar = new Jar()) {
  return jar.store(await t.handler(elementRequest('verify', { connection: 'email', identifier: email, code: otp }, { jar })));
}

/** A link sign-in up to the callback URL the emulator sends the browser to. @param {string} email @param {Jar} jar */
async function linkCallback(email, jar) {
  const start = jar.store(await link.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar })));
  assert.equal(start.status, 204);
  const landing = await fetch(/** @type {string} */ ((await latestMessage(link.emulator, email)).link), { redirect: 'manual' });
  return /** @type {string} */ (landing.headers.get('location'));
}

/** @param {string} url @param {Jar} jar */
const callbackRequest = (url, jar) => new Request(url, { headers: { Cookie: jar.header(), 'Sec-Fetch-Site': 'cross-site' } });

test('40: the canary secret never leaves the server: no response of any route, success or failure, and no log line holds it; Auth0 gets server-fixed values only', async () => {
  const seen = [];
  const jar = new Jar();
  const email = 'canary-all@example.com';
  const otp = await startCode(code, email, jar);
  for (const request of [
    elementRequest('start', { connection: 'email', identifier: 'not an address' }),
    elementRequest('start', { connection: 'github', identifier: email }),
    elementRequest('verify', { connection: 'email', identifier: email, code: otp === '000000' ? '000001' : '000000' }),
    elementRequest('verify', { connection: 'email', identifier: email, code: 'abc' }),
    elementRequest('verify', { connection: 'email', identifier: email, code: otp }, { jar }),
    elementRequest('session', undefined, { jar }),
    elementRequest('logout', {}, { jar }),
    elementRequest('nowhere', {}),
    new Request(`${CALLBACK.replace('/callback', '/start')}`, { method: 'PUT' }),
  ]) {
    seen.push(await exposed(await code.handler(request)));
  }
  const linkJar = new Jar();
  const callback = await linkCallback('canary-link@example.com', linkJar);
  seen.push(await exposed(linkJar.store(await link.handler(callbackRequest(callback, linkJar)))));
  seen.push(await exposed(await link.handler(new Request(`${CALLBACK}?code=x&state=y`)))); // no start cookie
  seen.push(await exposed(await link.handler(new Request(`${CALLBACK}?error=access_denied&error_description=${encodeURIComponent(CANARY_SECRET)}&state=y`, { headers: { Cookie: linkJar.header() } }))));
  for (const text of seen) {
    assert.ok(!text.includes(CANARY_SECRET), `a response holds the secret: ${text.slice(0, 200)}`);
    assert.deepEqual(jwtsIn(text), [], 'and no token');
  }
  assert.ok(!code.logs.join('\n').includes(CANARY_SECRET) && !link.logs.join('\n').includes(CANARY_SECRET), 'not in the logs');
  // What went to Auth0: exactly the server-fixed fields plus the identifier, whatever the browser sent.
  await code.handler(elementRequest('start', {
    connection: 'email', identifier: 'fields@example.com', send: 'link', client_id: 'demo-spa', client_secret: 'x', scope: 'openid offline_access',
    audience: 'https://evil.example/api', authParams: { redirect_uri: 'https://evil.example/cb', response_type: 'token' }, locale: 'de',
  }, { headers: { 'x-request-language': 'fr' } }));
  const sent = code.auth0Calls().filter((call) => call.url.endsWith('/passwordless/start')).at(-1);
  assert.ok(sent);
  const body = JSON.parse(sent.body);
  assert.deepEqual(Object.keys(body).sort(), ['authParams', 'client_id', 'client_secret', 'connection', 'email', 'send']);
  assert.deepEqual({ client_id: body.client_id, send: body.send, email: body.email }, { client_id: 'test-regular', send: 'code', email: 'fields@example.com' });
  assert.deepEqual(Object.keys(body.authParams).sort(), ['redirect_uri', 'response_type', 'scope']);
  assert.equal(body.authParams.redirect_uri, CALLBACK);
  assert.equal(sent.headers['x-request-language'], 'de', 'the locale from the body, normalised, not a header from the browser');
});

test('41: CSRF is covered by server-csrf.test.js; here: a cross-site form post to verify never exchanges a code', async () => {
  const email = 'csrf-verify@example.com';
  const otp = await startCode(code, email);
  const before = code.auth0Calls().length;
  const forged = await code.handler(new Request(`${CALLBACK.replace('/callback', '/verify')}`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }, body: `connection=email&identifier=${encodeURIComponent(email)}&code=${otp}`,
  }));
  assert.equal(forged.status, 403);
  assert.equal(forged.headers.getSetCookie().length, 0);
  assert.equal(code.auth0Calls().length, before);
  assert.equal((await verify(code, email, otp)).status, 200, 'the code was not touched');
});

test('42: a global budget caps all starts; per identifier, per IP and XFF are covered by server-throttle.test.js', async () => {
  const small = await setup({ rateLimits: { global: { max: 2, windowSeconds: 3600 } } });
  try {
    for (const email of ['g1@example.com', 'g2@example.com']) assert.equal((await small.handler(elementRequest('start', { connection: 'email', identifier: email }))).status, 204);
    const third = await small.handler(elementRequest('start', { connection: 'email', identifier: 'g3@example.com' }));
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers.get('retry-after')) > 0);
    assert.equal(small.auth0Calls().filter((call) => call.url.endsWith('/passwordless/start')).length, 2, 'the third was not sent');
  } finally {
    await small.close();
  }
});

test('43: the connection breaking after the start went out is 504 network ("unknown"), sent once; a refused connection is 502 and was never sent', async () => {
  const before = code.auth0Calls().length;
  code.emulator.faults.add({ path: '/passwordless/start', after: true, drop: true });
  const r = await code.handler(elementRequest('start', { connection: 'email', identifier: 'broken@example.com' }));
  assert.equal(r.status, 504);
  assert.deepEqual(await r.json(), { error: 'network' });
  assert.equal(code.auth0Calls().length - before, 1, 'not retried');
  assert.ok(await latestMessage(code.emulator, 'broken@example.com'), 'the message did go out: the element says it may have');
  // An OTP exchange whose answer is lost: 504, not replayed; the retry finds the code used.
  const otp = await startCode(code, 'lost-exchange@example.com');
  code.emulator.faults.add({ path: '/oauth/token', after: true, drop: true });
  const lost = await verify(code, 'lost-exchange@example.com', otp);
  assert.equal(lost.status, 504);
  const retry = await verify(code, 'lost-exchange@example.com', otp);
  assert.equal(retry.status, 403);
  assert.deepEqual(await retry.json(), { error: 'wrong_code' }, 'the element turns this into "ask for a new one"');
  // Connection refused: nothing reached Auth0.
  const port = await new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const down = createPasswordlessHandler({ ...code.options, domain: `http://localhost:${port}` });
  const refused = await down(elementRequest('start', { connection: 'email', identifier: 'refused@example.com' }));
  assert.equal(refused.status, 502);
  assert.deepEqual(await refused.json(), { error: 'service_unavailable' });
});

test('44: a pre-set session cookie (fixation) is never adopted: sign-in issues a new one; the callback answers no-store, no-referrer, to a clean URL', async () => {
  const jar = new Jar();
  jar.cookies.set('passwordless_session', 'attacker-chosen-session-id');
  assert.equal((await code.handler(elementRequest('session', undefined, { jar }))).status, 401, 'a forged session is no session');
  const otp = await startCode(code, 'fixation@example.com', jar);
  const signedIn = await verify(code, 'fixation@example.com', otp, jar);
  assert.equal(signedIn.status, 200);
  const session = signedIn.headers.getSetCookie().find((c) => c.startsWith('passwordless_session='));
  assert.ok(session && !session.includes('attacker-chosen-session-id'), 'a new session value');
  assert.match(session, /HttpOnly/i);
  assert.match(session, /SameSite=Lax/i);
  const linkJar = new Jar();
  const callback = await linkCallback('clean@example.com', linkJar);
  const landed = await link.handler(callbackRequest(callback, linkJar));
  assert.equal(landed.status, 302);
  assert.equal(landed.headers.get('cache-control'), 'no-store');
  assert.equal(landed.headers.get('referrer-policy'), 'no-referrer');
  const target = new URL(/** @type {string} */ (landed.headers.get('location')), 'http://localhost');
  assert.deepEqual([...target.searchParams.keys()], ['passwordless'], 'no code, state or token in the URL the page gets');
});

test('5 (backend mode): every ID-token defect ends in invalid_response and no session; the nonce is checked for links', async (t) => {
  for (const defect of ['alg_none', 'hs256', 'bad_signature', 'unknown_kid', 'wrong_iss', 'wrong_aud', 'expired', 'future_iat']) {
    await t.test(`5 (backend): ${defect}`, async () => {
      const email = `defect-${defect.replace(/_/g, '-')}@example.com`;
      const otp = await startCode(code, email);
      code.emulator.faults.addTokenDefect({ defect });
      const r = await verify(code, email, otp);
      assert.equal(r.status, 502, defect);
      assert.deepEqual(await r.json(), { error: 'invalid_response' });
      assert.equal(r.headers.getSetCookie().length, 0, 'no session');
    });
  }
  for (const defect of ['wrong_nonce', 'missing_nonce']) {
    await t.test(`5 (backend, link): ${defect}`, async () => {
      const jar = new Jar();
      const callback = await linkCallback(`link-${defect.replace(/_/g, '-')}@example.com`, jar);
      link.emulator.faults.addTokenDefect({ defect });
      const r = jar.store(await link.handler(callbackRequest(callback, jar)));
      assert.equal(r.status, 302);
      assert.match(/** @type {string} */ (r.headers.get('location')), /code_error=invalid_response/);
      assert.ok(!r.headers.getSetCookie().some((c) => c.startsWith('passwordless_session=') && !/Max-Age=0/i.test(c)), 'no session');
    });
  }
  code.emulator.faults.clearTokenDefects();
  link.emulator.faults.clearTokenDefects();
  // at_hash and nonce are not sent on the back channel (the OTP grant): nothing to compare, as OIDC Core 3.1.3.8 allows.
  assert.ok(OTP_GRANT);
});
