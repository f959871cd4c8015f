// The link step: "we sent a sign-in link to …", resend, a code instead (SPA mode), a different address.
import { html, nothing } from 'lit';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';
import { differentRecipient, resend } from './shared-actions.js';

export const checkEmailStep: StepTemplate<PasswordlessMessages> = {
  fields({ state: { uncertain, alreadySent, maskedRecipient }, m }) {
    return html`
      <p part="hint" tabindex="-1" data-autofocus>${bidiText(alreadySent ? m.alreadySentLink(maskedRecipient) : uncertain ? m.maybeSentLink(maskedRecipient) : m.linkSentTo(maskedRecipient))}</p>
      <p part="hint">${bidiText(m.checkEmailHint)}</p>
    `;
  },

  actions(view) {
    return html`
      <div class="actions">${resend(view)}</div>
      ${view.settings.backend
        ? nothing /* in backend mode the server decides what is sent */
        : html`<div class="actions">
            <button part="secondary-button" type="button" @click=${view.intents.sendCodeInstead}>${bidiText(view.m.sendCodeInstead)}</button>
          </div>`}
      <div class="actions">${differentRecipient(view)}</div>
    `;
  },
};
