// @ts-check
// StrykerJS over server/ (the backend handler), run by `npm run test:mutation` (scripts/mutation.mjs).
//
// The tests are node:test files run by @stryker-mutator/tap-runner, one `node --test-reporter=tap <file>` per file.
// Every file of test/node/ takes part in the dry run, which records which files load which mutants (per-test coverage:
// for the tap runner a "test" is a whole file); each mutant then runs only the files that reach it, and stops at
// the first failing file. Files that never load server/ (the emulator's) cost only their dry run.
//
// The tests start processes of their own (test/node/server-redis.test.js a redis-server, readme-express.test.js an
// Express app) and stop them in after() hooks, which do not run when the tap runner stops a file at its first failing
// test: scripts/mutation/reap-children.cjs, preloaded into each test process, kills them when it exits.
//
// Limit: test/node/readme-express.test.js runs server/ in a child process (the README's Express app), whose coverage
// the runner does not see, so no mutant is run against it; server-*.test.js cover the same routes in process.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The generated words of the no-script pages are data, not logic (a test checks them against the locales).
  mutate: ['server/**/*.js', '!server/form-messages.js'],
  testRunner: 'tap',
  tap: {
    testFiles: ['test/node/*.test.js'],
    nodeArgs: ['--test-reporter=tap', '-r', '{{hookFile}}', '-r', './scripts/mutation/reap-children.cjs', '{{testFile}}'],
  },
  coverageAnalysis: 'perTest',
  ignorePatterns: ['/.bench', '/.tmp', '/coverage', '/test-results', '/reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportMutants: false, reportTests: false },
  htmlReporter: { fileName: 'reports/mutation/server.html' },
  jsonReporter: { fileName: 'reports/mutation/server.json' },
  thresholds: { high: 80, low: 60, break: null },
};
