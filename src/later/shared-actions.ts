// Buttons more than one step shows: resend with its countdown, and "use a different email/number".
import { html, nothing } from 'lit';
import { nextSendMode, secondsUntilResend } from '../flow/selectors.js';
import type { StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

export function resend({ state, m, settings, now, intents }: StepView<PasswordlessMessages>) {
  const wait = secondsUntilResend(state, now);
  return html`
    <button part="secondary-button" type="button" aria-disabled=${state.busy || wait > 0 ? 'true' : 'false'} @click=${intents.resend}>
      ${bidiText(nextSendMode(state, settings) === 'link' ? m.sendNewLink : m.resend)}
    </button>
    ${wait > 0 ? html`<span part="countdown">${bidiText(m.resendIn(wait))}</span>` : nothing}
  `;
}

export function differentRecipient({ m, settings, intents }: StepView<PasswordlessMessages>) {
  return html`<button part="secondary-button" type="button" @click=${intents.back}>
    ${bidiText(settings.connection === 'sms' ? m.useDifferentPhone : m.useDifferentEmail)}
  </button>`;
}
