// @ts-check
// Builds the emulator's in-memory state: one object passed to every route.
import { OtpStore } from './otp.js';
import { Outbox } from './outbox.js';
import { BruteForce, RateLimiter } from './rate-limit.js';
import { Faults } from './faults.js';
import { Users } from './users.js';
import { TtlMap } from './ttl-map.js';
import { Passkeys } from './passkeys.js';
import { Tokens, createSigningKey } from './tokens.js';
import { BotDetection } from './bot-detection/bot-detection.js';

/** @typedef {import('./users.js').User} User */
/** @typedef {import('./config.js').ClientConfig} ClientConfig */
/** @typedef {{ sid: string, user: User, authTime: number }} Session */
/** @typedef {{ sessionId: string, coVerifier: string, coId: string, clientId: string }} LoginTicket */
/**
 * @typedef {object} AuthCode
 * @property {string} clientId
 * @property {string} redirectUri
 * @property {User} user
 * @property {string} sid
 * @property {string} scope
 * @property {string} [nonce]
 * @property {string} [audience]
 * @property {string} [codeChallenge]
 * @property {boolean} used
 * @property {string[]} issued access tokens made from this code (revoked on reuse)
 * @property {number} [authTime] set when max_age was requested
 */
/** @typedef {{ user: User, clientId: string, scope: string, audience?: string }} AccessGrant */
/** @typedef {{ ticket: LoginTicket, query: string }} PendingVerification */
/**
 * @typedef {{ query: string, clientId: string, redirectOrigin: string, connection?: 'email'|'sms', identifier?: string,
 *   error?: { text: string, status: number } }} LoginTransaction a hosted login; `error` is shown once on the next view
 */

/** The session cookie, `SameSite=None; Secure` like Auth0's `auth0` cookie. */
export const SESSION_COOKIE = 'emulator_session';
/** Its legacy twin without SameSite=None, like Auth0's `auth0_compat`. */
export const SESSION_COMPAT_COOKIE = 'emulator_session_compat';

/**
 * @param {{ config: import('./config.js').ResolvedConfig, baseNow: () => number, log?: (line: string) => void }} opts
 */
export async function createContext({ config, baseNow, log }) {
  const clock = { offsetMs: 0, now: () => baseNow() + clock.offsetMs };
  const now = () => clock.now();
  const faults = new Faults();
  const key = await createSigningKey();
  return {
    config,
    clock,
    now,
    log,
    /** set once the port is known */
    url: '',
    issuer: '',
    clients: new Map(config.clients.map((c) => [c.client_id, c])),
    otp: new OtpStore(now),
    outbox: new Outbox(),
    rateLimit: new RateLimiter(now, config.rate_limits.passwordless_start_per_ip_per_hour),
    /** POST /passwordless/verify per end-user IP (its own window) */
    verifyRateLimit: new RateLimiter(now, config.rate_limits.passwordless_verify_per_ip_per_hour),
    /** POST /passwordless/challenge per IP: up to three challenges (a first one, new pictures) per allowed start */
    challengeRateLimit: new RateLimiter(now, config.rate_limits.passwordless_start_per_ip_per_hour * 3),
    bruteForce: new BruteForce(now, config.rate_limits.failed_logins_per_user_per_ip),
    /** Auth0 Bot Detection: when starts need a captcha, the challenges per state, the failures per IP */
    botDetection: new BotDetection(now, config.bot_detection),
    faults,
    users: new Users(now),
    /** database users, their passkeys and pending ceremonies (auth_session) */
    passkeys: new Passkeys(now),
    /** @type {TtlMap<Session>} */
    sessions: new TtlMap(now),
    /** @type {TtlMap<LoginTicket>} */
    tickets: new TtlMap(now),
    /** @type {TtlMap<PendingVerification>} cross-origin fallback pages waiting for /co/verify */
    pendingCo: new TtlMap(now, 10_000),
    /** @type {TtlMap<LoginTransaction>} hosted login page transactions */
    loginTx: new TtlMap(now, 10_000),
    /** @type {TtlMap<AuthCode>} */
    codes: new TtlMap(now),
    /** @type {TtlMap<AccessGrant>} */
    accessTokens: new TtlMap(now, 200_000),
    tokens: new Tokens({ issuer: '', key, now, lifetimeSeconds: config.token_lifetime_seconds, idLifetimeSeconds: config.id_token_lifetime_seconds, faults }),
  };
}

/** @typedef {Awaited<ReturnType<typeof createContext>>} Ctx */

/** Drops expired entries everywhere. @param {Ctx} ctx */
export function sweep(ctx) {
  ctx.otp.sweep();
  ctx.sessions.sweep();
  ctx.tickets.sweep();
  ctx.codes.sweep();
  ctx.pendingCo.sweep();
  ctx.loginTx.sweep();
  ctx.passkeys.sessions.sweep();
  ctx.passkeys.otpSessions.sweep();
  ctx.accessTokens.sweep();
  ctx.rateLimit.sweep();
  ctx.verifyRateLimit.sweep();
  ctx.challengeRateLimit.sweep();
  ctx.bruteForce.sweep();
  ctx.botDetection.sweep();
}
