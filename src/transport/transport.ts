// The one interface between the flow and the network. SPA mode, backend mode and the fake all implement it.
import { isLoginErrorCode } from '../../protocol/error-codes.js';
import { loginError, type AuthResult, type HumanCheck, type Connection, type Continuation, type LoginError, type PasskeyOffer, type SendMode, type SignInMethod, type UserProfile } from '../model.js';

export interface StartRequest {
  connection: Connection;
  send: SendMode;
  /** Normalised email or E.164 phone number. */
  recipient: string;
  /** BCP 47 language for the email or SMS. */
  locale: string;
  /** The answer to the human check (typed characters, or a provider's token), when one was asked. */
  captcha?: string;
}

export interface VerifyRequest {
  connection: Connection;
  recipient: string;
  code: string;
}

/** What a completed sign-in hands to the element. `authResult` exists only in SPA mode. */
export interface Authenticated {
  user: UserProfile;
  authResult?: AuthResult;
  /** The sign-in this finished (SPA mode: auth0-js's state), so that another tab knows whether it was its own. */
  transaction?: string;
  /** How: a code, a link or a passkey (the flow knows the first two; a transport says only when it knows better). */
  method?: SignInMethod;
}

/**
 * A passkey ceremony's start, from Auth0 (through the server in backend mode): its single-use `auth_session` and the
 * WebAuthn options as JSON; `enrollment`, the My Account API's id of a passkey being created. The wire's own shape.
 */
export type { PasskeyCeremony } from '../../protocol/wire.js';
import type { PasskeyCeremony } from '../../protocol/wire.js';

/**
 * Auth0's Passkey APIs (docs/auth0-passkeys.md): SPA mode calls them on the custom domain as a public client, backend
 * mode through the server, which holds the secret. Each rejects with a LoginError; a missing setup requirement is
 * `passkeys_unavailable`, whose developer hint names the requirement and the fix.
 */
export interface PasskeyTransport {
  /** What the site offers (backend mode: the server's settings); rejects with passkeys_unavailable when nothing. */
  passkeyOffer(): Promise<PasskeyOffer>;
  /** A login challenge: no identifier, any passkey of the database connection (the field's autofill and the button). */
  passkeyChallenge(): Promise<PasskeyCeremony>;
  /** A sign-up challenge for a new person with this address or number. */
  passkeySignup(connection: Connection, recipient: string): Promise<PasskeyCeremony>;
  /** The credential of either challenge: signed in (SPA mode: tokens, their ID token verified). */
  passkeySignIn(ceremony: PasskeyCeremony, credential: Record<string, unknown>): Promise<Authenticated>;
  /** A signed-in person adds a passkey: the creation challenge (backend mode; the My Account API). */
  passkeyCreate?(): Promise<PasskeyCeremony>;
  /** The new credential of that challenge. */
  passkeyCreated?(ceremony: PasskeyCeremony, credential: Record<string, unknown>): Promise<void>;
}

/** The result of verify: signed in right here, or the page is navigating away to finish. */
export type VerifyOutcome = { kind: 'authenticated'; result: Authenticated } | { kind: 'redirecting' };

/** Transports reject with a LoginError (see model.ts), never with raw server errors. */
export interface PasswordlessTransport {
  /**
   * Sends a code or a link. Never retried automatically: each call sends a message. Resolves with what was
   * sent when the other side decides it (backend mode), the sign-in's transaction, and `linkToo` when the code came
   * inside a magic-link email (SPA mode across sites: the email's link works too), else with nothing.
   */
  start(request: StartRequest): Promise<{ send?: SendMode; transaction?: string; linkToo?: boolean } | void>;
  verify(request: VerifyRequest): Promise<VerifyOutcome>;
  /** Finishes a sign-in from callback parameters the element took from the URL (already scrubbed). */
  completeCallback(callback: CallbackParams): Promise<Authenticated>;
  /**
   * Another tab of this browser said it signed in (a magic link opened there): what this tab should believe. Backend
   * mode asks the server for the shared session; without this method, the other tab's word is taken.
   */
  confirmOtherTab?(heard: Authenticated): Promise<Authenticated>;
  /**
   * The continue step's click: leaves the page to finish where it points (SPA mode: Auth0's page, a link's session),
   * or finishes right here and says who signed in (backend mode: the server starts the session the person confirmed).
   */
  continueElsewhere?(continuation: Continuation): Promise<Authenticated | void>;
  /**
   * Whether a check that the person is human must come before the next start, and which: SPA mode asks Auth0's Bot
   * Detection (POST /passwordless/challenge, a fresh challenge each call), backend mode the server's settings (or a
   * start it refused for want of one). Null when none is needed. Asked again after `invalid_captcha` and
   * `captcha_required`.
   */
  humanCheck?(): Promise<HumanCheck | null>;
  /** The countries (ISO 3166 alpha-2) this site sends text messages to, or null for any (backend mode: the server's `smsCountries`). */
  smsCountries?(): Promise<readonly string[] | null>;
  /** Starts loading what start() will need (e.g. auth0-js), so pressing send does not wait. */
  warmUp?(): void;
  /**
   * Who is signed in already, asked without prompting (a reload, a new tab): SPA mode asks Auth0 silently (prompt=none
   * in a hidden iframe) and gets fresh tokens; backend mode asks the server's session route. Resolves with null when
   * nobody is (Auth0's login_required, the server's 401); rejects with a LoginError when it cannot tell.
   */
  checkSession?(): Promise<Authenticated | null>;
  /**
   * Ends the session. Resolves `signed-out` once it has ended (backend mode: the server's logout route), or `leaving`
   * when the page is navigating away to end it (SPA mode: Auth0's /v2/logout, which returns to this page).
   */
  signOut?(): Promise<SignOutOutcome>;
  /** Passkeys (the `passkeys` attribute): without this method, the element offers none, and says so to developers. */
  passkeys?(): PasskeyTransport | Promise<PasskeyTransport>;
}

export type SignOutOutcome = 'signed-out' | 'leaving';

/** Parameters taken from the URL on return from Auth0 or from the backend's callback. */
export interface CallbackParams {
  /** The fragment, without `#`, exactly as it arrived (SPA mode). */
  hash: string;
  /** The query string, without `?`. */
  search: string;
}

/** Whether what a transport threw is a LoginError (anything else is a bug, shown as `unknown`). */
export function isLoginError(value: unknown): value is LoginError {
  return typeof value === 'object' && value !== null && isLoginErrorCode((value as LoginError).code);
}

/** What a transport threw, as a LoginError: anything else is a bug, shown as `unknown`. */
export function asLoginError(error: unknown): LoginError {
  return isLoginError(error) ? error : loginError('unknown');
}
