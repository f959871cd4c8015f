// The flow's state: everything the element renders, and nothing it could derive (translated text is derived when
// rendering). It changes only through transition() in machine.ts (before the later chunk, through loading.ts).
import type { Connection, Continuation, HumanCheck, LoginError, LoginStep, PasskeyOffer, SendMode, SignInMethod, UserProfile } from '../model.js';

/** Everything the element renders, and nothing it could derive (translated text is derived when rendering). */
export interface LoginState {
  step: LoginStep;
  /** A network call is running: the form is disabled and `:state(busy)` is set. */
  busy: boolean;
  /** While busy: the call sends a message (a first send or a resend), not a code check. Absent: not sending. */
  sending?: boolean;
  /** What the person typed, kept through every failure. */
  identifier: string;
  /** The normalised address or number a message was sent to. */
  recipient: string;
  /** The recipient as shown back (e.g. `a•••@example.com`). */
  maskedRecipient: string;
  code: string;
  error: LoginError | null;
  /** Epoch ms before which sending again stays held (a resend cooldown, a rate limit, an outage). */
  resendAvailableAt: number;
  /** When that hold began: the announced wait is its whole length, not every second of it. */
  resendHeldSince: number;
  /** How many messages were sent for this recipient (drives the growing cooldown). */
  sendCount: number;
  /** The last send's answer was lost (timeout, dropped connection): a message may or may not be on its way. */
  uncertain: boolean;
  /**
   * A send came back without sending: the recipient's last message went moments ago. On the code or link step, that
   * message is still on its way or in the inbox (held); on the first step, it can no longer sign in, and the next waits.
   */
  alreadySent: boolean;
  user: UserProfile | null;
  /** How the last message was sent (in backend mode the server decides): a resend sends the same. */
  sentWith: SendMode | null;
  /** The person asked for a code instead of a link: first sends are codes too, until a reset. */
  preferCode: boolean;
  /** A code whose verify answer was lost: the server may have used it up. */
  uncertainCode: string;
  /** The last complete code that was submitted by itself: the same digits are not sent again by themselves. */
  autoSubmitted: string;
  /** The tries the server called wrong since the last code was sent, in order: Auth0 takes three per code. */
  wrongCodes: readonly string[];
  /** "Did you mean …?" for a likely typo in the email's domain. */
  suggestion: string | null;
  /** The country chosen for national phone numbers (ISO 3166 alpha-2), if the person chose one. */
  country: string | null;
  /** The rest of the element (the later chunk: the flow's effects, the later steps). */
  later: 'loading' | 'loaded' | 'failed';
  /**
   * Before the later chunk arrives, what may replace the first step: `callback`, "signing you in" (a callback in the
   * URL, or a session to check because this browser signed in here before), or a resume record.
   */
  due: 'callback' | 'resume' | null;
  /** The person asked to send before the later chunk arrived: it sends once it is here. */
  queued: boolean;
  /** The code came inside a magic-link email (SPA mode across sites): the step says its link works too. */
  linkToo: boolean;
  /** The sign-in the last send started (SPA mode: auth0-js's state), so that a link opened in another tab is known as ours. */
  transaction: string | null;
  /** The `continue` step: where the sign-in finishes instead, and why. */
  continuation: Continuation | null;
  /** The element refused to run (a secret in the page, a foreign frame): `error` says why, and nothing else happens. */
  refused: boolean;
  // Optional, so that the entry's initialState does not carry them (they only ever become true in the later chunk).
  /** Signed in here, and another tab of this browser (the one that asked for the link) heard of it and is signed in too. */
  otherTabToo?: boolean;
  /** The success step shows a session found on load (a reload, a new tab), not a sign-in made just now. */
  restored?: boolean;
  /** Signing out: busy until the session has ended (or, SPA mode, until the page has left for Auth0's logout). */
  signingOut?: boolean;
  /** Signed out just now (or the page Auth0's logout returned to): the first step says so until the next send. */
  signedOut?: boolean;
  /** The suggestion on screen when a key or a pointer last went down in the element: seen, so the next send may go as typed. */
  seenSuggestion?: string | null;
  /**
   * The error of a refused send (a rate limit, an outage, the per-address limit) while it is the one on screen: its
   * countdown is beside it and says when, so its words say only what happened (errorMessageKey in machine.ts).
   */
  heldError?: LoginError | null;
  /**
   * The first step's check that the person is human (Auth0's Bot Detection, a backend's `humanCheck`): absent or null
   * when none is needed (or nobody asked yet). Only the later chunk sets it (src/flow/human-check.ts).
   */
  check?: CheckState | null;
  /**
   * The message on screen (the code or link step) went with a human check's answer, which was good for that send only:
   * a resend needs a fresh check, on the first step (resendNeedsCheck in human-check.ts).
   */
  checkedSend?: boolean;
  /**
   * Back on the first step for a fresh check instead of a resend (its answer was spent): the error line says, as a
   * notice, that the check comes before sending again, until it is answered, none is needed, or a send goes.
   */
  checkAgain?: boolean;
  /**
   * The first step came back for a fresh check instead of sending a code in place of the link just sent ("send me a
   * code instead"): its send goes at once as that one would, not after the link's cooldown. Until a send goes.
   */
  codeInstead?: boolean;
  /**
   * Passkeys (the `passkeys` attribute): absent until the flow asked what the site offers; null when it offers none
   * (the attribute is off, or a requirement is missing: developers hear which, the person sees the code path only).
   * Only the later chunk sets it (src/flow/passkeys.ts).
   */
  passkeys?: PasskeyState | null;
  /** How the person on the success or passkey-offer step signed in (absent: a session found on load). */
  method?: SignInMethod;
  /** A passkey was created just now (the success step says so). */
  passkeyCreated?: boolean;
}

/** The passkeys a site offers, and the ceremony under way. */
export interface PasskeyState {
  offer: PasskeyOffer;
  /**
   * A ceremony that makes the element busy: the button's sign-in, a sign-up, a creation on the passkey-offer step, or
   * a passkey picked from the field's autofill whose sign-in is being checked. (Autofill waiting for a pick is not one.)
   */
  running?: 'sign-in' | 'sign-up' | 'create';
}

/** The first step's human check: which one, how far it is, and the answer that goes with the next start. */
export interface CheckState {
  /** The check asked for; null while the flow asks whether one is needed at all (nothing shows meanwhile). */
  challenge: HumanCheck | null;
  /**
   * `asking`: the transport is asked which check (a fresh one); `loading`: a provider's widget loads; `ready`: on
   * screen; `unavailable`: it could not load (the person can try again).
   */
  status: 'asking' | 'loading' | 'ready' | 'unavailable';
  /** The typed characters (a picture) or the provider's token (a widget); '' until answered. */
  answer: string;
  /**
   * A send waits for this check: while `asking`, for the answer to whether one is needed (the send goes on once it
   * is here); Arkose's, for its challenge, which opens on the send (once answered, the send goes on by itself).
   */
  awaiting?: boolean;
  /** Why it is unavailable, for developers (the console): never shown. */
  developerHint?: string;
}

// Readonly for the compiler rather than frozen at run time: the entry chunk's bytes are counted.
export const initialState: Readonly<LoginState> = {
  step: 'identify',
  busy: false,
  identifier: '',
  recipient: '',
  maskedRecipient: '',
  code: '',
  error: null,
  resendAvailableAt: 0,
  resendHeldSince: 0,
  sendCount: 0,
  uncertain: false,
  alreadySent: false,
  user: null,
  sentWith: null,
  preferCode: false,
  uncertainCode: '',
  autoSubmitted: '',
  wrongCodes: [],
  suggestion: null,
  country: null,
  later: 'loading',
  due: null,
  queued: false,
  linkToo: false,
  transaction: null,
  continuation: null,
  refused: false,
};

/** The sign-in a reload (or the magic link's return) picks up again: see src/page/resume.ts. */
export interface ResumePoint {
  step: 'code' | 'check-email';
  identifier: string;
  recipient: string;
  maskedRecipient: string;
  resendAvailableAt: number;
  sendCount: number;
  sentWith: SendMode;
  preferCode: boolean;
  transaction: string | null;
  linkToo: boolean;
  /** The message went with a human check's answer: a resend needs a fresh one (absent: it did not). */
  checkedSend?: boolean;
}

/**
 * What this browser sent to one recipient lately, whichever tab or element sent it (src/later/send-history.ts): the
 * per-address limit that "use a different email", a reload or another tab cannot walk around.
 */
export interface SendHistory {
  /** When each message of the last 15 minutes went out, oldest first. */
  sends: number[];
  /** Epoch ms before which nothing more may go to this recipient (the resend ladder, or the server's Retry-After). */
  until: number;
  /** What the last message was. */
  send: SendMode;
  /** Its sign-in (SPA mode: auth0-js's state), so that a tab showing it again knows its link when it is opened. */
  transaction: string | null;
  /** The last message can no longer sign in (used, expired, too many wrong tries): only a new one helps. */
  spent: boolean;
}

/**
 * What a designer's preview may show (see previewState in passwordless-login/testing): the step, what is typed and
 * sent, and how the step was reached (a held address or a message sent moments ago, a typo suggested, a code's wrong
 * tries, a session found on load, signed out just now).
 */
export type PreviewPoint = Partial<
  Pick<
    LoginState,
    | 'step' | 'busy' | 'identifier' | 'recipient' | 'maskedRecipient' | 'code' | 'error' | 'resendAvailableAt' | 'sendCount' | 'uncertain'
    | 'user' | 'sentWith' | 'continuation' | 'alreadySent' | 'suggestion' | 'wrongCodes' | 'restored' | 'signedOut' | 'check' | 'checkAgain'
    | 'passkeys' | 'passkeyCreated'
  >
>;

/** The element's settings the flow depends on (its attributes). */
export interface FlowSettings {
  connection: Connection;
  /** The `send` attribute: what a first send asks for (SPA mode). */
  send: SendMode;
  codeLength: number;
  /** Backend mode: the server decides code or link, and offers no "code instead". */
  backend: boolean;
}
