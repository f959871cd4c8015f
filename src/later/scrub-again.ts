// Takes Auth0's answer out of the URL again when a router put it back. The entry took it out at once
// (page/callback.ts), but Next.js's App Router, as it hydrates, writes back the URL it started with: the tokens would
// stay in the address bar and history. Called as the flow takes the callback, and again when it ends (by then the
// router follows changes made by others: a replace without state is one it takes as the page's new URL).
import { RETURN_ERROR_PARAM, RETURN_PARAM } from '../../protocol/wire.js';
import { LINK_LANDING_KEY } from '../page/callback.js';

/** What marks a callback in the fragment (as in page/callback.ts, kept out of the entry chunk's budget). */
const ANSWER_KEYS = ['access_token', 'id_token', 'error', LINK_LANDING_KEY];

export function scrubAgain(): void {
  const hash = new URLSearchParams(location.hash.replace(/^#\/?/, ''));
  const search = new URLSearchParams(location.search);
  if (!ANSWER_KEYS.some((key) => hash.has(key)) && !search.has(RETURN_PARAM)) return;
  search.delete(RETURN_PARAM);
  search.delete(RETURN_ERROR_PARAM);
  const rest = search.toString();
  history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
}
