// What a sighted person reads in the element: the text of every rendered, non-transparent element of its shadow root
// (the screen-reader-only status region is left out). Slotted page content is not part of it.
import type { PasswordlessLogin } from '../../../src/passwordless-login.js';

const VISIBLE = { opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true } as CheckVisibilityOptions;

export function shownText(el: PasswordlessLogin): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.checkVisibility(VISIBLE)) texts.push(node.textContent ?? '');
  }
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** How many times `words` can be read on screen. */
export function timesShown(el: PasswordlessLogin, words: string): number {
  return shownText(el).split(words).length - 1;
}

/** Whether an element is on screen for a sighted person (rendered, not transparent, bigger than a hairline). */
export function isShown(element: Element): boolean {
  const { width, height } = element.getBoundingClientRect();
  return element.checkVisibility(VISIBLE) && width > 1 && height > 1;
}
