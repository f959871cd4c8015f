// The one Auth0Client of the app. Everything comes from the environment (see .env.example): AUTH0_DOMAIN,
// AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_SECRET and APP_BASE_URL.
import { Auth0Client } from '@auth0/nextjs-auth0/server';

// The emulator on this machine: AUTH0_DOMAIN `localhost:PORT` (as the emulator prints it) or `https://localhost:PORT`.
// @auth0/nextjs-auth0 4.x refuses `localhost` and any port in the domain, except with `allowInsecureRequests` (its
// switch for local test servers: auth0/nextjs-auth0#2626, #2630) and the domain written as a URL; it then keeps https
// and the port (issuer https://localhost:PORT/). The app trusts the emulator's CA through NODE_EXTRA_CA_CERTS.
// A real tenant's domain is passed through untouched, with allowInsecureRequests off.
const emulatorHost = /^(?:https:\/\/)?(localhost:\d+)\/?$/.exec(process.env.AUTH0_DOMAIN ?? '')?.[1];

export const auth0 = new Auth0Client(emulatorHost ? { domain: `https://${emulatorHost}`, allowInsecureRequests: true } : {});
