// Runs the flow's effects (network calls, storage, timers, the phone library, WebOTP) and reports each outcome to
// the machine as an action. It keeps no flow state of its own: the state lives in the element, and only ever
// changes through transition().
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normaliseCode, normaliseEmail, normalisePhone } from '../../protocol/identifiers.js';
import type { LoginAction, LoginState } from '../flow/machine.js';
import { awaitsLink, canSend, codeRejected, historyChange, mayPickUp, resumeChange, submitIntent, type HistoryChange } from '../flow/machine.js';
import { claimedStep, nextSendMode, type FlowSettings } from '../flow/selectors.js';
import { LocalizeController } from '../i18n/localize.js';
import type { MessageOverrides, PasswordlessMessages } from '../i18n/messages.js';
import { codeAfterEdit } from '../input/code-entry.js';
import { maskRecipient } from '../input/identifier.js';
import { listenForSmsCode } from '../input/web-otp.js';
import { loginError, type LoginError, type LoginStep, type SignInMethod, type UserProfile } from '../model.js';
import { PasswordlessAuthenticatedEvent } from '../events/passwordless-authenticated.js';
import { PasswordlessStartEvent } from '../events/passwordless-start.js';
import { afterLoad, callbackToFollow, claimAnnouncement, shareCallbackOutcome, type CallbackOutcome } from './callback-outcome.js';
import { takeClaimedCallback } from '../page/callback.js';
import { whenIdle } from '../page/idle.js';
import { clearResume, loadResume, saveResume, takeSignedOutNote } from './resume-record.js';
import { listenForOtherTab, tellOtherTabs } from './other-tabs.js';
import { historyKey, lastLink, noteHistory, readHistory, rememberLink, sweep } from './send-history.js';
import { answered, answerWithin, clock } from './clock.js';
import { resumeKeyOf } from '../page/resume.js';
import { namesLogin } from './names-login.js';
import { scrubAgain } from './scrub-again.js';
import { Session } from './session.js';
import { HumanCheckEffects } from './human-check/check-effects.js';
import { CHECK_IDS } from './human-check/check-fields.js';
import { createTransport } from '../transport/lazy-transport.js';
import { asLoginError, type Authenticated, type CallbackParams, type PasswordlessTransport } from '../transport/transport.js';
import type { CountryChoice, StepIntents } from '../element/step-view.js';
import type { SmsCountriesValue } from '../input/phone/sms-countries.js';

/** How long a send waits for the server's list of countries it texts, when it has not answered yet. */
const COUNTRIES_WAIT_MS = 5000;

/** The element's attributes the flow reads (the element implements this; the flow never imports the element). */
export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  readonly endpoint: string;
  readonly domain: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly responseType: string;
  readonly scope: string;
  readonly audience: string;
  readonly messages?: MessageOverrides;
  readonly customTransport?: PasswordlessTransport;
  readonly signOutButton?: boolean;
  readonly smsCountries?: SmsCountriesValue;
  readonly hasUpdated: boolean;
}

/** What the element hands its flow: its state and dispatch, its settings, and its error report. One direction only. */
export interface FlowPort {
  readonly host: FlowHost;
  state(): LoginState;
  dispatch(action: LoginAction): void;
  settings(): FlowSettings;
  /** Tells developers (console) and the page (the error event) about an error. */
  report(error: LoginError): void;
  /** Whether the element must not run (a secret in the page, a foreign frame): it then shows why, for good. */
  refuses(): boolean;
}

/** Why an element without a login does nothing yet (see hostConnected). */
const UNNAMED_HINT = 'waits for its settings: set domain and client-id (SPA mode), or endpoint (backend mode).';

type PhoneEffects = InstanceType<typeof import('../input/phone.chunk.js').PhoneEffects>;
type PasskeyEffects = InstanceType<typeof import('./passkeys/passkeys.chunk.js').PasskeyEffects>;

export class FlowController implements ReactiveController {
  /** Ticks once a second while a cooldown runs, so the countdown re-renders. All time here is `clock`'s: tests replace it. */
  now = clock.now();
  #stopTicker?: () => void;
  readonly #localize: LocalizeController;
  /** The phone chunk's effects (SMS only): libphonenumber-js, this element's country picker and the countries it texts. */
  #phone?: PhoneEffects;
  #loadingPhone?: Promise<PhoneEffects>;
  #warmUpScheduled = false;
  #webOtp?: AbortController;
  #builtTransport?: { key: string; transport: PasswordlessTransport };
  /** Stops listening for another tab's sign-in (while a link is awaited), or for the asking tab's answer. */
  #stopOtherTabs?: () => void;
  /** The step on screen after the last update (undefined before the first, or while nothing is shown). */
  #shownStep?: LoginStep;
  readonly #port: FlowPort;
  /** The session after a sign-in: checked on load, after a used link, ended (see session.ts). */
  readonly #session: Session;
  /** The first step's human check: asked for, its widget, focus on it (see human-check/check-effects.ts). */
  readonly #checks: HumanCheckEffects;
  /** Passkeys: the field's autofill, the button, sign-up, the offer after a code (see passkeys/passkey-effects.ts). */
  #passkeys?: PasskeyEffects;
  #loadingPasskeys?: Promise<PasskeyEffects | undefined>;

  constructor(port: FlowPort) {
    this.#port = port;
    this.#session = new Session({ ...port, accepted: (action) => this.#accepted(action), transport: () => this.#transport(), messages: () => this.messages() });
    this.#checks = new HumanCheckEffects({ ...port, transport: () => this.#transport(), lang: () => this.lang, submit: () => this.submit() });
    // Focus moves on a step change, never on the first render, unless the first step was already on screen.
    this.#shownStep = port.host.hasUpdated ? (claimedStep(port.state()) ?? undefined) : undefined;
    this.#localize = new LocalizeController(port.host);
    port.host.addController(this);
  }

  get #state(): LoginState {
    return this.#port.state();
  }

  #dispatch(action: LoginAction): void {
    this.#port.dispatch(action);
  }

  /** Dispatches, and tells whether the machine took the action (the state changed), e.g. before sending. */
  #accepted(action: LoginAction): boolean {
    const before = this.#state;
    this.#dispatch(action);
    return this.#state !== before;
  }

  // ---- lifecycle ----

  /**
   * Picks up where the page left off: a callback in the URL, one another element is finishing, or a resume record.
   * Only while nothing usable was on screen: what was typed in the first step is never replaced.
   */
  hostConnected(): void {
    const { host } = this.#port;
    host.addEventListener('keydown', this.#noteGesture, true);
    host.addEventListener('pointerdown', this.#noteGesture, true);
    window.addEventListener('storage', this.#storageChanged);
    sweep(clock.now());
    if (namesLogin(host)) return this.#pickUp();
    // React 19 sets the properties of an element it hydrates after the element connected: until the element names its
    // login, nothing is picked up or asked (hostUpdate does it then), rather than fail as unconfigured. Auth0's answer
    // in the URL shows "Signing you in…" meanwhile, not the first step.
    this.#awaitingLogin = true;
    this.#heldCallback ??= mayPickUp(this.#state, 'callback') ? takeClaimedCallback() : null;
    if (this.#heldCallback) this.#dispatch({ type: 'callback-detected' });
    // A page that never names it: tell developers why nothing happens (a framework sets the properties before this).
    void afterLoad().then(() =>
      whenIdle(() => {
        if (this.#awaitingLogin) console.warn(`<passwordless-login> ${UNNAMED_HINT}`);
      }),
    );
  }

  /** Connected without a login to name (see hostConnected); */
  #awaitingLogin = false;
  /** and the callback's parameters, taken meanwhile (kept if the element moves before it is named). */
  #heldCallback: CallbackParams | null = null;

  #pickUp(): void {
    const state = this.#state;
    const held = this.#heldCallback;
    this.#heldCallback = null;
    const callback = held ?? (mayPickUp(state, 'callback') ? takeClaimedCallback() : null);
    if (callback) return void this.#completeCallback(callback);
    // Another element on this page took the callback (two elements, or this one re-created by a framework).
    const running = state.step === 'identify' || state.due === 'callback' ? callbackToFollow() : null;
    if (running) return void this.#followCallback(running);
    const { connection } = this.#port.settings();
    const resumeKey = resumeKeyOf(this.#port.host);
    // Auth0's logout brought the page back (SPA mode): the first step says the person is signed out.
    const pickUp = mayPickUp(state, 'resume');
    const signedOut = pickUp && takeSignedOutNote(resumeKey, clock.now());
    if (signedOut) this.#dispatch({ type: 'signed-out' });
    // (The note took the record's place: with it, there is no record to read.)
    const record = pickUp && !signedOut ? loadResume(resumeKey, clock.now()) : null;
    if (record && record.connection === connection) {
      if (record.expired) {
        const { identifier, sentWith } = record.point;
        this.#dispatch({ type: 'resume-expired', identifier, sentWith, error: loginError('code_expired') });
      } else this.#dispatch({ type: 'resume', point: record.point, now: clock.now() });
    }
    // This browser signed in here before, and nothing else is on screen: who is signed in now, asked silently.
    if (mayPickUp(this.#state, 'callback')) void this.#session.restore();
    this.#dispatch({ type: 'nothing-due' });
    // The first step is on screen with the flow: whether a human check must come before a send (Bot Detection).
    this.#checks.connected();
    this.#syncTicker();
  }

  hostDisconnected(): void {
    const { host } = this.#port;
    this.#awaitingLogin = false;
    host.removeEventListener('keydown', this.#noteGesture, true);
    host.removeEventListener('pointerdown', this.#noteGesture, true);
    window.removeEventListener('storage', this.#storageChanged);
    this.#shownStep = undefined;
    this.#stopTicker?.();
    this.#stopTicker = undefined;
    this.#webOtp?.abort();
    this.#webOtp = undefined;
    this.#stopOtherTabs?.();
    this.#stopOtherTabs = undefined;
    this.#checks.disconnected();
    this.#passkeys?.disconnect();
  }

  hostUpdate(): void {
    if (this.#awaitingLogin && namesLogin(this.#port.host)) {
      this.#awaitingLogin = false;
      this.#pickUp();
    }
    if (this.#port.settings().connection === 'sms' && !this.#phone) void this.#loadPhone().catch(() => undefined);
  }

  /** After the first render with the flow, fetch what sending needs (the transport, auth0-js) while the browser is idle. */
  hostUpdated(): void {
    this.#showValues();
    this.#moveFocus();
    this.#phone?.rendered(this.#port.host.shadowRoot);
    if (this.#warmUpScheduled) return;
    this.#warmUpScheduled = true;
    whenIdle(() => this.warmUp());
  }

  /**
   * After a render, the code field and the check's typed answer show what the state holds, even where typing changed
   * them since the last render (as Lit's live() would; a cleared answer clears its field).
   */
  #showValues(): void {
    const { code, check } = this.#state;
    const root = this.#port.host.shadowRoot;
    for (const [id, value] of [['code', code], [CHECK_IDS.answer, check?.answer]] as const) {
      const field = root?.getElementById(id) as HTMLInputElement | null;
      if (field && value !== undefined && field.value !== value) field.value = value;
    }
  }

  /** On a step change, focus goes to the new step's first field or message, if it was in the element (or nowhere). */
  #moveFocus(): void {
    const previous = this.#shownStep;
    const step = (this.#shownStep = claimedStep(this.#state) ?? undefined);
    if (previous === undefined || previous === step) return;
    const { host } = this.#port;
    if (host.matches(':focus-within') || document.activeElement === document.body) {
      host.shadowRoot?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }

  /** The element's state changed: remember a sent step for a reload, run the countdown, listen for an SMS code. */
  stateChanged(previous: LoginState, next: LoginState, action: LoginAction): void {
    const { connection } = this.#port.settings();
    const resumeKey = resumeKeyOf(this.#port.host);
    const change = resumeChange(next, action);
    if (change === 'clear') clearResume(resumeKey);
    else if (change) saveResume(resumeKey, change, connection, clock.now());
    const sent = historyChange(previous, next, action);
    if (sent) this.#noteHistory(sent, previous, next);
    this.#session.stateChanged(next, action);
    this.#checks.stateChanged(previous, next, action);
    this.#passkeys?.stateChanged(previous, next);
    this.now = clock.now();
    this.#syncTicker();
    if (previous.step !== next.step || previous.transaction !== next.transaction || previous.linkToo !== next.linkToo) this.#awaitOtherTab(next, resumeKey);
    if (previous.step !== next.step) {
      this.#webOtp?.abort();
      this.#webOtp = next.step === 'code' && connection === 'sms' ? listenForSmsCode((code) => this.#fillCode(code)) : undefined;
    }
  }

  /** What was sent to an address is remembered for it, whichever step or tab comes next (see send-history.ts). */
  #noteHistory(change: HistoryChange, previous: LoginState, next: LoginState): void {
    const login = resumeKeyOf(this.#port.host);
    const now = clock.now();
    // Signed in: the address the flow sent to, and the one the profile names (a link's tab may not know the first).
    const recipients = change.kind === 'clear' ? [previous.recipient, ...profileRecipients(next.user)] : [next.recipient || previous.recipient];
    for (const recipient of new Set(recipients)) if (recipient) noteHistory(login, recipient, change, now);
    if (change.kind === 'sent' && (change.send === 'link' || next.linkToo)) rememberLink(login, next.identifier, now);
  }

  /** A key or a pointer went down: the suggestion on screen has been seen (the machine decides what a send then does). */
  #noteGesture = (): void => this.#dispatch({ type: 'seen' });

  /**
   * Another tab wrote the history of the address on screen (it sent there): the countdown here follows. Or it signed
   * out: so does this one.
   */
  #storageChanged = (event: StorageEvent): void => {
    this.#session.storageChanged(event);
    const { recipient } = this.#state;
    const login = resumeKeyOf(this.#port.host);
    if (!recipient || event.key !== historyKey(login, recipient)) return;
    const now = clock.now();
    this.#dispatch({ type: 'history-changed', history: readHistory(login, recipient, now), now });
  };

  // ---- what the element renders with ----

  /** The element's language, with the page's overrides. */
  messages(): PasswordlessMessages {
    return this.#localize.messages(this.#port.host.messages);
  }

  get lang(): string {
    return this.#localize.lang;
  }

  /** The SMS step's country picker, and an example number in its country's format for the hint. */
  countries(): CountryChoice | null {
    return this.#phone && this.#port.settings().connection === 'sms' && this.#state.step === 'identify' ? this.#phone.choice(this.messages()) : null;
  }

  // ---- the person's intents ----

  /** What the steps' buttons and fields call. Nothing runs once the element refuses to. */
  readonly intents: StepIntents = {
    identifierInput: (event) => this.#typeIdentifier(event.target as HTMLInputElement, event.inputType),
    identifierChange: (event) => this.#checkSuggestion((event.target as HTMLInputElement).value),
    warmUp: () => this.warmUp(),
    acceptSuggestion: () => {
      this.#acceptSuggestion();
      this.#port.host.shadowRoot?.querySelector<HTMLInputElement>('#identifier')?.focus();
    },
    checkInput: (event) => this.#dispatch({ type: 'check-answered', answer: (event.target as HTMLInputElement).value }),
    newCheck: () => this.#unlessRefused(() => this.#dispatch({ type: 'ask-check' })),
    pictureFailed: (source) => this.#checks.pictureFailed(source),
    // Typing the last digit sends the code: a refusal found since (a secret added, the page framed) stops it.
    codeInput: (event) => this.#unlessRefused(() => this.#typeCode(event.target as HTMLInputElement, event.inputType)),
    resend: () => this.#unlessRefused(() => this.#resend()),
    back: () => this.#unlessRefused(() => this.#back()),
    sendCodeInstead: () => this.#unlessRefused(() => this.#sendCodeInstead()),
    useCodeInstead: () => this.#unlessRefused(() => this.#useCodeInstead()),
    // The failure is on screen and reported already.
    signOut: () => void this.signOut().catch(() => undefined),
    // Read at each render: the attribute shows or hides the button live.
    offersSignOut: () => this.#port.host.signOutButton === true,
    // (The passkey buttons show only once the passkey chunk is here: it brought the offer.)
    passkeySignIn: () => this.#unlessRefused(() => this.#passkeys?.signIn()),
    passkeySignup: () => this.#unlessRefused(() => this.#passkeys?.signup()),
    declinePasskey: () => this.#passkeys?.decline(),
  };

  #unlessRefused(run: () => unknown): void {
    if (!this.#port.refuses()) void run();
  }

  #typeIdentifier(input: HTMLInputElement, inputType: string): void {
    const phone = this.#port.settings().connection === 'sms' ? this.#phone : undefined;
    phone?.format(input, inputType);
    this.#dispatch({ type: 'edit-identifier', value: input.value });
    phone?.followTyped();
  }

  /** Once an address was typed: "did you mean …?" for a likely typo (its own lazy chunk). */
  #checkSuggestion(typed: string): void {
    if (this.#port.settings().connection !== 'email') return;
    void Promise.resolve(suggestionFor(typed)).then((suggestion) => {
      if (this.#state.identifier.trim() === typed.trim()) this.#dispatch({ type: 'suggest', suggestion });
    });
  }

  #acceptSuggestion(): void {
    const { suggestion } = this.#state;
    if (suggestion) this.#dispatch({ type: 'edit-identifier', value: suggestion });
  }

  /** The form's submit: send in the first step, verify in the code step, start over in the error step. */
  submit(): void {
    const intent = submitIntent(this.#state);
    if (intent === 'send') void this.#submitIdentifier();
    else if (intent === 'verify') void this.#submitCode();
    else if (intent === 'resend') void this.#resend();
    else if (intent === 'continue') void this.#continueElsewhere();
    else if (intent === 'start-over') this.#dispatch({ type: 'reset' });
    else if (intent === 'create-passkey') void this.#passkeys?.create();
  }

  /** The element's offerPasskey(): the passkey-offer step, once signed in, where the account can hold a passkey. */
  offerPasskey(): Promise<void> {
    return this.#port.refuses() ? Promise.resolve() : this.#loadPasskeys().then((passkeys) => passkeys?.offerAgain());
  }

  /**
   * The passkey chunk (its effects and the WebAuthn calls), fetched only for an element with the `passkeys` attribute,
   * so that no other page loads it; a failed load (offline) is tried again next time, and says why in the console.
   */
  #loadPasskeys(): Promise<PasskeyEffects | undefined> {
    if (this.#passkeys || !this.#port.host.hasAttribute('passkeys')) return Promise.resolve(this.#passkeys);
    return (this.#loadingPasskeys ??= import('./passkeys/passkeys.chunk.js').then(
      ({ PasskeyEffects }) =>
        (this.#passkeys ??= new PasskeyEffects({
          ...this.#port,
          transport: () => this.#transport(),
          connection: () => this.#port.settings().connection,
          recipient: (typed) => (this.#port.settings().connection === 'sms' ? this.#normalisePhone(typed) : Promise.resolve(normaliseEmail(typed))),
          authenticated: (result, method) => this.#authenticated(result, method),
          clock,
          answered,
          asLoginError,
          mask: maskRecipient,
        })),
      (error: unknown) => {
        this.#loadingPasskeys = undefined;
        console.info(`<passwordless-login>: the passkey part could not be loaded (${String(error)}): the code path only, for now.`);
        return undefined;
      },
    ));
  }

  #typeCode(input: HTMLInputElement, inputType = ''): void {
    const { codeLength } = this.#port.settings();
    const state = this.#state;
    if (state.busy) return; // the field is read-only meanwhile; only WebOTP could fill it, and the render puts it back
    const replacing = codeRejected(state);
    const value = codeAfterEdit({ value: input.value, before: state.code, length: codeLength, replacing, deleting: inputType.startsWith('delete') });
    if (value === null) {
      // Not one code: the field keeps what it held (still all selected after a wrong code), nothing is sent.
      input.value = state.code;
      if (replacing) input.select();
      const developerHint = `The code field takes one ${codeLength}-digit code (the code-length attribute): what arrived held none, several, or more digits.`;
      return this.#fail({ type: 'invalid-code', error: loginError('invalid_code', { developerHint }) });
    }
    input.value = value;
    const before = this.#state.autoSubmitted;
    this.#dispatch({ type: 'edit-code', value, codeLength });
    // Submit by itself once, when the last digit arrives (typed, pasted or autofilled).
    if (this.#state.autoSubmitted !== before) void this.#submitCode();
  }

  async #resend(): Promise<void> {
    const now = clock.now();
    await this.#sendIfStarted({ type: 'resend', now, history: this.#history(now) });
  }

  /** From "check your email": send a one-time code instead of the link (it works in any browser); resends stay codes. */
  async #sendCodeInstead(): Promise<void> {
    const now = clock.now();
    await this.#sendIfStarted({ type: 'send-code-instead', now, history: this.#history(now) });
  }

  /** What this browser sent lately to the recipient on screen (any tab, any element of this login). */
  #history(now: number, recipient = this.#state.recipient) {
    return recipient ? readHistory(resumeKeyOf(this.#port.host), recipient, now) : null;
  }

  /**
   * Sends when the machine made the intent busy. It may answer without sending instead: the step of a message already
   * sent, a notice or a typo suggestion (nothing to report), or a hold with its error (reported, as a 429 from the
   * server would be).
   */
  async #sendIfStarted(action: LoginAction): Promise<void> {
    if (this.#started(action)) await this.#send();
  }

  /** Dispatches a request's intent: whether the machine made the flow busy for it; else the error it gave, reported. */
  #started(action: LoginAction): boolean {
    const before = this.#state;
    this.#dispatch(action);
    const after = this.#state;
    if (after.busy && !before.busy) return true;
    if (after.error && after.error !== before.error) this.#port.report(after.error);
    return false;
  }

  #back(): void {
    this.#dispatch({ type: 'back' });
  }

  /** After a magic link failed (another browser, expired, used): back to the start, to send a code this time. */
  #useCodeInstead(): void {
    this.#dispatch({ type: 'use-code-instead' });
  }

  reset(): void {
    this.#dispatch({ type: 'reset' });
  }

  /** The element's signOut() and its sign-out button. Rejects with what the element shows when the session stays. */
  signOut(): Promise<void> {
    return this.#port.refuses() ? Promise.resolve() : this.#session.signOut();
  }

  /** Starts loading what sending needs (the transport, auth0-js in SPA mode, the typo check). */
  warmUp(): void {
    // The typo check runs before an email's first send: here before the person presses Enter.
    if (this.#port.settings().connection === 'email') void suggestionFor('');
    try {
      this.#transport().warmUp?.();
    } catch {
      // a misconfigured element reports its problem on submit, not on focus
    }
    void this.#loadPasskeys().then((passkeys) => passkeys?.warmUp());
  }

  // ---- effects ----

  async #submitIdentifier(): Promise<void> {
    if (this.#port.refuses()) return;
    const { connection } = this.#port.settings();
    if (!canSend(this.#state, clock.now())) return;
    const typed = this.#state.identifier;
    let recipient: string | null;
    try {
      recipient = connection === 'sms' ? await this.#normalisePhone(typed) : normaliseEmail(typed);
    } catch {
      // The phone library could not be loaded (offline): nothing was sent, the input stays.
      return this.#fail({ type: 'invalid-identifier', error: loginError('network', { developerHint: 'libphonenumber-js could not be loaded.' }) });
    }
    if (!recipient) return this.#fail({ type: 'invalid-identifier', error: loginError(connection === 'sms' ? 'invalid_phone_number' : 'invalid_email') });
    const refusal = connection === 'sms' ? await this.#countryRefusal(recipient) : null;
    if (refusal) return this.#fail({ type: 'invalid-identifier', error: refusal });
    // A likely typo's correction: the machine shows it instead of sending, unless the person saw it and pressed again.
    const found = connection === 'email' ? suggestionFor(typed) : null;
    const suggestion = found instanceof Promise ? await found : found;
    // Typed on meanwhile: the new address gets its own check (its change event) and its own press.
    if (suggestion && this.#state.identifier !== typed) return;
    // Busy already, held by a countdown, or a second submit while the phone number was being checked: nothing more.
    // Held for this address (sent moments ago, here or in another tab): its step comes back, or the countdown.
    const now = clock.now();
    await this.#sendIfStarted({ type: 'submit-identifier', recipient, maskedRecipient: maskRecipient(recipient), now, history: this.#history(now, recipient), suggestion });
  }

  async #submitCode(): Promise<void> {
    if (this.#port.refuses()) return;
    const { codeLength, connection } = this.#port.settings();
    const { recipient, code: typed } = this.#state;
    const code = normaliseCode(typed, codeLength);
    // The machine checks nothing that cannot work (a used-up code, a malformed one): its error says why.
    if (!this.#started({ type: 'submit-code', code }) || !code) return;
    try {
      const outcome = await answered(this.#transport().verify({ connection, recipient, code }));
      if (outcome.kind === 'redirecting') this.#dispatch({ type: 'redirecting' });
      else this.#authenticated(outcome.result, 'code');
    } catch (error) {
      this.#fail({ type: 'verify-failed', code, error: asLoginError(error) });
      await this.#offerNextMove();
    }
  }

  /**
   * After a failed code, where the person's next move is: a wrong code stays, all selected, so that typing replaces
   * it; a dead one (used up, expired) is gone, and "send a new code" takes the focus. Only while the focus was here.
   */
  async #offerNextMove(): Promise<void> {
    const { host } = this.#port;
    await host.updateComplete;
    if (this.#state.step !== 'code' || !(host.matches(':focus-within') || document.activeElement === document.body)) return;
    if (codeRejected(this.#state)) {
      const field = host.shadowRoot?.querySelector<HTMLInputElement>('#code');
      field?.focus();
      field?.select();
    } else if (!this.#state.code) {
      host.shadowRoot?.querySelector<HTMLElement>('#resend [part~="submit-button"], #resend [part~="secondary-button"]')?.focus();
    }
  }

  /** While a link is awaited, a sign-in in another tab of this browser (the link opened there) signs this tab in too. */
  #awaitOtherTab(state: LoginState, resumeKey: string): void {
    if (state.step === 'success') return; // the link's own tab keeps telling the others until it leaves the page
    this.#stopOtherTabs?.();
    this.#stopOtherTabs = awaitsLink(state) ? listenForOtherTab(resumeKey, state.transaction, (heard) => this.#otherTabSignedIn(heard)) : undefined;
  }

  /** Resolves whether this tab is signed in now (the link's tab then says so). */
  async #otherTabSignedIn(heard: Authenticated): Promise<boolean> {
    // Not while this tab's own code is being checked: that answer decides.
    const awaiting = () => awaitsLink(this.#state) && !(this.#state.step === 'code' && this.#state.busy);
    if (!awaiting()) return false;
    try {
      const result = (await this.#transport().confirmOtherTab?.(heard)) ?? heard;
      if (!awaiting()) return false;
      this.#authenticated(result, 'link');
      return true;
    } catch {
      return false; // not signed in after all (backend: no session): this tab keeps waiting for the link
    }
  }

  /** The continue step's button: leave for where the sign-in finishes (Auth0's page, or a link's session). */
  async #continueElsewhere(): Promise<void> {
    if (this.#port.refuses()) return;
    const { continuation } = this.#state;
    if (!continuation) return;
    this.#dispatch({ type: 'redirecting' });
    try {
      const finished = await this.#transport().continueElsewhere?.(continuation);
      if (finished) this.#authenticated(finished, 'link');
    } catch (error) {
      this.#dispatch({ type: 'continue-elsewhere', continuation, error: asLoginError(error) });
      this.#port.report(asLoginError(error));
    }
  }

  /** Sends what the state asks for; the machine decides what a failure means (held, or maybe sent after all). */
  async #send(): Promise<void> {
    const settings = this.#port.settings();
    const state = this.#state;
    let send = nextSendMode(state, settings);
    let transaction: string | undefined;
    let linkToo = false;
    // The human check's answer (typed characters, or a provider's token) goes with the send it was asked for.
    const captcha = state.step === 'identify' ? state.check?.answer.trim() : undefined;
    try {
      const request = { connection: settings.connection, send, recipient: state.recipient, locale: this.lang, ...(captcha ? { captcha } : {}) };
      const sent = await answered(this.#transport().start(request));
      if (sent?.send) send = sent.send;
      transaction = sent?.transaction;
      linkToo = sent?.linkToo === true;
    } catch (error) {
      this.#fail({ type: 'start-failed', send, error: asLoginError(error), now: clock.now(), online: navigator.onLine !== false });
      return;
    }
    this.#dispatch({ type: 'start-succeeded', send, now: clock.now(), ...(transaction ? { transaction } : {}), ...(linkToo ? { linkToo } : {}) });
    this.#port.host.dispatchEvent(new PasswordlessStartEvent({ connection: settings.connection, send, recipient: this.#state.maskedRecipient }));
  }

  async #completeCallback(callback: NonNullable<ReturnType<typeof takeClaimedCallback>>): Promise<void> {
    const login = resumeKeyOf(this.#port.host);
    const now = clock.now();
    const { point } = loadResume(login, now) ?? {};
    // A new tab (a link opened again, after a success or a mail scanner) has no resume record: the last link's address.
    const link = point ? null : lastLink(login, now);
    const sentTo = point ? { identifier: point.identifier, recipient: point.recipient, sentWith: point.sentWith } : link ? { ...link, sentWith: 'link' as const } : {};
    // One parse and one validation per page, whatever the number of elements (plan test 26). A used link may find the
    // person signed in here all the same (see Session.signedInAfterAll): one session check, also shared.
    const result = this.#transport().completeCallback(callback).catch((error: unknown) => this.#session.signedInAfterAll(error));
    scrubAgain();
    await this.#followCallback(shareCallbackOutcome(result.finally(scrubAgain)), sentTo);
  }

  /** Shows the page's callback sign-in; the first element still on the page when it ends tells the page, once. */
  async #followCallback(outcome: CallbackOutcome, sentTo: Omit<Extract<LoginAction, { type: 'callback-detected' }>, 'type'> = {}): Promise<void> {
    // In backend mode a return is always a link's (the handler's callback route is the link's redirect_uri), whatever
    // this tab last sent or the `send` attribute says: a failed one offers a new link.
    const linkReturn = this.#port.settings().backend ? { sentWith: 'link' as const } : {};
    this.#dispatch({ type: 'callback-detected', ...sentTo, ...linkReturn });
    let result: Authenticated;
    try {
      result = await outcome.result;
    } catch (error) {
      await afterLoad();
      const action = { type: 'callback-failed', error: asLoginError(error) } as const;
      if (claimAnnouncement(outcome, this.#port.host)) this.#fail(action);
      else this.#dispatch(action);
      return;
    }
    // Listeners a page adds before the load event must hear about it.
    await afterLoad();
    if (claimAnnouncement(outcome, this.#port.host)) {
      // A return from Auth0 is a link's, or (SPA mode across sites) a typed code's finishing there.
      this.#authenticated(result, this.#state.sentWith === 'code' ? 'code' : 'link');
      this.#stopOtherTabs?.();
      this.#stopOtherTabs = tellOtherTabs(resumeKeyOf(this.#port.host), result.transaction ?? null, result, () => this.#dispatch({ type: 'other-tab-heard' }));
    } else this.#dispatch({ type: 'authenticated', user: result.user });
  }

  #authenticated(result: Authenticated, method: SignInMethod): void {
    const how = result.method ?? method;
    this.#dispatch({ type: 'authenticated', user: result.user, method: how, offerPasskey: this.#passkeys?.offersAfter(how) ?? false });
    this.#port.host.dispatchEvent(new PasswordlessAuthenticatedEvent({ ...result, method: how }));
  }

  /**
   * Dispatches a failure, then reports the error as the state holds it (the machine may have refined it). A failure
   * that leads to the continue step is not an error for the page: only its developer hint goes to the console.
   */
  #fail(action: Extract<LoginAction, { error: LoginError }>): void {
    if (!this.#accepted(action)) return;
    if (this.#state.step === 'continue') console.info(`<passwordless-login>: ${action.error.developerHint ?? 'the sign-in continues elsewhere.'}`);
    else this.#port.report(this.#state.error ?? action.error);
  }

  #transport(): PasswordlessTransport {
    const host = this.#port.host;
    const { customTransport, endpoint, domain, clientId, redirectUri, responseType, scope, audience } = host;
    if (customTransport) return customTransport;
    // Each mode's transport is a lazy chunk: only one of them ever loads. Built again when the configuration changes.
    const config = { endpoint, domain, clientId, responseType, scope, audience, redirectUri: redirectUri || `${location.origin}${location.pathname}`, passkeySignup: host.hasAttribute('passkey-signup') };
    const key = JSON.stringify(config);
    if (this.#builtTransport?.key !== key) this.#builtTransport = { key, transport: createTransport(config) };
    return this.#builtTransport.transport;
  }

  /** The phone chunk's effects and libphonenumber-js, loaded once; a failed load (offline) is tried again next time. */
  #loadPhone(): Promise<PhoneEffects> {
    return (this.#loadingPhone ??= import('../input/phone.chunk.js')
      .then(async (helpers) => {
        const lib = await helpers.loadPhoneLibrary();
        const root = this.#port.host.shadowRoot;
        if (root) helpers.adoptPickerStyles(root);
        const port = { host: this.#port.host, state: () => this.#state, dispatch: (action: LoginAction) => this.#dispatch(action), lang: () => this.lang };
        const phone = (this.#phone = new helpers.PhoneEffects(lib, helpers, port));
        void this.#askServerCountries().then(() => this.#port.host.requestUpdate());
        // A number typed before the picker was here (+44 …) chooses its country now.
        if (this.#port.settings().connection === 'sms') phone.followTyped();
        this.#port.host.requestUpdate();
        return phone;
      })
      .catch((error: unknown) => {
        this.#loadingPhone = undefined;
        throw error;
      }));
  }

  async #normalisePhone(typed: string): Promise<string | null> {
    const phone = this.#phone ?? (await this.#loadPhone());
    return normalisePhone(typed, phone.lib.parsePhoneNumberFromString, phone.country());
  }

  /** The server's list of countries it texts (backend mode), asked once per transport; the page's stands meanwhile. */
  #askServerCountries(): Promise<void> {
    let transport: PasswordlessTransport;
    try {
      transport = this.#transport();
    } catch {
      return Promise.resolve(); // a misconfigured element reports its problem on submit
    }
    return this.#phone!.askServer(transport);
  }

  /**
   * A number the site does not text (its country is not in `sms-countries`, or not in the server's `smsCountries`):
   * its error, before anything is sent. The server's list is waited for a few seconds at most: it refuses such a
   * number itself anyway.
   */
  async #countryRefusal(recipient: string): Promise<LoginError | null> {
    await answerWithin(this.#askServerCountries(), COUNTRIES_WAIT_MS).catch(() => undefined);
    return this.#phone!.refusal(recipient);
  }

  /** A code from WebOTP goes through the same path as typing it. */
  #fillCode(code: string): void {
    const input = this.#port.host.shadowRoot?.querySelector<HTMLInputElement>('#code');
    if (!input) return;
    input.value = code;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }

  #syncTicker(): void {
    const counting = this.#state.resendAvailableAt > clock.now();
    if (counting && !this.#stopTicker && this.#port.host.isConnected) {
      this.#stopTicker = clock.every(1000, () => {
        this.now = clock.now();
        this.#port.host.requestUpdate();
        if (this.now >= this.#state.resendAvailableAt) this.#syncTicker();
      });
    } else if (!counting && this.#stopTicker) {
      this.#stopTicker();
      this.#stopTicker = undefined;
    }
  }
}

/** The typo check, once its chunk is here: from then on a send asks it at once, and the form is busy at once too. */
let suggestEmail: ((typed: string) => string | null) | undefined;

/** The likely typo's correction ("did you mean …?"), from its own lazy chunk; none when the chunk cannot load. */
function suggestionFor(typed: string): string | null | Promise<string | null> {
  if (suggestEmail) return suggestEmail(typed.trim());
  return import('../input/email-suggestion.chunk.js').then(
    (chunk) => (suggestEmail = chunk.suggestEmail)(typed.trim()),
    () => null, // offline: a suggestion must not stop the send
  );
}

/** The recipients a signed-in profile names, normalised as sends are. */
function profileRecipients(user: UserProfile | null): string[] {
  const email = typeof user?.email === 'string' ? normaliseEmail(user.email) : null;
  const phone = typeof user?.phone_number === 'string' ? user.phone_number : null;
  return [email, phone].filter((recipient): recipient is string => !!recipient);
}

/** A request's answer within the network time limit; a lost answer is uncertain (a message may have gone). */
