// Signed in: who, when the profile says.
import { html, nothing } from 'lit';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

export const successStep: StepTemplate<PasswordlessMessages> = {
  fields({ state: { user, otherTabToo }, m }) {
    const who = user?.email ?? user?.phone_number;
    return html`<p part="hint" tabindex="-1" data-autofocus>${bidiText(who ? m.signedInAs(String(who)) : m.signedIn)}</p>
      ${otherTabToo ? html`<p part="hint">${bidiText(m.otherTabToo)}</p>` : nothing}`;
  },
  actions: () => nothing,
};
