// The two cases in which the element must not run at all: a client secret in the page, and a frame of another origin
// (clickjacking). Checked by the entry chunk, so a refused element loads nothing more.
import type { LoginError } from '../model.js';

/** Why `element` must not run, with a hint for developers; else null. The message is the element's to set. */
export function refusalOf(element: HTMLElement & { allowFramed: boolean }): LoginError | null {
  if (element.hasAttribute('client-secret') || Object.hasOwn(element, 'clientSecret')) {
    return {
      code: 'misconfigured',
      message: '',
      recoverable: false,
      developerHint: 'a client-secret in a web page is public: remove it, rotate it in Auth0, and use backend mode (endpoint, passwordless-login/server).',
    };
  }
  if (!element.allowFramed && framedByAnotherOrigin()) {
    return {
      code: 'framed',
      message: '',
      recoverable: false,
      developerHint: 'framed by another origin (clickjacking). If intended, set allow-framed and CSP frame-ancestors.',
    };
  }
  return null;
}

/** True inside a frame whose parent chain includes another origin (sandboxed, opaque origins count as other). */
function framedByAnotherOrigin(): boolean {
  if (window.top === window.self) return false;
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) return Array.from(ancestors).some((origin) => origin !== location.origin);
  try {
    return window.top?.location.origin !== location.origin || window.parent.location.origin !== location.origin;
  } catch {
    return true; // reading another origin's location throws
  }
}
