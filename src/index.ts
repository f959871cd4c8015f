// Public exports, free of side effects: importing this does not define the element.
export { PasswordlessLogin } from './element/passwordless-login.element.js';
export * from './events/passwordless-events.js';
export { LOGIN_ERROR_CODES } from '../protocol/error-codes.js';
export { LOGIN_STEPS, CONNECTIONS, SEND_MODES } from './model.js';
export type { LoginError, LoginErrorCode, LoginStep, Connection, SendMode, UserProfile, AuthResult } from './model.js';
export type { PasswordlessTransport, StartRequest, VerifyRequest, VerifyOutcome, Authenticated, CallbackParams, SignOutOutcome } from './transport/transport.js';
export { registerMessages } from './i18n/registry.js';
export type { PasswordlessMessages, MessageOverrides } from './i18n/messages.js';
