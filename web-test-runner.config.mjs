// Browser tests (unit, element) in the local Chromium: TypeScript through esbuild, Lit in dev mode.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath, chromeArgs } from './scripts/chrome-path.js';
import { reactPlugin } from './test/helpers/wtr-react.js';
import { emulatorPlugin } from './test/helpers/wtr-emulator.js';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    // esbuild needs the tsconfig itself for useDefineForClassFields: false (class fields would shadow Lit's accessors).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    // react and react-dom are CommonJS only: served as ES modules for test/browser/react.test.ts.
    reactPlugin(),
    // An emulator for the tests that load the human checks' stand-ins, started on first use.
    emulatorPlugin(),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: [...chromeArgs, '--headless=new'] } })],
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
};
