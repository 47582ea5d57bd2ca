/**
 * Swagger UI's model view (its `Schema` tab, Swagger 2's `Model`) copied as text (copied-swagger-ui.ts):
 * the model's title glued to its brace, each property a row of the model's table (its name, ` *`
 * where required, a tab, its type), the property's facts and words under it, nested objects and
 * arrays opening on the row and closing on a line of their own:
 *
 *     Shelf{                             the model (`{` alone: an inline object)
 *     id*⇥string($uuid)                  → - `id` (string<uuid>, required)
 *     room⇥string                        → - `room` (string): Where it stands. Enum: north, south.
 *     Where it stands.                     (its words: a line of them, or `description:` before them)
 *     Enum:                                (`Enum:` over `[ north, south ]`, or on one line)
 *     [ north, south ]
 *     owner⇥Owner{                       → - `owner` (object) ⏎ - `owner.name` (string, required)
 *     name*⇥string
 *     }
 *     tags⇥[                             → - `tags` (array) ⏎ - `tags[].label` (string)
 *     Tag{ ⏎ label⇥string ⏎ }]              (`[string]`, `string]`: an array of that type)
 *     }
 *
 * Read only where the model closes; each line is read once, and a model that did not close is not
 * scanned again from a line it passed (`scan.scanned`): linear in the page.
 */
import type { Line } from '../shared/lines.js';
import type { StackedEntry } from './copied-stacks.js';

/** A model's opening: its title glued to its brace (`Shelf{`), or the brace alone. */
const OPEN = /^[ \t]*(?:[A-Za-z_][\w.-]{0,100}[ \t]?)?\{[ \t]*$/;
/** A property's row: its name, its star where required, a tab, its type (or a nested model's opening). */
const ROW = /^[ \t]*([A-Za-z_$@][\w.$@-]{0,100})[ \t\u00a0]*(\*)?\t[ \t]*(\S.{0,200})$/;
/** A type: a JSON Schema type word, its format in parentheses (`string($uuid)`); an array's `[string]`. */
const TYPE = /^(string|integer|number|boolean|object|file)(?:\(\$?([\w-]{1,40})\))?$/i;
const ARRAY_OF = /^\[[ \t]*(string|integer|number|boolean|object|file)(?:\(\$?([\w-]{1,40})\))?[ \t]*\]$/i;
/** An array's item type closing it (`string]`, `integer($int64)]`). */
const ITEM_CLOSE = /^(string|integer|number|boolean|object|file)(?:\(\$?([\w-]{1,40})\))?[ \t]*\]$/i;
/** Closings: `}`, `]`, `}]`. */
const CLOSE = /^[ \t]*[}\]]{1,2}[ \t]*$/;
/** `Enum:` alone, or its values after it (`Enum: [ north, south ]`), or the values alone under it. */
const ENUM = /^Enum:[ \t]*(?:\[[ \t]*(.{0,400}?)[ \t]*\])?$/;
const VALUES = /^\[[ \t]*(.{0,400}?)[ \t]*\]$/;
/** A labelled fact under the type: `description:`, `example:`, `default:`, `minimum:`, … */
const LABELLED = /^([A-Za-z]{1,20}):[ \t]*(.{0,400})$/;
/** The labelled facts a stacked entry states as its facts (the others stay words). */
const FACTS: Record<string, string> = { example: 'Example', default: 'Default', minimum: 'Minimum', maximum: 'Maximum' };
/** Lines no model holds: the responses' title, a method alone (the next operation's). */
const STOP = /^(?:Responses|GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE)$/;
/** How deep models nest before the copy is taken for something else. */
const MAX_DEPTH = 16;

const text = (line: Line | undefined): string => line?.text.trim() ?? '';

/** Whether the line opens a model whose first property's row follows it. */
function opensModel(lines: readonly Line[], index: number): boolean {
  return OPEN.test(lines[index]?.text ?? '') && (ROW.test(lines[index + 1]?.text ?? '') || LABELLED.test(text(lines[index + 1])));
}

/** One open object or array: the path its properties are named under, the entry it belongs to. */
interface Frame {
  path: string;
  kind: 'object' | 'array';
  /** An array's property: typed by its items where they are a type (`string]`). */
  owner?: StackedEntry;
}

/**
 * The model opening at `index` as stacked entries (nested properties named by their path,
 * `owner.name`, `tags[].label`), its own description's lines, and its last line; undefined where
 * it does not close as a model does (then read as before).
 */
export function readModel(
  lines: readonly Line[],
  index: number,
  scan: { scanned: number },
): { entries: StackedEntry[]; words: Line[]; end: number } | undefined {
  if (index <= scan.scanned || !opensModel(lines, index)) return undefined;
  const entries: StackedEntry[] = [];
  const words: Line[] = [];
  const stack: Frame[] = [{ path: '', kind: 'object' }];
  let entry: StackedEntry | undefined;
  let expectEnum = false;
  const late = new Map<StackedEntry, Line[]>();
  for (let at = index + 1; at < lines.length; at++) {
    const line = lines[at]!;
    const trimmed = text(line);
    if (trimmed === '') continue;
    // A cell's end (`⇥No links`), the responses' title, the next operation's method: no model's line.
    if (line.text.startsWith('\t') || STOP.test(trimmed)) return fail(scan, at);
    const frame = stack[stack.length - 1]!;
    const row = frame.kind === 'object' ? ROW.exec(line.text) : null;
    if (row) {
      expectEnum = false;
      const from = line.text.indexOf(row[1]!);
      const value = row[3]!.trim();
      entry = { name: line, columns: { from, to: from + row[1]!.length }, notes: [], words: [], ...(frame.path && { path: frame.path }) };
      if (row[2]) entry.notes.push({ ...line, text: 'required' });
      entries.push(entry);
      const type = TYPE.exec(value) ?? ARRAY_OF.exec(value);
      if (type) {
        const word = `${type[1]!.toLowerCase()}${type[2] ? `<${type[2]}>` : ''}`;
        entry.notes.unshift({ ...line, text: ARRAY_OF.test(value) ? `array[${type[1]!.toLowerCase()}]` : word });
      } else if (OPEN.test(value)) {
        if (stack.length >= MAX_DEPTH) return fail(scan, at);
        entry.notes.unshift({ ...line, text: 'object' });
        stack.push({ path: `${frame.path}${row[1]}.`, kind: 'object' });
      } else if (value === '[') {
        if (stack.length >= MAX_DEPTH) return fail(scan, at);
        entry.notes.unshift({ ...line, text: 'array' });
        stack.push({ path: `${frame.path}${row[1]}[].`, kind: 'array', owner: entry });
      } else entry.words.push({ ...line, text: value });
      continue;
    }
    if (CLOSE.test(line.text)) {
      for (const _ of trimmed.replace(/\s/g, '')) stack.pop();
      if (stack.length === 0) return closed(entries, words, at, late);
      entry = undefined;
      continue;
    }
    if (frame.kind === 'array') {
      // The array's items: a model of their own (`Tag{`), or a type closing the array (`string]`).
      if (OPEN.test(line.text)) {
        if (stack.length >= MAX_DEPTH) return fail(scan, at);
        stack.push({ path: frame.path, kind: 'object' });
        continue;
      }
      const item = ITEM_CLOSE.exec(trimmed) ?? TYPE.exec(trimmed);
      if (item) {
        const owner = frame.owner;
        if (owner?.notes[0]?.text === 'array') owner.notes[0] = { ...owner.notes[0], text: `array[${item[1]!.toLowerCase()}]` };
        if (trimmed.endsWith(']')) stack.pop();
        if (stack.length === 0) return closed(entries, words, at, late);
        continue;
      }
    }
    // A fact or words of the property over it (or of the model, before its first property).
    const target = entry?.words ?? words;
    const enumLine = ENUM.exec(trimmed);
    const values = expectEnum ? VALUES.exec(trimmed) : null;
    if (enumLine && entry) {
      expectEnum = enumLine[1] === undefined;
      if (enumLine[1] !== undefined) entry.notes.push({ ...line, text: `Enum: ${enumLine[1]}` });
    } else if (values && entry) {
      expectEnum = false;
      entry.notes.push({ ...line, text: `Enum: ${values[1]}` });
    } else {
      expectEnum = false;
      const labelled = LABELLED.exec(trimmed);
      const [label, value] = labelled ? [labelled[1]!.toLowerCase(), labelled[2]!] : [undefined, ''];
      const fact = label === undefined ? undefined : FACTS[label];
      if (label === 'description') target.push({ ...line, text: value });
      else if (entry && fact) entry.notes.push({ ...line, text: `${fact}: ${value}` });
      // Another labelled fact (`maxLength: 40`): words after the description's.
      else if (labelled && entry) (late.get(entry) ?? late.set(entry, []).get(entry)!).push(line);
      else target.push(line);
    }
  }
  return fail(scan, lines.length - 1);
}

/** The model read: each entry's other labelled facts after its words. */
function closed(
  entries: StackedEntry[],
  words: Line[],
  end: number,
  late: ReadonlyMap<StackedEntry, Line[]>,
): { entries: StackedEntry[]; words: Line[]; end: number } {
  for (const [entry, lines] of late) entry.words.push(...lines);
  return { entries, words, end };
}

function fail(scan: { scanned: number }, at: number): undefined {
  scan.scanned = Math.max(scan.scanned, at);
  return undefined;
}
