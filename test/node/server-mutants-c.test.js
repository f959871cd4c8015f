// @ts-check
// The option checks of createPasswordlessHandler that the mutation run (group C) showed no test pinned: each
// refusal with its exact message, what is accepted at the edges (the smallest limits, zero proxy hops, every
// allowed cookie value and connection list), the defaults, a domain read from a padded environment variable, and
// the default logger. In-process against resolveOptions, with no emulator.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createPasswordlessHandler } from '../../server/index.js';
import { resolveOptions } from '../../server/options.js';
import { SESSION_SECRET } from './server-helpers.js';

const BASE = { domain: 'tenant.example.com', clientId: 'mutants-c', clientSecret: 'secret', sessionSecret: SESSION_SECRET };
const P = 'passwordless-login/server: ';

/** @param {Record<string, unknown>} extra */
const resolve = (extra) => resolveOptions(/** @type {any} */ ({ ...BASE, ...extra }));

/**
 * Asserts that these options are refused with exactly this message (a TypeError, prefixed).
 * @param {unknown} options @param {string} message @param {string} [label]
 */
function refuses(options, message, label = JSON.stringify(options) ?? String(options)) {
  assert.throws(() => resolveOptions(/** @type {any} */ (options)), (/** @type {any} */ e) => {
    assert.ok(e instanceof TypeError, `${label}: a TypeError`);
    assert.equal(e.message, P + message, label);
    return true;
  });
}

const DOMAIN_REQUIRED = '`domain` is required (your Auth0 domain, e.g. example.eu.auth0.com).';

test('options that are not an object, and a missing or blank domain, are refused with their messages', () => {
  for (const options of [undefined, null, 'tenant.example.com', 42, true]) refuses(options, 'options are required.', String(options));
  for (const domain of [undefined, 42, '', '   ', '\n']) refuses({ ...BASE, domain }, DOMAIN_REQUIRED, JSON.stringify(domain) ?? 'undefined');
  // Another scheme is refused, not read as the host "ftp" under https.
  for (const domain of ['ftp://tenant.example.com', 'ws://localhost:4400']) refuses({ ...BASE, domain }, `\`domain\` must be a domain or an https origin: ${domain}`, domain);
  refuses({ ...BASE, domain: 'bad domain.example' }, '`domain` is not a valid domain or origin: bad domain.example');
  refuses({ ...BASE, domain: ' https://bad domain.example ' }, '`domain` is not a valid domain or origin: https://bad domain.example', 'trimmed in the message');
  refuses({ ...BASE, domain: 'http://tenant.example.com' }, '`domain` must use https (http is allowed only on localhost, for the emulator).');
});

test('a domain from a padded environment variable is trimmed; without a scheme at its start it is an https host', () => {
  assert.equal(resolve({ domain: ' tenant.example.com\n' }).origin, 'https://tenant.example.com');
  assert.equal(resolve({ domain: '  http://localhost:4400/ \n' }).origin, 'http://localhost:4400');
  assert.equal(resolve({ domain: 'HTTPS://Tenant.Example.com/' }).issuer, 'https://tenant.example.com/');
  // "http://" further in is not a scheme: the whole value is still read as an https host (and path).
  assert.equal(resolve({ domain: 'tenant.example.com/authorize?redirect_uri=http://localhost' }).origin, 'https://tenant.example.com');
  refuses({ ...BASE, domain: 'javascript:x//http://a' }, '`domain` is not a valid domain or origin: javascript:x//http://a', 'no other scheme gets in');
});

test('the client ID, client secret and session secret must be strings, and the two secrets different', () => {
  for (const clientId of [undefined, '', 42, ['id']]) refuses({ ...BASE, clientId }, '`clientId` is required.', JSON.stringify(clientId) ?? 'undefined');
  for (const clientSecret of [undefined, '', 42, { secret: 'x' }]) {
    refuses({ ...BASE, clientSecret }, '`clientSecret` is required: backend mode is for a Regular Web Application (a confidential client).', JSON.stringify(clientSecret) ?? 'undefined');
  }
  const SHORT = '`sessionSecret` must be a string of at least 32 characters (e.g. `openssl rand -base64 32`).';
  for (const sessionSecret of [undefined, 'x'.repeat(31), 2 ** 120, Buffer.alloc(32, 1), Array(32).fill('x')]) {
    refuses({ ...BASE, sessionSecret }, SHORT, typeof sessionSecret === 'object' ? `object of length ${sessionSecret.length}` : String(sessionSecret));
  }
  assert.equal(resolve({ sessionSecret: 'y'.repeat(32) }).sessionSecret, 'y'.repeat(32), '32 characters are enough');
  refuses({ ...BASE, clientSecret: SESSION_SECRET }, '`sessionSecret` must not be the client secret.');
});

test('send: code (the default) or link; anything else is refused', () => {
  assert.equal(resolve({}).send, 'code');
  assert.equal(resolve({ send: 'link', callbackUrl: 'https://app.example/cb' }).send, 'link');
  for (const send of ['magic', 'Code', '']) refuses({ ...BASE, send }, "`send` must be 'code' or 'link'.", send);
});

test("connections: a non-empty list of 'email' and 'sms' (default both); anything else is refused", () => {
  assert.deepEqual(resolve({}).connections, ['email', 'sms']);
  for (const connections of [['email'], ['sms'], ['sms', 'email']]) assert.deepEqual(resolve({ connections }).connections, connections);
  const message = "`connections` must be a non-empty list of 'email' and 'sms'.";
  for (const connections of [[], ['fax'], ['email', 'fax'], ['fax', 'sms'], ['Email'], 'email', 'email,sms', {}]) {
    refuses({ ...BASE, connections }, message, JSON.stringify(connections));
  }
});

test('allowedOrigins: each an origin (a path is dropped); something that is not a URL is refused by name', () => {
  assert.equal(resolve({}).allowedOrigins, undefined, 'default: none (the request’s own origin)');
  assert.deepEqual(resolve({ allowedOrigins: ['https://app.example/path', 'http://localhost:5173'] }).allowedOrigins, ['https://app.example', 'http://localhost:5173']);
  refuses({ ...BASE, allowedOrigins: ['https://app.example', 'app.example'] }, '`allowedOrigins` holds something that is not an origin: app.example');
});

test('rate limits: the smallest allowed (max 1, a 1-second window), zero max refused, every refusal names its limit; defaults', () => {
  const names = ['perIdentifier', 'perIdentifierFromAnyone', 'perIp', 'perPhoneRange', 'global', 'verifyPerIdentifierAndIp', 'verifyPerIdentifier', 'verifyPerIp', 'verifyPerFreshCode',
    'passkeyPerIp', 'passkeyRegisterPerIdentifier'];
  for (const name of names) {
    assert.deepEqual(resolve({ rateLimits: { [name]: { max: 1, windowSeconds: 1 } } }).rateLimits[/** @type {'global'} */ (name)], { max: 1, windowSeconds: 1 }, name);
    for (const limit of [{ max: 0, windowSeconds: 60 }, { max: 5, windowSeconds: 0 }, { max: -1 }]) {
      refuses({ ...BASE, rateLimits: { [name]: limit } }, `rateLimits.${name} needs a positive integer max and a whole number of seconds (at least 1) in windowSeconds.`, `${name} ${JSON.stringify(limit)}`);
    }
  }
  assert.deepEqual(resolve({}).rateLimits, {
    perIdentifier: { max: 4, windowSeconds: 900 },
    perIdentifierFromAnyone: { max: 1, windowSeconds: 30 },
    perIp: { max: 20, windowSeconds: 3600 },
    perPhoneRange: { max: 10, windowSeconds: 3600 },
    global: { max: 1000, windowSeconds: 3600 },
    verifyPerIdentifierAndIp: { max: 5, windowSeconds: 900 },
    verifyPerIdentifier: { max: 10, windowSeconds: 900 },
    verifyPerIp: { max: 30, windowSeconds: 3600 },
    verifyPerFreshCode: { max: 3, windowSeconds: 900 },
    passkeyPerIp: { max: 300, windowSeconds: 900 },
    passkeyRegisterPerIdentifier: { max: 5, windowSeconds: 900 },
  });
  assert.deepEqual(resolve({ rateLimits: { perIp: { max: 7 } } }).rateLimits.perIp, { max: 7, windowSeconds: 3600 }, 'a missing field keeps its default');
});

test('trustProxy: 0 hops is accepted and trusts nothing; true is one hop; default none', () => {
  assert.equal(resolve({ trustProxy: 0 }).trustProxy, 0);
  assert.equal(resolve({ trustProxy: false }).trustProxy, 0);
  assert.equal(resolve({ trustProxy: true }).trustProxy, 1);
  assert.equal(resolve({ trustProxy: 3 }).trustProxy, 3);
  assert.equal(resolve({}).trustProxy, 0);
  refuses({ ...BASE, trustProxy: -1 }, '`trustProxy` must be true, false or a whole number of proxy hops (a string from the environment: convert it).');
});

test('cookie: the name must begin with __Host-, sameSite Lax or Strict, secure true, false or auto; defaults', () => {
  assert.deepEqual(resolve({}).cookie, { name: undefined, secure: 'auto', sameSite: 'Lax' });
  const NAME = '`cookie.name` must start with __Host- (e.g. __Host-session).';
  for (const name of ['my__Host-session', 'x__Host-a', ' __Host-a', '__Host-', `__Host-${'a'.repeat(65)}`]) refuses({ ...BASE, cookie: { name } }, NAME, name);
  assert.equal(resolve({ cookie: { name: `__Host-${'a'.repeat(64)}` } }).cookie.name, `__Host-${'a'.repeat(64)}`);
  for (const sameSite of ['Lax', 'Strict']) assert.equal(resolve({ cookie: { sameSite } }).cookie.sameSite, sameSite);
  for (const sameSite of ['None', 'lax', '']) refuses({ ...BASE, cookie: { sameSite } }, "`cookie.sameSite` must be 'Lax' or 'Strict'.", sameSite);
  for (const secure of [true, false, 'auto']) assert.equal(resolve({ cookie: { secure } }).cookie.secure, secure, String(secure));
  for (const secure of ['true', 'yes', 1, 0, null, '']) refuses({ ...BASE, cookie: { secure } }, "`cookie.secure` must be true, false or 'auto'.", JSON.stringify(secure));
});

test('session lifetimes and timeoutMs: defaults, and a timeout that is not a whole number of milliseconds a timer takes is refused', () => {
  const r = resolve({});
  assert.equal(r.sessionMaxAgeSeconds, 8 * 3600);
  assert.equal(r.sessionIdleSeconds, 3600);
  assert.equal(r.timeoutMs, 10_000);
  // A string from the environment, a fraction, Infinity or past 2^31 - 1 would make every call to Auth0 fail at
  // request time (AbortSignal.timeout throws, or Node cuts the timer to 1 ms): refused when the handler is made.
  for (const timeoutMs of [0, -5, NaN, '0', 'ten seconds', '1000', 1.5, Infinity, 2 ** 31, 2 ** 53]) {
    refuses({ ...BASE, timeoutMs }, '`timeoutMs` must be a whole number of milliseconds from 1 to 2147483647.', String(timeoutMs));
  }
  assert.equal(resolve({ timeoutMs: 1 }).timeoutMs, 1);
  assert.equal(resolve({ timeoutMs: 2 ** 31 - 1 }).timeoutMs, 2 ** 31 - 1);
});

test('dotInsensitiveDomains: domain names only (no @, no path, no spaces, not a bare name), lower-cased after the built-in ones', () => {
  const message = "`dotInsensitiveDomains` must be a list of domain names, e.g. ['example.com'] (IDNs as xn-- A-labels).";
  for (const d of ['@example.com', 'user@example.com', 'example.com/', 'example.com extra', ' example.com', 'example.com.', 'localhost', 'exämple.com', '']) {
    refuses({ ...BASE, dotInsensitiveDomains: [d] }, message, JSON.stringify(d));
  }
  for (const d of [1.5, ['example.com'], { toString: () => 'example.com' }, null]) {
    refuses({ ...BASE, dotInsensitiveDomains: ['ok.example', d] }, message, `not a string: ${String(d)}`);
  }
  refuses({ ...BASE, dotInsensitiveDomains: 'example.com' }, message, 'not a list');
  const r = resolve({ dotInsensitiveDomains: ['Corp.Example', 'xn--bcher-kva.example', 'a-b.example.org'] });
  assert.deepEqual(r.dotInsensitiveDomains.slice(-3), ['corp.example', 'xn--bcher-kva.example', 'a-b.example.org']);
  assert.ok(r.dotInsensitiveDomains.includes('gmail.com'));
});

test('fetch must be a function when given', () => {
  for (const f of ['fetch', {}, 42]) refuses({ ...BASE, fetch: f }, 'no fetch implementation available; pass `fetch`.', String(f));
  assert.equal(resolve({}).fetch, globalThis.fetch, 'default: the global fetch');
});

test('the default logger prints warnings and errors (never info) with console.warn, as one JSON line', () => {
  const warn = mock.method(console, 'warn', () => {});
  try {
    const { log } = resolve({});
    log({ level: 'info', event: 'start', outcome: 'ok' });
    assert.equal(warn.mock.callCount(), 0, 'info is not printed');
    log({ level: 'warn', event: 'throttle', outcome: 'rate_limited' });
    log({ level: 'error', event: 'auth0', status: 502 });
    assert.deepEqual(warn.mock.calls.map((c) => c.arguments), [
      ['[passwordless-login] {"level":"warn","event":"throttle","outcome":"rate_limited"}'],
      ['[passwordless-login] {"level":"error","event":"auth0","status":502}'],
    ]);
  } finally {
    warn.mock.restore();
  }
  const mine = () => {};
  assert.equal(resolve({ log: mine }).log, mine);
});

test('createPasswordlessHandler refuses at creation with the same message', () => {
  assert.throws(() => createPasswordlessHandler(/** @type {any} */ ({ ...BASE, connections: [] })), {
    name: 'TypeError',
    message: `${P}\`connections\` must be a non-empty list of 'email' and 'sms'.`,
  });
});
