// Remembers that this browser signed in through the element, so that a reload or a new tab checks the session (see
// page/resume.ts). Only a marker, never a token or who it was: an anonymous visitor gets no silent check (no hidden
// iframe at Auth0, no request to the server). Set on every sign-in, cleared on sign-out and when a check finds no one.
import { RESUME_PREFIX } from '../page/resume.js';

/** page/resume.ts reads the same key before the first render. */
const SIGNED_IN_PREFIX = `${RESUME_PREFIX}signed-in:`;

/** Whether this browser signed in to this login through the element (and has not signed out since). */
export function signedInHere(key: string): boolean {
  try {
    return !!localStorage.getItem(SIGNED_IN_PREFIX + key);
  } catch {
    return false; // storage disabled
  }
}

export function rememberSignIn(key: string): void {
  try {
    localStorage.setItem(SIGNED_IN_PREFIX + key, '1');
  } catch {
    // storage disabled or full: a reload then shows the form, as before
  }
}

export function forgetSignIn(key: string): void {
  try {
    localStorage.removeItem(SIGNED_IN_PREFIX + key);
  } catch {
    // storage disabled: nothing was remembered
  }
}
