// @ts-check
// A user's own site for SPA mode: the built dist/ served beside pages of the test's, on a free localhost port
// that the emulator's demo-spa client lists as its callback and allowed origin.
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { buildDist } from './build.js';
import { freePort } from './free-port.js';
import { startStaticServer } from './static-server.js';

/**
 * @param {(emulatorUrl: string) => Record<string, string> | Promise<Record<string, string>>} pagesFor path → HTML
 */
export async function startSpaSite(pagesFor) {
  await buildDist();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const config = structuredClone(defaultConfig);
  const spa = config.clients.find((/** @type {{ client_id: string }} */ c) => c.client_id === 'demo-spa');
  if (!spa) throw new Error('the default emulator config has no demo-spa client');
  spa.callbacks = [`${origin}/`];
  spa.allowed_origins = [origin];
  spa.any_localhost_port = false; // exactly these, as a tenant lists them
  const emulator = await startEmulator({ port: 0, config });
  const site = await startStaticServer({ root: new URL('../..', import.meta.url).pathname, pages: await pagesFor(emulator.url), port });
  return {
    url: site.url,
    emulator,
    async close() {
      await site.close();
      await emulator.close();
    },
  };
}
