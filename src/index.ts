// Public exports, free of side effects: importing this does not define the element.
export { PasswordlessLogin } from './element/passwordless-login.element.js';
export * from './events/passwordless-events.js';
export { LOGIN_ERROR_CODES, type LoginError, type LoginErrorCode } from './auth/login-error.js';
export type { PasswordlessTransport, StartRequest, VerifyRequest, VerifyOutcome, Authenticated, CallbackParams } from './auth/transport.js';
export { LOGIN_STEPS, CONNECTIONS, SEND_MODES } from './flow/login-state.js';
export type { LoginStep, Connection, SendMode, UserProfile, AuthResult } from './flow/login-state.js';
export { transition, type LoginAction } from './flow/login-machine.js';
export { registerMessages } from './i18n/registry.js';
export type { PasswordlessMessages } from './i18n/messages.js';
