// Runs the flow's effects (network calls, storage, timers) and reports each outcome back as an action.
// The state itself only ever changes through transition().
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLoginError, loginError, type LoginError } from '../auth/login-error.js';
import type { Authenticated, CallbackParams, PasswordlessTransport } from '../auth/transport.js';
import { PasswordlessAuthenticatedEvent, PasswordlessStartEvent, PasswordlessStateChangeEvent } from '../events/passwordless-events.js';
import { afterLoad, callbackToFollow, shareCallbackOutcome, type CallbackOutcome } from '../internal/callback-outcome.js';
import { maskRecipient, normaliseCode, normaliseEmail, normalisePhone } from '../internal/identifier.js';
import { whenIdle } from '../internal/idle.js';
import { clearResume, loadResume, saveResume } from '../internal/resume-store.js';
import { cooldownMs, transition, type LoginAction } from './login-machine.js';
import { initialState, type Connection, type LoginState, type SendMode } from './login-state.js';

/** What the flow needs to know about the element it runs in. */
export interface FlowHost {
  /** The flow is this element's controller, and dispatches its events on it. */
  readonly element: ReactiveControllerHost & HTMLElement;
  readonly connection: Connection;
  readonly send: SendMode;
  readonly codeLength: number;
  readonly locale: string;
  /** Country for national phone numbers (ISO 3166 alpha-2), from the country selector. */
  readonly phoneCountry: string | undefined;
  /** Identifies this login for the resume record (client ID or endpoint). */
  readonly resumeKey: string;
  transport(): PasswordlessTransport;
  /** The translated message for an error. */
  describe(error: LoginError): string;
  /** Whether the element must not run at all (a client secret in the page, a cross-origin frame); it shows why itself. */
  refuses(): boolean;
  /** Callback parameters the element took from the URL, once. */
  takeCallback(): CallbackParams | null;
  /**
   * Whether the flow may replace the first step with a callback or a resume record when it connects: not once the
   * person could use the first step (what was typed there is never lost).
   */
  readonly restorable: boolean;
  /** Tells developers (console) and the page (the error event) about a described error. */
  report(error: LoginError): void;
}

const NETWORK_TIMEOUT_MS = 15_000;
/** The least wait between manual retries when the sign-in service fails without a Retry-After. */
const OUTAGE_RETRY_MS = 5_000;

export class LoginFlowController implements ReactiveController {
  state: LoginState = initialState;
  /** Ticks once a second while a cooldown runs, so the countdown re-renders. */
  now = Date.now();
  private ticker?: ReturnType<typeof setInterval>;
  private warmUpScheduled = false;
  /** The person asked for a code instead of a link (see useCodeInstead). */
  private codeInstead = false;
  /** A code whose verify answer was lost: the server may have used it up. */
  private uncertainCode?: string;

  constructor(private readonly host: FlowHost) {
    host.element.addController(this);
  }

  hostConnected(): void {
    if (this.host.refuses()) return;
    const callback = this.host.restorable ? this.host.takeCallback() : null;
    if (callback) {
      void this.completeCallback(callback);
      return;
    }
    // Another element on this page took the callback (two elements, or this one re-created by a framework).
    const running = this.state.step === 'identify' ? callbackToFollow() : null;
    if (running) {
      void this.followCallback(running);
      return;
    }
    const record = this.host.restorable ? loadResume(this.host.resumeKey) : null;
    if (record && record.connection === this.host.connection && this.state.step === 'identify') {
      const { step, identifier, recipient, maskedRecipient, resendAvailableAt, sendCount, expired } = record;
      if (expired) {
        // Back after the code's lifetime: the start screen, the address kept, and why.
        this.dispatch({ type: 'restore', state: { identifier, error: this.described(loginError('code_expired')) } });
      } else {
        this.dispatch({ type: 'restore', state: { step, identifier, recipient, maskedRecipient, resendAvailableAt, sendCount, busy: false } });
      }
    }
    this.syncTicker();
  }

  hostDisconnected(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /** After the first render, fetch what sending needs (the transport, auth0-js in SPA mode) while the browser is idle. */
  hostUpdated(): void {
    if (this.warmUpScheduled) return;
    this.warmUpScheduled = true;
    whenIdle(() => this.warmUp());
  }

  /** A rate limit or an outage holds sending (in the identify step) until its countdown ends: nothing is sent meanwhile. */
  get holding(): boolean {
    const code = this.state.error?.code;
    return this.secondsUntilResend > 0 && (code === 'rate_limited' || code === 'service_unavailable');
  }

  get secondsUntilResend(): number {
    return Math.max(0, Math.ceil((this.state.resendAvailableAt - this.now) / 1000));
  }

  // ---- user intents ----

  editIdentifier(value: string): void {
    this.dispatch({ type: 'edit-identifier', value });
  }

  editCode(value: string): void {
    this.dispatch({ type: 'edit-code', value });
  }

  async submitIdentifier(): Promise<void> {
    const { state, host } = this;
    if (this.host.refuses()) return;
    if (state.busy || state.step !== 'identify' || this.holding) return;
    let recipient: string | null;
    try {
      recipient =
        host.connection === 'sms'
          ? await normalisePhone(state.identifier, host.phoneCountry)
          : normaliseEmail(state.identifier);
    } catch {
      // The phone library could not be loaded (offline): nothing was sent, the input stays.
      this.fail('invalid-identifier', loginError('network', { developerHint: 'libphonenumber-js could not be loaded.' }));
      return;
    }
    // A second submit while the phone number was being checked: the first one sends.
    if (this.state.busy || this.state.step !== 'identify') return;
    if (!recipient) {
      this.fail('invalid-identifier', loginError(host.connection === 'sms' ? 'invalid_phone_number' : 'invalid_email'));
      return;
    }
    this.dispatch({ type: 'submit-identifier', recipient, maskedRecipient: maskRecipient(recipient) });
    await this.start();
  }

  async resend(): Promise<void> {
    const { step, busy } = this.state;
    if (this.host.refuses()) return;
    if (busy || (step !== 'code' && step !== 'check-email') || this.secondsUntilResend > 0) return;
    this.dispatch({ type: 'resend' });
    await this.start();
  }

  /** From "check your email": send a one-time code instead of the link (it works in any browser); resends stay codes. */
  async sendCodeInstead(): Promise<void> {
    if (this.host.refuses() || this.state.busy || this.state.step !== 'check-email') return;
    this.codeInstead = true;
    this.dispatch({ type: 'resend' });
    await this.start();
  }

  async submitCode(): Promise<void> {
    const { state, host } = this;
    if (this.host.refuses() || state.busy || state.step !== 'code') return;
    const code = normaliseCode(state.code, host.codeLength);
    if (!code) {
      this.fail('invalid-code', loginError('invalid_code'));
      return;
    }
    this.dispatch({ type: 'submit-code' });
    try {
      const outcome = await withTimeout(
        host.transport().verify({ connection: host.connection, recipient: state.recipient, code }),
      );
      if (outcome.kind === 'redirecting') this.dispatch({ type: 'redirecting' });
      else this.authenticated(outcome.result);
    } catch (error) {
      let failure = asLoginError(error);
      // A retry of a code whose first answer was lost: "wrong" means the first try used it up. Ask for a new one.
      if (failure.code === 'wrong_code' && code === this.uncertainCode) failure = loginError('code_expired', { developerHint: 'The first try of this code lost its answer; the server had already used the code.' });
      this.uncertainCode = failure.uncertain ? code : undefined;
      this.fail('verify-failed', failure);
    }
  }

  back(): void {
    if (this.host.refuses()) return;
    clearResume(this.host.resumeKey);
    this.dispatch({ type: 'back' });
  }

  /** What the next send asks for: the element's `send`, unless the person chose a code after a link failed. */
  get sendMode(): SendMode {
    return this.host.connection === 'sms' || this.codeInstead ? 'code' : this.host.send;
  }

  /** After a magic link failed (another browser, expired, used): back to the start, to send a code this time. */
  useCodeInstead(): void {
    if (this.host.refuses()) return;
    clearResume(this.host.resumeKey);
    this.codeInstead = true;
    this.dispatch({ type: 'reset' });
  }

  reset(): void {
    if (this.host.refuses()) return;
    this.codeInstead = false;
    clearResume(this.host.resumeKey);
    this.dispatch({ type: 'reset' });
  }

  /** Shows any state without a network (the demo's states gallery, designers' previews). */
  preview(state: Partial<LoginState>): void {
    this.dispatch({ type: 'restore', state: { ...state, error: state.error ? this.described(state.error) : null } });
  }

  warmUp(): void {
    if (this.host.refuses()) return;
    try {
      this.host.transport().warmUp?.();
    } catch {
      // a misconfigured element reports its problem on submit, not on focus
    }
  }

  // ---- effects ----

  private async start(): Promise<void> {
    const { host } = this;
    let send = this.sendMode;
    try {
      const sent = await withTimeout(
        host.transport().start({ connection: host.connection, send, recipient: this.state.recipient, locale: host.locale }),
      );
      if (sent?.send) send = sent.send;
    } catch (error) {
      const failure = asLoginError(error);
      if (failure.uncertain && failure.code === 'network' && navigator.onLine !== false) {
        // The answer was lost, not necessarily the request: a message may be on its way. Never send again by
        // ourselves; show where the code goes, with resend on its cooldown (plan test 18).
        this.dispatch({ type: 'start-uncertain', send, resendAvailableAt: Date.now() + cooldownMs(this.state.sendCount + 1) });
        this.host.report(this.described(failure));
        return;
      }
      // Without a readable Retry-After, wait as long as the next resend would have: never hammer a limit.
      if (failure.code === 'rate_limited' && failure.retryAfterMs == null) failure.retryAfterMs = cooldownMs(this.state.sendCount + 1);
      // An outage: a manual retry at most every few seconds, or as the server asks.
      if (failure.code === 'service_unavailable' && failure.retryAfterMs == null) failure.retryAfterMs = OUTAGE_RETRY_MS;
      this.fail('start-failed', failure);
      return;
    }
    const now = Date.now();
    this.dispatch({ type: 'start-succeeded', send, resendAvailableAt: now + cooldownMs(this.state.sendCount + 1) });
    host.element.dispatchEvent(new PasswordlessStartEvent({ connection: host.connection, send, recipient: this.state.maskedRecipient }));
  }

  private async completeCallback(callback: Parameters<PasswordlessTransport['completeCallback']>[0]): Promise<void> {
    const record = this.host.restorable ? loadResume(this.host.resumeKey) : null;
    if (record) this.dispatch({ type: 'restore', state: { identifier: record.identifier } });
    // One parse and one validation per page, whatever the number of elements (plan test 26).
    await this.followCallback(shareCallbackOutcome(this.host.transport().completeCallback(callback)));
  }

  /** Shows the page's callback sign-in; the first element still on the page when it ends tells the page, once. */
  private async followCallback(outcome: CallbackOutcome): Promise<void> {
    this.dispatch({ type: 'callback-detected' });
    let result: Authenticated;
    try {
      result = await outcome.result;
    } catch (error) {
      await afterLoad();
      const failure = asLoginError(error);
      if (this.mayAnnounce(outcome)) this.fail('callback-failed', failure);
      else this.dispatch({ type: 'callback-failed', error: this.described(failure) });
      return;
    }
    // Listeners a page adds before the load event must hear about it.
    await afterLoad();
    if (this.mayAnnounce(outcome)) {
      this.authenticated(result);
    } else {
      clearResume(this.host.resumeKey);
      this.dispatch({ type: 'authenticated', user: result.user });
    }
  }

  private mayAnnounce(outcome: CallbackOutcome): boolean {
    if (outcome.announced || !this.host.element.isConnected) return false;
    outcome.announced = true;
    return true;
  }

  private authenticated(result: Authenticated): void {
    clearResume(this.host.resumeKey);
    this.dispatch({ type: 'authenticated', user: result.user });
    this.host.element.dispatchEvent(new PasswordlessAuthenticatedEvent(result));
  }

  private fail(type: 'invalid-identifier' | 'invalid-code' | 'verify-failed' | 'callback-failed' | 'start-failed', error: LoginError): void {
    const described = this.described(error);
    this.dispatch(type === 'start-failed' ? { type, error: described, now: Date.now() } : { type, error: described });
    this.host.report(described);
  }

  /** The error with its translated message, as the error event carries it. */
  private described(error: LoginError): LoginError {
    return { ...error, message: this.host.describe(error) };
  }

  private dispatch(action: LoginAction): void {
    const previous = this.state;
    this.state = transition(previous, action);
    if (this.state === previous) return;
    this.now = Date.now();
    this.host.element.requestUpdate();
    // A restore (from the record itself, or a designer's preview) is not a new step worth remembering.
    if (action.type !== 'restore' && (this.state.step === 'code' || this.state.step === 'check-email')) {
      saveResume(this.host.resumeKey, this.state, this.host.connection, this.host.send);
    }
    this.syncTicker();
    if (previous.step !== this.state.step) {
      this.host.element.dispatchEvent(new PasswordlessStateChangeEvent({ from: previous.step, to: this.state.step }));
    }
  }

  private syncTicker(): void {
    const counting = this.state.resendAvailableAt > Date.now();
    if (counting && !this.ticker && this.host.element.isConnected) {
      this.ticker = setInterval(() => {
        this.now = Date.now();
        this.host.element.requestUpdate();
        if (this.now >= this.state.resendAvailableAt) this.syncTicker();
      }, 1000);
    } else if (!counting && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }
}

function asLoginError(error: unknown): LoginError {
  return isLoginError(error) ? error : loginError('unknown');
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(loginError('network', { developerHint: 'No answer within 15 s.', uncertain: true })), NETWORK_TIMEOUT_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}
