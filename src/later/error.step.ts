// A failure the form cannot fix: the way forward (start over, a new link, a code instead). The message itself is
// the element's error line.
import { html, nothing } from 'lit';
import { linkRecovery } from '../flow/machine.js';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

export const errorStep: StepTemplate<PasswordlessMessages> = {
  fields: () => nothing,

  actions({ state, m, settings, intents }) {
    const recovery = linkRecovery(state, settings);
    return html`<button part="submit-button" type="submit" data-autofocus>
        ${bidiText(recovery.newLink ? m.sendNewLink : state.error?.code === 'link_invalid' ? m.tryAgain : m.startOver)}
      </button>
      ${recovery.codeInstead
        ? html`<div class="actions">
            <button part="secondary-button" type="button" @click=${intents.useCodeInstead}>${bidiText(m.sendCodeInstead)}</button>
          </div>`
        : nothing}`;
  },
};
