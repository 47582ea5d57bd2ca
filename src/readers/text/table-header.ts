/**
 * The header row of a flattened table: `Property Name Type Description` is read back into its
 * columns by the known header vocabulary (longest words first), never by guessing at spaces.
 */
import type { Line } from '../shared/lines.js';

/** How a column's cell is cut out of a flattened row. */
export type ColumnGrammar = 'token' | 'type' | 'status' | 'rest';

export interface HeaderColumn {
  /** The header words (`Property Name`). */
  label: string;
  /** 0-based column range of the words in the header line. */
  from: number;
  to: number;
  grammar: ColumnGrammar;
}

/** Column names the DocFX template (and its relatives) print, multi-word ones first. */
const VOCABULARY: readonly string[] = [
  'Property Name',
  'Parameter Name',
  'Path Part',
  'Field Name',
  'Status Code',
  'Name',
  'Type',
  'Description',
  'Response',
  'Value',
  'ReadOnly',
  'Source',
  'Required',
  'Default',
  'Format',
  'In',
];

/** Columns a table can start with: the column naming the row. */
const FIRST_COLUMNS = new Set(['Property Name', 'Parameter Name', 'Path Part', 'Field Name', 'Status Code', 'Name', 'Response', 'Value']);

const MAX_HEADER_LENGTH = 120;

/**
 * The columns of `line` when it is a flattened table header, else `undefined`.
 *
 *     Property Name Type Description
 *     ^^^^^^^^^^^^^ ^^^^ ^^^^^^^^^^^  three columns: token | type | rest
 */
export function matchTableHeader(line: Line | undefined): HeaderColumn[] | undefined {
  if (!line || line.text.length > MAX_HEADER_LENGTH) return undefined;
  const columns: HeaderColumn[] = [];
  const text = line.text;
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ' || text[at] === '\t') {
      at++;
      continue;
    }
    const word = VOCABULARY.find((candidate) => text.startsWith(candidate, at) && isWordEnd(text, at + candidate.length));
    if (!word) return undefined;
    columns.push({ label: word, from: at, to: at + word.length, grammar: 'token' });
    at += word.length;
  }
  const first = columns[0];
  if (columns.length < 2 || !first || !FIRST_COLUMNS.has(first.label)) return undefined;
  if (new Set(columns.map((column) => column.label)).size !== columns.length) return undefined;
  return assignGrammar(columns);
}

function isWordEnd(text: string, at: number): boolean {
  return at >= text.length || text[at] === ' ' || text[at] === '\t';
}

/** The last column takes the rest of the row; `Type` reads a type, a status column a status; others one token. */
function assignGrammar(columns: HeaderColumn[]): HeaderColumn[] {
  return columns.map((column, index) => ({ ...column, grammar: grammarOf(column.label, index === columns.length - 1) }));
}

function grammarOf(label: string, last: boolean): ColumnGrammar {
  if (last) return 'rest';
  if (label === 'Type') return 'type';
  return label === 'Response' || label === 'Status Code' ? 'status' : 'token';
}
