// @ts-check
// crypto-js/enc-base64 for the auth0-js browser bundle (see sha256.js beside it): bytes to base64, with padding.
export default {
  /** @param {import('./digest.js').Digest} digest */
  stringify: (digest) => btoa(String.fromCharCode(...digest.bytes)),
};
