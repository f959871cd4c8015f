// @ts-check
// Backend mode, codes on a database connection (databaseConnection): /otp/challenge and the OTP grant with the
// auth_session kept in the sealed start cookie, against the emulator. Email and phone (text, voice), an unknown person
// told as a known one, sign-up, codes only, wrong and used codes, the My Account token for passkey creation, and
// Auth0's refusals of the setup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../emulator/index.js';
import { createPasswordlessHandler, getSession } from '../../server/index.js';
import { resolveOptions } from '../../server/options.js';
import { myAccountToken } from '../../server/my-account.js';
import { APP, CALLBACK, Jar, SESSION_SECRET, LOOSE_SPACING, elementRequest, latestMessage, outboxSize } from './server-helpers.js';

const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const REALM = 'Username-Password-Authentication';
const ME = 'https://localhost/me/';
const ENROL_SCOPE = 'create:me:authentication_methods';
const CLIENT = { id: 'db-backend', secret: 'db-backend-secret-0123456789abcdef' };
const NO_GRANT = { id: 'db-no-otp', secret: 'db-no-otp-secret-0123456789abcdef' };

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** A handler that signs people up. @type {ReturnType<typeof handlerWith>} */ let signUpHandler;

before(async () => {
  const client = { app_type: 'regular_web', callbacks: [CALLBACK], allowed_origins: [APP] };
  emu = await startEmulator({
    port: 0,
    config: {
      clients: [
        { ...client, client_id: CLIENT.id, client_secret: CLIENT.secret, grant_types: ['authorization_code', OTP_GRANT] },
        { ...client, client_id: NO_GRANT.id, client_secret: NO_GRANT.secret, grant_types: ['authorization_code'] },
      ],
      connections: {
        email: {},
        sms: {},
        [REALM]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true }, phone_otp: { enabled: true }, passkey: { enabled: true } } } },
        'Passwords-Only': { strategy: 'auth0', options: { authentication_methods: { password: { enabled: true } } } },
      },
      // Room for every test's /otp/challenge from this one address (Auth0's 50 per hour is tested by a fault below).
      rate_limits: { passwordless_start_per_ip_per_hour: 1000, failed_logins_per_user_per_ip: 10 },
      custom_domains: [{ domain: 'localhost', status: 'ready' }],
      apis: [{ identifier: ME, scopes: [{ value: ENROL_SCOPE }] }],
      client_grants: [{ client_id: CLIENT.id, audience: ME, scope: [ENROL_SCOPE], subject_type: 'user' }],
    },
  });
  signUpHandler = handlerWith({ databaseSignup: true });
});
after(() => emu?.close());

/**
 * A handler on the database connection, its log lines and the bodies it sent to Auth0.
 * @param {Record<string, unknown>} [overrides]
 */
function handlerWith(overrides = {}) {
  /** @type {string[]} */
  const logs = [];
  /** @type {{ url: string, body: Record<string, unknown> }[]} */
  const calls = [];
  /** @type {typeof fetch} */
  const recording = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (typeof init?.body === 'string') calls.push({ url, body: JSON.parse(init.body) });
    return fetch(input, init);
  };
  const options = /** @type {import('../../server/index.js').PasswordlessHandlerOptions} */ ({
    domain: emu.url,
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    sessionSecret: SESSION_SECRET,
    databaseConnection: REALM,
    fetch: recording,
    log: (/** @type {unknown} */ entry) => logs.push(JSON.stringify(entry)),
    rateLimits: LOOSE_SPACING,
    ...overrides,
  });
  return { handler: createPasswordlessHandler(options), options, logs, calls };
}

/** @param {ReturnType<typeof handlerWith>} h @param {Record<string, unknown>} body @param {Jar} jar */
async function start(h, body, jar) {
  return jar.store(await h.handler(elementRequest('start', body, { jar })));
}

/** @param {ReturnType<typeof handlerWith>} h @param {Record<string, unknown>} body @param {Jar} jar */
async function verify(h, body, jar) {
  return jar.store(await h.handler(elementRequest('verify', body, { jar })));
}

/** Signs `email` in (or up) with a code through `h`; the verify's body. @param {ReturnType<typeof handlerWith>} h @param {string} email @param {Jar} [jar] */
async function signIn(h, email, jar = new Jar()) {
  const started = await start(h, { connection: 'email', identifier: email }, jar);
  assert.equal(started.status, 204, await started.text());
  const { code } = await latestMessage(emu, email);
  const verified = await verify(h, { connection: 'email', identifier: email, code }, jar);
  assert.equal(verified.status, 200, await verified.clone().text());
  return { body: await verified.json(), jar };
}


test('an email code signs up, then in, as the same auth0| user; Auth0 got /otp/challenge with the secret, not /passwordless/start', async () => {
  const first = await signIn(signUpHandler, 'ada@example.com');
  assert.match(first.body.user.sub, /^auth0\|/);
  assert.equal(first.body.user.email, 'ada@example.com');
  const h = handlerWith();
  const again = await signIn(h, 'ada@example.com');
  assert.equal(again.body.user.sub, first.body.user.sub);
  const challenge = h.calls.find((c) => c.url.endsWith('/otp/challenge'));
  assert.deepEqual(challenge?.body, { client_id: CLIENT.id, client_secret: CLIENT.secret, connection: REALM, email: 'ada@example.com', allow_signup: false });
  assert.ok(!h.calls.some((c) => c.url.endsWith('/passwordless/start')));
  const grant = h.calls.find((c) => c.url.endsWith('/oauth/token'));
  assert.equal(grant?.body.grant_type, OTP_GRANT);
  assert.equal(typeof grant?.body.auth_session, 'string');
  assert.equal(grant?.body.audience, undefined);
  assert.equal(grant?.body.username, undefined);
});

test('the auth_session stays on the server: the start answer holds only the sealed cookie', async () => {
  const jar = new Jar();
  const started = await start(signUpHandler, { connection: 'email', identifier: 'sealed@example.com' }, jar);
  assert.equal(started.status, 204);
  const challenge = signUpHandler.calls.filter((c) => c.url.endsWith('/otp/challenge')).at(-1);
  assert.ok(challenge);
  assert.equal(await started.text(), '');
  // The auth_session Auth0 answered is nowhere in what the browser got.
  const grantsBefore = signUpHandler.calls.length;
  const { code } = await latestMessage(emu, 'sealed@example.com');
  assert.equal((await verify(signUpHandler, { connection: 'email', identifier: 'sealed@example.com', code }, jar)).status, 200);
  const authSession = String(signUpHandler.calls.slice(grantsBefore).find((c) => c.url.endsWith('/oauth/token'))?.body.auth_session);
  assert.ok(!started.headers.getSetCookie().join(';').includes(authSession));
});

test('phones: a text code by default, a voice call when asked and allowed; voice refused where not allowed', async () => {
  const h = handlerWith({ databaseSignup: true, phoneDelivery: ['text', 'voice'] });
  const jar = new Jar();
  const phone = '+44 7911 123456';
  assert.equal((await start(h, { connection: 'sms', identifier: phone }, jar)).status, 204);
  let message = await latestMessage(emu, '+447911123456');
  assert.deepEqual([message.channel, /** @type {any} */ (message).delivery], ['sms', 'text']);
  assert.equal(h.calls.at(-1)?.body.delivery_method, 'text');
  assert.equal(h.calls.at(-1)?.body.phone_number, '+447911123456');
  assert.equal(h.calls.at(-1)?.body.email, undefined);

  const voiceJar = new Jar();
  assert.equal((await start(h, { connection: 'sms', identifier: '+44 7911 123457', delivery: 'voice' }, voiceJar)).status, 204);
  message = await latestMessage(emu, '+447911123457');
  assert.equal(/** @type {any} */ (message).delivery, 'voice');
  const verified = await verify(h, { connection: 'sms', identifier: '+447911123457', code: message.code }, voiceJar);
  assert.equal(verified.status, 200);
  const { user } = await verified.json();
  assert.match(user.sub, /^auth0\|/);

  // Text only (the default): voice asked for is refused before anything is sent or counted.
  const textOnly = handlerWith({ databaseSignup: true });
  const before = await outboxSize(emu);
  const refused = await start(textOnly, { connection: 'sms', identifier: '+44 7911 123458', delivery: 'voice' }, new Jar());
  assert.deepEqual([refused.status, (await refused.json()).error], [400, 'misconfigured']);
  assert.match(textOnly.logs.join('\n'), /phoneDelivery/);
  const bogus = await start(textOnly, { connection: 'sms', identifier: '+44 7911 123458', delivery: 'fax' }, new Jar());
  assert.equal(bogus.status, 400);
  assert.equal(await outboxSize(emu), before);
  // The element learns the choices from settings, the first the default.
  const offered = await (await h.handler(elementRequest('settings'))).json();
  assert.deepEqual(offered.phoneDelivery, ['text', 'voice']);
  // The first of the list is the default.
  const voiceFirst = handlerWith({ databaseSignup: true, phoneDelivery: ['voice', 'text'] });
  assert.equal((await start(voiceFirst, { connection: 'sms', identifier: '+44 7911 123459' }, new Jar())).status, 204);
  assert.equal(voiceFirst.calls.at(-1)?.body.delivery_method, 'voice');
});

test('an unknown person without databaseSignup gets the answer a known one gets, and no message', async () => {
  await signIn(signUpHandler, 'known@example.com');
  const h = handlerWith();
  const before = await outboxSize(emu);
  const known = await start(h, { connection: 'email', identifier: 'known@example.com' }, new Jar());
  assert.equal(await outboxSize(emu), before + 1);
  const unknownJar = new Jar();
  const unknown = await start(h, { connection: 'email', identifier: 'stranger@example.com' }, unknownJar);
  assert.equal(await outboxSize(emu), before + 1, 'no message to a stranger');
  assert.equal(unknown.status, known.status);
  assert.equal(unknown.headers.get('x-passwordless-send'), known.headers.get('x-passwordless-send'));
  assert.deepEqual([...unknown.headers.keys()].sort(), [...known.headers.keys()].sort());
  assert.equal(await unknown.text(), await known.text());
  // Any code for the stranger reads as a wrong code, as for a known person.
  const tried = await verify(h, { connection: 'email', identifier: 'stranger@example.com', code: '123456' }, unknownJar);
  assert.deepEqual([tried.status, (await tried.json()).error], [403, 'wrong_code']);
});

test('tries of a code read the same for a known and an unknown person: wrong three times, then too_many_attempts', async () => {
  await signIn(signUpHandler, 'tried@example.com');
  const h = handlerWith();
  /** @param {string} email */
  async function fourTries(email) {
    const jar = new Jar();
    assert.equal((await start(h, { connection: 'email', identifier: email }, jar)).status, 204);
    const code = email === 'tried@example.com' ? (await latestMessage(emu, email)).code : '123456';
    const wrong = code === '111111' ? '222222' : '111111';
    const answers = [];
    for (const typed of [wrong, wrong, wrong, code]) {
      const response = await verify(h, { connection: 'email', identifier: email, code: typed }, jar);
      answers.push(`${response.status} ${(await response.json()).error}`);
    }
    return answers;
  }
  const known = await fourTries('tried@example.com');
  assert.deepEqual(known, ['403 wrong_code', '403 wrong_code', '403 wrong_code', '403 too_many_attempts']);
  assert.deepEqual(await fourTries('untried@example.com'), known);
});

test('with databaseSignup a new person is created', async () => {
  const { body } = await signIn(signUpHandler, 'newcomer@example.com');
  assert.match(body.user.sub, /^auth0\|/);
  assert.equal(signUpHandler.calls.filter((c) => c.url.endsWith('/otp/challenge')).at(-1)?.body.allow_signup, true);
});

test("send: 'link' sends a code on a database connection, and the answer says code", async () => {
  const h = handlerWith({ databaseSignup: true, send: 'link', callbackUrl: CALLBACK });
  assert.match(h.logs.join('\n'), /send: 'link'.*ignored/);
  const jar = new Jar();
  const started = await start(h, { connection: 'email', identifier: 'linky@example.com' }, jar);
  assert.equal(started.status, 204);
  assert.equal(started.headers.get('x-passwordless-send'), 'code');
  const message = await latestMessage(emu, 'linky@example.com');
  assert.equal(message.link, undefined);
  assert.equal((await verify(h, { connection: 'email', identifier: 'linky@example.com', code: message.code }, jar)).status, 200);
});

test('a wrong code, then the right one; then the used auth_session is refused as a wrong code', async () => {
  const jar = new Jar();
  const email = 'typo@example.com';
  assert.equal((await start(signUpHandler, { connection: 'email', identifier: email }, jar)).status, 204);
  const { code } = await latestMessage(emu, email);
  const wrong = code === '111111' ? '222222' : '111111';
  const refused = await verify(signUpHandler, { connection: 'email', identifier: email, code: wrong }, jar);
  assert.deepEqual([refused.status, (await refused.json()).error], [403, 'wrong_code']);
  // Another browser has no auth_session for the person: nothing to check the code against.
  const elsewhere = await verify(signUpHandler, { connection: 'email', identifier: email, code }, new Jar());
  assert.deepEqual([elsewhere.status, (await elsewhere.json()).error], [403, 'code_expired']);
  const staleJar = new Jar();
  staleJar.cookies = new Map(jar.cookies);
  assert.equal((await verify(signUpHandler, { connection: 'email', identifier: email, code }, jar)).status, 200);
  // The start cookie from before the sign-in still holds the used auth_session.
  const replay = await verify(signUpHandler, { connection: 'email', identifier: email, code }, staleJar);
  assert.deepEqual([replay.status, (await replay.json()).error], [403, 'wrong_code']);
});

test('passkeys.create: the session holds a My Account token; without it, none', async () => {
  const withCreate = handlerWith({ databaseSignup: true, passkeys: { create: true } });
  const { jar } = await signIn(withCreate, 'maker@example.com');
  const grant = withCreate.calls.filter((c) => c.url.endsWith('/oauth/token')).at(-1);
  assert.equal(grant?.body.audience, ME);
  assert.match(String(grant?.body.scope), new RegExp(`^openid profile email ${ENROL_SCOPE}$`));
  const session = await getSession(elementRequest('session', undefined, { jar }), withCreate.options);
  assert.equal(session?.tokens.audience, ME);
  const token = myAccountToken(resolveOptions(withCreate.options), session);
  assert.ok(token && token === session?.tokens.access_token);

  const without = handlerWith({ databaseSignup: true });
  const plain = await signIn(without, 'plain@example.com');
  const plainSession = await getSession(elementRequest('session', undefined, { jar: plain.jar }), without.options);
  assert.ok(plainSession);
  assert.equal(myAccountToken(resolveOptions(without.options), plainSession), undefined);
  assert.equal(myAccountToken(resolveOptions(withCreate.options), plainSession), undefined, 'a token without the My Account audience');
});

test('passkeys.create with an audience option: no My Account token, one warning at creation', async () => {
  const h = handlerWith({ databaseSignup: true, passkeys: { create: true }, audience: 'https://api.example.com/' });
  const warnings = h.logs.filter((l) => /Multi-Resource Refresh Token/.test(l));
  assert.equal(warnings.length, 1);
  assert.equal(resolveOptions(h.options).passkeys?.create, false);
});

test("Auth0's refusals of the setup: misconfigured, with a log line naming the fix", async () => {
  const noMethod = handlerWith({ databaseConnection: 'Passwords-Only' });
  const refused = await start(noMethod, { connection: 'email', identifier: 'ada@example.com' }, new Jar());
  assert.deepEqual([refused.status, (await refused.json()).error], [502, 'misconfigured']);
  assert.match(noMethod.logs.join('\n'), /"auth0Error":"invalid_connection".*email_otp/);

  const noGrant = handlerWith({ clientId: NO_GRANT.id, clientSecret: NO_GRANT.secret });
  const denied = await start(noGrant, { connection: 'email', identifier: 'ada@example.com' }, new Jar());
  assert.deepEqual([denied.status, (await denied.json()).error], [502, 'misconfigured']);
  assert.match(noGrant.logs.join('\n'), /"auth0Error":"unauthorized_client".*Passwordless OTP/);
});

test('options: voice and databaseSignup need databaseConnection; a bad name or delivery throws', () => {
  const base = { domain: emu.url, clientId: CLIENT.id, clientSecret: CLIENT.secret, sessionSecret: SESSION_SECRET };
  assert.throws(() => createPasswordlessHandler({ ...base, phoneDelivery: 'voice' }), /classic sms connection/);
  assert.throws(() => createPasswordlessHandler({ ...base, databaseSignup: true }), /databaseConnection/);
  assert.throws(() => createPasswordlessHandler({ ...base, databaseConnection: 'bad name!' }), /database connection/);
  assert.throws(() => createPasswordlessHandler({ ...base, databaseConnection: REALM, phoneDelivery: /** @type {any} */ (['fax']) }), /phoneDelivery/);
  assert.equal(resolveOptions({ ...base }).databaseCodes, null);
});

test('a classic handler refuses voice, and still uses /passwordless/start', async () => {
  const h = handlerWith({ databaseConnection: undefined });
  const refused = await start(h, { connection: 'sms', identifier: '+44 7911 123460', delivery: 'voice' }, new Jar());
  assert.deepEqual([refused.status, (await refused.json()).error], [400, 'misconfigured']);
  assert.match(h.logs.join('\n'), /classic sms connection/);
  assert.equal((await (await h.handler(elementRequest('settings'))).json()).phoneDelivery, undefined);
  const jar = new Jar();
  assert.equal((await start(h, { connection: 'email', identifier: 'classic@example.com', delivery: 'text' }, jar)).status, 204);
  assert.ok(h.calls.some((c) => c.url.endsWith('/passwordless/start')));
  const { code } = await latestMessage(emu, 'classic@example.com');
  const verified = await verify(h, { connection: 'email', identifier: 'classic@example.com', code }, jar);
  assert.equal(verified.status, 200);
  assert.match((await verified.json()).user.sub, /^email\|/);
});

test("Auth0's too_many_requests is rate_limited with its Retry-After", async () => {
  const fault = { path: '/otp/challenge', status: 429, body: { error: 'too_many_requests', error_description: 'Too many requests.' }, headers: { 'Retry-After': '42' } };
  assert.equal((await fetch(`${emu.url}/__emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault) })).status < 300, true);
  const h = handlerWith();
  const refused = await start(h, { connection: 'email', identifier: 'busy@example.com' }, new Jar());
  assert.deepEqual([refused.status, (await refused.json()).error, refused.headers.get('retry-after')], [429, 'rate_limited', '42']);
});

test('the pipeline is the same: smsCountries refuses before Auth0 is asked; a repeated Idempotency-Key sends once and keeps the auth_session', async () => {
  const h = handlerWith({ databaseSignup: true, smsCountries: ['GB'] });
  const refused = await start(h, { connection: 'sms', identifier: '+1 212 555 0123' }, new Jar());
  assert.deepEqual([refused.status, (await refused.json()).error], [400, 'country_not_allowed']);
  assert.ok(!h.calls.some((c) => c.url.endsWith('/otp/challenge')));

  const jar = new Jar();
  const email = 'twice@example.com';
  const headers = { 'Idempotency-Key': 'db-key-1' };
  const first = jar.store(await h.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar, headers })));
  const again = new Jar();
  again.cookies = new Map();
  const repeat = again.store(await h.handler(elementRequest('start', { connection: 'email', identifier: email }, { jar: again, headers })));
  assert.deepEqual([first.status, repeat.status], [204, 204]);
  assert.equal(h.calls.filter((c) => c.url.endsWith('/otp/challenge')).length, 1, 'sent once');
  // The repeat's start cookie holds the same auth_session: its browser can finish with the code.
  const { code } = await latestMessage(emu, email);
  assert.equal((await verify(h, { connection: 'email', identifier: email, code }, again)).status, 200);
});

test("within the person's spacing, the browser that asked is told sent (its auth_session kept); another browser waits", async () => {
  const h = handlerWith({ databaseSignup: true, rateLimits: undefined });
  const email = 'spaced@example.com';
  const jar = new Jar();
  assert.equal((await start(h, { connection: 'email', identifier: email }, jar)).status, 204);
  const resent = await start(h, { connection: 'email', identifier: email }, jar);
  assert.equal(resent.status, 204);
  assert.equal(h.calls.filter((c) => c.url.endsWith('/otp/challenge')).length, 1, 'not sent again');
  const other = await start(h, { connection: 'email', identifier: email }, new Jar());
  assert.deepEqual([other.status, (await other.json()).error], [429, 'rate_limited']);
  const { code } = await latestMessage(emu, email);
  assert.equal((await verify(h, { connection: 'email', identifier: email, code }, jar)).status, 200);
});

test('passkeys.create on a tenant without the My Account API: the sign-in is 502 misconfigured, the log names the fix', async () => {
  const bare = await startEmulator({
    port: 0,
    config: {
      clients: [{ app_type: 'regular_web', callbacks: [CALLBACK], allowed_origins: [APP], client_id: CLIENT.id, client_secret: CLIENT.secret, grant_types: [OTP_GRANT] }],
      connections: { [REALM]: { strategy: 'auth0', options: { authentication_methods: { email_otp: { enabled: true } } } } },
    },
  });
  try {
    const h = handlerWith({ domain: bare.url, databaseSignup: true, passkeys: { create: true } });
    const jar = new Jar();
    assert.equal((await start(h, { connection: 'email', identifier: 'early@example.com' }, jar)).status, 204);
    const { code } = await latestMessage(bare, 'early@example.com');
    const refused = await verify(h, { connection: 'email', identifier: 'early@example.com', code }, jar);
    assert.deepEqual([refused.status, (await refused.json()).error], [502, 'misconfigured']);
    assert.match(h.logs.join('\n'), /"auth0Error":"access_denied".*My Account API/);
  } finally {
    await bare.close();
  }
});
