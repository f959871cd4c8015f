// @ts-check
// The throttles backend mode must add: Auth0 does not rate-limit calls that carry the client secret, so these
// are the only guard against SMS pumping, inbox flooding and code guessing. They are built so that a third party
// cannot lock a person out (the model, and what an attacker with many addresses can still do, is in
// server/README.md, "Throttles"):
// - a start counts per (person, client address) and per address (a refusal there leaves its human-check token
//   unverified); then the human check runs, when the policy asks for one (its refusal keeps the address's count: a
//   bot cannot probe for free); then the start holds the person's messages one cooldown apart, counts per
//   phone-number range (SMS) and in all (a refusal there comes after a token passed, which is then spent: the price
//   of keeping a bot's tokenless starts off these shared limits; server/README.md). Within that cooldown, a code start
//   for the spelling that was just sent to is answered as sent without sending again (the code in the person's
//   inbox is the live one): others cannot keep the person from a usable code, however they time their requests;
// - a verification counts only the failures Auth0 judged (a wrong, expired or spent code), per (person, address),
//   per address, and per person with a higher ceiling. When that ceiling is reached, a code sent afterwards to
//   the browser that asked for it (its code ticket) still has a small budget of its own;
// - with `humanCheck.required: 'after_failures'`, refusals and failures mark the address and the person as
//   suspect for a while, and a start from a suspect address, for a suspect person, or past an address's first
//   few starts needs the check.
// The counters live in the handler's store (memory for one instance, Redis for several).

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./store.js').Limiter} Limiter */
/** @typedef {import('./start-cookie.js').CodeTicket} CodeTicket */
/** @typedef {import('./failure.js').Failure} Failure */

/**
 * With `humanCheck.required: 'after_failures'`, the starts an address makes in the `perIp` window before every
 * further one needs the check: a household or an office signs in without one, a script meets it on its 4th try.
 */
export const UNCHECKED_STARTS_PER_IP = 3;

/** @typedef {'start'|'verify'} ThrottleKind which route's counters a request counts on */
/**
 * Who a request counts as: hashed keys only.
 * @typedef {object} Counted
 * @property {string} person the hashed throttle key (one per inbox or phone)
 * @property {string|undefined} ip the hashed client address, when known
 * @property {CodeTicket} [ticket] the newest code ticket this browser holds for the person (verify only)
 */
/**
 * What a start counts on, besides who it is.
 * @typedef {object} StartCounted
 * @property {string} spelling the hashed identifier as it will be sent
 * @property {string} [range] the hashed range of a phone number (SMS only): the per-prefix velocity counter
 * @property {() => Promise<Failure | null>} [check] the human check (verifies the request's token), when the
 *   handler has one: run when the policy asks for it; its refusal, or null when the token passed
 */
/**
 * A start's verdict: allowed, or the wait; `recent` when only the person's spacing refused it and the last message
 * within the cooldown went to this very spelling (the caller's own counts are kept: asking is not free);
 * `refused` when the human check refused it (the address's count is kept when the token was missing or wrong).
 * @typedef {{ wait: number, recent?: number, refused?: Failure }} StartVerdict recent: when that message was sent
 *   (ms since the epoch)
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
    range: store.limiter('start-sms-range', limits.perPhoneRange),
    all: store.limiter('start-all', limits.global),
  };
  const failures = {
    personAndIp: store.limiter('failed-person-ip', limits.verifyPerIdentifierAndIp),
    person: store.limiter('failed-person', limits.verifyPerIdentifier),
    ip: store.limiter('failed-ip', limits.verifyPerIp),
    ticket: store.limiter('failed-ticket', limits.verifyPerFreshCode),
  };
  /** The passkey routes' limiters, made at their first use. @type {{ ip: Limiter, register: Limiter } | undefined} */
  let passkeys;
  /** @param {string} person */
  const lockoutKey = (person) => `lockout:${person}`;
  /** @param {string} person */
  const lastSentKey = (person) => `last-sent:${person}`;
  const policy = options.humanCheck?.required;
  /** @param {string} key a hashed person or address */
  const suspectKey = (key) => `suspect:${key}`;

  /**
   * Marks the person and the address as suspect (only the after_failures policy reads the marks). Best effort: a
   * store that fails now is refusing starts anyway.
   * @param {string} person @param {string|undefined} ip
   */
  async function markSuspect(person, ip) {
    if (policy !== 'after_failures') return;
    const keys = ip === undefined ? [person] : [person, ip];
    await Promise.allSettled(keys.map((key) => store.write(suspectKey(key), '1', limits.perIp.windowSeconds)));
  }

  /**
   * Whether this start needs the human check. Without a client address the after_failures policy cannot tell an
   * address's history, so it asks every time (fail closed).
   * @param {string} person @param {string|undefined} ip @param {number} fromIp the starts this address made in the
   *   window, this one included @param {Counts} counts
   */
  async function checkNeeded(person, ip, fromIp, counts) {
    if (policy !== 'after_failures' || ip === undefined || fromIp > UNCHECKED_STARTS_PER_IP) return true;
    const marks = await Promise.all([store.read(suspectKey(person)), store.read(suspectKey(ip))]).catch((error) => counts.failWith(error));
    return marks.some((mark) => mark !== null);
  }

  return {
    /**
     * Counts one start, and runs its human check. Rejects with StoreUnavailableError.
     * @param {Counted & StartCounted} who
     * @returns {Promise<StartVerdict>}
     */
    async start({ person, ip, spelling, range, check }) {
      const counts = new Counts();
      // Without a client address there is no per-address counter: keyed by the person alone it would be a
      // budget anyone could spend for them.
      const own = await counts.take([[starts.personAndIp, ip === undefined ? undefined : `${person}:${ip}`]]);
      const fromIp = own || ip === undefined ? undefined : await counts.takeOne(starts.ip, ip);
      if (own || fromIp?.wait) {
        await counts.giveBack();
        await markSuspect(person, ip);
        return { wait: own || fromIp?.wait || 0 };
      }
      // After the address's own counts (so a refusal keeps them) and before anything anyone else shares (the
      // person's spacing, the range, the global ceiling), which a bot's refused check must not use up. So a token
      // that passes here is spent even if those refuse below; they are not read first, since that would tell a
      // client with no check solved whether the person was just sent a message (server/README.md, "Where it runs").
      if (check && (await checkNeeded(person, ip, fromIp ? limits.perIp.max - fromIp.remaining : 0, counts))) {
        const refused = await check();
        if (refused && refused.status >= 500) {
          // The provider (or the store) failing is no verdict on the request: its counts go back, like a start
          // Auth0 never saw.
          await counts.giveBack();
        } else if (refused) {
          // A missing or wrong token keeps the address's count (probing is not free) and marks the person and the
          // address. The person's own budget is given back: nothing was sent to them, and a person asked for the
          // check (after_failures) then sends again with it, which must not cost them a resend.
          await counts.giveBack(starts.personAndIp);
          await markSuspect(person, ip);
        }
        if (refused) return { wait: 0, refused };
      }
      const spaced = await counts.takeOne(starts.spacing, person);
      if (spaced.wait) {
        const last = (await store.read(lastSentKey(person)).catch((error) => counts.failWith(error)))?.split(' ');
        if (last?.[0] === spelling) return { wait: spaced.wait, recent: Number(last[1]) };
        await counts.giveBack();
        await markSuspect(person, ip);
        return { wait: spaced.wait };
      }
      const shared = await counts.take([[starts.range, range], [starts.all, 'all']]);
      if (shared) {
        await markSuspect(person, ip);
        return { wait: shared };
      }
      await store.write(lastSentKey(person), `${spelling} ${Date.now()}`, limits.perIdentifierFromAnyone.windowSeconds).catch((error) => counts.failWith(error));
      return { wait: 0 };
    },

    /**
     * Counts one call to a passkey route per address, and a passkey sign-up per person too (no message is sent, but
     * each sign-up challenge is an Auth0 call that says whether the person has an account). Resolves to the seconds
     * to wait, 0 when allowed; rejects with StoreUnavailableError.
     * @param {{ ip: string|undefined, person?: string }} who
     */
    passkey({ ip, person }) {
      passkeys ??= { ip: store.limiter('passkey-ip', limits.passkeyPerIp), register: store.limiter('passkey-register', limits.passkeyRegisterPerIdentifier) };
      return new Counts().take([[passkeys.ip, ip], [passkeys.register, person]]);
    },

    /**
     * Marks a refusal the pipeline made itself (a number outside `smsCountries`), for the after_failures policy.
     * @param {string} person @param {string|undefined} ip
     */
    refused: markSuspect,

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
          await markSuspect(person, ip);
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

  /**
   * Gives every count back (or only those of one limiter), as far as the store lets it (a refund that fails leaves a
   * count too high: safe).
   * @param {Limiter} [only]
   */
  async giveBack(only) {
    const taken = only ? this.#taken.filter(([limiter]) => limiter === only) : this.#taken.splice(0);
    if (only) this.#taken = this.#taken.filter(([limiter]) => limiter !== only);
    await Promise.allSettled(taken.map(([limiter, key]) => limiter.refund(key)));
  }

  /** Gives every count back, then rejects with the store's error. @param {unknown} error @returns {Promise<never>} */
  async failWith(error) {
    await this.giveBack();
    throw error;
  }
}
