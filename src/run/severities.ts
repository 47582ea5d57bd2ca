import type { DiagnosticSeverities } from '../config/config-schema.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

/** The diagnostics with the config's per-rule severities applied; `off` drops a rule's. */
export function applySeverities(diagnostics: readonly Diagnostic[], severities: DiagnosticSeverities | undefined): Diagnostic[] {
  if (!severities) return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const override = severities[diagnostic.code];
    if (override === 'off') continue;
    out.push(override ? { ...diagnostic, severity: override } : diagnostic);
  }
  return out;
}

/** How many of `diagnostics` are errors, warnings and infos. */
export function countSeverities(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { severity } of diagnostics) counts[severity] += 1;
  return counts;
}

/**
 * `countSeverities` of a run's diagnostics from their tally (`severity code` → how many: the cache
 * keeps it), with the config's per-rule severities applied as `applySeverities` applies them.
 */
export function tallySeverities(
  tally: Readonly<Record<string, number>>,
  severities: DiagnosticSeverities | undefined,
): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const [entry, count] of Object.entries(tally)) {
    const space = entry.indexOf(' ');
    const override = severities?.[entry.slice(space + 1) as Diagnostic['code']];
    if (override !== 'off') counts[override ?? (entry.slice(0, space) as Severity)] += count;
  }
  return counts;
}
