// @ts-check
// The stand-ins vite.config.ts bundles into auth0-js instead of jsbn and crypto-js (scripts/build/) give the same
// results as the originals, and idtoken-verifier's own RS256 check, built with them, accepts a real signature and
// refuses a forged one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { BigInteger } from '../../scripts/build/jsbn.js';
import sha256, { H0, K } from '../../scripts/build/crypto-js/sha256.js';
import encHex from '../../scripts/build/crypto-js/enc-hex.js';
import encBase64 from '../../scripts/build/crypto-js/enc-base64.js';

const root = new URL('../..', import.meta.url).pathname;
const original = createRequire(import.meta.url);
/** @type {{ BigInteger: any }} jsbn has no type declarations */
const jsbn = original('jsbn');
const CryptoJS = { sha256: original('crypto-js/sha256'), hex: original('crypto-js/enc-hex'), base64: original('crypto-js/enc-base64') };

const hexOf = (/** @type {number} */ bytes) => randomBytes(bytes).toString('hex');

test('jsbn stand-in: bitLength, modPowInt and toString(16) agree with jsbn, on 0, small numbers and RSA-sized ones', () => {
  const cases = [
    ['', '3', 65537],
    ['0', 'f', 3],
    ['1', 'f', 65537],
    ['00ff', '101', 65537],
    [hexOf(8), hexOf(8) + '1', 3],
    [hexOf(256), 'c' + hexOf(255) + '1', 65537],
    [hexOf(512), 'F' + hexOf(511).toUpperCase(), 65537],
  ];
  for (const [base, modulus, exponent] of /** @type {[string, string, number][]} */ (cases)) {
    const ours = new BigInteger(base, 16);
    const theirs = new jsbn.BigInteger(base, 16);
    assert.equal(ours.bitLength(), theirs.bitLength(), `bitLength of ${base.slice(0, 16)}`);
    assert.equal(ours.toString(16), theirs.toString(16));
    const result = ours.modPowInt(exponent, new BigInteger(modulus, 16));
    assert.equal(result.toString(16), theirs.modPowInt(exponent, new jsbn.BigInteger(modulus, 16)).toString(16), `${base.slice(0, 16)}^${exponent} mod ${modulus.slice(0, 16)}`);
  }
});

test('jsbn stand-in: anything but hexadecimal digits is refused rather than read as something else', () => {
  assert.throws(() => new BigInteger('12g4', 16));
  assert.throws(() => new BigInteger('-12', 16));
  assert.throws(() => new BigInteger('12', 10));
});

test('SHA-256 stand-in: the FIPS 180-4 constants, and the digests of node:crypto and crypto-js for every padding length and for non-ASCII text', () => {
  // FIPS 180-4 §4.2.2 and §5.3.3, first and last entries.
  assert.deepEqual([K[0], K[1], K[62], K[63]], [0x428a2f98, 0x71374491, 0xbef9a3f7, 0xc67178f2]);
  assert.deepEqual(H0, [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const texts = [...Array.from({ length: 130 }, (_, n) => 'a'.repeat(n)), 'héllo ☃ 😀', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0', hexOf(3000)];
  for (const text of texts) {
    const expected = createHash('sha256').update(text, 'utf8').digest('hex');
    assert.equal(sha256(text).toString(), expected, `length ${text.length}`);
    assert.equal(CryptoJS.sha256(text).toString(), expected, 'crypto-js agrees (the comparison itself is sound)');
  }
});

test('enc-hex and enc-base64 stand-ins: at_hash as idtoken-verifier computes it, the same as with crypto-js', () => {
  for (const accessToken of ['x', 'eyJ0eXAiOiJKV1QifQ.abc.def', hexOf(40)]) {
    const ours = encHex.stringify(sha256(accessToken));
    const theirs = CryptoJS.hex.stringify(CryptoJS.sha256(accessToken));
    assert.equal(ours, theirs);
    const half = ours.substring(0, ours.length / 2);
    assert.equal(encBase64.stringify(encHex.parse(half)), CryptoJS.base64.stringify(CryptoJS.hex.parse(half)));
  }
});

test("idtoken-verifier's RS256 check, bundled with the stand-ins as the browser build is: a real signature passes, a forged one and another key's fail", async () => {
  const bundle = await build({
    entryPoints: [`${root}node_modules/idtoken-verifier/src/helpers/rsa-verifier.js`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    alias: {
      jsbn: `${root}scripts/build/jsbn.js`,
      'crypto-js/sha256': `${root}scripts/build/crypto-js/sha256.js`,
    },
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  assert.doesNotMatch(code, /node_modules\/(jsbn|crypto-js)\//, 'neither original is in the bundle');
  const { default: RSAVerifier } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = /** @type {{ n: string, e: string }} */ (key.publicKey.export({ format: 'jwk' }));
  const hex = (/** @type {string} */ base64url) => Buffer.from(base64url, 'base64url').toString('hex');
  const verifier = new RSAVerifier(hex(jwk.n), hex(jwk.e));
  const signed = 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ.eyJzdWIiOiJhbGljZSJ9';
  const signature = sign('sha256', Buffer.from(signed), key.privateKey).toString('hex');
  assert.equal(verifier.verify(signed, signature), true, 'the real signature');
  assert.equal(verifier.verify(`${signed}x`, signature), false, 'another message');
  const flipped = (parseInt(signature.slice(-2), 16) ^ 1).toString(16).padStart(2, '0');
  assert.equal(verifier.verify(signed, signature.slice(0, -2) + flipped), false, 'one bit of the signature changed');
  assert.equal(verifier.verify(signed, sign('sha256', Buffer.from(signed), other.privateKey).toString('hex')), false, "another key's signature");
});

test('qs stand-in: stringify gives what qs gives, in each shape auth0-js and superagent call it, and for values they never pass', async () => {
  const { stringify } = await import('../../scripts/build/qs.js');
  const qs = original('qs');
  const objects = [
    // /authorize, as auth0-js builds it
    { client_id: 'abc', response_type: 'token id_token', redirect_uri: 'https://app.example/cb?x=1#y', scope: 'openid profile email', state: 'Zx~_.-9', nonce: 'n/+=', login_hint: 'ålice+tag@exämple.com', prompt: 'none', auth0Client: 'eyJuYW1lIjoiYXV0aDAuanMifQ==' },
    // verify_redirect and logout
    { connection: 'sms', phone_number: '+44 7400 123456', verification_code: '123456', returnTo: 'https://app.example/', federated: undefined },
    { text: "!'()*;:@&=+$,/?#[] %\u00e9\u4e2d\u{1F600}", empty: '', zero: 0, no: false, yes: true, big: 10n, missing: null, gone: undefined, fn: () => 1 },
    { list: ['a', 'b c', null], nested: { deep: { value: 'x', none: null } }, when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), objects: [{ a: 1 }, { b: [2, 3] }], none: [], hollow: {} },
  ];
  const shapes = [undefined, { encode: false, delimiter: ',' }, { indices: false, strictNullHandling: true }];
  for (const object of objects) {
    for (const options of shapes) assert.equal(stringify(object, options), qs.stringify(object, options), `${JSON.stringify(options)} ${Object.keys(object).join(',')}`);
  }
  assert.equal(stringify({ width: 500, height: 600, left: 10 }, { encode: false, delimiter: ',' }), 'width=500,height=600,left=10');
  for (const notObject of [null, undefined, 'a=b', 42]) assert.equal(stringify(notObject), qs.stringify(notObject));
  assert.throws(() => stringify({ a: 1 }, /** @type {any} */ ({ arrayFormat: 'brackets' })), /arrayFormat/, 'an option it does not implement is refused, not ignored');
});

test('qs stand-in: parse reads a callback fragment as qs does, hostile ones included; a bracketed key stays flat', async () => {
  const { parse } = await import('../../scripts/build/qs.js');
  const qs = original('qs');
  const fragments = [
    'access_token=eyJ.a-b_c&scope=openid%20profile&expires_in=7200&token_type=Bearer&state=Zx~_.-9&id_token=eyJ.x.y',
    'error=access_denied&error_description=Wrong%20email%20or%20verification%20code.&state=abc',
    'error_description=a+b%2Bc&state=%E4%B8%AD%F0%9F%98%80',
    'state=a&state=b&state=c',
    'flag&=orphan&empty=&a==b&%zz=%E0%A4%A&+key+=+v+',
    'hasOwnProperty=1&toString=2&__proto__=3&constructor=4&valueOf=5&state=ok',
    '',
  ];
  for (const fragment of fragments) assert.deepEqual({ ...parse(fragment) }, { ...qs.parse(fragment) }, fragment);
  const hostile = parse('hasOwnProperty=1&state=ok');
  assert.equal(typeof hostile.hasOwnProperty, 'function', 'no parameter shadows an object method auth0-js calls');
  assert.deepEqual(parse('state[a]=x&access_token%5B0%5D=y'), { 'state[a]': 'x', 'access_token[0]': 'y' });
  assert.equal(Object.keys(parse(Array.from({ length: 1500 }, (_, i) => `k${i}=v`).join('&'))).length, 1000, 'at most 1,000 parameters, as qs');
  assert.deepEqual(parse(undefined), {});
});
