import { adoptStyles, css, supportsAdoptingStyleSheets } from 'lit';

// Auth0's picture and its "New picture" button (check-answer.ts), added to the element's styles when the check's chunk
// arrives. Private --_* variables as in steps.styles.ts, which styles the check's fieldset.
export const checkAnswerStyles = css`
  .captcha-picture {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_spacing) * 0.5) var(--_spacing);
  }
  /* Auth0 draws its picture for a light background (often transparent): it keeps one in a dark theme, or its dark
     characters would vanish. A page may give ::part(captcha-image) its own. */
  [part~='captcha-image'],
  .captcha-image-waiting {
    display: block;
    max-width: 100%;
    min-height: 3.125em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='captcha-image'] {
    height: auto;
    background: #ffffff;
  }
  .captcha-image-waiting {
    display: grid;
    align-items: center;
    min-width: 9.375em;
    padding: 0 0.75em;
    border-style: dashed;
  }
`;

const styled = new WeakSet<ShadowRoot>();

/** Adds these styles to the element's (as the phone chunk adds its picker's): once per element, before it renders them. */
export function adoptCheckStyles(root: ShadowRoot | null): void {
  if (!root || styled.has(root)) return;
  styled.add(root);
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, checkAnswerStyles] : [checkAnswerStyles]);
}
