// The flow as a pure function: every step change happens here, and nowhere else.
import type { LoginError } from '../auth/login-error.js';
import type { LoginState, SendMode, UserProfile } from './login-state.js';
import { initialState } from './login-state.js';

export type LoginAction =
  | { type: 'edit-identifier'; value: string }
  | { type: 'submit-identifier'; recipient: string; maskedRecipient: string }
  | { type: 'invalid-identifier'; error: LoginError }
  | { type: 'start-succeeded'; send: SendMode; resendAvailableAt: number }
  | { type: 'start-failed'; error: LoginError; now: number }
  | { type: 'start-uncertain'; send: SendMode; resendAvailableAt: number }
  | { type: 'resend' }
  | { type: 'edit-code'; value: string }
  | { type: 'submit-code' }
  | { type: 'invalid-code'; error: LoginError }
  | { type: 'verify-failed'; error: LoginError }
  | { type: 'redirecting' }
  | { type: 'back' }
  | { type: 'callback-detected' }
  | { type: 'callback-failed'; error: LoginError }
  | { type: 'authenticated'; user: UserProfile }
  | { type: 'fail'; error: LoginError }
  | { type: 'reset' }
  | { type: 'restore'; state: Partial<LoginState> };

/** The longest wait a server can impose through Retry-After: past it, the person is better off trying later. */
export const MAX_WAIT_MS = 60 * 60_000;

/**
 * Resend cooldowns grow 30 s, 60 s, 120 s; after the third resend the next waits 12.5 minutes, so that at most four
 * messages (three resends) go to one address in any 15 minutes (inbox and SMS flooding, Auth0's newest-code-only).
 */
export function cooldownMs(sendCount: number): number {
  if (sendCount >= 4) return 750_000;
  return 30_000 * 2 ** Math.max(sendCount - 1, 0);
}

export function transition(state: LoginState, action: LoginAction): LoginState {
  switch (action.type) {
    case 'edit-identifier':
      return state.step === 'identify' ? { ...state, identifier: action.value, error: null } : state;

    case 'submit-identifier':
      if (state.busy || state.step !== 'identify') return state;
      return {
        ...state,
        busy: true,
        error: null,
        recipient: action.recipient,
        maskedRecipient: action.maskedRecipient,
        // A new address starts its cooldown ladder from the beginning.
        sendCount: action.recipient === state.recipient ? state.sendCount : 0,
      };

    case 'invalid-identifier':
      return state.step === 'identify' ? { ...state, busy: false, error: action.error } : state;

    case 'resend':
      if (state.busy || (state.step !== 'code' && state.step !== 'check-email')) return state;
      return { ...state, busy: true, error: null };

    case 'start-succeeded':
    case 'start-uncertain':
      // Uncertain: the answer was lost, maybe not the message. Go where the code (or link) would be used, never
      // send again by ourselves, and hold resend for its cooldown.
      if (!state.busy) return state;
      return {
        ...state,
        step: action.send === 'link' ? 'check-email' : 'code',
        busy: false,
        code: '',
        error: null,
        uncertain: action.type === 'start-uncertain',
        sendCount: state.sendCount + 1,
        resendAvailableAt: action.resendAvailableAt,
      };

    case 'start-failed':
      return {
        ...state,
        busy: false,
        error: action.error,
        resendAvailableAt:
          action.error.retryAfterMs != null ? action.now + Math.min(action.error.retryAfterMs, MAX_WAIT_MS) : state.resendAvailableAt,
      };

    case 'edit-code':
      return state.step === 'code' && !state.busy ? { ...state, code: action.value, error: null } : state;

    case 'submit-code':
      if (state.busy || state.step !== 'code') return state;
      return { ...state, busy: true, error: null };

    case 'invalid-code':
      return state.step === 'code' ? { ...state, busy: false, error: action.error } : state;

    case 'verify-failed':
      // A dead code (expired, too many attempts) is cleared: only a new one can help.
      return {
        ...state,
        busy: false,
        error: action.error,
        code: action.error.code === 'code_expired' || action.error.code === 'too_many_attempts' ? '' : state.code,
      };

    case 'redirecting':
      return { ...state, busy: true };

    case 'back':
      if (state.busy && state.step !== 'callback') return state;
      return { ...initialState, identifier: state.identifier };

    case 'callback-detected':
      return { ...state, step: 'callback', busy: true, error: null };

    case 'callback-failed':
      return { ...state, step: 'error', busy: false, error: action.error };

    case 'authenticated':
      return { ...initialState, step: 'success', user: action.user, identifier: state.identifier };

    case 'fail':
      return { ...state, step: 'error', busy: false, error: action.error };

    case 'reset':
      return { ...initialState, identifier: state.identifier };

    case 'restore':
      return { ...state, ...action.state };
  }
}
