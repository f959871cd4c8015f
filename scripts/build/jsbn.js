// @ts-check
// jsbn for the auth0-js browser bundle: idtoken-verifier checks an RS256 signature with four calls of it (see
// node_modules/idtoken-verifier/src/helpers/rsa-verifier.js): new BigInteger(hex, 16), bitLength(), modPowInt(e, n)
// and toString(16). The browser's own BigInt does the same arithmetic; the original is about 7 KB gzipped of a
// general big-number library. test/node/build-shims.test.js checks it against jsbn.

/**
 * @constructor
 * @param {string} hex a non-negative number in hexadecimal ('' is 0, as in jsbn)
 * @param {number} radix only 16 is used
 */
export function BigInteger(hex, radix) {
  if (radix !== 16 || !/^[0-9a-f]*$/i.test(hex)) throw new Error('This BigInteger takes hexadecimal digits only.');
  /** @type {bigint} */
  this.value = hex ? BigInt(`0x${hex}`) : 0n;
}

/** How many bits the number needs (0 for 0). */
BigInteger.prototype.bitLength = function () {
  return this.value ? this.value.toString(2).length : 0;
};

/**
 * this^e mod m, by square and multiply.
 * @param {number} exponent
 * @param {BigInteger} modulus
 */
BigInteger.prototype.modPowInt = function (exponent, modulus) {
  const m = modulus.value;
  let result = 1n % m;
  let base = this.value % m;
  for (let e = BigInt(exponent); e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % m;
    base = (base * base) % m;
  }
  const out = new BigInteger('', 16);
  out.value = result;
  return out;
};

/** @param {number} radix */
BigInteger.prototype.toString = function (radix) {
  return this.value.toString(radix);
};
