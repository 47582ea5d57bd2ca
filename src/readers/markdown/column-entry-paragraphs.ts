/**
 * A code host's entries copied as text and pasted into a markdown page: a part's heading over the
 * joined header and the entries' lines, in one paragraph or a paragraph each, read as the copied
 * page's are (`copied-entry-lists.ts` convertColumnEntries):
 *
 *     ### Path parameters                          (a part's heading)
 *     Name, Type, Description                      → | Name | Type | Required | Description |
 *     park string Required                           | park | string | Required | The name of the park. |
 *     The name of the park.
 *
 * The run is the paragraphs right under the heading, up to the next node of another kind; each is
 * plain text as written (no code, link or escape), so its lines are its words. A line opens an entry
 * only as a name and the vocabulary's bare type words, `Required` maybe after them.
 */
import type { Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { type Line, splitLines } from '../shared/lines.js';
import { columnEntry, convertColumnEntries, isPartTitle, JOINED_HEADER_LINE } from './copied-entry-lists.js';
import { JOINED_HEADER } from './joined-header-tables.js';
import type { TitleVocabulary } from './section-titles.js';

/** The page's runs of a code host's entries under parts' headings, as the tables they were. */
export function convertColumnEntryParagraphs(root: Root, text: string, titles: TitleVocabulary): void {
  if (!JOINED_HEADER_LINE.test(text)) return;
  const { lines } = splitLines(text);
  const children = root.children;
  const out: RootContent[] = [];
  let index = 0;
  while (index < children.length) {
    const node = children[index]!;
    out.push(node);
    index++;
    if (node.type !== 'heading' || !isPartTitle(plainText(node), titles)) continue;
    let end = index;
    while (end < children.length && plainLines(children[end]!, lines) !== undefined) end++;
    const run = children.slice(index, end).flatMap((paragraph) => plainLines(paragraph, lines) ?? []);
    if (!JOINED_HEADER.test(run[0]?.text.trim() ?? '')) continue;
    const depth = node.depth;
    const converted = convertColumnEntries(run, true, titles, () => depth);
    if (!converted) continue;
    for (const made of converted) if (made.type === 'table') forgetValuePositions(made);
    out.push(...converted);
    index = end;
  }
  root.children = out;
}

/**
 * A paragraph's lines, where it is plain text as written (its text its lines, trimmed), code spans
 * only around an entry line's name and type (`` `owner` `string` Required ``, `` `per_page` integer ``:
 * the line given on with the backticks blanked, so every place stays the page's); else undefined.
 */
function plainLines(node: RootContent, lines: readonly Line[]): Line[] | undefined {
  const at = node.position;
  if (node.type !== 'paragraph' || !at || node.children.some((child) => child.type !== 'text' && child.type !== 'inlineCode'))
    return undefined;
  const own = lines.slice(at.start.line - 1, at.end.line);
  const written = own.map((line) => line.text.trim()).join('\n');
  const shown = node.children
    .map((child) => (child.type === 'inlineCode' ? `\`${child.value}\`` : child.type === 'text' ? child.value : ''))
    .join('');
  if (written !== shown) return undefined;
  if (!node.children.some((child) => child.type === 'inlineCode')) return own;
  const uncoded: Line[] = [];
  for (const line of own) {
    if (!line.text.includes('`')) {
      uncoded.push(line);
      continue;
    }
    const entry = CODED_ENTRY.exec(line.text);
    const blanked = entry ? { ...line, text: line.text.replace(/`/g, ' ') } : undefined;
    if (!blanked || !columnEntry(blanked)) return undefined;
    uncoded.push(blanked);
  }
  return uncoded;
}

/** An entry line whose name, and maybe its type, are code spans, no backtick after them: `` `owner` `string` Required ``. */
const CODED_ENTRY = /^[ \t]*`[^`\s]+`(?:[ \t]+`[^`\n]+`)?[^`]*$/;

/**
 * The values the conversion set in code (`Can be one of: `open`, `closed``) are bare in the page: a
 * description cell holding them keeps no positions in its words, so its text is read from the nodes,
 * code and all, not sliced from the page as written.
 */
function forgetValuePositions(table: Table): void {
  for (const row of table.children) {
    const cell = row.children[3];
    if (cell?.children.some((child) => child.type === 'inlineCode')) for (const child of cell.children) delete child.position;
  }
}
