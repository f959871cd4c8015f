// @ts-check
// The built-in configuration: one SPA client and one regular web client for the demo on
// http://localhost:5173, and Auth0's default passwordless settings (6 digits, 180 s, 3 attempts).
// Both also accept any page on localhost, 127.0.0.1 or [::1], on any port (`any_localhost_port`), as a development
// tenant that lists every local port would: the README's script-tag page works wherever it is served on this machine.
// demo-spa has the grant types Auth0 gives a new single-page application (implicit, authorization_code,
// refresh_token) and, like it, no refresh token rotation: a server may get refresh tokens for it, a web page
// (auth0-spa-js with useRefreshTokens) gets none until rotation is on (`refresh_token.rotation_type: "rotating"`).
// Passkeys (docs/auth0-passkeys.md) are set up as a tenant would for them: a custom domain (`localhost`, the
// emulator's host name, so the RP ID is `localhost` and every local page may use it), the Passkey grant on both
// applications, a database connection with passkeys and email and phone codes, and the My Account API with a user
// grant for demo-regular (creating a passkey after a code sign-in, backend mode).

import { OTP_GRANT, WEBAUTHN_GRANT } from './config.js';

/** The My Account API's audience: `https://{custom domain}/me/`. */
const MY_ACCOUNT = 'https://localhost/me/';

/** @typedef {import('./config.js').EmulatorConfig} EmulatorConfig */

/** @type {EmulatorConfig} */
export const defaultConfig = {
  clients: [
    {
      client_id: 'demo-spa',
      app_type: 'spa',
      callbacks: ['http://localhost:5173/', 'http://localhost:5173/index.html', 'http://localhost:5173/spa.html'],
      allowed_origins: ['http://localhost:5173'],
      allowed_logout_urls: ['http://localhost:5173/', 'http://localhost:5173/spa.html'],
      any_localhost_port: true,
      grant_types: ['implicit', 'authorization_code', 'refresh_token', WEBAUTHN_GRANT],
    },
    {
      client_id: 'demo-regular',
      client_secret: 'demo-regular-secret',
      app_type: 'regular_web',
      callbacks: ['http://localhost:5173/auth/passwordless/callback'],
      allowed_origins: ['http://localhost:5173'],
      allowed_logout_urls: ['http://localhost:5173/', 'http://localhost:5173/backend.html', 'http://localhost:5173/passkeys.html'],
      any_localhost_port: true,
      // What a Regular Web Application has by default, plus the two grants the passkey demo needs.
      grant_types: ['authorization_code', 'implicit', 'client_credentials', OTP_GRANT, WEBAUTHN_GRANT],
    },
  ],
  connections: {
    email: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
    sms: { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 },
    'Username-Password-Authentication': {
      strategy: 'auth0',
      options: { authentication_methods: { passkey: { enabled: true }, email_otp: { enabled: true }, phone_otp: { enabled: true } } },
    },
  },
  custom_domains: [{ domain: 'localhost', status: 'ready' }],
  apis: [{ identifier: MY_ACCOUNT, scopes: [{ value: 'create:me:authentication_methods', description: 'Add passkeys' }] }],
  client_grants: [{ client_id: 'demo-regular', audience: MY_ACCOUNT, scope: ['create:me:authentication_methods'], subject_type: 'user' }],
  rate_limits: { passwordless_start_per_ip_per_hour: 50, failed_logins_per_user_per_ip: 10 },
  // Auth0's defaults: access tokens 86,400 s, ID tokens 36,000 s.
  token_lifetime_seconds: 86400,
  id_token_lifetime_seconds: 36000,
  login_ticket_lifetime_seconds: 60,
  authorization_code_lifetime_seconds: 60,
  session_lifetime_seconds: 86400,
  allow_long_code_lifetime: false,
  // The stricter choice until a real tenant shows otherwise: verify_redirect takes only codes sent as a magic link.
  verify_redirect_accepts: 'link-issued',
  // What a tenant used with backend mode's magic links needs (off by default on Auth0 and in your own config): a link
  // started by the server can be opened in any browser. server/README.md says how to turn it on for your tenant.
  universal_login: { passwordless: { allow_magiclink_verify_without_session: true } },
};
