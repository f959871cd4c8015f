// The one Trusted Types policy that may create script URLs for the human checks, `passwordless-login-captcha`: it
// lets through the providers' own scripts (exact origins and paths, and only the query parameters the element sets)
// and, once a test or demo set them, the emulator's stand-ins of those same URLs. Anything else throws, so a URL
// built from a server's answer can never name another script. Where the browser has no Trusted Types, the same check
// runs before the URL is used.
import { providerBehind } from './stand-ins.js';

export const POLICY_NAME = 'passwordless-login-captcha';

/** Host and path of each provider's script. Arkose's host and path carry the tenant's subdomain and site key. */
const PROVIDER_SCRIPTS: readonly RegExp[] = [
  /^challenges\.cloudflare\.com\/turnstile\/v0\/api\.js$/,
  /^www\.recaptcha\.net\/recaptcha\/(api|enterprise)\.js$/,
  /^js\.hcaptcha\.com\/1\/api\.js$/,
  /^cdn\.jsdelivr\.net\/npm\/friendly-challenge@0\.9\.12\/widget\.min\.js$/,
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.arkoselabs\.com\/v2\/[A-Za-z0-9_-]{1,128}\/api\.js$/,
];

const QUERY_KEYS = new Set(['render', 'onload', 'hl', 'trustedtypes', 'recaptchacompat']);

/** The start of every global callback name the script loader makes (widgets/load-script.ts). */
export const CALLBACK_PREFIX = 'passwordlessLoginCaptcha_';

/**
 * The loader's own callback names only (its prefix, a time and a counter): a script URL cannot name another global
 * for the provider's script to call once it has loaded (a page's function, `alert`).
 */
const CALLBACK_NAME = new RegExp(`^${CALLBACK_PREFIX}[0-9a-z]{1,16}_[0-9]{1,9}$`);

function parse(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.username || url.password || url.hash ? null : url;
  } catch {
    return null;
  }
}

function isProviderScript(url: URL): boolean {
  if (url.protocol !== 'https:' || url.port) return false;
  if (!PROVIDER_SCRIPTS.some((script) => script.test(`${url.host}${url.pathname}`))) return false;
  return [...url.searchParams].every(([key, value]) => QUERY_KEYS.has(key) && /^[\w-]{1,64}$/.test(value) && (key !== 'onload' || CALLBACK_NAME.test(value)));
}

/** `url` itself when it is a provider's script or its stand-in; throws otherwise. */
export function checkedScriptURL(url: string): string {
  const parsed = parse(url);
  const provider = parsed && parse(providerBehind(parsed) ?? url);
  if (provider && isProviderScript(provider)) return url;
  throw new TypeError(`${POLICY_NAME}: not a human-check provider's script: ${url}`);
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): object };
}

let policy: { createScriptURL(url: string): object } | undefined;

/**
 * What to assign to a script's `src`: a TrustedScriptURL from the policy (created on first use, only where the
 * browser has Trusted Types), or the checked string. Throws for any other URL, and when the page's CSP does not list
 * the policy in `trusted-types`.
 */
export function trustedScriptURL(url: string): string {
  const trustedTypes = (window as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return checkedScriptURL(url);
  try {
    policy ??= trustedTypes.createPolicy(POLICY_NAME, { createScriptURL: checkedScriptURL });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`the page's Content-Security-Policy does not allow the Trusted Types policy ${POLICY_NAME}: add it to trusted-types (${why})`);
  }
  // A TrustedScriptURL: the DOM accepts it where a string is typed.
  return policy.createScriptURL(url) as unknown as string;
}
