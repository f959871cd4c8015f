// Backend mode: the element posts to the site's own server (the handler from passwordless-login/server), which
// holds the client secret and an HttpOnly session. No token ever reaches the browser.
import { isLoginErrorCode } from '../../protocol/error-codes.js';
import { loginError, type Continuation, type HumanCheck, type HumanCheckWidget, type LoginError, type SendMode, type UserProfile } from '../model.js';
import { CSRF_HEADER, IDEMPOTENCY_HEADER, RETURN_CONFIRM, RETURN_ERROR_PARAM, RETURN_PARAM, RETURN_SIGNED_IN, SEND_HEADER, type BackendSettings, type HumanCheckProvider, type RouteName } from '../../protocol/wire.js';
import { parseRetryAfter } from './retry-after.js';
import { BackendPasskeys } from './backend-passkeys.js';
import { randomToken } from '../../protocol/random.js';
import { sameOriginEndpoint } from './safe-url.js';
import type { Authenticated, CallbackParams, PasswordlessTransport, StartRequest, VerifyOutcome, VerifyRequest } from './transport.js';

export interface BackendTransportOptions {
  /** Where the handler is mounted, e.g. `/auth/passwordless`. */
  endpoint: string;
}

/** The server's human check as it names it (its settings, or a refused start's body). */
type ServerCheck = { provider: HumanCheckProvider; siteKey: string; required?: string };

/** The widget each of the handler's `humanCheck.provider` values is. */
const SERVER_WIDGETS: Readonly<Record<HumanCheckProvider, HumanCheckWidget>> = { turnstile: 'turnstile', hcaptcha: 'hcaptcha', recaptcha: 'recaptcha_v2' };

export class BackendTransport implements PasswordlessTransport {
  readonly #options: BackendTransportOptions;
  #settings?: Promise<BackendSettings>;
  /** The check a refused start asked for (`required: 'after_failures'`): from then on, every send needs it on this page. */
  #refusedFor?: ServerCheck;

  constructor(options: BackendTransportOptions) {
    this.#options = options;
  }

  async start({ connection, recipient, locale, captcha }: StartRequest): Promise<{ send?: SendMode }> {
    // returnTo: where a magic link comes back to (the server accepts only a relative path); captcha: the human check's token.
    const payload = { connection, identifier: recipient, locale, returnTo: location.pathname + location.search, ...(captcha ? { captcha } : {}) };
    const response = await this.#request(
      'start',
      { method: 'POST', body: JSON.stringify(payload) },
      // A start sends a message, so it is not idempotent: anything that repeats this request gets the first answer.
      { [IDEMPOTENCY_HEADER]: randomToken(16) },
    );
    const send = response.headers.get(SEND_HEADER);
    return send === 'link' || send === 'code' ? { send } : {};
  }

  async verify({ connection, recipient, code }: VerifyRequest): Promise<VerifyOutcome> {
    const body = (await this.#post('verify', { connection, identifier: recipient, code })) as { user: UserProfile };
    return { kind: 'authenticated', result: { user: body.user } };
  }

  async completeCallback({ search }: CallbackParams): Promise<Authenticated> {
    const params = new URLSearchParams(search);
    if (params.get(RETURN_PARAM) === RETURN_CONFIRM) throw await this.#awaitingConfirmation();
    if (params.get(RETURN_PARAM) !== RETURN_SIGNED_IN) {
      const reason = params.get(RETURN_ERROR_PARAM);
      throw loginError(isLoginErrorCode(reason) ? reason : 'link_invalid');
    }
    return this.#session();
  }

  /**
   * A magic link opened in this browser, asked for in another: the server holds the sign-in until the person confirms
   * it is theirs. The continue step names whose it is (masked); its click is continueElsewhere().
   */
  async #awaitingConfirmation(): Promise<LoginError> {
    try {
      const response = await this.#request('confirmation', { method: 'GET' });
      const { connection, recipient } = (await response.json()) as { connection: 'email' | 'sms'; recipient: string };
      // In full, not masked: the person must recognise the very account before they confirm.
      const continuation: Continuation = { to: 'link-session', reason: 'other-browser', host: location.host, connection, recipient: String(recipient), maskedRecipient: String(recipient) };
      return loginError('link_invalid', { developerHint: 'A magic link asked for in another browser was opened here: the person confirms before the session starts.', continuation });
    } catch (error) {
      return error as LoginError; // the confirmation expired (10 minutes) or was taken: link_invalid, a new link
    }
  }

  /** The continue step's click: the server starts the session the person confirmed. */
  async continueElsewhere(): Promise<Authenticated> {
    const body = (await this.#post('confirm', {})) as { user: UserProfile };
    return { user: body.user };
  }

  /** The link was opened in another tab: the session cookie is the browser's, so this tab is signed in too. */
  confirmOtherTab(): Promise<Authenticated> {
    return this.#session();
  }

  /** Who the server's session names (a reload, a new tab), or null when there is none (401). */
  async checkSession(): Promise<Authenticated | null> {
    try {
      return await this.#session();
    } catch (error) {
      if ((error as LoginError).code === 'session_expired') return null;
      throw error;
    }
  }

  /** The server ends the session (in its store, so every copy of the cookie dies) and clears its cookies. */
  async signOut(): Promise<'signed-out'> {
    await this.#post('logout', {});
    return 'signed-out';
  }

  /**
   * The widget the server wants solved before a send: its settings' `humanCheck` when `required: 'always'`, or the one
   * a refused start carried (400 `captcha_required` or `invalid_captcha`). Null when none is needed, and when the
   * settings cannot be read (the start then says whether a check was needed).
   */
  async humanCheck(): Promise<HumanCheck | null> {
    const settings = await this.#readSettings().catch(() => null);
    const configured = settings?.humanCheck;
    const check: ServerCheck | null | undefined = this.#refusedFor ?? (configured && configured.required !== 'after_failures' ? configured : null);
    if (!check) return null;
    const provider = Object.hasOwn(SERVER_WIDGETS, check.provider) ? SERVER_WIDGETS[check.provider] : undefined;
    if (!provider || typeof check.siteKey !== 'string' || !check.siteKey) {
      const named = String(check.provider).replace(/[^\w.-]/g, '').slice(0, 40);
      throw loginError('misconfigured', { developerHint: `The server asked for a human check by "${named}"${provider ? ' without its site key' : ''}: the element shows turnstile, hcaptcha and recaptcha.` });
    }
    return { kind: 'widget', provider, siteKey: check.siteKey };
  }

  /** The server's passkey routes (backend-passkeys.ts). */
  passkeys(): BackendPasskeys {
    return new BackendPasskeys({ post: (route, payload) => this.#post(route, payload), settings: () => this.#readSettings() });
  }

  /** The countries the server sends text messages to (its `smsCountries`), or null for any. */
  async smsCountries(): Promise<readonly string[] | null> {
    return (await this.#readSettings()).smsCountries;
  }

  /**
   * The server's settings, asked once per page (a failure is asked again next time). A handler too old to have the
   * route (404) has none: no human check, any country.
   */
  #readSettings(): Promise<BackendSettings> {
    return (this.#settings ??= this.#request('settings', { method: 'GET' }).then(
      async (response) => {
        const body = (await response.json()) as Partial<BackendSettings>;
        return { humanCheck: body.humanCheck ?? null, smsCountries: Array.isArray(body.smsCountries) ? body.smsCountries.map(String) : null, passkeys: body.passkeys ?? null };
      },
      (error: LoginError) => {
        if (error.code === 'misconfigured') return { humanCheck: null, smsCountries: null, passkeys: null };
        this.#settings = undefined;
        throw error;
      },
    ));
  }

  async #session(): Promise<Authenticated> {
    const response = await this.#request('session', { method: 'GET' });
    const body = (await response.json()) as { user: UserProfile };
    return { user: body.user };
  }

  async #post(route: RouteName, payload: object): Promise<unknown> {
    const response = await this.#request(route, { method: 'POST', body: JSON.stringify(payload) });
    return response.status === 204 ? {} : response.json();
  }

  async #request(route: RouteName, init: RequestInit, extraHeaders: Record<string, string> = {}): Promise<Response> {
    const base = sameOriginEndpoint(this.#options.endpoint);
    if (base === null) {
      throw loginError('misconfigured', { developerHint: 'endpoint must be a path on this site (e.g. /auth/passwordless), never another origin.' });
    }
    const url = `${base}/${route}`;
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', [CSRF_HEADER]: '1', ...extraHeaders },
      });
    } catch {
      // The request may have reached the server: its answer, not the request, may be what was lost.
      throw loginError('network', { developerHint: `No answer from ${url}.`, uncertain: true });
    }
    if (response.ok) return response;
    type Refusal = { error?: unknown; humanCheck?: Partial<ServerCheck> | null; requirement?: unknown; unknownCredential?: unknown };
    const body = await response.json().then((json: unknown) => (json ?? {}) as Refusal, (): Refusal => ({}));
    // A start refused for want of a human check names the check: the next humanCheck() answers it.
    const asked = body.humanCheck;
    if (route === 'start' && typeof asked?.provider === 'string') this.#refusedFor = { provider: asked.provider, siteKey: String(asked.siteKey ?? '') };
    const error = errorFrom(response, body.error, url);
    // A passkey refusal: which requirement is missing (the server's log says how to fix it), or a credential Auth0 does not know.
    // (A pattern, not PASSKEY_REQUIREMENTS: a value of wire.js used here would be bundled into the entry, whose bytes are counted.)
    if (typeof body.requirement === 'string' && /^[a-z_]{1,30}$/.test(body.requirement)) error.requirement = body.requirement as LoginError['requirement'];
    if (body.unknownCredential === true) error.unknownCredential = true;
    throw error;
  }
}

/** The error of a refused request, from its body's `error` (not JSON: from the status). */
function errorFrom(response: Response, code: unknown, url: string): LoginError {
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  // 504 network: the server gave up waiting for Auth0, which may have sent the message anyway.
  if (isLoginErrorCode(code)) return loginError(code, { retryAfterMs, uncertain: code === 'network' });
  if (response.status === 429) return loginError('rate_limited', { retryAfterMs });
  if (response.status === 404) return loginError('misconfigured', { developerHint: `Nothing answers at ${url}: is the handler mounted there?` });
  if (response.status === 401) return loginError('session_expired');
  return loginError(response.status >= 500 ? 'service_unavailable' : 'unknown', { developerHint: `${url} answered ${response.status}.` });
}
