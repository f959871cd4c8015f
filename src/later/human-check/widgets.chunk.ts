// Its own chunk: loaded only when a third-party check is asked for.
// Third-party human checks (Turnstile, reCAPTCHA, hCaptcha, Friendly Captcha, Arkose): loads the provider's own script
// from the provider's origin only, through one narrow Trusted Types policy, and renders the widget into a container
// of the page's light DOM (the providers look their widgets up in the document). Never writes HTML.
// The pieces are in widgets/: the providers as data, the script loader and its policy, the stand-ins for tests.
import { isArkoseSubdomain, isSiteKey } from '../../../protocol/human-check.js';
import type { Clock } from '../clock.js';
import type { HumanCheckWidget } from '../../model.js';
import { watchFrameRefusals } from './widgets/frame-refusals.js';
import { loadScript, systemClock } from './widgets/load-script.js';
import { mountArkose, mountFriendly, mountRendered, type Mounted, type MountContext } from './widgets/mounts.js';
import { PROVIDERS, type ArkoseEnforcement, type FriendlyApi, type RenderApi } from './widgets/providers.js';
import { standInFor } from './widgets/stand-ins.js';

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
  /** A fresh challenge in the same place (after `invalid_captcha`). The old token is void; no `cleared` for it. */
  reset(): void;
  /** Removes the widget (the step changed, the element left the page). No event fires after it. */
  remove(): void;
  /** Arkose only: opens its challenge, which answers through `answered`. */
  run?(): void;
}

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Loads the provider's script (once per page) and renders its widget into `container`, which must be in the light
 * DOM. `lang` is the element's language; `clock` times the script's load (the flow's, so that tests can step past
 * it; real time when not given). When the check cannot be shown (a bad site key, a script that cannot load or is
 * refused, no sign within the time limit), `failed` is called and the promise rejects with the same reason.
 */
export async function mountWidget(
  container: HTMLElement,
  check: WidgetCheck,
  events: WidgetEvents,
  lang: string,
  clock: Clock = systemClock,
): Promise<MountedWidget> {
  let live = true;
  const guarded: WidgetEvents = {
    answered: (token) => live && events.answered(token),
    cleared: () => live && events.cleared(),
    failed: (reason) => live && events.failed(reason),
  };
  const box = document.createElement('div');
  // From the render on, while the widget lives: a frame of its provider that the page's CSP refuses fails the check.
  const frames = Object.hasOwn(PROVIDERS, check.provider) ? PROVIDERS[check.provider].frames : undefined;
  const stopWatching = frames ? watchFrameRefusals(frames, guarded.failed) : () => undefined;
  try {
    const mounted = await mount(box, container, check, guarded, LANGUAGE.test(lang) ? lang : 'en', clock);
    return {
      reset: () => mounted.reset(),
      remove() {
        live = false;
        stopWatching();
        mounted.remove();
        box.remove();
      },
      ...(mounted.run ? { run: () => mounted.run?.() } : {}),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    stopWatching();
    box.remove();
    guarded.failed(reason);
    live = false;
    throw new Error(reason);
  }
}

async function mount(box: HTMLElement, container: HTMLElement, check: WidgetCheck, events: WidgetEvents, lang: string, clock: Clock): Promise<Mounted> {
  const { provider, siteKey, clientSubdomain } = check;
  const spec = Object.hasOwn(PROVIDERS, provider) ? PROVIDERS[provider] : undefined;
  if (!spec) throw new Error(`unknown human-check provider ${String(provider)}`);
  // The site key and Arkose subdomain come from a server: plain tokens only, before any URL is built from them
  // (protocol/human-check.js: the rule the handler's humanCheck.siteKey meets too).
  if (!isSiteKey(siteKey)) throw new Error(`${provider}: the site key is not a plain token`);
  if (provider === 'arkose' && !isArkoseSubdomain(clientSubdomain)) {
    throw new Error('arkose: the client subdomain is not a plain DNS label');
  }

  // Once per page (per site key for Arkose, whose URL names it); a provider's API already on the page is used as is.
  const key = provider === 'arkose' ? `arkose/${clientSubdomain}/${siteKey}` : provider;
  const present = spec.ready === 'data-callback' ? undefined : usable(provider, spec.api(undefined));
  const fromCallback = present ? undefined : await loadScript(key, (onload) => standInFor(spec.script(lang, onload, check)), spec.ready, clock);
  const api = present ?? usable(provider, spec.api(fromCallback));
  if (!api) throw new Error(`${provider}: its script loaded but its API is missing`);

  container.append(box);
  const look = { dark: prefersDark(container), narrow: isNarrow(container) };
  const context: MountContext = { box, siteKey, lang, events, provider, clock };
  if (provider === 'friendly_captcha') return mountFriendly(api as FriendlyApi, context, look.dark);
  if (provider === 'arkose') return mountArkose(api as ArkoseEnforcement, context);
  return mountRendered(api as RenderApi, context, spec.params?.(lang, look) ?? {});
}

/** `api` when it has what this element calls (a page's half-loaded reCAPTCHA has `ready` but no `render` yet). */
function usable(provider: HumanCheckWidget, api: unknown): object | undefined {
  const method = { friendly_captcha: 'WidgetInstance', arkose: 'setConfig' }[provider as string] ?? 'render';
  return typeof (api as Record<string, unknown> | undefined)?.[method] === 'function' ? (api as object) : undefined;
}

/** Dark when the element's colour scheme allows it and the page or the person prefers it, as its own colours do. */
function prefersDark(element: Element): boolean {
  const scheme = getComputedStyle(element).colorScheme;
  return /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
}

/** Narrower than the providers' normal widgets (about 300 px): their compact size. */
function isNarrow(element: Element): boolean {
  const width = element.getBoundingClientRect().width;
  return width > 0 && width < 304;
}
