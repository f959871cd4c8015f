// @ts-check
// A Map whose entries expire, used for every piece of in-memory state (sessions, tickets, codes,
// tokens). Expired entries are invisible at once and swept periodically, and the map has a hard
// size cap (oldest entries go first) so memory cannot grow without bound.

/** @template V */
export class TtlMap {
  /** @param {() => number} now @param {number} [maxSize] */
  constructor(now, maxSize = 100_000) {
    this.now = now;
    this.maxSize = maxSize;
    /** @type {Map<string, { value: V, expiresAt: number }>} */
    this.map = new Map();
  }

  /** @param {string} key @param {V} value @param {number} ttlMs */
  set(key, value, ttlMs) {
    this.map.delete(key);
    this.map.set(key, { value, expiresAt: this.now() + ttlMs });
    if (this.map.size > this.maxSize) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }

  /** @param {string|undefined} key @returns {V|undefined} */
  get(key) {
    if (key === undefined) return undefined;
    const entry = this.map.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < this.now()) {
      this.map.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Reads and deletes (for single-use values). @param {string|undefined} key */
  take(key) {
    const value = this.get(key);
    if (key !== undefined) this.map.delete(key);
    return value;
  }

  /** @param {string} key */
  delete(key) {
    this.map.delete(key);
  }

  sweep() {
    const now = this.now();
    for (const [key, entry] of this.map) if (entry.expiresAt < now) this.map.delete(key);
  }

  get size() {
    return this.map.size;
  }
}
