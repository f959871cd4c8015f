// For integrators' own tests and offline demos: a transport with programmable outcomes, and a way to show any
// step without a network (design mode, states galleries, visual tests).
import { PREVIEW, type PasswordlessLogin } from './element/passwordless-login.element.js';
import type { LoginState } from './flow/login-state.js';
import { loginError, type LoginErrorCode } from './auth/login-error.js';

export { FakeTransport, type FakeTransportOptions } from './auth/fake-transport.js';

export interface PreviewState extends Omit<Partial<LoginState>, 'error'> {
  error?: LoginErrorCode;
  retryAfterMs?: number;
}

/** Puts an element in any state, e.g. `previewState(el, { step: 'code', error: 'wrong_code' })`. */
export function previewState(element: PasswordlessLogin, { error, retryAfterMs, ...state }: PreviewState): void {
  element[PREVIEW]({ ...state, error: error ? loginError(error, { retryAfterMs }) : null });
}
