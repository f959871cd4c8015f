import { css } from 'lit';

// The styles of every step after the first (and of the first step's extras: country, suggestion, countdown), added to
// the element's own when they load. They use the private --_* variables resolved in passwordless-login.styles.ts.
export const stepStyles = css`
  /* Messages that receive focus on a step change (tabindex=-1) are not controls: no focus ring. */
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  /* Codes, email addresses and phone numbers read left to right in every language: their fields keep left-to-right
     text and alignment in a right-to-left page, while labels and hints follow the page. */
  .code-field,
  input:is([type='email'], [type='tel']) {
    direction: ltr;
  }
  .code-field {
    position: relative;
  }
  /* The real input sits over the boxes, invisible but focusable, clickable and selectable; the boxes show its state
     (an invalid code too: a border of its own would draw lines joining them). */
  [part~='code-input'],
  [part~='code-input'][aria-invalid='true'] {
    position: absolute;
    inset: 0;
    height: 100%;
    color: transparent;
    caret-color: transparent;
    background: transparent;
    border-color: transparent;
    font-size: 1.25em;
  }
  [part~='code-input']::selection {
    background: transparent;
  }
  .code-boxes {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: calc(var(--_spacing) * 0.5);
  }
  [part~='code-box'] {
    display: grid;
    place-items: center;
    min-height: 3em;
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='code-input'][aria-invalid='true'] + .code-boxes [part~='code-box'] {
    border-color: var(--_danger);
  }
  /* A code the server called wrong is all selected: typing replaces it. Drawn like a text selection. */
  [part~='code-box-selected'] {
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
  }
  @media (forced-colors: active) {
    [part~='code-box-selected'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
  /* The code field is invisible: its focus indicator is drawn on the box the next digit goes in (on every box while
     a wrong code is selected, since typing replaces all of them). */
  [part~='code-input']:focus-visible {
    box-shadow: none;
  }
  [part~='code-input']:focus-visible + .code-boxes :is([part~='code-box-active'], [part~='code-box-selected']) {
    border-color: var(--_accent);
    box-shadow: var(--_focus-ring);
  }
  /* Like a hint; only a later step (or the first step's hold, which the later chunk starts) shows one. */
  [part~='countdown'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='secondary-button'] {
    color: var(--_accent);
    background: transparent;
    border: 1px solid transparent;
    justify-self: start;
    padding-inline: 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* An example number or a countdown is not broken across lines ("555-" then "0123"). */
  #identifier-hint bdi,
  [part~='countdown'] bdi {
    white-space: nowrap;
  }
  /* The step's main button in a row of its own, its countdown under it (a dead code's "Send a new code"). */
  .actions.main-action {
    display: grid;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_spacing);
    align-items: baseline;
  }
  /* The human check (human-check/check-fields.ts): a group of the form's own rhythm, without a fieldset's frame. Its
     picture's styles come with its chunk (human-check/ui/check-answer.styles.ts). */
  [part~='captcha'] {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
    min-width: 0;
    margin: calc(var(--_spacing) * 0.5) 0 0;
    padding: 0;
    border: 0;
  }
  [part~='captcha'] > legend {
    padding: 0;
    margin-bottom: calc(var(--_spacing) * 0.5);
    font-weight: 600;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
`;
