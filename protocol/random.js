// @ts-check
// Random tokens for both sides: the element (a magic link's own state and nonce, idempotency keys) and the server
// (state, nonce, ticket ids). Web Crypto and btoa exist in browsers and in Node alike.

/** `bytes` random bytes (a CSPRNG), base64url without padding: 32 bytes give 43 characters. @param {number} [bytes] */
export function randomToken(bytes = 32) {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
