// The session after a sign-in, for the controller: checked silently on load in a browser that signed in here before
// (the marker), asked again when a used magic link is opened where the person is still signed in, ended by signOut(),
// and ended in this tab when another tab signs out. Like the controller it keeps no flow state: it runs the effects
// and reports their outcomes to the machine as actions. What it keeps in storage, and why, is in SECURITY.md.
import { checkFailureKeepsMarker, sessionMayAnswerLink, signedInStep, type LoginAction, type LoginState } from '../flow/machine.js';
import type { PasswordlessMessages } from '../i18n/messages.js';
import type { ErrorDetail } from '../events/passwordless-error.js';
import { PasswordlessAuthenticatedEvent } from '../events/passwordless-authenticated.js';
import { PasswordlessSignedOutEvent } from '../events/passwordless-signed-out.js';
import { resumeKeyOf } from '../page/resume.js';
import { asLoginError, type Authenticated, type PasswordlessTransport, type SignOutOutcome } from '../transport/transport.js';
import { afterLoad, claimAnnouncement } from './callback-outcome.js';
import { answered, answerWithin, clock, NETWORK_TIMEOUT_MS } from './clock.js';
import { noteSignedOut } from './resume-record.js';
import { forgetLink, noteHistory } from './send-history.js';
import { forgetSignIn, rememberSignIn, signedInHere, signedInKey } from './signed-in-marker.js';
import type { SharedCheck } from './session-check.chunk.js';
import type { FlowPort } from './flow.controller.js';

/** What the session needs from the flow: the element's port, and the controller's transport and messages. */
interface SessionPort extends Pick<FlowPort, 'host' | 'state' | 'dispatch' | 'report' | 'settings'> {
  /** Dispatches, and tells whether the machine took the action. */
  accepted(action: LoginAction): boolean;
  transport(): PasswordlessTransport;
  messages(): PasswordlessMessages;
}

export class Session {
  /** The sign-out under way: a second call (a double click, the page and the button) joins it. */
  #signingOut?: Promise<void>;
  readonly #port: SessionPort;

  constructor(port: SessionPort) {
    this.#port = port;
  }

  get #login(): string {
    return resumeKeyOf(this.#port.host);
  }

  /** A sign-in (not a designer's preview) is remembered, so that the next load checks the session instead of asking. */
  stateChanged(next: LoginState, action: LoginAction): void {
    const signedIn = (action.type === 'authenticated' || action.type === 'session-found') && signedInStep(next);
    if (signedIn && this.#port.transport().checkSession) rememberSignIn(this.#login);
  }

  /**
   * On load, over an untouched first step, in a browser that signed in here: "signing you in" while the session is
   * checked silently, then who (SPA mode: with fresh tokens), or the form. Dispatches `session-check` at once (before
   * the controller's `nothing-due`); offline, no answer could come: the form at once, and the next load checks again.
   */
  async restore(): Promise<void> {
    const { host } = this.#port;
    const ask = this.#silentCheck();
    if (!ask || !this.#port.accepted({ type: 'session-check' })) return;
    const check = await sharedCheck(this.#login, ask);
    const found = await check?.result;
    if (!found) return this.#port.dispatch({ type: 'session-absent' });
    // Listeners a page adds before the load event must hear about it, as about a callback.
    await afterLoad();
    if (this.#port.accepted({ type: 'session-found', user: found.user }) && claimAnnouncement(check!, host)) host.dispatchEvent(new PasswordlessAuthenticatedEvent(found));
  }

  /**
   * A callback failed. When it is a used or expired magic link (SPA mode) and this browser signed in here, the session,
   * asked silently, may say the person is signed in after all: they are, with fresh tokens. Else the failure stands.
   */
  async signedInAfterAll(error: unknown): Promise<Authenticated> {
    const ask = sessionMayAnswerLink(asLoginError(error), this.#port.settings()) ? this.#silentCheck() : null;
    if (!ask) throw error;
    const found = await (await sharedCheck(this.#login, ask))?.result;
    if (!found) throw error;
    return found;
  }

  /** The transport's silent check, when it may help: this browser signed in here, and it is online (else no answer). */
  #silentCheck(): (() => Promise<Authenticated | null>) | null {
    const transport = this.#port.transport();
    const ask = transport.checkSession?.bind(transport);
    return ask && signedInHere(this.#login) && !offline() ? ask : null;
  }

  /** The element's signOut() and its sign-out button. Rejects with what the element shows when the session stays. */
  signOut(): Promise<void> {
    return (this.#signingOut ??= this.#end().finally(() => (this.#signingOut = undefined)));
  }

  /** Ends the session, then forgets what would bring this sign-in back, or tell who it was, on this computer. */
  async #end(): Promise<void> {
    const { host } = this.#port;
    const underWay = this.#port.state().recipient;
    this.#port.dispatch({ type: 'sign-out' });
    let outcome: SignOutOutcome;
    try {
      const transport = this.#port.transport();
      outcome = transport.signOut ? await answered(transport.signOut()) : 'signed-out';
    } catch (error) {
      const failure = asLoginError(error);
      if (this.#port.accepted({ type: 'sign-out-failed', error: failure })) this.#port.report(this.#port.state().error ?? failure);
      const { code, recoverable } = this.#port.state().error ?? failure;
      throw { code, recoverable, message: this.#port.messages().errors[code] ?? '' } satisfies ErrorDetail;
    }
    this.#forget(underWay);
    host.dispatchEvent(new PasswordlessSignedOutEvent());
    // Leaving (SPA mode: Auth0's logout returns to this page): busy until the page is gone.
    if (outcome === 'signed-out') this.#port.dispatch({ type: 'signed-out' });
  }

  /**
   * Before the page may leave: the marker, the resume record and the last link's address (plain text) go. The send
   * history stays: its entries are named by a hash and hold times, and the hold they keep protects an inbox from
   * flooding, which signing out must not lift. The signed-in person's own entries went at the sign-in; one for a
   * sign-in under way (signing out from the code step) is marked spent: no step comes back for its message, its
   * sign-in (auth0-js's state) is forgotten, and only the hold's timing stays.
   */
  #forget(recipientUnderWay: string): void {
    const login = this.#login;
    forgetSignIn(login);
    // In place of the resume record: a note that the person signed out, for the page Auth0's logout brings back (SPA
    // mode); staying on the page, 'signed-out' clears it at once.
    noteSignedOut(login, clock.now());
    forgetLink(login);
    if (recipientUnderWay) noteHistory(login, recipientUnderWay, { kind: 'spent' }, clock.now());
  }

  /** Another tab of this browser signed out of this login (it removed the marker): this tab's sign-in ends too. */
  storageChanged(event: StorageEvent): void {
    if (event.key !== signedInKey(this.#login) || event.newValue !== null) return;
    if (this.#port.accepted({ type: 'signed-out', elsewhere: true })) this.#port.host.dispatchEvent(new PasswordlessSignedOutEvent());
  }
}

/** The check's own chunk (session-check.chunk.ts), with what it needs of the later chunk; null when it does not load. */
async function sharedCheck(login: string, ask: () => Promise<Authenticated | null>): Promise<SharedCheck | null> {
  try {
    // Within the check's own time limit: a chunk that never arrives must not keep the form hidden.
    return (await answerWithin(import('./session-check.chunk.js'), NETWORK_TIMEOUT_MS)).sharedCheck(login, ask, { answerWithin, forgetSignIn, asLoginError, checkFailureKeepsMarker });
  } catch {
    return null; // the form, as for a check that could not tell; the next load checks again
  }
}

/** The browser says it is offline (it may say online and still be offline: then the request fails). */
const offline = () => navigator.onLine === false;
