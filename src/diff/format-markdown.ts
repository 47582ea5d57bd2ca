/**
 * Markdown for a PR comment, readable at hundreds of changes: a one-line verdict and counts, then
 * a summary table naming every breaking change (and as many warnings as fit), one row per change
 * with where it is and how many operations it reaches; the details, grouped by operation or
 * component with every place listed, collapsed in `<details>` per level. Spec text goes into code
 * spans sized to its backticks with `|` escaped, so it cannot break a table or inject HTML.
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

/** GitHub refuses comments over 65,536 characters; the report stops short of that. */
const MARKDOWN_BUDGET = 60_000;
/** Operations named in a summary row before `and N more`. */
const SAMPLE = 3;
/** Places listed under a change in the details before `and N more` (the JSON output lists all). */
const PLACES = 10;

/** Where a change is: its component schema, its operation, or the document. */
export function whereOf(c: Change): string {
  if (c.component !== undefined) return `schema ${c.component}`;
  return c.operation ?? 'document';
}

/** `GET /a`, `GET /b` and 140 more operations — what a shared-schema change reaches. */
export function reachOf(c: Change, code: (s: string) => string = codeSpan): string {
  const operations = [...new Set((c.places ?? []).map((p) => p.operation))];
  if (operations.length === 0) return c.operation ? code(c.operation) : '';
  const shown = operations.slice(0, SAMPLE).map(code).join(', ');
  return operations.length > SAMPLE ? `${shown} and ${plural(operations.length - SAMPLE, 'more operation')}` : shown;
}

class Budget {
  constructor(public left: number) {}
  take(lines: string[]): boolean {
    const size = lines.reduce((n, l) => n + l.length + 1, 0);
    if (size > this.left) return false;
    this.left -= size;
    return true;
  }
}

/**
 * One row per change; rows that do not fit are counted in a closing line. Breaking changes come
 * first and take the budget before anything else, so they are named whenever a comment can hold them.
 */
function summary(changes: Change[], out: string[], budget: Budget): void {
  if (changes.length === 0) return;
  const head = ['| | Change | Where | Reaches |', '| --- | --- | --- | --- |'];
  budget.take(head);
  out.push(...head);
  let shown = 0;
  for (const c of changes) {
    const where = c.component !== undefined ? `schema ${codeSpan(c.component)}` : c.operation ? codeSpan(c.operation) : 'document';
    const row = `| ${ICON[c.level]} | ${markdownMessage(c)} ${codeSpan(c.id)} | ${where} | ${c.places ? reachOf(c) : ''} |`;
    if (!budget.take([row])) break;
    out.push(row);
    shown++;
  }
  if (shown < changes.length) {
    out.push(
      '',
      `…and ${plural(changes.length - shown, `more ${changes[0]!.level} change`)} not shown here (the JSON or text output lists all).`,
    );
  }
  out.push('');
}

/** The details of one level, grouped by where the changes are, every place listed. */
function details(level: Level, title: string, changes: Change[], out: string[], budget: Budget): void {
  if (changes.length === 0) return;
  out.push(`<details><summary>${title} (${changes.length})</summary>`, '');
  const groups = new Map<string, Change[]>();
  for (const c of changes) groups.set(whereOf(c), [...(groups.get(whereOf(c)) ?? []), c]);
  let shown = 0;
  for (const [where, list] of groups) {
    const block = [`#### ${where === 'document' ? 'Document' : codeSpan(where)}`, ''];
    for (const c of list) {
      block.push(`- ${ICON[level]} ${markdownMessage(c)} ${codeSpan(c.id)}`);
      if (c.places && c.places.length > 1) {
        const places = c.places.slice(0, PLACES).map((p) => `${codeSpan(p.operation)} ${codeSpan(p.path)}`);
        const more = c.places.length > PLACES ? ` and ${plural(c.places.length - PLACES, 'more place')}` : '';
        block.push(`  - in ${plural(c.operationCount ?? c.places.length, 'operation')}: ${places.join(', ')}${more}`);
      }
    }
    block.push('');
    if (!budget.take(block)) {
      out.push(`…and ${plural(changes.length - shown, 'more change')} not shown here (the JSON or text output lists all).`, '');
      break;
    }
    shown += list.length;
    out.push(...block);
  }
  out.push('</details>', '');
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
  const budget = new Budget(MARKDOWN_BUDGET - out.join('\n').length);
  const of = (level: Level) => result.changes.filter((c) => c.level === level);
  summary(of('breaking'), out, budget);
  summary(of('warning'), out, budget);
  details('breaking', 'Breaking changes', of('breaking'), out, budget);
  details('warning', 'Changes that may affect clients', of('warning'), out, budget);
  details('info', 'Other changes', of('info'), out, budget);
  if (result.diagnostics.length > 0) {
    out.push(`<details><summary>${plural(result.diagnostics.length, 'reading note')}</summary>`, '');
    for (const d of result.diagnostics.slice(0, 50)) out.push(`- ${escapeMarkdown(d)}`);
    if (result.diagnostics.length > 50) out.push(`- …and ${result.diagnostics.length - 50} more`);
    out.push('', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
