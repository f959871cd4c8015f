import type { LoginError } from '../model.js';

export type ErrorDetail = Pick<LoginError, 'code' | 'message' | 'recoverable'>;

/** Something failed. Bubbles and crosses shadow roots. */
export class PasswordlessErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(error: LoginError) {
    // Only the allow-listed fields leave the element: no server text, no developer hint.
    super('passwordless-error', { bubbles: true, composed: true, detail: { code: error.code, message: error.message, recoverable: error.recoverable } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passwordless-error': PasswordlessErrorEvent;
  }
}
