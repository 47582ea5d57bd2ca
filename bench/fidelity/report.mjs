/** Readable text for fidelity runs: per corpus, the shared scorer's own table, then the thresholds. */
import { formatEvidenceListing, formatEvidenceSummary } from './evidence.mjs';
import { describeCheck } from './thresholds.mjs';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The whole report for one corpus (`evidence`: list every truth param its pages do not name as one). */
export function formatRun(run, { evidence = false } = {}) {
  const d = run.diagnostics;
  const severities = ['error', 'warning', 'info'].map((s) => plural(d.bySeverity[s] ?? 0, s)).join(', ');
  const lines = [
    `== ${run.id}${run.rendered ? ` rendered as ${run.rendered}` : ''}: ${run.docs}`,
    `   truth ${run.truth}; generated in ${run.seconds.toFixed(2)} s; diagnostics: ${severities}` +
      (run.runFailed ? ' — the run FAILED (errors); scored the IR as far as it got' : ''),
  ];
  for (const note of run.notes) lines.push(`   ${note}`);
  if (Object.keys(d.topCodes).length > 0)
    lines.push(
      `   top codes: ${Object.entries(d.topCodes)
        .map(([k, v]) => `${k} ×${v}`)
        .join(', ')}`,
    );
  lines.push('', ...run.table.trimEnd().split('\n'), '');
  if (run.evidence) {
    lines.push(formatEvidenceSummary(run.evidence));
    if (evidence && run.evidence.named < run.evidence.total)
      lines.push('params not named on their page as parameters:', formatEvidenceListing(run.evidence));
    lines.push('');
  }
  const failed = run.checks.filter((c) => !c.ok);
  const unmeasured = run.checks.filter((c) => c.value === null).length;
  const gate = run.gated ? '' : ' (not gated: reported only)';
  const counts = `${run.checks.length}${unmeasured ? `, ${unmeasured} with nothing to measure` : ''}`;
  if (failed.length === 0) lines.push(`thresholds${gate}: PASS (${counts})`);
  else lines.push(`thresholds${gate}: FAIL ${failed.length} of ${counts}`);
  // A generic corpus's few thresholds are all shown: their reasons say where the params target comes from.
  for (const c of run.evidence ? run.checks : failed) lines.push(`   ${describeCheck(c)}`);
  lines.push('');
  return lines.join('\n');
}

/** One line per corpus: fidelity F1, the core F1s, and the threshold verdict. */
export function formatSummary(runs) {
  const core = ['operations', 'params', 'request fields', 'response fields'];
  const f = (v) => (v === null || v === undefined ? '    -' : v.toFixed(3));
  const name = (run) => `${run.id}${run.rendered ? ` (${run.rendered})` : ''}`;
  const width = Math.max(20, ...runs.map((run) => name(run).length + 1));
  const lines = [
    '== summary (shared scorer)',
    `${'corpus'.padEnd(width)} fidelity  ${core.map((c) => c.padStart(16)).join('')}  thresholds`,
  ];
  for (const run of runs) {
    const failed = run.checks.filter((c) => !c.ok);
    const pending = failed.filter((c) => c.pending).length;
    const verdict =
      failed.length === 0
        ? 'pass'
        : `${failed.length} failing${run.gated ? (pending ? `, ${pending} of them pending` : '') : ' (not gated)'}`;
    const cells = core.map((c) => f(run.score.categories[c]?.overall.f1).padStart(16)).join('');
    lines.push(`${name(run).padEnd(width)} ${f(run.score.fidelity_f1).padStart(8)}  ${cells}  ${verdict}`);
  }
  return lines.join('\n');
}
