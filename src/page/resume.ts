// What a reload may bring back, asked before the first render so that the first step does not flash only to be
// replaced: a sign-in under way (a resume record, this tab only) or a session to check (this browser signed in here
// before). The flow writes both (later/resume-record.ts, later/signed-in-marker.ts) and does the rest.

export const RESUME_PREFIX = 'passwordless-login:';
/** The marker that this browser signed in to a login through the element (later/signed-in-marker.ts writes it). */
export const SIGNED_IN_PREFIX = `${RESUME_PREFIX}signed-in:`;

/** Identifies an element's login for the resume record: its endpoint or client ID. */
export function resumeKeyOf(element: { endpoint: string; clientId: string }): string {
  return element.endpoint || element.clientId || 'default';
}

/** `resume`: a resume record; `callback`: "signing you in" while the session is checked; else nothing. */
export function dueOnLoad(key: string): 'resume' | 'callback' | null {
  try {
    return sessionStorage.getItem(RESUME_PREFIX + key) ? 'resume' : localStorage.getItem(SIGNED_IN_PREFIX + key) ? 'callback' : null;
  } catch {
    return null; // storage disabled
  }
}
