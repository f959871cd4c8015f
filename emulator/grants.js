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
 * @param {Ctx} ctx @param {string} scope @param {string|undefined} audience
 */
export function grantedScope(ctx, scope, audience) {
  const api = findApi(ctx, audience);
  if (!api) return scope;
  const defined = new Set((api.scopes ?? []).map((s) => s.value));
  return [...new Set(scope.split(' ').filter((s) => s && (OIDC_SCOPES.includes(s) || defined.has(s))))].join(' ');
}

/** Seconds an access token for `audience` lives: the API's `token_lifetime`, else the tenant's. @param {Ctx} ctx @param {string|undefined} audience */
export function accessTokenLifetime(ctx, audience) {
  return findApi(ctx, audience)?.token_lifetime ?? ctx.config.token_lifetime_seconds;
}

/**
 * An access token /userinfo accepts: an RS256 JWT when an API audience is asked for, else opaque.
 * @param {Ctx} ctx @param {{ user: User, clientId: string, scope: string, audience?: string }} p
 */
export async function issueAccessToken(ctx, p) {
  const lifetime = accessTokenLifetime(ctx, p.audience);
  const scope = grantedScope(ctx, p.scope, p.audience);
  const token = p.audience
    ? await ctx.tokens.accessTokenJwt({ user: p.user, clientId: p.clientId, scope, audience: p.audience, lifetime })
    : randomId(24);
  ctx.accessTokens.set(token, { user: p.user, clientId: p.clientId, scope }, lifetime * 1000);
  return token;
}
