// A magic link opened in another tab of the same browser signs that tab in. The tab that asked for the link hears of it
// here and shows success too, with its own `passwordless-authenticated` event; the link's tab then says so.
// BroadcastChannel: same origin only, never across browsers. A message is scoped to the element's login (its resume
// key) and, in SPA mode, to the transaction (auth0-js's state): a message about another sign-in is ignored.
// The tokens go on the channel only to a tab that said it is waiting for this sign-in (who-waits → waiting →
// signed-in), never by default to every page of the origin, and never to storage.
import type { Authenticated } from '../transport/transport.js';

const CHANNEL = 'passwordless-login';

type Message =
  | { kind: 'who-waits'; key: string; transaction: string | null }
  | { kind: 'waiting'; key: string; transaction: string | null; id: string }
  | { kind: 'signed-in'; key: string; transaction: string | null; to: string; result: Authenticated }
  | { kind: 'heard'; key: string; transaction: string | null; id: string };

function open(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    return null; // some privacy modes refuse it: the asking tab then just stays where it is
  }
}

/** A listener that knows its transaction takes only messages about it; one that does not (backend mode) checks with the server. */
const about = (heard: string | null, own: string | null) => own === null || heard === own;

/**
 * The asking tab: when another tab signs in to this login (and transaction, when both know theirs), `signedIn` is
 * called once with what it says; it resolves true when this tab is signed in too (backend mode checks the shared
 * session), and only then is the other tab told. Returns the function that stops listening.
 */
export function listenForOtherTab(key: string, transaction: string | null, signedIn: (result: Authenticated) => Promise<boolean>): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  const handle = ({ data }: MessageEvent<Message>) => {
    if (data?.key !== key || !about(data.transaction, transaction)) return;
    if (data.kind === 'who-waits') channel.postMessage({ kind: 'waiting', key, transaction: data.transaction, id } satisfies Message);
    if (data.kind !== 'signed-in' || data.to !== id) return;
    channel.onmessage = null; // one at a time
    void signedIn(data.result).then((yes) => {
      if (!yes) return void (channel.onmessage = handle); // not signed in after all: keep waiting
      channel.postMessage({ kind: 'heard', key, transaction: data.transaction, id } satisfies Message);
      channel.close();
    });
  };
  channel.onmessage = handle;
  return () => channel.close();
}

/**
 * The link's tab: asks whether a tab of this browser waits for this sign-in, hands the result to the first that does,
 * and calls `heard` once that tab is signed in too. Returns the function that stops listening (when the element
 * leaves the page).
 */
export function tellOtherTabs(key: string, transaction: string | null, result: Authenticated, heard: () => void): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  let handedTo: string | null = null;
  channel.onmessage = ({ data }: MessageEvent<Message>) => {
    if (data?.key !== key || data.transaction !== transaction) return;
    if (data.kind === 'waiting' && handedTo === null) {
      handedTo = data.id;
      channel.postMessage({ kind: 'signed-in', key, transaction, to: data.id, result } satisfies Message);
    } else if (data.kind === 'heard' && data.id === handedTo) {
      channel.close();
      heard();
    }
  };
  channel.postMessage({ kind: 'who-waits', key, transaction } satisfies Message);
  return () => channel.close();
}
