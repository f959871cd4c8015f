// The words every part of the element shares: steps, connections, send modes, the profile, tokens and errors.
// Types and one tiny constructor: it imports only the protocol, so nothing can import back into a circle.
// The closed list is the protocol's; the entry holds it, so every lazy chunk that checks a code imports it from there.
import { UNRECOVERABLE_CODES, type LoginErrorCode } from '../protocol/error-codes.js';
import type { PasskeyRequirement } from '../protocol/wire.js';

export type { LoginErrorCode };

export const LOGIN_STEPS = ['identify', 'code', 'check-email', 'continue', 'callback', 'success', 'passkey-offer', 'error'] as const;
export type LoginStep = (typeof LOGIN_STEPS)[number];

export const CONNECTIONS = ['email', 'sms'] as const;
export type Connection = (typeof CONNECTIONS)[number];

export const SEND_MODES = ['code', 'link'] as const;
export type SendMode = (typeof SEND_MODES)[number];

/** How a person signed in: a typed code, a magic link, or a passkey (`passwordless-authenticated`'s `method`). */
export type SignInMethod = SendMode | 'passkey';

/**
 * What a site offers for passkeys (the `passkeys` attribute; in backend mode the server's settings too):
 * `signup`, a new person may sign up with a passkey; `create`, a person who signed in with a code may add one
 * (their account can hold one: backend mode with codes on a database connection).
 */
export interface PasskeyOffer {
  signup: boolean;
  create: boolean;
}

/**
 * A sign-in that cannot finish on this page but can elsewhere, one click away (the `continue` step):
 * - `mail-link`: a magic link whose email points at this page first (`#passwordless-link=…`, so that mail scanners,
 *   which fetch links but do not click buttons, cannot use it up): the click opens Auth0's link (`url`);
 * - `universal-login`: on Auth0's own page, which sends a new code to the identifier handed over (`login_hint`);
 *   because the tenant does not finish typed codes from this site (`code-refused`), or the browser blocked the
 *   cookie the code login needs (`cookies-blocked`);
 * - `link-session`: a magic link opened in another browser than the one that asked for it (`other-browser`) created a
 *   session at Auth0; a fresh sign-in with a new state and nonce picks it up, once the person confirms it is theirs.
 */
export interface Continuation {
  to: 'universal-login' | 'link-session' | 'mail-link';
  reason: 'code-refused' | 'cookies-blocked' | 'other-browser' | 'link-landing';
  /** Where the person goes: the Auth0 tenant's host, shown on the button. */
  host: string;
  connection: Connection;
  /** The normalised address or number handed over to Auth0's page (`login_hint`). */
  recipient: string;
  /**
   * As shown: masked (the flow masks `recipient` when the transport does not say), except for a link from another
   * browser, where the person must recognise the very account before they confirm, so it is shown in full.
   */
  maskedRecipient?: string;
  /** `mail-link`: the Auth0 link to open, checked to be the tenant's verify_redirect for this application. */
  url?: string;
}

/** The signed-in person's profile, as the ID token or the backend session describes them. */
export interface UserProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
  name?: string;
  [claim: string]: unknown;
}

/** Tokens from auth0-js's parseHash (SPA mode only; never stored). */
export interface AuthResult {
  accessToken: string | null;
  idToken: string | null;
  idTokenPayload: UserProfile | null;
  expiresIn: number | null;
  tokenType: string | null;
  scope: string | null;
  appState?: unknown;
}

/** What every transport throws, and (with its translated message) the `detail` of `passwordless-error`. */
/** The third-party checks that someone is a person, by their browser API (Auth0's `auth0_v2` is Cloudflare Turnstile). */
export const HUMAN_CHECK_WIDGETS = ['turnstile', 'recaptcha_v2', 'recaptcha_enterprise', 'hcaptcha', 'friendly_captcha', 'arkose'] as const;
export type HumanCheckWidget = (typeof HUMAN_CHECK_WIDGETS)[number];

/**
 * A check that the person is human, asked before a message is sent: Auth0's Bot Detection (SPA mode, from
 * POST /passwordless/challenge) or the backend's `humanCheck` (from its settings route, or a start it refused).
 * - `picture`: Auth0's own challenge, an image (a `data:image/...` URL, shown only as an image) and a typed answer;
 * - `widget`: a provider's script renders it and hands back a token.
 */
export type HumanCheck =
  | { kind: 'picture'; image: string; answer: 'code' | 'math' }
  | { kind: 'widget'; provider: HumanCheckWidget; siteKey: string; clientSubdomain?: string };

export interface LoginError {
  code: LoginErrorCode;
  /** The translated, plain-language message shown to the person (set by the element when it reports the error). */
  message: string;
  /** True when the person can fix it from the form (retry, correct input, wait). */
  recoverable: boolean;
  /** For `rate_limited` and `service_unavailable`: how long to wait before sending again. */
  retryAfterMs?: number;
  /** For developers only: why it happened and how to fix it. Logged to the console, never shown. */
  developerHint?: string;
  /**
   * The request may have reached the server before it failed (a timeout, a dropped connection): a message may
   * have been sent, or a code used. Never retried automatically.
   */
  uncertain?: boolean;
  /** The sign-in cannot finish on this page but can elsewhere: the element shows the `continue` step, not an error. */
  continuation?: Continuation;
  /** `passkeys_unavailable`: which of Auth0's passkey requirements is missing (protocol/wire.js PASSKEY_REQUIREMENTS). */
  requirement?: PasskeyRequirement;
  /** `passkey_rejected`: Auth0 does not know the credential, so the browser may stop offering it. */
  unknownCredential?: boolean;
}

export function loginError(
  code: LoginErrorCode,
  extra: { retryAfterMs?: number; developerHint?: string; uncertain?: boolean; continuation?: Continuation; requirement?: PasskeyRequirement; unknownCredential?: boolean } = {},
): LoginError {
  return { code, message: '', recoverable: !UNRECOVERABLE_CODES.has(code), ...extra };
}
