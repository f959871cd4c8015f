// Its own chunk: loaded only when a third-party check is asked for.
// Third-party human checks (Turnstile, reCAPTCHA, hCaptcha, Friendly Captcha, Arkose): loads the provider's own script
// from the provider's origin only, through one narrow Trusted Types policy, and renders the widget into a container
// of the page's light DOM (the providers look their widgets up in the document). Never writes HTML.
import type { HumanCheckWidget } from '../../model.js';

export interface WidgetCheck {
  provider: HumanCheckWidget;
  siteKey: string;
  /** Arkose only: the tenant's Arkose subdomain (Auth0 returns it with the challenge). */
  clientSubdomain?: string;
}

/** What the widget tells the flow. */
export interface WidgetEvents {
  /** Solved: the token that goes with the start as `captcha`. */
  answered(token: string): void;
  /** The token is gone (expired, or the widget reset itself): the person must solve it again. */
  cleared(): void;
  /** The script could not load, or the provider reported an error it does not recover from. */
  failed(reason: string): void;
}

export interface MountedWidget {
  /** A fresh challenge in the same place (after `invalid_captcha`). */
  reset(): void;
  /** Removes the widget (the step changed, the element left the page). */
  remove(): void;
  /** Arkose only: opens its challenge, which answers through `answered`. */
  run?(): void;
}

/**
 * Loads the provider's script (once per page) and renders its widget into `container`, which must be in the light
 * DOM. `lang` is the element's language. Rejects when the script cannot load.
 */
export function mountWidget(container: HTMLElement, check: WidgetCheck, events: WidgetEvents, lang: string): Promise<MountedWidget> {
  void container;
  void check;
  void events;
  void lang;
  return Promise.reject(new Error('not built yet'));
}
