// Signed in: who, when the profile says (the heading says "welcome back" for a session found on load), and "Sign out"
// when the site asks for it (the sign-out-button attribute), which says "Signing you out…" while it runs.
import { html, nothing } from 'lit';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';

export const successStep: StepTemplate<PasswordlessMessages> = {
  fields({ state: { user, otherTabToo, passkeyCreated }, m }) {
    const who = user?.email ?? user?.phone_number;
    return html`<p part="hint" tabindex="-1" data-autofocus>${bidiText(who ? m.signedInAs(String(who)) : m.signedIn)}</p>
      ${otherTabToo ? html`<p part="hint">${bidiText(m.otherTabToo)}</p>` : nothing}
      ${passkeyCreated ? html`<p part="hint">${bidiText(m.passkeyCreated)}</p>` : nothing}`;
  },
  actions: ({ state, m, intents }) =>
    intents.offersSignOut()
      ? html`<div class="actions">
          <button part="secondary-button sign-out-button" type="button" aria-disabled=${state.busy ? 'true' : 'false'} @click=${intents.signOut}>
            ${bidiText(state.signingOut ? m.signingOut : m.signOut)}
          </button>
        </div>`
      : nothing,
};
