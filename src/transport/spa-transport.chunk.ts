// SPA mode: the browser talks to Auth0 through auth0-js, loaded lazily so the first render never waits for it.
import type { WebAuth, Auth0DecodedHash } from 'auth0-js';
import type { AuthResult, UserProfile } from '../model.js';
import { resolveAuth0Domain } from './auth0-domain.js';
import { loginError, type LoginError } from '../model.js';
import { safeRedirectUri } from './safe-url.js';
import type { Authenticated, CallbackParams, PasswordlessTransport, StartRequest, VerifyOutcome, VerifyRequest } from './transport.js';

export interface SpaTransportOptions {
  domain: string;
  clientId: string;
  redirectUri: string;
  responseType?: string;
  scope?: string;
  audience?: string;
}

/** How far in the future an ID token's iat may be: device clocks drift, forged tokens are off by far more. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

let auth0Module: Promise<typeof import('auth0-js')> | undefined;
const loadAuth0 = () => (auth0Module ??= import('auth0-js'));

/** Auth0's error table is a chunk of its own, fetched only when something fails: a sign-in that works never loads it. */
const fromAuth0Error = (raw: unknown, step?: 'callback'): Promise<LoginError> =>
  import('./auth0-errors.chunk.js').then(
    (errors) => errors.fromAuth0Error(raw, step),
    () => loginError('network', { developerHint: 'The error details could not be loaded.' }),
  );

export class SpaTransport implements PasswordlessTransport {
  #webAuth?: Promise<WebAuth>;

  readonly #options: SpaTransportOptions;

  constructor(options: SpaTransportOptions) {
    this.#options = options;
  }

  warmUp(): void {
    void this.#client().catch(() => undefined);
  }

  async start({ connection, send, recipient, locale }: StartRequest): Promise<void> {
    const webAuth = await this.#client();
    // auth0-js keeps the transaction (state, nonce) in a cookie; without cookies it would fall back to a dummy store
    // silently and the sign-in would die later with "state does not match". Check before anything is sent.
    if (!cookiesWork()) {
      throw loginError('third_party_cookies_blocked', {
        developerHint: 'This browser keeps no cookies for this site, and auth0-js stores the sign-in transaction in one. Nothing was sent.',
      });
    }
    await call<unknown>((done) =>
      webAuth.passwordlessStart(
        {
          connection,
          send,
          ...(connection === 'email' ? { email: recipient } : { phoneNumber: recipient }),
          authParams: {},
          xRequestLanguage: locale,
        } as unknown as Parameters<WebAuth['passwordlessStart']>[0], // xRequestLanguage is missing from @types/auth0-js
        done,
      ),
    );
  }

  async verify({ connection, recipient, code }: VerifyRequest): Promise<VerifyOutcome> {
    const webAuth = await this.#client();
    // On success auth0-js navigates to /authorize and never calls back; onRedirecting is our only success signal.
    return new Promise<VerifyOutcome>((resolve, reject) => {
      try {
        webAuth.passwordlessLogin(
          {
            connection,
            ...(connection === 'email' ? { email: recipient } : { phoneNumber: recipient }),
            verificationCode: code,
            onRedirecting: (done: () => void) => {
              resolve({ kind: 'redirecting' });
              done();
            },
          } as unknown as Parameters<WebAuth['passwordlessLogin']>[0], // so is onRedirecting
          (error) => void fromAuth0Error(error).then(reject),
        );
      } catch (error) {
        void fromAuth0Error(error).then(reject);
      }
    });
  }

  async completeCallback({ hash }: CallbackParams): Promise<Authenticated> {
    const webAuth = await this.#client();
    // A link that comes back "wrong code" was used before (a second click, a mail scanner) or replaced by a newer one:
    // at the callback step the table reads it as link_invalid.
    const result = await call<Auth0DecodedHash | null>((done) => webAuth.parseHash({ hash }, done), 'callback');
    if (!result) throw loginError('invalid_response', { developerHint: 'The callback carried no tokens.' });
    const payload = (result.idTokenPayload ?? null) as UserProfile | null;
    // auth0-js checks exp but not an iat in the future: a token "issued" later than now is forged or the clock is off.
    if (typeof payload?.iat === 'number' && payload.iat * 1000 > Date.now() + CLOCK_TOLERANCE_MS) {
      throw loginError('invalid_response', {
        developerHint: 'The ID token says it was issued in the future (iat). If this happens to every sign-in on one device, check that device\'s clock.',
      });
    }
    const authResult: AuthResult = {
      accessToken: result.accessToken ?? null,
      idToken: result.idToken ?? null,
      idTokenPayload: payload,
      expiresIn: result.expiresIn ?? null,
      tokenType: result.tokenType ?? null,
      scope: result.scope ?? null,
      appState: result.appState,
    };
    const user = payload ?? { sub: '' };
    return { user, authResult };
  }

  #client(): Promise<WebAuth> {
    // A failed load (offline during an idle warm-up) must not stick: the next call tries again.
    return (this.#webAuth ??= this.#createClient().catch((error: unknown) => {
      this.#webAuth = undefined;
      throw error;
    }));
  }

  async #createClient(): Promise<WebAuth> {
    const { domain, clientId, responseType, scope, audience } = this.#options;
    const endpoint = resolveAuth0Domain(domain);
    if (!endpoint || !clientId) {
      throw loginError('misconfigured', {
        developerHint: 'Set the domain attribute (tenant.auth0.com, a custom domain, or http://localhost:4400) and client-id.',
      });
    }
    const redirectUri = safeRedirectUri(this.#options.redirectUri);
    if (!redirectUri) {
      throw loginError('misconfigured', {
        developerHint: 'redirect-uri must be an https URL (http only on this origin or localhost) without a fragment, or a path on this site.',
      });
    }
    const { WebAuth } = await loadAuth0().catch(() => {
      auth0Module = undefined; // let the next attempt load it again
      throw loginError('network', { developerHint: 'auth0-js could not be loaded.' });
    });
    return new WebAuth({
      domain: endpoint.domain,
      clientID: clientId,
      redirectUri,
      responseType: responseType || 'token id_token',
      scope: scope || 'openid profile email',
      ...(audience ? { audience } : {}),
      // Each start sends a message: never let superagent retry one by itself.
      _timesToRetryFailedRequests: 0,
      overrides: { __token_issuer: endpoint.issuer },
    } as ConstructorParameters<typeof WebAuth>[0]);
  }
}

/** Wraps an auth0-js callback API, turning both thrown and reported errors into LoginErrors. */
function call<T>(run: (done: (error: unknown, result: T) => void) => void, step?: 'callback'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      run((error, result) => (error ? void fromAuth0Error(error, step).then(reject) : resolve(result)));
    } catch (error) {
      void fromAuth0Error(error, step).then(reject);
    }
  });
}

/** Whether this page can set and read back a first-party cookie. */
function cookiesWork(): boolean {
  try {
    if (!navigator.cookieEnabled) return false;
    const name = 'passwordless-login.probe';
    document.cookie = `${name}=1; path=/; SameSite=Lax`;
    const ok = document.cookie.split('; ').includes(`${name}=1`);
    document.cookie = `${name}=; path=/; max-age=0; SameSite=Lax`;
    return ok;
  } catch {
    return false;
  }
}
