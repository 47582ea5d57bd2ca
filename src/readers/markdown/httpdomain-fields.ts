/**
 * The field list of an httpdomain directive (see `httpdomain.ts`): its lines read and blanked out
 * of the body, and the tables its rows make.
 *
 *     :query string sort: the order        → part `query`, name `sort`, type `string`
 *     :reqheader Authorization: a token    → part `headers` (no type: a name alone)
 *     :statuscode 404: no such user        → part `statuses`, name `404`
 *     :type user_id: int                   → types the `:param user_id:` row
 *
 * A field goes on over the indented lines below it; fields inside the body's fences are left
 * as written.
 */
import type { PhrasingContent, RootContent, TableCell, TableRow } from 'mdast';
import type { Point, Position } from 'unist';
import { label } from './component-labels.js';
import { markOrigin } from './findings.js';
import { madeTable } from './made-tables.js';
import { CODE_IN_TEXT } from './status-words.js';

/** A field's name → the part its rows go to. */
const FIELDS: Readonly<Record<string, Part>> = {
  ...names(['param', 'parameter', 'arg', 'argument'], 'parameters'),
  ...names(['query', 'queryparameter', 'queryparam', 'qparam'], 'query'),
  ...names(['reqheader', '<header', 'requestheader'], 'headers'),
  ...names(['form', 'formparameter', 'formparam', 'fparam'], 'request'),
  ...names(['json', 'jsonparam', 'jsonparameter', '<json', 'reqjson', 'reqjsonobj', '<jsonobj'], 'request'),
  ...names(['<jsonarr', 'reqjsonarr'], 'request[]'),
  ...names(['>json', 'resjson', 'resjsonobj', '>jsonobj'], 'response'),
  ...names(['>jsonarr', 'resjsonarr'], 'response[]'),
  ...names(['statuscode', 'status', 'code'], 'statuses'),
  ...names(['resheader', '>header', 'responseheader', 'noindex', 'deprecated'], 'ignored'),
};

/** Type fields (`:type id: int`) → the part whose row of that name they type. */
const TYPE_FIELDS: Readonly<Record<string, Part>> = {
  ...names(['type', 'paramtype'], 'parameters'),
  ...names(['querytype', 'qtype', 'queryparamtype'], 'query'),
  ...names(['jsontype', 'jsonparamtype'], 'request'),
  ...names(['reqjsonarrtype', '<jsonarrtype'], 'request[]'),
  ...names(['resjsonarrtype', '>jsonarrtype'], 'response[]'),
};

/** Fields whose argument is a name (or a status) alone, never `type name`. */
const UNTYPED = new Set<Part>(['headers', 'statuses']);

export type Part = 'parameters' | 'query' | 'headers' | 'request' | 'request[]' | 'response' | 'response[]' | 'statuses' | 'ignored';

function names(list: readonly string[], part: Part): Record<string, Part> {
  return Object.fromEntries(list.map((name) => [name, part]));
}

export interface Field {
  part: Part;
  name: string;
  type: string;
  description: string;
  position: Position;
}

/** A directive's body lines, and where a character of one is in the page (`row`, `column` from 0). */
export interface Body {
  rows: string[];
  pointOf: (row: number, column: number) => Point;
}

/** A label over the table of `fields` (none when there are no fields). */
export function fieldTable(title: string, fields: readonly Field[], header: readonly string[]): RootContent[] {
  const [first] = fields;
  if (!first) return [];
  const rows = fields.map((field): TableRow => {
    const values = header.map((word) => (word === 'Name' || word === 'Status' ? field.name : word === 'Type' ? field.type : ''));
    const children = values.map(
      (value): TableCell => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [], position: field.position }),
    );
    children[children.length - 1]!.children = phrasing(field.description);
    return { type: 'tableRow', children, position: field.position };
  });
  const at: Position = { start: first.position.start, end: fields[fields.length - 1]!.position.end };
  return [label(title, first.position, false), markOrigin(madeTable(header, rows, at), 'httpdomain')];
}

/** Text with `code` spans as inline code. */
function phrasing(text: string): PhrasingContent[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map(
      (piece): PhrasingContent =>
        piece.startsWith('`') ? { type: 'inlineCode', value: piece.slice(1, -1) } : { type: 'text', value: piece },
    );
}

/** A field line: `:name:` or `:name argument:`, then its text. */
function fieldLine(line: string): { name: string; argument: string; rest: string } | undefined {
  const name = /^:([<>]?[A-Za-z][\w-]*)/.exec(line);
  if (!name) return undefined;
  const close = line.indexOf(':', name[0].length);
  const argument = close < 0 ? '' : line.slice(name[0].length, close);
  if (close < 0 || (argument !== '' && !/^[ \t]/.test(argument))) return undefined;
  return { name: name[1]!.toLowerCase(), argument: argument.trim(), rest: line.slice(close + 1).trim() };
}

/** MyST's `{role}`text`` and reST's `:role:`text``: the text, as code; reST's ``literal`` too. */
function withoutRoles(text: string): string {
  return text.replace(/``([^`]+)``/g, '`$1`').replace(/(?:\{[\w:.-]+\}|:[\w:.-]+:)(`[^`]*`)/g, '$1');
}

/**
 * The directive's field lines (and their indented continuations) read and blanked out of its
 * body; fences inside are left as they are.
 */
export function readFields(source: Body): { body: Body; fields: Field[]; synopsis?: { text: string; position: Position } } {
  const rows = [...source.rows];
  const fields: Field[] = [];
  const typed: Array<{ part: Part; name: string; type: string }> = [];
  let synopsis: { text: string; position: Position } | undefined;
  let fence: string | undefined;
  const blank = (index: number) => {
    rows[index] = rows[index]!.replace(/[^\r]/g, ' ');
  };
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(row)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && row.trim() === marker) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const field = fieldLine(row);
    const part = field ? (FIELDS[field.name] ?? TYPE_FIELDS[field.name]) : undefined;
    if (!field || (!part && field.name !== 'synopsis')) continue;
    // Its continuation: the indented lines below (blank lines between them too).
    let last = index;
    const words = [field.rest];
    for (let below = index + 1; below < rows.length; below++) {
      if (rows[below]!.trim() === '') continue;
      if (!/^[ \t]/.test(rows[below]!)) break;
      words.push(rows[below]!.trim());
      last = below;
    }
    const position: Position = { start: source.pointOf(index, 0), end: source.pointOf(last, rows[last]!.replace(/\r$/, '').length) };
    for (let blanked = index; blanked <= last; blanked++) blank(blanked);
    const description = withoutRoles(words.filter(Boolean).join(' '));
    index = last;
    if (field.name === 'synopsis') {
      // Placed at its words, not at the option's name.
      const from = source.pointOf(index, Math.max(0, row.indexOf(field.rest, field.name.length + 2)));
      if (description) synopsis = { text: description, position: { start: from, end: position.end } };
      continue;
    }
    if (TYPE_FIELDS[field.name] && !FIELDS[field.name]) {
      typed.push({ part: TYPE_FIELDS[field.name]!, name: field.argument, type: description });
      continue;
    }
    if (part === 'ignored' || !part) continue;
    // A typed field's argument: its type words, then the name (`:query list of string tags:`).
    const argument = field.argument.split(/\s+/).filter(Boolean);
    const name =
      part === 'statuses' ? (CODE_IN_TEXT.exec(field.argument)?.[0] ?? '') : UNTYPED.has(part) ? field.argument : (argument.at(-1) ?? '');
    if (!name) continue;
    const type = UNTYPED.has(part) || FORM.has(field.name) ? '' : argument.slice(0, -1).join(' ');
    fields.push({ part, name, type, description, position });
  }
  for (const { part, name, type } of typed) {
    const field = fields.find((candidate) => candidate.part === part && candidate.name === name);
    if (field && !field.type) field.type = type;
  }
  return { body: { rows, pointOf: source.pointOf }, fields, ...(synopsis ? { synopsis } : {}) };
}

const FORM = new Set(['form', 'formparameter', 'formparam', 'fparam']);

/** The body's prose and fences, parsed, every node placed at its characters in the page. */
