// @ts-check
// crypto-js/sha256 for the auth0-js browser bundle: idtoken-verifier hashes the signed part of an ID token (the
// RS256 check) and the access token (at_hash) with it, synchronously, so the browser's asynchronous
// crypto.subtle cannot stand in. SHA-256 (FIPS 180-4) of the text's UTF-8 bytes, as crypto-js hashes a string; the
// digest answers the only uses made of it: toString() (hex) and the enc-hex and enc-base64 beside this file.
// The original (crypto-js core, sha256, enc-hex, enc-base64) is about 2 KB gzipped; test/node/build-shims.test.js
// checks this one against it and against node:crypto.
import { Digest } from './digest.js';

// The constants of FIPS 180-4 as it defines them: the first 32 bits of the fractional parts of the square roots (H0)
// and cube roots (K) of the first 8 and 64 primes. The test compares them with the published table.
/** @type {number[]} */
const primes = [];
for (let n = 2; primes.length < 64; n += 1) if (primes.every((p) => n % p)) primes.push(n);
const fraction = (/** @type {number} */ x) => ((x % 1) * 2 ** 32) >>> 0;
export const H0 = primes.slice(0, 8).map((p) => fraction(Math.sqrt(p)));
export const K = primes.map((p) => fraction(Math.cbrt(p)));

/** @param {string} text */
export default function sha256(text) {
  const bytes = new TextEncoder().encode(text);
  // The message, a 1 bit, zeros, and its length in bits (64-bit big-endian), to a multiple of 64 bytes.
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(padded.length - 4, bytes.length * 8);
  const h = Uint32Array.from(H0);
  const w = new Uint32Array(64);
  const rotr = (/** @type {number} */ x, /** @type {number} */ n) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 64; t += 1) {
      if (t < 16) w[t] = view.getUint32(offset + t * 4);
      else {
        const a = /** @type {number} */ (w[t - 15]);
        const b = /** @type {number} */ (w[t - 2]);
        w[t] = (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10)) + /** @type {number} */ (w[t - 7]) + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + /** @type {number} */ (w[t - 16]);
      }
    }
    let [a, b, c, d, e, f, g, hh] = /** @type {number[]} */ ([...h]);
    for (let t = 0; t < 64; t += 1) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + /** @type {number} */ (K[t]) + /** @type {number} */ (w[t])) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((value, i) => (h[i] = /** @type {number} */ (h[i]) + value));
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  h.forEach((value, i) => out.setUint32(i * 4, value));
  return new Digest(digest);
}
