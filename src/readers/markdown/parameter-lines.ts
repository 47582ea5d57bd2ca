/**
 * A fence of `name: notes` lines right under a parameters title (Invidious' way): each line a
 * parameter, its notes what they say.
 *
 *     Parameters:
 *     ```
 *     sort_by: "top", "new" (default: top)     → enum (top, new), default top
 *     page: Int32                              → Int32
 *     region: ISO 3166 country code (default: "US")   → described, default US (no type stated)
 *     ```
 *
 * Only where every line is such a parameter and none is a value (`page: 2`, `name: "Rex"`: a
 * sample of the call, no parameter list); anything the notes do not say stays unsaid.
 */
import type { Code, Table, TableRow } from 'mdast';
import { isBareTypeWord } from './attribute-lists.js';
import { madeTable, textRow } from './made-tables.js';

/** The notes end at their last character that is no blank: found greedily (a lazy end tried the closing blanks from every character, quadratic on a long run of them). */
const LINE = /^[ \t]*([A-Za-z_][\w.[\]-]{0,63})[ \t]*:[ \t]+(\S(?:[^\n]*[^ \t\n])?)[ \t]*$/;
/** `(default: top)`, `(default: "US")` closing the notes. */
const DEFAULT_NOTE = /(?<!\s)\s*\(default:?\s*("[^"\n]*"|[^()\s"]+)\s*\)\s*$/i;
/** Two quoted values or more, commas between (a trailing one too): `"top", "new",`. */
const QUOTED_VALUES = /^"[^",\n]*"(?:\s*,\s*"[^",\n]*")+\s*,?$/;
/** A value, not notes: a number, `true`, `false`, `null`, one quoted string. */
const VALUE = /^(?:-?\d+(?:\.\d+)?|true|false|null|"[^"\n]*"|'[^'\n]*')$/i;
const MAX_LINES = 200;

/** The parameters table a fence of `name: notes` lines states; undefined where it is anything else. */
export function parameterLinesTable(node: Code): Table | undefined {
  const lang = (node.lang ?? '').toLowerCase();
  if (!node.position || !/^(?:text|plaintext|txt|)$/.test(lang)) return undefined;
  const lines = node.value.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0 || lines.length > MAX_LINES) return undefined;
  const rows: TableRow[] = [];
  for (const line of lines) {
    const match = LINE.exec(line);
    if (!match) return undefined;
    const row = rowOf(match[1]!, match[2]!);
    if (!row) return undefined;
    rows.push(textRow(row, node.position));
  }
  return madeTable(['Name', 'Type', 'Default', 'Description'], rows, node.position, ['Default', 'Description']);
}

/** Name, type, default and description of one line's notes; undefined where the notes are a value. */
function rowOf(name: string, notes: string): [string, string, string, string] | undefined {
  if (VALUE.test(notes)) return undefined;
  const stated = DEFAULT_NOTE.exec(notes);
  const fallback = stated ? stated[1]!.replace(/^"|"$/g, '') : '';
  const rest = stated ? notes.slice(0, stated.index).trim() : notes;
  if (rest === '') return [name, '', fallback, ''];
  // `"top", "new"`: the values it takes, where nothing else is said.
  if (QUOTED_VALUES.test(rest)) {
    const values = [...rest.matchAll(/"([^"\n]*)"/g)].map((value) => value[1]!);
    return [name, `enum (${values.join(', ')})`, fallback, ''];
  }
  const words = rest.split(/\s+/);
  if (words.length <= 3 && words.every(isBareTypeWord) && !words.every((word) => /^(?:of|or|nullable)$/i.test(word)))
    return [name, rest, fallback, ''];
  return [name, '', fallback, rest];
}
