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

/**
 * An access token /userinfo accepts: an RS256 JWT when an API audience is asked for, else opaque.
 * @param {Ctx} ctx @param {{ user: User, clientId: string, scope: string, audience?: string }} p
 */
export async function issueAccessToken(ctx, p) {
  const token = p.audience
    ? await ctx.tokens.accessTokenJwt({ user: p.user, clientId: p.clientId, scope: p.scope, audience: p.audience })
    : randomId(24);
  ctx.accessTokens.set(token, { user: p.user, clientId: p.clientId, scope: p.scope }, ctx.config.token_lifetime_seconds * 1000);
  return token;
}
