/**
 * Plain blocks of the scraped page: paragraphs (runs of non-blank lines), bullet lists (`• item`
 * lines, DocFX's `* item`) and request-line code (`GET /api/…?$top=10` lines, DocFX's ```http```).
 */
import type { Code, List, ListItem, Paragraph } from 'mdast';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';

export const BULLET = /^\s*• /;
/** A request line, optionally with a query string or a space in it: `GET /api/v1/Ticket?$filter=name begins 'S'`. */
export const REQUEST_EXAMPLE = /^(?:GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE) \/\S*/;

/** A paragraph of lines [from, to], each trimmed, joined with `\n` as markdown keeps them. */
export function buildParagraph(lines: readonly Line[], from: number, to: number): Paragraph {
  const first = lines[from]!;
  const last = lines[to]!;
  const value: string[] = [];
  for (let i = from; i <= to; i++) value.push(lines[i]!.text.trim());
  const lead = first.text.length - first.text.trimStart().length;
  const position = { start: spanOf(first, lead, lead).start, end: spanOf(last, 0, last.text.trimEnd().length).end };
  return { type: 'paragraph', children: [{ type: 'text', value: value.join('\n'), position }], position };
}

/** A list of the bullet lines [from, to]; each item one paragraph. */
export function buildList(lines: readonly Line[], from: number, to: number): List {
  const items: ListItem[] = [];
  for (let i = from; i <= to; i++) {
    const line = lines[i]!;
    const at = line.text.indexOf('• ') + 2;
    const textFrom = at + (line.text.slice(at).length - line.text.slice(at).trimStart().length);
    const textTo = line.text.trimEnd().length;
    const position = spanOf(line, textFrom, Math.max(textFrom, textTo));
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: line.text.slice(textFrom, textTo), position }],
      position,
    };
    items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: linesSpan(line, line) });
  }
  return { type: 'list', ordered: false, start: null, spread: false, children: items, position: linesSpan(lines[from]!, lines[to]!) };
}

/** An `http` code node of the request lines [from, to]. */
export function buildRequestCode(lines: readonly Line[], from: number, to: number): Code {
  const value: string[] = [];
  for (let i = from; i <= to; i++) value.push(lines[i]!.text.trimEnd());
  return { type: 'code', lang: 'http', meta: null, value: value.join('\n'), position: linesSpan(lines[from]!, lines[to]!) };
}
