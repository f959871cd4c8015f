// Whether this tab holds a resume record for a login (written by resume-store.ts). The entry chunk asks, so that a
// reload in the middle of a sign-in does not show the first step before the rest of the element has loaded.
export const RESUME_PREFIX = 'passwordless-login:';

export function hasResumeRecord(key: string): boolean {
  try {
    return !!sessionStorage.getItem(RESUME_PREFIX + key);
  } catch {
    return false; // storage disabled
  }
}

/** Identifies an element's login for the resume record: its endpoint or client ID. */
export function resumeKeyOf(element: { endpoint: string; clientId: string }): string {
  return element.endpoint || element.clientId || 'default';
}
