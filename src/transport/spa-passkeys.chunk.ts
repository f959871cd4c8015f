// SPA mode's passkeys: Auth0's Passkey APIs called from the browser as a public client (client_id, no secret), on the
// custom domain (docs/auth0-passkeys.md sections 2 to 4). The webauthn grant answers with tokens straight away (no
// redirect), so the ID token is verified here, by auth0-js's own verifier (signature by the tenant's JWKS, issuer,
// audience, expiry). A chunk of its own, fetched by the SPA transport only for an element with the `passkeys` attribute.
import { classifyPasskeyAnswer } from '../../protocol/passkey-errors.js';
import type { PasskeyRequirement } from '../../protocol/wire.js';
import { loginError, type Connection, type LoginError, type PasskeyOffer } from '../model.js';
import type { Authenticated, PasskeyCeremony, PasskeyTransport } from './transport.js';

const WEBAUTHN_GRANT = 'urn:okta:params:oauth:grant-type:webauthn';

export interface SpaPasskeyOptions {
  /** The tenant's origin (https://login.example.com, or the emulator's http://localhost:4400). */
  origin: string;
  clientId: string;
  scope: string;
  audience?: string;
  /** The site lets new people sign up with a passkey (the element's `passkey-signup` attribute). */
  signup: boolean;
  /** The token answer's ID token verified (auth0-js's verifier) and the tokens as a sign-in hands them over; or a rejection. */
  signedIn(tokens: Record<string, unknown>): Promise<Authenticated>;
}

/** Auth0's own domains: never a custom domain, so its Passkey APIs refuse them (asked nothing: the answer is known). */
const CANONICAL_DOMAIN = /\.auth0\.com$/i;

export class SpaPasskeys implements PasskeyTransport {
  readonly #options: SpaPasskeyOptions;

  constructor(options: SpaPasskeyOptions) {
    this.#options = options;
  }

  /** A public client can create passkeys only by signing up: a code user of the email or sms connection is another user. */
  async passkeyOffer(): Promise<PasskeyOffer> {
    if (CANONICAL_DOMAIN.test(new URL(this.#options.origin).hostname)) throw unavailable('custom_domain');
    return { signup: this.#options.signup, create: false };
  }

  async passkeyChallenge(): Promise<PasskeyCeremony> {
    return ceremonyFrom(await this.#post('/passkey/challenge', { client_id: this.#options.clientId }, 'challenge'));
  }

  async passkeySignup(connection: Connection, recipient: string): Promise<PasskeyCeremony> {
    const profile = connection === 'sms' ? { phone_number: recipient } : { email: recipient };
    return ceremonyFrom(await this.#post('/passkey/register', { client_id: this.#options.clientId, user_profile: profile }, 'signup'));
  }

  async passkeySignIn(ceremony: PasskeyCeremony, credential: Record<string, unknown>): Promise<Authenticated> {
    const { clientId, scope, audience } = this.#options;
    // JSON, with authn_response as an object: what Auth0 and its SDKs send for this grant (docs section 4).
    const body = { grant_type: WEBAUTHN_GRANT, client_id: clientId, auth_session: ceremony.authSession, authn_response: credential, scope, ...(audience ? { audience } : {}) };
    const tokens = (await this.#post('/oauth/token', body, 'token')) as Record<string, unknown>;
    try {
      return { ...(await this.#options.signedIn(tokens)), method: 'passkey' };
    } catch (error) {
      throw loginError('invalid_response', { developerHint: `The ID token of the passkey sign-in failed verification: ${(error as { description?: string; developerHint?: string })?.description ?? (error as { developerHint?: string })?.developerHint ?? String(error)}` });
    }
  }

  async #post(path: string, body: object, call: 'challenge' | 'signup' | 'token'): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.#options.origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit' });
    } catch {
      // A page whose origin Auth0 does not allow gets no readable answer either (CORS).
      throw loginError('network', { developerHint: `No answer from ${this.#options.origin}${path}: offline, or this page's origin is not in the application's Allowed Web Origins and Allowed Origins (CORS).` });
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return json;
    throw passkeyError(response.status, json, call);
  }
}

/** An answer's `auth_session` and options, checked to be there. @param {unknown} body */
function ceremonyFrom(body: unknown): PasskeyCeremony {
  const { auth_session: authSession, authn_params_public_key: publicKey } = (body ?? {}) as Record<string, unknown>;
  if (typeof authSession !== 'string' || typeof publicKey !== 'object' || publicKey === null) {
    throw loginError('invalid_response', { developerHint: 'Auth0 answered the passkey call without auth_session or authn_params_public_key.' });
  }
  return { authSession, publicKey: publicKey as Record<string, unknown> };
}

/** A refusal of Auth0's, classified by the table the server uses too. */
export function passkeyError(status: number, body: Record<string, unknown>, call: 'challenge' | 'signup' | 'token' | 'create'): LoginError {
  const error = String(body.error ?? body.title ?? '');
  const description = String(body.error_description ?? body.detail ?? '');
  const verdict = classifyPasskeyAnswer({ status, error, description }, call);
  const said = `Auth0 answered ${status} ${error}: ${description}`;
  return loginError(verdict.code, { developerHint: said, ...(verdict.requirement ? { requirement: verdict.requirement } : {}), ...(verdict.unknownCredential ? { unknownCredential: true } : {}) });
}

/** passkeys_unavailable for a requirement known without asking (the passkey effects add its fix to the console line). */
function unavailable(requirement: PasskeyRequirement): LoginError {
  return loginError('passkeys_unavailable', { requirement, developerHint: 'the domain attribute is the tenant\'s auth0.com domain.' });
}
