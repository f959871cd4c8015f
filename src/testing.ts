// For integrators' own tests and offline demos: a transport with programmable outcomes, and a way to show any
// step without a network (design mode, states galleries, visual tests), and the human checks' stand-ins.
import { PREVIEW, type PasswordlessLogin } from './element/passwordless-login.element.js';
import type { PreviewPoint } from './flow/state.js';
import { loginError, type LoginErrorCode } from './model.js';
import { setStandInOrigin, standInOrigin, standInOriginOf } from './later/human-check/widgets/stand-ins.js';

export { FakeTransport, type FakeTransportOptions, type FakePasskeyOptions } from './transport/fake-transport.js';

export interface PreviewState extends Omit<PreviewPoint, 'error'> {
  error?: LoginErrorCode;
  retryAfterMs?: number;
}

/** Puts an element in any state, e.g. `previewState(el, { step: 'code', error: 'wrong_code' })`. */
export function previewState(element: PasswordlessLogin, { error, retryAfterMs, ...state }: PreviewState): void {
  element[PREVIEW]({ ...state, error: error ? loginError(error, { retryAfterMs }) : null });
}

/**
 * Loads every third-party human check (Turnstile, reCAPTCHA, hCaptcha, Friendly Captcha, Arkose) from the emulator's
 * local stand-ins instead of the providers, for tests and offline demos: `https://{host}{path}` becomes
 * `{emulatorOrigin}/__emulator/stand-ins/{host}{path}`, and the element's Trusted Types policy admits that origin.
 * Call it before the check is shown; returns a function that puts the real providers back.
 */
export function useHumanCheckStandIns(emulatorOrigin: string | URL): () => void {
  const origin = standInOriginOf(emulatorOrigin);
  setStandInOrigin(origin);
  return () => {
    if (standInOrigin() === origin) setStandInOrigin(null);
  };
}
