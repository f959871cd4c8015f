// @ts-check
// StrykerJS over src/flow/ (the login state machine), run by `npm run test:mutation` (scripts/mutation.mjs).
//
// Its tests run in Chromium under Web Test Runner, for which Stryker has no runner: the command runner starts wtr
// once per mutant, with scripts/mutation/web-test-runner.config.mjs, which switches the mutant on inside the page.
// The command runner has no coverage analysis, so every mutant runs the command, in two stages:
//   1. the browser test files that import src/flow/ themselves (test/browser/login-machine.test.ts), about 2 s;
//   2. only if those all pass, the other browser test files whose imports reach src/flow/ (the element's tests,
//      which drive the flow through the element), about 14 s.
// Both lists come from the import graph (madge, as in `npm run cycles`), so a new test file is picked up by itself.
import madge from 'madge';

const FLOW = 'src/flow/';

const graph = (
  await madge('test/browser', {
    baseDir: '.',
    fileExtensions: ['ts', 'js'],
    tsConfig: 'tsconfig.json',
    // As in .madgerc: type-only imports load nothing; dynamic import() does (lazy chunks count).
    detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
  })
).obj();

/** @param {string} file @returns {Set<string>} every file that `file` loads, directly or not */
function reach(file, seen = new Set()) {
  for (const next of graph[file] ?? []) {
    if (!seen.has(next)) {
      seen.add(next);
      reach(next, seen);
    }
  }
  return seen;
}

const testFiles = Object.keys(graph)
  .filter((file) => file.endsWith('.test.ts'))
  .sort();
const direct = testFiles.filter((file) => graph[file].some((dep) => dep.startsWith(FLOW)));
const indirect = testFiles.filter((file) => !direct.includes(file) && [...reach(file)].some((dep) => dep.startsWith(FLOW)));
if (!direct.length) throw new Error(`stryker.flow.config.mjs: no browser test file imports ${FLOW}`);

const wtr = (/** @type {string[]} */ files) => `npx wtr --config scripts/mutation/web-test-runner.config.mjs --files ${files.join(' ')}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [`${FLOW}**/*.ts`],
  testRunner: 'command',
  commandRunner: { command: indirect.length ? `${wtr(direct)} && ${wtr(indirect)}` : wtr(direct) },
  coverageAnalysis: 'off',
  // Each runner starts its own Chromium; two at a time is what a small CI machine holds.
  concurrency: 2,
  ignorePatterns: ['/.bench', '/.tmp', '/coverage', '/test-results', '/reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportMutants: false, reportTests: false },
  htmlReporter: { fileName: 'reports/mutation/flow.html' },
  jsonReporter: { fileName: 'reports/mutation/flow.json' },
  thresholds: { high: 80, low: 60, break: null },
};
