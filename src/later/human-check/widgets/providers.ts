// Each provider as data: its script (the URL auth0-js's captcha.js builds), how the script says it is ready, where its
// API lives, and how to render it. Turnstile (Auth0's `auth0_v2`), reCAPTCHA v2 and Enterprise, and hCaptcha share
// one API shape (render, reset, remove); Friendly Captcha and Arkose have their own, below.
import type { HumanCheckWidget } from '../../../model.js';
import type { ReadySignal } from './load-script.js';

export type Params = Record<string, unknown>;

/** The reCAPTCHA-shaped API: `render(element, params)` returns the widget's id. */
export interface RenderApi {
  render(element: HTMLElement, params: Params): string | number;
  reset(id?: string | number): void;
  remove?(id?: string | number): void;
}

/** Friendly Captcha v0.9's global, `friendlyChallenge`. */
export interface FriendlyApi {
  WidgetInstance: new (element: HTMLElement, options: Params) => { reset(): void; destroy(): void };
}

/** The enforcement object Arkose hands to the `data-callback` global. */
export interface ArkoseEnforcement {
  setConfig(config: Params): void;
  run(): void;
  reset(): void;
}

export interface ProviderSpec {
  /** The script's URL; `onload` is the unique global callback's name. */
  script(lang: string, onload: string, check: { siteKey: string; clientSubdomain?: string }): string;
  ready: ReadySignal;
  /** The API, once the script is ready (for Arkose, what the data-callback received). */
  api(fromCallback: unknown): unknown;
  /** What the render call adds to `sitekey` and the callbacks (reCAPTCHA-shaped providers). */
  params?(lang: string, look: { dark: boolean; narrow: boolean }): Params;
  /**
   * The hosts the widget's frames come from (SECURITY.md's `frame-src` column): a page's CSP that refuses one leaves the
   * widget empty, so the refusal makes the check unavailable (widgets/frame-refusals.ts). None for Friendly Captcha.
   */
  frames?: RegExp;
}

const globalApi = (name: string) => () => (window as unknown as Record<string, unknown>)[name];

/** reCAPTCHA's language codes: Hebrew is `iw`, Chinese needs its script or region. */
const recaptchaLanguage = (lang: string) =>
  /^he\b/i.test(lang) ? 'iw' : /^zh\b/i.test(lang) ? (/-(tw|hk|mo|hant)\b/i.test(lang) ? 'zh-TW' : 'zh-CN') : lang;

/** Turnstile: two-letter codes, and `zh-tw` for Traditional Chinese. */
const turnstileLanguage = (lang: string) => (/^zh-(tw|hk|mo|hant)\b/i.test(lang) ? 'zh-tw' : lang.split('-')[0].toLowerCase());

/** Friendly Captcha v0.9's table: two-letter keys, `zh_tw`; an unknown one falls back to English. */
const friendlyLanguage = (lang: string) => (/^zh-(tw|hk|mo|hant)\b/i.test(lang) ? 'zh_tw' : lang.split('-')[0].toLowerCase());

const recaptchaParams = (_lang: string, { dark, narrow }: { dark: boolean; narrow: boolean }) => ({
  theme: dark ? 'dark' : 'light',
  size: narrow ? 'compact' : 'normal',
});

/** reCAPTCHA's frames: from www.recaptcha.net, where its script comes from, or Google's own host. */
const RECAPTCHA_FRAMES = /^www\.(?:recaptcha\.net|google\.com)$/;

export const PROVIDERS: Record<HumanCheckWidget, ProviderSpec> = {
  turnstile: {
    script: (_lang, onload) => `https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=${onload}`,
    ready: 'onload-parameter',
    api: globalApi('turnstile'),
    frames: /^challenges\.cloudflare\.com$/,
    // As auth0-js renders auth0_v2: no retry loop of Turnstile's own (the element retries), no hidden input.
    params: (lang, { dark, narrow }) => ({
      language: turnstileLanguage(lang),
      appearance: 'always',
      retry: 'never',
      'response-field': false,
      theme: dark ? 'dark' : 'light',
      size: narrow ? 'compact' : 'flexible',
    }),
  },
  recaptcha_v2: {
    // `trustedtypes=true`: Google's documented switch that makes reCAPTCHA's own script work under Trusted Types.
    script: (lang, onload) => `https://www.recaptcha.net/recaptcha/api.js?hl=${recaptchaLanguage(lang)}&onload=${onload}&trustedtypes=true`,
    ready: 'onload-parameter',
    api: globalApi('grecaptcha'),
    params: recaptchaParams,
    frames: RECAPTCHA_FRAMES,
  },
  recaptcha_enterprise: {
    script: (lang, onload) =>
      `https://www.recaptcha.net/recaptcha/enterprise.js?render=explicit&hl=${recaptchaLanguage(lang)}&onload=${onload}&trustedtypes=true`,
    ready: 'onload-parameter',
    api: () => (globalApi('grecaptcha')() as { enterprise?: unknown } | undefined)?.enterprise,
    params: recaptchaParams,
    frames: RECAPTCHA_FRAMES,
  },
  hcaptcha: {
    // `recaptchacompat=off`: hCaptcha leaves the page's own `grecaptcha` alone.
    script: (lang, onload) => `https://js.hcaptcha.com/1/api.js?hl=${lang}&onload=${onload}&recaptchacompat=off`,
    ready: 'onload-parameter',
    api: globalApi('hcaptcha'),
    frames: /^(?:[a-z0-9-]+\.)*hcaptcha\.com$/,
    params: (lang, look) => ({ ...recaptchaParams(lang, look), hl: lang }),
  },
  friendly_captcha: {
    script: () => 'https://cdn.jsdelivr.net/npm/friendly-challenge@0.9.12/widget.min.js',
    ready: 'load-event',
    api: globalApi('friendlyChallenge'),
  },
  arkose: {
    script: (_lang, _onload, { siteKey, clientSubdomain }) => `https://${clientSubdomain}.arkoselabs.com/v2/${siteKey}/api.js`,
    ready: 'data-callback',
    api: (enforcement) => enforcement,
    frames: /^(?:[a-z0-9-]+\.)+arkoselabs\.com$/,
  },
};

export { friendlyLanguage };
