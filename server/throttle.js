// @ts-check
// The throttles backend mode must add: Auth0 does not rate-limit calls that carry the client secret, so these
// are the only guard against SMS pumping, inbox flooding and code guessing. They are built so that a third party
// cannot lock a person out (the model, and what an attacker with many addresses can still do, is in
// server/README.md, "Throttles"):
// - a start counts per (person, client address), per address, in all, and holds the person's messages one
//   cooldown apart. Within that cooldown, a code start for the spelling that was just sent to is answered as sent
//   without sending again (the code in the person's inbox is the live one): others cannot keep the person from a
//   usable code, however they time their requests;
// - a verification counts only the failures Auth0 judged (a wrong, expired or spent code), per (person, address),
//   per address, and per person with a higher ceiling. When that ceiling is reached, a code sent afterwards to
//   the browser that asked for it (its code ticket) still has a small budget of its own.
// The counters live in the handler's store (memory for one instance, Redis for several).

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./store.js').Limiter} Limiter */
/** @typedef {import('./start-cookie.js').CodeTicket} CodeTicket */

/** @typedef {'start'|'verify'} ThrottleKind which route's counters a request counts on */
/**
 * Who a request counts as: hashed keys only.
 * @typedef {object} Counted
 * @property {string} person the hashed throttle key (one per inbox or phone)
 * @property {string|undefined} ip the hashed client address, when known
 * @property {CodeTicket} [ticket] the newest code ticket this browser holds for the person (verify only)
 */
/**
 * A start's verdict: allowed, or the wait; `recent` when only the person's spacing refused it and the last message
 * within the cooldown went to this very spelling (the caller's own counts are kept: asking is not free).
 * @typedef {{ wait: number, recent?: number }} StartVerdict recent: when that message was sent (ms since the epoch)
 */
/**
 * A verification's reservation: the counts taken before asking Auth0, settled by Auth0's answer.
 * @typedef {object} Reservation
 * @property {(judged: boolean) => Promise<void>} settle judged: Auth0 refused the code itself (the counts stay);
 *   anything else (a sign-in, Auth0 unreachable) gives them back
 */

/**
 * @param {ResolvedOptions} options
 */
export function createThrottles(options) {
  const { store, rateLimits: limits } = options;
  const starts = {
    personAndIp: store.limiter('start-person-ip', limits.perIdentifier),
    spacing: store.limiter('start-spacing', limits.perIdentifierFromAnyone),
    ip: store.limiter('start-ip', limits.perIp),
    all: store.limiter('start-all', limits.global),
  };
  const failures = {
    personAndIp: store.limiter('failed-person-ip', limits.verifyPerIdentifierAndIp),
    person: store.limiter('failed-person', limits.verifyPerIdentifier),
    ip: store.limiter('failed-ip', limits.verifyPerIp),
    ticket: store.limiter('failed-ticket', limits.verifyPerFreshCode),
  };
  /** @param {string} person */
  const lockoutKey = (person) => `lockout:${person}`;
  /** @param {string} person */
  const lastSentKey = (person) => `last-sent:${person}`;

  return {
    /**
     * Counts one start. Rejects with StoreUnavailableError.
     * @param {Counted & { spelling: string }} who spelling: the hashed identifier as it will be sent
     * @returns {Promise<StartVerdict>}
     */
    async start({ person, ip, spelling }) {
      const counts = new Counts();
      // Without a client address there is no per-address counter: keyed by the person alone it would be a
      // budget anyone could spend for them.
      const own = await counts.take([[starts.personAndIp, ip === undefined ? undefined : `${person}:${ip}`], [starts.ip, ip]]);
      if (own) return { wait: own };
      const spaced = await counts.takeOne(starts.spacing, person);
      if (spaced.wait) {
        const last = (await store.read(lastSentKey(person)).catch((error) => counts.failWith(error)))?.split(' ');
        if (last?.[0] === spelling) return { wait: spaced.wait, recent: Number(last[1]) };
        await counts.giveBack();
        return { wait: spaced.wait };
      }
      const all = await counts.take([[starts.all, 'all']]);
      if (all) return { wait: all };
      await store.write(lastSentKey(person), `${spelling} ${Date.now()}`, limits.perIdentifierFromAnyone.windowSeconds).catch((error) => counts.failWith(error));
      return { wait: 0 };
    },

    /**
     * Reserves one verification on each failure counter. Resolves to the seconds to wait, or a reservation to
     * settle once Auth0 has answered; rejects with StoreUnavailableError.
     * @param {Counted} who
     * @returns {Promise<number | Reservation>}
     */
    async verify({ person, ip, ticket }) {
      const counts = new Counts();
      const wait = await counts.take([
        [failures.personAndIp, ip === undefined ? undefined : `${person}:${ip}`],
        [failures.ip, ip],
      ]);
      if (wait) return wait;
      const mine = await counts.takeOne(failures.person, person);
      if (mine.wait) {
        // The person's ceiling is reached: only a code sent after the lockout began, to this browser, goes on.
        const began = Number(await store.read(lockoutKey(person)).catch((error) => counts.failWith(error)));
        const fresh = ticket !== undefined && began > 0 && ticket.issued >= began;
        const own = fresh ? await counts.takeOne(failures.ticket, ticket.id) : mine;
        if (own.wait) {
          await counts.giveBack();
          return own.wait;
        }
      }
      return {
        async settle(judged) {
          if (!judged) return counts.giveBack();
          // This failure used the person's last try: the lockout begins now (the first such moment is kept).
          if (!mine.wait && mine.remaining === 0) {
            await store.claim(lockoutKey(person), String(Date.now()), limits.verifyPerIdentifier.windowSeconds).catch(() => false);
          }
        },
      };
    },
  };
}

/** The counts one request took, so that they can all be given back. */
class Counts {
  /** @type {[Limiter, string][]} */
  #taken = [];

  /**
   * Takes one count on each limiter in turn; when one refuses, gives back those already taken (a refused
   * request uses up no other budget). Resolves to the seconds to wait, 0 when every count was taken.
   * @param {[Limiter, string|undefined][]} checks a key of undefined is skipped (e.g. no client address)
   */
  async take(checks) {
    for (const [limiter, key] of checks) {
      if (key === undefined) continue;
      const { wait } = await this.takeOne(limiter, key);
      if (wait) {
        await this.giveBack();
        return wait;
      }
    }
    return 0;
  }

  /**
   * One count; a refusal takes nothing. A store failure gives back what was taken and rejects.
   * @param {Limiter} limiter @param {string} key
   */
  async takeOne(limiter, key) {
    let result;
    try {
      result = await limiter.consume(key);
    } catch (error) {
      return this.failWith(error);
    }
    if (!result.wait) this.#taken.push([limiter, key]);
    return result;
  }

  /** Gives every count back, as far as the store lets it (a refund that fails leaves a count too high: safe). */
  async giveBack() {
    const taken = this.#taken.splice(0);
    await Promise.allSettled(taken.map(([limiter, key]) => limiter.refund(key)));
  }

  /** Gives every count back, then rejects with the store's error. @param {unknown} error @returns {Promise<never>} */
  async failWith(error) {
    await this.giveBack();
    throw error;
  }
}
