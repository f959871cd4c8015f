// The polite live region, for screen readers: a button's or a step's changed text is not announced, so what they show
// is said here too, and the region itself is visually hidden (nothing shows twice). Progress (also signing out, on its
// button), "you are signed out" (above the field), a suggestion as it appears, why nothing was sent, then a cooldown,
// announced when it starts and when it ends. Before the later chunk arrives the element says only "Sending…" or
// "Signing you in…" itself.
import { cooldownAnnouncement, firstStepHold, progress } from '../flow/machine.js';
import { nextSendMode } from '../flow/selectors.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';

export function statusText({ state, m, now, settings }: StepView<PasswordlessMessages>): string {
  const doing = progress(state);
  if (doing) return m[doing];
  if (state.busy || state.step === 'callback') return '';
  // Shown under the field, where focus is not: said here too, with what the next press does.
  if (state.step === 'identify' && state.suggestion) {
    return `${m.didYouMean(state.suggestion)} ${m.keepAsTyped(nextSendMode(state, settings) === 'link' ? m.sendLink : m.sendCode)}`;
  }
  if (state.step === 'identify') {
    // The first step's countdown follows a send that was held: nothing new is on its way, so it is a retry.
    const announcement = firstStepHold(state) ? cooldownAnnouncement(state, now) : null;
    if (!announcement) return state.signedOut ? m.signedOut : '';
    if (announcement === 'ready') return m.tryAgainReady;
    // Why, when it is no error (the error line says it otherwise, to screen readers too).
    return `${state.alreadySent ? `${m.recentlySent(state.maskedRecipient)} ` : ''}${m.tryAgainIn(announcement.seconds)}`;
  }
  const announcement = cooldownAnnouncement(state, now);
  if (!announcement) return '';
  // The step came back without sending (its hint says so): the message to use is the one already sent.
  if (state.alreadySent && announcement !== 'ready') {
    const why = state.step === 'check-email' ? m.alreadySentLink(state.maskedRecipient) : m.alreadySentCode(state.maskedRecipient);
    return `${why} ${m.resendIn(announcement.seconds)}`;
  }
  return announcement === 'ready' ? m.resendReady : m.resendIn(announcement.seconds);
}
