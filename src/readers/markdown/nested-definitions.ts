/**
 * The block indented under a definition item (a 4-space indent: an indented code block to
 * CommonMark), read as what it holds: a values list, or the definitions of the item's own fields,
 * at any depth (Elasticsearch's request and response bodies):
 *
 *     `settings`
 *     :   (Optional, object) Settings.
 *
 *         **Properties of `settings`**           ← a label over the entries, skipped
 *
 *         `layout`                               ← an entry of the block
 *         :   (Optional, object) The layout.
 *
 *             `rows`                             ← an entry of `layout`'s: indented under it
 *             :   (Optional, integer) Rows.
 *
 * An entry's paragraphs of words indented under it, before its own entries, go on with its words.
 * `definition-lists.ts` makes the entries rows; a block holding anything else is no entries.
 */
import type { Code } from 'mdast';

/** `term` line, then `: definition` (up to three spaces before the colon). */
export const ITEM = /^([^\n]+)\r?\n[ \t]{0,3}:[ \t]+(\S[\s\S]*)$/;

/** A line of an indented block, its indent taken off, where its words start in the page, and how deep they are. */
interface BlockLine {
  text: string;
  at: number;
  indent: number;
}

/** The block's paragraphs (parted by blank lines), each its lines. */
function blockParagraphs(node: Code, page: string): BlockLine[][] {
  const start = node.position!.start.offset!;
  const paragraphs: BlockLine[][] = [[]];
  let at = start;
  for (const line of page.slice(start, node.position!.end.offset!).split('\n')) {
    const lead = /^[ \t]*/.exec(line)![0];
    const text = line.slice(lead.length).replace(/\r$/, '');
    if (text.trim() === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push({ text, at: at + lead.length, indent: lead.replace(/\t/g, '    ').length });
    at += line.length + 1;
  }
  return paragraphs.filter((lines) => lines.length > 0);
}

/** `Valid values:`, `Possible values are:`, `Allowed values`. */
const VALUES_LABEL = /^(?:valid|possible|allowed|accepted|supported)\s+values(?:\s+(?:are|include))?\s*:?$/i;
/** A value's line: `` * `all`: Every record. `` or `` - `open` ``. */
const VALUE_ITEM = /^[*+-][ \t]+(`[^`\n]+`)(?:[ \t]*[:–—-][ \t]*(\S.*))?$/;
/** A label over nested definitions: `**Properties of `query`**`, `Properties of `query`:`. */
const PROPERTIES_LABEL = /^(?:\*\*)?properties\s+of\s[^\n]*$/i;

/**
 * A block of a values label and the values under it, a list item each (`` * `all`: Every record. ``)
 * or a definition each (`` `asc` `` ⏎ `:   Oldest first.`): the description's lines
 * (`Valid values:` ⏎ `` `all`: Every record. ``), whose values the extractor reads as the enum.
 */
export function indentedValues(node: Code, page: string): string[] | undefined {
  return valuesOf(blockParagraphs(node, page));
}

function valuesOf(paragraphs: readonly BlockLine[][]): string[] | undefined {
  const [label, ...rest] = paragraphs;
  if (label?.length !== 1 || !VALUES_LABEL.test(label[0]!.text.trim()) || rest.length === 0) return undefined;
  const lines: string[] = [];
  for (const paragraph of rest) {
    const listed = paragraph.map((line) => VALUE_ITEM.exec(line.text.trim()));
    const defined = paragraph.length === 2 ? ITEM.exec(paragraph.map((line) => line.text).join('\n')) : null;
    const term = defined ? /^`[^`\n]+`$/.exec(defined[1]!.trim()) : null;
    if (listed.every(Boolean)) lines.push(...listed.map((match) => (match![2] ? `${match![1]}: ${match![2]}` : match![1]!)));
    else if (defined && term) lines.push(`${term[0]}: ${defined[2]!.trim()}`);
    else return undefined;
  }
  return lines.length >= 2 ? [label[0]!.text.trim(), ...lines] : undefined;
}

/** A definition of an indented block, and what is indented under it. */
export interface NestedEntry {
  /** The term as written (`` `match` ``), and where it starts in the page. */
  term: string;
  termAt: number;
  /** The definition's words after its colon, and where they start and end in the page. */
  definition: string;
  from: number;
  to: number;
  /** Where its words end, when paragraphs indented under it go on with them. */
  wordsEnd?: number;
  /** The values listed under it: its description's closing lines. */
  values?: string[];
  /** The definitions indented under it: its value's fields. */
  children: NestedEntry[];
}

/** The definitions a block indented under an item holds, nested as indented; undefined where it holds anything else. */
export function nestedEntries(node: Code, page: string): NestedEntry[] | undefined {
  return entriesOf(blockParagraphs(node, page));
}

function entriesOf(paragraphs: readonly BlockLine[][]): NestedEntry[] | undefined {
  const level = paragraphs[0]?.[0]?.indent;
  if (level === undefined) return undefined;
  const labelled = paragraphs[0]!.length === 1 && PROPERTIES_LABEL.test(paragraphs[0]![0]!.text.trim());
  const entries: NestedEntry[] = [];
  let index = labelled ? 1 : 0;
  if (index >= paragraphs.length) return undefined;
  while (index < paragraphs.length) {
    const entry = entryOf(paragraphs[index]!, level);
    if (!entry) return undefined;
    index++;
    const under: BlockLine[][] = [];
    while (index < paragraphs.length && paragraphs[index]![0]!.indent > level) under.push(paragraphs[index++]!);
    if (under.length > 0 && !readUnder(entry, under)) return undefined;
    entries.push(entry);
  }
  return entries;
}

/** What is indented under an entry: its values, or paragraphs of its words, then its fields' definitions. */
function readUnder(entry: NestedEntry, under: readonly BlockLine[][]): boolean {
  const values = valuesOf(under);
  if (values) {
    entry.values = values;
    return true;
  }
  const level = under[0]![0]!.indent;
  let words = 0;
  while (words < under.length && under[words]![0]!.indent === level && isWords(under[words]!)) words++;
  if (words > 0) {
    const last = under[words - 1]!.at(-1)!;
    entry.wordsEnd = last.at + last.text.length;
  }
  if (words === under.length) return true;
  const children = entriesOf(under.slice(words));
  if (!children) return false;
  entry.children = children;
  return true;
}

/** A paragraph of words: no definition, no label over definitions, no list. */
function isWords(paragraph: readonly BlockLine[]): boolean {
  const text = paragraph.map((line) => line.text).join('\n');
  return !ITEM.test(text) && !PROPERTIES_LABEL.test(text.trim()) && !/^(?:[*+-]|\d+[.)])[ \t]/m.test(text);
}

/** A paragraph that is one definition at the level: its term's line, then `: ` and its words (lines under them indented deeper). */
function entryOf(paragraph: readonly BlockLine[], level: number): NestedEntry | undefined {
  const [term, colon, ...wrapped] = paragraph;
  if (!term || !colon || term.indent !== level || colon.indent - level > 3 || wrapped.some((line) => line.indent <= level))
    return undefined;
  const words = /^:[ \t]+(?=\S)/.exec(colon.text);
  if (!words) return undefined;
  const last = paragraph.at(-1)!;
  const from = colon.at + words[0].length;
  const to = last.at + last.text.length;
  const definition = [colon.text.slice(words[0].length), ...wrapped.map((line) => line.text)].join('\n');
  return { term: term.text.trim(), termAt: term.at, definition, from, to, children: [] };
}
