import { formatSource } from '../ir/source.js';
import type { Diagnostic } from './diagnostic.js';

/** `file:line:column severity message (code)`, one line; control characters in messages are escaped. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${formatSource(diagnostic.source)} ${diagnostic.severity} ${oneLine(diagnostic.message)} (${diagnostic.code})`;
}

/** `1 warning`, `2 warnings`: a count and its noun (regular plurals only). */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A summary line: `2 errors, 5 warnings`. */
export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const error = diagnostics.filter((d) => d.severity === 'error').length;
  return formatCounts({ error, warning: diagnostics.filter((d) => d.severity === 'warning').length });
}

/** The same line from counts (a run the cache answered counts its diagnostics without reading them). */
export function formatCounts(counts: { error: number; warning: number }): string {
  return `${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}`;
}

function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it escapes
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
