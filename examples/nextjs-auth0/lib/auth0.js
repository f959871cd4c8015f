// The one Auth0Client of the app. Everything comes from the environment (see .env.example): AUTH0_DOMAIN,
// AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_SECRET and APP_BASE_URL.
import { Auth0Client } from '@auth0/nextjs-auth0/server';

// Against the emulator AUTH0_DOMAIN is `https://localhost:PORT`. @auth0/nextjs-auth0 4.x refuses `localhost` and keeps
// a port only with `allowInsecureRequests` (its switch for local test servers: auth0/nextjs-auth0#2626, #2630); the
// emulator still speaks https, and the app trusts its CA through NODE_EXTRA_CA_CERTS. Off for any real tenant.
const localEmulator = /^https:\/\/localhost:\d+\/?$/.test(process.env.AUTH0_DOMAIN ?? '');

export const auth0 = new Auth0Client({ allowInsecureRequests: localEmulator });
