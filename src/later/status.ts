// The polite live region: progress, and a cooldown announced when it starts and when it ends. Before the later chunk
// arrives the element says only "Sending…" or "Signing you in…" itself.
import { html } from 'lit';
import { cooldownAnnouncement } from '../flow/machine.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

export function statusText({ state, m, now }: StepView<PasswordlessMessages>) {
  if (state.step === 'identify' && (state.busy || state.queued)) return bidiText(m.sending);
  if (state.step === 'code' && state.busy) return bidiText(m.verifying);
  if (state.step === 'callback') return state.error ? '' : bidiText(m.signingIn);
  const announcement = cooldownAnnouncement(state, now);
  if (!announcement) return '';
  return html`<span class="visually-hidden">${bidiText(announcement === 'ready' ? m.resendReady : m.resendIn(announcement.seconds))}</span>`;
}
