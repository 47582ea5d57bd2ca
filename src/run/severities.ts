import type { DiagnosticSeverities } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

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
