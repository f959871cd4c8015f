// npm run example:nextjs: the Next.js example (examples/nextjs) against the Auth0 emulator, on localhost. Builds the
// package and installs and builds the example when needed, then starts both. PORT chooses the app's port (3000),
// EMULATOR_PORT the emulator's (4400).
import { startEmulator } from '../emulator/index.js';
import { buildExample, exampleEnv, prepareExample, startExample } from './nextjs-example.js';

const port = Number(process.env.PORT ?? 3000);
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4400);
const say = (/** @type {string} */ line) => console.log(line);

try {
  await prepareExample(say);
  const appUrl = `http://localhost:${port}`;
  const emulator = await startEmulator({ port: emulatorPort, log: (line) => console.log(`[emulator] ${line}`) });
  const env = exampleEnv({ emulatorUrl: emulator.url, appUrl });
  await buildExample(env, say);
  const app = await startExample(port, env, (line) => console.log(`[next] ${line}`));
  console.log(`
  Next.js example  ${app.url}
    SPA mode       ${app.url}/login
    Backend mode   ${app.url}/account-login  (then ${app.url}/account)
  Auth0 emulator   ${emulator.url}  (mailbox: ${emulator.url}/__emulator/)

  Sign in with any email address; the code appears in the emulator's mailbox.
  Press Ctrl+C to stop.
`);
  const stop = async () => {
    await app.stop();
    await emulator.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`\nThe Next.js example could not start: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
