// Backend mode's settings, shared by the route handler (app/auth/passwordless/[...route]/route.ts) and the pages
// that read the session (lib/session.ts). A route.ts may export only route handlers, hence this module.
import { memoryStore, type PasswordlessHandlerOptions, type PasswordlessStore } from 'passwordless-login/server';
import { ENDPOINT } from './endpoint';

// Next.js bundles the route handler and the pages apart, each with its own copy of this module (and of the
// package's default store): one store for the process, or a session the route handler made would be unknown to the
// pages. Several server instances share one with redisStore() instead.
const shared = globalThis as { passwordlessStore?: PasswordlessStore };
const store = (shared.passwordlessStore ??= memoryStore());

export const passwordlessOptions: PasswordlessHandlerOptions = {
  domain: process.env.AUTH0_DOMAIN!,
  clientId: process.env.AUTH0_CLIENT_ID!,
  clientSecret: process.env.AUTH0_CLIENT_SECRET!,
  sessionSecret: process.env.SESSION_SECRET!,
  basePath: ENDPOINT,
  callbackUrl: `${process.env.APP_URL}${ENDPOINT}/callback`,
  loginUrl: '/account-login',
  store,
};
