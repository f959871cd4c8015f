// The human check in the first step (rendered by the later chunk into the entry's template, first-step-extras.ts): a
// fieldset with Auth0's picture and its answer, or the slot a provider's widget shows through, or why it could not
// load and a way to try again. The picture is only ever an image element whose src is an image's own data.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkError, pictureSource } from '../../flow/human-check.js';
import { isBusy } from '../../flow/selectors.js';
import type { CheckState } from '../../flow/state.js';
import type { IdentifyIntents, StepView } from '../../element/step-view.js';
import type { PasswordlessMessages } from '../../i18n/messages.js';
import { bidiText } from '../bidi-text.js';

/**
 * The light-DOM child a provider's widget renders into (the providers look their widgets up in the document); the
 * element's shadow root shows it through the slot of the same name, inside the check's fieldset.
 */
export const WIDGET_SLOT = 'passwordless-captcha';

/** Ids of what takes focus when the check is at fault (later/human-check/check-effects.ts). */
export const CHECK_IDS = { fieldset: 'captcha', answer: 'captcha-answer', retry: 'captcha-retry' } as const;

type View = StepView<PasswordlessMessages, IdentifyIntents>;

/** The check, when one is needed or could not load; nothing while the flow only asks whether one is needed. */
export function checkFields(view: View): unknown {
  const { check } = view.state;
  if (!check || (!check.challenge && check.status !== 'unavailable')) return nothing;
  const loading = check.status === 'asking' || check.status === 'loading';
  // The error line names what is wrong with the answer (or its absence): the check is the field at fault.
  const atFault = checkError(view.state.error);
  // The error line names the check too when it says, as a notice, that a fresh one comes before sending again.
  const described = atFault || view.state.checkAgain === true;
  const widget = check.status !== 'unavailable' && check.challenge?.kind === 'widget';
  return html`
    <fieldset part="captcha" id=${CHECK_IDS.fieldset} tabindex="-1" aria-busy=${loading} aria-describedby=${described && widget ? 'error' : nothing}>
      <legend part="label">${bidiText(view.m.captchaLegend)}</legend>
      ${check.status === 'unavailable' ? unavailable(view) : widget ? widgetPlace(view, loading) : picture(view, check, atFault, described)}
    </fieldset>
  `;
}

function picture({ state, m, intents }: View, check: CheckState, atFault: boolean, described: boolean): unknown {
  const source = check.challenge?.kind === 'picture' && check.status === 'ready' ? pictureSource(check.challenge.image) : null;
  const math = check.challenge?.kind === 'picture' && check.challenge.answer === 'math';
  const busy = isBusy(state);
  // A picture the browser does not show (the page's CSP refuses data: images, or its data does not decode) is reported
  // (@error): the check could not load, with a way to try again.
  return html`
    <div class="captcha-picture">
      ${source
        ? html`<img part="captcha-image" src=${source} alt=${m.captchaImageAlt} @error=${() => intents.pictureFailed?.(source)} />`
        : html`<p part="hint" class="captcha-image-waiting">${bidiText(m.captchaLoading)}</p>`}
      <button part="secondary-button captcha-new-picture" type="button" aria-disabled=${busy} @click=${() => !busy && intents.newCheck?.()}>
        ${bidiText(m.captchaNewPicture)}
      </button>
    </div>
    <label part="label" for=${CHECK_IDS.answer}>${bidiText(math ? m.captchaMathLabel : m.captchaCodeLabel)}</label>
    <input
      part="input captcha-input"
      id=${CHECK_IDS.answer}
      name="captcha"
      type="text"
      inputmode=${math ? 'numeric' : 'text'}
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      .value=${live(check.answer)}
      ?readonly=${busy}
      aria-invalid=${atFault}
      aria-describedby=${described ? 'error' : nothing}
      @input=${intents.checkInput}
    />
  `;
}

function widgetPlace({ m }: View, loading: boolean): unknown {
  return html`
    ${loading ? html`<p part="hint">${bidiText(m.captchaLoading)}</p>` : nothing}
    <slot name=${WIDGET_SLOT}></slot>
  `;
}

/** Why there is no check to answer, and the way on: ask again (the network may be back, the provider reachable). */
function unavailable({ state, m, intents }: View): unknown {
  const busy = isBusy(state);
  return html`
    <p part="hint" id="captcha-unavailable">${bidiText(m.captchaUnavailable)}</p>
    <button
      part="secondary-button"
      id=${CHECK_IDS.retry}
      type="button"
      aria-disabled=${busy}
      aria-describedby="captcha-unavailable"
      @click=${() => !busy && intents.newCheck?.()}
    >
      ${bidiText(m.tryAgain)}
    </button>
  `;
}
