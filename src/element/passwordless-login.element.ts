import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { LoginError } from '../auth/login-error.js';
import { loginError } from '../auth/login-error.js';
import { createTransport } from '../auth/lazy-transport.js';
import type { PasswordlessTransport } from '../auth/transport.js';
import { LoginFlowController, type FlowHost } from '../flow/login-flow.controller.js';
import type { Connection, LoginStep, SendMode } from '../flow/login-state.js';
import { LocalizeController } from '../i18n/localize.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { codeInputValue, defaultPhoneCountry } from '../internal/identifier.js';
import { countryOptions, formatAsYouType, isCountry, loadPhoneLibrary } from '../internal/phone-lazy.js';
import { listenForSmsCode } from '../internal/web-otp.js';
import { styles } from './passwordless-login.styles.js';
import type { LoginState } from '../flow/login-state.js';

/** Key of the preview hook used by `previewState()` from `passwordless-login/testing`. */
export const PREVIEW = Symbol.for('passwordless-login.preview');

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
export class PasswordlessLogin extends LitElement implements FlowHost {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  // ---- public API ----

  /** Auth0 domain (`tenant.eu.auth0.com`, a custom domain) or a full origin such as `http://localhost:4400`. SPA mode. */
  @property() domain = '';

  /** The Auth0 application's client ID (a Single Page Application). SPA mode. */
  @property({ attribute: 'client-id' }) clientId = '';

  /** `email` or `sms`. */
  @property() connection: Connection = 'email';

  /** `code` (a one-time code) or `link` (a magic link; email only). */
  @property() send: SendMode = 'code';

  /** Where Auth0 returns after a link or code login. Defaults to this page without query or hash. SPA mode. */
  @property({ attribute: 'redirect-uri' }) redirectUri = '';

  /** API audience for the access token. SPA mode. */
  @property() audience = '';

  /** OIDC scopes. Default `openid profile email`. SPA mode. */
  @property() scope = '';

  /** `token id_token` (default) or `id_token` when no access token is needed. SPA mode. */
  @property({ attribute: 'response-type' }) responseType = '';

  /** The path the server handler is mounted on (e.g. `/auth/passwordless`): switches to backend mode. */
  @property() endpoint = '';

  /** Digits in a code. Default 6, as Auth0 sends. */
  @property({ attribute: 'code-length', type: Number }) codeLength = 6;

  /**
   * Allow the form inside a frame of another origin. Off by default: a page that frames the element could overlay
   * decoys and steer clicks (clickjacking). Set it only for an embedding you control, and send
   * `Content-Security-Policy: frame-ancestors` naming the sites allowed to frame the page.
   */
  @property({ attribute: 'allow-framed', type: Boolean }) allowFramed = false;

  /** Overrides for any message, in the current language. Text only: never rendered as HTML. */
  @property({ attribute: false }) messages?: Partial<PasswordlessMessages>;

  /** Replaces the network layer, e.g. with `FakeTransport` from `passwordless-login/testing`. */
  @property({ attribute: false }) customTransport?: PasswordlessTransport;

  /** The current step. */
  get step(): LoginStep {
    return this.flow.state.step;
  }

  /** Back to the first step, keeping what was typed. */
  reset(): void {
    this.flow.reset();
  }

  /** @internal see previewState() in passwordless-login/testing */
  [PREVIEW](state: Partial<LoginState>): void {
    this.flow.preview(state);
  }

  // ---- internals ----

  private readonly internals = this.attachInternals();
  private readonly localize = new LocalizeController(this);
  private readonly flow = new LoginFlowController(this);
  private builtTransport?: PasswordlessTransport;
  private lastAutoSubmitted = '';
  /** The step of the last render (undefined before the first one, and after a disconnect). */
  private renderedStep?: LoginStep;
  private webOtp?: AbortController;

  /** @internal the resolved language (FlowHost) */
  get locale(): string {
    return this.localize.lang;
  }

  /** @internal the country chosen in the selector, else the one of `lang`, else of the browser (FlowHost) */
  get phoneCountry(): string | undefined {
    return this.selectedCountry ?? defaultPhoneCountry(this.locale, navigator.language);
  }

  @state() private selectedCountry?: string;
  @state() private phoneLibrary?: Awaited<ReturnType<typeof loadPhoneLibrary>>;
  @state() private emailSuggestion: string | null = null;

  /** @internal (FlowHost) */
  get resumeKey(): string {
    return this.endpoint || this.clientId || 'default';
  }

  /** @internal (FlowHost) */
  transport(): PasswordlessTransport {
    if (this.customTransport) return this.customTransport;
    // Each mode's transport is a lazy chunk: the entry stays small and only one of them ever loads.
    this.builtTransport ??= createTransport({
      endpoint: this.endpoint,
      domain: this.domain,
      clientId: this.clientId,
      redirectUri: this.redirectUri || `${location.origin}${location.pathname}`,
      responseType: this.responseType,
      scope: this.scope,
      audience: this.audience,
    });
    return this.builtTransport;
  }

  /** @internal (FlowHost) */
  describe(error: LoginError): string {
    return this.localize.messages(this.messages).errors[error.code];
  }

  /** @internal (FlowHost) */
  refusal(): LoginError | null {
    if (this.hasAttribute('client-secret') || Object.hasOwn(this, 'clientSecret')) {
      return loginError('misconfigured', {
        developerHint:
          'A client-secret was given to the element. A secret in a web page is public: remove it from the page and rotate ' +
          'it in Auth0. A Regular Web Application (a confidential client) works in backend mode: set the endpoint attribute ' +
          'and mount the handler from passwordless-login/server, which keeps the secret on your server.',
      });
    }
    if (!this.allowFramed && framedByAnotherOrigin()) {
      return loginError('framed', {
        developerHint:
          'This page is shown in a frame of another origin, so the element does not show its form (clickjacking). Set ' +
          'allow-framed if this embedding is intended, and name the allowed parents in Content-Security-Policy: frame-ancestors.',
      });
    }
    return null;
  }

  // ---- lifecycle ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config = ['domain', 'clientId', 'redirectUri', 'responseType', 'scope', 'audience', 'endpoint'] as const;
    if (config.some((key) => changed.has(key))) this.builtTransport = undefined;
    if (changed.has('connection') && this.connection === 'sms' && !this.phoneLibrary) {
      loadPhoneLibrary().then((lib) => (this.phoneLibrary = lib), () => undefined);
    }
  }

  protected override updated(): void {
    const { step, busy } = this.flow.state;
    for (const name of ['identify', 'code', 'check-email', 'callback', 'success', 'error', 'busy']) {
      const on = name === 'busy' ? busy : name === step;
      try {
        if (on) this.internals.states.add(name);
        else this.internals.states.delete(name);
      } catch {
        // browsers with only the older `--name` syntax of CustomStateSet: styling by state is unavailable there
      }
    }
    if (this.renderedStep !== step) {
      this.webOtp?.abort();
      this.webOtp = step === 'code' && this.connection === 'sms' ? listenForSmsCode((code) => this.fillCode(code)) : undefined;
      // Never on the first render: the page's focus is not ours to take.
      const focusWasHere = this.matches(':focus-within') || document.activeElement === document.body;
      if (this.renderedStep !== undefined && focusWasHere) this.focusStep();
      this.renderedStep = step;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.webOtp?.abort();
    this.renderedStep = undefined;
  }

  /** A code from WebOTP goes through the same path as typing it. */
  private fillCode(code: string): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#code');
    if (!input) return;
    input.value = code;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }

  private focusStep(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[data-autofocus]');
    target?.focus();
  }

  // ---- event handlers ----

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const { step } = this.flow.state;
    if (step === 'identify') void this.flow.submitIdentifier();
    else if (step === 'code') void this.flow.submitCode();
    else if (step === 'error') this.flow.reset();
  }

  private onIdentifierInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const atEnd = input.selectionStart === input.value.length;
    if (this.connection === 'sms' && this.phoneLibrary && atEnd && event.inputType !== 'deleteContentBackward') {
      input.value = formatAsYouType(this.phoneLibrary, input.value, this.phoneCountry ?? 'US');
    }
    this.emailSuggestion = null;
    this.flow.editIdentifier(input.value);
  }

  private onIdentifierChange(event: Event): void {
    if (this.connection !== 'email') return;
    const input = event.target as HTMLInputElement;
    const typed = input.value.trim();
    // A lazy chunk: it is needed only once something was typed.
    void import('../internal/email-suggestion.js').then(({ suggestEmail }) => {
      if (input.value.trim() === typed) this.emailSuggestion = suggestEmail(typed);
    }, () => undefined);
  }

  private acceptSuggestion(): void {
    if (this.emailSuggestion) this.flow.editIdentifier(this.emailSuggestion);
    this.emailSuggestion = null;
    this.renderRoot.querySelector<HTMLInputElement>('#identifier')?.focus();
  }

  private onCountryChange(event: Event): void {
    this.selectedCountry = (event.target as HTMLSelectElement).value;
  }

  private onCodeInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const value = codeInputValue(input.value, this.codeLength);
    input.value = value;
    this.flow.editCode(value);
    // Submit by itself once, when the last digit arrives (typed, pasted or autofilled).
    if (value.length === this.codeLength && value !== this.lastAutoSubmitted) {
      this.lastAutoSubmitted = value;
      void this.flow.submitCode();
    }
  }

  private onResend(): void {
    this.lastAutoSubmitted = '';
    void this.flow.resend();
  }

  // ---- rendering ----

  protected override render() {
    const m = this.localize.messages(this.messages);
    const { step, busy, error } = this.flow.state;
    return html`
      <div part="base" class="base" dir=${m.$dir} lang=${m.$code}>
        <div part="header"><slot name="header"><h2 class="title">${m.title}</h2></slot></div>
        <form part="form" novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
          ${this.renderStep(m)}
          <p part="error" id="error" role="alert">${error && step !== 'error' ? m.errors[error.code] : nothing}</p>
          ${step === 'error' && error ? html`<p part="error">${m.errors[error.code]}</p>` : nothing}
          ${this.renderActions(m)}
        </form>
        <p part="status" role="status">${this.statusText(m)}</p>
        <div part="footer"><slot name="footer"></slot></div>
      </div>
    `;
  }

  private renderStep(m: PasswordlessMessages) {
    const { step, busy, error, identifier, code, maskedRecipient, user, uncertain } = this.flow.state;
    const invalid = error ? 'true' : 'false';
    switch (step) {
      case 'identify': {
        const sms = this.connection === 'sms';
        return html`
          ${sms ? this.renderCountrySelect(m) : nothing}
          <label part="label" for="identifier">${sms ? m.phoneLabel : m.emailLabel}</label>
          <input
            part="input identifier-input"
            id="identifier"
            name=${sms ? 'tel' : 'email'}
            type=${sms ? 'tel' : 'email'}
            autocomplete=${sms ? 'tel' : 'email'}
            inputmode=${sms ? 'tel' : 'email'}
            spellcheck="false"
            autocapitalize="off"
            required
            data-autofocus
            .value=${live(identifier)}
            ?readonly=${busy}
            aria-invalid=${invalid}
            aria-describedby="identifier-hint error"
            @input=${this.onIdentifierInput}
            @change=${this.onIdentifierChange}
            @focus=${() => this.flow.warmUp()}
          />
          ${this.emailSuggestion
            ? html`<p part="hint suggestion">
                ${m.didYouMean(this.emailSuggestion)}
                <button part="secondary-button suggestion-button" type="button" @click=${this.acceptSuggestion}>${m.useSuggestion}</button>
              </p>`
            : nothing}
          <p part="hint" id="identifier-hint">${sms ? m.phoneHint : m.emailHint}</p>
        `;
      }
      case 'code':
        return html`
          <p part="hint" id="sent-to">${uncertain ? m.maybeSentCode(maskedRecipient) : m.codeSentTo(maskedRecipient)}</p>
          <label part="label" for="code">${m.codeLabel}</label>
          <div class="code-field">
            <input
              part="input code-input"
              id="code"
              name="code"
              type="text"
              inputmode="numeric"
              autocomplete="one-time-code"
              spellcheck="false"
              required
              data-autofocus
              .value=${live(code)}
              ?readonly=${busy}
              aria-invalid=${invalid}
              aria-describedby="sent-to code-hint error"
              @input=${this.onCodeInput}
            />
            ${this.renderCodeBoxes(code)}
          </div>
          <p part="hint" id="code-hint">${m.codeHint(this.codeLength)}</p>
        `;
      case 'check-email':
        return html`
          <p part="hint" tabindex="-1" data-autofocus>${uncertain ? m.maybeSentLink(maskedRecipient) : m.linkSentTo(maskedRecipient)}</p>
          <p part="hint">${m.checkEmailHint}</p>
        `;
      case 'callback':
        return html`<p part="hint" tabindex="-1" data-autofocus><span class="spinner" aria-hidden="true"></span>${m.signingIn}</p>`;
      case 'success': {
        const who = user?.email ?? user?.phone_number;
        return html`<p part="hint" tabindex="-1" data-autofocus>${who ? m.signedInAs(String(who)) : m.signedIn}</p>`;
      }
      case 'error':
        return nothing;
    }
  }

  private renderCountrySelect(m: PasswordlessMessages) {
    const lib = this.phoneLibrary;
    if (!lib) return nothing;
    const selected = isCountry(lib, this.phoneCountry) ? this.phoneCountry : 'US';
    return html`
      <label part="label" for="country">${m.countryLabel}</label>
      <select part="input country-select" id="country" autocomplete="tel-country-code" @change=${this.onCountryChange}>
        ${countryOptions(lib, this.locale).map(
          ({ code, label }) => html`<option value=${code} ?selected=${code === selected}>${label}</option>`,
        )}
      </select>
    `;
  }

  /** The one real input is drawn as N boxes; screen readers, autofill and paste only ever see the input. */
  private renderCodeBoxes(code: string) {
    const active = Math.min(code.length, this.codeLength - 1);
    return html`<div class="code-boxes" aria-hidden="true">
      ${Array.from({ length: this.codeLength }, (_, i) => {
        const names = ['code-box', i < code.length ? 'code-box-filled' : '', i === active ? 'code-box-active' : ''];
        return html`<span part=${names.filter(Boolean).join(' ')}>${code[i] ?? ''}</span>`;
      })}
    </div>`;
  }

  private renderActions(m: PasswordlessMessages) {
    const { step, busy, error } = this.flow.state;
    const wait = this.flow.secondsUntilResend;
    const sms = this.connection === 'sms';
    const different = html`<button part="secondary-button" type="button" @click=${() => this.flow.back()}>
      ${sms ? m.useDifferentPhone : m.useDifferentEmail}
    </button>`;
    const resend = html`
      <button part="secondary-button" type="button" aria-disabled=${busy || wait > 0 ? 'true' : 'false'} @click=${this.onResend}>
        ${this.flow.sendMode === 'link' ? m.sendNewLink : m.resend}
      </button>
      ${wait > 0 ? html`<span part="countdown">${m.resendIn(wait)}</span>` : nothing}
    `;
    switch (step) {
      case 'identify': {
        const blocked = busy || this.flow.holding;
        return html`
          <button part="submit-button" type="submit" aria-disabled=${blocked ? 'true' : 'false'}>
            ${busy ? m.sending : this.flow.sendMode === 'link' ? m.sendLink : m.sendCode}
          </button>
          ${this.flow.holding ? html`<span part="countdown">${m.resendIn(wait)}</span>` : nothing}
        `;
      }
      case 'code':
        return html`
          <button part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? m.verifying : m.verify}</button>
          <div class="actions">${resend}</div>
          <div class="actions">${different}</div>
        `;
      case 'check-email':
        return html`
          <div class="actions">${resend}</div>
          ${this.endpoint
            ? nothing /* in backend mode the server decides what is sent */
            : html`<div class="actions">
                <button part="secondary-button" type="button" @click=${() => void this.flow.sendCodeInstead()}>${m.sendCodeInstead}</button>
              </div>`}
          <div class="actions">${different}</div>
        `;
      case 'error': {
        // A refusal (client secret in the page, cross-origin frame) offers nothing to press.
        if (this.flow.refused) return nothing;
        const linkFailed = this.send === 'link' && !sms && (error?.code === 'link_invalid' || error?.code === 'code_expired');
        return html`<button part="submit-button" type="submit" data-autofocus>
            ${linkFailed ? m.sendNewLink : error?.code === 'link_invalid' ? m.tryAgain : m.startOver}
          </button>
          ${linkFailed && !this.endpoint
            ? html`<div class="actions">
                <button part="secondary-button" type="button" @click=${() => this.flow.useCodeInstead()}>${m.sendCodeInstead}</button>
              </div>`
            : nothing}`;
      }
      default:
        return nothing;
    }
  }

  private statusText(m: PasswordlessMessages) {
    const { step, busy } = this.flow.state;
    if (step === 'identify' && busy) return m.sending;
    if (step === 'code' && busy) return m.verifying;
    if (step === 'callback') return m.signingIn;
    const countdown = this.countdownAnnouncement(m);
    return countdown ? html`<span class="visually-hidden">${countdown}</span>` : '';
  }

  /**
   * A cooldown is announced twice, not every second: when it starts ("… in 30 s") and when it ends ("… now").
   * The visible countdown ticks outside the live region, where a screen reader can still read it.
   */
  private countdownAnnouncement(m: PasswordlessMessages): string {
    const { resendAvailableAt } = this.flow.state;
    const wait = this.flow.secondsUntilResend;
    if (wait > 0) {
      if (this.announcedCooldown?.until !== resendAvailableAt) this.announcedCooldown = { until: resendAvailableAt, seconds: wait };
      return m.resendIn(this.announcedCooldown.seconds);
    }
    return this.announcedCooldown?.until === resendAvailableAt ? m.resendReady : '';
  }

  private announcedCooldown?: { until: number; seconds: number };
}

/** True inside a frame whose parent chain includes another origin (sandboxed, opaque origins count as other). */
function framedByAnotherOrigin(): boolean {
  if (window.top === window.self) return false;
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) return Array.from(ancestors).some((origin) => origin !== location.origin);
  try {
    return window.top?.location.origin !== location.origin || window.parent.location.origin !== location.origin;
  } catch {
    return true; // reading another origin's location throws
  }
}
