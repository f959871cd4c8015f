// A magic link opened in another tab of the same browser signs that tab in. The tab that asked for the link hears of it
// here and shows success too, with its own `passwordless-authenticated` event; the link's tab then says so.
// BroadcastChannel: same origin only, never across browsers. A message is scoped to the element's login (its resume
// key) and, in SPA mode, to the transaction (auth0-js's state): a message about another sign-in is ignored. Tokens go
// from memory to memory, never to storage.
import type { Authenticated } from '../transport/transport.js';

const CHANNEL = 'passwordless-login';

type Message =
  | { kind: 'signed-in'; key: string; transaction: string | null; result: Authenticated }
  | { kind: 'heard'; key: string; transaction: string | null };

function open(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    return null; // some privacy modes refuse it: the asking tab then just stays on "check your email"
  }
}

/** A listener that knows its transaction takes only messages about it; one that does not (backend mode) checks with the server. */
const about = (heard: string | null, own: string | null) => own === null || heard === own;

/**
 * The asking tab: calls `signedIn` once when another tab signs in to this login (and transaction, when both know
 * theirs). Returns the function that stops listening.
 */
export function listenForOtherTab(key: string, transaction: string | null, signedIn: (result: Authenticated) => void): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  channel.onmessage = ({ data }: MessageEvent<Message>) => {
    if (data?.kind !== 'signed-in' || data.key !== key || !about(data.transaction, transaction)) return;
    channel.postMessage({ kind: 'heard', key, transaction: data.transaction } satisfies Message);
    channel.close();
    signedIn(data.result);
  };
  return () => channel.close();
}

/**
 * The link's tab: tells the other tabs of this browser, and calls `heard` if one of them was waiting for it. Returns the
 * function that stops listening (when the element leaves the page).
 */
export function tellOtherTabs(key: string, transaction: string | null, result: Authenticated, heard: () => void): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  channel.onmessage = ({ data }: MessageEvent<Message>) => {
    if (data?.kind !== 'heard' || data.key !== key || !about(data.transaction, transaction)) return;
    channel.close();
    heard();
  };
  channel.postMessage({ kind: 'signed-in', key, transaction, result } satisfies Message);
  return () => channel.close();
}
