import type { AuthResult, UserProfile } from '../model.js';

export interface AuthenticatedDetail {
  user: UserProfile;
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
