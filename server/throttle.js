// @ts-check
// In-memory sliding-window throttles (Auth0 does not rate-limit calls that carry the client secret). One
// process only: behind several instances, put a shared limit in front or accept N times the budget.

/** @typedef {import('./options.js').RateLimit} RateLimit */

export class Throttle {
  /** @param {RateLimit} limit @param {() => number} [now] */
  constructor(limit, now = Date.now) {
    this.limit = limit;
    this.now = now;
    /** @type {Map<string, number[]>} */
    this.hits = new Map();
  }

  /**
   * Counts one hit for key. Returns 0 when allowed, else the seconds to wait (the hit is not counted).
   * @param {string} key
   */
  hit(key) {
    const now = this.now();
    const windowMs = this.limit.windowSeconds * 1000;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (recent.length >= this.limit.max) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000));
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep();
    return 0;
  }

  /** Tells how long key must wait without counting a hit. @param {string} key */
  peek(key) {
    const now = this.now();
    const windowMs = this.limit.windowSeconds * 1000;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    return recent.length >= this.limit.max ? Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) : 0;
  }

  sweep() {
    const cutoff = this.now() - this.limit.windowSeconds * 1000;
    for (const [key, times] of this.hits) if (!times.some((t) => t > cutoff)) this.hits.delete(key);
  }
}

/**
 * Checks several throttles; only counts a hit when all allow it. Returns the longest wait, or 0.
 * @param {[Throttle, string|undefined][]} checks key undefined = skip
 */
export function hitAll(checks) {
  const active = /** @type {[Throttle, string][]} */ (checks.filter(([, key]) => key !== undefined));
  const wait = Math.max(0, ...active.map(([t, key]) => t.peek(key)));
  if (wait > 0) return wait;
  for (const [t, key] of active) t.hit(key);
  return 0;
}
