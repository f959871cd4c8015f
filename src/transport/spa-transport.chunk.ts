// SPA mode: the browser talks to Auth0 through auth0-js, loaded lazily so the first render never waits for it.
import type { WebAuth, Auth0DecodedHash } from 'auth0-js';
import type { AuthResult, HumanCheck, UserProfile } from '../model.js';
import { resolveAuth0Domain } from './auth0-domain.js';
import { loginError, type Connection, type Continuation, type LoginError } from '../model.js';
import {
  forgetLinkCode,
  linkCodeFor,
  rememberLinkCode,
  rememberLeaving,
  rememberTypedCodesRefused,
  takeLeaving,
  tenantIsCrossSite,
  typedCodesRefused,
  unverifiedRecipient,
  type Leaving,
} from './finish-path.js';
import { safeRedirectUri } from './safe-url.js';
import { LINK_LANDING_KEY } from '../page/callback.js';
import { randomToken } from '../../protocol/random.js';
import { askChallenge, checkFromChallenge } from './auth0-challenge.js';
import type { Authenticated, CallbackParams, PasskeyTransport, PasswordlessTransport, StartRequest, VerifyOutcome, VerifyRequest } from './transport.js';

export interface SpaTransportOptions {
  domain: string;
  clientId: string;
  redirectUri: string;
  responseType?: string;
  scope?: string;
  audience?: string;
  /** New people may sign up with a passkey (the `passkey-signup` attribute). */
  passkeySignup?: boolean;
}

/**
 * Failures of POST /passwordless/verify that are about the code, the moment or the account (a brute-force block): the
 * flow says them here, since Auth0's page would refuse the same.
 */
const CODE_PROBLEMS = new Set(['wrong_code', 'code_expired', 'too_many_attempts', 'invalid_code', 'rate_limited', 'network', 'service_unavailable', 'blocked']);

/** How far in the future an ID token's iat may be: device clocks drift, forged tokens are off by far more. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** How long auth0-js waits for the silent session check's answer before it removes its iframe (its default: 60 s). */
const SESSION_CHECK_TIMEOUT_MS = 10_000;

/** The session check's own failure when the page's CSP refuses the tenant's frame. */
const FRAME_REFUSED = 'frame_refused';

/** Auth0's answers to prompt=none that mean "nobody is signed in here, silently": not a failure. */
const NO_SILENT_SESSION = new Set(['login_required', 'interaction_required', 'consent_required']);

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
  /** Consecutive network failures of POST /passwordless/verify (see #verifyThenRedirect). */
  #unreachableChecks = 0;
  /**
   * The transaction's state Auth0's Bot Detection was last asked about (humanCheck()): the next start sends it, since
   * Auth0 ties its challenge to it. Kept until a start with it succeeds or a fresh challenge is asked for, so that a
   * send retried after a lost connection still goes with the check it answered.
   */
  #challengeState?: string;

  readonly #options: SpaTransportOptions;

  constructor(options: SpaTransportOptions) {
    this.#options = options;
  }

  warmUp(): void {
    void this.#client().catch(() => undefined);
  }

  /**
   * Whether Auth0's Bot Detection wants a check before the next start, and which (POST /passwordless/challenge for a
   * fresh transaction state, through auth0-js). Null when none is needed, and when the endpoint cannot be asked (it
   * fails, or does not answer): the start then says whether a check was needed.
   */
  async humanCheck(): Promise<HumanCheck | null> {
    const endpoint = resolveAuth0Domain(this.#options.domain);
    // Misconfigured (no tenant, no client, a redirect-uri the element refuses): Auth0 is asked nothing; the send says how.
    if (!endpoint || !this.#options.clientId || !safeRedirectUri(this.#options.redirectUri)) return null;
    const state = (this.#challengeState = randomToken());
    const unanswered = (why: string | undefined) => {
      console.info(`<passwordless-login>: Auth0's /passwordless/challenge could not be asked, so the first send goes without a human check (Auth0 then says whether it needs one). ${why ?? ''}`);
      return null;
    };
    let Authentication: typeof import('auth0-js').Authentication;
    try {
      ({ Authentication } = await loadAuth0());
    } catch (error) {
      auth0Module = undefined; // let the next attempt load it again
      return unanswered(`auth0-js could not be loaded (${String(error)}).`);
    }
    let answer;
    try {
      answer = await askChallenge(Authentication, endpoint.domain, this.#options.clientId, state);
    } catch (raw) {
      return unanswered((await fromAuth0Error(raw)).developerHint);
    }
    return checkFromChallenge(answer);
  }

  async start({ connection, send, recipient, locale, captcha }: StartRequest): Promise<{ transaction?: string }> {
    const webAuth = await this.#client();
    // auth0-js keeps the transaction (state, nonce) in a cookie; without cookies it would fall back to a dummy store
    // silently and the sign-in would die later with "state does not match". Check before anything is sent.
    if (!cookiesWork()) {
      throw loginError('third_party_cookies_blocked', {
        developerHint: 'This browser keeps no cookies for this site, and auth0-js stores the sign-in transaction in one. Nothing was sent.',
      });
    }
    if (send === 'code' && this.#crossSite() && typedCodesRefused(this.#tenantOrigin())) {
      // This tenant finishes only codes it sent in a magic link (C′): an email carries both, and the typed code goes to
      // verify_redirect with the very state and nonce the link was sent with. An SMS has no link: Auth0's page.
      if (connection === 'email') return this.#startLinkCode(webAuth, recipient, locale, captcha);
      throw loginError('third_party_cookies_blocked', {
        developerHint:
          'This tenant is on another site than this page, and it refused a typed code at /passwordless/verify_redirect before (remembered in this browser), so the sign-in continues on Auth0\'s page, which sends the code. Nothing was sent. See the README: "Code sign-in across sites".',
        continuation: this.#universalLogin('code-refused', connection, recipient),
      });
    }
    forgetLinkCode(this.#options.clientId); // a plain start replaces any link-code start of this tab
    const state = this.#challengeState;
    // The state Bot Detection was asked about, with a nonce of its own (as auth0-js would make for its own state).
    const authParams = state ? { state, nonce: randomToken() } : {};
    const transaction = await passwordlessStart(webAuth, { connection, send, recipient, locale, captcha, authParams });
    if (state) this.#challengeState = undefined;
    // A link opened in another tab comes back with the transaction's state.
    return transaction ? { transaction } : {};
  }

  /** Path C′: a magic-link email, whose code is typed here; its state and nonce are kept for verify(). */
  async #startLinkCode(webAuth: WebAuth, recipient: string, locale: string, captcha?: string): Promise<{ send: 'code'; transaction: string; linkToo: true }> {
    const state = this.#challengeState ?? randomToken();
    const nonce = randomToken();
    await passwordlessStart(webAuth, { connection: 'email', send: 'link', recipient, locale, captcha, authParams: { state, nonce } });
    this.#challengeState = undefined;
    rememberLinkCode(this.#options.clientId, { recipient, state, nonce, at: Date.now() });
    return { send: 'code', transaction: state, linkToo: true };
  }

  async verify(request: VerifyRequest): Promise<VerifyOutcome> {
    const webAuth = await this.#client();
    return this.#crossSite() ? this.#verifyThenRedirect(webAuth, request) : this.#crossOriginLogin(webAuth, request);
  }

  /** Path A: cross-origin authentication, then a redirect to /authorize. Its cookie is first-party only on this site. */
  #crossOriginLogin(webAuth: WebAuth, request: VerifyRequest): Promise<VerifyOutcome> {
    return this.#leaveWithCode(webAuth, 'passwordlessLogin', 'cross-origin', request, {}, (error) =>
      this.#orContinue(error, 'cookies-blocked', request.connection, request.recipient),
    );
  }

  /**
   * Path C, for a tenant on another site: POST /passwordless/verify checks the code (a wrong one stays on the code
   * step), then the page navigates to GET /passwordless/verify_redirect, which answers like /authorize. No
   * third-party cookie anywhere. If the tenant does not offer the check, the sign-in continues on Auth0's page.
   */
  #verifyThenRedirect(webAuth: WebAuth, request: VerifyRequest): Promise<VerifyOutcome> {
    const { connection, recipient } = request;
    // A code from a magic-link email (C′) finishes only with the link's own state and nonce.
    const linkCode = connection === 'email' ? linkCodeFor(this.#options.clientId, recipient) : null;
    return this.#leaveWithCode(webAuth, 'passwordlessVerify', 'verify-redirect', request, linkCode ? { state: linkCode.state, nonce: linkCode.nonce } : {}, (error) => {
      // Unreachable twice in a row while the browser says it is online: a tenant whose /passwordless/verify refuses
      // this origin (CORS) looks exactly like that, and retrying would never end. Auth0's page instead.
      const unreachable = error.code === 'network' && navigator.onLine !== false && ++this.#unreachableChecks >= 2;
      if (error.code !== 'network') this.#unreachableChecks = 0;
      if (CODE_PROBLEMS.has(error.code) && !unreachable) return error;
      return {
        ...error,
        developerHint: `POST /passwordless/verify ${unreachable ? 'could not be reached twice (CORS for this origin, or the network)' : 'refused the check for another reason than the code'}, so the sign-in continues on Auth0's page. ${error.developerHint ?? ''}`,
        continuation: this.#universalLogin('code-refused', connection, recipient),
      };
    });
  }

  /**
   * An auth0-js code call that navigates away on success and never calls back: onRedirecting is the only success
   * signal, and where the page went is remembered for its return. A failure becomes what `failure` makes of it.
   */
  #leaveWithCode(
    webAuth: WebAuth,
    method: 'passwordlessLogin' | 'passwordlessVerify',
    path: Leaving['path'],
    { connection, recipient, code }: VerifyRequest,
    extra: { state?: string; nonce?: string },
    failure: (error: LoginError) => LoginError,
  ): Promise<VerifyOutcome> {
    return new Promise<VerifyOutcome>((resolve, reject) => {
      const failed = (raw: unknown) => void fromAuth0Error(raw).then((error) => reject(failure(error)));
      try {
        webAuth[method](
          {
            connection,
            ...(connection === 'email' ? { email: recipient } : { phoneNumber: recipient }),
            verificationCode: code,
            ...extra,
            onRedirecting: (done: () => void) => {
              this.#leaving({ path, connection, recipient });
              resolve({ kind: 'redirecting' });
              done();
            },
          } as unknown as Parameters<WebAuth['passwordlessLogin']>[0], // onRedirecting is missing from @types/auth0-js
          failed,
        );
      } catch (error) {
        failed(error);
      }
    });
  }

  /** Leaves for Auth0's page (a new code to the identifier handed over) or for a link's session (prompt=none). */
  async continueElsewhere(continuation: Continuation): Promise<void> {
    const webAuth = await this.#client();
    const { connection, recipient } = continuation;
    if (continuation.to === 'mail-link') {
      // Checked again when leaving: only this tenant's verify_redirect, for this application.
      const url = continuation.url && this.#tenantLink(continuation.url);
      if (!url) throw loginError('link_invalid');
      window.location.assign(url.href);
    } else if (continuation.to === 'link-session') {
      this.#leaving({ path: 'link-session', connection, recipient });
      webAuth.authorize({ prompt: 'none' });
    } else {
      this.#leaving({ path: 'universal-login', connection, recipient });
      webAuth.authorize({ connection, login_hint: recipient } as Parameters<WebAuth['authorize']>[0]);
    }
  }

  /**
   * Auth0's Passkey APIs, called from this page as a public client (spa-passkeys.chunk.ts: a chunk of its own, fetched
   * only by elements with the `passkeys` attribute).
   */
  async passkeys(): Promise<PasskeyTransport> {
    const { clientId, scope, audience, passkeySignup } = this.#options;
    const { SpaPasskeys } = await import('./spa-passkeys.chunk.js').catch(() => {
      throw loginError('network', { developerHint: 'The passkey part of the SPA transport could not be loaded.' });
    });
    return new SpaPasskeys({
      origin: this.#tenantOrigin(),
      clientId,
      scope: scope || 'openid profile email',
      audience,
      signup: passkeySignup === true,
      // The token endpoint's ID token has no nonce: auth0-js checks its signature, issuer, audience and times; then
      // the tokens are handed over as a callback's are (authenticatedFrom, which also refuses an iat in the future).
      signedIn: async (tokens) => {
        const idToken = typeof tokens.id_token === 'string' ? tokens.id_token : '';
        const webAuth = await this.#client();
        const claims = await new Promise<UserProfile>((resolve, reject) =>
          webAuth.validateToken(idToken, '', (error, payload) => (error ? reject(error as unknown) : resolve(payload as UserProfile))),
        );
        const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
        return authenticatedFrom({
          idTokenPayload: claims, idToken, accessToken: text(tokens.access_token), tokenType: text(tokens.token_type), scope: text(tokens.scope),
          expiresIn: typeof tokens.expires_in === 'number' ? tokens.expires_in : undefined,
        });
      },
    });
  }

  async completeCallback({ hash }: CallbackParams): Promise<Authenticated> {
    const landing = new URLSearchParams(hash).get(LINK_LANDING_KEY);
    if (landing !== null) throw this.#linkLanding(landing);
    const webAuth = await this.#client();
    const left = takeLeaving(this.#options.clientId);
    // A link that comes back "wrong code" was used before (a second click, a mail scanner) or replaced by a newer one:
    // at the callback step the table reads it as link_invalid.
    let result: Auth0DecodedHash | null;
    try {
      result = await new Promise<Auth0DecodedHash | null>((resolve, reject) =>
        webAuth.parseHash({ hash }, (error, parsed) => (error ? reject(error as unknown) : resolve(parsed))),
      );
    } catch (raw) {
      throw this.#callbackFailure(raw, await fromAuth0Error(raw, 'callback'), left, hash);
    }
    if (!result) throw loginError('invalid_response', { developerHint: 'The callback carried no tokens.' });
    const payload = (result.idTokenPayload ?? null) as UserProfile | null;
    // After "Continue" on a link from another browser: only the person the step named may come back signed in.
    if (left?.path === 'link-session' && payload?.email !== left.recipient && payload?.phone_number !== left.recipient) {
      throw loginError('link_invalid', { developerHint: 'The fresh sign-in returned someone other than the person the link was for; nobody was signed in.' });
    }
    // Signed in: whom a link's code was for (a plain address in this tab's sessionStorage) is no longer needed.
    forgetLinkCode(this.#options.clientId);
    return authenticatedFrom(result);
  }

  /**
   * Who is signed in at Auth0 in this browser, asked silently (prompt=none, response_mode=web_message, in a hidden
   * iframe), with fresh tokens. Null when nobody is, or when the browser does not send Auth0's cookie to the iframe
   * (third-party cookies blocked: Safari, Firefox strict, a tenant on another site without a custom domain).
   */
  async checkSession(): Promise<Authenticated | null> {
    // auth0-js keeps the check's state and nonce in a cookie: without cookies it could never match the answer.
    if (!cookiesWork()) return null;
    const webAuth = await this.#client();
    let result: Auth0DecodedHash;
    try {
      result = await guardedCheck(webAuth, new URL(this.#tenantOrigin()).origin);
    } catch (raw) {
      const { error, error_description: description } = (raw ?? {}) as { error?: string; error_description?: string };
      if (error && NO_SILENT_SESSION.has(error)) return null;
      throw loginError(error === 'timeout' ? 'network' : error === FRAME_REFUSED ? 'misconfigured' : 'invalid_response', {
        developerHint: `Auth0's silent session check failed (${error ?? 'no error code'}: ${description ?? ''}). A timeout usually means this page's origin is missing from the application's Allowed Web Origins.`,
      });
    }
    return authenticatedFrom(result);
  }

  /**
   * Leaves for Auth0's /v2/logout, which ends its session in this browser and returns to this page (without query or
   * hash): the page must be in the application's Allowed Logout URLs, or Auth0 shows an error page instead.
   */
  async signOut(): Promise<'leaving'> {
    // Offline, the page would leave for the browser's error page: stay, signed in, and say why.
    if (navigator.onLine === false) throw loginError('network', { developerHint: 'The browser is offline: Auth0\'s logout cannot be reached.' });
    const webAuth = await this.#client();
    // This tab's records of a sign-in under way (whom a link's code was for, where the page left to) go too.
    forgetLinkCode(this.#options.clientId);
    takeLeaving(this.#options.clientId);
    webAuth.logout({ returnTo: `${location.origin}${location.pathname}`, clientID: this.#options.clientId });
    return 'leaving';
  }

  /** A failed return: the continue step when it can still finish elsewhere, else the error as it is. */
  #callbackFailure(raw: unknown, error: LoginError, left: Leaving | null, hash: string): LoginError {
    const answer = raw as { error?: string; errorDescription?: string } | null;
    // verify_redirect said "wrong code" for a code /passwordless/verify had just passed: the tenant refused it for how
    // it was typed (it takes codes only from its links). Only that is remembered (the next sign-in then chooses before
    // sending); any other failure there (an Action's denial, consent, a lost transaction) is shown as it is.
    const refusedAsTyped = answer?.error === 'access_denied' && /verification code/i.test(answer.errorDescription ?? '');
    if (left?.path === 'verify-redirect' && refusedAsTyped) {
      rememberTypedCodesRefused(this.#tenantOrigin());
      return {
        ...error,
        developerHint: `The tenant refused a typed code at /passwordless/verify_redirect, so the sign-in continues on Auth0's page, which sends a new code (remembered in this browser: next time it goes there before sending). An Auth0 custom domain on this page's site keeps code sign-in on the page. ${error.developerHint ?? ''}`,
        continuation: this.#universalLogin('code-refused', left.connection, left.recipient),
      };
    }
    if (left?.path === 'link-session') {
      // The fresh sign-in found no session here after all (cleared, blocked, or the link was never opened here).
      return loginError('link_invalid', { developerHint: `The sign-in after a link from another browser did not find Auth0's session in this browser. ${error.developerHint ?? ''}` });
    }
    if (left && left.path !== 'universal-login' && error.code === 'third_party_cookies_blocked') {
      return {
        ...error,
        developerHint: `The browser did not keep Auth0's session cookie for this sign-in, so it continues on Auth0's page, which sends a new code. An Auth0 custom domain on this page's site avoids this. ${error.developerHint ?? ''}`,
        continuation: this.#universalLogin('cookies-blocked', left.connection, left.recipient),
      };
    }
    // Tokens whose state this browser never issued: a magic link asked for in another browser or on another device.
    // Auth0 has just created a session for it; a fresh sign-in here (new state and nonce) can use it, once confirmed.
    // (An answer without a state is no link's: Auth0 returns the state the link was sent with.)
    const params = new URLSearchParams(hash);
    const stateUnknown = answer?.error === 'invalid_token' && /`state` does not match/.test(answer.errorDescription ?? '') && !left && !!params.get('state');
    const named = stateUnknown ? unverifiedRecipient(params.get('id_token'), { issuer: this.#endpoint().issuer, clientId: this.#options.clientId }) : null;
    if (named) {
      return {
        ...error,
        // Shown in full: whoever confirms must recognise the account (a•••@gmail.com would hide alice.x@ behind alice@).
        continuation: { to: 'link-session', reason: 'other-browser', host: this.#tenantHost(), ...named, maskedRecipient: named.recipient },
      };
    }
    return error;
  }

  /**
   * A magic link whose email points at this page first (`#passwordless-link=<Auth0's link>`): the continue step, and
   * the click opens the link. Mail scanners fetch what an email links to, and Auth0's link is used up by the first
   * fetch; a page that waits for a click is not. Only a link to this tenant's verify_redirect for this application
   * is offered, so the page cannot be made to send anyone elsewhere.
   */
  #linkLanding(value: string): LoginError {
    const url = this.#tenantLink(value);
    const connection = url?.searchParams.get('connection');
    const recipient = url?.searchParams.get(connection === 'sms' ? 'phone_number' : 'email');
    if (!url || (connection !== 'email' && connection !== 'sms') || !recipient || !url.searchParams.get('verification_code')) {
      return loginError('link_invalid', { developerHint: `The page was opened with #${LINK_LANDING_KEY}= that is not a sign-in link of ${this.#tenantHost()} for this application.` });
    }
    return loginError('link_invalid', {
      developerHint: 'A magic link landed on this page first; the person continues to it with one click.',
      continuation: { to: 'mail-link', reason: 'link-landing', host: this.#tenantHost(), connection, recipient, url: url.href },
    });
  }

  /** The URL if it is this tenant's magic link (verify_redirect) for this application, else null. */
  #tenantLink(value: string): URL | null {
    try {
      const url = new URL(value);
      const ok = url.origin === new URL(this.#tenantOrigin()).origin && url.pathname === '/passwordless/verify_redirect' && url.searchParams.get('client_id') === this.#options.clientId && !url.username && !url.password;
      return ok ? url : null;
    } catch {
      return null;
    }
  }

  /** Only a failure that the cookie explains goes to Auth0's page; anything else (a wrong code) stays an error. */
  #orContinue(error: LoginError, reason: Continuation['reason'], connection: Connection, recipient: string): LoginError {
    return error.code === 'third_party_cookies_blocked' ? { ...error, continuation: this.#universalLogin(reason, connection, recipient) } : error;
  }

  #universalLogin(reason: Continuation['reason'], connection: Connection, recipient: string): Continuation {
    return { to: 'universal-login', reason, host: this.#tenantHost(), connection, recipient };
  }

  #leaving(leaving: Omit<Leaving, 'at'>): void {
    rememberLeaving(this.#options.clientId, { ...leaving, at: Date.now() });
  }

  /** Whether the tenant is on another site than this page (its cookies are third-party here). */
  #crossSite(): boolean {
    return tenantIsCrossSite(this.#tenantOrigin());
  }

  #endpoint() {
    const endpoint = resolveAuth0Domain(this.#options.domain);
    if (!endpoint) throw loginError('misconfigured', { developerHint: 'Set the domain attribute.' });
    return endpoint;
  }

  #tenantOrigin(): string {
    const { domain } = this.#endpoint();
    return domain.includes('://') ? domain : `https://${domain}`;
  }

  #tenantHost(): string {
    return new URL(this.#tenantOrigin()).host;
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

/**
 * auth0-js's silent check (prompt=none, web_message, a hidden iframe), with two guards on the page while it runs:
 * - auth0-js takes the first `authorization_response` message that carries the check's state, from any origin
 *   (auth0.js #508): such a message from anywhere but the tenant is stopped before auth0-js sees it (this listener is
 *   registered first, in the capture phase); any other message goes on to the page's own listeners;
 * - a page whose Content-Security-Policy refuses the tenant's frame fails the check at once, not after the timeout.
 */
function guardedCheck(webAuth: WebAuth, tenant: string): Promise<Auth0DecodedHash> {
  const guard = (event: MessageEvent) => {
    if (event.origin !== tenant && (event.data as { type?: unknown } | null)?.type === 'authorization_response') event.stopImmediatePropagation();
  };
  let refused: (event: SecurityPolicyViolationEvent) => void = () => undefined;
  window.addEventListener('message', guard, true);
  return new Promise<Auth0DecodedHash>((resolve, reject) => {
    refused = (event) => {
      if (/^(frame|child|default)-src$/.test(event.effectiveDirective) && event.blockedURI.startsWith(tenant)) {
        reject({ error: FRAME_REFUSED, error_description: `this page's Content-Security-Policy (${event.effectiveDirective}) refuses a frame of ${tenant}: add it to frame-src` });
      }
    };
    document.addEventListener('securitypolicyviolation', refused);
    // timeout is missing from @types/auth0-js
    webAuth.checkSession({ timeout: SESSION_CHECK_TIMEOUT_MS } as Parameters<WebAuth['checkSession']>[0], (error, parsed) =>
      error ? reject(error as unknown) : resolve(parsed as Auth0DecodedHash),
    );
  }).finally(() => {
    window.removeEventListener('message', guard, true);
    document.removeEventListener('securitypolicyviolation', refused);
  });
}

/** The tokens of a callback or a session check as the page receives them; an ID token "issued" in the future fails. */
function authenticatedFrom(result: Auth0DecodedHash): Authenticated {
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
  return { user, authResult, ...(result.state ? { transaction: result.state } : {}) };
}

/**
 * auth0-js passwordlessStart; resolves with the transaction's state, which auth0-js writes into the authParams it was
 * given (ours when we pass a state, else its own).
 */
async function passwordlessStart(
  webAuth: WebAuth,
  { connection, send, recipient, locale, captcha, authParams = {} }: StartRequest & { authParams?: { state?: string; nonce?: string } },
): Promise<string | undefined> {
  const options = {
    connection,
    send,
    ...(connection === 'email' ? { email: recipient } : { phoneNumber: recipient }),
    // The answer to the human check: auth0-js sends it as the body's `captcha` (a documented option of passwordlessStart).
    ...(captcha ? { captcha } : {}),
    authParams,
    xRequestLanguage: locale, // missing from @types/auth0-js
  };
  await call<unknown>((done) => webAuth.passwordlessStart(options as unknown as Parameters<WebAuth['passwordlessStart']>[0], done));
  return options.authParams.state;
}

/** Wraps an auth0-js callback API, turning both thrown and reported errors into LoginErrors. */
function call<T>(run: (done: (error: unknown, result: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      run((error, result) => (error ? void fromAuth0Error(error).then(reject) : resolve(result)));
    } catch (error) {
      void fromAuth0Error(error).then(reject);
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
