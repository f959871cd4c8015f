// The step, recipient and cooldown survive the redirect and a reload in sessionStorage (this tab only).
// Never the code, never tokens; the record expires with the code and is cleared on success or "start over".
import type { Connection, LoginState, SendMode } from '../flow/login-state.js';

const PREFIX = 'passwordless-login:';
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
  storage()?.setItem(PREFIX + key, JSON.stringify(record));
}

export function loadResume(key: string, now = Date.now()): ResumeRecord | null {
  const store = storage();
  const raw = store?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const record = JSON.parse(raw) as ResumeRecord;
    if (typeof record.savedAt === 'number' && now - record.savedAt < LIFETIME_MS) return record;
  } catch {
    // a damaged record is dropped below
  }
  store?.removeItem(PREFIX + key);
  return null;
}

export function clearResume(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
