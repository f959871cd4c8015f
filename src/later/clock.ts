// The flow's clock: the time the controller reads and the tick of a running countdown. One object, so that tests can
// replace it (test/browser/helpers/fake-clock.ts) and step through a 30-second cooldown without waiting for it.

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
