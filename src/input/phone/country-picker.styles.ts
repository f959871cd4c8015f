import { css } from 'lit';

// The SMS step's country picker (country-picker.ts): a search field with a chevron, and the list under it, in the
// flow of the form (not floating), so no container can clip it. Private --_* variables as in steps.styles.ts.
export const countryPickerStyles = css`
  /* passwordless-login.css keeps the picker's room above the field and the example number's line in the hint until
     this chunk is here (::part() rules, from the page); from now on the picker and the example take it. A declaration
     of the element's own that is !important wins over the page's. */
  form {
    padding-top: 0 !important;
  }
  [part~='hint']:not(#identifier-hint) {
    min-height: 0 !important;
  }
  .country-field {
    position: relative;
  }
  [part~='country-select'] {
    padding-inline-end: 2.5em;
    text-overflow: ellipsis;
  }
  .country-field::after {
    content: '';
    position: absolute;
    inset-inline-end: 1em;
    top: 50%;
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-70%) rotate(45deg);
    pointer-events: none;
  }
  [part~='country-list'] {
    position: relative;
    max-height: 15em;
    margin: 0;
    padding: 0.25em 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    list-style: none;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='country-option'] {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  [part~='country-option']:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  /* The highlighted option is where focus is for a screen reader and the keyboard (aria-activedescendant): it shows
     the focus colour, as every focused control does (passwordless-login.styles.ts), so --passwordless-focus-color
     themes it and test/browser/focus-contrast.test.ts measures it. */
  [part~='country-option-active'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [part~='country-option-chosen'] {
    font-weight: 600;
  }
  /* The name takes the room, the calling code the end of the line (its own dir="ltr" must not decide which end). */
  .country-name {
    flex: 1;
  }
  [part~='calling-code'] {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* How many countries match: said to screen readers as the search changes, not shown (the list shows it). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part~='country-option-active'] {
      outline-color: Highlight;
    }
  }
`;
