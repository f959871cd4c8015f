import type { AuthResult, SignInMethod, UserProfile } from '../model.js';

export interface AuthenticatedDetail {
  user: UserProfile;
  /**
   * How the person signed in: `code`, `link` or `passkey`. Absent for a session found on load (a reload, a new tab),
   * unless the server's session says how it began.
   */
  method?: SignInMethod;
  /** Tokens, in SPA mode only. Never in backend mode. */
  authResult?: AuthResult;
}

/** Signed in. Bubbles and crosses shadow roots. */
export class PasswordlessAuthenticatedEvent extends CustomEvent<AuthenticatedDetail> {
  constructor(detail: AuthenticatedDetail) {
    super('passwordless-authenticated', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passwordless-authenticated': PasswordlessAuthenticatedEvent;
  }
}
