import { css } from 'lit';

// The first step's styles (the entry chunk); the other steps' are in later/steps.styles.ts, adopted when they load.
// Public custom properties (--passwordless-*) each feed exactly one private --_* variable, resolved once on
// [part=base]. Defaults follow the page's colour scheme through light-dark().
export const styles = css`
  :host {
    display: block;
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_font-family: var(--passwordless-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--passwordless-font-size, 1rem);
    --_text: var(--passwordless-text-color, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--passwordless-muted-color, light-dark(#5b5b66, #a9a9b5));
    --_background: var(--passwordless-background, light-dark(#ffffff, #1d1d22));
    --_border: var(--passwordless-border-color, light-dark(#8a8a96, #6e6e7a));
    --_accent: var(--passwordless-accent-color, light-dark(#3b4fd8, #9aa8ff));
    --_on-accent: var(--passwordless-on-accent-color, light-dark(#ffffff, #10122a));
    --_danger: var(--passwordless-danger-color, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--passwordless-radius, 0.5rem);
    --_spacing: var(--passwordless-spacing, 1rem);
    --_focus: var(--passwordless-focus-color, var(--_accent));
    --_focus-ring: var(--passwordless-focus-ring, 0 0 0 2px var(--_background), 0 0 0 4px var(--_focus));
    --_max-width: var(--passwordless-max-width, 24rem);

    box-sizing: border-box;
    max-width: var(--_max-width);
    padding: calc(var(--_spacing) * 1.5);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    border-radius: calc(var(--_radius) * 1.5);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2 {
    margin: 0 0 var(--_spacing);
    font-size: 1.375em;
    line-height: 1.25;
  }
  form {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
    margin: 0;
  }
  .due {
    min-height: 18em;
  }
  label {
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  [part~='hint'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='input'] {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='input'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='submit-button'] {
    margin-top: calc(var(--_spacing) * 0.5);
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid var(--_accent);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* Every control's focus indicator (WCAG 2.2, 2.4.11 and 2.4.13): by default a 2px ring in the focus colour, 2px off
     the control, so it contrasts with the background around the control, whatever the control's own colour. In forced
     colours, where shadows are dropped, the outline shows instead. Messages that get focus opt out (steps.styles.ts). */
  :focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  /* Dimming a button dims its ring too: a dimmed button (held, busy) is at full strength while it has focus. */
  button[aria-disabled='true']:focus-visible {
    opacity: 1;
  }
  [part~='error'] {
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  /* Nothing typed is at fault (the network, the service, a limit): status, not a red error. */
  [part~='notice'] {
    color: inherit;
  }
  /* An empty error line or status takes no room. */
  p:empty {
    display: none;
  }
  /* The live region is for screen readers only: what it says, a button or the step already shows. */
  [part~='status'] {
    height: 1px;
    overflow: hidden;
    opacity: 0;
  }
  [part~='footer'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='footer'] ::slotted(*) {
    display: block;
    margin-top: var(--_spacing);
  }
  @media (forced-colors: active) {
    [part~='submit-button'] {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
