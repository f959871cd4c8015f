// For integrators' own tests and offline demos: a transport with programmable outcomes, and a way to show any
// step without a network (design mode, states galleries, visual tests).
import { PREVIEW, type PasswordlessLogin } from './element/passwordless-login.element.js';
import type { PreviewPoint } from './flow/state.js';
import { loginError, type LoginErrorCode } from './model.js';

export { FakeTransport, type FakeTransportOptions } from './transport/fake-transport.js';

export interface PreviewState extends Omit<PreviewPoint, 'error'> {
  error?: LoginErrorCode;
  retryAfterMs?: number;
}

/** Puts an element in any state, e.g. `previewState(el, { step: 'code', error: 'wrong_code' })`. */
export function previewState(element: PasswordlessLogin, { error, retryAfterMs, ...state }: PreviewState): void {
  element[PREVIEW]({ ...state, error: error ? loginError(error, { retryAfterMs }) : null });
}
