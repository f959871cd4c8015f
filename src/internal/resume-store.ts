// The step, recipient and cooldown survive the redirect and a reload in sessionStorage (this tab only).
// Never the code, never tokens; the record expires with the code and is cleared on success or "start over".
import type { Connection, LoginState, SendMode } from '../flow/login-state.js';
import { RESUME_PREFIX as PREFIX } from './resume-check.js';

const LIFETIME_MS = 10 * 60_000;

export interface ResumeRecord {
  step: 'code' | 'check-email';
  connection: Connection;
  send: SendMode;
  identifier: string;
  recipient: string;
  maskedRecipient: string;
  resendAvailableAt: number;
  sendCount: number;
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

export function saveResume(key: string, state: LoginState, connection: Connection, send: SendMode, now = Date.now()): void {
  if (state.step !== 'code' && state.step !== 'check-email') return;
  const record: ResumeRecord = {
    step: state.step,
    connection,
    send,
    identifier: state.identifier,
    recipient: state.recipient,
    maskedRecipient: state.maskedRecipient,
    resendAvailableAt: state.resendAvailableAt,
    sendCount: state.sendCount,
    savedAt: now,
  };
  attempt(() => storage()?.setItem(PREFIX + key, JSON.stringify(record)));
}

/**
 * The record for this login. Past its lifetime it is returned once more with `expired: true` (the identifier, to
 * prefill the form and say the code expired), then removed.
 */
export function loadResume(key: string, now = Date.now()): (ResumeRecord & { expired: boolean }) | null {
  const store = storage();
  const raw = attempt(() => store?.getItem(PREFIX + key));
  if (!raw) return null;
  let record: ResumeRecord | null = null;
  try {
    record = JSON.parse(raw) as ResumeRecord;
  } catch {
    // a damaged record is dropped below
  }
  const fresh = record !== null && typeof record.savedAt === 'number' && now - record.savedAt < LIFETIME_MS;
  if (!fresh) attempt(() => store?.removeItem(PREFIX + key));
  if (!record || typeof record.identifier !== 'string') return null;
  return { ...record, expired: !fresh };
}

export function clearResume(key: string): void {
  attempt(() => storage()?.removeItem(PREFIX + key));
}
