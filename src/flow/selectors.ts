// What the element shows, derived from the state and the element's settings: pure functions beside the machine.
import type { LoginStep, SendMode } from '../model.js';
import type { FlowSettings, LoginState } from './state.js';

export type { FlowSettings };

/**
 * Sending is held (first step) while a rate limit, an outage or a message sent moments ago to the address runs its
 * countdown: nothing is sent meanwhile. Editing the address ends it (another address is not held).
 */
export function holding(state: LoginState, now: number): boolean {
  const code = state.error?.code;
  return now < state.resendAvailableAt && (state.alreadySent || code === 'rate_limited' || code === 'service_unavailable');
}

/** The first step's form is hidden: refused, or something else may be due and the rest of the element is not here. */
export function formHidden(state: LoginState): boolean {
  return state.refused || (state.due !== null && state.later !== 'loaded');
}

/** The step on screen: "signing in" while a callback is due and the rest of the element loads, else the state's. */
export function shownStep(state: LoginState): LoginStep {
  return state.due === 'callback' && state.later !== 'loaded' ? 'callback' : state.step;
}

/** The step to claim as a custom state (`:state(code)`); none while a resume record may replace the first step. */
export function claimedStep(state: LoginState): LoginStep | null {
  return state.due === 'resume' && state.later !== 'loaded' ? null : shownStep(state);
}

/** Busy: a request runs, a send waits for the rest of the element, or what is due is still loading. */
export function isBusy(state: LoginState): boolean {
  return state.busy || state.queued || (state.due !== null && state.later === 'loading');
}

/**
 * What the next send asks for: a code once the person asked for one; else a resend sends what the last one did, and a
 * first send what the `send` attribute says (after a failed link, a link: see 'reset' in machine.ts).
 */
export function nextSendMode(state: LoginState, settings: FlowSettings): SendMode {
  return settings.connection === 'sms' || state.preferCode ? 'code' : (state.sentWith ?? settings.send);
}

export function secondsUntilResend(state: LoginState, now: number): number {
  return Math.max(0, Math.ceil((state.resendAvailableAt - now) / 1000));
}

/**
 * The errors of what was typed: a bad address or number (or one of a country the site does not text), a malformed or
 * wrong code, the human check's answer (or none).
 */
const FIELD_ERRORS: ReadonlySet<string> = new Set(['invalid_email', 'invalid_phone_number', 'country_not_allowed', 'invalid_code', 'wrong_code', 'invalid_captcha', 'captcha_required']);

/**
 * The one rule for red: an error marks the field on screen (aria-invalid, and the field's description names it) only
 * when what was typed there is at fault. A service, network or limit error, or a code that died (expired, too many
 * tries), is the sign-in's status: the error line says it and no field turns red. `field: 'identifier'`: only the
 * email or phone field's own errors (the human check's are its own field's: later/human-check/ui/check-answer.ts).
 */
export function fieldInError(state: LoginState, field?: 'identifier'): boolean {
  const code = state.error?.code as string;
  return FIELD_ERRORS.has(code) && !(field && code.includes('captcha'));
}

