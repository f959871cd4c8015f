// @ts-check
// Sessions and access tokens: what a successful code check turns into.
import { randomId } from './tokens.js';
import { SESSION_COMPAT_COOKIE, SESSION_COOKIE } from './context.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./users.js').User} User */
/** @typedef {import('./http.js').Req} Req */

/**
 * Creates a login session and the Set-Cookie headers that carry it.
 * @param {Ctx} ctx @param {User} user
 */
export function createSession(ctx, user) {
  const id = randomId(24);
  // `sid` (in ID tokens) is separate from the cookie value so tokens never reveal the cookie.
  /** @type {import('./context.js').Session} */
  const session = { sid: randomId(16), user, authTime: Math.floor(ctx.now() / 1000) };
  ctx.sessions.set(id, session, ctx.config.session_lifetime_seconds * 1000);
  return { id, session, cookie: sessionCookie(ctx, id) };
}

/**
 * The two Set-Cookie values of a session, like Auth0's `auth0` and `auth0_compat`: `SameSite=None; Secure`, so a
 * browser treats it as a third-party cookie on cross-site requests (Safari blocks it, Firefox partitions it) and
 * sends it on top-level navigations; and a twin without `SameSite=None` for browsers that mishandle it. The twin is
 * `Secure` only on an https emulator URL: WebKit refuses `Secure` cookies from http://localhost (Chromium and
 * Firefox accept them), so on http the twin is what WebKit keeps.
 * @param {{ url: string }} ctx @param {string} value @param {number} maxAge seconds (0 clears)
 * @returns {string[]}
 */
export function sessionCookieHeaders(ctx, value, maxAge) {
  const https = ctx.url.startsWith('https:');
  return [
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=${maxAge}`,
    `${SESSION_COMPAT_COOKIE}=${value}; Path=/; HttpOnly;${https ? ' Secure;' : ''} SameSite=Lax; Max-Age=${maxAge}`,
  ];
}

/** @param {Ctx} ctx @param {string} id */
export function sessionCookie(ctx, id) {
  return sessionCookieHeaders(ctx, id, ctx.config.session_lifetime_seconds);
}

/** Set-Cookie values that end the session in the browser (both cookies). @param {Ctx} ctx */
export function clearSessionCookies(ctx) {
  return sessionCookieHeaders(ctx, '', 0);
}

/**
 * The live session the request carries: the `SameSite=None` cookie first, else its compat twin (a browser that
 * dropped the first, e.g. WebKit on http://localhost).
 * @param {Ctx} ctx @param {Req} req
 */
export function currentSession(ctx, req) {
  const id = req.cookies[SESSION_COOKIE] || req.cookies[SESSION_COMPAT_COOKIE];
  const session = ctx.sessions.get(id);
  return session && id ? { id, session } : undefined;
}

/** Scopes of OpenID Connect itself: kept whatever the API defines. */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'];

/** The registered API an `audience` names, if any. @param {Ctx} ctx @param {string|undefined} audience */
export function findApi(ctx, audience) {
  return audience === undefined ? undefined : ctx.config.apis.find((a) => a.identifier === audience);
}

/** Auth0's description when an `audience` names no API (403 / `access_denied`). @param {string} audience */
export const serviceNotFound = (audience) => `Service not found: ${audience}`;

/**
 * The scope an access token for `audience` carries: OpenID Connect's scopes and those the API defines, nothing else
 * (Auth0 drops the rest without an error). Without an audience, the scope as asked.
 * @param {Ctx} ctx @param {string} scope @param {string|undefined} audience @param {string} [clientId]
 */
export function grantedScope(ctx, scope, audience, clientId) {
  const client = clientId === undefined ? undefined : ctx.clients.get(clientId);
  const api = findApi(ctx, audience);
  // offline_access only for a client allowed refresh tokens, and for an API only with its allow_offline_access;
  // otherwise Auth0 drops it from the granted scope.
  if ((client && !allowsRefreshTokens(client)) || (api && !api.allow_offline_access)) scope = scope.split(' ').filter((s) => s !== 'offline_access').join(' ');
  if (!api) return scope;
  const defined = new Set((api.scopes ?? []).map((s) => s.value));
  return [...new Set(scope.split(' ').filter((s) => s && (OIDC_SCOPES.includes(s) || defined.has(s))))].join(' ');
}

/** Auth0's default "Token Expiration For Browser Flows": access tokens from the implicit and hybrid flows. */
const BROWSER_FLOW_LIFETIME = 7200;

/**
 * Seconds an access token for `audience` lives: the API's `token_lifetime`, else the tenant's. Tokens handed out in a
 * front channel (implicit and hybrid flows, `browserFlow`) get the API's `token_lifetime_for_web`, default 7,200 s,
 * never more than the other; code + PKCE from a browser is not one of those (Auth0's "Update Access Token Lifetime").
 * @param {Ctx} ctx @param {string|undefined} audience @param {boolean} [browserFlow]
 */
export function accessTokenLifetime(ctx, audience, browserFlow = false) {
  const api = findApi(ctx, audience);
  const lifetime = api?.token_lifetime ?? ctx.config.token_lifetime_seconds;
  return browserFlow ? Math.min(api?.token_lifetime_for_web ?? BROWSER_FLOW_LIFETIME, lifetime) : lifetime;
}

/**
 * An access token /userinfo accepts: an RS256 JWT when an API audience is asked for, else opaque.
 * @param {Ctx} ctx @param {{ user: User, clientId: string, scope: string, audience?: string, browserFlow?: boolean }} p
 */
export async function issueAccessToken(ctx, p) {
  const lifetime = accessTokenLifetime(ctx, p.audience, p.browserFlow);
  const scope = grantedScope(ctx, p.scope, p.audience, p.clientId);
  const token = p.audience
    ? await ctx.tokens.accessTokenJwt({ user: p.user, clientId: p.clientId, scope, audience: p.audience, lifetime })
    : randomId(24);
  ctx.accessTokens.set(token, { user: p.user, clientId: p.clientId, scope, ...(p.audience ? { audience: p.audience } : {}) }, lifetime * 1000);
  return token;
}

/**
 * A refresh token. Tokens of one family come from one login (rotation makes a new token in the same family);
 * `usedAt` is when a rotating token was exchanged for its successor.
 * @typedef {{ family: string, user: User, clientId: string, scope: string, audience?: string, sid: string,
 *   issuedAt: number, familyExpiresAt: number, lastUsedAt: number, usedAt?: number }} RefreshRecord
 */
/** @typedef {{ tokens: Map<string, RefreshRecord>, revoked: Set<string>, lastExchanged: Map<string, string> }} RefreshStore */

/** @type {WeakMap<object, RefreshStore>} */
const REFRESH = new WeakMap();
/** @param {Ctx} ctx @returns {RefreshStore} */
function refreshStore(ctx) {
  let store = REFRESH.get(ctx);
  if (!store) {
    store = { tokens: new Map(), revoked: new Set(), lastExchanged: new Map() };
    REFRESH.set(ctx, store);
  }
  return store;
}

/** Whether the client may have refresh tokens (Auth0: its grant_types include refresh_token). @param {import('./config.js').ClientConfig} client */
export const allowsRefreshTokens = (client) => (client.grant_types ?? []).includes('refresh_token');

/** The client's refresh token settings with Auth0's defaults. @param {import('./config.js').ClientConfig} client */
export function refreshSettings(client) {
  const r = client.refresh_token ?? {};
  return {
    rotating: r.rotation_type === 'rotating',
    expiring: r.expiration_type === 'expiring',
    leeway: r.leeway ?? 0,
    lifetime: r.infinite_token_lifetime ? Infinity : r.token_lifetime ?? 2592000,
    idle: r.infinite_idle_token_lifetime ? Infinity : r.idle_token_lifetime ?? 1296000,
  };
}

/**
 * A new refresh token: of a new family, or (rotation) of `family`.
 * @param {Ctx} ctx @param {import('./config.js').ClientConfig} client
 * @param {{ user: User, scope: string, audience?: string, sid: string }} p @param {RefreshRecord} [from]
 */
export function issueRefreshToken(ctx, client, p, from) {
  const now = ctx.now();
  const s = refreshSettings(client);
  const token = randomId(32);
  refreshStore(ctx).tokens.set(token, {
    family: from?.family ?? randomId(12), user: p.user, clientId: client.client_id, scope: p.scope, audience: p.audience, sid: p.sid,
    issuedAt: now, familyExpiresAt: from?.familyExpiresAt ?? now + s.lifetime * 1000, lastUsedAt: now,
  });
  return token;
}

/** A live refresh token of `client`, without using it. @param {Ctx} ctx @param {import('./config.js').ClientConfig} client @param {string} token */
export function peekRefreshToken(ctx, client, token) {
  const store = refreshStore(ctx);
  const record = store.tokens.get(token);
  return record && record.clientId === client.client_id && !store.revoked.has(record.family) ? record : undefined;
}

/** At most this many refresh tokens are kept; beyond it the oldest go (the emulator's memory, not an Auth0 limit). */
const MAX_REFRESH_TOKENS = 100_000;

/**
 * Drops refresh tokens that can no longer be used: of a revoked family, past their lifetimes, or beyond the cap; and a
 * revoked family's mark once none of its tokens is left. @param {Ctx} ctx
 */
export function sweepRefreshTokens(ctx) {
  const store = refreshStore(ctx);
  const now = ctx.now();
  let excess = store.tokens.size - MAX_REFRESH_TOKENS;
  for (const [token, record] of store.tokens) {
    const client = ctx.clients.get(record.clientId);
    const s = client && refreshSettings(client);
    const expired = !s || (s.expiring && (now >= record.familyExpiresAt || now >= record.lastUsedAt + s.idle * 1000));
    if (expired || store.revoked.has(record.family) || excess-- > 0) store.tokens.delete(token);
  }
  const families = new Set([...store.tokens.values()].map((record) => record.family));
  for (const family of store.revoked) if (!families.has(family)) store.revoked.delete(family);
  for (const family of store.lastExchanged.keys()) if (!families.has(family)) store.lastExchanged.delete(family);
}

/**
 * Looks a refresh token up for `client` and uses it. `reused` when a rotated token comes back after its leeway: the
 * whole family is revoked then, as Auth0's reuse detection does.
 * @param {Ctx} ctx @param {import('./config.js').ClientConfig} client @param {string} token
 * @returns {{ record: RefreshRecord, rotate: boolean } | { record?: undefined, reused?: boolean }}
 */
export function useRefreshToken(ctx, client, token) {
  const store = refreshStore(ctx);
  const record = store.tokens.get(token);
  if (!record || record.clientId !== client.client_id || store.revoked.has(record.family)) return {};
  const s = refreshSettings(client);
  const now = ctx.now();
  if (s.expiring && (now >= record.familyExpiresAt || now >= record.lastUsedAt + s.idle * 1000)) return {};
  // Auth0: within the leeway only the previous token may be exchanged again; anything else is reuse.
  if (s.rotating && record.usedAt !== undefined && (now > record.usedAt + s.leeway * 1000 || store.lastExchanged.get(record.family) !== token)) {
    store.revoked.add(record.family);
    return { reused: true };
  }
  record.lastUsedAt = now;
  if (s.rotating) {
    record.usedAt ??= now;
    store.lastExchanged.set(record.family, token);
  }
  return { record, rotate: s.rotating };
}

/**
 * RFC 7009 for a refresh token, as Auth0 does it: revokes the grant, every refresh token of that user for that client
 * and audience. Unknown tokens and other clients' tokens change nothing.
 * @param {Ctx} ctx @param {string} clientId @param {string} token
 */
export function revokeRefreshToken(ctx, clientId, token) {
  const store = refreshStore(ctx);
  const record = store.tokens.get(token);
  if (!record || record.clientId !== clientId) return;
  for (const r of store.tokens.values()) {
    if (r.clientId === clientId && r.user.sub === record.user.sub && r.audience === record.audience) store.revoked.add(r.family);
  }
}
