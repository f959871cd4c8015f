// @ts-check
// The throttles backend mode must add: Auth0 does not rate-limit calls that carry the client secret, so these
// are the only guard against SMS pumping and inbox flooding. The counters live in the handler's store (memory
// for one instance, Redis for several).

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./store.js').Limiter} Limiter */

/** @typedef {'start'|'verify'} ThrottleKind which route's counters a request counts on */
/** @typedef {(identifier: string, ip: string|undefined) => Promise<number>} Throttle hashed keys in; seconds to wait out (0 = allowed) */

/**
 * The counters of each throttled route, made once per handler. A start counts per identifier, per IP and in all;
 * a verification per identifier and per IP (counted apart from starts).
 * @param {ResolvedOptions} options
 * @returns {Record<ThrottleKind, Throttle>}
 */
export function createThrottles(options) {
  const { store, rateLimits } = options;
  const global = store.limiter('start-all', rateLimits.global);
  const startIdentifier = store.limiter('start-id', rateLimits.perIdentifier);
  const startIp = store.limiter('start-ip', rateLimits.perIp);
  const verifyIdentifier = store.limiter('verify-id', rateLimits.verifyPerIdentifier);
  const verifyIp = store.limiter('verify-ip', rateLimits.perIp);
  return {
    start: (identifier, ip) => consumeAll([[startIdentifier, identifier], [startIp, ip], [global, 'all']]),
    verify: (identifier, ip) => consumeAll([[verifyIdentifier, identifier], [verifyIp, ip]]),
  };
}

/**
 * Counts one request on each limiter in turn. When one refuses, the counts already taken are given back, so a
 * refused request does not use up another budget. Resolves to the seconds to wait, or 0 when allowed; rejects
 * with StoreUnavailableError when the store cannot answer.
 * @param {[Limiter, string|undefined][]} checks key undefined = skip (e.g. no client IP)
 */
async function consumeAll(checks) {
  /** @type {[Limiter, string][]} */
  const counted = [];
  const refund = () => Promise.all(counted.map(([limiter, key]) => limiter.refund(key)));
  for (const [limiter, key] of checks) {
    if (key === undefined) continue;
    let wait;
    try {
      wait = await limiter.consume(key);
    } catch (error) {
      await refund();
      throw error;
    }
    if (wait > 0) {
      await refund();
      return wait;
    }
    counted.push([limiter, key]);
  }
  return 0;
}
