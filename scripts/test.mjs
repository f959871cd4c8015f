// npm test: the type checks, the lint and the import-cycle check, then every suite (Node, browser, end to end), then
// one summary line.
// Exits non-zero if any step fails. Needs a local Chrome or Chromium (see scripts/chrome-path.js).
import { spawn } from 'node:child_process';
import { chromePath } from './chrome-path.js';

try {
  process.env.CHROME_PATH = chromePath();
} catch (error) {
  console.error(`\n${/** @type {Error} */ (error).message}\n`);
  process.exit(1);
}

/** @type {[name: string, command: string, args: string[], count: (output: string) => { passed: number, failed: number, skipped?: number }][]} */
const steps = [
  ['type check', 'npx', ['tsc', '--noEmit'], () => ({ passed: 0, failed: 0 })],
  ['type check (Node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json'], () => ({ passed: 0, failed: 0 })],
  ['lint (ESLint, Lit templates)', 'npm', ['run', '--silent', 'lint'], () => ({ passed: 0, failed: 0 })],
  ['import cycles (madge)', 'npm', ['run', '--silent', 'cycles'], () => ({ passed: 0, failed: 0 })],
  ['Node tests', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/node/'], nodeCounts],
  ['browser tests', 'npx', ['wtr'], wtrCounts],
  ['end-to-end tests', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/e2e/'], nodeCounts],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps = [];
for (const [name, command, args, count] of steps) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { code, output } = await run(command, args);
  const counts = count(output);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped ?? 0;
  if (code !== 0) {
    failedSteps.push(name);
    if (counts.failed === 0) failed += 1; // a step that failed without counting (type errors, lint, cycles) still fails
  }
}

console.log(`\n${failedSteps.length ? `Failed: ${failedSteps.join(', ')}` : 'All steps passed.'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped (see the reasons above)` : ''}`);
process.exit(failedSteps.length ? 1 : 0);

/** @param {string} command @param {string[]} args @returns {Promise<{ code: number, output: string }>} */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** node:test's spec reporter ends with "ℹ pass N" and "ℹ fail N". @param {string} output */
function nodeCounts(output) {
  const pick = (/** @type {string} */ word) => Number(new RegExp(`ℹ ${word} (\\d+)`).exec(output)?.[1] ?? 0);
  return { passed: pick('pass'), failed: pick('fail'), skipped: pick('skipped') };
}

/** Web Test Runner prints "N passed, M failed" in its progress line; the last one is final. @param {string} output */
function wtrCounts(output) {
  const all = [...output.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  return { passed: Number(last?.[1] ?? 0), failed: Number(last?.[2] ?? 0) };
}
