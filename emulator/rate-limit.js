// @ts-check
// Per-IP limit on /passwordless/start (Auth0: 50 an hour per IP by default). A fixed one-hour
// window keyed by the socket address; X-Forwarded-For is ignored so it cannot be dodged.

export class RateLimiter {
  /** @param {() => number} now @param {number} limit @param {number} [windowMs] */
  constructor(now, limit, windowMs = 3600_000) {
    this.now = now;
    this.limit = limit;
    this.windowMs = windowMs;
    /** @type {Map<string, { count: number, resetAt: number }>} */
    this.windows = new Map();
  }

  /**
   * Counts one request.
   * @param {string} key
   * @returns {{ allowed: boolean, headers: Record<string, string> }}
   */
  hit(key) {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    w.count += 1;
    const allowed = w.count <= this.limit;
    /** @type {Record<string, string>} */
    const headers = {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - w.count)),
      'x-ratelimit-reset': String(Math.ceil(w.resetAt / 1000)),
    };
    if (!allowed) headers['retry-after'] = String(Math.max(1, Math.ceil((w.resetAt - now) / 1000)));
    return { allowed, headers };
  }

  sweep() {
    const now = this.now();
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * Brute-force protection (Auth0: 10 failed logins for one user from one IP block that pair).
 * Failures count in a one-hour window; a success clears them.
 */
export class BruteForce {
  /** @param {() => number} now @param {number} threshold @param {number} [windowMs] */
  constructor(now, threshold, windowMs = 3600_000) {
    this.now = now;
    this.threshold = threshold;
    this.windowMs = windowMs;
    /** @type {Map<string, { count: number, resetAt: number }>} */
    this.failures = new Map();
  }

  /** @param {string} key */
  blocked(key) {
    const f = this.failures.get(key);
    return !!f && f.resetAt > this.now() && f.count >= this.threshold;
  }

  /** @param {string} key */
  fail(key) {
    const now = this.now();
    let f = this.failures.get(key);
    if (!f || f.resetAt <= now) {
      f = { count: 0, resetAt: now + this.windowMs };
      this.failures.set(key, f);
    }
    f.count += 1;
  }

  /** @param {string} key */
  succeed(key) {
    this.failures.delete(key);
  }

  sweep() {
    const now = this.now();
    for (const [key, f] of this.failures) if (f.resetAt <= now) this.failures.delete(key);
  }
}
