import type { Connection, SendMode } from '../model.js';

export interface StartDetail {
  connection: Connection;
  send: SendMode;
  /** Masked, e.g. a•••@example.com. */
  recipient: string;
}

/** A code or link was sent. Bubbles and crosses shadow roots. */
export class PasswordlessStartEvent extends CustomEvent<StartDetail> {
  constructor(detail: StartDetail) {
    super('passwordless-start', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passwordless-start': PasswordlessStartEvent;
  }
}
