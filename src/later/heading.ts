// Each step's own heading. The first step's (and "signing in"'s, which shows before the later chunk arrives) is the
// title; a refusal keeps it too, as it shows it before anything else loads. A page's `header` slot replaces them all.
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';

export function heading({ state, m, settings }: StepView<PasswordlessMessages>): string {
  switch (state.step) {
    case 'code':
      return settings.connection === 'sms' ? m.checkPhoneTitle : m.checkEmailTitle;
    case 'check-email':
      return m.checkEmailTitle;
    case 'continue':
      return m.continueTitle;
    case 'success':
      // A session found on load (a reload, a new tab): the person was here before.
      return state.restored ? m.welcomeBack : m.successTitle;
    case 'passkey-offer':
      return m.passkeyOfferTitle;
    case 'error':
      return state.refused ? m.title : m.errorTitle;
    default:
      return m.title;
  }
}
