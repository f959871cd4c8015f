// What this browser sent lately to each address or number, for the per-address limit (the resend ladder, at most four
// messages in 15 minutes): in localStorage, so that "use a different email", a reload, a second element and other tabs
// all see it. One entry per login (resumeKeyOf) and normalised recipient, named by a hash of the two; it holds send
// times, the kind of the last message and its sign-in (auth0-js's state), never a code or a token, and is removed once
// 15 minutes passed since its last send and its hold ended (swept when an element starts and on every write), or on
// success.
// Also the last address a magic link was sent to, in plain text for 30 minutes: a link opened a second time lands in
// a new tab without this tab's sessionStorage, and its "send a new link" keeps the address. It stays after a success,
// because the second use comes after one, and goes on sign-out (a shared computer keeps no address of who left).
// Storage that throws (Safari private mode, quotas, policies): this page keeps the entries in memory instead, so the
// limit still holds here; the flow never depends on storage working.
import { SEND_WINDOW_MS, type HistoryChange } from '../flow/machine.js';
import type { SendHistory } from '../flow/state.js';
import { normaliseEmail } from '../../protocol/identifiers.js';

const PREFIX = 'passwordless-login:sent:';
const LINK_PREFIX = 'passwordless-login:link:';
/** As long as auth0-js keeps a link's transaction: past it, a link cannot finish in this browser anyway. */
const LINK_LIFETIME_MS = 30 * 60_000;
/** The longest hold kept (a server's Retry-After is capped to an hour too): a damaged or hostile entry ends. */
const MAX_HOLD_MS = 60 * 60_000;

/** Entries whose storage write failed: read when storage has none. */
const memory = new Map<string, string>();

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function get(key: string): string | null {
  try {
    const value = local()?.getItem(key);
    if (value != null) return value;
  } catch {
    // storage disabled: memory
  }
  return memory.get(key) ?? null;
}

function set(key: string, value: string): void {
  try {
    const storage = local();
    if (!storage) throw new Error('no localStorage');
    storage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
}

function remove(key: string): void {
  memory.delete(key);
  try {
    local()?.removeItem(key);
  } catch {
    // nothing stored there then
  }
}

/**
 * The entry's name: a hash of the login and the recipient, so that storage does not list the addresses a browser used.
 * Not a secret: anyone can hash a guessed address and compare, whatever the hash; so a small synchronous one (cyrb53),
 * which the storage event listener and the submit can compute at once, where SubtleCrypto is asynchronous (and missing
 * on plain http).
 */
export function historyKey(login: string, recipient: string): string {
  const text = `${login}\n${recipient}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return PREFIX + (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** An entry as stored, checked field by field (any script of the page can write storage): null when unusable. */
function parse(raw: string | null, now: number): SendHistory | null {
  let entry: Partial<SendHistory> | null = null;
  try {
    entry = raw ? (JSON.parse(raw) as Partial<SendHistory>) : null;
  } catch {
    return null;
  }
  if (!entry || typeof entry !== 'object') return null;
  const sends = (Array.isArray(entry.sends) ? entry.sends : []).filter((at): at is number => typeof at === 'number' && at > now - SEND_WINDOW_MS && at <= now + SEND_WINDOW_MS);
  const until = Math.min(typeof entry.until === 'number' ? entry.until : 0, now + MAX_HOLD_MS);
  if (!sends.length && until <= now) return null;
  return {
    sends: sends.sort((a, b) => a - b),
    until,
    send: entry.send === 'link' ? 'link' : 'code',
    transaction: typeof entry.transaction === 'string' && entry.transaction ? entry.transaction : null,
    spent: entry.spent === true,
  };
}

/** What this browser sent to `recipient` for this login in the last 15 minutes, and its hold; null when nothing holds. */
export function readHistory(login: string, recipient: string, now: number): SendHistory | null {
  return parse(get(historyKey(login, recipient)), now);
}

/** Applies what the machine decided (historyChange in machine.ts) to the recipient's entry. */
export function noteHistory(login: string, recipient: string, change: HistoryChange, now: number): void {
  const key = historyKey(login, recipient);
  if (change.kind === 'clear') return remove(key);
  const before = parse(get(key), now);
  let after: SendHistory;
  if (change.kind === 'sent') {
    after = { sends: [...(before?.sends ?? []), now], until: Math.max(before?.until ?? 0, change.until), send: change.send, transaction: change.transaction, spent: false };
  } else if (change.kind === 'held') {
    after = { sends: [], send: 'code', transaction: null, spent: false, ...before, until: Math.max(before?.until ?? 0, change.until) };
  } else if (before) {
    // Only the hold's timing is kept: no step comes back for the message, and its sign-in (auth0-js's state) is forgotten.
    after = { ...before, spent: true, transaction: null };
  } else return; // spent, and nothing held: nothing to keep
  set(key, JSON.stringify(after));
  sweep(now);
}

/** Remembers what a magic link was sent to (as typed), for a second use of the link in a new tab. */
export function rememberLink(login: string, identifier: string, now: number): void {
  if (!identifier.trim()) return;
  set(LINK_PREFIX + login, JSON.stringify({ identifier, savedAt: now }));
  sweep(now);
}

/** Forgets the last link's address for this login (on sign-out). */
export function forgetLink(login: string): void {
  remove(LINK_PREFIX + login);
}

/** The last address a link was sent to for this login, as typed, and normalised; null after 30 minutes. */
export function lastLink(login: string, now: number): { identifier: string; recipient: string } | null {
  const link = linkEntry(get(LINK_PREFIX + login), now);
  const recipient = link ? normaliseEmail(link.identifier) : null;
  return link && recipient ? { identifier: link.identifier, recipient } : null;
}

function linkEntry(raw: string | null, now: number): { identifier: string } | null {
  try {
    const entry = raw ? (JSON.parse(raw) as { identifier?: unknown; savedAt?: unknown }) : null;
    const fresh = typeof entry?.savedAt === 'number' && now - entry.savedAt < LINK_LIFETIME_MS && entry.savedAt <= now + LINK_LIFETIME_MS;
    return fresh && typeof entry.identifier === 'string' ? { identifier: entry.identifier } : null;
  } catch {
    return null;
  }
}

/**
 * Removes every entry that no longer holds anything, so that storage does not keep addresses past their use: on every
 * write, and when an element starts (localStorage has no expiry of its own).
 */
export function sweep(now: number): void {
  const keys = [...memory.keys()];
  try {
    const storage = local();
    for (let i = 0; storage && i < storage.length; i++) keys.push(storage.key(i)!);
  } catch {
    // storage disabled: memory only
  }
  for (const key of keys) {
    if (key.startsWith(PREFIX) && !parse(get(key), now)) remove(key);
    else if (key.startsWith(LINK_PREFIX) && !linkEntry(get(key), now)) remove(key);
  }
}
