// npm run example:nextjs-auth0: examples/nextjs-auth0 (Auth0's own Next.js SDK) against the emulator on https, as its
// README runs them by hand: installs and builds the example when needed, starts the emulator with the example's
// emulator.json and `next start` with NODE_EXTRA_CA_CERTS set to the emulator's local CA.
import { randomBytes } from 'node:crypto';
import { startEmulator } from '../emulator/index.js';
import { exampleEmulatorConfig, prepareExample, startExample } from './nextjs-auth0-example.js';

const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 4400);
const APP_PORT = 3000; // emulator.json lists the app's callback and logout URL on this port

console.log('Preparing examples/nextjs-auth0 (npm ci and next build when needed)…');
const prepared = await prepareExample();
if (prepared.length) console.log(prepared.join(', '));

const appUrl = `http://localhost:${APP_PORT}`;
const config = exampleEmulatorConfig(appUrl);
const [client] = config.clients;
const emulator = await startEmulator({ port: EMULATOR_PORT, https: true, config }).catch((error) => {
  console.error(`Could not start the emulator on port ${EMULATOR_PORT}: ${error.message}`);
  process.exit(1);
});
const certificates = /** @type {NonNullable<typeof emulator.certificates>} */ (emulator.certificates);
const app = await startExample(APP_PORT, {
  AUTH0_DOMAIN: emulator.url,
  AUTH0_CLIENT_ID: client.client_id,
  AUTH0_CLIENT_SECRET: client.client_secret,
  AUTH0_SECRET: randomBytes(32).toString('hex'), // a new one each run: sessions end with it
  APP_BASE_URL: appUrl,
  NODE_EXTRA_CA_CERTS: certificates.caFile,
}, { echo: true }).catch(async (error) => {
  console.error(`Could not start the app on port ${APP_PORT} (is it in use?): ${error.message}`);
  await emulator.close();
  process.exit(1);
});

console.log(`
  Auth0 emulator  ${emulator.url}   (mailbox: ${emulator.url}/__emulator/)
  Next.js app     ${appUrl}/

  Your browser has to accept the emulator's certificate: open ${emulator.url}/__emulator/ once, or import
  ${certificates.caFile} as an authority. Log in with any email address; the code appears in the mailbox.
  Press Ctrl+C to stop.
`);

const stop = async () => {
  await app.close();
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
