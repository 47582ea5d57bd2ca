/** Readable text for fidelity results: one table per dialect, then what was missed. */
import { CATEGORIES } from './score.mjs';

const LABELS = {
  operations: 'operations',
  parameters: 'parameters (path+query)',
  requestFields: 'request body fields',
  responseFields: 'response body fields',
  bodyFields: 'body fields (req+resp)',
  nestedRequestFields: 'nested request fields',
  nestedResponseFields: 'nested response fields',
  statusCodes: 'status codes',
};

const pct = (v) => (v === null || v === undefined ? '-' : `${(v * 100).toFixed(1)}%`);

function row(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

/** The table of one run's metrics, as lines. */
function formatMetrics(metrics) {
  const widths = [24, 6, 6, 6, 7, 9, 7, 8, 8];
  const lines = [row(['', 'truth', 'gen', 'match', 'recall', 'precision', 'F1', 'type-acc', 'req-acc'], widths)];
  for (const c of CATEGORIES) {
    const m = metrics[c];
    lines.push(
      row(
        [
          LABELS[c],
          m.truth,
          m.generated,
          m.matched,
          pct(m.recall),
          pct(m.precision),
          pct(m.f1),
          pct(m.typeAccuracy),
          pct(m.requiredAccuracy),
        ],
        widths,
      ),
    );
  }
  return lines;
}

/** Up to `limit` examples of each kind of miss, for the categories that have any. */
function formatMisses(metrics, limit) {
  const lines = [];
  for (const c of CATEGORIES) {
    const m = metrics[c];
    for (const kind of ['missing', 'extra', 'mistyped', 'misrequired']) {
      const list = m[kind] ?? [];
      if (list.length === 0) continue;
      lines.push(`  ${LABELS[c]} — ${kind} (${list.length}):`);
      for (const item of list.slice(0, limit)) lines.push(`      ${item}`);
      if (list.length > limit) lines.push(`      … ${list.length - limit} more (see --json)`);
    }
  }
  return lines;
}

/** The whole report for one dialect. */
export function formatRun(id, run, { limit = 5 } = {}) {
  const d = run.diagnostics;
  const severities = ['error', 'warning', 'info']
    .map((s) => `${d.bySeverity[s] ?? 0} ${s}${(d.bySeverity[s] ?? 0) === 1 ? '' : 's'}`)
    .join(', ');
  const lines = [
    `== ${id}: ${run.docs}`,
    `   truth ${run.truth}; generated in ${run.seconds.toFixed(2)} s; diagnostics: ${severities}` +
      (run.runFailed ? ' — the run FAILED (errors); scored the IR as far as it got' : ''),
  ];
  if (Object.keys(d.topCodes).length > 0)
    lines.push(
      `   top codes: ${Object.entries(d.topCodes)
        .map(([k, v]) => `${k} ×${v}`)
        .join(', ')}`,
    );
  for (const e of d.firstErrors) lines.push(`   error: ${e}`);
  lines.push('', ...formatMetrics(run.metrics).map((l) => `   ${l}`), '');
  if (run.renamedPathParams.length > 0)
    lines.push(
      `   ${run.renamedPathParams.length} matched operation(s) name their path parameters differently from the truth (matched by position).`,
    );
  const misses = formatMisses(run.metrics, limit);
  if (misses.length > 0) lines.push(...misses);
  lines.push(run.failures.length === 0 ? '   thresholds: PASS' : `   thresholds: FAIL — ${run.failures.join('; ')}`, '');
  return lines.join('\n');
}
