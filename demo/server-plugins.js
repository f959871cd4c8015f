// @ts-check
// Vite plugins for the demo server: point the pages at the running emulator, and (backend mode) mount the
// server handler from server/ at /auth/passwordless.
import { createPasswordlessHandler, memoryStore } from '../server/index.js';
import { toNodeHandler } from '../server/node.js';

const DEFAULT_EMULATOR = 'http://localhost:4400';
const DEFAULT_ORIGIN = 'http://localhost:5173';
/** Demo only: a real site reads its session secret from the environment. */
const DEMO_SESSION_SECRET = 'passwordless-login-demo-session-secret-not-for-production';

/** The backend page's human-check switch: a code handler per provider, with that provider's documented test keys. */
const CHECKED_BASE = '/auth/passwordless-checked';
/** @type {{ provider: 'turnstile'|'hcaptcha'|'recaptcha', siteKey: string, secret: string }[]} */
const HUMAN_CHECKS = [
  { provider: 'turnstile', siteKey: '3x00000000000000000000FF', secret: '1x0000000000000000000000000000000AA' },
  { provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001', secret: '0x0000000000000000000000000000000000000000' },
  { provider: 'recaptcha', siteKey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', secret: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe' },
];

/** The human-check handlers text only UK and Irish numbers (`country_not_allowed` for any other). */
const CHECKED_SMS_COUNTRIES = ['GB', 'IE'];

/** A provider's URL as the emulator's stand-in of it (`https://host/path` → `{emulator}/__emulator/stand-ins/host/path`). */
function standIn(/** @type {string} */ url, /** @type {string} */ emulatorUrl) {
  return url.startsWith('https://') && !url.startsWith(emulatorUrl) ? `${emulatorUrl}/__emulator/stand-ins/${url.slice('https://'.length)}` : url;
}

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
  const checked = HUMAN_CHECKS.map(({ provider, siteKey, secret }) =>
    toNodeHandler(
      createPasswordlessHandler({
        ...common,
        send: 'code',
        basePath: `${CHECKED_BASE}/${provider}`,
        humanCheck: { provider, siteKey, secret, required: 'always' },
        // And an SMS allow-list, as a site that pays per text would have.
        smsCountries: CHECKED_SMS_COUNTRIES,
        // Offline: the providers' verify endpoints are the emulator's stand-ins (same paths, same test secrets).
        fetch: (url, init) => fetch(standIn(String(url), emulatorUrl), init),
      }),
    ),
  );
  // Passkeys (demo/passkeys.html): codes on the emulator's database connection, so the person a code signs in can add
  // a passkey (passkeys.create, the default there), and sign-up with a passkey.
  const passkeys = toNodeHandler(
    createPasswordlessHandler({
      ...common,
      send: 'code',
      basePath: '/auth/passwordless-passkeys',
      databaseConnection: 'Username-Password-Authentication',
      databaseSignup: true,
      passkeys: { signup: true, create: true },
    }),
  );
  const handlers = [codes, links, passkeys, ...checked];
  return {
    name: 'passwordless-demo:backend',
    configureServer(server) {
      // Each handler answers its own base path and passes anything else on to the next.
      server.middlewares.use((req, res, next) => {
        const tryFrom = (/** @type {number} */ i) => (i < handlers.length ? handlers[i]?.(req, res, () => tryFrom(i + 1)) : next());
        tryFrom(0);
      });
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
