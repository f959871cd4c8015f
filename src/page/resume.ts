// Whether this tab holds a resume record for a login, asked before the first render so that a reload in the middle
// of a sign-in does not flash the first step. The record itself is written and read by the flow (later/resume-record.ts).

export const RESUME_PREFIX = 'passwordless-login:';

/** Identifies an element's login for the resume record: its endpoint or client ID. */
export function resumeKeyOf(element: { endpoint: string; clientId: string }): string {
  return element.endpoint || element.clientId || 'default';
}

export function hasResumeRecord(key: string): boolean {
  try {
    return !!sessionStorage.getItem(RESUME_PREFIX + key);
  } catch {
    return false; // storage disabled
  }
}
