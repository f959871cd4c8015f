// npm start: the Auth0 emulator and the demo together, on localhost (same site, different ports).
import { createServer } from 'vite';
import { startEmulator } from '../emulator/index.js';
import { demoServerPlugins } from '../demo/server-plugins.js';

const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 4400);
const DEMO_PORT = 5173; // the built-in emulator config lists callbacks on this port

const emulator = await startEmulator({ port: EMULATOR_PORT, log: (line) => console.log(`[emulator] ${line}`) }).catch((error) => {
  console.error(`Could not start the emulator on port ${EMULATOR_PORT}: ${error.message}`);
  process.exit(1);
});

const demo = await createServer({
  configFile: false,
  root: new URL('../demo', import.meta.url).pathname,
  server: { host: 'localhost', port: DEMO_PORT, strictPort: true },
  plugins: await demoServerPlugins(emulator.url),
  logLevel: 'warn',
  clearScreen: false,
});
await demo.listen().catch((error) => {
  console.error(`Could not start the demo on port ${DEMO_PORT} (is it in use?): ${error.message}`);
  process.exit(1);
});

console.log(`
  Auth0 emulator  ${emulator.url}   (mailbox: ${emulator.url}/__emulator/)
  Demo, SPA mode  http://localhost:${DEMO_PORT}/
  Backend mode    http://localhost:${DEMO_PORT}/backend.html
  Passkeys        http://localhost:${DEMO_PORT}/passkeys.html
  States gallery  http://localhost:${DEMO_PORT}/gallery.html

  Sign in with any email address; the code or link appears in the outbox beside the form.
  Press Ctrl+C to stop.
`);

const stop = async () => {
  await demo.close();
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
