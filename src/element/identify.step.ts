// The first step: the email or phone field and the send button. In the entry chunk: it renders before anything else
// has loaded. What only the rest of the element brings about (the country picker, a typo suggestion, "you are signed
// out", a held send's countdown) the later chunk renders into it (later/first-step-extras.ts).
import { html } from 'lit';
import { fieldInError, holding, isBusy, nextSendMode } from '../flow/selectors.js';
import type { FirstStepMessages } from '../i18n/locales/en-first-step.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { laterIfLoaded } from './later-loader.js';
import { messageText } from './message-text.js';
import type { IdentifyIntents, StepTemplate, StepView } from './step-view.js';

/** Before the rest of the element arrives only the first step's messages are here; the extras need the others. */
export type IdentifyMessages = FirstStepMessages & Partial<Omit<PasswordlessMessages, 'errors'>>;

/**
 * The later chunk's extras for this render, once it is here. Each shows only in a state the rest of the element
 * brought about, when all the messages are here too (before, `m` holds only the first step's).
 */
const extras = (view: StepView<IdentifyMessages, IdentifyIntents>) => laterIfLoaded()?.firstStepExtras(view as StepView<PasswordlessMessages, IdentifyIntents>);

export const identifyStep: StepTemplate<IdentifyMessages, IdentifyIntents> = {
  fields(view) {
    const { state, m, settings, intents, countries } = view;
    const sms = settings.connection === 'sms';
    const kind = sms ? 'tel' : 'email';
    const invalid = fieldInError(state, 'identifier');
    const later = extras(view);
    return html`
      ${later?.top}
      ${countries?.picker}
      <label part="label" for="identifier">${messageText(sms ? m.phoneLabel : m.emailLabel)}</label>
      <input
        part="input identifier-input"
        id="identifier"
        name=${kind}
        type=${kind}
        autocomplete=${later?.autocomplete ?? kind}
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
      ${later?.suggestion}
      <p part="hint" id="identifier-hint">${messageText(sms ? m.phoneHint : nextSendMode(state, settings) === 'link' ? m.emailLinkHint : m.emailHint)}${countries?.example ? html` ${messageText(countries.example)}` : ''}</p>
      ${later?.notice}
    `;
  },

  actions(view) {
    const { state, m, settings, now } = view;
    const busy = isBusy(state);
    return html`
      <button part="submit-button" type="submit" aria-disabled=${busy || holding(state, now)}>
        ${messageText(busy ? (state.signingOut && m.signingOut) || m.sending : nextSendMode(state, settings) === 'link' ? m.sendLink : m.sendCode)}
      </button>
      ${extras(view)?.afterButton}
    `;
  },
};
