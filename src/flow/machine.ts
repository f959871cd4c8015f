// The flow as data: every step change, every guard and every piece of policy is a pure function of the state and
// an action. The element renders the state; the controller (src/later/flow.controller.ts) runs effects and reports
// their outcomes here as actions. The actions of the phase before the later chunk arrives are in loading.ts.
import { loginError, type Continuation, type LoginError, type SendMode, type SignInMethod, type UserProfile } from '../model.js';
import type { ErrorMessageKey } from '../i18n/messages.js';
import { loadingTransition, type LoadingAction } from './loading.js';
import {
  backForCheck,
  checkHolds,
  checkTransition,
  enteringFirstStep,
  noticeGone,
  refusedForCheck,
  resendNeedsCheck,
  sentWithCheck,
  spendAnswer,
  type CheckAction,
} from './human-check.js';
import { holding } from './selectors.js';
import { passkeyTransition, type PasskeyAction } from './passkeys.js';
import { maskRecipient } from '../input/identifier.js';
import { initialState, type FlowSettings, type LoginState, type PreviewPoint, type ResumePoint, type SendHistory } from './state.js';

export { initialState, type LoginState, type PreviewPoint, type ResumePoint, type LoadingAction, type SendHistory };

export type LoginAction =
  | LoadingAction
  // the first step's human check (human-check.ts)
  | CheckAction
  // passkeys (passkeys.ts)
  | PasskeyAction
  | { type: 'nothing-due' }
  // the first step
  | { type: 'suggest'; suggestion: string | null }
  // a key or a pointer went down in the element: the suggestion on screen now has been seen
  | { type: 'seen' }
  // the country picker's choice (with what was typed re-written for it), or the country a typed +CC points to
  | { type: 'choose-country'; country: string; identifier?: string }
  // `history`: what this browser sent to the recipient lately (the controller reads it from storage before sending);
  // `suggestion`: the likely typo's correction for what was typed (email only; the controller looks it up)
  | { type: 'submit-identifier'; recipient: string; maskedRecipient: string; now: number; history?: SendHistory | null; suggestion?: string | null }
  | { type: 'invalid-identifier'; error: LoginError }
  // sending
  | { type: 'start-succeeded'; send: SendMode; now: number; transaction?: string; linkToo?: boolean }
  | { type: 'start-failed'; send: SendMode; error: LoginError; now: number; online: boolean }
  | { type: 'resend'; now: number; history?: SendHistory | null }
  | { type: 'send-code-instead'; now?: number; history?: SendHistory | null }
  // another tab sent to the recipient on screen (its storage event)
  | { type: 'history-changed'; history: SendHistory | null; now: number }
  // the code step
  | { type: 'edit-code'; value: string; codeLength: number }
  // `code`: the code on screen, normalised; null when it is not one code of the right length
  | { type: 'submit-code'; code: string | null }
  | { type: 'invalid-code'; error: LoginError }
  | { type: 'verify-failed'; code: string; error: LoginError }
  | { type: 'redirecting' }
  // finishing elsewhere (Auth0's own page, or a link's session in another browser)
  | { type: 'continue-elsewhere'; continuation: Continuation; error?: LoginError }
  // coming back
  | { type: 'callback-detected'; identifier?: string; recipient?: string; sentWith?: SendMode }
  | { type: 'callback-failed'; error: LoginError }
  // `method`: how (absent for a session found on load); `offerPasskey`: the passkey-offer step comes first (the
  // controller decides: a code sign-in, an account that can hold a passkey, a device that has not said "not now")
  | { type: 'authenticated'; user: UserProfile; method?: SignInMethod; offerPasskey?: boolean }
  // a session found on load (this browser signed in here before), and signing out
  | { type: 'session-check' }
  | { type: 'session-found'; user: UserProfile }
  | { type: 'session-absent' }
  | { type: 'sign-out' }
  // `elsewhere`: another tab of this browser signed out (the signed-in marker went)
  | { type: 'signed-out'; elsewhere?: boolean }
  | { type: 'sign-out-failed'; error: LoginError }
  | { type: 'other-tab-heard' }
  | { type: 'resume'; point: ResumePoint; now: number }
  | { type: 'resume-expired'; identifier: string; error: LoginError; sentWith?: SendMode }
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
 * Auth0 takes three wrong tries of a code; after the third it refuses even the right one ("You've reached the maximum
 * number of attempts"), yet answers that third try with the plain wrong-code error. The number is Auth0's, fixed for
 * every tenant, and told nowhere in its answers: "Only three failed attempts to input the OTP are allowed. After
 * this, a new code will need to be requested." (auth0.com/docs/authenticate/passwordless/authentication-methods/
 * email-otp); "The default number of attempts to enter the OTP is 3, and this value cannot be changed" (Auth0
 * support article "OTP Attempt Limits"). The emulator's default `max_attempts` is the same 3 (emulator/default-config.js).
 */
export const WRONG_TRIES_PER_CODE = 3;

/**
 * Resend cooldowns grow 30 s, 60 s, 120 s; after the third resend the next waits 12.5 minutes, so that at most four
 * messages (three resends) go to one address in any 15 minutes (inbox and SMS flooding, Auth0's newest-code-only).
 */
export function cooldownMs(sendCount: number): number {
  if (sendCount >= 4) return 750_000;
  return 30_000 * 2 ** Math.max(sendCount - 1, 0);
}

/** The window of the per-address limit, and the most messages one address gets in it (README: four in 15 minutes). */
export const SEND_WINDOW_MS = 15 * 60_000;
const MAX_SENDS = 4;
/** How long a message is worth going back to instead of sending another (the resume record's lifetime too). */
export const MESSAGE_LIFETIME_MS = 10 * 60_000;

/** When a fifth message may go: 15 minutes after the fourth-last. */
function fifthAllowedAt(sends: readonly number[]): number {
  return sends.length >= MAX_SENDS ? sends[sends.length - MAX_SENDS]! + SEND_WINDOW_MS : 0;
}

/** When the next message to a recipient may go, from what this browser sent it: its hold, and never a fifth in 15 minutes. */
export function nextSendAt(history: SendHistory): number {
  return Math.max(history.until, fifthAllowedAt(history.sends));
}

/**
 * A send to a held recipient sends nothing. While its last message can still sign in, its step comes back ("we already
 * sent a code to …", the countdown of its resend): the person needs that message, and a new one would only replace it
 * (only the newest code works). A spent or old one leaves the first step with the countdown, and why: a limit is
 * the rate-limit error, a single message sent moments ago is no error (nothing failed).
 */
function heldBy(state: LoginState, history: SendHistory, until: number, now: number): LoginState {
  const last = history.sends.at(-1);
  const hold = { resendAvailableAt: until, resendHeldSince: now, sendCount: history.sends.length };
  if (history.spent || last === undefined || now - last >= MESSAGE_LIFETIME_MS) {
    // A message went to the address moments ago and can no longer sign in (used up, expired): nothing failed, so no
    // error; the first step says so ("we recently sent a message to …"), and when the next may go.
    if (last !== undefined && history.sends.length < MAX_SENDS) return { ...state, ...hold, alreadySent: true };
    // A limit: the server's 429 for the address (nothing sent), or four messages in 15 minutes.
    const developerHint = last === undefined
      ? 'The server refused a send to this address moments ago (429): its Retry-After still runs.'
      : `This browser sent ${MAX_SENDS} messages to this address in ${SEND_WINDOW_MS / 60_000} minutes (the per-address limit).`;
    const error = loginError('rate_limited', { retryAfterMs: until - now, developerHint });
    return { ...state, ...hold, error, heldError: error };
  }
  return {
    ...state,
    ...hold,
    step: history.send === 'link' ? 'check-email' : 'code',
    // That message went out with the check the first step shows, if any (Auth0 or the server wanted one): so would a resend.
    checkedSend: !!state.check?.challenge,
    code: '',
    uncertain: false,
    uncertainCode: '',
    autoSubmitted: '',
    sentWith: history.send,
    transaction: history.transaction,
    linkToo: false,
    alreadySent: true,
  };
}

/** A fresh start keeps what was typed, and whether the person prefers codes, unless told otherwise. */
function startOver(state: LoginState, preferCode: boolean): LoginState {
  return { ...initialState, identifier: state.identifier, preferCode, country: state.country, later: state.later, ...keptPasskeys(state) };
}

/** What the site offers for passkeys stays through every step change (a ceremony under way does not). */
function keptPasskeys(state: LoginState): Pick<LoginState, 'passkeys'> | object {
  return state.passkeys === undefined ? {} : { passkeys: state.passkeys && { offer: state.passkeys.offer } };
}

/** The wait after a failed start: what the server asked for, else as long as the next resend, else a short pause. */
function waitAfter(state: LoginState, error: LoginError): number | undefined {
  if (error.retryAfterMs != null) return Math.min(error.retryAfterMs, MAX_WAIT_MS);
  if (error.code === 'rate_limited') return cooldownMs(state.sendCount + 1);
  if (error.code === 'service_unavailable') return OUTAGE_RETRY_MS;
  return undefined;
}

export function transition(state: LoginState, action: LoginAction): LoginState {
  // Whatever brings the first step back (a start over, a sign-out, a refused resend) asks for a fresh human check; a
  // designer's preview shows the check its point says.
  const next = stepTransition(state, action);
  return action.type === 'preview' ? next : enteringFirstStep(state, next, action.type);
}

function stepTransition(state: LoginState, action: LoginAction): LoginState {
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

    case 'ask-check':
    case 'ask-check-once':
    case 'check-arrived':
    case 'check-ready':
    case 'check-answered':
    case 'check-cleared':
    case 'check-unavailable':
      return checkTransition(state, action);

    case 'passkeys-known':
    case 'passkey-started':
    case 'passkey-failed':
    case 'offer-passkey':
    case 'passkey-create':
    case 'passkey-created':
    case 'passkey-create-failed':
    case 'passkey-declined':
      return passkeyTransition(state, action);

    case 'nothing-due':
      return state.due ? { ...state, due: null } : state;

    case 'suggest':
      return state.step === 'identify' ? { ...state, suggestion: action.suggestion, queued: false } : state;

    case 'seen':
      // Only the suggestion on screen as the key or pointer went down: not one that appears with this very press (a
      // click's blur, Enter's change event), which the person has not read yet.
      return (state.seenSuggestion ?? null) === state.suggestion ? state : { ...state, seenSuggestion: state.suggestion };

    case 'choose-country':
      // Not while sending: the number being sent was read with the country it had.
      if (state.step !== 'identify' || state.busy) return state;
      if (action.identifier === undefined) return { ...state, country: action.country };
      // A choice changes what the typed number means, as an edit does: an error about the number is stale.
      return { ...state, country: action.country, identifier: action.identifier, suggestion: null, error: null, alreadySent: false };

    case 'submit-identifier': {
      if (state.busy || state.step !== 'identify' || holding(state, action.now)) return state;
      const { history, now, suggestion } = action;
      // A likely typo is shown before the first send, and sends nothing (a send queued for the later chunk neither).
      // Once seen, the next press sends as typed: the person chose it over the suggestion.
      if (suggestion && suggestion !== state.seenSuggestion) return { ...state, suggestion, queued: false };
      const chosen = {
        ...noticeGone(state),
        queued: false,
        error: null,
        suggestion: null,
        signedOut: false,
        alreadySent: false,
        recipient: action.recipient,
        maskedRecipient: action.maskedRecipient,
      };
      // A code in place of the link just sent to this address goes at once, as from the link's step (the link may open
      // in another browser), also when it came by the first step for a fresh check; never a fifth message in 15 minutes.
      const codeInstead = state.codeInstead === true && action.recipient === state.recipient;
      const until = history ? (codeInstead ? fifthAllowedAt(history.sends) : nextSendAt(history)) : 0;
      if (history && until > now) return heldBy(chosen, history, until, now);
      // A human check needed and not answered: nothing is sent (the check says why, or opens).
      const held = checkHolds(chosen);
      if (held) return held;
      // The ladder goes on from what this address got lately (a new address, or one quiet for 15 minutes, starts over).
      const sendCount = history ? history.sends.length : action.recipient === state.recipient ? state.sendCount : 0;
      return { ...chosen, busy: true, sending: true, sendCount, codeInstead: false };
    }

    case 'invalid-identifier':
      return state.step === 'identify' ? { ...state, busy: false, queued: false, error: action.error } : state;

    case 'resend': {
      if (state.busy || (state.step !== 'code' && state.step !== 'check-email') || action.now < state.resendAvailableAt) return state;
      const { history, now } = action;
      const until = history ? nextSendAt(history) : 0;
      // Another tab or element sent to this address since: its message is the newest, and its hold is this one's.
      if (history && until > now) return { ...state, resendAvailableAt: until, resendHeldSince: now, sendCount: history.sends.length, alreadySent: true };
      // The last message went with a check's answer, spent on it: a resend without one would be refused for certain
      // (and counted as a failure), so the first step comes back for a fresh check, and nothing is sent.
      if (resendNeedsCheck(state)) return backForCheck(state);
      return { ...state, busy: true, sending: true, error: null, autoSubmitted: '', ...(history ? { sendCount: history.sends.length } : {}) };
    }

    case 'send-code-instead': {
      if (state.busy || state.step !== 'check-email') return state;
      // At once (the link may open in another browser), but never a fifth message in 15 minutes.
      const { history, now } = action;
      const until = history && now !== undefined ? fifthAllowedAt(history.sends) : 0;
      if (now !== undefined && until > now) {
        const error = loginError('rate_limited', { retryAfterMs: until - now, developerHint: `Never more than ${MAX_SENDS} messages to one address in ${SEND_WINDOW_MS / 60_000} minutes.` });
        return { ...state, error, heldError: error, resendAvailableAt: Math.max(until, state.resendAvailableAt), resendHeldSince: now };
      }
      // As a resend: a fresh check first, on the first step, whose send then sends a code.
      if (resendNeedsCheck(state)) return backForCheck(state, { preferCode: true, codeInstead: true });
      return { ...state, busy: true, sending: true, error: null, preferCode: true };
    }

    case 'history-changed': {
      // Another tab sent to the address on screen: this step's countdown follows it (that message is the newest now).
      const { history, now } = action;
      if (!history || state.busy || (state.step !== 'code' && state.step !== 'check-email')) return state;
      const until = nextSendAt(history);
      if (until <= state.resendAvailableAt) return state;
      return { ...state, resendAvailableAt: until, resendHeldSince: now, sendCount: history.sends.length, alreadySent: true };
    }

    case 'start-succeeded':
      if (!state.busy) return state;
      return {
        ...state,
        step: action.send === 'link' ? 'check-email' : 'code',
        busy: false,
        code: '',
        error: null,
        uncertain: false,
        alreadySent: false,
        sentWith: action.send,
        transaction: action.transaction ?? null,
        linkToo: action.linkToo === true,
        checkedSend: sentWithCheck(state),
        sendCount: state.sendCount + 1,
        // A new code has all its tries (Auth0 keeps only the newest code).
        wrongCodes: [],
        resendAvailableAt: action.now + cooldownMs(state.sendCount + 1),
        resendHeldSince: action.now,
      };

    case 'start-failed': {
      if (!state.busy) return state;
      if (action.error.continuation) return transition(state, { type: 'continue-elsewhere', continuation: action.error.continuation });
      // The human check's answer was wrong, old or missing (a resend too): the first step, with a fresh check.
      if (action.error.code === 'invalid_captcha' || action.error.code === 'captcha_required') return refusedForCheck(state, action.error);
      if (action.error.uncertain && action.error.code === 'network' && action.online) {
        // The answer was lost, not necessarily the request: a message may be on its way. Go where the code (or link)
        // would be used, never send again by ourselves, and hold resend for its cooldown (plan test 18).
        return { ...transition(state, { type: 'start-succeeded', send: action.send, now: action.now }), uncertain: true };
      }
      // Any other failure spent the check's answer that went with it: a fresh check, with the failure's own words.
      const failed = spendAnswer({ ...state, busy: false }, action.error);
      const wait = waitAfter(state, action.error);
      if (wait === undefined) return { ...failed, error: action.error };
      // Its own copy: the same error object failing a later request (a code check) is not this held send's.
      const error = { ...action.error };
      return { ...failed, error, heldError: error, resendAvailableAt: action.now + wait, resendHeldSince: action.now };
    }

    case 'edit-code': {
      if (state.step !== 'code' || state.busy) return state;
      const complete = action.value.length === action.codeLength;
      // Typing into a dead code's field does not bring it back to life: its error (and main button) stay.
      return { ...state, code: action.value, error: codeDead(state) ? state.error : null, autoSubmitted: complete ? action.value : state.autoSubmitted };
    }

    case 'submit-code':
      if (state.busy || state.step !== 'code') return state;
      // Auth0 refuses every try of a code after its last wrong one, even the right code: nothing is sent.
      if (codeUsedUp(state)) return { ...state, error: loginError('too_many_attempts', { developerHint: 'This code had all its tries: send a new one.' }) };
      // An expired code stays expired, whatever is typed since: nothing is sent until a new code is.
      if (codeDead(state)) return { ...state, error: loginError('code_expired', { developerHint: 'This code expired: send a new one.' }) };
      if (action.code === null) return { ...state, error: loginError('invalid_code') };
      return { ...state, busy: true, sending: false, error: null };

    case 'invalid-code':
      return state.step === 'code' && !state.busy ? { ...state, error: action.error } : state;

    case 'verify-failed': {
      if (!state.busy || state.step !== 'code') return state;
      if (action.error.continuation) return transition(state, { type: 'continue-elsewhere', continuation: action.error.continuation });
      // A retry of a code whose first answer was lost: "wrong" means the first try used it up. Ask for a new one.
      const usedUp = action.error.code === 'wrong_code' && action.code === state.uncertainCode;
      let error: LoginError = usedUp
        ? { ...action.error, code: 'code_expired', developerHint: 'The first try of this code lost its answer; the server had already used the code.' }
        : action.error;
      const wrongCodes = error.code === 'wrong_code' ? [...state.wrongCodes, action.code] : state.wrongCodes;
      if (error.code === 'wrong_code' && wrongCodes.length >= WRONG_TRIES_PER_CODE) {
        // The last wrong try: the code cannot work any more, so say that now instead of "try again".
        const developerHint = `That was the code's last wrong try (Auth0 takes ${WRONG_TRIES_PER_CODE}): only a new code can work.`;
        error = { ...error, code: 'too_many_attempts', developerHint };
      }
      // Brute-force protection paused sign-in for the account: no code works, a new one neither, so the code step and
      // its "send a new code" step aside for the error step (start over, another address, or later).
      if (error.code === 'blocked') return { ...state, step: 'error', busy: false, error, code: '', uncertainCode: '', wrongCodes };
      const dead = error.code === 'code_expired' || error.code === 'too_many_attempts';
      return {
        ...state,
        busy: false,
        error,
        uncertainCode: error.uncertain ? action.code : '',
        wrongCodes,
        // A dead code (expired, too many attempts) is cleared: only a new one can help.
        code: dead ? '' : state.code,
      };
    }

    case 'redirecting':
      return { ...state, busy: true, sending: false };

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
      // What the link was sent to comes from this tab's resume record, else from the last link this browser sent (a
      // new tab): a failed link then offers a new one with the address kept.
      return {
        ...state,
        step: 'callback',
        busy: true,
        error: null,
        due: null,
        identifier: action.identifier ?? state.identifier,
        recipient: action.recipient ?? state.recipient,
        sentWith: action.sentWith ?? state.sentWith,
      };

    case 'callback-failed':
      if (action.error.continuation) return transition(state, { type: 'continue-elsewhere', continuation: action.error.continuation });
      return { ...state, step: 'error', busy: false, error: action.error, due: null };

    case 'authenticated':
      // (also from the continue step, when the server finished the sign-in the person confirmed)
      return {
        ...initialState,
        step: action.offerPasskey ? 'passkey-offer' : 'success',
        user: action.user,
        identifier: state.identifier,
        later: state.later,
        ...keptPasskeys(state),
        ...(action.method ? { method: action.method } : {}),
      };

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
      // Another tab's sign-out ends this tab's sign-in, not a sign-in under way here, nor this tab's own sign-out.
      if (action.elsewhere && (state.step !== 'success' || state.signingOut)) return state;
      // Nothing of the last sign-in stays on screen (a shared computer): a fresh first step that says so.
      return { ...initialState, country: state.country, later: state.later, signedOut: true, ...keptPasskeys(state) };

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
      // Back after the code's (or link's) lifetime: the start screen, the address kept, and why (sentWith names which).
      return state.step === 'identify'
        ? { ...state, due: null, identifier: action.identifier, error: action.error, sentWith: action.sentWith ?? null }
        : state;

    case 'back':
      if (state.busy && state.step !== 'callback') return state;
      return startOver(state, state.preferCode);

    case 'use-code-instead':
      return startOver(state, true);

    case 'reset': {
      // After a failed link, "Send a new link" leads to a form that sends a link, even where the link landed on a page
      // set to send codes.
      const again = startOver(state, false);
      return state.step === 'error' && state.sentWith === 'link' ? { ...again, sentWith: 'link' } : again;
    }

    case 'preview': {
      const { point } = action;
      return {
        ...state,
        // How the last preview's step was reached is not carried into the next one: only what the point says.
        alreadySent: false,
        suggestion: null,
        restored: false,
        signedOut: false,
        check: null,
        checkAgain: false,
        ...point,
        // A preview of a wrong code looks as it does after one: the digits selected, to be typed over.
        wrongCodes: point.wrongCodes ?? (point.error?.code === 'wrong_code' && point.code ? [point.code] : []),
        // A limit or an outage with a countdown looks as a refused send does: the countdown says when.
        heldError: point.resendAvailableAt && (point.error?.code === 'rate_limited' || point.error?.code === 'service_unavailable') ? point.error : null,
        due: null,
        queued: false,
        resendHeldSince: action.now,
      };
    }
  }
}

// ---- selectors only the later steps and the controller need (the element's own are in selectors.ts) ----

/** Whether the first step may send now: not while busy, elsewhere, or held by a countdown. */
export function canSend(state: LoginState, now: number): boolean {
  return !state.busy && state.step === 'identify' && !holding(state, now);
}

/**
 * What the error step offers after a sign-in link failed (another browser, expired, used): a new link, or a code. What
 * was sent decides: `sentWith`, what the flow saw go out (in backend mode, what the server said it sent; a failed
 * return there is always a link's, see the controller's callback). The `send` attribute counts only in SPA mode, where
 * it is what the element asked Auth0 for; in backend mode the server chooses and the attribute says nothing.
 */
export function linkRecovery(state: LoginState, settings: FlowSettings): { newLink: boolean; codeInstead: boolean } {
  const code = state.error?.code;
  const linkSent = state.sentWith === 'link' || (!settings.backend && settings.send === 'link');
  const linkFailed = linkSent && settings.connection === 'email' && (code === 'link_invalid' || code === 'code_expired');
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

/** The code on screen is the one the server just called wrong: it shows as selected, and what comes next replaces it. */
export function codeRejected(state: LoginState): boolean {
  return state.step === 'code' && state.code !== '' && state.code === state.wrongCodes.at(-1);
}

/** The last code sent has had all its wrong tries: no code is sent again until a new one is. */
export function codeUsedUp(state: LoginState): boolean {
  return state.wrongCodes.length >= WRONG_TRIES_PER_CODE;
}

/**
 * The code step's code can no longer sign in (its tries are used up, or it expired): the step's main action is a new
 * code, not "Sign in".
 */
export function codeDead(state: LoginState): boolean {
  return state.step === 'code' && (codeUsedUp(state) || state.error?.code === 'code_expired' || state.error?.code === 'too_many_attempts');
}

/**
 * Which text an error shows (and its event carries): a code that expired inside a magic link speaks of the link. The
 * error step follows a link's return (a typed code fails on its own step), and `sentWith` names what the flow sent.
 */
export function errorMessageKey(error: LoginError, { step, sentWith, heldError }: LoginState): ErrorMessageKey {
  if (error.code === 'code_expired' && (step === 'error' || sentWith === 'link')) return 'link_expired';
  // A refused send: its countdown is beside it and says when, so these words say only what happened.
  if (error === heldError && (error.code === 'rate_limited' || error.code === 'service_unavailable')) return `${error.code}_held`;
  return error.code;
}

/**
 * The first step holds a refused send: the error that says why (a limit, an outage) or the message sent moments ago,
 * and the countdown to when sending works again ("you can try again in 20 s", then "… now").
 */
export function firstStepHold(state: LoginState): boolean {
  if (state.step !== 'identify' || !state.resendHeldSince) return false;
  return state.alreadySent || (state.error !== null && state.error === state.heldError);
}

/**
 * What a running request is doing, in the words its button, its step and the status share: signing out (from any
 * step), sending a message, checking a code, or signing in on return. Null when nothing runs that has words (or the
 * continue step leaves).
 */
export function progress(state: LoginState): 'signingOut' | 'sending' | 'verifying' | 'signingIn' | 'passkeySigningIn' | 'passkeyCreating' | null {
  if (state.signingOut) return 'signingOut';
  const ceremony = state.busy ? state.passkeys?.running : undefined;
  if (ceremony) return ceremony === 'create' ? 'passkeyCreating' : 'passkeySigningIn';
  if (state.step === 'callback') return state.error ? null : 'signingIn';
  if (state.queued) return 'sending';
  if (!state.busy || state.step === 'continue') return null;
  return state.step === 'code' && !state.sending ? 'verifying' : 'sending';
}

/**
 * Whether a failed silent session check keeps the signed-in marker, so that the next load checks again: only for a
 * passing trouble (the service down for a moment, the browser offline). Anything else (no answer in time, a page or
 * tenant that refuses the check) would make every load wait for nothing, so the form comes at once from then on.
 */
export function checkFailureKeepsMarker(failure: LoginError, online: boolean): boolean {
  return failure.code === 'service_unavailable' || (failure.code === 'network' && !online);
}

/**
 * SPA mode: a magic link that fails as used or expired may have been used by this very person, who is signed in here
 * (a second click, the link opened again): their session, checked silently, signs them in instead of the error, as
 * the server does in backend mode. A link of another browser (a continuation) is not this.
 */
export function sessionMayAnswerLink(error: LoginError, settings: FlowSettings): boolean {
  return !settings.backend && !error.continuation && (error.code === 'link_invalid' || error.code === 'code_expired');
}

/** Whether a magic link is awaited: the link step, or a code step whose code came inside a link email (C′). */
export function awaitsLink(state: LoginState): boolean {
  return state.step === 'check-email' || (state.step === 'code' && state.linkToo);
}

/** Signed in: the success step, or the passkey offer that comes first after a code. */
export function signedInStep(state: LoginState): boolean {
  return state.step === 'success' || state.step === 'passkey-offer';
}

/** What the form's submit means in each step. */
export function submitIntent(state: LoginState): 'send' | 'verify' | 'resend' | 'continue' | 'start-over' | 'create-passkey' | null {
  switch (state.step) {
    case 'identify':
      return 'send';
    case 'code':
      return codeDead(state) ? 'resend' : 'verify';
    case 'continue':
      return state.busy ? null : 'continue';
    case 'error':
      return 'start-over';
    case 'passkey-offer':
      return state.busy ? null : 'create-passkey';
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
  if (signedInStep(next) || next.step === 'continue' || action.type === 'back' || action.type === 'reset' || action.type === 'use-code-instead' || action.type === 'signed-out') return 'clear';
  // Blocked: a reload must not bring back a code step whose codes cannot work.
  if (next.error?.code === 'blocked') return 'clear';
  if ((next.step !== 'code' && next.step !== 'check-email') || !next.sentWith || action.type === 'resume' || action.type === 'preview') return null;
  const { step, identifier, recipient, maskedRecipient, resendAvailableAt, sendCount, sentWith, preferCode, transaction, linkToo } = next;
  const point: ResumePoint = { step, identifier, recipient, maskedRecipient, resendAvailableAt, sendCount, sentWith, preferCode, transaction, linkToo };
  // After a reload too, a resend of a message that went with a check's answer needs a fresh check.
  return next.checkedSend ? { ...point, checkedSend: true } : point;
}

/** What a state change does to the recipient's send history (src/later/send-history.ts). */
export type HistoryChange =
  | { kind: 'sent'; send: SendMode; until: number; transaction: string | null }
  | { kind: 'held'; until: number }
  | { kind: 'spent' }
  | { kind: 'clear' };

/**
 * A message went out (or may have: a lost answer), or the server held the address (429): remembered for the address.
 * Its message died (expired, used, too many tries): no step comes back for it, the hold stays. Signed in: forgotten (the
 * messages were wanted, and a used code must not come back). (Signing out spends the message too: later/session.ts.)
 */
export function historyChange(previous: LoginState, next: LoginState, action: LoginAction): HistoryChange | null {
  if (signedInStep(next) && !signedInStep(previous)) return { kind: 'clear' };
  if (action.type === 'start-succeeded' || action.type === 'start-failed') {
    if (!previous.busy || next.busy) return null;
    if (next.sendCount > previous.sendCount && next.sentWith) return { kind: 'sent', send: next.sentWith, until: next.resendAvailableAt, transaction: next.transaction };
    return next.error?.code === 'rate_limited' ? { kind: 'held', until: next.resendAvailableAt } : null;
  }
  const code = next.error !== previous.error ? next.error?.code : undefined;
  const dead = code === 'code_expired' || code === 'too_many_attempts' || code === 'link_invalid' || code === 'blocked';
  return dead && (action.type === 'verify-failed' || action.type === 'callback-failed') ? { kind: 'spent' } : null;
}
