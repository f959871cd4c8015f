// Its own chunk: the silent session check, loaded only when a session may exist (this browser signed in here: a
// reload after a sign-in, a used magic link opened again), so that a first sign-in never fetches it. Session
// (session.ts) loads it. Like every lazy chunk, it imports only the entry and chunks of its own: what it needs of the
// later chunk (the time limit, the marker, the failure rules) is handed in.
import type { LoginError } from '../model.js';
import type { Authenticated } from '../transport/transport.js';

/** How long "signing you in" waits for a session check before showing the form (Auth0 answers in well under that). */
const SESSION_CHECK_MS = 10_000;

/** What the check needs of the later chunk, handed in by Session. */
export interface CheckLib {
  answerWithin<T>(promise: Promise<T>, ms: number): Promise<T>;
  forgetSignIn(login: string): void;
  asLoginError(error: unknown): LoginError;
  checkFailureKeepsMarker(failure: LoginError, online: boolean): boolean;
}

/** The page's session checks, one per login while it runs: shared across elements (and copies of the element). */
const CHECKS = Symbol.for('passwordless-login.session-checks');
type Shared = typeof globalThis & { [CHECKS]?: Map<string, SharedCheck> };

export interface SharedCheck {
  /** Who is signed in; null when nobody is, or when the check could not tell (the form then). Never rejects. */
  result: Promise<Authenticated | null>;
  /** Whether an element has told the page (passwordless-authenticated): exactly one does. */
  announced: boolean;
}

/**
 * Asks who is signed in to this login, silently: an element that asks while a check of the same login runs on the
 * page (a second element, one a framework re-created) follows it instead of asking again. Once it has settled, the
 * next one asks anew.
 */
export function sharedCheck(login: string, ask: () => Promise<Authenticated | null>, lib: CheckLib): SharedCheck {
  const checks = ((globalThis as Shared)[CHECKS] ??= new Map());
  const running = checks.get(login);
  if (running) return running;
  const check: SharedCheck = { result: askOnce(login, ask, lib), announced: false };
  checks.set(login, check);
  void check.result.then(() => checks.get(login) === check && checks.delete(login));
  return check;
}

/** One check, with the marker's rules: nobody, or a failure that would come back at every load, forgets it. */
async function askOnce(login: string, ask: () => Promise<Authenticated | null>, lib: CheckLib): Promise<Authenticated | null> {
  try {
    const found = await lib.answerWithin(ask(), SESSION_CHECK_MS);
    if (!found) lib.forgetSignIn(login);
    return found;
  } catch (error) {
    const failure = lib.asLoginError(error);
    if (!lib.checkFailureKeepsMarker(failure, navigator.onLine !== false)) lib.forgetSignIn(login);
    console.info(`<passwordless-login>: the session could not be checked, so the form is shown. ${failure.developerHint ?? failure.code}`);
    return null;
  }
}
