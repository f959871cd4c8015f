// The machine's first phase: what can happen before the later chunk (the flow's effects and the later steps) has
// arrived. The element ships only this part in its entry chunk; transition() in machine.ts hands these actions here.
import type { LoginError } from '../model.js';
import type { LoginAction } from './machine.js';
import type { LoginState } from './state.js';

export type LoadingAction =
  | { type: 'refuse'; error: LoginError }
  | { type: 'due'; what: 'callback' | 'resume' }
  | { type: 'queue-send' }
  | { type: 'later-loaded' }
  | { type: 'later-failed'; error: LoginError }
  | { type: 'retry-load' }
  | { type: 'edit-identifier'; value: string };

/** Any other action changes nothing here: before the later chunk arrives, nothing else can happen. */
export function loadingTransition(state: LoginState, action: LoginAction): LoginState {
  // A refusal is for good: nothing is shown, sent or changed after it.
  if (state.refused) return state;
  switch (action.type) {
    case 'refuse':
      return { ...state, step: 'error', busy: false, queued: false, due: null, error: action.error, refused: true };

    case 'due':
      if (state.step !== 'identify' || state.later === 'loaded') return state;
      // Not a step change yet: the flow changes the step (and tells the page) once it takes the callback or the record.
      return { ...state, due: action.what, error: null };

    case 'queue-send':
      return state.later === 'loaded' || state.due || state.step !== 'identify' ? state : { ...state, queued: true, error: null };

    case 'later-loaded':
      return { ...state, later: 'loaded', error: state.later === 'failed' ? null : state.error };

    case 'later-failed':
      // Offline before the rest of the element arrived: nothing was sent, what was typed stays.
      return { ...state, later: 'failed', queued: false, error: action.error };

    case 'retry-load':
      return state.later === 'failed' ? { ...state, later: 'loading', error: null } : state;

    case 'edit-identifier':
      // What was said of the address (a suggestion, an error, a message sent to it moments ago) no longer applies.
      return state.step === 'identify' ? { ...state, identifier: action.value, suggestion: null, error: null, alreadySent: false } : state;

    default:
      return state;
  }
}
