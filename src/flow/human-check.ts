// The first step's check that the person is human, as data: when one is asked for, what an arrival, an answer or a
// failure does, and whether a send may go. transition() in machine.ts hands the check's actions here; the controller
// runs the effects (it asks the transport, mounts a provider's widget) and reports their outcomes as these actions.
// In the later chunk with the machine: nothing here runs before the first step can send.
import { loginError, type HumanCheck, type LoginError } from '../model.js';
import type { CheckState, LoginState } from './state.js';

export type CheckAction =
  // Ask for a fresh check: "New picture", "Try again", the site's reset().
  | { type: 'ask-check' }
  // The person turned to the first step (its first focus or input), or it holds what was typed before the flow came:
  // whether a check is needed is asked now, unless it was already. Never before: every ask goes to Auth0's
  // /passwordless/challenge (or the site's server) with the visitor's address, and counts against its limits.
  | { type: 'ask-check-once' }
  // The transport's answer: the check to show, or null when none is needed.
  | { type: 'check-arrived'; check: HumanCheck | null }
  // A provider's widget is on screen.
  | { type: 'check-ready' }
  // The typed characters of a picture, or a provider's token.
  | { type: 'check-answered'; answer: string }
  // The provider's token expired, or its widget reset itself: it must be solved again.
  | { type: 'check-cleared' }
  // It cannot be shown: its script did not load, the transport cannot name it (an unknown provider).
  | { type: 'check-unavailable'; developerHint: string };

/**
 * Only an image's own data, in a format an image element decodes, is ever shown: never markup, never a URL to fetch
 * (which would tell a third party who looks at the page, and which the page's Content-Security-Policy would refuse).
 */
const PICTURE_DATA = /^data:image\/(?:png|gif|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The picture's `src`, or null when it is anything but an image's base64 data. */
export function pictureSource(image: unknown): string | null {
  return typeof image === 'string' && PICTURE_DATA.test(image) ? image : null;
}

/** The errors the check's answer (or its absence) is at fault for. */
export function checkError(error: LoginError | null): boolean {
  return error?.code === 'captcha_required' || error?.code === 'invalid_captcha';
}

/** A (fresh) check is being asked for: the last one's kind stays, so that its place shows "loading" meanwhile. */
export function asking(check: CheckState | null | undefined): CheckState {
  return { challenge: check?.challenge ?? null, status: 'asking', answer: '' };
}

export function checkTransition(state: LoginState, action: CheckAction): LoginState {
  const { check } = state;
  // Only the first step has a check. (An answer that arrives while a send runs is kept for the next send.)
  if (state.step !== 'identify') return state;
  switch (action.type) {
    case 'ask-check':
      // Not while a send runs: the answer on screen went with it, and its outcome decides what comes next. Nor while a
      // send waits for this very question's answer. (Asked again while asking: the newer question's answer counts.)
      return state.busy || waitsForAnswer(check) ? state : { ...state, check: asking(check) };

    case 'ask-check-once':
      // `undefined`: never asked on this first step (null: asked, and none is needed).
      return state.busy || check !== undefined ? state : { ...state, check: asking(null) };

    case 'check-arrived': {
      if (check?.status !== 'asking') return state; // not asked for any more
      const arrived = action.check;
      // A send that waited for this answer goes on (the controller sends again: the check then says what it needs).
      const resumed = waitsForAnswer(check) ? { ...state, queued: false } : state;
      if (!arrived) {
        // The server has just refused a send for want of a check: "none needed" cannot be right, the ask failed.
        if (checkError(state.error)) return unavailable(resumed, 'The server asked for a human check, but asking which one failed (the network, or the challenge endpoint).');
        // None needed after all: nothing is left to do before sending, so nothing is said of a check.
        return { ...noticeGone(resumed), check: null };
      }
      if (arrived.kind === 'picture' && !pictureSource(arrived.image)) {
        return unavailable(resumed, 'The human check\'s picture is not an image\'s base64 data (data:image/png|gif|jpeg|webp|svg+xml;base64,…): it is not shown.', arrived);
      }
      // A picture is there with its data; a widget's script still loads.
      return { ...resumed, check: { challenge: arrived, status: arrived.kind === 'picture' ? 'ready' : 'loading', answer: '' } };
    }

    case 'check-ready':
      return check?.status === 'loading' ? { ...state, check: { ...check, status: 'ready' } } : state;

    case 'check-answered': {
      if (!check?.challenge || (check.status !== 'ready' && check.status !== 'loading')) return state;
      // An answer is the check on screen; a send that waited for it (Arkose) goes on (the controller sends).
      const answered: CheckState = { challenge: check.challenge, status: 'ready', answer: action.answer };
      // What was said of the last answer (wrong, missing) or of the need for a fresh one no longer applies.
      return { ...noticeGone(state), check: answered, error: checkError(state.error) ? null : state.error };
    }

    case 'check-cleared':
      return check?.challenge ? { ...state, check: { ...check, answer: '', awaiting: false } } : state;

    case 'check-unavailable':
      if (!check || check.status === 'unavailable') return state;
      // A send that waited for the ask's answer goes on, and is told the check could not load.
      return unavailable(waitsForAnswer(check) ? { ...state, queued: false } : state, action.developerHint);
  }
}

/** Without the notice that a fresh check comes before sending again (backForCheck). */
export function noticeGone(state: LoginState): LoginState {
  return state.checkAgain ? { ...state, checkAgain: false } : state;
}

/** A send waits for the answer to the question on its way (whether a check is needed, and which). */
function waitsForAnswer(check: CheckState | null | undefined): boolean {
  return check?.status === 'asking' && check.awaiting === true;
}

/**
 * A send waited for whether a check is needed, and the answer is here (or could not come): the controller sends again,
 * and the machine then sends, or says what the check needs.
 */
export function waitedSendGoesOn(previous: LoginState, next: LoginState): boolean {
  return waitsForAnswer(previous.check) && !waitsForAnswer(next.check) && next.step === 'identify' && !next.busy && !next.queued;
}

function unavailable(state: LoginState, developerHint: string, challenge: HumanCheck | null = state.check?.challenge ?? null): LoginState {
  return { ...state, check: { challenge, status: 'unavailable', answer: '', developerHint } };
}

/**
 * A send with the check needed and not answered sends nothing: `captcha_required` on the check (Arkose instead opens its
 * challenge, and the send goes on once it is answered). Before it is known whether one is needed (never asked, or the
 * question on its way), the send waits for the answer, busy meanwhile: a send certain to be refused is never made
 * (Auth0 counts it as a failure, the site's server as a suspect). Null when the send may go: no check is needed, or it
 * is answered.
 */
export function checkHolds(state: LoginState): LoginState | null {
  const { check } = state;
  if (check === undefined || (check?.status === 'asking' && !check.challenge)) {
    // Asked now when it was not yet (the controller asks for a fresh `asking` check; not again for this same one).
    return { ...state, queued: true, error: null, check: { ...(check ?? asking(null)), awaiting: true } };
  }
  if (!check || (!check.challenge && check.status !== 'unavailable')) return null;
  if (check.status === 'ready' && check.answer.trim()) return null;
  const { challenge } = check;
  if (check.status === 'ready' && challenge?.kind === 'widget' && challenge.provider === 'arkose') {
    return { ...state, queued: false, error: null, check: { ...check, awaiting: true } };
  }
  const developerHint = check.status === 'unavailable' ? check.developerHint : 'The human check is not answered yet: nothing was sent.';
  return { ...state, queued: false, error: loginError('captcha_required', { developerHint }) };
}

/**
 * A start the server refused for the check (a wrong or old answer, or none): the first step, what was typed kept, the
 * answer cleared and a fresh check asked for. A refusal of an answer never given is a missing answer, not a wrong one.
 */
export function refusedForCheck(state: LoginState, error: LoginError): LoginState {
  const missing = error.code === 'invalid_captcha' && !state.check?.answer.trim();
  return {
    ...state,
    step: 'identify',
    busy: false,
    code: '',
    error: missing ? { ...error, code: 'captcha_required' } : error,
    check: asking(state.check),
  };
}

/**
 * The step the flow shows next is the first step, coming from another: a fresh check is asked for. Not when it comes
 * instead of "signing in" on load because nobody was signed in: that is the first step of a page view, which asks
 * once the person turns to it (`ask-check-once`).
 */
export function enteringFirstStep(previous: LoginState, next: LoginState, action: string): LoginState {
  // A start over on the first step itself (the site's reset(), after a setting changed) asks again too: the tenant's
  // answer may have changed with it, and the start over dropped the check.
  if (next.step !== 'identify' || (previous.step === 'identify' && action !== 'reset') || next.refused || action === 'session-absent') return next;
  return { ...next, check: asking(next.check ?? previous.check) };
}

/**
 * Whether a resend (or "send me a code instead") needs a fresh check: the message on screen went with a check's
 * answer, which was good for that one send (a provider's token once, Auth0's picture for one try). A resend without
 * one would be refused for certain.
 */
export function resendNeedsCheck(state: LoginState): boolean {
  return state.checkedSend === true;
}

/**
 * Instead of a resend certain to be refused: the first step, what was typed kept, a fresh check asked for (on entering
 * the first step, see enteringFirstStep) and, as a notice rather than an error (nothing went wrong), that the check
 * comes before sending again. Nothing is sent: the person answers the check, then sends.
 */
export function backForCheck(state: LoginState, patch: Partial<LoginState> = {}): LoginState {
  return { ...state, ...patch, step: 'identify', busy: false, code: '', error: null, alreadySent: false, checkAgain: true };
}

/** Whether the send that brings the code or link step carried a check's answer (the first step's send). */
export function sentWithCheck(state: LoginState): boolean {
  return state.step === 'identify' ? !!state.check?.answer.trim() : state.checkedSend === true;
}

/**
 * A start that failed for another reason than the check (a limit, an outage, a blocked address, a country not texted)
 * still spent its answer: a provider's token is good once, Auth0's picture is used up by any try. So a fresh check
 * is asked for (a widget resets, a new picture comes), what was typed and the failure's own words kept. Not after a
 * network error: the request may not have reached the server (or only its answer was lost), and a retry takes the
 * same answer (the server says if it is spent).
 */
export function spendAnswer(state: LoginState, error: LoginError): LoginState {
  if (error.code === 'network' || state.step !== 'identify' || !state.check?.answer.trim()) return state;
  return { ...state, check: asking(state.check) };
}
