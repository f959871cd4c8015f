// The page's one callback sign-in, shared by every element on the page: the element that claimed the callback
// (see callback.ts) runs it, the others follow it, and exactly one of them tells the page.
import type { Authenticated } from '../transport/transport.js';

/** Resolves once the load event has fired and its listeners have run. */
export function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => setTimeout(resolve), { once: true }));
}

const OUTCOME = Symbol.for('passwordless-login.callback-outcome');

/** The page's one callback sign-in, shared by every element on the page (a second one, or one a framework re-created). */
export interface CallbackOutcome {
  result: Promise<Authenticated>;
  settled: boolean;
  /** Whether an element has dispatched the outcome's event: exactly one does. */
  announced: boolean;
}
type Shared = typeof globalThis & { [OUTCOME]?: CallbackOutcome };

/** Records the callback sign-in the claiming element started, for the other elements of the page. */
export function shareCallbackOutcome(result: Promise<Authenticated>): CallbackOutcome {
  const outcome: CallbackOutcome = { result, settled: false, announced: false };
  const settle = () => {
    outcome.settled = true;
  };
  result.then(settle, settle);
  (globalThis as Shared)[OUTCOME] = outcome;
  return outcome;
}

/** The callback sign-in an element that joins the page should still follow: running, or finished with nobody told. */
export function callbackToFollow(): CallbackOutcome | null {
  const outcome = (globalThis as Shared)[OUTCOME];
  return outcome && (!outcome.settled || !outcome.announced) ? outcome : null;
}

/**
 * Whether this element tells the page about an outcome several elements share (a callback, a session check): the
 * first that asks while on the page, and only that one.
 */
export function claimAnnouncement(outcome: { announced: boolean }, host: Element): boolean {
  if (outcome.announced || !host.isConnected) return false;
  outcome.announced = true;
  return true;
}
