// What the element says around a step once the later chunk is here: the heading, the status for screen readers, and
// the error line's text (the entry says the first step's and "signing in"'s itself).
import { errorMessageKey } from '../flow/machine.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { heading } from './heading.js';
import { statusText } from './status.js';

export type Words = [heading: string, status: string, error: string | null];

export function words(view: StepView<PasswordlessMessages>): Words {
  const { error } = view.state;
  return [heading(view), statusText(view) || checkStatus(view), error ? view.m.errors[errorMessageKey(error, view.state)] : checkNotice(view)];
}

/**
 * Back on the first step for a fresh check instead of a resend (its answer went with the last send): the error line
 * says the check comes first, in the words of `captcha_required`, as a notice (no error is set, so nothing is red).
 */
function checkNotice({ state, m }: StepView<PasswordlessMessages>): string | null {
  return state.checkAgain && state.step === 'identify' ? m.errors.captcha_required : null;
}

/**
 * The human check's own news, when nothing else is said: a fresh check loading (where the last one was, focus may be
 * elsewhere), or that it could not load. Not the first ask, which shows nothing until a check is known to be needed.
 */
function checkStatus({ state, m }: StepView<PasswordlessMessages>): string {
  const { check } = state;
  if (state.step !== 'identify' || state.busy || !check) return '';
  if (check.status === 'unavailable') return m.captchaUnavailable;
  return check.challenge && (check.status === 'asking' || check.status === 'loading') ? m.captchaLoading : '';
}
