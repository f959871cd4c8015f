// Remembers that this browser signed in through the element, so that a reload or a new tab checks the session (see
// page/resume.ts). Only a marker, never a token or who it was: an anonymous visitor gets no silent check (no hidden
// iframe at Auth0, no request to the server). Set on every sign-in, cleared on sign-out and when a check finds no one.
// page/resume.ts reads the same key before the first render: the prefix is its.
import { SIGNED_IN_PREFIX } from '../page/resume.js';

/** The marker's key in localStorage, for a `storage` event: another tab removing it signed out. */
export function signedInKey(login: string): string {
  return SIGNED_IN_PREFIX + login;
}

/** Whether this browser signed in to this login through the element (and has not signed out since). */
export function signedInHere(key: string): boolean {
  try {
    return !!localStorage.getItem(signedInKey(key));
  } catch {
    return false; // storage disabled
  }
}

export function rememberSignIn(key: string): void {
  try {
    localStorage.setItem(signedInKey(key), '1');
  } catch {
    // storage disabled or full: a reload then shows the form, as before
  }
}

export function forgetSignIn(key: string): void {
  try {
    localStorage.removeItem(signedInKey(key));
  } catch {
    // storage disabled: nothing was remembered
  }
}
