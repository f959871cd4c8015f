// One file per event (as Shoelace does): the element's entry ships only the events it dispatches itself.
import type { LoginStep } from '../model.js';

export interface StateChangeDetail {
  from: LoginStep;
  to: LoginStep;
}

/** The step changed. Bubbles and crosses shadow roots. */
export class PasswordlessStateChangeEvent extends CustomEvent<StateChangeDetail> {
  constructor(detail: StateChangeDetail) {
    super('passwordless-state-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passwordless-state-change': PasswordlessStateChangeEvent;
  }
}
