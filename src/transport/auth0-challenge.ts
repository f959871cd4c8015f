// Auth0's Bot Detection for passwordless (SPA mode): POST /passwordless/challenge tells whether a start from this
// transaction needs a check, and which. Read as a HumanCheck; the element renders it itself (auth0-js's own renderer
// writes HTML with innerHTML, which a strict CSP with Trusted Types refuses). Goes with the SPA transport's chunk.
import type { Authentication } from 'auth0-js';
import { loginError, type HumanCheck, type HumanCheckWidget } from '../model.js';

/** Auth0's answer, as auth0-js's captcha renderer reads it (src/web-auth/captcha.js). */
export interface Auth0Challenge {
  required?: boolean;
  provider?: string;
  /** `auth0`: the picture, a data: URL. */
  image?: string;
  /** `auth0`: `code` (characters to type) or another type (a sum to solve). */
  type?: string;
  siteKey?: string;
  /** Arkose: the tenant's Arkose subdomain. */
  clientSubdomain?: string;
}

/**
 * Asks auth0-js's own getChallenge() for the transaction whose `state` the next start sends: it reads the state from
 * its client's options, so the question goes through a client of its own, made for that state alone.
 */
export function askChallenge(AuthenticationClient: typeof Authentication, domain: string, clientID: string, state: string): Promise<Auth0Challenge | undefined> {
  // `state` is no option @types/auth0-js knows; getChallenge() posts { state } from these options.
  const client = new AuthenticationClient({ domain, clientID, state, _timesToRetryFailedRequests: 0 } as ConstructorParameters<typeof Authentication>[0]);
  const passwordless = client.passwordless as unknown as { getChallenge(done: (error: unknown, answer?: Auth0Challenge) => void): void };
  return new Promise((resolve, reject) => passwordless.getChallenge((error, answer) => (error ? reject(error) : resolve(answer))));
}

/**
 * Auth0's names of the third-party checks (`auth0_v2` is Cloudflare Turnstile). Written out here rather than derived
 * from HUMAN_CHECK_WIDGETS in model.ts: a value this chunk imported from there would be bundled into the entry.
 */
const AUTH0_WIDGETS: Readonly<Record<string, HumanCheckWidget>> = {
  auth0_v2: 'turnstile',
  recaptcha_v2: 'recaptcha_v2',
  recaptcha_enterprise: 'recaptcha_enterprise',
  hcaptcha: 'hcaptcha',
  friendly_captcha: 'friendly_captcha',
  arkose: 'arkose',
};

/**
 * What Auth0's answer asks for: nothing (`required: false`), its own picture, or a provider's widget. A provider this
 * element does not know (or one without its site key) rejects as `misconfigured`: the element says the check could not
 * load, and the console says which.
 */
export function checkFromChallenge(answer: Auth0Challenge | undefined): HumanCheck | null {
  if (!answer?.required) return null;
  const { provider, siteKey, clientSubdomain } = answer;
  if (provider === 'auth0') return { kind: 'picture', image: String(answer.image ?? ''), answer: answer.type === 'code' ? 'code' : 'math' };
  const widget = typeof provider === 'string' && Object.hasOwn(AUTH0_WIDGETS, provider) ? AUTH0_WIDGETS[provider] : undefined;
  if (widget && typeof siteKey === 'string' && siteKey) {
    return { kind: 'widget', provider: widget, siteKey, ...(typeof clientSubdomain === 'string' && clientSubdomain ? { clientSubdomain } : {}) };
  }
  // Auth0's words, reduced to a name: they go to the console, never to the screen.
  const named = String(provider ?? 'none').replace(/[^\w.-]/g, '').slice(0, 40);
  throw loginError('misconfigured', {
    developerHint: `Auth0's Bot Detection asked for a check by "${named}"${widget ? ' without its site key' : ''}, which this element cannot show. It shows auth0, auth0_v2 (Turnstile), recaptcha_v2, recaptcha_enterprise, hcaptcha, friendly_captcha and arkose.`,
  });
}
