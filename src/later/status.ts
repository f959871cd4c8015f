// The polite live region: progress, a suggestion as it appears, why nothing was sent, and a cooldown announced when it
// starts and when it ends. Before the later chunk arrives the element says only "Sending…" or "Signing you in…" itself.
import { html } from 'lit';
import { cooldownAnnouncement } from '../flow/machine.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

const hidden = (text: string) => html`<span class="visually-hidden">${bidiText(text)}</span>`;

export function statusText({ state, m, now }: StepView<PasswordlessMessages>) {
  if (state.step === 'identify' && (state.busy || state.queued)) return bidiText(m.sending);
  // Shown under the field, where focus is not: said here too, with what the next press does.
  if (state.step === 'identify' && state.suggestion) return hidden(`${m.didYouMean(state.suggestion)} ${m.keepAsTyped}`);
  if (state.step === 'code' && state.busy) return bidiText(m.verifying);
  if (state.step === 'callback') return state.error ? '' : bidiText(m.signingIn);
  const announcement = cooldownAnnouncement(state, now);
  // The step came back without sending: the message to use is the one already sent; the countdown is on screen.
  if (state.alreadySent && announcement && announcement !== 'ready') {
    const why = state.step === 'check-email' ? m.alreadySentLink(state.maskedRecipient) : m.alreadySentCode(state.maskedRecipient);
    return html`${bidiText(why)} ${hidden(m.resendIn(announcement.seconds))}`;
  }
  if (!announcement) return '';
  return hidden(announcement === 'ready' ? m.resendReady : m.resendIn(announcement.seconds));
}
