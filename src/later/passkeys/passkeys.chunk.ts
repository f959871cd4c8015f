// The passkey effects of the flow (src/flow/passkeys.ts is their data): what the site offers, asked once the person
// turns to the first step; the field's autofill (a conditional WebAuthn request, started on the first focus or when
// the browser is idle, never on mount, and aborted when the step changes); the button; sign-up; and the passkey-offer
// step after a code sign-in. A chunk of its own with the WebAuthn calls (ceremony.ts, @simplewebauthn/browser),
// fetched only by elements with the `passkeys` attribute: what it needs of the later chunk (the clock, the network
// time limit, error and recipient helpers) is handed in through its port, so it imports no other lazy chunk.
// A missing requirement is one console line and one `passwordless-error` (passkeys_unavailable) for developers: the
// person sees the code path only.
import { loginError, type Connection, type LoginError, type PasskeyOffer, type SignInMethod } from '../../model.js';
import type { LoginAction } from '../../flow/machine.js';
import type { LoginState } from '../../flow/state.js';
import { resumeKeyOf } from '../../page/resume.js';
import type { Authenticated, PasskeyCeremony, PasskeyTransport, PasswordlessTransport } from '../../transport/transport.js';
import type { Clock } from '../clock.js';
import { abortPasskey, createPasskey, forgetPasskey, getPasskey, pageFitsRpId, passkeySupport, requirementHint, rpIdOf, type CeremonyError, type PasskeySupport } from './ceremony.js';


export interface PasskeyPort {
  host: HTMLElement & { endpoint: string; clientId: string };
  state(): LoginState;
  dispatch(action: LoginAction): void;
  report(error: LoginError): void;
  transport(): PasswordlessTransport;
  connection(): Connection;
  /** The typed address or number as sent (the same rules as a code's start), or null when it is not one. */
  recipient(typed: string): Promise<string | null>;
  authenticated(result: Authenticated, method: SignInMethod): void;
  /** Handed in from the later chunk: its clock (tests replace it), its network time limit, its error reading, its masking. */
  clock: Clock;
  answered<T>(promise: Promise<T>): Promise<T>;
  asLoginError(error: unknown): LoginError;
  mask(recipient: string): string;
}

/** The field's autofill request: its ceremony, and when its challenge came. */
type AutofillRequest = { ceremony: PasskeyCeremony; since: number };

/** How long before Auth0's challenge expires the autofill's is renewed. */
const RENEW_MARGIN_MS = 5_000;

/** Where "Not now" is remembered on this device: per login (nothing of the person, no token). */
const declinedKey = (login: string) => `passwordless-login:passkey-offer-declined:${login}`;

export class PasskeyEffects {
  readonly #port: PasskeyPort;
  #support?: PasskeySupport;
  #api?: PasskeyTransport;
  /** The offer is being asked for, or was (once per element; a failure is final for the page). */
  #asked?: Promise<void>;
  /** The field's autofill is waiting for a pick (its ceremony, to tell a pick from a newer request). */
  #autofill?: AutofillRequest;
  /** Stops the renewal of the autofill's challenge, due shortly before Auth0's expires (its `timeout`, 60 s on Auth0). */
  #stopRenewal?: () => void;
  /** The person turned to the first step: the autofill runs whenever it is idle there. */
  #wanted = false;
  /**
   * The browser ended the last autofill request by itself (no passkey for this site, or it declines conditional
   * requests): not asked again until the first step comes back, so typing does not ask Auth0 for a challenge per key.
   */
  #quiet = false;

  constructor(port: PasskeyPort) {
    this.#port = port;
  }

  /** The `passkeys` attribute: read when asked, so that a page may set it any time before the person turns to the form. */
  #enabled(): boolean {
    return this.#port.host.hasAttribute('passkeys');
  }

  /**
   * The person turned to the first step (its first focus), or the browser is idle: what the site offers is asked
   * once, then the field's autofill starts.
   */
  warmUp(): void {
    if (!this.#enabled()) return;
    this.#wanted = true;
    if (!this.#asked) this.#asked = this.#askOffer();
    else void this.#armAutofill();
  }

  async #askOffer(): Promise<void> {
    let offer: PasskeyOffer;
    try {
      this.#support = await passkeySupport();
      if (!this.#support.webauthn) throw loginError('passkeys_unavailable', { requirement: 'browser' });
      // (The element's transport loads its mode's chunk first: its passkeys() answers once that is here.)
      this.#api = await this.#port.transport().passkeys?.();
      if (!this.#api) throw loginError('passkeys_unavailable', { requirement: 'not_enabled', developerHint: 'this transport has no passkeys.' });
      offer = await this.#port.answered(this.#api.passkeyOffer());
    } catch (error) {
      return this.#unavailable(this.#port.asLoginError(error));
    }
    this.#port.dispatch({ type: 'passkeys-known', offer });
    // Not waited for: the autofill waits for a pick, and offerAgain() waits for this offer only.
    void this.#armAutofill();
  }

  /**
   * Passkeys are off for this element: the code path only, and developers hear which requirement is missing. A
   * browser without passkeys is not a setup fault: only a console note.
   */
  async #unavailable(error: LoginError): Promise<void> {
    this.#port.dispatch({ type: 'passkeys-known', offer: null });
    this.#wanted = false;
    if (error.code !== 'passkeys_unavailable') {
      // Could not tell (offline, the server down): no passkeys on this page, and why, for developers.
      console.info(`<passwordless-login>: passkeys are not offered on this page: ${error.developerHint ?? error.code}`);
      return;
    }
    const requirement = error.requirement ?? 'not_enabled';
    const hint = requirementHint(requirement, error.developerHint);
    if (requirement === 'browser') console.info(`<passwordless-login>: ${hint}`);
    else this.#port.report({ ...error, requirement, developerHint: hint });
  }

  /** The field's autofill, on an idle first step, while the site offers passkeys and the browser has autofill. */
  async #armAutofill(): Promise<void> {
    const state = this.#port.state();
    // Only while the site offers passkeys: once they are off (a missing requirement), a later focus asks nothing again.
    if (!this.#wanted || this.#quiet || this.#autofill || !this.#api || !this.#support?.autofill || !state.passkeys || !idleFirstStep(state)) return;
    const marker = { ceremony: { authSession: '', publicKey: {} }, since: this.#port.clock.now() };
    this.#autofill = marker;
    let ceremony: PasskeyCeremony;
    try {
      ceremony = await this.#port.answered(this.#api.passkeyChallenge());
      if (!pageFitsRpId(rpIdOf(ceremony.publicKey))) throw loginError('passkeys_unavailable', { requirement: 'rp_id', developerHint: `the page's host ${location.hostname} is not the RP ID ${rpIdOf(ceremony.publicKey)} or a subdomain of it.` });
    } catch (error) {
      if (this.#autofill === marker) this.#autofill = undefined;
      const failure = this.#port.asLoginError(error);
      // A missing requirement turns passkeys off; anything else (offline, a limit) leaves the button to try later.
      if (failure.code === 'passkeys_unavailable') await this.#unavailable(failure);
      return;
    }
    // The step changed while the challenge was asked for: no autofill now (the next idle first step asks afresh).
    if (this.#autofill !== marker || !idleFirstStep(this.#port.state())) {
      if (this.#autofill === marker) this.#autofill = undefined;
      return;
    }
    marker.ceremony = ceremony;
    marker.since = this.#port.clock.now();
    this.#renewBeforeExpiry(marker);
    let credential: Record<string, unknown>;
    try {
      credential = await getPasskey(ceremony.publicKey, true);
    } catch (error) {
      // Ended by the browser, not by #disarm (which clears the marker first): quiet until the first step comes back.
      if (this.#autofill === marker) {
        this.#autofill = undefined;
        this.#quiet = true;
      }
      const failure = (error as CeremonyError).failure;
      // Aborted (the step changed, the button was pressed): nothing to say. Anything else: the button still works.
      if (failure?.kind === 'rp_id') await this.#unavailable(loginError('passkeys_unavailable', { requirement: 'rp_id', developerHint: failure.why }));
      return;
    }
    if (this.#autofill !== marker) return;
    this.#autofill = undefined;
    // Picked after Auth0's challenge expired: its auth_session is gone, so the sign-in asks once more with a fresh one.
    const timeout = Number(ceremony.publicKey.timeout) || 0;
    if (timeout && this.#port.clock.now() - marker.since >= timeout) return this.signIn();
    await this.#finishSignIn('sign-in', ceremony, credential);
  }

  /**
   * Auth0's challenge dies after its `timeout`: a passkey picked later would need a second prompt. Shortly before, a
   * waiting autofill is renewed with a fresh challenge, while the page is shown (a hidden page renews when it is shown
   * again: one challenge a minute only while someone can be looking).
   */
  #renewBeforeExpiry(marker: AutofillRequest): void {
    this.#stopRenewal?.();
    const timeout = Number(marker.ceremony.publicKey.timeout) || 0;
    if (timeout < 2 * RENEW_MARGIN_MS) return;
    // The flow's clock (tests move it by hand): once, then stopped.
    const stop = this.#port.clock.every(timeout - RENEW_MARGIN_MS, () => {
      stop();
      if (this.#autofill !== marker) return;
      const renew = () => {
        if (this.#autofill !== marker) return;
        this.#disarm();
        void this.#armAutofill();
      };
      if (document.visibilityState !== 'hidden') return renew();
      document.addEventListener('visibilitychange', renew, { once: true });
    });
    this.#stopRenewal = stop;
  }

  /** Leaves the field's autofill (a step change, a send, the button), so no stale request outlives its step. */
  #disarm(): void {
    this.#stopRenewal?.();
    if (!this.#autofill) return;
    this.#autofill = undefined;
    abortPasskey();
  }

  /** Every state change: the autofill lives only on an idle first step, and comes back when that step does. */
  stateChanged(previous: LoginState, next: LoginState): void {
    if (previous.step !== 'identify' && next.step === 'identify') this.#quiet = false;
    if (!idleFirstStep(next)) this.#disarm();
    else if (this.#wanted && !this.#autofill && next.passkeys) void this.#armAutofill();
  }

  /** "Sign in with a passkey": the browser's own sheet (QR code for a phone included), for people who do not use autofill. */
  async signIn(): Promise<void> {
    const api = this.#api;
    if (!api || !idleFirstStep(this.#port.state())) return;
    this.#disarm();
    this.#port.dispatch({ type: 'passkey-started', ceremony: 'sign-in' });
    if (!this.#port.state().passkeys?.running) return;
    await this.#run('sign-in', () => api.passkeyChallenge());
  }

  /** "Sign up with a passkey" for the typed address or number: a new person of the site's database connection. */
  async signup(): Promise<void> {
    const api = this.#api;
    const state = this.#port.state();
    if (!api || !idleFirstStep(state) || !state.passkeys?.offer.signup) return;
    const connection = this.#port.connection();
    const recipient = await this.#port.recipient(state.identifier);
    if (!recipient) {
      this.#port.dispatch({ type: 'invalid-identifier', error: loginError(connection === 'sms' ? 'invalid_phone_number' : 'invalid_email') });
      return;
    }
    this.#disarm();
    this.#port.dispatch({ type: 'passkey-started', ceremony: 'sign-up', recipient, maskedRecipient: this.#port.mask(recipient) });
    if (!this.#port.state().passkeys?.running) return;
    await this.#run('sign-up', () => api.passkeySignup(connection, recipient));
  }

  /** A challenge, the browser's ceremony, then Auth0's check: signed in, or back to the first step with why. */
  async #run(kind: 'sign-in' | 'sign-up', challenge: () => Promise<PasskeyCeremony>): Promise<void> {
    let ceremony: PasskeyCeremony;
    let credential: Record<string, unknown>;
    try {
      ceremony = await this.#port.answered(challenge());
      credential = kind === 'sign-up' ? await createPasskey(ceremony.publicKey) : await getPasskey(ceremony.publicKey, false);
    } catch (error) {
      return this.#failed(error, 'passkey-failed');
    }
    await this.#finishSignIn(kind, ceremony, credential);
  }

  async #finishSignIn(kind: 'sign-in' | 'sign-up', ceremony: PasskeyCeremony, credential: Record<string, unknown>): Promise<void> {
    const api = this.#api!;
    // A pick from the autofill makes the element busy only now, while Auth0 checks it.
    if (!this.#port.state().passkeys?.running) {
      this.#port.dispatch({ type: 'passkey-started', ceremony: kind });
      if (!this.#port.state().passkeys?.running) return;
    }
    let result: Authenticated;
    try {
      result = await this.#port.answered(api.passkeySignIn(ceremony, credential));
    } catch (error) {
      const failure = this.#port.asLoginError(error);
      if (failure.unknownCredential) forgetPasskey(rpIdOf(ceremony.publicKey), String(credential.id ?? ''));
      return this.#failed(failure, 'passkey-failed');
    }
    this.#port.authenticated(result, 'passkey');
  }

  /** A ceremony that ended without a sign-in or a passkey: a cancel says nothing; a missing requirement turns passkeys off. */
  async #failed(error: unknown, type: 'passkey-failed' | 'passkey-create-failed'): Promise<void> {
    const failure = (error as { failure?: { kind: string; why?: string } }).failure;
    if (failure?.kind === 'cancelled') return this.#port.dispatch({ type, error: null });
    if (failure?.kind === 'rp_id') {
      this.#port.dispatch({ type, error: null });
      return this.#unavailable(loginError('passkeys_unavailable', { requirement: 'rp_id', developerHint: failure.why }));
    }
    const shown = failure ? loginError('passkey_failed', { developerHint: `The browser's passkey ceremony failed: ${failure.why ?? ''}` }) : this.#port.asLoginError(error);
    if (shown.code === 'passkeys_unavailable') {
      this.#port.dispatch({ type, error: null });
      return this.#unavailable(shown);
    }
    this.#port.dispatch({ type, error: shown });
    this.#port.report(shown);
  }

  // ---- the passkey-offer step ----

  /** Whether a sign-in just made leads to the passkey-offer step: a code, an account that can hold one, not declined here. */
  offersAfter(method: SignInMethod): boolean {
    const offer = this.#port.state().passkeys?.offer;
    return method === 'code' && offer?.create === true && this.#canCreate() && !this.#declined();
  }

  /** The site's offerPasskey(): the offer again, later (declined on this device or not), once signed in. */
  async offerAgain(): Promise<void> {
    if (!this.#enabled()) return;
    // Asked now, or waited for when the first focus asked it moments ago.
    await (this.#asked ??= this.#askOffer());
    if (this.#canCreate()) this.#port.dispatch({ type: 'offer-passkey' });
  }

  /** This browser can make a passkey, and the transport can add one (a transport may offer `create` without the means). */
  #canCreate(): boolean {
    return this.#support?.create === true && typeof this.#api?.passkeyCreate === 'function' && typeof this.#api.passkeyCreated === 'function';
  }

  /** "Create a passkey": the My Account API's challenge (through the server), the browser's ceremony, the check. */
  async create(): Promise<void> {
    const api = this.#api;
    // Nothing to create with (a preview of the step, a transport without the means): not busy for ever.
    if (!api?.passkeyCreate || !api.passkeyCreated) return;
    this.#port.dispatch({ type: 'passkey-create' });
    if (this.#port.state().passkeys?.running !== 'create') return;
    try {
      const ceremony = await this.#port.answered(api.passkeyCreate());
      const credential = await createPasskey(ceremony.publicKey);
      await this.#port.answered(api.passkeyCreated(ceremony, credential));
    } catch (error) {
      return this.#failed(error, 'passkey-create-failed');
    }
    this.#forgetDeclined();
    this.#port.dispatch({ type: 'passkey-created' });
  }

  /** "Not now": remembered on this device for this login, so the next code sign-in here goes straight in. */
  decline(): void {
    // Its button is only aria-disabled while a passkey is being made: a click then is not a "Not now" to remember.
    const state = this.#port.state();
    if (state.step !== 'passkey-offer' || state.busy) return;
    try {
      localStorage.setItem(declinedKey(resumeKeyOf(this.#port.host)), '1');
    } catch {
      // storage disabled: the offer comes again next time
    }
    this.#port.dispatch({ type: 'passkey-declined' });
  }

  #declined(): boolean {
    try {
      return localStorage.getItem(declinedKey(resumeKeyOf(this.#port.host))) === '1';
    } catch {
      return false;
    }
  }

  #forgetDeclined(): void {
    try {
      localStorage.removeItem(declinedKey(resumeKeyOf(this.#port.host)));
    } catch {
      // nothing was remembered
    }
  }

  /** The element left the page: no ceremony outlives it. */
  disconnect(): void {
    this.#disarm();
    // The button's, a sign-up's or a creation's sheet too: nothing asks for a passkey for an element that is gone.
    if (this.#port.state().passkeys?.running) abortPasskey();
  }
}

/** The first step, with nothing running: where the field's autofill may wait. */
function idleFirstStep(state: LoginState): boolean {
  return state.step === 'identify' && !state.busy && !state.queued && !state.refused && !state.signingOut;
}
