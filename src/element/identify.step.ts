// The first step: the email or phone field, its country selector and typo suggestion, and the send button with the
// countdown of a hold. In the entry chunk: it renders before anything else has loaded.
import { html, nothing } from 'lit';
import { fieldInError, holding, isBusy, nextSendMode, secondsUntilResend } from '../flow/selectors.js';
import type { FirstStepMessages } from '../i18n/locales/en-first-step.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import type { IdentifyIntents, StepTemplate } from './step-view.js';

/** Before the rest of the element arrives only the first step's messages are here; the extras need the others. */
export type IdentifyMessages = FirstStepMessages & Partial<Omit<PasswordlessMessages, 'errors'>>;

export const identifyStep: StepTemplate<IdentifyMessages, IdentifyIntents> = {
  fields({ state, m, settings, intents, countries }) {
    const sms = settings.connection === 'sms';
    const kind = sms ? 'tel' : 'email';
    const invalid = fieldInError(state);
    return html`
      ${sms && countries && m.countryLabel
        ? html`<label part="label" for="country">${m.countryLabel}</label>
            <select part="input country-select" id="country" autocomplete="tel-country-code" @change=${intents.chooseCountry}>
              ${countries.options.map(({ code, label }) => html`<option value=${code} ?selected=${code === countries.selected}>${label}</option>`)}
            </select>`
        : nothing}
      <label part="label" for="identifier">${sms ? m.phoneLabel : m.emailLabel}</label>
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
            ${m.didYouMean(state.suggestion)}
            <button part="secondary-button suggestion-button" type="button" @click=${intents.acceptSuggestion}>${m.useSuggestion}</button>
          </p>`
        : nothing}
      <p part="hint" id="identifier-hint">${sms ? m.phoneHint : nextSendMode(state, settings) === 'link' ? m.emailLinkHint : m.emailHint}</p>
    `;
  },

  actions({ state, m, settings, now }) {
    const busy = isBusy(state);
    const held = holding(state, now);
    return html`
      <button part="submit-button" type="submit" aria-disabled=${busy || held}>
        ${busy ? m.sending : nextSendMode(state, settings) === 'link' ? m.sendLink : m.sendCode}
      </button>
      ${held && m.resendIn ? html`<span part="countdown">${m.resendIn(secondsUntilResend(state, now))}</span>` : nothing}
    `;
  },
};
