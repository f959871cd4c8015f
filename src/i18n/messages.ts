// Typed messages: strings, or functions for interpolation. Every locale implements the whole interface.
import type { LoginErrorCode } from '../model.js';

export interface PasswordlessMessages {
  $code: string;
  $dir: 'ltr' | 'rtl';
  title: string;
  emailLabel: string;
  emailHint: string;
  phoneLabel: string;
  countryLabel: string;
  /** A hint for a likely typo in the email's domain, e.g. "Did you mean alice@gmail.com?". */
  didYouMean: (email: string) => string;
  /** The button that takes the suggested address. */
  useSuggestion: string;
  phoneHint: string;
  sendCode: string;
  sendLink: string;
  sending: string;
  codeLabel: string;
  codeHint: (length: number) => string;
  codeSentTo: (recipient: string) => string;
  linkSentTo: (recipient: string) => string;
  /** After a lost answer (timeout, dropped connection): a code may or may not have been sent. */
  maybeSentCode: (recipient: string) => string;
  /** The same for a magic link. */
  maybeSentLink: (recipient: string) => string;
  checkEmailHint: string;
  verify: string;
  verifying: string;
  resend: string;
  resendIn: (seconds: number) => string;
  /** Announced once when the resend cooldown ends. */
  resendReady: string;
  useDifferentEmail: string;
  useDifferentPhone: string;
  signingIn: string;
  signedInAs: (who: string) => string;
  signedIn: string;
  /** Before "You are signed in as …" when a session was found on load (a reload, a new tab), not signed in just now. */
  welcomeBack: string;
  /** The success step's button (when the site sets sign-out-button). */
  signOut: string;
  /** Status while the session ends. */
  signingOut: string;
  /** Status once signed out, on the first step. */
  signedOut: string;
  startOver: string;
  sendNewLink: string;
  /** After a link was sent (SPA mode): switch to a one-time code, e.g. when the mail opens in another browser. */
  sendCodeInstead: string;
  tryAgain: string;
  /** The continue step's button when the sign-in finishes on Auth0's own page, e.g. "Continue on login.example.com". */
  continueOn: (host: string) => string;
  /** Why: this browser cannot finish a typed code on this site (the tenant takes codes only from its links). */
  continueCodeRefused: (host: string) => string;
  /** Why: the browser blocked the cookie the code sign-in needs. */
  continueCookiesBlocked: (host: string) => string;
  /** A magic link opened in another browser or device than the one that asked for it: confirm before signing in. */
  continueOtherBrowser: (recipient: string) => string;
  /** The continue step's button for a link opened in another browser. */
  continueHere: string;
  /** A magic link that opens this page first (so that mail scanners cannot use it up): one click signs in. */
  continueLinkLanding: (recipient: string) => string;
  /** In the tab a magic link opened: the tab that asked for the link heard of the sign-in and is signed in too. */
  otherTabToo: string;
  errors: Record<LoginErrorCode, string>;
}

/** What a page may override: any message, and any error's text on its own. */
export type MessageOverrides = Partial<Omit<PasswordlessMessages, 'errors'>> & { errors?: Partial<PasswordlessMessages['errors']> };

/** `base` with a page's overrides on top; `errors` are merged entry by entry. */
export function withOverrides<M extends { errors: Partial<PasswordlessMessages['errors']> }>(base: M, overrides?: MessageOverrides): M {
  return overrides ? { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } } : base;
}
