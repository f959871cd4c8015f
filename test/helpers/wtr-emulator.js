// @ts-check
// For browser tests that need the emulator (the human checks' stand-in scripts): `GET /__test/emulator-url` on the test
// server starts one on a free loopback port, on first use only, and answers its URL; it stops with the test server.
import { startEmulator, defaultConfig } from '../../emulator/index.js';

/** @returns {import('@web/dev-server-core').Plugin} */
export function emulatorPlugin() {
  /** @type {ReturnType<typeof startEmulator> | undefined} */
  let emulator;
  return {
    name: 'passwordless-login:emulator',
    async serve(context) {
      if (context.path !== '/__test/emulator-url') return undefined;
      emulator ??= startEmulator({ port: 0, config: defaultConfig, log: () => {} });
      return { body: (await emulator).url, type: 'text/plain' };
    },
    async serverStop() {
      if (emulator) await (await emulator).close();
    },
  };
}
