// The polite live region, for screen readers: a button's or a step's changed text is not announced, so what they show
// is said here too, and the region itself is visually hidden (nothing shows twice). Progress (also signing out, and
// signed out), a suggestion as it appears, why nothing was sent, then a cooldown, announced when it starts and when it
// ends. Before the later chunk arrives the element says only "Sending…" or "Signing you in…" itself.
import { cooldownAnnouncement, progress } from '../flow/machine.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';

export function statusText({ state, m, now }: StepView<PasswordlessMessages>): string {
  if (state.signingOut) return m.signingOut;
  if (state.step === 'identify' && state.signedOut && !state.busy && !state.queued) return m.signedOut;
  const doing = progress(state);
  if (doing) return m[doing];
  if (state.busy || state.step === 'callback') return '';
  // Shown under the field, where focus is not: said here too, with what the next press does.
  if (state.step === 'identify' && state.suggestion) return `${m.didYouMean(state.suggestion)} ${m.keepAsTyped}`;
  const announcement = cooldownAnnouncement(state, now);
  if (!announcement) return '';
  // The step came back without sending (its hint says so): the message to use is the one already sent.
  if (state.alreadySent && announcement !== 'ready') {
    const why = state.step === 'check-email' ? m.alreadySentLink(state.maskedRecipient) : m.alreadySentCode(state.maskedRecipient);
    return `${why} ${m.resendIn(announcement.seconds)}`;
  }
  // The first step's countdown follows a send that was refused: nothing new is on its way, so it is a retry.
  if (state.step === 'identify') return announcement === 'ready' ? m.tryAgainReady : m.tryAgainIn(announcement.seconds);
  return announcement === 'ready' ? m.resendReady : m.resendIn(announcement.seconds);
}
