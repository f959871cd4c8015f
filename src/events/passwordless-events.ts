// The element's four events: one class each, typed in GlobalEventHandlersEventMap, bubbling and composed.
import type { AuthResult, Connection, LoginError, LoginStep, SendMode, UserProfile } from '../model.js';

const init = { bubbles: true, composed: true } as const;

export interface StateChangeDetail {
  from: LoginStep;
  to: LoginStep;
}
export class PasswordlessStateChangeEvent extends CustomEvent<StateChangeDetail> {
  constructor(detail: StateChangeDetail) {
    super('passwordless-state-change', { ...init, detail });
  }
}

export interface StartDetail {
  connection: Connection;
  send: SendMode;
  /** Masked, e.g. a•••@example.com. */
  recipient: string;
}
export class PasswordlessStartEvent extends CustomEvent<StartDetail> {
  constructor(detail: StartDetail) {
    super('passwordless-start', { ...init, detail });
  }
}

export interface AuthenticatedDetail {
  user: UserProfile;
  /** Tokens, in SPA mode only. Never in backend mode. */
  authResult?: AuthResult;
}
export class PasswordlessAuthenticatedEvent extends CustomEvent<AuthenticatedDetail> {
  constructor(detail: AuthenticatedDetail) {
    super('passwordless-authenticated', { ...init, detail });
  }
}

export type ErrorDetail = Pick<LoginError, 'code' | 'message' | 'recoverable'>;
export class PasswordlessErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(error: LoginError) {
    // Only the allow-listed fields leave the element: no server text, no developer hint.
    super('passwordless-error', { ...init, detail: { code: error.code, message: error.message, recoverable: error.recoverable } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passwordless-state-change': PasswordlessStateChangeEvent;
    'passwordless-start': PasswordlessStartEvent;
    'passwordless-authenticated': PasswordlessAuthenticatedEvent;
    'passwordless-error': PasswordlessErrorEvent;
  }
}
