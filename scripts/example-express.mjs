// npm run example:express: builds the element's script-tag bundle (dist/, as `npm run build` does first), starts the
// Auth0 emulator and examples/express/server.js against it, and prints where to go. PORT and EMULATOR_PORT choose
// the ports (3000 and 4400); the app's other settings (SEND=link, CONNECTION=sms...) pass through.
import { spawn } from 'node:child_process';
import { build } from 'vite';
import { startEmulator } from '../emulator/index.js';

const root = new URL('..', import.meta.url).pathname;
const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 4400);

// Only the bundle's own files are replaced: dist/lib and dist/types (the package's modules, which another example or
// test may be using right now) stay.
await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', build: { emptyOutDir: false } });

const emulator = await startEmulator({ port: EMULATOR_PORT }).catch((error) => {
  console.error(`Could not start the emulator on port ${EMULATOR_PORT}: ${error.message}`);
  process.exit(1);
});

// Vite's build set NODE_ENV=production in this process; the example runs as you would run it in development.
const env = { ...process.env };
delete env.NODE_ENV;
const app = spawn(process.execPath, ['examples/express/server.js'], {
  cwd: root,
  env: { ...env, AUTH0_DOMAIN: emulator.url },
  stdio: ['ignore', 'pipe', 'inherit'],
});
app.stdout.on('data', (chunk) => {
  const text = String(chunk);
  const listening = /Listening on (\S+)/.exec(text);
  if (!listening) return void process.stdout.write(text);
  console.log(`
  Express example  ${listening[1]}   (examples/express/README.md)
  Auth0 emulator   ${emulator.url}   (mailbox: ${emulator.url}/__emulator/)

  Sign in with any ${process.env.CONNECTION === 'sms' ? 'phone number' : 'email address'}: the message is in the mailbox.
  Press Ctrl+C to stop.
`);
});

// Ctrl+C reaches both processes; either way, the emulator stops with the app.
app.on('exit', async (code) => {
  await emulator.close();
  process.exit(code ?? 0);
});
const stop = () => app.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
