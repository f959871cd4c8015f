// @ts-check
// Builds dist/ once per test process, as `npm run build` does.
import { build } from 'vite';

/** @type {Promise<unknown> | undefined} */
let built;

export function buildDist() {
  built ??= build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'error' });
  return built;
}
