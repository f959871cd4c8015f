// npm test: the type checks, the lint and the import-cycle check, then every suite (Node, browser in Chromium, Firefox
// and WebKit, end to end), then one summary line with the time of each step.
// Exits non-zero if any step fails. Needs a local Chrome or Chromium (see scripts/chrome-path.js). Firefox and WebKit
// (see scripts/engines.js) are skipped with the reason when missing, except under CI, where that fails.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chromePath } from './chrome-path.js';
import { engineOrSkip } from './engines.js';

try {
  process.env.CHROME_PATH = chromePath();
} catch (error) {
  console.error(`\n${/** @type {Error} */ (error).message}\n`);
  process.exit(1);
}

const NEXTJS_EXAMPLE = 'test/e2e/example-nextjs.test.js';

/**
 * Each step, and the browser engine it needs beyond Chromium (skipped when missing, failed when missing under CI).
 * @type {[name: string, command: string, args: string[], count: (output: string) => { passed: number, failed: number, skipped?: number }, engine?: import('./engines.js').EngineName][]}
 */
const steps = [
  ['type check', 'npx', ['tsc', '--noEmit'], () => ({ passed: 0, failed: 0 })],
  ['type check (Node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json'], () => ({ passed: 0, failed: 0 })],
  ['lint (ESLint, Lit templates)', 'npm', ['run', '--silent', 'lint'], () => ({ passed: 0, failed: 0 })],
  ['import cycles (madge)', 'npm', ['run', '--silent', 'cycles'], () => ({ passed: 0, failed: 0 })],
  ['Node tests', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/node/'], nodeCounts],
  ['browser tests', 'npx', ['wtr'], wtrCounts],
  ['browser tests (Firefox)', 'npx', ['wtr', '--config', 'web-test-runner.firefox.config.mjs'], wtrCounts, 'firefox'],
  ['browser tests (WebKit)', 'npx', ['wtr', '--config', 'web-test-runner.webkit.config.mjs'], wtrCounts, 'webkit'],
  ['end-to-end tests', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', ...endToEnd()], nodeCounts],
  // Its own step, for its own time: npm ci in examples/nextjs (the network), next build, next start, two sign-ins.
  ['Next.js example (npm ci, next build, next start; Chromium)', 'node', ['--test', '--test-reporter=spec', NEXTJS_EXAMPLE], nodeCounts],
];

/** The end-to-end suites but the Next.js example's, which is a step of its own. */
function endToEnd() {
  return readdirSync('test/e2e').filter((name) => name.endsWith('.test.js') && `test/e2e/${name}` !== NEXTJS_EXAMPLE).map((name) => `test/e2e/${name}`);
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps = [];
/** @type {string[]} */
const skippedSteps = [];
/** @type {string[]} */
const times = [];
const started = performance.now();
for (const [name, command, args, count, engine] of steps) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  if (engine) {
    let reason;
    try {
      reason = engineOrSkip(engine).reason;
    } catch (error) {
      console.error(`\n=== ${name}: ${/** @type {Error} */ (error).message}`);
      failedSteps.push(name);
      failed += 1;
      continue;
    }
    if (reason) {
      console.log(`\n=== ${name}: skipped, ${reason}`);
      skippedSteps.push(name);
      continue;
    }
  }
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const stepStarted = performance.now();
  const { code, output } = await run(command, args);
  times.push(`${name} ${seconds(performance.now() - stepStarted)}`);
  const counts = count(output);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped ?? 0;
  if (code !== 0) {
    failedSteps.push(name);
    if (counts.failed === 0) failed += 1; // a step that failed without counting (type errors, lint, cycles) still fails
  }
}

console.log(`\nTimes: ${times.length ? times.join(', ') : 'no step ran'}; in all ${seconds(performance.now() - started)}.`);
if (skippedSteps.length) console.log(`Skipped (the engine is not installed, see above): ${skippedSteps.join(', ')}`);
console.log(`${failedSteps.length ? `Failed: ${failedSteps.join(', ')}` : 'All steps passed.'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped (the reasons are above, or in the comments of the skipped tests)` : ''}`);
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

/**
 * Web Test Runner prints "N passed, M failed[, K skipped]" in its progress line, in colour on a terminal; the last one
 * is final.
 * @param {string} output
 */
function wtrCounts(output) {
  // eslint-disable-next-line no-control-regex
  const all = [...output.replace(/\u001b\[[0-9;]*m/g, '').matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)];
  const last = all.at(-1);
  return { passed: Number(last?.[1] ?? 0), failed: Number(last?.[2] ?? 0), skipped: Number(last?.[3] ?? 0) };
}

/** @param {number} ms */
function seconds(ms) {
  return ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}
