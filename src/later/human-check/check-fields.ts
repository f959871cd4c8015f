// The human check in the first step (rendered by the later chunk into the entry's template, first-step-extras.ts): a
// fieldset that names the check and holds what answers it (Auth0's picture and its field, or the slot a provider's
// widget shows through: the check's own chunk, ui/check-answer.ts, once it is here), or says why it could not load,
// with a way to try again. That last part is here, as the chunk itself may be what could not load.
import { html, nothing } from 'lit';
import { checkError, pictureSource } from '../../flow/human-check.js';
import { isBusy } from '../../flow/selectors.js';
import type { IdentifyIntents, StepView } from '../../element/step-view.js';
import type { PasswordlessMessages } from '../../i18n/messages.js';
import { bidiText } from '../bidi-text.js';
import { checkUiIfLoaded } from './check-ui-loader.js';

/** Ids of what takes focus when the check is at fault (later/human-check/check-effects.ts). */
export const CHECK_IDS = { fieldset: 'captcha', answer: 'captcha-answer', retry: 'captcha-retry' } as const;

type View = StepView<PasswordlessMessages, IdentifyIntents>;

/**
 * The check, when one is needed or could not load; nothing while the flow only asks whether one is needed, nor until
 * the check's chunk is here (check-effects.ts loads it once there is a check to show, and the element renders again).
 */
export function checkFields(view: View): unknown {
  const { check, error } = view.state;
  if (!check || (!check.challenge && check.status !== 'unavailable')) return nothing;
  const ui = checkUiIfLoaded();
  const available = check.status !== 'unavailable';
  if (available && !ui) return nothing;
  const loading = check.status === 'asking' || check.status === 'loading';
  // The error line names what is wrong with the answer (or its absence): the check is the field at fault.
  const atFault = checkError(error);
  // The error line names the check too when it says, as a notice, that a fresh one comes before sending again.
  const described = atFault || view.state.checkAgain === true;
  const widget = available && check.challenge?.kind === 'widget';
  const source = check.challenge?.kind === 'picture' && check.status === 'ready' ? pictureSource(check.challenge.image) : null;
  return html`
    <fieldset part="captcha" id=${CHECK_IDS.fieldset} tabindex="-1" aria-busy=${loading} aria-describedby=${described && widget ? 'error' : nothing}>
      <legend part="label">${bidiText(view.m.captchaLegend)}</legend>
      ${available ? ui!.checkAnswer(view, { text: bidiText, source, loading, atFault, described, answerId: CHECK_IDS.answer, value: check.answer }) : unavailable(view)}
    </fieldset>
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
