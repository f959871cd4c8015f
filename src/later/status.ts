// The polite live region, for screen readers: a button's or a step's changed text is not announced, so what they show
// is said here too, and the region itself is visually hidden (nothing shows twice). Progress, then a cooldown,
// announced when it starts and when it ends. Before the later chunk arrives the element says only "Sending…" or
// "Signing you in…" itself.
import { cooldownAnnouncement, progress } from '../flow/machine.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';

export function statusText({ state, m, now }: StepView<PasswordlessMessages>): string {
  const doing = progress(state);
  if (doing) return m[doing];
  if (state.busy || state.step === 'callback') return '';
  const announcement = cooldownAnnouncement(state, now);
  if (!announcement) return '';
  return announcement === 'ready' ? m.resendReady : m.resendIn(announcement.seconds);
}
