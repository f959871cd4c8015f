// @ts-check
// Signing keys and tokens. Everything cryptographic goes through jose. The key pair is made once
// per emulator run (random per run) and the private CryptoKey is reused for every signature.
import { generateKeyPair, exportJWK, calculateJwkThumbprint, SignJWT, base64url } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import { profileClaims } from './users.js';
import { signingKeyCertificate } from './certificates.js';

/** @typedef {import('./users.js').User} User */
/** @typedef {import('./faults.js').Faults} Faults */

/** Left half of SHA-256, base64url: OIDC at_hash / c_hash for RS256. @param {string} value */
export function halfHash(value) {
  return createHash('sha256').update(value).digest().subarray(0, 16).toString('base64url');
}

/** @param {number} bytes */
export const randomId = (bytes = 24) => randomBytes(bytes).toString('base64url');

export async function createSigningKey() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const { x5c, x5t } = await signingKeyCertificate({ privateKey, publicKey });
  // The members and their order as Auth0's /.well-known/jwks.json has them.
  return { privateKey, publicJwk: { kty: jwk.kty, use: 'sig', n: jwk.n, e: jwk.e, kid, x5t, x5c, alg: 'RS256' } };
}

export class Tokens {
  /**
   * @param {{ issuer: string, key: Awaited<ReturnType<typeof createSigningKey>>, now: () => number, lifetimeSeconds: number, idLifetimeSeconds?: number, faults: Faults }} opts
   *   `lifetimeSeconds` for access tokens, `idLifetimeSeconds` (default the same) for ID tokens
   */
  constructor(opts) {
    this.issuer = opts.issuer;
    this.key = opts.key;
    this.now = opts.now;
    this.lifetimeSeconds = opts.lifetimeSeconds;
    this.idLifetimeSeconds = opts.idLifetimeSeconds ?? opts.lifetimeSeconds;
    this.faults = opts.faults;
    this.hsSecret = randomBytes(32);
  }

  jwks() {
    return { keys: [this.key.publicJwk] };
  }

  /** @param {Record<string, unknown>} payload @param {string} [kid] */
  sign(payload, kid = this.key.publicJwk.kid) {
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(this.key.privateKey);
  }

  /**
   * An RS256 JWT access token for an API audience, shaped like Auth0's.
   * @param {{ user: User, clientId: string, scope: string, audience: string, lifetime?: number }} p
   */
  accessTokenJwt(p) {
    const iat = Math.floor(this.now() / 1000);
    const aud = p.scope.split(' ').includes('openid') ? [p.audience, `${this.issuer}userinfo`] : p.audience;
    return this.signAccessToken({ iss: this.issuer, sub: p.user.sub, aud, iat, exp: iat + (p.lifetime ?? this.lifetimeSeconds), scope: p.scope, azp: p.clientId });
  }

  /**
   * A client_credentials access token, shaped like Auth0's (`sub` is `<client_id>@clients`, `gty`).
   * @param {{ clientId: string, scope: string, audience: string, lifetime: number }} p
   */
  clientCredentialsJwt(p) {
    const iat = Math.floor(this.now() / 1000);
    /** @type {Record<string, unknown>} */
    const claims = { iss: this.issuer, sub: `${p.clientId}@clients`, aud: p.audience, iat, exp: iat + p.lifetime, gty: 'client-credentials', azp: p.clientId };
    if (p.scope) claims.scope = p.scope;
    return this.signAccessToken(claims);
  }

  /**
   * Signs a JWT access token, applying a queued access-token defect, if any (for testing resource servers).
   * @param {Record<string, unknown>} claims
   */
  async signAccessToken(claims) {
    const defect = this.faults.takeTokenDefect('access');
    return defect ? this.defective(claims, defect) : this.sign(claims);
  }

  /**
   * An ID token (applies a queued token defect, if any).
   * @param {{ user: User, clientId: string, scope: string, nonce?: string, sid: string, accessToken?: string, code?: string, authTime?: number }} p
   */
  async idToken(p) {
    const iat = Math.floor(this.now() / 1000);
    /** @type {Record<string, unknown>} */
    const claims = {
      ...profileClaims(p.user, p.scope),
      iss: this.issuer,
      aud: p.clientId,
      sub: p.user.sub,
      iat,
      exp: iat + this.idLifetimeSeconds,
      sid: p.sid,
    };
    if (p.accessToken) claims.at_hash = halfHash(p.accessToken);
    if (p.code) claims.c_hash = halfHash(p.code);
    if (p.nonce !== undefined) claims.nonce = p.nonce;
    if (p.authTime !== undefined) claims.auth_time = p.authTime;
    const defect = this.faults.takeTokenDefect();
    if (!defect) return this.sign(claims);
    return this.defective(claims, defect);
  }

  /**
   * @param {Record<string, unknown>} claims
   * @param {import('./faults.js').TokenDefect} defect
   */
  async defective(claims, defect) {
    const iat = /** @type {number} */ (claims.iat);
    switch (defect) {
      case 'alg_none': {
        const enc = (/** @type {object} */ o) => base64url.encode(JSON.stringify(o));
        return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}.`;
      }
      case 'hs256':
        return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: this.key.publicJwk.kid }).sign(this.hsSecret);
      case 'bad_signature': {
        const [h, b, s] = (await this.sign(claims)).split('.');
        const sig = Buffer.from(s, 'base64url');
        sig[10] ^= 0xff;
        return `${h}.${b}.${sig.toString('base64url')}`;
      }
      case 'unknown_kid':
        return this.sign(claims, 'unknown-kid');
      case 'wrong_iss': // the classic: the issuer without its trailing slash
        return this.sign({ ...claims, iss: this.issuer.replace(/\/$/, '') });
      case 'wrong_aud':
        return this.sign({ ...claims, aud: 'another-client' });
      case 'wrong_nonce':
        return this.sign({ ...claims, nonce: randomId(16) });
      case 'missing_nonce': {
        const rest = { ...claims };
        delete rest.nonce;
        return this.sign(rest);
      }
      case 'expired':
        return this.sign({ ...claims, iat: iat - 7200, exp: iat - 3600 });
      case 'future_iat':
        return this.sign({ ...claims, iat: iat + 3600, exp: iat + 3600 + this.idLifetimeSeconds });
      case 'wrong_at_hash':
        return this.sign({ ...claims, at_hash: halfHash(randomId(16)) });
    }
  }
}
