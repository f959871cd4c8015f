// Takes callback parameters out of the URL once per page, for whichever element asks first, and scrubs the URL
// at once so tokens never linger in history, referrers or other scripts' view.
import { RETURN_ERROR_PARAM, RETURN_PARAM } from '../../protocol/wire.js';
import type { CallbackParams } from '../transport/transport.js';

const CLAIMED = Symbol.for('passwordless-login.callback-claimed');
type Claimable = typeof globalThis & { [CLAIMED]?: boolean };
/**
 * Claimed parameters no flow has taken yet: whichever element's flow connects first takes them, once, even when the
 * element that claimed them is gone (a framework re-created it before the rest of the element arrived). Module-private,
 * not on globalThis: the tokens of a fragment stay out of other scripts' reach.
 */
let untaken: CallbackParams | null = null;

/** A magic link's landing on this page (`#passwordless-link=<Auth0's link>`, see the README on mail scanners) comes too. */
export const LINK_LANDING_KEY = 'passwordless-link';
const SPA_KEYS = ['access_token', 'id_token', 'error', LINK_LANDING_KEY];

function looksLikeCallback(hash: URLSearchParams, search: URLSearchParams): boolean {
  return SPA_KEYS.some((key) => hash.has(key)) || search.has(RETURN_PARAM);
}

/**
 * Takes the callback parameters out of the URL the first time it is called on a page that has them (true), and
 * returns false after that, even across two copies of this library on one page. takeClaimedCallback() hands them over.
 */
export function claimCallback(): boolean {
  const global = globalThis as Claimable;
  if (global[CLAIMED] || typeof location === 'undefined') return false;
  const hash = location.hash.replace(/^#\/?/, '');
  const search = location.search.replace(/^\?/, '');
  const searchParams = new URLSearchParams(search);
  if (!looksLikeCallback(new URLSearchParams(hash), searchParams)) return false;
  global[CLAIMED] = true;
  searchParams.delete(RETURN_PARAM);
  searchParams.delete(RETURN_ERROR_PARAM); // backend mode's error reason
  const rest = searchParams.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
  untaken = { hash, search };
  return true;
}

/** The claimed callback parameters, to the first flow that asks; null after that. */
export function takeClaimedCallback(): CallbackParams | null {
  const params = untaken;
  untaken = null;
  return params;
}

/** Whether an element on this page (or another copy of this library) took callback parameters from the URL. */
export function callbackClaimed(): boolean {
  return !!(globalThis as Claimable)[CLAIMED];
}
