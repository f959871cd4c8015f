// Preloaded (node -r) into every test process of the server part of `npm run test:mutation` (stryker.server.config.mjs,
// tap.nodeArgs): when the test process exits, for whatever reason, the processes it spawned and left running die too.
//
// Why: on the first failing test, Stryker's tap runner stops the test file at once (SIGTERM, then process.exit), so the
// file's after() hooks never run, and every redis-server that test/node/server-redis.test.js starts through
// test/helpers/redis-server.js would be left running: over 300 of them in one run. Letting each failing file run to its
// end instead (tap.forceBail: false) avoids that, but turns many killed mutants into timeouts (a later test waits on
// what the mutant broke) and made the run half as slow again.
'use strict';
const childProcess = require('node:child_process');
const { syncBuiltinESMExports } = require('node:module');

/** @type {Set<import('node:child_process').ChildProcess>} */
const alive = new Set();

/** @param {import('node:child_process').ChildProcess} child */
function track(child) {
  alive.add(child);
  child.once('exit', () => alive.delete(child));
  return child;
}

/** @param {(...args: any[]) => import('node:child_process').ChildProcess} original @returns {any} */
function tracked(original) {
  return (/** @type {any[]} */ ...args) => track(original.apply(childProcess, args));
}
childProcess.spawn = tracked(childProcess.spawn);
childProcess.fork = tracked(childProcess.fork);
// (exec and execFile are left alone: util.promisify relies on their own promisified form. The tests spawn.)
// `import { spawn } from 'node:child_process'` in the tests sees these too.
syncBuiltinESMExports();

process.on('exit', () => {
  for (const child of alive) child.kill('SIGKILL');
});
