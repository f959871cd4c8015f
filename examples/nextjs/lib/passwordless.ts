// Backend mode's settings, shared by the route handler (app/auth/passwordless/[...route]/route.ts) and the pages
// that read the session (lib/session.ts). A route.ts may export only route handlers, hence this module.
import type { PasswordlessHandlerOptions } from 'passwordless-login/server';
import { ENDPOINT } from './endpoint';

export const passwordlessOptions: PasswordlessHandlerOptions = {
  domain: process.env.AUTH0_DOMAIN!,
  clientId: process.env.AUTH0_CLIENT_ID!,
  clientSecret: process.env.AUTH0_CLIENT_SECRET!,
  sessionSecret: process.env.SESSION_SECRET!,
  basePath: ENDPOINT,
  callbackUrl: `${process.env.APP_URL}${ENDPOINT}/callback`,
  loginUrl: '/account-login',
  // No `store`: one in memory for this server process, shared by the route handler and the pages (which Next.js
  // bundles apart). Several instances of the app: one Redis for all, `store: redisStore(client)`.
};
