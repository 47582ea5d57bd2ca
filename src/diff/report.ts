/**
 * Render a diff result: `text` (terminal), `markdown` (PR comment), `json` (machines) and
 * `changelog` (release notes).
 */
import { codeSpan, formatMarkdown, markdownMessage, reachOf } from './format-markdown.js';
import { formatText } from './format-text.js';
import type { Change, DiffResult, Level, SourcePoint } from './types.js';

export type DiffFormat = 'text' | 'markdown' | 'json' | 'changelog';

export function formatDiff(result: DiffResult, format: DiffFormat, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'text':
      return formatText(result, options.color === true);
    case 'markdown':
      return formatMarkdown(result);
    case 'json':
      return formatJson(result);
    case 'changelog':
      return formatChangelog(result);
  }
}

const point = (p: SourcePoint | undefined) =>
  p ? { file: p.file, line: p.line ?? null, column: p.column ?? null, pointer: p.pointer ?? null } : null;

/**
 * `{"changes":[{id, level, operation, path, message, location, component, operations, places}]}`
 * in that key order; absent fields are `null` (never omitted). `location` is `{base, revision}`,
 * each a point `{file, line, column, pointer}` or null. `component` names the schema a shared
 * change lies in; `operations` counts the operations it reaches and `places` lists each
 * `{operation, path}` (for a change with a single place: that one).
 */
function formatJson(result: DiffResult): string {
  const changes = result.changes.map((c) => ({
    id: c.id,
    level: c.level,
    operation: c.operation ?? null,
    path: c.path ?? null,
    message: c.message,
    location: c.location ? { base: point(c.location.base), revision: point(c.location.revision) } : null,
    component: c.component ?? null,
    operations: c.operationCount ?? (c.operation ? 1 : 0),
    places: c.places ?? (c.operation ? [{ operation: c.operation, path: c.path ?? null }] : []),
  }));
  return `${JSON.stringify({ changes }, null, 2)}\n`;
}

const SECTIONS: Array<[Level, string]> = [
  ['breaking', 'Breaking changes'],
  ['warning', 'Changes that may affect clients'],
  ['info', 'Other changes'],
];

/** Release notes: one section per level, one bullet per change, operation first. */
function formatChangelog(result: DiffResult): string {
  const out = ['## API changes', ''];
  if (result.changes.length === 0) out.push('No changes.', '');
  for (const [level, title] of SECTIONS) {
    const list = result.changes.filter((c: Change) => c.level === level);
    if (list.length === 0) continue;
    out.push(`### ${title}`, '');
    for (const c of list) {
      const where = c.component !== undefined ? `schema ${codeSpan(c.component)}` : c.operation ? codeSpan(c.operation) : '';
      const reach = c.places && c.component !== undefined ? ` (${reachOf(c)})` : '';
      out.push(`- ${where ? `${where}: ` : ''}${markdownMessage(c)}${reach}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
