// What the first step shows that only the later chunk brings about, rendered by it into the entry's template (the
// entry holds the field and the button; none of these can happen before the rest of the element is here): "you are
// signed out" above the field, "did you mean …?" under it, why a send was held (a message sent to the address moments
// ago), the human check (human-check/check-fields.ts), and the countdown of a held send.
import { html, nothing } from 'lit';
import { firstStepHold } from '../flow/machine.js';
import { nextSendMode, secondsUntilResend } from '../flow/selectors.js';
import type { IdentifyIntents, StepView } from '../element/step-view.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { bidiText } from './bidi-text.js';
import { checkFields } from './human-check/check-fields.js';
import { offersPasskeys } from '../flow/passkeys.js';

export interface FirstStepExtras {
  /** Above the field (and the country picker). */
  top: unknown;
  /** Right under the field. */
  suggestion: unknown;
  /**
   * After the field's hint, before the error line: why nothing was sent, when it is not an error; then the human check,
   * when one is needed (its errors are the error line's, right under it).
   */
  notice: unknown;
  /** After the send button: the countdown of a held send, then the passkey buttons. */
  afterButton: unknown;
  /** The field's `autocomplete`: with `webauthn` once the site offers passkeys, so its autofill offers them too. */
  autocomplete: string;
}

export function firstStepExtras(view: StepView<PasswordlessMessages, IdentifyIntents>): FirstStepExtras {
  const { state, m, settings, now, intents } = view;
  const hold = firstStepHold(state);
  // The send button's own words: pressing it again is the other choice.
  const send = nextSendMode(state, settings) === 'link' ? m.sendLink : m.sendCode;
  return {
    top: state.signedOut ? html`<p part="hint">${bidiText(m.signedOut)}</p>` : nothing,
    suggestion: state.suggestion
      ? html`<p part="hint suggestion">
          ${bidiText(m.didYouMean(state.suggestion))}
          <button part="secondary-button suggestion-button" type="button" @click=${intents.acceptSuggestion}>${bidiText(m.useSuggestion)}</button>
          ${bidiText(m.keepAsTyped(send))}
        </p>`
      : nothing,
    notice: html`${hold && state.alreadySent ? html`<p part="hint">${bidiText(m.recentlySent(state.maskedRecipient))}</p>` : nothing}${checkFields(view)}`,
    // The countdown says when; once it ends, that sending works again (the error or the notice above stays, and says why).
    afterButton: html`${hold
      ? html`<span part="countdown">${bidiText(now < state.resendAvailableAt ? m.tryAgainIn(secondsUntilResend(state, now)) : m.tryAgainReady)}</span>`
      : nothing}${passkeyButtons(view)}`,
    autocomplete: `${settings.connection === 'sms' ? 'tel' : 'email'}${state.passkeys ? ' webauthn' : ''}`,
  };
}

/** Under the send button, "Sign in with a passkey" and, where the site allows it, "Sign up with a passkey": while the site offers passkeys (the field's autofill offers them too, where the browser can). */
function passkeyButtons({ state, m, intents }: StepView<PasswordlessMessages, IdentifyIntents>): unknown {
  const offer = offersPasskeys(state);
  if (!offer || !intents.passkeySignIn) return nothing;
  const running = state.passkeys?.running;
  const busy = state.busy ? 'true' : 'false';
  return html`<div class="actions">
    <button part="secondary-button passkey-button" type="button" aria-disabled=${busy} @click=${intents.passkeySignIn}>
      ${bidiText(running === 'sign-in' ? m.passkeySigningIn : m.passkeyButton)}
    </button>
    ${offer.signup
      ? html`<button part="secondary-button passkey-signup-button" type="button" aria-disabled=${busy} @click=${intents.passkeySignup}>
          ${bidiText(running === 'sign-up' ? m.passkeySigningIn : m.passkeySignup)}
        </button>`
      : nothing}
  </div>`;
}
