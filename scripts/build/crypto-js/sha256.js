// @ts-check
// crypto-js/sha256 for the auth0-js browser bundle: idtoken-verifier hashes the signed part of an ID token (the
// RS256 check) and the access token (at_hash) with it, synchronously, so the browser's asynchronous
// crypto.subtle cannot stand in. SHA-256 (FIPS 180-4) of the text's UTF-8 bytes, as crypto-js hashes a string; the
// digest answers the only uses made of it: toString() (hex) and the enc-hex and enc-base64 beside this file.
// The original (crypto-js core, sha256, enc-hex, enc-base64) is about 2 KB gzipped; test/node/build-shims.test.js
// checks this one against it and against node:crypto.
import { Digest } from './digest.js';

// The constants of FIPS 180-4 (section 4.2.2 and 5.3.3), written out rather than computed from square and cube roots:
// Math.sqrt and Math.cbrt need not be correctly rounded in every engine, and one wrong bit would fail every sign-in.
export const H0 = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
export const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

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
