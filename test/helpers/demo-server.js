// @ts-check
// Starts the emulator and the demo (Vite dev server) on free localhost ports, with an emulator config whose
// callbacks and origins are the demo's: what `npm start` does, minus the fixed ports. Behind a reverse proxy
// (test/helpers/tls-proxy.js), `publicOrigin` is the origin the browser uses and `trustProxy` is handed to the
// server handler.
import { createServer } from 'vite';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { demoServerPlugins } from '../../demo/server-plugins.js';
import { freePort } from './free-port.js';

/** @param {string} origin the demo's origin as the browser sees it: its callbacks and origins in the emulator */
function configFor(origin) {
  const config = structuredClone(defaultConfig);
  for (const client of config.clients) {
    const rebase = (/** @type {string} */ url) => url.replace('http://localhost:5173', origin);
    client.callbacks = client.callbacks.map(rebase);
    client.allowed_origins = (client.allowed_origins ?? []).map(rebase);
    client.allowed_logout_urls = (client.allowed_logout_urls ?? []).map(rebase);
  }
  return config;
}

/**
 * @param {{ publicOrigin?: string, trustProxy?: boolean|number, pageHost?: '127.0.0.1', emulatorConfig?: Record<string, unknown>, linkLanding?: boolean }} [options]
 *   `publicOrigin`: the origin the browser uses when a proxy stands in front (e.g. https://localhost:8443); default
 *   the demo's own http://localhost:port. `trustProxy`: the handler option (trust that proxy's X-Forwarded-* headers).
 *   `pageHost: '127.0.0.1'`: the demo on http://127.0.0.1:port while the emulator stays on localhost, so the page and
 *   the tenant are on different sites (the emulator's cookies are then third-party to the page, as a tenant's without
 *   a custom domain). `emulatorConfig`: top-level emulator settings to change (e.g. verify_redirect_accepts).
 *   `linkLanding`: magic-link emails point at the demo's page first (`#passwordless-link=…`), as a site whose email
 *   template does that for mail scanners.
 */
export async function startDemo({ publicOrigin, trustProxy, pageHost, emulatorConfig, linkLanding } = {}) {
  const port = await freePort();
  const url = `http://${pageHost ?? 'localhost'}:${port}`;
  const origin = publicOrigin ?? url;
  const config = { ...configFor(origin), ...emulatorConfig };
  if (linkLanding && config.connections.email) config.connections.email.link_url = `${origin}/#passwordless-link={{ link | url_encode }}`;
  const emulator = await startEmulator({ port: 0, config });
  const demo = await createServer({
    configFile: false,
    root: new URL('../../demo', import.meta.url).pathname,
    // Vite answers only Host headers it knows (DNS rebinding defence): localhost is always allowed; a proxy that
    // forwards the public host name needs it listed.
    server: { host: pageHost ?? 'localhost', port, strictPort: true, hmr: false, allowedHosts: [new URL(origin).hostname] },
    plugins: await demoServerPlugins(emulator.url, { demoOrigin: origin, ...(trustProxy === undefined ? {} : { trustProxy }) }),
    logLevel: 'error',
    clearScreen: false,
  });
  await demo.listen();
  // Where it really listens ('localhost' may be 127.0.0.1 or ::1): what a proxy in front must connect to.
  const address = /** @type {import('node:net').AddressInfo} */ (demo.httpServer?.address());
  const upstream = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    /** The origin the browser uses: the proxy's when one is in front. */
    url: origin,
    /** The Vite dev server itself (plain http). */
    upstream,
    emulator,
    async close() {
      await demo.close();
      await emulator.close();
    },
  };
}
