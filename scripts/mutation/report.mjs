// @ts-check
// Reads a Stryker JSON report (reports/mutation/*.json): the counts per status, the mutation score, and the surviving
// mutants by file, with line, column, mutator and replacement. Used by scripts/mutation.mjs; also on its own:
//   node scripts/mutation/report.mjs reports/mutation/server.json reports/mutation/flow.json
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** @typedef {import('@stryker-mutator/api/core').schema.MutationTestResult} MutationTestResult */
/** @typedef {import('@stryker-mutator/api/core').schema.MutantStatus} MutantStatus */
/** @typedef {{ line: number, column: number, mutator: string, replacement: string, status: MutantStatus }} Undetected */

/**
 * @param {string} path a Stryker JSON report
 * @returns {Promise<{ total: number, counts: Record<MutantStatus, number>, score: number, coveredScore: number, undetected: Map<string, Undetected[]> }>}
 *   score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage), in percent;
 *   coveredScore leaves out the mutants no test reaches; undetected: the survivors (and no-coverage mutants) by file
 */
export async function readReport(path) {
  /** @type {MutationTestResult} */
  const report = JSON.parse(await readFile(path, 'utf8'));
  /** @type {Record<MutantStatus, number>} */
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0, Pending: 0 };
  /** @type {Map<string, Undetected[]>} */
  const undetected = new Map();
  let total = 0;
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    for (const mutant of mutants) {
      total += 1;
      counts[mutant.status] += 1;
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      const list = undetected.get(file) ?? [];
      list.push({
        line: mutant.location.start.line,
        column: mutant.location.start.column,
        mutator: mutant.mutatorName,
        replacement: (mutant.replacement ?? '').replace(/\s+/g, ' '),
        status: mutant.status,
      });
      undetected.set(file, list);
    }
  }
  for (const list of undetected.values()) list.sort((a, b) => a.line - b.line || a.column - b.column);
  const detected = counts.Killed + counts.Timeout;
  const percent = (/** @type {number} */ part, /** @type {number} */ whole) => (whole ? (100 * part) / whole : 100);
  return {
    total,
    counts,
    score: percent(detected, detected + counts.Survived + counts.NoCoverage),
    coveredScore: percent(detected, detected + counts.Survived),
    undetected,
  };
}

/** @param {Awaited<ReturnType<typeof readReport>>} result @returns {string} one line */
export function summaryLine({ total, counts, score, coveredScore }) {
  const errors = counts.CompileError + counts.RuntimeError;
  return (
    `score ${score.toFixed(2)}% (${coveredScore.toFixed(2)}% of covered code), ${total} mutants: ` +
    `${counts.Killed} killed, ${counts.Survived} survived, ${counts.NoCoverage} no coverage, ${counts.Timeout} timeout` +
    (errors ? `, ${errors} errors` : '') +
    (counts.Ignored ? `, ${counts.Ignored} ignored` : '')
  );
}

/** @param {Awaited<ReturnType<typeof readReport>>} result @returns {string} the survivors by file, one per line */
export function undetectedList({ undetected }) {
  const lines = [];
  for (const [file, list] of undetected) {
    lines.push(`${file} (${list.length})`);
    for (const { line, column, mutator, replacement, status } of list) {
      const shown = replacement.length > 70 ? `${replacement.slice(0, 67)}...` : replacement;
      lines.push(`  ${`${line}:${column}`.padEnd(8)} ${mutator.padEnd(22)} ${status === 'NoCoverage' ? '[no coverage] ' : ''}→ ${shown}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const paths = process.argv.slice(2);
  if (!paths.length) {
    console.error('usage: node scripts/mutation/report.mjs reports/mutation/<part>.json ...');
    process.exit(2);
  }
  for (const path of paths) {
    const result = await readReport(path);
    console.log(`\n${path}: ${summaryLine(result)}\n${undetectedList(result) || '(no survivors)'}`);
  }
}
