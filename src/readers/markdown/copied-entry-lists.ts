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
 *
 * A code host's REST reference (GitHub's, and the sites rendered like it) copies its one-column
 * tables so (`joined-header-tables.ts` reads them written as markdown): the header's words joined,
 * then each parameter's name, type words and flag on a line, its words on the lines under it:
 *
 *     Query parameters                             → a part's heading
 *     Name, Type, Description                      → | Name | Type | Required | Description |
 *     per_page integer                               | per_page | integer | | The number … ⏎ Default: 30 |
 *     The number of results per page (max 100).
 *     Default: 30
 *     state string Required                          | state | string | Required | … ⏎ Can be one of: on, off |
 *     Can be one of: on, off
 *
 * A line opens an entry only as a name and the vocabulary's bare type words (`array of strings`,
 * `string or null`), `Required` maybe after them; the run ends at the next part's title or the
 * paragraph's end.
 */
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { type Line, linesSpan, spanOf, splitLines } from '../shared/lines.js';
import { isBareTypeWord, isPlainNotedEntry } from './attribute-lists.js';
import { isCopiedTextPage, paragraph } from './copied-text.js';
import { JOINED_HEADER } from './joined-header-tables.js';
import { madeTable, textCell } from './made-tables.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** Longer lines are prose: never matched (keeps a megabyte's line cheap). */
const MAX_LINE = 1000;

/** The runs of copied entries under parts' titles in a copied page's tree, as headings and lists. */
export function convertCopiedEntryLists(root: Root, text: string, titles: TitleVocabulary): void {
  const columned = JOINED_HEADER_LINE.test(text);
  if (!text.includes('(') && !columned) return;
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
    const paragraphLines = lines.slice(at.start.line - 1, at.end.line);
    const partsDepth = () => Math.min(depth + 1, 6);
    const converted =
      (columned ? convertColumnEntries(paragraphLines, partDepth !== undefined, titles, partsDepth) : undefined) ??
      convertParagraph(paragraphLines, partDepth !== undefined, titles, partsDepth);
    out.push(...(converted ?? [node]));
    partDepth = undefined;
  }
  root.children = out;
}

export function isPartTitle(text: string, titles: TitleVocabulary): boolean {
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

/** A line of the joined header alone, anywhere in the page (its test before any paragraph is looked at). */
export const JOINED_HEADER_LINE = /^[ \t]*name[ \t]*,[ \t]*type[ \t]*,[ \t]*description[ \t]*$/im;
const ENTRY_NAME = /^[A-Za-z_$@][\w.$@[\]-]*$/;
const FLAG_WORD = /^(?:required|optional)$/i;

/** A code host's entry line (`owner string Required`, `labels array of strings`): its name, type words and flag. */
export function columnEntry(line: Line | undefined): { name: string; type: string; flag: string } | undefined {
  const text = line?.text.trim() ?? '';
  if (text === '' || text.length > 200) return undefined;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 8 || !ENTRY_NAME.test(words[0]!)) return undefined;
  const flag = FLAG_WORD.test(words.at(-1)!) ? words.pop()! : '';
  const types = words.slice(1);
  // Type words alone, opened by a type (not `of`, `or`, a flag).
  if (types.length === 0 || !types.every((word) => isBareTypeWord(word) && !FLAG_WORD.test(word))) return undefined;
  if (/^(?:of|or|nullable)$/i.test(types[0]!)) return undefined;
  return { name: words[0]!, type: types.join(' '), flag: flag ? 'Required' : '' };
}

/**
 * The paragraph's runs of a code host's entries (a part's title over the joined header over an
 * entry; the header alone opening the paragraph right under a part's heading) as headings and
 * tables, the lines around them paragraphs; undefined where the paragraph holds none.
 */
export function convertColumnEntries(
  lines: readonly Line[],
  underTitle: boolean,
  titles: TitleVocabulary,
  depth: () => number,
): RootContent[] | undefined {
  const out: RootContent[] = [];
  const header = (line: Line | undefined) => line !== undefined && JOINED_HEADER.test(line.text.trim());
  const title = (line: Line | undefined) =>
    line !== undefined && line.text.trim().length <= MAX_LINE && isPartTitle(line.text.trim(), titles);
  // The first line not yet given out.
  let from = 0;
  let index = 0;
  while (index < lines.length) {
    const titled = title(lines[index]) && header(lines[index + 1]) && columnEntry(lines[index + 2]) !== undefined;
    const headed = index === 0 && underTitle && header(lines[0]) && columnEntry(lines[1]) !== undefined;
    if (!titled && !headed) {
      index++;
      continue;
    }
    if (index > from) out.push(paragraph(lines, from, index - 1));
    if (titled) out.push(headingOf(lines[index]!, depth()));
    const rows: TableRow[] = [];
    let at = index + (titled ? 2 : 1);
    for (let entry = columnEntry(lines[at]); entry; entry = columnEntry(lines[at])) {
      let end = at + 1;
      while (end < lines.length && !columnEntry(lines[end]) && !title(lines[end])) end++;
      rows.push(columnRow(lines[at]!, entry, lines.slice(at + 1, end)));
      at = end;
    }
    out.push(madeTable(['Name', 'Type', 'Required', 'Description'], rows, linesSpan(lines[index]!, lines[at - 1]!), ['Required']));
    from = index = at;
  }
  if (out.length === 0) return undefined;
  if (from < lines.length) out.push(paragraph(lines, from, lines.length - 1));
  return out;
}

/** The entry's row: its name, type and flag, where its line has them, and its words' lines, a break between each. */
function columnRow(line: Line, entry: { name: string; type: string; flag: string }, words: readonly Line[]): TableRow {
  const text = line.text.trim();
  const from = line.text.indexOf(text);
  const at = spanOf(line, from, from + text.length);
  const description: PhrasingContent[] = [];
  for (const word of words) {
    const trimmed = word.text.trim();
    if (trimmed === '') continue;
    if (description.length > 0) description.push({ type: 'break' });
    description.push(...wordsOf(word, trimmed));
  }
  const cells: TableCell[] = [
    textCell(entry.name, spanOf(line, from, from + entry.name.length)),
    textCell(entry.type, at),
    textCell(entry.flag, at),
    { type: 'tableCell', children: description, position: words.length > 0 ? linesSpan(words[0]!, words.at(-1)!) : at },
  ];
  return { type: 'tableRow', children: cells, position: words.length > 0 ? linesSpan(line, words.at(-1)!) : at };
}

/** `Default: 30`, `Can be one of: asc, desc`: the values the rendered page set in code, which the copy wrote bare. */
const STATED_VALUES = /^(Default:[ \t]*|Can be one of:[ \t]*)(\S.*)$/i;

/** A line of an entry's words, its stated values in code again (as the page rendered them), so the extractor reads them as it does there. */
function wordsOf(line: Line, trimmed: string): PhrasingContent[] {
  const lead = line.text.indexOf(trimmed);
  const whole: PhrasingContent[] = [{ type: 'text', value: trimmed, position: spanOf(line, lead, lead + trimmed.length) }];
  const stated = STATED_VALUES.exec(trimmed);
  if (!stated) return whole;
  const [, label = '', list = ''] = stated;
  const values = list.split(/,[ \t]*/);
  if (!values.every((value) => /^[^\s`]+$/.test(value)) || (/^Default/i.test(label) && values.length > 1)) return whole;
  const out: PhrasingContent[] = [{ type: 'text', value: label, position: spanOf(line, lead, lead + label.length) }];
  let at = lead + label.length;
  for (const [index, value] of values.entries()) {
    if (index > 0) {
      const next = line.text.indexOf(value, at);
      out.push({ type: 'text', value: line.text.slice(at, next), position: spanOf(line, at, next) });
      at = next;
    }
    out.push({ type: 'inlineCode', value, position: spanOf(line, at, at + value.length) });
    at += value.length;
  }
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
  const columned = JOINED_HEADER_LINE.test(text);
  if ((!text.includes('(') && !columned) || !isCopiedTextPage(file, text)) return 0;
  let entries = 0;
  let open = false;
  // Under a code host's joined header: its entry lines, their words between them.
  let columns = false;
  for (const line of splitLines(text).lines) {
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.length > MAX_LINE) {
      open = columns = false;
      continue;
    }
    if (columns) {
      if (columnEntry(line)) entries++;
      else if (isPartTitle(trimmed, {})) [open, columns] = [true, false];
      continue;
    }
    if (open && columned && JOINED_HEADER.test(trimmed)) columns = true;
    else if (open && isPlainNotedEntry(trimmed)) entries++;
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
