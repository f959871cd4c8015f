// The flow's vocabulary: runtime tuples, and the types derived from them.
import type { LoginError } from '../auth/login-error.js';

export const LOGIN_STEPS = ['identify', 'code', 'check-email', 'callback', 'success', 'error'] as const;
export type LoginStep = (typeof LOGIN_STEPS)[number];

export const CONNECTIONS = ['email', 'sms'] as const;
export type Connection = (typeof CONNECTIONS)[number];

export const SEND_MODES = ['code', 'link'] as const;
export type SendMode = (typeof SEND_MODES)[number];

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

/** Everything the element renders, and nothing it could derive. */
export interface LoginState {
  step: LoginStep;
  /** A network call is running: the form is disabled and `:state(busy)` is set. */
  busy: boolean;
  /** What the person typed, kept through every failure. */
  identifier: string;
  /** The normalised address or number a message was sent to. */
  recipient: string;
  /** The recipient as shown back (e.g. `a•••@example.com`). */
  maskedRecipient: string;
  code: string;
  error: LoginError | null;
  /** Epoch ms before which resend stays disabled. */
  resendAvailableAt: number;
  /** How many messages were sent for this recipient (drives the growing cooldown). */
  sendCount: number;
  /** The last send's answer was lost (timeout, dropped connection): a message may or may not be on its way. */
  uncertain: boolean;
  user: UserProfile | null;
}

export const initialState: LoginState = Object.freeze({
  step: 'identify',
  busy: false,
  identifier: '',
  recipient: '',
  maskedRecipient: '',
  code: '',
  error: null,
  resendAvailableAt: 0,
  sendCount: 0,
  uncertain: false,
  user: null,
});
