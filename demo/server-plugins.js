// @ts-check
// Vite plugins for the demo server: point the pages at the running emulator, and (backend mode) mount the
// server handler from server/ at /auth/passwordless.
import { createPasswordlessHandler, memoryStore } from '../server/index.js';
import { toNodeHandler } from '../server/node.js';

const DEFAULT_EMULATOR = 'http://localhost:4400';
const DEFAULT_ORIGIN = 'http://localhost:5173';
/** Demo only: a real site reads its session secret from the environment. */
const DEMO_SESSION_SECRET = 'passwordless-login-demo-session-secret-not-for-production';

/**
 * Backend mode against the emulator's regular web client. `send` is fixed on the server, so the demo mounts
 * two handlers: codes at /auth/passwordless, links at /auth/passwordless-link. Both share the callback
 * (/auth/passwordless/callback, the client's only Allowed Callback URL) and the cookies.
 * @param {string} emulatorUrl @param {string} origin the origin the browser uses (behind a proxy, the public one)
 * @param {boolean|number} [trustProxy] set behind a reverse proxy: the handler then reads the scheme and host the
 *   browser used from X-Forwarded-Proto/-Host (origin check, `Secure`, `__Host-` cookie names)
 * @returns {import('vite').Plugin}
 */
function backendPlugin(emulatorUrl, origin, trustProxy) {
  /** @type {Omit<import('../server/index.js').PasswordlessHandlerOptions, 'send'|'basePath'>} */
  const common = {
    domain: emulatorUrl,
    clientId: 'demo-regular',
    clientSecret: 'demo-regular-secret',
    sessionSecret: DEMO_SESSION_SECRET,
    callbackUrl: `${origin}/auth/passwordless/callback`,
    loginUrl: '/backend.html',
    allowedOrigins: [origin],
    // What the emulator's built-in config gives a code or link (code_lifetime_seconds): the handler's pages say it.
    linkLifetimeSeconds: 180,
    store: memoryStore(), // one store for both handlers, so code and link starts count together
    // Demo only: everyone who runs it locally, and every end-to-end suite, signs in from one address (127.0.0.1),
    // many times an hour. A site keeps the defaults (20 starts per address per hour); the throttles have their own
    // tests (test/node/server-throttle*.test.js).
    rateLimits: { perIp: { max: 1000, windowSeconds: 3600 } },
    ...(trustProxy === undefined ? {} : { trustProxy }),
    log: (entry) => {
      if (entry.level !== 'info') console.warn(`[passwordless-login server] ${JSON.stringify(entry)}`);
    },
  };
  const codes = toNodeHandler(createPasswordlessHandler({ ...common, send: 'code' }));
  const links = toNodeHandler(createPasswordlessHandler({ ...common, send: 'link', basePath: '/auth/passwordless-link' }));
  return {
    name: 'passwordless-demo:backend',
    configureServer(server) {
      server.middlewares.use((req, res, next) => codes(req, res, () => links(req, res, next)));
    },
  };
}

/**
 * @param {string} emulatorUrl where the emulator listens, e.g. http://localhost:4400
 * @param {{ demoOrigin?: string, trustProxy?: boolean|number }} [options] `demoOrigin`: the origin the browser
 *   uses (default http://localhost:5173; behind a TLS-terminating proxy, its https origin). `trustProxy`: the
 *   handler's option of that name, for when the demo runs behind a reverse proxy (default: not set, forwarded
 *   headers change nothing).
 * @returns {Promise<import('vite').Plugin[]>}
 */
export async function demoServerPlugins(emulatorUrl, options = {}) {
  return [
    {
      name: 'passwordless-demo:emulator-url',
      // The pages say http://localhost:4400; tests run the emulator on a free port instead.
      transformIndexHtml: (html) => html.replaceAll(DEFAULT_EMULATOR, emulatorUrl),
    },
    backendPlugin(emulatorUrl, options.demoOrigin ?? DEFAULT_ORIGIN, options.trustProxy),
  ];
}
