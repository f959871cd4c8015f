// @ts-check
// Where the handler keeps its throttle counters and its idempotency window: in this process's memory (one
// instance, the default) or in Redis (several instances behind a load balancer, which must count together).
// Counting is rate-limiter-flexible's: atomic Lua in Redis, the same fixed windows in memory.
import { RateLimiterMemory, RateLimiterRedis, RLWrapperTimeouts, RateLimiterRes } from 'rate-limiter-flexible';

/** @typedef {import('./options.js').RateLimit} RateLimit */

/**
 * A counter for one kind of request (starts per identifier, verifications per IP...).
 * @typedef {object} Limiter
 * @property {(key: string) => Promise<{ wait: number, remaining: number }>} consume counts one request; resolves
 *   to a wait of 0 when allowed (and the counts left in the window), else the seconds to wait. Rejects with
 *   StoreUnavailableError when the store cannot answer.
 * @property {(key: string) => Promise<void>} refund takes back one counted request
 */

/**
 * Where the handler keeps its counters and windows. Make one with `memoryStore()` or `redisStore(client)`.
 * Limiters with the same name share their counts (in Redis, across every instance).
 * @typedef {object} PasswordlessStore
 * @property {(name: string, limit: RateLimit) => Limiter} limiter
 * @property {(key: string, value: string, ttlSeconds: number) => Promise<boolean>} claim stores value unless
 *   key exists; true when this call stored it (atomic across instances)
 * @property {(key: string) => Promise<string|null>} read
 * @property {(key: string, value: string, ttlSeconds: number) => Promise<void>} write
 * @property {(key: string, value: string, ttlSeconds: number) => Promise<boolean>} update writes only if key
 *   exists (atomic: a key deleted meanwhile stays deleted); true when it did
 * @property {(key: string) => Promise<void>} release deletes key
 */

/** The store did not answer (Redis down, unreachable or too slow). The handler then fails closed. */
export class StoreUnavailableError extends Error {
  /** @param {unknown} [cause] */
  constructor(cause) {
    super('passwordless-login/server: the store (Redis) did not answer', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Wraps a rate-limiter-flexible limiter: a rejection with a RateLimiterRes is "over the limit", any other
 * rejection is the store failing.
 * @param {import('rate-limiter-flexible').RateLimiterAbstract | RLWrapperTimeouts} limiter
 * @returns {Limiter}
 */
function wrapLimiter(limiter) {
  return {
    async consume(key) {
      try {
        const result = await limiter.consume(key);
        return { wait: 0, remaining: result.remainingPoints };
      } catch (result) {
        if (result instanceof RateLimiterRes) {
          // rate-limiter-flexible counted the refused request too: take it back, so that refusals (a burst, or
          // polling) cannot keep a key over its limit after the allowed requests are given back.
          await limiter.reward(key).catch(() => {});
          return { wait: Math.max(1, Math.ceil(result.msBeforeNext / 1000)), remaining: 0 };
        }
        throw new StoreUnavailableError(result);
      }
    },
    async refund(key) {
      try {
        await limiter.reward(key);
      } catch {
        // best effort: a refund that fails leaves the counter one too high, the safe direction
      }
    },
  };
}

/**
 * Live entries (Idempotency-Key slots, sessions, lockout marks) one memory store holds before it refuses new
 * Idempotency-Key slots (503, fail closed): a flood of unique keys cannot grow memory without bound, and a site
 * with this many live sessions on one instance wants Redis anyway.
 */
const MEMORY_SLOTS_MAX = 1_000_000;

/**
 * Counters and windows in this process's memory. Right for one instance (pass the same store to several handlers
 * in one process so they count together); with several instances, each counts alone and the limits multiply.
 * @returns {PasswordlessStore}
 */
export function memoryStore() {
  /** @type {Map<string, Limiter>} */
  const limiters = new Map();
  // Entries live for different times (a start's window 60 s, a session hours), so a read checks expiry itself,
  // and expired entries are swept out at most once every 10 s.
  /** @type {Map<string, { value: string, expires: number }>} */
  const entries = new Map();
  let swept = 0;
  const sweep = () => {
    const now = Date.now();
    if (now - swept < 10_000) return;
    swept = now;
    for (const [key, entry] of entries) if (entry.expires <= now) entries.delete(key);
  };
  /** @param {string} key */
  const live = (key) => {
    const entry = entries.get(key);
    return entry && entry.expires > Date.now() ? entry : undefined;
  };
  /** @param {string} key @param {string} value @param {number} ttlSeconds */
  const put = (key, value, ttlSeconds) => {
    entries.delete(key);
    entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
  };
  return {
    limiter(name, limit) {
      const id = `${name}/${limit.max}/${limit.windowSeconds}`;
      let limiter = limiters.get(id);
      if (!limiter) limiters.set(id, (limiter = wrapLimiter(new RateLimiterMemory({ keyPrefix: name, points: limit.max, duration: limit.windowSeconds }))));
      return limiter;
    },
    async claim(key, value, ttlSeconds) {
      sweep();
      if (live(key)) return false;
      if (entries.size >= MEMORY_SLOTS_MAX) throw new StoreUnavailableError('memory store full');
      put(key, value, ttlSeconds);
      return true;
    },
    async read(key) {
      sweep();
      return live(key)?.value ?? null;
    },
    async write(key, value, ttlSeconds) {
      put(key, value, ttlSeconds);
    },
    async update(key, value, ttlSeconds) {
      if (!live(key)) return false;
      put(key, value, ttlSeconds);
      return true;
    },
    async release(key) {
      entries.delete(key);
    },
  };
}

/**
 * The commands redisStore uses, as ioredis (v5) spells them.
 * @typedef {object} RedisClient
 * @property {string} status ioredis's connection state; only `ready` is used
 * @property {(...args: any[]) => unknown} defineCommand ioredis's, used by rate-limiter-flexible for its Lua script
 * @property {(...args: any[]) => Promise<unknown>} set called as set(key, value, 'EX', seconds[, 'NX' or 'XX'])
 * @property {(key: string) => Promise<string|null>} get
 * @property {(key: string) => Promise<unknown>} del
 */

/**
 * @typedef {object} RedisStoreOptions
 * @property {string} [prefix] put before every key (default `passwordless:`); give each site its own when
 *   several share one Redis
 * @property {number} [timeoutMs] how long to wait for Redis before treating it as down (default 500)
 */

/**
 * Counters and windows in Redis, shared by every instance that uses the same Redis and prefix.
 * Pass an ioredis client; `new Redis(url, { enableOfflineQueue: false })` makes an outage fail at once.
 * @param {RedisClient} client
 * @param {RedisStoreOptions} [options]
 * @returns {PasswordlessStore}
 */
export function redisStore(client, options = {}) {
  // ioredis's shape: node-redis spells SET's flags differently, and NX would be silently dropped.
  if (!client || typeof client.status !== 'string' || typeof client.defineCommand !== 'function' || typeof client.set !== 'function') {
    throw new TypeError('passwordless-login/server: redisStore needs an ioredis (v5) client, e.g. new Redis(process.env.REDIS_URL).');
  }
  const prefix = options.prefix ?? 'passwordless:';
  const timeoutMs = options.timeoutMs ?? 500;
  if (typeof prefix !== 'string') throw new TypeError('passwordless-login/server: redisStore `prefix` must be a string.');
  if (!(Number.isFinite(timeoutMs) && timeoutMs >= 10)) throw new TypeError('passwordless-login/server: redisStore `timeoutMs` must be at least 10.');

  /** Runs one Redis command; fails fast when the client is not connected or Redis is slow. @template T @param {() => Promise<T>} command */
  async function run(command) {
    if (client.status !== 'ready') throw new StoreUnavailableError(`redis status ${client.status}`);
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError('timeout')), timeoutMs);
    });
    try {
      return await Promise.race([command(), timeout]);
    } catch (error) {
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    limiter(name, limit) {
      const redis = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${prefix}${name}`,
        points: limit.max,
        duration: limit.windowSeconds,
        rejectIfRedisNotReady: true,
      });
      return wrapLimiter(new RLWrapperTimeouts({ limiter: redis, timeoutMs }));
    },
    claim: (key, value, ttlSeconds) => run(async () => (await client.set(`${prefix}${key}`, value, 'EX', ttlSeconds, 'NX')) === 'OK'),
    read: (key) => run(() => client.get(`${prefix}${key}`)),
    write: (key, value, ttlSeconds) => run(async () => void (await client.set(`${prefix}${key}`, value, 'EX', ttlSeconds))),
    update: (key, value, ttlSeconds) => run(async () => (await client.set(`${prefix}${key}`, value, 'EX', ttlSeconds, 'XX')) === 'OK'),
    release: (key) => run(async () => void (await client.del(`${prefix}${key}`))),
  };
}
