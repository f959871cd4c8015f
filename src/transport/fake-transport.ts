// A transport with programmable outcomes, for element tests, the demo's design mode and integrators' own tests.
import {
  isLoginError,
  type Authenticated,
  type CallbackParams,
  type PasskeyCeremony,
  type PasskeyTransport,
  type PasswordlessTransport,
  type SignOutOutcome,
  type StartRequest,
  type VerifyOutcome,
  type VerifyRequest,
} from './transport.js';
import { loginError, type Connection, type Continuation, type HumanCheck, type LoginError, type LoginErrorCode, type PasskeyOffer } from '../model.js';

/** What a call does: succeed with this, fail with this error (or code), or settle as this promise does (to hold it). */
type Outcome<T> = T | LoginError | LoginErrorCode | Promise<T>;

export interface FakeTransportOptions {
  /** The code verify accepts. Default "123456". */
  code?: string;
  /** Milliseconds each call takes. Default 0. */
  latency?: number;
  /** Passkeys (the element's `passkeys` attribute): without this, the fake has none, as a transport without them. */
  passkeys?: FakePasskeyOptions;
}

/**
 * The fake's passkeys: Auth0's side scripted, the browser's left to the browser (tests stub navigator.credentials). The
 * challenges are fresh WebAuthn options for this page; any credential signs in, unless nextPasskeySignIn() says otherwise.
 */
export interface FakePasskeyOptions {
  /**
   * What passkeyOffer() answers. Default: sign-in only, `{ signup: false, create: false }`; an error (or code) refuses;
   * a promise holds the answer until it settles.
   */
  offer?: PasskeyOffer | LoginError | LoginErrorCode | Promise<PasskeyOffer>;
  /** The RP ID the challenges name. Default: the page's host. */
  rpId?: string;
}

type PasskeyMethod = 'passkeyOffer' | 'passkeyChallenge' | 'passkeySignup' | 'passkeySignIn' | 'passkeyCreate' | 'passkeyCreated';

export class FakeTransport implements PasswordlessTransport {
  readonly calls: { method: 'start' | 'verify' | 'completeCallback' | 'continueElsewhere' | 'checkSession' | 'signOut' | PasskeyMethod; request: unknown }[] = [];
  /**
   * How many times the element asked humanCheck(): once the person turns to its first step (a focus, an input), and
   * for each fresh check. Counted here rather than in `calls`, which lists what sends or signs in.
   */
  humanChecksAsked = 0;
  readonly #startQueue: Outcome<void>[] = [];
  readonly #verifyQueue: Outcome<VerifyOutcome>[] = [];
  readonly #callbackQueue: Outcome<Authenticated>[] = [];
  readonly #continueQueue: Outcome<void>[] = [];
  readonly #sessionQueue: Outcome<Authenticated | null>[] = [];
  readonly #signOutQueue: (Outcome<void> | 'leaving')[] = [];
  readonly #humanCheckQueue: Outcome<HumanCheck | null>[] = [];
  readonly #passkeySignInQueue: Outcome<Authenticated>[] = [];
  readonly #passkeyCreatedQueue: Outcome<void>[] = [];
  /** What humanCheck() answers when nothing is queued: by default no check is needed. */
  #standingCheck: HumanCheck | null = null;
  /** The answer start() takes, as a server with a human check does; null: start() asks for none. */
  #captcha: string | null = null;
  /** Who signed in through this fake (verify, a callback): what checkSession() finds until signOut(). */
  #signedIn: Authenticated | null = null;
  readonly #code: string;
  readonly #latency: number;

  /** Present only when the fake was made with `passkeys`. */
  readonly passkeys?: () => PasskeyTransport;

  constructor(options: FakeTransportOptions = {}) {
    this.#code = options.code ?? '123456';
    this.#latency = options.latency ?? 0;
    if (options.passkeys) {
      const api = this.#passkeyApi(options.passkeys);
      this.passkeys = () => api;
    }
  }

  /** The next passkey sign-in fails with this error (e.g. `passkey_rejected` with `unknownCredential`) or waits for this promise. */
  nextPasskeySignIn(outcome: Outcome<Authenticated>): this {
    this.#passkeySignInQueue.push(outcome);
    return this;
  }

  /** The next check of a passkey created after a sign-in fails with this error or waits for this promise. */
  nextPasskeyCreated(outcome: Outcome<void>): this {
    this.#passkeyCreatedQueue.push(outcome);
    return this;
  }

  #passkeyApi({ offer = { signup: false, create: false }, rpId }: FakePasskeyOptions): PasskeyTransport {
    const call = (method: PasskeyMethod, request: unknown = null) => this.calls.push({ method, request });
    const rp = () => rpId ?? location.hostname;
    return {
      passkeyOffer: () => (call('passkeyOffer'), this.#settle([], offer)),
      passkeyChallenge: () => (call('passkeyChallenge'), this.#settle([], fakeCeremony({ rpId: rp() }))),
      passkeySignup: (connection: Connection, recipient: string) => (
        call('passkeySignup', { connection, recipient }), this.#settle([], fakeCeremony(creation(rp(), recipient), `signup:${recipient}`))
      ),
      passkeySignIn: async (ceremony: PasskeyCeremony, credential: Record<string, unknown>) => {
        call('passkeySignIn', { ceremony, credential });
        const signedUp = ceremony.authSession.startsWith('signup:') ? ceremony.authSession.slice('signup:'.length) : 'person@example.com';
        return (this.#signedIn = await this.#settle(this.#passkeySignInQueue, { ...fakeUser(signedUp), method: 'passkey' as const }));
      },
      passkeyCreate: () => (call('passkeyCreate'), this.#settle([], fakeCeremony(creation(rp(), this.#signedIn?.user.email ?? 'person@example.com'), 'create', 'enrollment-1'))),
      passkeyCreated: (ceremony: PasskeyCeremony, credential: Record<string, unknown>) => (
        call('passkeyCreated', { ceremony, credential }), this.#settle(this.#passkeyCreatedQueue, undefined)
      ),
    };
  }

  /** The next start() fails with this error, or never settles when given a pending promise. */
  nextStart(outcome: Outcome<void>): this {
    this.#startQueue.push(outcome);
    return this;
  }

  nextVerify(outcome: Outcome<VerifyOutcome>): this {
    this.#verifyQueue.push(outcome);
    return this;
  }

  nextCallback(outcome: Outcome<Authenticated>): this {
    this.#callbackQueue.push(outcome);
    return this;
  }

  /** The next continueElsewhere() fails with this error (by default it records the call and resolves: "left"). */
  nextContinue(outcome: Outcome<void>): this {
    this.#continueQueue.push(outcome);
    return this;
  }

  /**
   * The next checkSession() finds this person (as after a reload), nobody (`null`), fails with this error, or waits for
   * this promise. Without one it finds whoever signed in through this fake and has not signed out.
   */
  nextSession(outcome: Outcome<Authenticated | null>): this {
    this.#sessionQueue.push(outcome);
    return this;
  }

  /** The next signOut() fails with this error, never settles, or (`'leaving'`) leaves the page as SPA mode does. */
  nextSignOut(outcome: Outcome<void> | 'leaving'): this {
    this.#signOutQueue.push(outcome);
    return this;
  }

  /** Every humanCheck() answers this from now on (a check, or null for none), unless one is queued with nextHumanCheck(). */
  humanCheckAlways(check: HumanCheck | null): this {
    this.#standingCheck = check;
    return this;
  }

  /** The next humanCheck() answers this check (or null), fails with this error, or waits for this promise. */
  nextHumanCheck(outcome: Outcome<HumanCheck | null>): this {
    this.#humanCheckQueue.push(outcome);
    return this;
  }

  /**
   * start() refuses a send without this answer to the human check (`captcha_required`) or with another one
   * (`invalid_captcha`), as a server with a human check does; null: it takes any (the default).
   */
  acceptCaptcha(answer: string | null): this {
    this.#captcha = answer;
    return this;
  }

  async humanCheck(): Promise<HumanCheck | null> {
    this.humanChecksAsked++;
    return this.#settle(this.#humanCheckQueue, this.#standingCheck);
  }

  async start(request: StartRequest): Promise<void> {
    this.calls.push({ method: 'start', request });
    const refusal = this.#captcha === null || request.captcha === this.#captcha ? undefined : request.captcha ? 'invalid_captcha' : 'captcha_required';
    await this.#settle(refusal ? [refusal] : this.#startQueue, undefined);
  }

  async verify(request: VerifyRequest): Promise<VerifyOutcome> {
    this.calls.push({ method: 'verify', request });
    const fallback: VerifyOutcome | LoginErrorCode =
      request.code === this.#code ? { kind: 'authenticated', result: fakeUser(request.recipient) } : 'wrong_code';
    const outcome = await this.#settle(this.#verifyQueue, fallback);
    if (outcome.kind === 'authenticated') this.#signedIn = outcome.result;
    return outcome;
  }

  async completeCallback(callback: CallbackParams): Promise<Authenticated> {
    this.calls.push({ method: 'completeCallback', request: callback });
    return (this.#signedIn = await this.#settle(this.#callbackQueue, fakeUser('person@example.com')));
  }

  async checkSession(): Promise<Authenticated | null> {
    this.calls.push({ method: 'checkSession', request: null });
    return this.#settle(this.#sessionQueue, this.#signedIn);
  }

  async signOut(): Promise<SignOutOutcome> {
    this.calls.push({ method: 'signOut', request: null });
    const next = this.#signOutQueue.shift();
    const leaving = next === 'leaving';
    await this.#settle(leaving || next === undefined ? [] : [next], undefined);
    this.#signedIn = null;
    return leaving ? 'leaving' : 'signed-out';
  }

  async continueElsewhere(continuation: Continuation): Promise<void> {
    this.calls.push({ method: 'continueElsewhere', request: continuation });
    await this.#settle(this.#continueQueue, undefined);
  }

  async #settle<T>(queue: Outcome<T>[], fallback: Outcome<T>): Promise<T> {
    const outcome = queue.length ? queue.shift()! : fallback;
    if (this.#latency) await new Promise((resolve) => setTimeout(resolve, this.#latency));
    if (outcome instanceof Promise) return outcome;
    if (typeof outcome === 'string') throw loginError(outcome as LoginErrorCode);
    if (isLoginError(outcome)) throw outcome;
    return outcome as T;
  }
}

function fakeUser(recipient: string): Authenticated {
  const isEmail = recipient.includes('@');
  return {
    user: isEmail
      ? { sub: 'email|fake', email: recipient, email_verified: true }
      : { sub: 'sms|fake', phone_number: recipient, phone_number_verified: true },
  };
}

/** WebAuthn options as JSON, as Auth0 sends them: a fresh challenge each time (base64url). */
function fakeCeremony(publicKey: Record<string, unknown>, authSession = 'sign-in', enrollment?: string): PasskeyCeremony {
  const challenge = btoa(String(Math.random())).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return { authSession, publicKey: { challenge, timeout: 60_000, userVerification: 'preferred', ...publicKey }, ...(enrollment ? { enrollment } : {}) };
}

function creation(rpId: string, name: string): Record<string, unknown> {
  return {
    rp: { id: rpId, name: 'Fake' },
    user: { id: btoa(name).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'), name, displayName: name },
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  };
}
