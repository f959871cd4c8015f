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
  return [heading(view), statusText(view), error && view.m.errors[errorMessageKey(error, view.state)]];
}
