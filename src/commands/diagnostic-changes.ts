/**
 * What changed between two runs' diagnostics, for `--watch`: like tsc's watch mode, a rebuild
 * shows what is new and what was fixed rather than every diagnostic again. A diagnostic is the
 * same across runs when its file, rule, severity and message are: an edit above it moves its line
 * but does not make it new.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface DiagnosticChanges {
  /** In this run and not the last (as many times as it is more often). */
  added: Diagnostic[];
  /** In the last run and not this one. */
  fixed: Diagnostic[];
}

export function diagnosticChanges(previous: readonly Diagnostic[], current: readonly Diagnostic[]): DiagnosticChanges {
  const remaining = new Map<string, number>();
  for (const diagnostic of previous) remaining.set(identity(diagnostic), (remaining.get(identity(diagnostic)) ?? 0) + 1);
  const added: Diagnostic[] = [];
  for (const diagnostic of current) {
    const key = identity(diagnostic);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else added.push(diagnostic);
  }
  const fixed: Diagnostic[] = [];
  for (let index = previous.length - 1; index >= 0; index--) {
    const key = identity(previous[index]!);
    const left = remaining.get(key) ?? 0;
    if (left === 0) continue;
    remaining.set(key, left - 1);
    fixed.unshift(previous[index]!);
  }
  return { added, fixed };
}

function identity(diagnostic: Diagnostic): string {
  return [diagnostic.source.file, diagnostic.code, diagnostic.severity, diagnostic.message].join('\u0000');
}
