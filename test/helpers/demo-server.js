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
 * @param {{ publicOrigin?: string, trustProxy?: boolean|number }} [options] `publicOrigin`: the origin the browser
 *   uses when a proxy stands in front (e.g. https://localhost:8443); default the demo's own http://localhost:port.
 *   `trustProxy`: the handler option (trust that proxy's X-Forwarded-* headers).
 */
export async function startDemo({ publicOrigin, trustProxy } = {}) {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const origin = publicOrigin ?? url;
  const emulator = await startEmulator({ port: 0, config: configFor(origin) });
  const demo = await createServer({
    configFile: false,
    root: new URL('../../demo', import.meta.url).pathname,
    // Vite answers only Host headers it knows (DNS rebinding defence): localhost is always allowed; a proxy that
    // forwards the public host name needs it listed.
    server: { host: 'localhost', port, strictPort: true, hmr: false, allowedHosts: [new URL(origin).hostname] },
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
