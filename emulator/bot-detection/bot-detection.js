// @ts-check
// Auth0 Bot Detection for passwordless flows, as the emulator models it: when a captcha is required (always, or for
// an IP with recent failures), the challenges handed out per transaction `state`, and the check of an answer.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TtlMap } from '../ttl-map.js';
import { drawPicture } from './picture.js';
import { BOT_DETECTION_OFF } from './settings.js';

/** @typedef {import('./settings.js').BotDetection} BotDetectionSettings */
/** @typedef {import('./settings.js').BotDetectionProvider} BotDetectionProvider */
/**
 * @typedef {object} Challenge one per state: the newest replaces the older one, a check uses it up
 * @property {BotDetectionProvider} provider
 * @property {string} [answer] the picture's text (auth0)
 * @property {string} [siteKey] third-party providers
 * @property {string|undefined} origin the page that asked for it: a start from another origin cannot use it
 * @property {boolean} [hosted] a picture on the hosted login page, whatever the provider (see hostedPicture)
 */
/** @typedef {{ provider: BotDetectionProvider, siteKey: string, hostname: string, issuedAt: number }} IssuedToken */

/** A challenge lives as long as a Universal Login transaction would let it (10 minutes). */
const CHALLENGE_TTL_MS = 10 * 60_000;
/** Tokens issued by the stand-ins: Turnstile's documented lifetime (300 s), the longest of the providers'. */
export const STAND_IN_TOKEN_TTL_MS = 300_000;
const FAILURE_WINDOW_MS = 3600_000;

/**
 * The providers' documented test tokens: what their widgets hand out with a test site key, accepted here only while
 * the tenant's site key is such a test key (a production key never yields them). Turnstile's "blocks" key
 * (2x...AB) yields none.
 * @type {Partial<Record<BotDetectionProvider, { token: string, siteKeys: string[] }>>}
 */
export const TEST_TOKENS = {
  auth0_v2: { token: 'XXXX.DUMMY.TOKEN.XXXX', siteKeys: ['1x00000000000000000000AA', '1x00000000000000000000BB', '3x00000000000000000000FF'] },
  hcaptcha: { token: '10000000-aaaa-bbbb-cccc-000000000001', siteKeys: ['10000000-ffff-ffff-ffff-000000000001'] },
};

/** @param {string} a @param {string} b */
function sameText(a, b) {
  const h = (/** @type {string} */ s) => createHash('sha256').update(s.trim().toUpperCase()).digest();
  return timingSafeEqual(h(a), h(b));
}

export class BotDetection {
  /** @param {() => number} now @param {BotDetectionSettings} [settings] */
  constructor(now, settings = BOT_DETECTION_OFF) {
    this.now = now;
    this.settings = settings;
    /** @type {TtlMap<Challenge>} keyed by the transaction `state` */
    this.challenges = new TtlMap(now, 10_000);
    /** @type {TtlMap<IssuedToken>} tokens the stand-in scripts issued, each good once */
    this.issued = new TtlMap(now, 10_000);
    /** @type {TtlMap<true>} issued tokens already used, so a second use can be told from a made-up token */
    this.spent = new TtlMap(now, 10_000);
    /** @type {Map<string, number[]>} failure times per IP, the last hour's */
    this.failures = new Map();
  }

  /**
   * Switches the setting at runtime (dev API) and starts afresh: the challenges handed out and the failures counted
   * before are forgotten (issued stand-in tokens stay good until used or expired).
   * @param {BotDetectionSettings} settings
   */
  configure(settings) {
    this.settings = settings;
    this.challenges = new TtlMap(this.now, 10_000);
    this.failures.clear();
  }

  /** Whether a start from this IP needs a captcha now. @param {string} ip */
  requiredFor(ip) {
    const { required, failures_before_challenge: threshold } = this.settings;
    if (required === 'never') return false;
    if (required === 'always') return true;
    return this.recentFailures(ip) >= threshold;
  }

  /** A failed code check or a start refused for its captcha. @param {string} ip */
  recordFailure(ip) {
    const times = this.recentTimes(ip);
    times.push(this.now());
    // Enough to decide; a flood of failures must not grow memory.
    if (times.length > 1000) times.splice(0, times.length - 1000);
    this.failures.set(ip, times);
  }

  /** @param {string} ip */
  recentFailures(ip) {
    return this.recentTimes(ip).length;
  }

  /** @param {string} ip */
  recentTimes(ip) {
    const since = this.now() - FAILURE_WINDOW_MS;
    return (this.failures.get(ip) ?? []).filter((t) => t > since);
  }

  /**
   * What POST /passwordless/challenge answers for a state, making a fresh challenge when one is required.
   * @param {string} state @param {{ ip: string, origin: string|undefined }} from
   * @returns {Record<string, unknown>}
   */
  challenge(state, { ip, origin }) {
    if (!this.requiredFor(ip)) {
      this.challenges.delete(state);
      return { required: false };
    }
    const { provider, site_key: siteKey, client_subdomain: clientSubdomain } = this.settings;
    if (provider === 'auth0') {
      const { answer, image } = drawPicture();
      this.challenges.set(state, { provider, answer, origin }, CHALLENGE_TTL_MS);
      return { required: true, provider, image, type: 'code' };
    }
    this.challenges.set(state, { provider, siteKey, origin }, CHALLENGE_TTL_MS);
    return { required: true, provider, siteKey, ...(clientSubdomain ? { clientSubdomain } : {}) };
  }

  /**
   * A picture for the hosted login page (the Universal Login stand-in is plain HTML without script, so it shows
   * Auth0's own picture whichever provider is set: no weaker than the provider's widget). Keyed by its login state.
   * @param {string} key @returns {string} the image's data URL
   */
  hostedPicture(key) {
    const { answer, image } = drawPicture();
    this.challenges.set(key, { provider: 'auth0', answer, origin: undefined, hosted: true }, CHALLENGE_TTL_MS);
    return image;
  }

  /**
   * Checks the `captcha` of a start against the challenge of its state, and uses that challenge up (right or wrong:
   * a new try needs a fresh challenge). A refusal counts as a failure of the IP.
   * @param {{ state: string|undefined, captcha: unknown, ip: string, origin: string|undefined }} p
   * @returns {boolean}
   */
  check({ state, captcha, ip, origin }) {
    const challenge = this.challenges.take(state);
    const ok = challenge !== undefined && typeof captcha === 'string' && captcha !== '' && captcha.length <= 4096 &&
      challenge.origin === origin && (challenge.hosted || challenge.provider === this.settings.provider) && this.answers(challenge, captcha);
    if (!ok) this.recordFailure(ip);
    return ok;
  }

  /** @param {Challenge} challenge @param {string} captcha */
  answers(challenge, captcha) {
    if (challenge.answer !== undefined) return sameText(captcha, challenge.answer);
    const siteKey = challenge.siteKey ?? '';
    const test = TEST_TOKENS[challenge.provider];
    if (test && test.siteKeys.includes(siteKey) && captcha === test.token) return true;
    return this.spend(captcha, challenge.provider, siteKey) !== undefined;
  }

  /**
   * A token for a stand-in widget (one that has no documented test token, or a non-test site key).
   * @param {BotDetectionProvider} provider @param {string} siteKey @param {string} hostname where the widget ran
   */
  issue(provider, siteKey, hostname) {
    const token = `stand-in:${provider}:${randomBytes(18).toString('base64url')}`;
    this.issued.set(token, { provider, siteKey, hostname, issuedAt: this.now() }, STAND_IN_TOKEN_TTL_MS);
    return token;
  }

  /**
   * Uses up an issued token; undefined when it is unknown, spent, expired or for another provider or site key.
   * @param {string} token @param {BotDetectionProvider} provider @param {string} [siteKey] any when undefined
   */
  spend(token, provider, siteKey) {
    const issued = this.issued.take(token);
    if (issued) this.spent.set(token, true, STAND_IN_TOKEN_TTL_MS);
    if (!issued || issued.provider !== provider || (siteKey !== undefined && issued.siteKey !== siteKey)) return undefined;
    return issued;
  }

  /** Whether a token was issued and has been used since (within the last 5 minutes). @param {string} token */
  wasSpent(token) {
    return this.spent.get(token) !== undefined;
  }

  /**
   * The answer of the newest picture challenge still waiting (or of one state's), for tests.
   * @param {string} [state]
   * @returns {string|undefined}
   */
  pictureAnswer(state) {
    if (state !== undefined) return this.challenges.get(state)?.answer;
    for (const key of [...this.challenges.map.keys()].reverse()) {
      const answer = this.challenges.get(key)?.answer;
      if (answer !== undefined) return answer;
    }
    return undefined;
  }

  sweep() {
    this.challenges.sweep();
    this.issued.sweep();
    this.spent.sweep();
    for (const ip of [...this.failures.keys()]) {
      const times = this.recentTimes(ip);
      if (times.length) this.failures.set(ip, times);
      else this.failures.delete(ip);
    }
  }
}
