// @ts-check
// Issue 15: where a magic link returns to is checked after it is resolved. `/..//evil.example` resolves to
// `//evil.example`, which a browser reads as another host; no such path, and nothing a browser would turn into one
// (backslashes, tabs and newlines it strips, `%2e%2e`), may reach a Location header. Unit cases, a property over
// generated paths (fast-check), and one run through the handler: start a link with such a returnTo, follow it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { safeReturnPath, withParams } from '../../server/return-path.js';
import { APP, CALLBACK, Jar, elementRequest, latestMessage, setup } from './server-helpers.js';

const SITE = 'https://site.example';
/** Where the browser is when it reads the callback's Location. */
const PAGE = `${SITE}/auth/passwordless/callback?code=c&state=s`;
const SIGNED_IN = { passwordless: 'signed-in' };
const FAILED = { passwordless: 'error', code_error: 'link_invalid' };

/**
 * What a browser does with a Location value on the site: it stays on the site, as a path with exactly one leading
 * `/`, in printable ASCII (nothing the URL parser strips or turns into `/`), and the header keeps it unchanged.
 * @param {unknown} location @param {string} [why]
 */
function assertStaysOnSite(location, why = '') {
  const label = `${JSON.stringify(location)} ${why}`;
  assert.equal(typeof location, 'string', label);
  const value = /** @type {string} */ (location);
  assert.match(value, /^\/(?![/\\])/, label);
  assert.match(value, /^[\x21-\x5b\x5d-\x7e]+$/, label);
  assert.equal(new URL(value, SITE).origin, SITE, label);
  assert.equal(new URL(value, PAGE).origin, SITE, label);
  assert.equal(new Headers({ Location: value }).get('location'), value, label);
}

test('resolving to another host, a scheme or a protocol-relative path gives null', () => {
  const refused = [
    // dot segments, plain and percent-encoded, that climb to `//`
    '/..//evil.example',
    '/../..//evil.example',
    '/.//evil.example',
    '/a/..//evil.example',
    '/a/../..//evil.example',
    '/a/b/../../..//evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2E//evil.example',
    '/.%2e//evil.example',
    '/%2e.//evil.example',
    '/%2e//evil.example',
    '/a/%2e%2e/%2e%2e//evil.example',
    '/..//evil.example/path?q=1#h',
    // backslashes (a browser reads `\` as `/`), raw or after a dot segment
    '/\\evil.example',
    '/\\\\evil.example',
    '\\/evil.example',
    '\\\\evil.example',
    '/./\\evil.example',
    '/../\\evil.example',
    '/a\\..\\..\\\\evil.example',
    // tabs, newlines and other characters the URL parser strips or a header cannot carry
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/.\t.//evil.example',
    '/..\t//evil.example',
    '/\t\\evil.example',
    '/\u0000/evil.example',
    '/\u000b/evil.example',
    '/\u001f/evil.example',
    '/\u007f/evil.example',
    '/\u0085/evil.example',
    '/\u2028/evil.example',
    '/\u200b/evil.example',
    '/\ufeff/evil.example',
    ' //evil.example',
    '\t//evil.example',
    // percent-encoded slash or backslash right after the leading `/` (some servers decode them)
    '/%2F/evil.example',
    '/%2f/evil.example',
    '/%2Fevil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/.%2e/%2fevil.example',
    '/%2e%2e/%5Cevil.example',
    // protocol-relative, schemes, hosts, look-alikes that do not start with `/`
    '//evil.example',
    '///evil.example',
    '////evil.example',
    '/\\/evil.example',
    'https://evil.example/',
    'http:evil.example',
    'http:/evil.example',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    'data:text/html,x',
    'evil.example',
    '@evil.example',
    '／／evil.example',
    '＼＼evil.example',
    '∕∕evil.example',
    '⁄⁄evil.example',
    '．．//evil.example',
    'https：//evil.example',
    // nothing, too long, not a string
    '',
    `/${'a'.repeat(2048)}`,
    `/${'é'.repeat(400)}`, // 401 characters, 2,401 once percent-encoded (the start cookie holds it)
  ];
  for (const raw of refused) assert.equal(safeReturnPath(raw), null, JSON.stringify(raw));
  for (const raw of [null, undefined, 42, ['/a'], { toString: () => '/a' }]) assert.equal(safeReturnPath(raw), null, String(raw));
});

test('paths on the site are kept, as the browser would resolve them', () => {
  /** @type {[string, string][]} */
  const kept = [
    ['/', '/'],
    ['/account?tab=profile', '/account?tab=profile'],
    ['/a/b/../c', '/a/c'],
    ['/..', '/'],
    ['/../a', '/a'],
    ['/%2e%2e/a', '/a'],
    ['/a/./b/', '/a/b/'],
    ['/a?', '/a'],
    ['/a#', '/a'],
    ['/a#section', '/a#section'],
    ['/a?next=//evil.example', '/a?next=//evil.example'],
    ['/a@evil.example', '/a@evil.example'],
    ['/a:b', '/a:b'],
    ['/%2e%2e%2f/evil.example', '/%2e%2e%2f/evil.example'], // `%2f` does not end a segment
    ['/..%2f/evil.example', '/..%2f/evil.example'],
    ['/a/%2F/b', '/a/%2F/b'],
    ['/%0d%0aSet-Cookie:x=1', '/%0d%0aSet-Cookie:x=1'],
    ['/a b', '/a%20b'],
    // look-alikes of `/`, `\`, `.` and `:` are not separators: percent-encoded, on the site
    ['/／／evil.example', '/%EF%BC%8F%EF%BC%8Fevil.example'],
    ['/＼evil.example', '/%EF%BC%BCevil.example'],
    ['/．．/evil.example', '/%EF%BC%8E%EF%BC%8E/evil.example'],
    ['/∕∕evil.example', '/%E2%88%95%E2%88%95evil.example'],
    ['/https：／／evil.example', '/https%EF%BC%9A%EF%BC%8F%EF%BC%8Fevil.example'],
  ];
  for (const [raw, expected] of kept) {
    const path = safeReturnPath(raw);
    assert.equal(path, expected, JSON.stringify(raw));
    assertStaysOnSite(path, `from ${JSON.stringify(raw)}`);
    assertStaysOnSite(withParams(/** @type {string} */ (path), SIGNED_IN), `withParams from ${JSON.stringify(raw)}`);
  }
});

test('withParams keeps a configured absolute loginUrl, and never leaves the site for anything else', () => {
  assert.equal(withParams('/account?tab=profile', SIGNED_IN), '/account?tab=profile&passwordless=signed-in');
  assert.equal(withParams('/p#h', FAILED), '/p?passwordless=error&code_error=link_invalid#h');
  assert.equal(withParams('/login', SIGNED_IN), '/login?passwordless=signed-in');
  assert.equal(withParams('https://login.example/sign-in?x=1', SIGNED_IN), 'https://login.example/sign-in?x=1&passwordless=signed-in');
  assert.equal(withParams('http://localhost:5173/login', FAILED), 'http://localhost:5173/login?passwordless=error&code_error=link_invalid');
  // What the unfixed safeReturnPath let through (and a start cookie made before the fix may still hold):
  // `//evil.example` became `http://evil.example/?passwordless=…`.
  for (const stored of ['//evil.example', '/..//evil.example', '/%2e%2e//evil.example', '/\\evil.example', '/\t/evil.example', '//evil.example/?a=1#h', 'javascript:alert(1)', '', '/%2F/evil.example']) {
    assert.equal(withParams(stored, SIGNED_IN), '/?passwordless=signed-in', JSON.stringify(stored));
    assertStaysOnSite(withParams(stored, FAILED), JSON.stringify(stored));
  }
});

// Pieces a path is built from: dots and slashes in every spelling, control characters, look-alikes, schemes, hosts.
const PIECES = [
  '/', '//', '\\', '.', '..', '...', '%2e', '%2E', '%2e%2e', '.%2e', '%2E.', '%2f', '%2F', '%5c', '%5C', '%252f', '%25',
  '%', '%0', '%09', '%0a', '%0d', '%00', '%20', '%40', '%3a', '%3A', '%23', '%3f',
  '\t', '\n', '\r', '\u0000', '\u000b', '\u000c', '\u001f', ' ', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b',
  '\u200e', '\u202e', '\u2066', '\ufeff', '\u3000',
  // look-alikes of `/`: fullwidth solidus, division slash, fraction slash, big solidus, box drawing diagonal
  '\uff0f', '\u2215', '\u2044', '\u29f8', '\u2571',
  // of `\`: fullwidth reverse solidus, set minus, small reverse solidus, big reverse solidus
  '\uff3c', '\u2216', '\ufe68', '\u29f9',
  // of `.`: fullwidth full stop, ideographic full stop, halfwidth ideographic full stop, one dot leader
  '\uff0e', '\u3002', '\uff61', '\u2024',
  // of `:` and `@`
  '\uff1a', '\ufe55', '\u2236', '\uff20', '\ufe6b',
  'http:', 'https:', 'HTTPS:', 'javascript:', 'data:', 'file:', ':', '@', '?', '#', '&', '=', ';', '..;',
  'evil.example', 'site.example', 'localhost', '127.0.0.1', '[::1]', 'xn--', 'a', 'b',
];
const START = ['/', '/', '/', '/..', '/.', '/%2e%2e', '/a/..', '', '//', '/\\', '\\', ' ', '\t'];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);
const candidate = fc.tuple(fc.constantFrom(...START), fc.array(piece, { maxLength: 12 })).map(([head, rest]) => head + rest.join(''));

const RUNS = 50_000;

test('property: every path safeReturnPath keeps, and every withParams result, stays on the site', () => {
  let kept = 0;
  fc.assert(
    fc.property(candidate, (raw) => {
      const path = safeReturnPath(raw);
      if (/^https?:\/\//.test(raw)) return; // withParams keeps an absolute loginUrl as configured
      assertStaysOnSite(withParams(raw, SIGNED_IN), `withParams(${JSON.stringify(raw)})`);
      if (path === null) return;
      kept++;
      assertStaysOnSite(path, `from ${JSON.stringify(raw)}`);
      assert.equal(safeReturnPath(path), path, 'a kept path is kept again unchanged (the start cookie round trip)');
      assertStaysOnSite(withParams(path, SIGNED_IN), `withParams from ${JSON.stringify(raw)}`);
      assertStaysOnSite(withParams(path, FAILED), `withParams from ${JSON.stringify(raw)}`);
    }),
    { numRuns: RUNS },
  );
  assert.ok(kept > RUNS / 10, `the generator reaches accepted paths too (${kept} of ${RUNS})`);
});

// Through the handler: a link login started with a hostile returnTo (or from a hostile Referer) comes back to the site.
/** @type {Awaited<ReturnType<typeof setup>>} */
let t;
before(async () => (t = await setup({ send: 'link', loginUrl: '/login' })));
after(() => t.close());

/**
 * Starts a link sign-in and follows the emailed link to the emulator: returns the callback URL it redirects to.
 * @param {string} email @param {Jar} jar @param {Record<string, unknown>} body @param {Record<string, string>} [headers]
 */
async function linkFor(email, jar, body, headers) {
  const start = jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: email, ...body }, { jar, headers })));
  assert.equal(start.status, 204, await start.clone().text());
  const message = await latestMessage(t.emulator, email);
  const landing = await fetch(/** @type {string} */ (message.link), { redirect: 'manual' });
  const location = /** @type {string} */ (landing.headers.get('location'));
  assert.ok(location.startsWith(`${CALLBACK}?`), location);
  return location;
}

/** A top-level navigation from a mail client. @param {string} url @param {Jar} jar */
function callbackRequest(url, jar) {
  return new Request(url, { headers: { Cookie: jar.header(), 'Sec-Fetch-Site': 'cross-site' } });
}

/** The callback's Location, resolved as the browser on the site would. @param {Response} response */
function landsOnSite(response) {
  assert.equal(response.status, 302);
  const location = /** @type {string} */ (response.headers.get('location'));
  assert.equal(new URL(location, CALLBACK).origin, APP, location);
  assert.match(location, /^\/(?![/\\])/, location);
  return location;
}

test('handler: a link started with returnTo /..//evil.example returns to loginUrl on the site', async () => {
  const jar = new Jar();
  const location = await linkFor('issue15@example.com', jar, { returnTo: '/..//evil.example' });
  const callback = jar.store(await t.handler(callbackRequest(location, jar)));
  assert.equal(landsOnSite(callback), '/login?passwordless=signed-in');
  assert.ok(jar.cookies.has('passwordless_session'));
});

test('handler: the same on the error path, for other spellings, and for a Referer that resolves off the site', async () => {
  const jar = new Jar();
  const forged = new URL(await linkFor('issue15-error@example.com', jar, { returnTo: '/%2e%2e//evil.example' }));
  forged.searchParams.set('state', 'forged');
  assert.equal(landsOnSite(await t.handler(callbackRequest(forged.href, jar))), '/login?passwordless=error&code_error=link_invalid');

  for (const [i, [body, headers]] of /** @type {[Record<string, unknown>, Record<string, string>|undefined][]} */ ([
    [{ returnTo: '/a/../..//evil.example' }, undefined],
    [{ returnTo: '/./\\evil.example' }, undefined],
    [{ returnTo: '/\t/evil.example' }, undefined],
    [{}, { Referer: `${APP}//evil.example/x` }],
    [{}, { Referer: `${APP}/..//evil.example/x` }],
    [{ returnTo: '/..//evil.example' }, { Referer: `${APP}/%2e%2e//evil.example` }],
  ]).entries()) {
    const jar2 = new Jar();
    const location = await linkFor(`issue15-${i}@example.com`, jar2, body, headers);
    const callback = await t.handler(callbackRequest(location, jar2));
    assert.equal(landsOnSite(callback), '/login?passwordless=signed-in', JSON.stringify({ body, headers }));
  }
});
