// The later chunk's entry: everything of the element past its first render, loaded once the browser is idle, when
// the field gets focus, or at once when something other than the first step is due. The element imports this file
// only dynamically; nothing here imports the element.
import type { LoginStep } from '../model.js';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { checkEmailStep } from './check-email.step.js';
import { codeStep } from './code.step.js';
import { continueStep } from './continue.step.js';
import { errorStep } from './error.step.js';
import { successStep } from './success.step.js';
import { passkeyOfferStep } from './passkey-offer.step.js';

export { FlowController, type FlowPort } from './flow.controller.js';
export { errorMessageKey, transition } from '../flow/machine.js';
export { words } from './words.js';
export { bidiText } from './bidi-text.js';
export { firstStepExtras } from './first-step-extras.js';

/** The styles of the later steps, added to the element's own when they load (the SMS country picker's come with the
 * phone chunk: input/phone.chunk.ts). */
export { stepStyles } from './steps.styles.js';

/** The template of every step after the first (the first and "signing in" are the entry's). */
export const laterSteps: Record<Exclude<LoginStep, 'identify' | 'callback'>, StepTemplate<PasswordlessMessages>> = {
  code: codeStep,
  'check-email': checkEmailStep,
  continue: continueStep,
  success: successStep,
  'passkey-offer': passkeyOfferStep,
  error: errorStep,
};
