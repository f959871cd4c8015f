// The first step: the email or phone field, its country picker (rendered by the flow) and typo suggestion, and the
// send button with the countdown of a hold. In the entry chunk: it renders before anything else has loaded.
import { html, nothing } from 'lit';
import { fieldInError, holding, isBusy, nextSendMode, secondsUntilResend } from '../flow/selectors.js';
import type { FirstStepMessages } from '../i18n/locales/en-first-step.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { messageText } from './message-text.js';
import type { IdentifyIntents, StepTemplate } from './step-view.js';

/** Before the rest of the element arrives only the first step's messages are here; the extras need the others. */
export type IdentifyMessages = FirstStepMessages & Partial<Omit<PasswordlessMessages, 'errors'>>;

export const identifyStep: StepTemplate<IdentifyMessages, IdentifyIntents> = {
  fields({ state, m, settings, intents, countries }) {
    const sms = settings.connection === 'sms';
    const kind = sms ? 'tel' : 'email';
    const invalid = fieldInError(state);
    return html`
      ${countries?.picker}
      <label part="label" for="identifier">${messageText(sms ? m.phoneLabel : m.emailLabel)}</label>
      <input
        part="input identifier-input"
        id="identifier"
        name=${kind}
        type=${kind}
        autocomplete=${kind}
        inputmode=${kind}
        spellcheck="false"
        autocapitalize="off"
        required
        data-autofocus
        .value=${state.identifier}
        ?readonly=${isBusy(state)}
        aria-invalid=${invalid}
        aria-describedby="identifier-hint ${invalid ? 'error' : ''}"
        @input=${intents.identifierInput}
        @change=${intents.identifierChange}
        @focus=${intents.warmUp}
        @pointerdown=${intents.warmUp}
      />
      ${state.suggestion && m.didYouMean && m.useSuggestion
        ? html`<p part="hint suggestion">
            ${messageText(m.didYouMean(state.suggestion))}
            <button part="secondary-button suggestion-button" type="button" @click=${intents.acceptSuggestion}>${messageText(m.useSuggestion)}</button>
          </p>`
        : nothing}
      <p part="hint" id="identifier-hint">${messageText(sms ? m.phoneHint : nextSendMode(state, settings) === 'link' ? m.emailLinkHint : m.emailHint)}${countries?.example ? html` ${messageText(countries.example)}` : ''}</p>
    `;
  },

  actions({ state, m, settings, now }) {
    const busy = isBusy(state);
    const held = holding(state, now);
    return html`
      <button part="submit-button" type="submit" aria-disabled=${busy || held}>
        ${messageText(busy ? m.sending : nextSendMode(state, settings) === 'link' ? m.sendLink : m.sendCode)}
      </button>
      ${held && m.tryAgainIn ? html`<span part="countdown">${messageText(m.tryAgainIn(secondsUntilResend(state, now)))}</span>` : nothing}
    `;
  },
};
