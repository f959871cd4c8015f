// The code step: "we sent a code to …", the code field drawn as N boxes, sign in, resend, a different address.
import { html, nothing } from 'lit';
import { progress } from '../flow/machine.js';
import { fieldInError } from '../flow/selectors.js';
import type { StepTemplate } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { codeDead, codeRejected, type LoginState } from '../flow/machine.js';
import { bidiText } from './bidi-text.js';
import { differentRecipient, resend } from './shared-actions.js';

export const codeStep: StepTemplate<PasswordlessMessages> = {
  fields({ state, m, settings, intents }) {
    const { code, busy, uncertain, alreadySent, maskedRecipient, linkToo } = state;
    const invalid = fieldInError(state);
    return html`
      <p part="hint" id="sent-to">${bidiText(alreadySent ? m.alreadySentCode(maskedRecipient) : uncertain ? m.maybeSentCode(maskedRecipient) : m.codeSentTo(maskedRecipient))}</p>
      <label part="label" for="code">${bidiText(m.codeLabel)}</label>
      <div class="code-field">
        <input
          part="input code-input"
          id="code"
          name="code"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          spellcheck="false"
          required
          data-autofocus
          .value=${code}
          ?readonly=${busy}
          aria-invalid=${invalid}
          aria-describedby="sent-to code-hint ${invalid ? 'error' : ''}"
          @input=${intents.codeInput}
        />
        ${codeBoxes(code, settings.codeLength, codeRejected(state))}
      </div>
      <p part="hint" id="code-hint">${bidiText(m.codeHint(settings.codeLength, newestOnly(state)))}</p>
      ${linkToo ? html`<p part="hint">${bidiText(m.checkEmailHint)}</p>` : nothing}
    `;
  },

  actions(view) {
    const { busy } = view.state;
    // A dead code (tries used up, expired): a new code is the way on, so it is the main button (Enter sends it).
    if (codeDead(view.state)) {
      return html`
        <div class="actions main-action" id="resend">${resend(view, true)}</div>
        <div class="actions">${differentRecipient(view)}</div>
      `;
    }
    // While a new code is being sent the button waits without claiming to check one.
    const verifying = progress(view.state) === 'verifying';
    return html`
      <button part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${bidiText(verifying ? view.m.verifying : view.m.verify)}</button>
      <div class="actions" id="resend">${resend(view)}</div>
      <div class="actions">${differentRecipient(view)}</div>
    `;
  },
};

/**
 * "Only the most recent code works" is news only once a second message went to this address (a resend, a code after
 * a link, or sends this browser made before: sendCount follows the per-address history, src/later/send-history.ts).
 */
function newestOnly(state: LoginState): boolean {
  return state.sendCount > 1;
}

/**
 * The one real input is drawn as N boxes; screen readers, autofill and paste only ever see the input. A code the
 * server called wrong is drawn selected (`code-box-selected`), as the input's text is: typing replaces all of it.
 */
function codeBoxes(code: string, length: number, selected: boolean) {
  // All selected: there is no one box the next digit goes in.
  const active = selected ? -1 : Math.min(code.length, length - 1);
  return html`<div class="code-boxes" aria-hidden="true">
    ${Array.from({ length }, (_, i) => {
      const filled = i < code.length;
      const names = ['code-box', filled ? 'code-box-filled' : '', i === active ? 'code-box-active' : '', filled && selected ? 'code-box-selected' : ''];
      return html`<span part=${names.filter(Boolean).join(' ')}>${code[i] ?? ''}</span>`;
    })}
  </div>`;
}
