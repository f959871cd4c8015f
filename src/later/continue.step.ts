// The sign-in finishes elsewhere, one click away: on Auth0's own page (it sends a new code to the identifier handed
// over), or, for a magic link opened in another browser, here after the person confirms it is theirs; or a magic link
// that lands on this page first, so that mail scanners cannot use it up. The step says where and why; the primary
// button goes.
import { html } from 'lit';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';
import { differentRecipient } from './shared-actions.js';

export const continueStep: StepTemplate<PasswordlessMessages> = {
  fields({ state: { continuation, maskedRecipient }, m }) {
    if (!continuation) return html``;
    const why = {
      'other-browser': () => m.continueOtherBrowser(maskedRecipient),
      'link-landing': () => m.continueLinkLanding(maskedRecipient),
      'cookies-blocked': () => m.continueCookiesBlocked(continuation.host),
      'code-refused': () => m.continueCodeRefused(continuation.host),
    }[continuation.reason]();
    return html`<p part="hint" tabindex="-1" data-autofocus>${bidiText(why)}</p>`;
  },

  actions(view) {
    const { continuation } = view.state;
    return html`
      <button part="submit-button" type="submit" aria-disabled=${view.state.busy ? 'true' : 'false'}>
        ${bidiText(continuation?.to === 'universal-login' ? view.m.continueOn(continuation.host) : view.m.continueHere)}
      </button>
      <div class="actions">${differentRecipient(view)}</div>
    `;
  },
};
