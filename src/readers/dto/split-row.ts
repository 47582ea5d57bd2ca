/**
 * The row grammar of run-together DTO tables: cells glued with no separator.
 *
 *     created_byDTO_reference_userReadOnlyCreated by
 *     ^^^^^^^^^^ name: snake_case (lower case, digits, `_`, `$`, `.`)
 *               ^^^^^^^^^^^^^^^^^^ type: `DTO_x`, `ENUM x` or a base type (`Int32`, `String`, …), then `[]`s
 *                                 ^^^^^^^^ optional `ReadOnly` flag
 *                                         ^^^^^^^^^^ description
 *     conversationsDTO_ticket_conversation[]Body      argument row: name, type, Source (or none)
 *     1UNAVAILABLEUNAVAILABLE, processing in progress enum row: value, NAME, description
 *
 * A name has no capital letter, so the type starts at the first capital. A `DTO_`/`ENUM ` name
 * ends where its `[a-z0-9_]` run ends, unless the description itself starts with such a
 * character: then only a type the page defines can settle the boundary. Base types are matched
 * longest first. Whatever the grammar cannot settle is `undefined` with a reason, never a guess.
 */

const BASE_TYPES: readonly string[] = [
  'DateTimeOffset',
  'DateTime',
  'DateOnly',
  'TimeOnly',
  'TimeSpan',
  'String',
  'Int16',
  'Int32',
  'Int64',
  'UInt16',
  'UInt32',
  'UInt64',
  'SByte',
  'Byte',
  'Boolean',
  'Decimal',
  'Double',
  'Single',
  'Float',
  'Guid',
  'Object',
  'Char',
  'Uri',
];

const SOURCES: readonly string[] = ['Body', 'Query', 'Path', 'Route', 'Header', 'Form', 'Cookie', 'Services'];

/** Offsets [from, to) into the row text. */
export interface Cut {
  text: string;
  from: number;
  to: number;
}

export interface KnownTypes {
  /** `DTO_…` names the page tabulates. */
  dto: ReadonlySet<string>;
  /** Enum names the page tabulates (without `ENUM `). */
  enums: ReadonlySet<string>;
}

export type Split<T> = { ok: true; cells: T } | { ok: false; reason: string };

export interface PropertyCells {
  name: Cut;
  type: Cut;
  readOnly: Cut;
  description: Cut;
}

export interface ArgumentCells {
  name: Cut;
  type: Cut;
  source: Cut;
}

export interface EnumCells {
  value: Cut;
  name: Cut;
  description: Cut;
}

const cut = (text: string, from: number, to: number): Cut => ({ text: text.slice(from, to), from, to });
const NAME_CHAR = /[A-Za-z0-9_$.@-]/;
const WORD_CHAR = /[a-z0-9_]/;

/** End offsets of the type tokens that can start at `at` (array suffixes included). */
export function typeEnds(text: string, at: number, known: KnownTypes): number[] {
  const named = /^(DTO_|ENUM )/.exec(text.slice(at, at + 5));
  if (named) return withArrays(text, namedEnds(text, at, named[1]!.length, named[1] === 'DTO_' ? known.dto : known.enums, named[1]!));
  const base = BASE_TYPES.find((word) => text.startsWith(word, at));
  return base ? withArrays(text, [at + base.length]) : [];
}

/**
 * Where a `DTO_x` / `ENUM x` name may end: where its `[a-z0-9_]` run ends, or — when the
 * description starts with a lower-case letter or digit — earlier, at a name the page defines.
 * A defined name at the run's end settles it; otherwise every viable end is returned.
 */
function namedEnds(text: string, at: number, prefix: number, known: ReadonlySet<string>, kind: string): number[] {
  let end = at + prefix;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  if (end === at + prefix) return [];
  const lead = kind === 'DTO_' ? '' : kind;
  const ends = new Set<number>();
  // Known names that start here (checked name by name: a long run costs one pass per name).
  for (const name of known) {
    const to = at + lead.length + name.length;
    if (to <= end && text.startsWith(lead + name, at) && (to === end || /[a-z0-9]/.test(text[to]!))) ends.add(to);
  }
  if (ends.has(end)) return [end];
  return [...ends, end].sort((a, b) => a - b);
}

function withArrays(text: string, ends: number[]): number[] {
  return ends.map((end) => {
    let to = end;
    while (text.startsWith('[]', to)) to += 2;
    return to;
  });
}

/** Candidate (name end, type end) pairs: the type starts at a capital after a valid name. */
function typeStarts(text: string, known: KnownTypes): Array<{ at: number; ends: number[] }> {
  const starts: Array<{ at: number; ends: number[] }> = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at]!;
    if (at > 0 && /[A-Z]/.test(c)) {
      const ends = typeEnds(text, at, known);
      if (ends.length > 0) starts.push({ at, ends });
    }
    if (!NAME_CHAR.test(c)) break;
  }
  return starts;
}

/** Settles the name/type boundary: the strict (snake_case) name first, else the only candidate. */
function nameAndType(text: string, known: KnownTypes, accept: (rest: number) => boolean): Split<{ name: Cut; type: Cut }> {
  const options = typeStarts(text, known)
    .map((start) => ({ at: start.at, ends: start.ends.filter(accept) }))
    .filter((start) => start.ends.length > 0);
  if (options.length === 0) return { ok: false, reason: 'no name followed by a known type (DTO_x, ENUM x, Int32, String, …)' };
  // A snake_case name has no capital: the type starts at the first one.
  const firstCapital = text.search(/[A-Z]/);
  const strict = options.find((option) => option.at === firstCapital);
  const chosen = strict ?? (options.length === 1 ? options[0] : undefined);
  if (!chosen) return { ok: false, reason: `the name/type boundary is ambiguous (${listed(options.map((o) => text.slice(0, o.at)))})` };
  if (chosen.ends.length > 1)
    return { ok: false, reason: `the type is ambiguous (${listed(chosen.ends.map((end) => text.slice(chosen.at, end)))})` };
  return { ok: true, cells: { name: cut(text, 0, chosen.at), type: cut(text, chosen.at, chosen.ends[0]!) } };
}

/** Up to three alternatives, each shortened, for a diagnostic. */
function listed(alternatives: string[]): string {
  const shown = alternatives.slice(0, 3).map((text) => (text.length > 40 ? `${text.slice(0, 37)}...` : text));
  return alternatives.length > 3 ? `${shown.join(' / ')} / …` : shown.join(' / ');
}

/** `nameTYPE[ReadOnly]description`. */
export function splitPropertyRow(text: string, known: KnownTypes): Split<PropertyCells> {
  const head = nameAndType(text, known, () => true);
  if (!head.ok) return head;
  const end = head.cells.type.to;
  const after = text.slice(end + 'ReadOnly'.length);
  const flagged = text.startsWith('ReadOnly', end) && (after === '' || !/^[a-z\s]/.test(after));
  const descriptionFrom = flagged ? end + 'ReadOnly'.length : end;
  return {
    ok: true,
    cells: { ...head.cells, readOnly: cut(text, end, descriptionFrom), description: cut(text, descriptionFrom, text.length) },
  };
}

/** `nameTYPE[Source]`, Source one of {@link SOURCES} or nothing. */
export function splitArgumentRow(text: string, known: KnownTypes): Split<ArgumentCells> {
  const isSource = (end: number) => end === text.length || (text.length - end <= 8 && SOURCES.includes(text.slice(end)));
  const head = nameAndType(text, known, isSource);
  if (!head.ok) return { ok: false, reason: `${head.reason}, then a Source (${SOURCES.join(', ')}) or nothing` };
  return { ok: true, cells: { ...head.cells, source: cut(text, head.cells.type.to, text.length) } };
}

/**
 * `VALUE NAME description` where the description repeats the name (`0UNKNOWNUNKNOWN`,
 * `1UNAVAILABLEUNAVAILABLE, processing in progress`); a lone upper-case name has no description.
 */
export function splitEnumRow(text: string): Split<EnumCells> {
  const value = /^-?\d+/.exec(text);
  if (!value) return { ok: false, reason: 'an enum row starts with its numeric value' };
  const from = value[0].length;
  const rest = text.slice(from);
  const ends: number[] = [];
  for (let k = 1; 2 * k <= rest.length && k <= MAX_ENUM_NAME; k++) {
    const name = rest.slice(0, k);
    if (!/^[A-Z][A-Z0-9_]*$/.test(name) || !rest.startsWith(name, k)) continue;
    if (2 * k === rest.length || !/[A-Z0-9_]/.test(rest[2 * k]!)) ends.push(from + k);
  }
  if (ends.length === 0 && /^[A-Z][A-Z0-9_]*$/.test(rest)) ends.push(text.length);
  if (ends.length !== 1) {
    return {
      ok: false,
      reason:
        ends.length === 0
          ? 'the description does not repeat the NAME, so the boundary is unknown'
          : 'the NAME/description boundary is ambiguous',
    };
  }
  const end = ends[0]!;
  return { ok: true, cells: { value: cut(text, 0, from), name: cut(text, from, end), description: cut(text, end, text.length) } };
}

/** Longest enum member NAME tried when looking for the repeat (keeps junk rows linear). */
const MAX_ENUM_NAME = 256;

const COLUMN_WORDS = ['ReadOnly', 'Description', 'Source', 'Value', 'Name', 'Type'] as const;

/** A run-together (or space-separated) header: `NameTypeReadOnlyDescription`, `Name Type Source`. */
export function splitHeader(text: string): Cut[] | undefined {
  const cells: Cut[] = [];
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text[at]!)) {
      at++;
      continue;
    }
    const word = COLUMN_WORDS.find((candidate) => text.startsWith(candidate, at));
    if (!word) return undefined;
    cells.push(cut(text, at, at + word.length));
    at += word.length;
  }
  return cells.some((cell) => cell.text === 'Name') && cells.length >= 2 ? cells : undefined;
}
