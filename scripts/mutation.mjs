// npm run test:mutation: StrykerJS over server/ (stryker.server.config.mjs, node:test files through the tap runner)
// then over src/flow/ (stryker.flow.config.mjs, the browser tests through Web Test Runner), one after the other; then
// each part's time, mutation score and counts, and the surviving mutants by file.
//
//   npm run test:mutation                 both parts
//   npm run test:mutation -- flow         one part (server or flow)
//   npm run test:mutation -- server --concurrency 1 --incremental
//                                         anything else is passed on to `stryker run`
//
// Reports: reports/mutation/<part>.html and <part>.json (git-ignored). Slow (minutes per part), so not part of
// `npm test`. Exits non-zero only if Stryker itself fails (the dry run, a crash); the score does not fail it.
// Needs a local Chrome or Chromium for the flow part (see scripts/chrome-path.js).
import { spawn } from 'node:child_process';
import { chromePath } from './chrome-path.js';
import { readReport, summaryLine, undetectedList } from './mutation/report.mjs';

/** @type {Record<string, { config: string, report: string, code: string }>} */
const parts = {
  server: { config: 'stryker.server.config.mjs', report: 'reports/mutation/server.json', code: 'server/' },
  flow: { config: 'stryker.flow.config.mjs', report: 'reports/mutation/flow.json', code: 'src/flow/' },
};

const args = process.argv.slice(2);
const chosen = args.filter((arg) => arg in parts);
const passOn = args.filter((arg) => !(arg in parts));
const names = chosen.length ? chosen : Object.keys(parts);

try {
  process.env.CHROME_PATH = chromePath();
} catch (error) {
  console.error(`\n${/** @type {Error} */ (error).message}\n`);
  process.exit(1);
}

/** @type {string[]} */
const summary = [];
/** @type {string[]} */
const survivors = [];
let failed = false;
for (const name of names) {
  const { config, report, code } = parts[name];
  const command = ['stryker', 'run', config, ...passOn];
  console.log(`\n=== mutation testing of ${code}: npx ${command.join(' ')}`);
  const started = Date.now();
  const exitCode = await run('npx', command);
  const time = duration(Date.now() - started);
  if (exitCode !== 0) {
    failed = true;
    summary.push(`${code.padEnd(10)} FAILED (stryker exited with ${exitCode}) after ${time}`);
    continue;
  }
  const result = await readReport(report);
  summary.push(`${code.padEnd(10)} ${time.padStart(8)}  ${summaryLine(result)}  (${report.replace(/json$/, 'html')})`);
  survivors.push(`\n--- surviving mutants in ${code}\n${undetectedList(result) || '(none)'}`);
}

console.log(survivors.join('\n'));
console.log(`\n=== mutation score\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);

/** @param {string} command @param {string[]} commandArgs @returns {Promise<number>} the exit code */
function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: process.env });
    child.on('close', (exitCode) => resolve(exitCode ?? 1));
  });
}

/** @param {number} ms @returns {string} like "12m 05s" */
function duration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
