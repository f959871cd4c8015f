// @ts-check
// Sessions. The browser holds a sealed cookie (user and tokens, encrypted: it cannot read them), and the store
// holds one record per live session id. A session is good only while its record is there: logout and a new
// sign-in delete it (a copied cookie dies with it), it lapses after `sessionIdleSeconds` without a read, and
// `revokeSessions(sub)` ends every session of a person that began before it (each person has a random epoch,
// renewed by a revocation; a session is good only in the epoch it began in: no clocks to compare). When the store
// cannot answer, reads reject with StoreUnavailableError (fail closed, like the throttles).
import { hashValue, seal, unseal } from './crypto.js';
import { cookieNames, parseCookies, serializeCookie } from './cookies.js';
import { log } from './log.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/**
 * @typedef {object} SessionTokens
 * @property {string} [id_token]
 * @property {string} [access_token]
 * @property {number} [expires_at] when the access token expires (seconds since the epoch)
 * @property {string} [scope]
 * @property {string} [audience] the audience the access token was asked for (none: Auth0's default)
 */
/** @typedef {Record<string, unknown> & { sub: string }} SessionUser */
/** How the session began: a typed code, a magic link, or a passkey. @typedef {'code'|'link'|'passkey'} SignInMethod */
/** @typedef {{ user: SessionUser, tokens: SessionTokens, method?: SignInMethod }} Session */
/** @typedef {{ created: number, seen: number, expires: number, epoch: string }} SessionRecord times in ms since the epoch */

/** How long a revocation is kept: the longest a session can live (sessionMaxAgeSeconds is at most this). */
export const MAX_SESSION_SECONDS = 30 * 24 * 3600;

/** @param {ResolvedOptions} options @param {string} sid */
const recordKey = async (options, sid) => `session:${await hashValue(options, `sid:${sid}`, 16)}`;
/** @param {ResolvedOptions} options @param {string} sub */
const epochKey = async (options, sub) => `sessions-epoch:${await hashValue(options, `sub:${sub}`, 16)}`;
/** The person's current epoch ('' until their first revocation). @param {ResolvedOptions} options @param {string} sub */
const currentEpoch = async (options, sub) => (await options.store.read(await epochKey(options, sub))) ?? '';

/** @param {string|null} raw @returns {SessionRecord|null} */
function parseRecord(raw) {
  try {
    const record = raw ? JSON.parse(raw) : null;
    return record && typeof record.seen === 'number' && typeof record.expires === 'number' && typeof record.epoch === 'string' ? record : null;
  } catch {
    return null;
  }
}

/** Seconds a record lives from now: the idle timeout, never past the absolute end. @param {ResolvedOptions} options @param {SessionRecord} record @param {number} now */
const recordTtl = (options, record, now) => Math.max(1, Math.ceil(Math.min(options.sessionIdleSeconds * 1000, record.expires - now) / 1000));

/**
 * The cookie's sealed content, if it was issued under the name this request reads (a value moved to another
 * name, e.g. tossed in as the unprefixed cookie on https, is refused).
 * @param {ResolvedOptions} options @param {Request} request
 */
async function sealedSession(options, request) {
  const { session: name } = cookieNames(options, request);
  const payload = await unseal(options, 'session', parseCookies(request).get(name));
  if (!payload || payload.cookie !== name || typeof payload.sid !== 'string' || typeof payload.created !== 'number') return null;
  const user = /** @type {SessionUser} */ (payload.user);
  if (typeof user !== 'object' || user === null || typeof user.sub !== 'string') return null;
  const method = ['code', 'link', 'passkey'].includes(/** @type {string} */ (payload.method)) ? /** @type {SignInMethod} */ (payload.method) : undefined;
  return { sid: payload.sid, created: payload.created, user, tokens: /** @type {SessionTokens} */ (payload.tokens ?? {}), method };
}

/**
 * Starts a session: ends the one this browser had (a new sign-in replaces it), records the new id, and returns
 * its Set-Cookie (a fresh value at every sign-in: no fixation). Rejects when the store cannot answer.
 * @param {ResolvedOptions} options @param {Request} request @param {Session} session
 */
export async function startSession(options, request, session) {
  await endSession(options, request);
  const { secure, session: name } = cookieNames(options, request);
  const sid = crypto.randomUUID();
  const now = Date.now();
  /** @type {SessionRecord} */
  const record = { created: now, seen: now, expires: now + options.sessionMaxAgeSeconds * 1000, epoch: await currentEpoch(options, session.user.sub) };
  await options.store.write(await recordKey(options, sid), JSON.stringify(record), recordTtl(options, record, now));
  const value = await seal(options, 'session', { sid, created: now, cookie: name, user: session.user, tokens: session.tokens, method: session.method }, options.sessionMaxAgeSeconds);
  if (value.length > 4000) {
    // Through log(): a logger that throws must not break a sign-in (the record above is already written).
    log(options, { level: 'warn', event: 'session', outcome: 'cookie_too_large', hint: 'The session cookie is over 4000 bytes; browsers may drop it. Use a smaller scope or audience.' });
  }
  return serializeCookie(options, secure, name, value, options.sessionMaxAgeSeconds);
}

/**
 * The signed-in person and their tokens, or null: no cookie, a cookie under the wrong name, a session that was
 * ended, replaced, revoked, idle too long or past its absolute lifetime. A read keeps the session from going
 * idle. Rejects with StoreUnavailableError when the store cannot answer.
 * @param {ResolvedOptions} options @param {Request} request
 * @returns {Promise<Session|null>}
 */
export async function readSession(options, request) {
  const sealed = await sealedSession(options, request);
  if (!sealed) return null;
  const key = await recordKey(options, sealed.sid);
  const record = parseRecord(await options.store.read(key));
  if (!record) return null;
  const now = Date.now();
  if (record.expires <= now || record.seen + options.sessionIdleSeconds * 1000 <= now) return null;
  if (record.epoch !== (await currentEpoch(options, sealed.user.sub))) return null;
  // Refresh the idle clock at most once a minute (or a tenth of a shorter idle timeout), not at every read; only if
  // the record is still there, so a read racing a logout cannot bring the session back.
  if (now - record.seen >= Math.min(60_000, options.sessionIdleSeconds * 100)) {
    const touched = { ...record, seen: now };
    if (!(await options.store.update(key, JSON.stringify(touched), recordTtl(options, touched, now)))) return null;
  }
  return { user: sealed.user, tokens: sealed.tokens, ...(sealed.method ? { method: sealed.method } : {}) };
}

/**
 * Ends this browser's session, wherever its cookie was copied: the id's record is deleted. Nothing to do without
 * a (valid) session cookie. Rejects when the store cannot answer.
 * @param {ResolvedOptions} options @param {Request} request
 */
export async function endSession(options, request) {
  const sealed = await sealedSession(options, request);
  if (sealed) await options.store.release(await recordKey(options, sealed.sid));
}

/**
 * Ends every session of a person that began before now ("sign out everywhere"), on every instance that shares
 * the store. Rejects when the store cannot answer.
 * @param {ResolvedOptions} options @param {string} sub
 */
export async function revokeAllSessions(options, sub) {
  if (typeof sub !== 'string' || !sub) throw new TypeError('passwordless-login/server: revokeSessions needs the user\'s `sub`.');
  // Kept as long as any session can live, so no session that began before it can outlive it.
  await options.store.write(await epochKey(options, sub), crypto.randomUUID(), MAX_SESSION_SECONDS);
}
