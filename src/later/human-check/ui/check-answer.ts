// What answers the human check inside its fieldset (later/human-check/check-fields.ts, which names the check and says
// when it could not load): Auth0's picture and its field, or the slot a provider's widget shows through. The picture is
// only ever an image element whose src is an image's own data, which the later chunk checked (pictureSource).
import { html, nothing } from 'lit';
import { isBusy } from '../../../flow/selectors.js';
import type { IdentifyIntents, StepView } from '../../../element/step-view.js';
import type { PasswordlessMessages } from '../../../i18n/messages.js';

/**
 * The light-DOM child a provider's widget renders into (the providers look their widgets up in the document); the
 * element's shadow root shows it through the slot of the same name, inside the check's fieldset.
 */
export const WIDGET_SLOT = 'passwordless-captcha';

type View = StepView<PasswordlessMessages, IdentifyIntents>;

/** What the fieldset decided, handed in: this chunk imports nothing of the later chunk (test/e2e/lazy-chunks.test.js). */
export interface AnswerView {
  /** The later chunk's bidiText: a message as text, its left-to-right runs isolated. */
  text(message: string): unknown;
  /** The picture's data when it is ready and is an image's own data, else null (a fresh one is coming). */
  source: string | null;
  /** The check is being asked for, or its widget loads. */
  loading: boolean;
  /** The error line is about the answer (or its absence). */
  atFault: boolean;
  /** The error line names the check (its fault, or the notice that a fresh one comes before sending again). */
  described: boolean;
  /** The answer field's id (the focus goes there when the check is at fault). */
  answerId: string;
  /** The typed answer (after each render the controller puts it back where typing changed it: a cleared answer clears the field). */
  value: unknown;
}

/** The picture and its field, or the provider's widget (with "loading" while it loads). */
export function checkAnswer(view: View, answer: AnswerView): unknown {
  const { challenge } = view.state.check ?? {};
  if (challenge?.kind !== 'widget') return picture(view, answer);
  return html`
    ${answer.loading ? html`<p part="hint">${answer.text(view.m.captchaLoading)}</p>` : nothing}
    <slot name=${WIDGET_SLOT}></slot>
  `;
}

function picture({ state, m, intents }: View, { text, source, atFault, described, answerId, value }: AnswerView): unknown {
  const check = state.check!;
  const math = check.challenge?.kind === 'picture' && check.challenge.answer === 'math';
  const busy = isBusy(state);
  // A picture the browser does not show (the page's CSP refuses data: images, or its data does not decode) is reported
  // (@error): the check could not load, with a way to try again.
  return html`
    <div class="captcha-picture">
      ${source
        ? html`<img part="captcha-image" src=${source} alt=${m.captchaImageAlt} @error=${() => intents.pictureFailed?.(source)} />`
        : html`<p part="hint" class="captcha-image-waiting">${text(m.captchaLoading)}</p>`}
      <button part="secondary-button captcha-new-picture" type="button" aria-disabled=${busy} @click=${() => !busy && intents.newCheck?.()}>
        ${text(m.captchaNewPicture)}
      </button>
    </div>
    <label part="label" for=${answerId}>${text(math ? m.captchaMathLabel : m.captchaCodeLabel)}</label>
    <input
      part="input captcha-input"
      id=${answerId}
      name="captcha"
      type="text"
      inputmode=${math ? 'numeric' : 'text'}
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      .value=${value}
      ?readonly=${busy}
      aria-invalid=${atFault}
      aria-describedby=${described ? 'error' : nothing}
      @input=${intents.checkInput}
    />
  `;
}
