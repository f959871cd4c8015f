// Takes callback parameters out of the URL once per page, for whichever element asks first, and scrubs the URL
// at once so tokens never linger in history, referrers or other scripts' view.
import type { Authenticated, CallbackParams } from '../auth/transport.js';

const CLAIMED = Symbol.for('passwordless-login.callback-claimed');
type Claimable = typeof globalThis & { [CLAIMED]?: boolean };

const SPA_KEYS = ['access_token', 'id_token', 'error'];
/** Backend mode returns to the page with `?passwordless=…` (see server/). */
export const BACKEND_RETURN_PARAM = 'passwordless';

function looksLikeCallback(hash: URLSearchParams, search: URLSearchParams): boolean {
  return SPA_KEYS.some((key) => hash.has(key)) || search.has(BACKEND_RETURN_PARAM);
}

/**
 * Returns the callback parameters the first time it is called on a page that has them, and null after that,
 * even across two copies of this library on one page.
 */
export function claimCallback(): CallbackParams | null {
  const global = globalThis as Claimable;
  if (global[CLAIMED] || typeof location === 'undefined') return null;
  const hash = location.hash.replace(/^#\/?/, '');
  const search = location.search.replace(/^\?/, '');
  const searchParams = new URLSearchParams(search);
  if (!looksLikeCallback(new URLSearchParams(hash), searchParams)) return null;
  global[CLAIMED] = true;
  searchParams.delete(BACKEND_RETURN_PARAM);
  searchParams.delete('code_error'); // reserved for backend mode's error reason
  const rest = searchParams.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
  return { hash, search };
}

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
