// What a step's template gets: the state, its messages, the settings, the time, and the person's intents. Each step
// is a pure function of this (src/element/identify.step.ts, src/later/*.step.ts).
import type { FlowSettings } from '../flow/selectors.js';
import type { LoginState } from '../flow/state.js';

/** What the person can do; the element routes each to the flow. */
export interface StepIntents {
  identifierInput(event: InputEvent): void;
  identifierChange(event: Event): void;
  /** Focus or a pointer on the field: what sending needs starts loading. */
  warmUp(): void;
  acceptSuggestion(): void;
  codeInput(event: InputEvent): void;
  resend(): void;
  back(): void;
  sendCodeInstead(): void;
  useCodeInstead(): void;
  /** The human check's typed answer (a picture's characters or sum). */
  checkInput(event: InputEvent): void;
  /** "New picture", or "Try again" for a human check that could not load: a fresh one is asked for. */
  newCheck(): void;
  /** The human check's picture (this `src`) did not show: the page's CSP refused it, or its data does not decode. */
  pictureFailed(source: string): void;
  /** The success step's sign-out button. */
  signOut(): void;
  /** Whether the site offers signing out in the element (its `sign-out-button` attribute). */
  offersSignOut(): boolean;
  /** The first step's "Sign in with a passkey" (the modal ceremony, for people who do not use the field's autofill). */
  passkeySignIn(): void;
  /** The first step's "Sign up with a passkey", for the address or number typed. */
  passkeySignup(): void;
  /** The passkey-offer step's "Not now" (remembered on this device). */
  declinePasskey(): void;
}

/**
 * The first step's intents: all the element itself offers before the flow arrives; the flow's own (the human check's)
 * once it is here, which is the only time they can be needed.
 */
export type IdentifyIntents = Pick<StepIntents, 'identifierInput' | 'identifierChange' | 'warmUp' | 'acceptSuggestion'> &
  Partial<Pick<StepIntents, 'checkInput' | 'newCheck' | 'pictureFailed' | 'passkeySignIn' | 'passkeySignup'>>;

/** The SMS step's country picker (src/input/phone/country-picker.ts, in the phone chunk), rendered by the flow once the phone library is here. */
export interface CountryChoice {
  picker: unknown;
  /** An example number in the chosen country's format, to follow the hint ("For example: 07400 123456"), or ''. */
  example: string;
}

export interface StepView<M, I = StepIntents> {
  state: LoginState;
  m: M;
  settings: FlowSettings;
  /** Epoch ms of this render: countdowns are derived from it. */
  now: number;
  intents: I;
  /** The SMS step's country picker, once the phone library is here. */
  countries: CountryChoice | null;
}

/** A step's two places in the form: its fields above the error line, its buttons below. */
export interface StepTemplate<M, I = StepIntents> {
  fields(view: StepView<M, I>): unknown;
  actions(view: StepView<M, I>): unknown;
}
