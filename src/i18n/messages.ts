// Typed messages: strings, or functions for interpolation. Every locale implements the whole interface.
import type { LoginErrorCode } from '../model.js';

export interface PasswordlessMessages {
  $code: string;
  $dir: 'ltr' | 'rtl';
  title: string;
  /** The first step's hint when it sends a magic link (`emailHint` is the one for a code). */
  emailLinkHint: string;
  /** The heading of the link step, and of the code step by email (the first step's is `title`). */
  checkEmailTitle: string;
  /** The heading of the code step by SMS. */
  checkPhoneTitle: string;
  /** The heading of the continue step (the sign-in finishes one click away). */
  continueTitle: string;
  /** The heading once signed in. */
  successTitle: string;
  /** The heading of the error step (a sign-in that could not finish, e.g. a link that cannot be used). */
  errorTitle: string;
  emailLabel: string;
  emailHint: string;
  phoneLabel: string;
  countryLabel: string;
  /** The country picker's placeholder, once its text is cleared to search. */
  countrySearch: string;
  /** Announced to screen readers while searching the countries, e.g. "Countries found: 3". */
  countriesFound: (count: number) => string;
  /** Under the picker when nothing matches the search. */
  countryNoMatch: string;
  /** After the phone hint: a number in the chosen country's format, e.g. "For example: 07400 123456." */
  phoneExample: (example: string) => string;
  /** A hint for a likely typo in the email's domain, e.g. "Did you mean alice@gmail.com?". */
  didYouMean: (email: string) => string;
  /** The button that takes the suggested address. */
  useSuggestion: string;
  /** After "did you mean …?" and its button: the other choice, pressing the send button (`button`, its text) again sends as typed. */
  keepAsTyped: (button: string) => string;
  /** Nothing was sent: a code went to this address moments ago (here, before "use a different email", or in another tab). */
  alreadySentCode: (recipient: string) => string;
  /** The same for a magic link. */
  alreadySentLink: (recipient: string) => string;
  phoneHint: string;
  sendCode: string;
  sendLink: string;
  sending: string;
  codeLabel: string;
  /** The code field's hint; `newestOnly`: more than one code went to this address, and only the newest works. */
  codeHint: (length: number, newestOnly: boolean) => string;
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
  /** The first step's countdown after a send was refused (rate limit, outage, the per-address limit): nothing new was sent. */
  tryAgainIn: (seconds: number) => string;
  /** Announced once when that countdown ends. */
  tryAgainReady: string;
  /**
   * The first step, instead of sending: a message went to this address moments ago and can no longer be used (its
   * code was used up, or it expired), so the next one waits for the countdown. Not an error: nothing failed.
   */
  recentlySent: (recipient: string) => string;
  useDifferentEmail: string;
  useDifferentPhone: string;
  signingIn: string;
  signedInAs: (who: string) => string;
  signedIn: string;
  /** The heading once signed in when a session was found on load (a reload, a new tab), not signed in just now. */
  welcomeBack: string;
  /** The success step's button (when the site sets sign-out-button). */
  signOut: string;
  /** The sign-out button (and the status) while the session ends. */
  signingOut: string;
  /** On the first step once signed out (also after Auth0's logout brought the page back), until the next send. */
  signedOut: string;
  startOver: string;
  sendNewLink: string;
  /** After a link was sent (SPA mode): switch to a one-time code, e.g. when the mail opens in another browser. */
  sendCodeInstead: string;
  tryAgain: string;
  /** The continue step's button when the sign-in finishes on Auth0's own page, e.g. "Continue on login.example.com". */
  continueOn: (host: string) => string;
  /** Why: a typed code cannot finish the sign-in on this site (the tenant takes codes only from its links): not the browser's fault. */
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
  /** The legend of the check that the person is human (Bot Detection, a backend's human check). */
  captchaLegend: string;
  /** The label of the answer to a picture of characters (Auth0's `auth0` challenge of type `code`). */
  captchaCodeLabel: string;
  /** The label of the answer to a picture of a sum (the same challenge of another type). */
  captchaMathLabel: string;
  /** The picture's text alternative: what it is for (its content cannot be said without giving the answer away). */
  captchaImageAlt: string;
  /** The button that asks for another picture. */
  captchaNewPicture: string;
  /** While a third-party check (Turnstile, reCAPTCHA, hCaptcha...) loads. */
  captchaLoading: string;
  /** A check that could not load (the provider unreachable, or refused by this page's Content-Security-Policy). */
  captchaUnavailable: string;
  /** The first step's button that signs in with a passkey (for people who do not use the field's autofill). */
  passkeyButton: string;
  /** The first step's button that signs a new person up with a passkey for the typed address (where the site allows it). */
  passkeySignup: string;
  /** Busy: the passkey ceremony or its check is running (the button and the status line). */
  passkeySigningIn: string;
  /** The passkey-offer step's heading, after a code sign-in. */
  passkeyOfferTitle: string;
  /** What a passkey is, in one or two sentences, on the passkey-offer step. */
  passkeyOfferText: string;
  /** The passkey-offer step's primary button. */
  passkeyCreate: string;
  /** The passkey-offer step's other button: the offer is not shown again on this device. */
  passkeyNotNow: string;
  /** Busy: the passkey is being created. */
  passkeyCreating: string;
  /** Once the passkey is created, on the success step. */
  passkeyCreated: string;
  errors: Record<ErrorMessageKey, string>;
}

/**
 * An error's text: one per code, and `link_expired`, the text of `code_expired` when what expired was a magic link;
 * `rate_limited_held` and `service_unavailable_held`, the texts of a refused send, beside the countdown that says when
 * (the codes' own texts, for a code check or a sign-out, say to wait themselves).
 */
export type ErrorMessageKey = LoginErrorCode | 'link_expired' | 'rate_limited_held' | 'service_unavailable_held';

/** What a page may override: any message, and any error's text on its own. */
export type MessageOverrides = Partial<Omit<PasswordlessMessages, 'errors'>> & { errors?: Partial<PasswordlessMessages['errors']> };

/** `base` with a page's overrides on top; `errors` are merged entry by entry. */
export function withOverrides<M extends { errors: Partial<PasswordlessMessages['errors']> }>(base: M, overrides?: MessageOverrides): M {
  return overrides ? { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } } : base;
}
