/**
 * Terminal output: changes grouped by operation (or by component schema, for a change to a shared
 * schema), one line each with level, rule id and message, the location underneath and the
 * operations a shared-schema change reaches; ANSI colour only when asked (the CLI asks on a TTY).
 */

import { countLevels, reachOf, whereOf } from './format-markdown.js';
import type { DiffResult, Level, SourcePoint } from './types.js';

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };
const COLOUR: Record<Level, string> = { breaking: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };
const MARK: Record<Level, string> = { breaking: '✖', warning: '⚠', info: 'ℹ' };

/** Control characters from spec text would drive the terminal: show them escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it escapes
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const where = (p: SourcePoint | undefined) => (p ? `${p.file}${p.line ? `:${p.line}:${p.column}` : p.pointer ? `#${p.pointer}` : ''}` : '');

export function formatText(result: DiffResult, color = false): string {
  const paint = (code: string, s: string) => (color ? `${code}${s}${ANSI.reset}` : s);
  const counts = countLevels(result.changes);
  const out: string[] = [];
  let current: string | undefined;
  for (const c of result.changes) {
    const group = c.component !== undefined ? whereOf(c) : (c.operation ?? '(document)');
    if (group !== current) {
      if (current !== undefined) out.push('');
      out.push(paint(ANSI.bold, clean(group)));
      current = group;
    }
    out.push(`  ${paint(COLOUR[c.level], `${MARK[c.level]} ${c.level.padEnd(8)}`)} ${clean(c.message)} ${paint(ANSI.dim, `[${c.id}]`)}`);
    const loc = [where(c.location?.base), where(c.location?.revision)].filter(Boolean).join(' → ');
    const at = [c.path ? clean(c.path) : '', loc ? `(${clean(loc)})` : ''].filter(Boolean).join(' ');
    if (at) out.push(`      ${paint(ANSI.dim, at)}`);
    if (c.places && (c.places.length > 1 || c.component !== undefined)) {
      out.push(
        `      ${paint(ANSI.dim, clean(`in ${c.operationCount === 1 ? '1 operation' : `${c.operationCount} operations`}: ${reachOf(c, (s) => s)}`))}`,
      );
    }
  }
  if (out.length > 0) out.push('');
  for (const d of result.diagnostics) out.push(paint(ANSI.yellow, `warning: ${clean(d)}`));
  const summary =
    result.changes.length === 0
      ? 'No changes.'
      : `${counts.breaking} breaking, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info.`;
  out.push(paint(counts.breaking > 0 ? ANSI.red : ANSI.bold, summary));
  return `${out.join('\n')}\n`;
}
