// The first step's check that the person is human, as data: when one is asked for, what an arrival, an answer or a
// failure does, and whether a send may go. transition() in machine.ts hands the check's actions here; the controller
// runs the effects (it asks the transport, mounts a provider's widget) and reports their outcomes as these actions.
// In the later chunk with the machine: nothing here runs before the first step can send.
import { loginError, type HumanCheck, type LoginError } from '../model.js';
import type { CheckState, LoginState } from './state.js';

export type CheckAction =
  // Ask for a check, or a fresh one: the flow arrived on the first step, "New picture", "Try again".
  | { type: 'ask-check' }
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
      // Not while a send runs: the answer on screen went with it, and its outcome decides what comes next. (Asked again
      // while asking: the newer question is the one whose answer counts.)
      return state.busy ? state : { ...state, check: asking(check) };

    case 'check-arrived': {
      if (check?.status !== 'asking') return state; // not asked for any more
      const arrived = action.check;
      if (!arrived) {
        // The server has just refused a send for want of a check: "none needed" cannot be right, the ask failed.
        if (checkError(state.error)) return unavailable(state, 'The server asked for a human check, but asking which one failed (the network, or the challenge endpoint).');
        return { ...state, check: null };
      }
      if (arrived.kind === 'picture' && !pictureSource(arrived.image)) {
        return unavailable(state, 'The human check\'s picture is not an image\'s base64 data (data:image/png|gif|jpeg|webp|svg+xml;base64,…): it is not shown.', arrived);
      }
      // A picture is there with its data; a widget's script still loads.
      return { ...state, check: { challenge: arrived, status: arrived.kind === 'picture' ? 'ready' : 'loading', answer: '' } };
    }

    case 'check-ready':
      return check?.status === 'loading' ? { ...state, check: { ...check, status: 'ready' } } : state;

    case 'check-answered': {
      if (!check?.challenge || (check.status !== 'ready' && check.status !== 'loading')) return state;
      // An answer is the check on screen; a send that waited for it (Arkose) goes on (the controller sends).
      const answered: CheckState = { challenge: check.challenge, status: 'ready', answer: action.answer };
      // What was said of the last answer (wrong, missing) no longer applies.
      return { ...state, check: answered, error: checkError(state.error) ? null : state.error };
    }

    case 'check-cleared':
      return check?.challenge ? { ...state, check: { ...check, answer: '', awaiting: false } } : state;

    case 'check-unavailable':
      return check && check.status !== 'unavailable' ? unavailable(state, action.developerHint) : state;
  }
}

function unavailable(state: LoginState, developerHint: string, challenge: HumanCheck | null = state.check?.challenge ?? null): LoginState {
  return { ...state, check: { challenge, status: 'unavailable', answer: '', developerHint } };
}

/**
 * A send with the check needed and not answered sends nothing: `captcha_required` on the check (Arkose instead opens its
 * challenge, and the send goes on once it is answered). Null when the send may go: no check is needed, none is known
 * yet (the server then says whether one was), or it is answered.
 */
export function checkHolds(state: LoginState): LoginState | null {
  const { check } = state;
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

/** The step the flow shows next is the first step, coming from another: a fresh check is asked for. */
export function enteringFirstStep(previous: LoginState, next: LoginState, startedOver: boolean): LoginState {
  // A start over on the first step itself (the site's reset(), after a setting changed) asks again too: the tenant's
  // answer may have changed with it, and the start over dropped the check.
  if (next.step !== 'identify' || (previous.step === 'identify' && !startedOver) || next.refused) return next;
  return { ...next, check: asking(next.check ?? previous.check) };
}
