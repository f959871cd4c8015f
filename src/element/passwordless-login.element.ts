import { LitElement, adoptStyles, html, nothing, supportsAdoptingStyleSheets, type PropertyDeclarations } from 'lit';
import { PasswordlessErrorEvent } from '../events/passwordless-error.js';
import { PasswordlessStateChangeEvent } from '../events/passwordless-state-change.js';
import { loadingTransition } from '../flow/loading.js';
import type { LoginAction } from '../flow/machine.js';
import { initialState, type FlowSettings, type LoginState, type PreviewPoint } from '../flow/state.js';
import { claimedStep, fieldInError, formHidden, isBusy, shownStep } from '../flow/selectors.js';
import { resolveLang } from '../i18n/lang.js';
import { enFirstStep } from '../i18n/locales/en-first-step.js';
import { loadLocale } from '../i18n/load-locale.js';
import { withOverrides, type MessageOverrides, type PasswordlessMessages } from '../i18n/messages.js';
import { registered } from '../i18n/registry.js';
import type { FlowController, FlowPort } from '../later/later.js';
import { LOGIN_STEPS, loginError, type Connection, type LoginError, type LoginStep, type SendMode } from '../model.js';
import { callbackClaimed, claimCallback } from '../page/callback.js';
import { whenIdle } from '../page/idle.js';
import { refusalOf } from '../page/refusal.js';
import { dueOnLoad, resumeKeyOf } from '../page/resume.js';
import type { PasswordlessTransport } from '../transport/transport.js';
import { callbackStep } from './callback.step.js';
import { lastLoadFailure, laterIfLoaded, loadLater, type Later } from './later-loader.js';
import { identifyStep, type IdentifyMessages } from './identify.step.js';
import { messageText } from './message-text.js';
import type { IdentifyIntents, StepIntents, StepTemplate, StepView } from './step-view.js';
import { styles } from './passwordless-login.styles.js';

/** Key of the preview hook used by `previewState()` from `passwordless-login/testing`. */
export const PREVIEW = Symbol.for('passwordless-login.preview');

// This module is the element up to its first step: enough to show it and take typing. The flow's effects, the other
// steps, their styles and every other message are the later chunk (src/later/), loaded by later-loader.ts once the
// browser is idle, when the field gets focus, or at once when something other than the first step is due.

/** The custom states: one per step, plus busy. */
const STATES = [...LOGIN_STEPS, 'busy'];
const ignore = () => undefined;

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
 * @attr {boolean} passkeys - Turns the passkey UI on (off by default): passkey autofill on the field, "Sign in with a passkey", and the offer to create one after a code sign-in where the account can hold one. A missing Auth0 requirement leaves the code path only, with one console line and a `passkeys_unavailable` error for developers.
 * @attr {boolean} passkey-signup - SPA mode: new people may sign up with a passkey ("Sign up with a passkey"). In backend mode the server's `passkeys.signup` decides.
 *
 * @slot header - Replaces the heading, "Sign in" then each step's own (logo, product name).
 * @slot footer - Legal text or help links under the form.
 *
 * @event passwordless-state-change - The step changed: `{ from, to }`.
 * @event passwordless-start - A code or link was sent: `{ connection, send, recipient }` (recipient masked).
 * @event passwordless-authenticated - Signed in: `{ user, authResult?, method? }`; `authResult` (tokens) in SPA mode only; `method` is `code`, `link` or `passkey` (absent for a session found on load, unless the server says).
 * @event passwordless-error - Something failed: `{ code, message, recoverable }`.
 * @event passwordless-signed-out - Signed out (`signOut()`, the sign-out button, or either in another tab of this browser): the page drops what it kept of the sign-in.
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
 * @csspart code-box-selected - Every box, while a wrong code is selected so that typing replaces it.
 * @csspart country-select - The SMS step's country picker: a search field (a combobox) showing the chosen country.
 * @csspart country-list - The picker's list of countries, while it is open (in the form's flow, not floating).
 * @csspart country-option - A country in the list: its flag (where the platform draws flags), name and calling code.
 * @csspart country-option-active - The highlighted country (arrow keys, or the best match of the search).
 * @csspart country-option-chosen - The chosen country in the list.
 * @csspart calling-code - The calling code of a country in the list (+44), always left to right.
 * @csspart country-flag - A country's flag emoji, only where the platform draws flags (not on Windows, not on Linux without a colour emoji font).
 * @csspart country-no-match - "No country matches" under the picker.
 * @csspart suggestion - "Did you mean …?" under the email field.
 * @csspart suggestion-button - The button that takes the suggested address.
 * @csspart captcha - The check that the person is human (Auth0's Bot Detection, a backend's human check), when one is needed: a fieldset in the first step, before the error line. A provider's widget (Turnstile, reCAPTCHA, hCaptcha...) shows inside it, through a slot the element fills itself.
 * @csspart captcha-image - Auth0's picture of characters or a sum (an image from its data only; kept on a white background).
 * @csspart captcha-input - The field for the picture's answer (also an `input`).
 * @csspart captcha-new-picture - "New picture" beside it (also a `secondary-button`).
 * @csspart hint - Help text under a field, and "we sent a code to…".
 * @csspart submit-button - The main button of a step.
 * @csspart secondary-button - Resend, "use a different email", "start over".
 * @csspart countdown - The time left before resend works again.
 * @csspart status - Progress for screen readers (a polite live region, visually hidden: its words are on screen already).
 * @csspart error - The error message (an alert): in the danger colour when what was typed is at fault.
 * @csspart notice - Added to `error` when nothing typed is at fault (the network, the service, a limit, a code that died): in the text colour, as status.
 * @csspart passkey-button - "Sign in with a passkey" under the first step's send button, when `passkeys` is set and the site offers them (also a `secondary-button`).
 * @csspart passkey-signup-button - "Sign up with a passkey" beside it, where the site lets new people sign up with one (also a `secondary-button`).
 * @csspart sign-out-button - "Sign out" once signed in, when `sign-out-button` is set.
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
 * @cssproperty [--passwordless-focus-color=the accent colour] - Colour of the focus indicator: keep it at 3:1 or more against the background.
 * @cssproperty [--passwordless-focus-ring=0 0 0 2px background, 0 0 0 4px focus colour] - The focus indicator, a box-shadow: a 2px ring 2px off the control.
 * @cssproperty [--passwordless-max-width=24rem] - Width of the box.
 *
 * @cssstate identify - Asking for the email or phone number.
 * @cssstate code - Asking for the code.
 * @cssstate check-email - Waiting for the magic link to be opened.
 * @cssstate continue - The sign-in finishes elsewhere, one click away (Auth0's page, or a link opened in another browser).
 * @cssstate callback - Finishing the sign-in on return.
 * @cssstate success - Signed in.
 * @cssstate passkey-offer - Signed in with a code: the offer to create a passkey ("Create a passkey" is the `submit-button`, "Not now" a `secondary-button`).
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
    signOutButton: { attribute: 'sign-out-button', type: Boolean },
    smsCountries: { attribute: 'sms-countries' },
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

  /** Offer a "Sign out" button once signed in (part `sign-out-button`); it calls `signOut()`. Off by default. */
  signOutButton?: boolean;

  /**
   * The countries SMS sign-in texts: ISO 3166 alpha-2 codes, space- or comma-separated, any case (`"GB IE"`; as a
   * property, an array too). The country picker offers only these, the first of them when the page's own country is
   * not one, and a number of another country (its own country, `+1 416 …` is Canada) gets `country_not_allowed` and
   * sends nothing; unknown codes are ignored, with a console hint. Empty: every country. In SPA mode it is the page's
   * convenience, which a script calling Auth0 directly bypasses; in backend mode the server's `smsCountries` decides,
   * and the picker offers the countries in both.
   */
  smsCountries: string | readonly string[] = '';

  /** Overrides for any message (and any error's text), in the current language. Text only: never rendered as HTML. */
  messages?: MessageOverrides;

  /** Replaces the network layer, e.g. with `FakeTransport` from `passwordless-login/testing`. */
  customTransport?: PasswordlessTransport;

  /** The current step. */
  get step(): LoginStep {
    return shownStep(this.#state);
  }

  /** Back to the first step, keeping what was typed. */
  reset(): void {
    if (!this.#refuses()) this.#whenLater((flow) => flow.reset());
  }

  /**
   * Signs out, from any step: ends the session (backend mode: the server's; SPA mode: Auth0's, by leaving for its
   * logout, which returns to this page, so list the page in the application's Allowed Logout URLs), forgets that this
   * browser signed in here, any sign-in under way and the last link's address (the limit on messages stays), and fires
   * `passwordless-signed-out`, here and in other tabs of this browser that show who is signed in. Resolves once signed out
   * (SPA mode: as the page leaves); rejects with `{ code, message, recoverable }` when the session could not be ended,
   * which the element shows too (or with the loading error when the rest of the element cannot be loaded).
   */
  signOut(): Promise<void> {
    return this.#load().then((flow) => flow.signOut());
  }

  /**
   * Shows the offer to create a passkey (the `passkey-offer` step) to the person signed in, where their account can hold
   * one (backend mode with codes on a database connection), also after "Not now". Needs the `passkeys` attribute.
   */
  offerPasskey(): Promise<void> {
    return this.#load().then((flow) => flow.offerPasskey());
  }

  /** @internal see previewState() in passwordless-login/testing */
  [PREVIEW](point: PreviewPoint): void {
    this.#whenLater(() => this.#dispatch({ type: 'preview', point, now: Date.now() }));
  }

  // ---- the state, and the flow that changes it ----

  readonly #internals = this.attachInternals();
  #state: LoginState = initialState;
  /** The flow's effects, once the later chunk is here. */
  #flow?: FlowController;
  /** Something that waits for the later chunk (see #whenLater). */
  #waiting?: Promise<void>;
  /** The last load of the later chunk that failed and was reported. */
  #failedLoad?: Promise<unknown>;

  /** Every change of the state goes through here: transition(), then one render, the flow's effects and the event. */
  #dispatch(action: LoginAction): void {
    const previous = this.#state;
    // The whole machine comes with the later chunk; until then only its first phase can happen.
    const next = (laterIfLoaded()?.transition ?? loadingTransition)(previous, action);
    if (next === previous) return;
    this.#state = next;
    this.requestUpdate();
    this.#flow?.stateChanged(previous, next, action);
    if (previous.step !== next.step) this.dispatchEvent(new PasswordlessStateChangeEvent({ from: previous.step, to: next.step }));
  }

  /**
   * Whether the element must not run: a client secret in the page (a secret in a page is public; use backend
   * mode), or a frame of another origin without allow-framed. The first refusal shows its error for good.
   */
  #refuses(): boolean {
    if (this.#state.refused) return true;
    const refusal = refusalOf(this);
    if (!refusal) return false;
    this.#dispatch({ type: 'refuse', error: refusal });
    this.#report(refusal);
    return true;
  }

  /** The console hint for developers, and the allow-listed error event (with the translated message) for the page. */
  #report(error: LoginError): void {
    // The text the person sees: an expired link's is not an expired code's (the later chunk knows; only it reports one).
    const described = { ...error, message: this.#messages().errors[laterIfLoaded()?.errorMessageKey(error, this.#state) ?? error.code] ?? '' };
    if (error.developerHint) console.warn(`<passwordless-login> ${error.code}: ${error.developerHint}`);
    this.dispatchEvent(new PasswordlessErrorEvent(described));
  }

  /** All messages once the later chunk is here; before, a locale the page registered, else the first step's English. */
  #messages(): IdentifyMessages {
    return this.#flow?.messages() ?? withOverrides(registered(resolveLang(this)) ?? enFirstStep, this.messages);
  }

  #settings(): FlowSettings {
    return { connection: this.connection === 'sms' ? 'sms' : 'email', send: this.send === 'link' ? 'link' : 'code', codeLength: this.codeLength, backend: !!this.endpoint };
  }

  /** Loads the later chunk in the background; a failure is tried again on the next occasion. */
  #load(): Promise<FlowController> {
    return loadLater().then((loaded) => this.#attach(loaded));
  }

  #attach(loaded: Later): FlowController {
    if (this.#flow) return this.#flow;
    const root = this.shadowRoot!;
    const own = (this.constructor as typeof PasswordlessLogin).elementStyles;
    adoptStyles(root, supportsAdoptingStyleSheets ? [...own, loaded.stepStyles] : [loaded.stepStyles]);
    this.#dispatch({ type: 'later-loaded' });
    const port: FlowPort = {
      host: this,
      state: () => this.#state,
      dispatch: (action) => this.#dispatch(action),
      settings: () => this.#settings(),
      report: (error) => this.#report(error),
      refuses: () => this.#refuses(),
    };
    // Connected, it picks up a callback or a resume record at once (FlowController.hostConnected).
    this.#flow = new loaded.FlowController(port);
    return this.#flow;
  }

  /** Runs what the person (or a preview) asked for once the later chunk is here: it waits, never lost or doubled. */
  #whenLater(run: (flow: FlowController) => void): void {
    if (this.#flow) return run(this.#flow);
    const loading = loadLater();
    this.#waiting = loading.then(
      (loaded) => run(this.#attach(loaded)),
      () => {
        // One failed load is one error, however many requests waited for it.
        if (this.#failedLoad === loading) return;
        this.#failedLoad = loading;
        const error = loginError('network', { developerHint: `a part could not be loaded: ${lastLoadFailure()}` });
        this.#dispatch({ type: 'later-failed', error });
        this.#report(error);
      },
    );
  }

  /** Waits for requests waiting for the later chunk, then for the render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.#waiting) {
      const waiting = this.#waiting;
      await waiting;
      if (this.#waiting === waiting) this.#waiting = undefined;
    }
    return super.getUpdateComplete();
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    if (!this.#refuses() && !this.#flow) {
      // The URL is scrubbed at once; what the callback shows waits for the later chunk, loaded now. The parameters wait
      // in page/callback.ts for whichever element's flow starts first (this one may be re-created). A resume record or
      // a session to check is asked for before the first render (willUpdate), once frameworks have set properties.
      if (claimCallback() || callbackClaimed()) this.#dispatch({ type: 'due', what: 'callback' });
    }
    super.connectedCallback();
    if (this.#state.refused) return;
    const loaded = laterIfLoaded();
    if (loaded) this.#attach(loaded);
    else if (this.#state.due) this.#whenLater(ignore);
  }

  protected override willUpdate(): void {
    // Before the first render, so the first step is not shown only to be replaced; after connect, so that properties
    // frameworks set then (the endpoint, the client ID) name the login.
    // (With the flow already here, it has picked them up itself, and the machine ignores `due`.)
    const due = this.hasUpdated || this.#state.due || this.#state.refused ? null : dueOnLoad(resumeKeyOf(this));
    if (due) {
      this.#dispatch({ type: 'due', what: due });
      this.#whenLater(ignore);
    }
  }

  protected override firstUpdated(): void {
    whenIdle(() => {
      if (!this.#state.refused) void this.#load().catch(ignore);
    });
  }

  protected override updated(): void {
    const state = this.#state;
    const step = claimedStep(state);
    const busy = isBusy(state);
    for (const name of STATES) {
      try {
        if (name === 'busy' ? busy : name === step) this.#internals.states.add(name);
        else this.#internals.states.delete(name);
      } catch {
        // browsers with only the older `--name` syntax of CustomStateSet: styling by state is unavailable there
      }
    }
    // The country picker and other languages come with the later chunk: no need to wait for idle time.
    if (this.#flow || state.refused) return;
    const lang = resolveLang(this);
    if (this.connection === 'sms' || !/^en\b/i.test(lang)) {
      void this.#load().catch(ignore);
      // The language's own chunk loads alongside, and the first step speaks it as soon as it arrives.
      // A render only when a locale arrived: for a language nothing serves, another would ask again, without end.
      void loadLocale(lang)?.then(() => registered(lang) && this.requestUpdate(), ignore);
    }
  }

  // ---- the person's intents ----

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#refuses()) return;
    if (this.#flow) return this.#flow.submit();
    const { due, later: chunk, queued } = this.#state;
    if (chunk === 'failed') this.#dispatch({ type: 'retry-load' });
    // "Try again" after the rest of the element failed to load for a callback or a resume record: load it again.
    if (due) return this.#whenLater(ignore);
    if (queued) return;
    // Busy until the later chunk arrives and sends (a second press adds nothing); dropped if the element was removed.
    this.#dispatch({ type: 'queue-send' });
    this.#whenLater((flow) => {
      if (this.isConnected) flow.submit();
    });
  };

  /** What the person can do before the flow is here: type, and ask for it (focus). The flow brings the rest. */
  readonly #firstIntents: IdentifyIntents = {
    identifierInput: (event) => this.#dispatch({ type: 'edit-identifier', value: (event.target as HTMLInputElement).value }),
    warmUp: () => {
      if (!this.#state.refused) void this.#load().then((flow) => flow.warmUp(), ignore);
    },
    identifierChange: ignore,
    acceptSuggestion: ignore,
  };

  // ---- rendering ----

  protected override render() {
    const state = this.#state;
    const flow = this.#flow;
    const m = this.#messages();
    const view: StepView<IdentifyMessages> = {
      state,
      m,
      settings: this.#settings(),
      now: flow?.now ?? Date.now(),
      // Before the flow arrives only the first step (and "signing in") can render, and they use only these intents.
      intents: flow?.intents ?? (this.#firstIntents as StepIntents),
      countries: flow?.countries() ?? null,
    };
    const { error } = state;
    const step = shownStep(state);
    const later = laterIfLoaded();
    const hidden = formHidden(state);
    // The step's heading, the status (for screen readers: a button or the step shows the same words) and the error's
    // text come with the flow (src/later/words.ts). Before it arrives the element shows only the first step or "signing
    // in", and can only be sending (a queued send) or signing in (a callback).
    const [heading, status, message] = flow
      ? later!.words(view as StepView<PasswordlessMessages>)
      : [m.title, state.queued ? m.sending : step === 'callback' && !error ? m.signingIn : '', error && m.errors[error.code]];
    const template = (step === 'identify' ? identifyStep : step === 'callback' ? callbackStep : later?.laterSteps[step]) as
      | StepTemplate<IdentifyMessages>
      | undefined;
    return html`
      <div part="base" class="base" dir=${m.$dir} lang=${m.$code}>
        <div part="header"><slot name="header"><h2>${messageText(heading)}</h2></slot></div>
        <form part="form" class=${hidden && state.due === 'resume' ? 'due' : ''} novalidate aria-busy=${isBusy(state)} @submit=${this.#onSubmit}>
          ${hidden ? (step === 'callback' && !error ? callbackStep.fields(view) : nothing) : template?.fields(view)}
          <p part=${fieldInError(state) ? 'error' : 'error notice'} id="error" role="alert">${message && messageText(message)}</p>
          ${hidden
            ? state.later === 'failed' && !state.refused
              ? html`<button part="submit-button" type="submit">${messageText(m.tryAgain)}</button>`
              : nothing
            : template?.actions(view)}
        </form>
        <p part="status" role="status">${messageText(status)}</p>
        <div part="footer"><slot name="footer"></slot></div>
      </div>
    `;
  }
}
