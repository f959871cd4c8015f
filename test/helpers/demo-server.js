// @ts-check
// Starts the emulator and the demo (Vite dev server) on free localhost ports, with an emulator config whose
// callbacks and origins are the demo's: what `npm start` does, minus the fixed ports.
import { createServer } from 'vite';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { demoServerPlugins } from '../../demo/server-plugins.js';
import { freePort } from './free-port.js';

/** @param {string} origin */
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

export async function startDemo() {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const emulator = await startEmulator({ port: 0, config: configFor(origin) });
  const demo = await createServer({
    configFile: false,
    root: new URL('../../demo', import.meta.url).pathname,
    server: { host: 'localhost', port, strictPort: true, hmr: false },
    plugins: await demoServerPlugins(emulator.url, { demoOrigin: origin }),
    logLevel: 'error',
    clearScreen: false,
  });
  await demo.listen();
  return {
    url: origin,
    emulator,
    async close() {
      await demo.close();
      await emulator.close();
    },
  };
}
