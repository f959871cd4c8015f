// The polite live region: progress (also signing out, and signed out), and a cooldown announced when it starts and when it ends. Before the later chunk
// arrives the element says only "Sending…" or "Signing you in…" itself.
import { html } from 'lit';
import { cooldownAnnouncement } from '../flow/machine.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';

export function statusText({ state, m, now }: StepView<PasswordlessMessages>) {
  if (state.signingOut) return m.signingOut;
  if (state.step === 'identify' && state.signedOut && !state.busy && !state.queued) return m.signedOut;
  if (state.step === 'identify' && (state.busy || state.queued)) return m.sending;
  if (state.step === 'code' && state.busy) return m.verifying;
  if (state.step === 'callback') return state.error ? '' : m.signingIn;
  const announcement = cooldownAnnouncement(state, now);
  if (!announcement) return '';
  return html`<span class="visually-hidden">${announcement === 'ready' ? m.resendReady : m.resendIn(announcement.seconds)}</span>`;
}
