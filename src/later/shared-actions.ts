// Buttons more than one step shows: resend with its countdown, and "use a different email/number".
import { html, nothing } from 'lit';
import { nextSendMode, secondsUntilResend } from '../flow/selectors.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

/** Resend, as a link-style button, or as the step's main button when only a new message can help (a dead code). */
export function resend({ state, m, settings, now, intents }: StepView<PasswordlessMessages>, main = false) {
  const wait = secondsUntilResend(state, now);
  const words = bidiText(nextSendMode(state, settings) === 'link' ? m.sendNewLink : m.resend);
  const held = state.busy || wait > 0 ? 'true' : 'false';
  return html`
    ${main
      ? html`<button part="submit-button" type="submit" aria-disabled=${held}>${state.busy ? bidiText(m.sending) : words}</button>`
      : html`<button part="secondary-button" type="button" aria-disabled=${held} @click=${intents.resend}>${words}</button>`}
    ${wait > 0 ? html`<span part="countdown">${bidiText(m.resendIn(wait))}</span>` : nothing}
  `;
}

export function differentRecipient({ m, settings, intents }: StepView<PasswordlessMessages>) {
  return html`<button part="secondary-button" type="button" @click=${intents.back}>
    ${bidiText(settings.connection === 'sms' ? m.useDifferentPhone : m.useDifferentEmail)}
  </button>`;
}
