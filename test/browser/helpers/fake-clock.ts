// A clock the test moves by hand, put in place of the flow's clock (src/later/clock.ts). Time stands still until the
// test calls advance(): a countdown shows the same second however slow the machine is, and 30 s pass at once.
import { clock, type Clock } from '../../../src/later/clock.js';

export interface FakeClock {
  now(): number;
  /** Moves time on by `ms`, running each tick that falls due on the way, in order, at its own time. */
  advance(ms: number): void;
}

/** In a `describe`: each test runs on a fake clock that starts at the real time, and the real one is put back after. */
export function useFakeClock(): FakeClock {
  const real: Clock = { ...clock };
  let now = 0;
  let timers: { at: number; every: number; tick: () => void }[] = [];
  beforeEach(() => {
    now = Date.now();
    timers = [];
    Object.assign(clock, {
      now: () => now,
      every(ms, tick) {
        const timer = { at: now + ms, every: ms, tick };
        timers.push(timer);
        return () => (timers = timers.filter((t) => t !== timer));
      },
    } satisfies Clock);
  });
  afterEach(() => Object.assign(clock, real));
  return {
    now: () => now,
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = due.at;
        due.at += due.every;
        due.tick();
      }
      now = end;
    },
  };
}
