import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
// In the entry, not in flow-view: the transports import it too, so no other chunk depends on flow-view (see loadView).
import { loginError, type LoginError } from '../auth/login-error.js';
import type { PasswordlessTransport } from '../auth/transport.js';
import { PasswordlessErrorEvent, PasswordlessStateChangeEvent } from '../events/passwordless-events.js';
import { LOGIN_STEPS, type Connection, type LoginState, type LoginStep, type SendMode } from '../flow/login-state.js';
import { resolveLang } from '../i18n/lang.js';
import { enFirstStep, type FirstStepMessages } from '../i18n/locales/en-first-step.js';
import { withOverrides, type PasswordlessMessages } from '../i18n/messages.js';
import { loadLocale } from '../i18n/locales/index.js';
import { registered } from '../i18n/registry.js';
import { callbackClaimed, claimCallback } from '../internal/callback.js';
import { whenIdle } from '../internal/idle.js';
import { refusalOf } from '../internal/refusal.js';
import { hasResumeRecord, resumeKeyOf } from '../internal/resume-check.js';
import type { FlowView } from './flow-view.js';
import { styles } from './passwordless-login.styles.js';

/** Key of the preview hook used by `previewState()` from `passwordless-login/testing`. */
export const PREVIEW = Symbol.for('passwordless-login.preview');

// This module is the element up to its first step: enough to show it and take typing. The flow, the other steps,
// their styles and every other message are one lazy chunk (flow-view.ts), loaded once the browser is idle, when the
// field gets focus, or at once when something other than the first step is due.
let View: typeof FlowView | undefined;
let loadingView: Promise<typeof FlowView> | undefined;
/** The URL of the chunk whose import failed, when the browser named it: the retry asks for it afresh. */
let failedUrl: string | undefined;
/** Why the last load failed (for the developer hint: a 404 or a CSP block is not being offline). */
let loadFailure = '';
const loadView = () =>
  (loadingView ??= (
    // A browser may keep a failed import for the page (whatwg/html#6768): a retry asks for a fresh URL. Safe, as the
    // chunk imports only modules already loaded under their own URLs, and only after a failure (dev servers and
    // bundlers see the plain import).
    failedUrl
      ? import(/* @vite-ignore */ `${failedUrl}?retry=${Date.now()}`).then((module: typeof import('./flow-view.js')) => module.FlowView)
      : import('./flow-view.js').then((module) => module.FlowView)
  ).then(
    (Loaded) => (View = Loaded),
    (error: unknown) => {
      loadingView = undefined; // offline: try again next time
      loadFailure = String(error);
      failedUrl ??= /\bhttps?:\/\/\S+?\.js\b/.exec(loadFailure)?.[0];
      throw error;
    },
  ));

/** The custom states: one per step, plus busy. */
const STATES = [...LOGIN_STEPS, 'busy'];

/**
 * Signs people in to Auth0 without a password: by email or SMS, with a one-time code or a magic link.
 *
 * SPA mode (`domain` + `client-id`) talks to Auth0 through auth0-js in the browser and needs an Auth0
 * Single Page Application. Backend mode (`endpoint`) posts to the site's own server, which runs the handler
 * from `passwordless-login/server` with a Regular Web Application's secret; no token reaches the browser.
 *
 * Safe defaults (see SECURITY.md): the element refuses to run when it finds a `client-secret` attribute (a secret in
 * a page is public; use backend mode), and inside a frame of another origin it shows "This sign-in cannot be shown
 * inside another site" instead of its form (clickjacking) unless `allow-framed` is set. `redirect-uri` must be http(s)
 * and `endpoint` a path on this site; anything else is refused with a console error before any request.
 *
 * @summary Passwordless sign-in to Auth0 by email or SMS, code or link.
 * @tagname passwordless-login
 *
 * @slot header - Replaces the heading (logo, product name).
 * @slot footer - Legal text or help links under the form.
 *
 * @event passwordless-state-change - The step changed: `{ from, to }`.
 * @event passwordless-start - A code or link was sent: `{ connection, send, recipient }` (recipient masked).
 * @event passwordless-authenticated - Signed in: `{ user, authResult? }`; `authResult` (tokens) in SPA mode only.
 * @event passwordless-error - Something failed: `{ code, message, recoverable }`.
 *
 * @csspart base - The outer box.
 * @csspart header - The heading.
 * @csspart form - The form of every step.
 * @csspart label - Field labels.
 * @csspart input - The email, phone and code fields.
 * @csspart identifier-input - The email or phone field.
 * @csspart code-input - The one-time code field (transparent, laid over the boxes).
 * @csspart code-box - Each of the N boxes the code is drawn in.
 * @csspart code-box-filled - A box that holds a digit.
 * @csspart code-box-active - The box the next digit goes in (highlighted while the field has focus).
 * @csspart country-select - The country selector of the SMS step.
 * @csspart suggestion - "Did you mean …?" under the email field.
 * @csspart suggestion-button - The button that takes the suggested address.
 * @csspart hint - Help text under a field, and "we sent a code to…".
 * @csspart submit-button - The main button of a step.
 * @csspart secondary-button - Resend, "use a different email", "start over".
 * @csspart countdown - The time left before resend works again.
 * @csspart status - Progress text (a polite live region).
 * @csspart error - The error message (an alert).
 * @csspart footer - Wraps the footer slot.
 *
 * @cssproperty [--passwordless-font-family=system-ui] - Font of everything.
 * @cssproperty [--passwordless-font-size=1rem] - Base size; everything scales from it.
 * @cssproperty [--passwordless-text-color=light-dark(#1b1b1f, #ececf1)] - Text.
 * @cssproperty [--passwordless-muted-color=light-dark(#5b5b66, #a9a9b5)] - Hints and status.
 * @cssproperty [--passwordless-background=light-dark(#ffffff, #1d1d22)] - Box background.
 * @cssproperty [--passwordless-border-color=light-dark(#8a8a96, #6e6e7a)] - Field borders.
 * @cssproperty [--passwordless-accent-color=light-dark(#3b4fd8, #9aa8ff)] - Buttons and links.
 * @cssproperty [--passwordless-on-accent-color=light-dark(#ffffff, #10122a)] - Text on the accent.
 * @cssproperty [--passwordless-danger-color=light-dark(#b3261e, #ffb4ab)] - Errors.
 * @cssproperty [--passwordless-radius=0.5rem] - Corner radius of fields and buttons.
 * @cssproperty [--passwordless-spacing=1rem] - The spacing unit.
 * @cssproperty [--passwordless-focus-ring=0 0 0 3px accent at 45%] - Focus indicator (a box-shadow).
 * @cssproperty [--passwordless-max-width=24rem] - Width of the box.
 *
 * @cssstate identify - Asking for the email or phone number.
 * @cssstate code - Asking for the code.
 * @cssstate check-email - Waiting for the magic link to be opened.
 * @cssstate callback - Finishing the sign-in on return.
 * @cssstate success - Signed in.
 * @cssstate error - Failed in a way the form cannot fix.
 * @cssstate busy - A request is running.
 */
export class PasswordlessLogin extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    domain: {},
    clientId: { attribute: 'client-id' },
    connection: {},
    send: {},
    redirectUri: { attribute: 'redirect-uri' },
    audience: {},
    scope: {},
    responseType: { attribute: 'response-type' },
    endpoint: {},
    codeLength: { attribute: 'code-length', type: Number },
    allowFramed: { attribute: 'allow-framed', type: Boolean },
    messages: { attribute: false },
    customTransport: { attribute: false },
  };

  // ---- public API ----

  /** Auth0 domain (`tenant.eu.auth0.com`, a custom domain) or a full origin such as `http://localhost:4400`. SPA mode. */
  domain = '';

  /** The Auth0 application's client ID (a Single Page Application). SPA mode. */
  clientId = '';

  /** `email` or `sms`. */
  connection: Connection = 'email';

  /** `code` (a one-time code) or `link` (a magic link; email only). */
  send: SendMode = 'code';

  /** Where Auth0 returns after a link or code login. Defaults to this page without query or hash. SPA mode. */
  redirectUri = '';

  /** API audience for the access token. SPA mode. */
  audience = '';

  /** OIDC scopes. Default `openid profile email`. SPA mode. */
  scope = '';

  /** `token id_token` (default) or `id_token` when no access token is needed. SPA mode. */
  responseType = '';

  /** The path the server handler is mounted on (e.g. `/auth/passwordless`): switches to backend mode. */
  endpoint = '';

  /** Digits in a code. Default 6, as Auth0 sends. */
  codeLength = 6;

  /**
   * Allow the form inside a frame of another origin. Off by default: a page that frames the element could overlay
   * decoys and steer clicks (clickjacking). Set it only for an embedding you control, and send
   * `Content-Security-Policy: frame-ancestors` naming the sites allowed to frame the page.
   */
  allowFramed = false;

  /** Overrides for any message, in the current language. Text only: never rendered as HTML. */
  messages?: Partial<PasswordlessMessages>;

  /** Replaces the network layer, e.g. with `FakeTransport` from `passwordless-login/testing`. */
  customTransport?: PasswordlessTransport;

  /** The current step. */
  get step(): LoginStep {
    return this.shown().step;
  }

  /** Back to the first step, keeping what was typed. */
  reset(): void {
    if (!this.#refuses()) this.later((view) => view.flow.reset());
  }

  /** @internal see previewState() in passwordless-login/testing */
  [PREVIEW](state: Partial<LoginState>): void {
    this.pending ||= !this.view;
    this.later((view) => view.flow.preview(state));
  }

  // ---- internals ----

  private readonly internals = this.attachInternals();
  /** The flow and every step but the first, once their chunk has loaded. */
  private view?: FlowView;
  /** Something other than the first step may be due (a callback, a resume record, a preview): neither shows until the view decides. */
  private pending = false;
  /** A request that waits for the view (see later()). */
  private waiting?: Promise<void>;
  /** Set for good once the element refuses to run: nothing is loaded or sent after that. */
  private refused?: LoginError;
  /** A callback was claimed on this page: the entry shows its step ("Signing you in…") until the view takes over. */
  private signingIn = false;
  /** A send waits for the view: the first step shows it is busy. */
  private sending = false;
  /** The last load of the view that failed and was reported. */
  private failedLoad?: Promise<unknown>;
  /** The view could not be loaded for something the person asked (offline). */
  private problem: LoginError | null = null;

  /**
   * Whether the element must not run: a client secret in the page (a secret in a page is public; use backend
   * mode), or a frame of another origin without allow-framed. The first refusal shows its error for good.
   */
  #refuses(): boolean {
    if (this.refused) return true;
    const refusal = refusalOf(this);
    if (!refusal) return false;
    const from = this.step;
    this.refused = this.described(refusal);
    this.requestUpdate();
    this.dispatchEvent(new PasswordlessStateChangeEvent({ from, to: 'error' }));
    this.#report(this.refused);
    return true;
  }

  /** The console hint for developers, and the allow-listed error event for the page. */
  #report(error: LoginError): void {
    if (error.developerHint) console.warn(`<passwordless-login> ${error.code}: ${error.developerHint}`);
    this.dispatchEvent(new PasswordlessErrorEvent(error));
  }

  private described(error: LoginError): LoginError {
    return { ...error, message: this.text().errors[error.code] ?? '' };
  }

  /** The view's messages; before it arrives, a locale the page registered, else the first step's English. */
  private text(): FirstStepMessages {
    return this.view?.messages() ?? withOverrides(registered(resolveLang(this)) ?? enFirstStep, this.messages);
  }

  /** What is on screen: a refusal, else the flow's state, else the first step (busy while something else may be due). */
  private shown(): Pick<LoginState, 'step' | 'busy' | 'error' | 'identifier'> {
    if (this.refused) return { step: 'error', busy: false, error: this.refused, identifier: '' };
    const step = this.pending && this.signingIn ? 'callback' : 'identify';
    return this.view?.flow.state ?? { step, busy: (this.pending || this.sending) && !this.problem, error: this.problem, identifier: '' };
  }

  /** Loads the view in the background; a failure is tried again on the next occasion. */
  private load(): Promise<FlowView> {
    return loadView().then((FlowView) => this.attach(FlowView));
  }

  private attach(Loaded: typeof FlowView): FlowView {
    if (!this.view) {
      // The view moves focus on a step change, never on its first render, unless the first step was already on screen.
      // What the view calls on the element is handed to it here, not public members (see FlowView's constructor).
      const hooks = { refuses: () => this.#refuses(), report: (error: LoginError) => this.#report(error) };
      this.view = new Loaded(this, hooks, this.hasUpdated && !this.pending ? 'identify' : undefined);
      this.requestUpdate();
    }
    return this.view;
  }

  /** Runs what the person (or a preview) asked for once the view is there: it waits, never lost or doubled. */
  private later(run: (view: FlowView) => void): void {
    if (this.view) return run(this.view);
    const loading = loadView();
    this.waiting = loading.then(
      (Loaded) => run(this.attach(Loaded)),
      () => {
        this.sending = false;
        // One failed load is one error, however many requests waited for it.
        if (this.failedLoad === loading) return;
        this.failedLoad = loading;
        // Offline before the rest of the element arrived: nothing was sent, what was typed stays. While a callback or
        // a resume record is due the form stays hidden (the first step would be a guess) and the error offers a retry.
        this.problem = this.described(loginError('network', { developerHint: `A part of <passwordless-login> could not be loaded: ${loadFailure}` }));
        this.#report(this.problem);
        this.requestUpdate();
      },
    );
  }

  /** Waits for requests waiting for the view, then for the render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.waiting) {
      const waiting = this.waiting;
      await waiting;
      if (this.waiting === waiting) this.waiting = undefined;
    }
    return super.getUpdateComplete();
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    if (!this.#refuses() && !this.view) {
      // The URL is scrubbed at once; what the callback or a resume record shows waits for the view, loaded now.
      // The parameters wait in callback.ts for whichever element's flow connects first (this one may be re-created).
      this.signingIn = claimCallback() || callbackClaimed();
      if (this.signingIn || hasResumeRecord(resumeKeyOf(this))) this.pending = true;
    }
    super.connectedCallback();
    if (View && !this.refused) this.attach(View);
    else if (this.pending) this.later(() => undefined);
  }

  protected override willUpdate(): void {
    // Properties set after connect (as frameworks do) may name the login of a resume record: still before the first
    // render, so the first step is not shown only to be replaced.
    if (!this.hasUpdated && !this.view && !this.pending && !this.refused && hasResumeRecord(resumeKeyOf(this))) {
      this.pending = true;
      this.later(() => undefined);
    }
  }

  protected override firstUpdated(): void {
    whenIdle(() => {
      if (!this.refused) void this.load().catch(() => undefined);
    });
  }

  protected override updated(): void {
    const { step, busy } = this.shown();
    // While a resume record is due no step is on screen: only busy is claimed.
    const showing = this.pending && !this.view && !this.signingIn ? '' : step;
    for (const name of STATES) {
      try {
        if (name === 'busy' ? busy : name === showing) this.internals.states.add(name);
        else this.internals.states.delete(name);
      } catch {
        // browsers with only the older `--name` syntax of CustomStateSet: styling by state is unavailable there
      }
    }
    // The country selector and other languages come with the view: no need to wait for idle time.
    if (this.view || this.refused) return;
    const lang = resolveLang(this);
    if (this.connection === 'sms' || !/^en\b/i.test(lang)) {
      void this.load().catch(() => undefined);
      // The language's own chunk loads alongside the view, and the first step speaks it as soon as it arrives.
      void loadLocale(lang)?.then(() => this.requestUpdate(), () => undefined);
    }
  }

  // ---- event handlers ----

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#refuses()) return;
    if (this.pending && !this.view) {
      // "Try again" after the rest of the element failed to load for a callback or a resume record: load it again.
      this.problem = null;
      this.requestUpdate();
      this.later(() => undefined);
    } else if (!this.sending) {
      // Busy until the view arrives and sends (a second press adds nothing); dropped if the element was removed meanwhile.
      this.sending = !this.view;
      this.problem = null;
      this.requestUpdate();
      this.later((view) => {
        this.sending = false;
        if (this.isConnected) view.submit();
      });
    }
  }

  private onIdentifierInput(event: InputEvent): void {
    if (this.view) this.view.onIdentifierInput(event);
    else if (this.problem) {
      this.problem = null;
      this.requestUpdate();
    }
  }

  private onIdentifierChange(event: Event): void {
    this.view?.onIdentifierChange(event);
  }

  /** Focus or a pointer on the field: what sending needs (the view, the transport, auth0-js) starts loading. */
  private warmUp(): void {
    if (!this.refused) void this.load().then((view) => view.flow.warmUp(), () => undefined);
  }

  // ---- rendering ----

  protected override render() {
    const m = this.text();
    const view = this.view;
    const { step, busy, error, identifier } = this.shown();
    const hidden = this.refused || (this.pending && !view);
    const first = step === 'identify';
    return html`
      <div part="base" class="base" dir=${m.$dir} lang=${m.$code}>
        <div part="header"><slot name="header"><h2 class="title">${m.title}</h2></slot></div>
        <form part="form" class=${this.pending && !view && !this.signingIn ? 'due' : ''} novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
          ${hidden
            ? step === 'callback' && !error
              ? html`<p part="hint" tabindex="-1" data-autofocus><span class="spinner" aria-hidden="true"></span>${m.signingIn}</p>`
              : nothing
            : first
              ? this.renderIdentify(m, busy, !!error, identifier)
              : view?.renderStep()}
          <p part="error" id="error" role="alert">${error && step !== 'error' ? m.errors[error.code] : nothing}</p>
          ${step === 'error' && error ? html`<p part="error">${m.errors[error.code]}</p>` : nothing}
          ${hidden
            ? this.problem && !this.refused
              ? html`<button part="submit-button" type="submit">${m.tryAgain}</button>`
              : nothing
            : first
              ? this.renderSend(m, busy)
              : view?.renderActions()}
        </form>
        <p part="status" role="status">${view ? view.statusText() : this.sending ? m.sending : step === 'callback' && !error ? m.signingIn : ''}</p>
        <div part="footer"><slot name="footer"></slot></div>
      </div>
    `;
  }

  private renderIdentify(m: FirstStepMessages, busy: boolean, invalid: boolean, identifier: string) {
    const sms = this.connection === 'sms';
    const kind = sms ? 'tel' : 'email';
    return html`
      ${this.view?.renderCountrySelect()}
      <label part="label" for="identifier">${sms ? m.phoneLabel : m.emailLabel}</label>
      <input
        part="input identifier-input"
        id="identifier"
        name=${kind}
        type=${kind}
        autocomplete=${kind}
        inputmode=${kind}
        spellcheck="false"
        autocapitalize="off"
        required
        data-autofocus
        .value=${identifier}
        ?readonly=${busy}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="identifier-hint error"
        @input=${this.onIdentifierInput}
        @change=${this.onIdentifierChange}
        @focus=${this.warmUp}
        @pointerdown=${this.warmUp}
      />
      ${this.view?.renderSuggestion()}
      <p part="hint" id="identifier-hint">${sms ? m.phoneHint : m.emailHint}</p>
    `;
  }

  private renderSend(m: FirstStepMessages, busy: boolean) {
    const flow = this.view?.flow;
    const mode = flow?.sendMode ?? (this.connection === 'sms' ? 'code' : this.send);
    return html`
      <button part="submit-button" type="submit" aria-disabled=${busy || flow?.holding ? 'true' : 'false'}>
        ${busy ? m.sending : mode === 'link' ? m.sendLink : m.sendCode}
      </button>
      ${this.view?.renderHold()}
    `;
  }
}
