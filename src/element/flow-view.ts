// Everything of the element past its first render, in one lazy chunk: the flow that runs the sign-in, the messages
// of every language, the steps after the first with their styles, and the first step's extras (country selector,
// typo suggestion, countdown). The element renders the first step itself and hands the rest to this view.
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type ReactiveController } from 'lit';
import { live } from 'lit/directives/live.js';
import { createTransport } from '../auth/lazy-transport.js';
import type { LoginError } from '../auth/login-error.js';
import type { PasswordlessTransport } from '../auth/transport.js';
import { LoginFlowController, type FlowHost } from '../flow/login-flow.controller.js';
import type { LoginStep } from '../flow/login-state.js';
import { LocalizeController } from '../i18n/localize.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import { takeClaimedCallback } from '../internal/callback.js';
import { codeInputValue, defaultPhoneCountry } from '../internal/identifier.js';
import { resumeKeyOf } from '../internal/resume-check.js';
import { countryOptions, formatAsYouType, isCountry, loadPhoneLibrary } from '../internal/phone-lazy.js';
import { listenForSmsCode } from '../internal/web-otp.js';
import { stepStyles } from './flow-view.styles.js';
import type { PasswordlessLogin } from './passwordless-login.element.js';

export class FlowView implements FlowHost, ReactiveController {
  readonly flow: LoginFlowController;
  private readonly localize: LocalizeController;
  private styled = false;
  private selectedCountry?: string;
  private phoneLibrary?: Awaited<ReturnType<typeof loadPhoneLibrary>>;
  private loadingPhone = false;
  private emailSuggestion: string | null = null;
  private lastAutoSubmitted = '';
  private webOtp?: AbortController;
  private announcedCooldown?: { until: number; seconds: number };
  private builtTransport?: PasswordlessTransport;
  private transportConfig?: string;
  /** The messages of the update under way: every render function asks for them, resolved once per update. */
  private rendering?: PasswordlessMessages;
  /** Nothing usable was on screen when the view arrived: the flow may show a callback or a resume record instead. */
  restorable: boolean;

  /** `hooks`: what the view calls on the element. `renderedStep`: the step on screen when the view arrives (undefined when none was, i.e. before the first render). */
  constructor(
    readonly element: PasswordlessLogin,
    /** The element's refusal check and error report: private to it, handed over here. */
    private readonly hooks: { refuses(): boolean; report(error: LoginError): void },
    private renderedStep?: LoginStep,
  ) {
    this.restorable = renderedStep === undefined;
    this.localize = new LocalizeController(element);
    element.addController(this);
    this.flow = new LoginFlowController(this);
    // What was typed before the view arrived.
    const typed = element.shadowRoot?.querySelector<HTMLInputElement>('#identifier')?.value;
    if (typed) this.flow.editIdentifier(typed);
  }

  // ---- FlowHost ----

  get connection() {
    return this.element.connection;
  }

  get send() {
    return this.element.send;
  }

  get codeLength() {
    return this.element.codeLength;
  }

  get resumeKey() {
    return resumeKeyOf(this.element);
  }

  get locale(): string {
    return this.localize.lang;
  }

  /** The country chosen in the selector, else the one of `lang`, else of the browser. */
  get phoneCountry(): string | undefined {
    return this.selectedCountry ?? defaultPhoneCountry(this.locale, navigator.language);
  }

  transport(): PasswordlessTransport {
    const { customTransport, endpoint, domain, clientId, redirectUri, responseType, scope, audience } = this.element;
    if (customTransport) return customTransport;
    // Each mode's transport is a lazy chunk: only one of them ever loads. Built again when the configuration changes.
    const config = { endpoint, domain, clientId, redirectUri, responseType, scope, audience };
    const key = JSON.stringify(config);
    if (!this.builtTransport || key !== this.transportConfig) {
      this.transportConfig = key;
      this.builtTransport = createTransport({ ...config, redirectUri: redirectUri || `${location.origin}${location.pathname}` });
    }
    return this.builtTransport;
  }

  describe(error: LoginError): string {
    return this.messages().errors[error.code];
  }

  refuses(): boolean {
    return this.hooks.refuses();
  }

  takeCallback() {
    return takeClaimedCallback();
  }

  report(error: LoginError): void {
    this.hooks.report(error);
  }

  // ---- for the element ----

  messages(): PasswordlessMessages {
    return this.rendering ?? this.localize.messages(this.element.messages);
  }

  submit(): void {
    const { step } = this.flow.state;
    if (step === 'identify') void this.flow.submitIdentifier();
    else if (step === 'code') void this.flow.submitCode();
    else if (step === 'error') this.flow.reset();
  }

  onIdentifierInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const atEnd = input.selectionStart === input.value.length;
    if (this.connection === 'sms' && this.phoneLibrary && atEnd && event.inputType !== 'deleteContentBackward') {
      input.value = formatAsYouType(this.phoneLibrary, input.value, this.phoneCountry ?? 'US');
    }
    this.emailSuggestion = null;
    this.flow.editIdentifier(input.value);
  }

  onIdentifierChange(event: Event): void {
    if (this.connection !== 'email') return;
    const input = event.target as HTMLInputElement;
    const typed = input.value.trim();
    // A lazy chunk: it is needed only once something was typed.
    void import('../internal/email-suggestion.js').then(({ suggestEmail }) => {
      if (input.value.trim() !== typed) return;
      this.emailSuggestion = suggestEmail(typed);
      this.element.requestUpdate();
    }, () => undefined);
  }

  // ---- lifecycle ----

  hostConnected(): void {
    if (this.styled) return;
    this.styled = true;
    const root = this.element.shadowRoot!;
    const own = (this.element.constructor as typeof PasswordlessLogin).elementStyles;
    adoptStyles(root, supportsAdoptingStyleSheets ? [...own, stepStyles] : [stepStyles]);
  }

  hostUpdate(): void {
    this.rendering = this.localize.messages(this.element.messages);
    if (this.connection === 'sms' && !this.phoneLibrary && !this.loadingPhone) {
      this.loadingPhone = true;
      loadPhoneLibrary().then(
        (lib) => {
          this.phoneLibrary = lib;
          this.element.requestUpdate();
        },
        () => (this.loadingPhone = false),
      );
    }
  }

  hostUpdated(): void {
    this.rendering = undefined;
    this.restorable = false;
    const { step } = this.element;
    if (this.renderedStep === step) return;
    this.webOtp?.abort();
    this.webOtp = step === 'code' && this.connection === 'sms' ? listenForSmsCode((code) => this.fillCode(code)) : undefined;
    // Never on the first render: the page's focus is not ours to take.
    const focusWasHere = this.element.matches(':focus-within') || document.activeElement === document.body;
    if (this.renderedStep !== undefined && focusWasHere) this.element.shadowRoot?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    this.renderedStep = step;
  }

  hostDisconnected(): void {
    // Moved in the page: on reconnect a resume record may replace the first step only if nothing was typed there.
    const { step, identifier, busy } = this.flow.state;
    this.restorable = step === 'identify' && !identifier && !busy;
    this.webOtp?.abort();
    this.renderedStep = undefined;
  }

  /** A code from WebOTP goes through the same path as typing it. */
  private fillCode(code: string): void {
    const input = this.element.shadowRoot?.querySelector<HTMLInputElement>('#code');
    if (!input) return;
    input.value = code;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }

  // ---- event handlers (arrow functions: Lit calls listeners with the element as `this`) ----

  private readonly acceptSuggestion = (): void => {
    if (this.emailSuggestion) this.flow.editIdentifier(this.emailSuggestion);
    this.emailSuggestion = null;
    this.element.requestUpdate();
    this.element.shadowRoot?.querySelector<HTMLInputElement>('#identifier')?.focus();
  };

  private readonly onCountryChange = (event: Event): void => {
    this.selectedCountry = (event.target as HTMLSelectElement).value;
    this.element.requestUpdate();
  };

  private readonly onCodeInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const value = codeInputValue(input.value, this.codeLength);
    input.value = value;
    this.flow.editCode(value);
    // Submit by itself once, when the last digit arrives (typed, pasted or autofilled).
    if (value.length === this.codeLength && value !== this.lastAutoSubmitted) {
      this.lastAutoSubmitted = value;
      void this.flow.submitCode();
    }
  };

  private readonly onResend = (): void => {
    this.lastAutoSubmitted = '';
    void this.flow.resend();
  };

  // ---- rendering (the element calls these from its render) ----

  renderCountrySelect() {
    const lib = this.phoneLibrary;
    if (this.connection !== 'sms' || !lib) return nothing;
    const m = this.messages();
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

  renderSuggestion() {
    if (!this.emailSuggestion) return nothing;
    const m = this.messages();
    return html`<p part="hint suggestion">
      ${m.didYouMean(this.emailSuggestion)}
      <button part="secondary-button suggestion-button" type="button" @click=${this.acceptSuggestion}>${m.useSuggestion}</button>
    </p>`;
  }

  /** The first step's countdown while a rate limit or an outage holds sending. */
  renderHold() {
    return this.flow.holding ? html`<span part="countdown">${this.messages().resendIn(this.flow.secondsUntilResend)}</span>` : nothing;
  }

  /** The fields of every step but the first. */
  renderStep() {
    const m = this.messages();
    const { step, busy, error, code, maskedRecipient, user, uncertain } = this.flow.state;
    switch (step) {
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
              aria-invalid=${error ? 'true' : 'false'}
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
      default:
        return nothing;
    }
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

  /** The buttons of every step but the first. */
  renderActions() {
    const m = this.messages();
    const { step, busy, error } = this.flow.state;
    const wait = this.flow.secondsUntilResend;
    const sms = this.connection === 'sms';
    const { endpoint } = this.element;
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
      case 'code':
        return html`
          <button part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? m.verifying : m.verify}</button>
          <div class="actions">${resend}</div>
          <div class="actions">${different}</div>
        `;
      case 'check-email':
        return html`
          <div class="actions">${resend}</div>
          ${endpoint
            ? nothing /* in backend mode the server decides what is sent */
            : html`<div class="actions">
                <button part="secondary-button" type="button" @click=${() => void this.flow.sendCodeInstead()}>${m.sendCodeInstead}</button>
              </div>`}
          <div class="actions">${different}</div>
        `;
      case 'error': {
        const linkFailed = this.send === 'link' && !sms && (error?.code === 'link_invalid' || error?.code === 'code_expired');
        return html`<button part="submit-button" type="submit" data-autofocus>
            ${linkFailed ? m.sendNewLink : error?.code === 'link_invalid' ? m.tryAgain : m.startOver}
          </button>
          ${linkFailed && !endpoint
            ? html`<div class="actions">
                <button part="secondary-button" type="button" @click=${() => this.flow.useCodeInstead()}>${m.sendCodeInstead}</button>
              </div>`
            : nothing}`;
      }
      default:
        return nothing;
    }
  }

  statusText() {
    const m = this.messages();
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
}
