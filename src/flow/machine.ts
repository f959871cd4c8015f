// The flow as data: every step change, every guard and every piece of policy is a pure function of the state and
// an action. The element renders the state; the controller (src/later/flow.controller.ts) runs effects and reports
// their outcomes here as actions. The actions of the phase before the later chunk arrives are in loading.ts.
import type { Continuation, LoginError, SendMode, UserProfile } from '../model.js';
import { loadingTransition, type LoadingAction } from './loading.js';
import { holding } from './selectors.js';
import { maskRecipient } from '../input/identifier.js';
import { initialState, type FlowSettings, type LoginState, type PreviewPoint, type ResumePoint } from './state.js';

export { initialState, type LoginState, type PreviewPoint, type ResumePoint, type LoadingAction };

export type LoginAction =
  | LoadingAction
  | { type: 'nothing-due' }
  // the first step
  | { type: 'suggest'; suggestion: string | null }
  | { type: 'choose-country'; country: string }
  | { type: 'submit-identifier'; recipient: string; maskedRecipient: string; now: number }
  | { type: 'invalid-identifier'; error: LoginError }
  // sending
  | { type: 'start-succeeded'; send: SendMode; now: number; transaction?: string; linkToo?: boolean }
  | { type: 'start-failed'; send: SendMode; error: LoginError; now: number; online: boolean }
  | { type: 'resend'; now: number }
  | { type: 'send-code-instead' }
  // the code step
  | { type: 'edit-code'; value: string; codeLength: number }
  | { type: 'submit-code' }
  | { type: 'invalid-code'; error: LoginError }
  | { type: 'verify-failed'; code: string; error: LoginError }
  | { type: 'redirecting' }
  // finishing elsewhere (Auth0's own page, or a link's session in another browser)
  | { type: 'continue-elsewhere'; continuation: Continuation; error?: LoginError }
  // coming back
  | { type: 'callback-detected'; identifier?: string }
  | { type: 'callback-failed'; error: LoginError }
  | { type: 'authenticated'; user: UserProfile }
  // a session found on load (this browser signed in here before), and signing out
  | { type: 'session-check' }
  | { type: 'session-found'; user: UserProfile }
  | { type: 'session-absent' }
  | { type: 'sign-out' }
  | { type: 'signed-out' }
  | { type: 'sign-out-failed'; error: LoginError }
  | { type: 'other-tab-heard' }
  | { type: 'resume'; point: ResumePoint; now: number }
  | { type: 'resume-expired'; identifier: string; error: LoginError }
  // starting over
  | { type: 'back' }
  | { type: 'use-code-instead' }
  | { type: 'reset' }
  | { type: 'preview'; point: PreviewPoint; now: number };

/** The longest wait a server can impose through Retry-After: past it, the person is better off trying later. */
const MAX_WAIT_MS = 60 * 60_000;
/** The least wait between manual retries when the sign-in service fails without a Retry-After. */
const OUTAGE_RETRY_MS = 5_000;

/**
 * Resend cooldowns grow 30 s, 60 s, 120 s; after the third resend the next waits 12.5 minutes, so that at most four
 * messages (three resends) go to one address in any 15 minutes (inbox and SMS flooding, Auth0's newest-code-only).
 */
export function cooldownMs(sendCount: number): number {
  if (sendCount >= 4) return 750_000;
  return 30_000 * 2 ** Math.max(sendCount - 1, 0);
}

/** A fresh start keeps what was typed, and whether the person prefers codes, unless told otherwise. */
function startOver(state: LoginState, preferCode: boolean): LoginState {
  return { ...initialState, identifier: state.identifier, preferCode, country: state.country, later: state.later };
}

/** The wait after a failed start: what the server asked for, else as long as the next resend, else a short pause. */
function waitAfter(state: LoginState, error: LoginError): number | undefined {
  if (error.retryAfterMs != null) return Math.min(error.retryAfterMs, MAX_WAIT_MS);
  if (error.code === 'rate_limited') return cooldownMs(state.sendCount + 1);
  if (error.code === 'service_unavailable') return OUTAGE_RETRY_MS;
  return undefined;
}

export function transition(state: LoginState, action: LoginAction): LoginState {
  // A refusal is for good: nothing is shown, sent or changed after it.
  if (state.refused) return state;
  switch (action.type) {
    case 'refuse':
    case 'due':
    case 'queue-send':
    case 'later-loaded':
    case 'later-failed':
    case 'retry-load':
    case 'edit-identifier':
      return loadingTransition(state, action);

    case 'nothing-due':
      return state.due ? { ...state, due: null } : state;

    case 'suggest':
      return state.step === 'identify' ? { ...state, suggestion: action.suggestion } : state;

    case 'choose-country':
      return { ...state, country: action.country };

    case 'submit-identifier':
      if (state.busy || state.step !== 'identify' || holding(state, action.now)) return state;
      return {
        ...state,
        busy: true,
        queued: false,
        error: null,
        suggestion: null,
        signedOut: false,
        recipient: action.recipient,
        maskedRecipient: action.maskedRecipient,
        // A new address starts its cooldown ladder from the beginning.
        sendCount: action.recipient === state.recipient ? state.sendCount : 0,
      };

    case 'invalid-identifier':
      return state.step === 'identify' ? { ...state, busy: false, queued: false, error: action.error } : state;

    case 'resend':
      if (state.busy || (state.step !== 'code' && state.step !== 'check-email') || action.now < state.resendAvailableAt) return state;
      return { ...state, busy: true, error: null, autoSubmitted: '' };

    case 'send-code-instead':
      if (state.busy || state.step !== 'check-email') return state;
      return { ...state, busy: true, error: null, preferCode: true };

    case 'start-succeeded':
      if (!state.busy) return state;
      return {
        ...state,
        step: action.send === 'link' ? 'check-email' : 'code',
        busy: false,
        code: '',
        error: null,
        uncertain: false,
        sentWith: action.send,
        transaction: action.transaction ?? null,
        linkToo: action.linkToo === true,
        sendCount: state.sendCount + 1,
        resendAvailableAt: action.now + cooldownMs(state.sendCount + 1),
        resendHeldSince: action.now,
      };

    case 'start-failed': {
      if (!state.busy) return state;
      if (action.error.continuation) return transition(state, { type: 'continue-elsewhere', continuation: action.error.continuation });
      if (action.error.uncertain && action.error.code === 'network' && action.online) {
        // The answer was lost, not necessarily the request: a message may be on its way. Go where the code (or link)
        // would be used, never send again by ourselves, and hold resend for its cooldown (plan test 18).
        return { ...transition(state, { type: 'start-succeeded', send: action.send, now: action.now }), uncertain: true };
      }
      const wait = waitAfter(state, action.error);
      return {
        ...state,
        busy: false,
        error: action.error,
        ...(wait === undefined ? {} : { resendAvailableAt: action.now + wait, resendHeldSince: action.now }),
      };
    }

    case 'edit-code': {
      if (state.step !== 'code' || state.busy) return state;
      const complete = action.value.length === action.codeLength;
      return { ...state, code: action.value, error: null, autoSubmitted: complete ? action.value : state.autoSubmitted };
    }

    case 'submit-code':
      if (state.busy || state.step !== 'code') return state;
      return { ...state, busy: true, error: null };

    case 'invalid-code':
      return state.step === 'code' ? { ...state, busy: false, error: action.error } : state;

    case 'verify-failed': {
      if (!state.busy || state.step !== 'code') return state;
      if (action.error.continuation) return transition(state, { type: 'continue-elsewhere', continuation: action.error.continuation });
      // A retry of a code whose first answer was lost: "wrong" means the first try used it up. Ask for a new one.
      const usedUp = action.error.code === 'wrong_code' && action.code === state.uncertainCode;
      const error: LoginError = usedUp
        ? { ...action.error, code: 'code_expired', developerHint: 'The first try of this code lost its answer; the server had already used the code.' }
        : action.error;
      const dead = error.code === 'code_expired' || error.code === 'too_many_attempts';
      return {
        ...state,
        busy: false,
        error,
        uncertainCode: error.uncertain ? action.code : '',
        // A dead code (expired, too many attempts) is cleared: only a new one can help.
        code: dead ? '' : state.code,
      };
    }

    case 'redirecting':
      return { ...state, busy: true };

    case 'continue-elsewhere':
      // From a send that was not made (the tenant is known not to finish typed codes here), a code that could not
      // finish, or a callback that cannot: one click away, with the identifier kept.
      if (state.step !== 'callback' && !state.busy) return state;
      return {
        ...state,
        step: 'continue',
        busy: false,
        // Only a failure to leave (auth0-js could not load) is shown here: what led here is the step's own text.
        error: action.error ?? null,
        due: null,
        code: '',
        continuation: action.continuation,
        recipient: action.continuation.recipient,
        maskedRecipient: action.continuation.maskedRecipient || maskRecipient(action.continuation.recipient),
        identifier: state.identifier || action.continuation.recipient,
      };

    case 'callback-detected':
      return { ...state, step: 'callback', busy: true, error: null, due: null, identifier: action.identifier ?? state.identifier };

    case 'callback-failed':
      if (action.error.continuation) return transition(state, { type: 'continue-elsewhere', continuation: action.error.continuation });
      return { ...state, step: 'error', busy: false, error: action.error, due: null };

    case 'authenticated':
      // (also from the continue step, when the server finished the sign-in the person confirmed)
      return { ...initialState, step: 'success', user: action.user, identifier: state.identifier, later: state.later };

    case 'session-check':
      // "Signing you in" while the session is checked, only over an untouched first step: nothing typed is hidden.
      if (state.step !== 'identify' || state.busy || state.queued || state.identifier) return state;
      return { ...state, step: 'callback', busy: true, due: null, error: null };

    case 'session-found':
      // Only while the check is on screen (not once signing out began).
      if (state.step !== 'callback' || !state.busy || state.signingOut) return state;
      return { ...transition(state, { type: 'authenticated', user: action.user }), restored: true };

    case 'session-absent':
      // Nobody is signed in, or the check could not tell: the first step, without an error (nothing failed for the person).
      return state.step === 'callback' && state.busy ? startOver(state, state.preferCode) : state;

    case 'sign-out':
      // From any step: busy until the session has ended (SPA mode: until the page leaves for Auth0's logout).
      return state.signingOut ? state : { ...state, busy: true, signingOut: true, error: null };

    case 'signed-out':
      // Nothing of the last sign-in stays on screen (a shared computer): a fresh first step that says so.
      return { ...initialState, country: state.country, later: state.later, signedOut: true };

    case 'sign-out-failed':
      // Still signed in: the step stays, says why, and its sign-out button tries again.
      return state.signingOut ? { ...state, busy: false, signingOut: false, error: action.error } : state;

    case 'other-tab-heard':
      return state.step === 'success' && !state.otherTabToo ? { ...state, otherTabToo: true } : state;

    case 'resume':
      if (state.step !== 'identify' || state.busy) return { ...state, due: null };
      return {
        ...state,
        ...action.point,
        due: null,
        busy: false,
        error: null,
        resendHeldSince: action.now,
      };

    case 'resume-expired':
      // Back after the code's lifetime: the start screen, the address kept, and why.
      return state.step === 'identify' ? { ...state, due: null, identifier: action.identifier, error: action.error } : state;

    case 'back':
      if (state.busy && state.step !== 'callback') return state;
      return startOver(state, state.preferCode);

    case 'use-code-instead':
      return startOver(state, true);

    case 'reset':
      return startOver(state, false);

    case 'preview':
      return {
        ...state,
        ...action.point,
        due: null,
        queued: false,
        resendHeldSince: action.now,
      };
  }
}

// ---- selectors only the later steps and the controller need (the element's own are in selectors.ts) ----

/** Whether the first step may send now: not while busy, elsewhere, or held by a countdown. */
export function canSend(state: LoginState, now: number): boolean {
  return !state.busy && state.step === 'identify' && !holding(state, now);
}

/** What the error step offers after a sign-in link failed (another browser, expired, used): a new link, or a code. */
export function linkRecovery(state: LoginState, settings: FlowSettings): { newLink: boolean; codeInstead: boolean } {
  const code = state.error?.code;
  const linkFailed = settings.send === 'link' && settings.connection === 'email' && (code === 'link_invalid' || code === 'code_expired');
  return { newLink: linkFailed, codeInstead: linkFailed && !settings.backend };
}

/**
 * A cooldown is announced twice, not every second: when it starts ("… in 30 s", its whole length) and when it ends
 * ("… now"). The visible countdown ticks outside the live region, where a screen reader can still read it.
 */
export function cooldownAnnouncement(state: LoginState, now: number): { seconds: number } | 'ready' | null {
  if (!state.resendAvailableAt || !state.resendHeldSince) return null;
  if (now < state.resendAvailableAt) return { seconds: Math.ceil((state.resendAvailableAt - state.resendHeldSince) / 1000) };
  return 'ready';
}

/**
 * Whether a callback or a resume record may replace what is on screen: when one was due before the rest arrived, or
 * while the first step is untouched (what was typed there is never lost).
 */
export function mayPickUp(state: LoginState, what: 'callback' | 'resume'): boolean {
  return state.due === what || (state.step === 'identify' && !state.identifier && !state.busy && !state.queued);
}

/** Whether a magic link is awaited: the link step, or a code step whose code came inside a link email (C′). */
export function awaitsLink(state: LoginState): boolean {
  return state.step === 'check-email' || (state.step === 'code' && state.linkToo);
}

/** What the form's submit means in each step. */
export function submitIntent(state: LoginState): 'send' | 'verify' | 'continue' | 'start-over' | null {
  switch (state.step) {
    case 'identify':
      return 'send';
    case 'code':
      return 'verify';
    case 'continue':
      return state.busy ? null : 'continue';
    case 'error':
      return 'start-over';
    default:
      return null;
  }
}

/**
 * What a state change does to the resume record: saved on a step where a message went out (not when the record
 * itself or a designer's preview put it there), cleared when signed in or started over, else left alone.
 */
export function resumeChange(next: LoginState, action: LoginAction): ResumePoint | 'clear' | null {
  // The continue step clears it too: the code it held is spent or cannot finish here, and a reload must not bring it back.
  if (next.step === 'success' || next.step === 'continue' || action.type === 'back' || action.type === 'reset' || action.type === 'use-code-instead' || action.type === 'signed-out') return 'clear';
  if ((next.step !== 'code' && next.step !== 'check-email') || !next.sentWith || action.type === 'resume' || action.type === 'preview') return null;
  const { step, identifier, recipient, maskedRecipient, resendAvailableAt, sendCount, sentWith, preferCode, transaction, linkToo } = next;
  return { step, identifier, recipient, maskedRecipient, resendAvailableAt, sendCount, sentWith, preferCode, transaction, linkToo };
}
