// Coming back from Auth0 or the server: "Signing you in…" while the sign-in finishes (or the session is checked on
// load); "Signing you out…" if the page signs out meanwhile.
import { html, nothing } from 'lit';
import { messageText } from './message-text.js';
import type { StepTemplate } from './step-view.js';
import type { FirstStepMessages } from '../i18n/locales/en-first-step.js';
import type { PasswordlessMessages } from '../i18n/messages.js';

/** In the entry chunk: it shows while the rest of the element loads for a callback. */
export const callbackStep: StepTemplate<Pick<FirstStepMessages, 'signingIn'> & Partial<Pick<PasswordlessMessages, 'signingOut'>>, unknown> = {
  fields: ({ state, m }) =>
    html`<p part="hint" tabindex="-1" data-autofocus><span class="spinner" aria-hidden="true"></span>${messageText((state.signingOut && m.signingOut) || m.signingIn)}</p>`,
  actions: () => nothing,
};
