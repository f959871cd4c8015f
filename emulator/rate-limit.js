// @ts-check
// Per-IP limit on /passwordless/start (Auth0: 50 an hour per IP by default). A fixed one-hour
// window keyed by the socket address; X-Forwarded-For is ignored so it cannot be dodged.

/** Counters per key, each in a fixed window that starts with the key's first count. */
class FixedWindows {
  /** @param {() => number} now @param {number} windowMs */
  constructor(now, windowMs) {
    this.now = now;
    this.windowMs = windowMs;
    /** @type {Map<string, { count: number, resetAt: number }>} */
    this.windows = new Map();
  }

  /** Counts one for `key` (a new window when the last one is over). @param {string} key @param {number} [now] */
  count(key, now = this.now()) {
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    w.count += 1;
    return w;
  }

  /** The count in the key's current window (0 when none). @param {string} key */
  current(key) {
    const w = this.windows.get(key);
    return w && w.resetAt > this.now() ? w.count : 0;
  }

  /** @param {string} key */
  delete(key) {
    this.windows.delete(key);
  }

  sweep() {
    const now = this.now();
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}

export class RateLimiter {
  /** @param {() => number} now @param {number} limit @param {number} [windowMs] */
  constructor(now, limit, windowMs = 3600_000) {
    this.now = now;
    this.limit = limit;
    this.windows = new FixedWindows(now, windowMs);
  }

  /**
   * Counts one request.
   * @param {string} key
   * @returns {{ allowed: boolean, headers: Record<string, string> }}
   */
  hit(key) {
    const now = this.now();
    const w = this.windows.count(key, now);
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
    this.windows.sweep();
  }
}

/**
 * Brute-force protection (Auth0: 10 failed logins for one user from one IP block that pair).
 * Failures count in a one-hour window; a success clears them.
 */
export class BruteForce {
  /** @param {() => number} now @param {number} threshold @param {number} [windowMs] */
  constructor(now, threshold, windowMs = 3600_000) {
    this.threshold = threshold;
    this.failures = new FixedWindows(now, windowMs);
  }

  /** @param {string} key */
  blocked(key) {
    return this.failures.current(key) >= this.threshold;
  }

  /** @param {string} key */
  fail(key) {
    this.failures.count(key);
  }

  /** @param {string} key */
  succeed(key) {
    this.failures.delete(key);
  }

  sweep() {
    this.failures.sweep();
  }
}
