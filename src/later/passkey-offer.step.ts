// After a code sign-in, where the account can hold a passkey: what one is, "Create a passkey" (the form's submit) and
// "Not now" (remembered on this device). The person is signed in already; the offer only adds a way back in.
import { html } from 'lit';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

export const passkeyOfferStep: StepTemplate<PasswordlessMessages> = {
  fields: ({ m }) => html`<p part="hint" tabindex="-1" data-autofocus>${bidiText(m.passkeyOfferText)}</p>`,

  actions: ({ state, m, intents }) => html`
    <button part="submit-button" type="submit" aria-disabled=${state.busy ? 'true' : 'false'}>${bidiText(state.busy ? m.passkeyCreating : m.passkeyCreate)}</button>
    <div class="actions">
      <button part="secondary-button" type="button" aria-disabled=${state.busy ? 'true' : 'false'} @click=${intents.declinePasskey}>${bidiText(m.passkeyNotNow)}</button>
    </div>
  `,
};
