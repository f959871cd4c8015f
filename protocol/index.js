// @ts-check
// The protocol shared by the element (src/) and the server handler (server/): error codes, wire names, identifier
// rules and Auth0's errors. Published as `passwordless-login/protocol`.
export * from './error-codes.js';
export * from './wire.js';
export * from './identifiers.js';
export * from './auth0-errors.js';
