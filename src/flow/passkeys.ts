// Passkeys as data: what the site offers, a ceremony under way, and the passkey-offer step after a code sign-in.
// transition() in machine.ts hands these actions here; the controller's passkey effects (src/later/passkeys/) run
// the WebAuthn ceremonies and the transport's calls, and report their outcomes as these actions.
// In the later chunk with the machine: nothing of passkeys runs before the first step can be used.
import type { LoginError, PasskeyOffer } from '../model.js';
import type { LoginState, PasskeyState } from './state.js';

export type PasskeyAction =
  // What the site offers, once known (null: none, or a requirement is missing).
  | { type: 'passkeys-known'; offer: PasskeyOffer | null }
  // The button (sign-in), sign-up (the typed address is valid), or a passkey picked from the field's autofill.
  | { type: 'passkey-started'; ceremony: 'sign-in' | 'sign-up'; recipient?: string; maskedRecipient?: string }
  // The ceremony or its check failed (error), or the person cancelled it (null): back to the first step as it was.
  | { type: 'passkey-failed'; error: LoginError | null }
  // The site's offerPasskey(), once signed in: the passkey-offer step.
  | { type: 'offer-passkey' }
  // The passkey-offer step's buttons, and how creating one ended.
  | { type: 'passkey-create' }
  | { type: 'passkey-created' }
  | { type: 'passkey-create-failed'; error: LoginError | null }
  | { type: 'passkey-declined' };

const running = (passkeys: PasskeyState | null | undefined, ceremony?: PasskeyState['running']): PasskeyState | null =>
  passkeys ? { offer: passkeys.offer, ...(ceremony ? { running: ceremony } : {}) } : null;

export function passkeyTransition(state: LoginState, action: PasskeyAction): LoginState {
  const { passkeys } = state;
  switch (action.type) {
    case 'passkeys-known':
      return { ...state, passkeys: action.offer ? { offer: action.offer } : null };

    case 'passkey-started':
      // From an idle first step only: never over a send, a check or a sign-out under way.
      if (state.step !== 'identify' || state.busy || state.queued || !passkeys || passkeys.running) return state;
      if (action.ceremony === 'sign-up' && !passkeys.offer.signup) return state;
      return {
        ...state,
        busy: true,
        error: null,
        passkeys: running(passkeys, action.ceremony),
        ...(action.recipient ? { recipient: action.recipient, maskedRecipient: action.maskedRecipient ?? '' } : {}),
      };

    case 'passkey-failed':
      // What was typed stays; a cancel says nothing (the code path is right there).
      if (state.step !== 'identify' || !passkeys?.running) return state;
      return { ...state, busy: false, error: action.error, passkeys: running(passkeys) };

    case 'offer-passkey':
      return state.step === 'success' && state.user && !state.busy && passkeys?.offer.create && !state.passkeyCreated
        ? { ...state, step: 'passkey-offer', error: null }
        : state;

    case 'passkey-create':
      // Only with an offer to create under (a previewed step has none): busy without a ceremony would never end.
      return state.step === 'passkey-offer' && !state.busy && passkeys ? { ...state, busy: true, error: null, passkeys: running(passkeys, 'create') } : state;

    case 'passkey-created':
      return state.step === 'passkey-offer' ? { ...state, step: 'success', busy: false, error: null, passkeyCreated: true, passkeys: running(passkeys) } : state;

    case 'passkey-create-failed':
      // The offer stays, with why (a cancel says nothing): try again, or "Not now".
      return state.step === 'passkey-offer' ? { ...state, busy: false, error: action.error, passkeys: running(passkeys) } : state;

    case 'passkey-declined':
      return state.step === 'passkey-offer' && !state.busy ? { ...state, step: 'success', error: null } : state;
  }
}

/** The first step's passkey buttons show: the site offers passkeys and the first step is idle or running one. */
export function offersPasskeys(state: LoginState): PasskeyOffer | null {
  return state.step === 'identify' && state.passkeys ? state.passkeys.offer : null;
}
