// @ts-check
// The bytes crypto-js's WordArray stands for, in the shape idtoken-verifier uses it: toString() is hexadecimal.
export class Digest {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.bytes = bytes;
  }

  toString() {
    return Array.from(this.bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }
}
