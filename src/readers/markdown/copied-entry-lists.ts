/**
 * Lists of entries copied as text: a rendered page's bullet list of parameters loses its bullets
 * (and the code or bold of its names) when a browser copies it, each item a line under the part's
 * title, and the next title right under the last item:
 *
 *     Path parameters                              → a part's heading
 *     garden_id (string, required): The garden.    → a list item (attribute-lists.ts reads it)
 *     Query parameters                             → the next part's heading
 *     limit (integer, optional): At most this many.
 *
 * A run of such lines under a title (in the title's paragraph, or right under a heading that is
 * one) becomes the heading and the list the markdown it was rendered from would give; the lines
 * from the first that is neither stay the paragraph they were. Only a part's title (a section the
 * vocabulary names, no operation's) opens a run, and only a name with type words or a flag in its
 * parentheses is an entry (`attribute-lists.ts`' `isPlainNotedEntry`).
 */
import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { type Line, linesSpan, spanOf, splitLines } from '../shared/lines.js';
import { isPlainNotedEntry } from './attribute-lists.js';
import { isCopiedTextPage, paragraph } from './copied-text.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** Longer lines are prose: never matched (keeps a megabyte's line cheap). */
const MAX_LINE = 1000;

/** The runs of copied entries under parts' titles in a copied page's tree, as headings and lists. */
export function convertCopiedEntryLists(root: Root, text: string, titles: TitleVocabulary): void {
  if (!text.includes('(')) return;
  const { lines } = splitLines(text);
  const out: RootContent[] = [];
  // The depth of the heading over the parts (the operation's): a part's title one under it.
  let depth = 1;
  let partDepth: Heading['depth'] | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') {
      const part = isPartTitle(plainText(node), titles);
      if (!part) depth = node.depth;
      partDepth = part ? node.depth : undefined;
      out.push(node);
      continue;
    }
    const at = node.type === 'paragraph' ? node.position : undefined;
    if (!at) {
      partDepth = undefined;
      out.push(node);
      continue;
    }
    const converted = convertParagraph(lines.slice(at.start.line - 1, at.end.line), partDepth !== undefined, titles, () =>
      Math.min(depth + 1, 6),
    );
    out.push(...(converted ?? [node]));
    partDepth = undefined;
  }
  root.children = out;
}

function isPartTitle(text: string, titles: TitleVocabulary): boolean {
  const kind = text.length <= 80 ? sectionOfTitle(text.trim().replace(/:$/, ''), titles)?.kind : undefined;
  return kind !== undefined && kind !== 'signature' && kind !== 'operation';
}

/**
 * The paragraph's lines as headings and lists from its first line (a part's title, or an entry
 * where a part's heading is right over it); undefined where no run opens there.
 */
function convertParagraph(
  lines: readonly Line[],
  underTitle: boolean,
  titles: TitleVocabulary,
  depth: () => number,
): RootContent[] | undefined {
  const out: RootContent[] = [];
  let entries: Line[] = [];
  let index = 0;
  const flush = (): void => {
    if (entries.length > 0) out.push(listOf(entries));
    entries = [];
  };
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (text.length > MAX_LINE) break;
    if (isPlainNotedEntry(text) && (entries.length > 0 || underTitle || out.length > 0)) {
      entries.push(line);
      continue;
    }
    // A title opens a run only with an entry under it.
    if (!isPartTitle(text, titles) || !isPlainNotedEntry(lines[index + 1]?.text.trim() ?? '')) break;
    flush();
    out.push(headingOf(line, depth()));
  }
  flush();
  if (out.length === 0) return undefined;
  // The next part's title over words of its own (`Response` ⏎ `201 Created`): its heading, then the words.
  const title = lines[index];
  if (title && index + 1 < lines.length && title.text.trim().length <= MAX_LINE && isPartTitle(title.text.trim(), titles)) {
    out.push(headingOf(title, depth()));
    index++;
  }
  if (index < lines.length) out.push(paragraph(lines, index, lines.length - 1));
  return out;
}

function headingOf(line: Line, depth: number): Heading {
  const text = line.text.trim();
  const from = line.text.indexOf(text);
  const position = spanOf(line, from, from + text.length);
  return { type: 'heading', depth: depth as Heading['depth'], children: [{ type: 'text', value: text, position }], position };
}

/**
 * The evidence that a `.txt` page is copied text of such lists: its entries under parts' titles
 * (the text dialect's scraped DocFX pages flatten their tables, and write none).
 */
export function copiedEntryLines(file: string, text: string): number {
  if (!text.includes('(') || !isCopiedTextPage(file, text)) return 0;
  let entries = 0;
  let open = false;
  for (const line of splitLines(text).lines) {
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.length > MAX_LINE) {
      open = false;
      continue;
    }
    if (open && isPlainNotedEntry(trimmed)) entries++;
    else open = isPartTitle(trimmed, {});
  }
  return entries;
}

function listOf(entries: readonly Line[]): List {
  const items = entries.map((line): ListItem => {
    const text = line.text.trim();
    const from = line.text.indexOf(text);
    const position = spanOf(line, from, from + text.length);
    return {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: line.text.trim(), position }], position }],
      position,
    };
  });
  return { type: 'list', ordered: false, spread: false, children: items, position: linesSpan(entries[0]!, entries.at(-1)!) };
}
