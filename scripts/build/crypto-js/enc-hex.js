// @ts-check
// crypto-js/enc-hex for the auth0-js browser bundle (see sha256.js beside it): hexadecimal to bytes and back.
import { Digest } from './digest.js';

export default {
  /** @param {Digest} digest */
  stringify: (digest) => digest.toString(),
  /** @param {string} hex */
  parse: (hex) => new Digest(Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16))),
};
