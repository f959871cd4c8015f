// The step, recipient, send mode and cooldown survive the redirect and a reload in sessionStorage (this tab only).
// Never the code, never tokens; the record expires with the code and is cleared on success or "start over". Signing
// out leaves a one-shot note in its place, for the page Auth0's logout brings back.
import { MESSAGE_LIFETIME_MS as LIFETIME_MS } from '../flow/machine.js';
import type { ResumePoint } from '../flow/state.js';
import type { Connection } from '../model.js';
import { RESUME_PREFIX as PREFIX } from '../page/resume.js';

interface ResumeRecord extends ResumePoint {
  connection: Connection;
  savedAt: number;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the flow still works, it just does not survive a reload
  }
}

/** Storage can throw on every call (Safari private mode, quota, policies): the flow goes on without a record. */
function attempt<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

export function saveResume(key: string, point: ResumePoint, connection: Connection, now = Date.now()): void {
  // The point is what resumeChange (machine.ts) picked for a reload: exactly the ResumePoint, never more.
  const record: ResumeRecord = { ...point, connection, savedAt: now };
  attempt(() => storage()?.setItem(PREFIX + key, JSON.stringify(record)));
}

/**
 * The record for this login. Past its lifetime it is returned once more with `expired: true` (the identifier, to
 * prefill the form and say the code expired), then removed.
 */
export function loadResume(key: string, now = Date.now()): { point: ResumePoint; connection: Connection; expired: boolean } | null {
  const store = storage();
  const raw = attempt(() => store?.getItem(PREFIX + key));
  if (!raw) return null;
  let record: Partial<ResumeRecord> | null = null;
  try {
    record = JSON.parse(raw) as Partial<ResumeRecord>;
  } catch {
    // a damaged record is dropped below
  }
  const fresh = typeof record?.savedAt === 'number' && now - record.savedAt < LIFETIME_MS;
  if (!fresh) attempt(() => store?.removeItem(PREFIX + key));
  if (!record || typeof record.identifier !== 'string' || (record.step !== 'code' && record.step !== 'check-email')) return null;
  const point: ResumePoint = {
    step: record.step,
    identifier: record.identifier,
    recipient: String(record.recipient ?? ''),
    maskedRecipient: String(record.maskedRecipient ?? ''),
    resendAvailableAt: Number(record.resendAvailableAt) || 0,
    sendCount: Number(record.sendCount) || 0,
    // The mode actually used: a reload after "send me a code instead" resends a code, not the attribute's link.
    // (A record from before this field was kept: the step says which.)
    sentWith: record.sentWith === 'link' || record.sentWith === 'code' ? record.sentWith : record.step === 'check-email' ? 'link' : 'code',
    preferCode: record.preferCode === true,
    transaction: typeof record.transaction === 'string' && record.transaction ? record.transaction : null,
    linkToo: record.linkToo === true,
    // Only when true: a resend of this message needs a fresh human check (resumeChange in machine.ts).
    ...(record.checkedSend === true ? { checkedSend: true } : {}),
  };
  return { point, connection: record.connection === 'sms' ? 'sms' : 'email', expired: !fresh };
}

export function clearResume(key: string): void {
  attempt(() => storage()?.removeItem(PREFIX + key));
}

/** How long the note of a sign-out waits for the page Auth0's logout brings back (a round trip of seconds). */
const SIGNED_OUT_NOTE_MS = 5 * 60_000;

/**
 * Signing out drops the sign-in under way: its record makes room for a one-shot note (this tab only; when, never who
 * or a token), so that the page Auth0's logout brings back (SPA mode: a full load) can say the person is signed out.
 */
export function noteSignedOut(key: string, now = Date.now()): void {
  attempt(() => storage()?.setItem(PREFIX + key, JSON.stringify({ signedOut: true, savedAt: now })));
}

/** Whether a fresh sign-out note was here; it is removed either way (it is said once). */
export function takeSignedOutNote(key: string, now = Date.now()): boolean {
  const store = storage();
  const raw = attempt(() => store?.getItem(PREFIX + key));
  let note: { signedOut?: unknown; savedAt?: unknown } | null = null;
  try {
    note = raw ? (JSON.parse(raw) as { signedOut?: unknown; savedAt?: unknown } | null) : null;
  } catch {
    return false; // not a note: loadResume drops a damaged record
  }
  if (note?.signedOut !== true) return false;
  attempt(() => store?.removeItem(PREFIX + key));
  const age = typeof note.savedAt === 'number' ? now - note.savedAt : -1;
  return age >= 0 && age < SIGNED_OUT_NOTE_MS;
}
