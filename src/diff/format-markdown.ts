/**
 * Markdown for a PR comment: a one-line verdict, counts per level, a table per operation for
 * breaking changes and warnings, info collapsed in `<details>`. Spec text goes into code spans
 * sized to its backticks with `|` escaped, so it cannot break a table or inject HTML.
 */
import { renderMessage } from './messages/render.js';
import type { Change, DiffResult, Level } from './types.js';

/** A code span that holds any text: fence longer than its backtick runs, pipes escaped. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Plain text made inert: Markdown punctuation and HTML characters escaped. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

export const markdownMessage = (c: Change) => renderMessage(c.id, c.params, codeSpan, escapeMarkdown);

const ICON: Record<Level, string> = { breaking: '🔴', warning: '🟡', info: '🔵' };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function countLevels(changes: Change[]): Record<Level, number> {
  const counts: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const c of changes) counts[c.level]++;
  return counts;
}

/** GitHub refuses comments over 65,536 characters; tables stop short of that. */
const MARKDOWN_BUDGET = 60_000;

function tables(changes: Change[], out: string[], budget: { left: number }): void {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const key = c.operation ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  let shown = 0;
  for (const [operation, list] of groups) {
    const block = [`#### ${operation ? codeSpan(operation) : 'Document'}`, '', '| Level | Rule | Change |', '| --- | --- | --- |'];
    for (const c of list) block.push(`| ${ICON[c.level]} ${c.level} | ${codeSpan(c.id)} | ${markdownMessage(c)} |`);
    block.push('');
    const size = block.reduce((n, l) => n + l.length + 1, 0);
    if (size > budget.left) {
      out.push(`…and ${plural(changes.length - shown, 'more change')} not shown here (the JSON or text output lists all).`, '');
      budget.left = 0;
      return;
    }
    budget.left -= size;
    shown += list.length;
    out.push(...block);
  }
}

export function formatMarkdown(result: DiffResult): string {
  const counts = countLevels(result.changes);
  const out: string[] = [];
  if (counts.breaking > 0) out.push(`### ❌ ${plural(counts.breaking, 'breaking change')}`);
  else if (result.changes.length === 0) out.push('### ✅ No changes');
  else out.push('### ✅ No breaking changes');
  out.push(
    '',
    `${ICON.breaking} ${counts.breaking} breaking · ${ICON.warning} ${plural(counts.warning, 'warning')} · ${ICON.info} ${counts.info} info`,
    '',
  );
  const budget = { left: MARKDOWN_BUDGET };
  tables(
    result.changes.filter((c) => c.level !== 'info'),
    out,
    budget,
  );
  const info = result.changes.filter((c) => c.level === 'info');
  if (info.length > 0) {
    out.push(`<details><summary>${plural(info.length, 'info change')}</summary>`, '');
    tables(info, out, budget);
    out.push('</details>', '');
  }
  if (result.diagnostics.length > 0) {
    out.push(`<details><summary>${plural(result.diagnostics.length, 'reading note')}</summary>`, '');
    for (const d of result.diagnostics) out.push(`- ${escapeMarkdown(d)}`);
    out.push('', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
