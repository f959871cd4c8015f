/** Nothing to say but that it happened: who it was is the page's to remember (from `passwordless-authenticated`). */
export type SignedOutDetail = Record<string, never>;

/** Signed out (`signOut()` or the sign-out button). Bubbles and crosses shadow roots. */
export class PasswordlessSignedOutEvent extends CustomEvent<SignedOutDetail> {
  constructor() {
    super('passwordless-signed-out', { bubbles: true, composed: true, detail: {} });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passwordless-signed-out': PasswordlessSignedOutEvent;
  }
}
