// The flow's clock: the time the controller reads, the tick of a running countdown, and how long a request may take.
// One object, so that tests can replace it (test/browser/helpers/fake-clock.ts) and step through a 30-second cooldown
// or a 15-second time limit without waiting for it.
import { loginError } from '../model.js';

export interface Clock {
  now(): number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const clock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
};

/** How long a request to the sign-in service or the server may take before the flow says it could not reach it. */
export const NETWORK_TIMEOUT_MS = 15_000;

/**
 * Settles as `promise` does, or rejects as `network` once `ms` of the clock passed without an answer. `uncertain`: the
 * request may have been carried out all the same (a message sent), only its answer is missing.
 */
/** A network call's answer within NETWORK_TIMEOUT_MS; without one, a network error that may have reached the server. */
export function answered<T>(promise: Promise<T>): Promise<T> {
  return answerWithin(promise, NETWORK_TIMEOUT_MS, { uncertain: true });
}

export function answerWithin<T>(promise: Promise<T>, ms: number, { uncertain = false } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = clock.every(ms, () => {
      stop();
      reject(loginError('network', { developerHint: `No answer within ${ms / 1000} s.`, ...(uncertain ? { uncertain } : {}) }));
    });
    promise.then(
      (value) => (stop(), resolve(value)),
      (error: unknown) => (stop(), reject(error)),
    );
  });
}
