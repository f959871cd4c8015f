// @ts-check
// Sessions and access tokens: what a successful code check turns into.
import { randomId } from './tokens.js';
import { SESSION_COOKIE } from './context.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./users.js').User} User */
/** @typedef {import('./http.js').Req} Req */

/**
 * Creates a login session and the Set-Cookie header that carries it.
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

/** @param {Ctx} ctx @param {string} id */
export function sessionCookie(ctx, id) {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ctx.config.session_lifetime_seconds}`;
}

/** @param {Ctx} ctx @param {Req} req */
export function currentSession(ctx, req) {
  const id = req.cookies[SESSION_COOKIE];
  const session = ctx.sessions.get(id);
  return session && id ? { id, session } : undefined;
}

export const CLEAR_SESSION_COOKIE = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

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
