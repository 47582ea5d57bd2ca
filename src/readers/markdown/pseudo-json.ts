/**
 * JSON as reference pages write it by hand, read leniently where its meaning is plain:
 *
 *     {
 *       "id": 1,                 ← a real value
 *       /* a note *\/  // a note  ← comments: dropped
 *       "tags": [ ... ],         ← elisions (`...`, `....`, `…`, `{...}`, `[...]`): dropped
 *       'name': 'Shelf one'      ← quotes of `'` for keys and strings, as `"` (`\'` inside one)
 *       count: 2                 ← unquoted keys
 *       "active": true/false,    ← a placeholder that states a type (`true|false`, `#integer#`,
 *       "owner": <string>,          `<string>`, `"<integer>"`, bare type words `Integer (optional)`)
 *       "shelf": {shelf_id},     ← a placeholder that states none
 *       shelfID: s.7fk2ma,       ← a bare word that is no type word: the string it spells
 *     }                          ← trailing commas: allowed
 *
 * A placeholder is no example value: a sample keeps its real values only (`pseudoSample`), and a
 * fence whose every value is a placeholder stating a type is a type sketch, the body's fields and
 * types (`typeSketch`), never an example; so is one of placeholders alone, typed or not (the
 * registry API's `"name": <name>`: a field whose type the page does not state). Anything else that does not parse stays as written.
 */
import { isBareTypeWord } from './attribute-lists.js';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A value that shows what a field is, not what it holds. */
interface Placeholder {
  kind: 'placeholder';
  /** The type words it states (`integer`, `array of strings`); none for `{shelf_id}`, `<your token>`. */
  type?: string;
  flag?: 'required' | 'optional';
  description?: string;
}

type Node =
  /**
   * A JSON scalar; `asType` when it is a quoted type's words (`"string (optional)"`), which a sketch
   * reads as a type; `written` a whole number's text where it has a fraction (`13.0`: a number, not 13).
   */
  | { kind: 'value'; value: JsonValue; asType?: Placeholder; written?: string }
  | { kind: 'object'; members: Array<[string, Node]>; nullable?: boolean }
  | { kind: 'array'; items: Node[]; nullable?: boolean }
  | Placeholder;

/** A quoted placeholder (`"<integer>"`, `"#string#"`): valid JSON that shows no value (a typed one: `"<br>"` may be a value). */
export const QUOTED_PLACEHOLDER = /"(?:<[\w ]{1,40}>|#[\w ]{1,40}#)"/;

/** An unquoted string value (Etherpad's `{groupID: g.s8oes9dhwrvt0zif}`): one word, a letter first, no blank. */
const BARE_WORD = /^[A-Za-z_][\w.-]*$/;
/** Longer than this is no sample written by hand (read as JSON only, as before). */
const MAX_LENGTH = 1_000_000;
/** Deeper than this is no hand-written sample (and the parser recurses). */
const MAX_DEPTH = 64;
/** What only a hand-written sample holds: comments, elisions, placeholders, bare words, trailing commas, a comma left out at a line end, quotes of `'`. */
const MARKERS = /\/[*/]|\.\.\.|…|<|#|,\s*[\]}]|:\s*[A-Za-z{[']|[\w"'\]}][ \t]*\r?\n\s*["']|[{[,]\s*'/;

/** The sample's text as JSON with its placeholders, comments and elisions left out; undefined where it does not parse so. */
export function pseudoSample(text: string): string | undefined {
  if (!MARKERS.test(text)) return undefined;
  const node = parse(text);
  if (!node) return undefined;
  const written: Written = new WeakMap();
  const value = realValue(node, written);
  if (value === undefined) return undefined;
  // `price: 13.0` stays `13.0` (sample inference reads the text's fractions: a number, as `4.5` is).
  return hasWritten(node) ? stringify(value, written, '') : JSON.stringify(value, null, 2);
}

/** The whole numbers written with a fraction, by the array or object holding them and their key there. */
type Written = WeakMap<object, Map<string, string>>;

function hasWritten(node: Node): boolean {
  if (node.kind === 'value') return node.written !== undefined;
  if (node.kind === 'array') return node.items.some(hasWritten);
  return node.kind === 'object' && node.members.some(([, member]) => hasWritten(member));
}

/** `JSON.stringify(value, null, 2)`, each whole number written with a fraction as written (`13.0`). */
function stringify(value: JsonValue, written: Written, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const numbers = written.get(value);
  const member = (key: string, item: JsonValue) => numbers?.get(key) ?? stringify(item, written, inner);
  if (Array.isArray(value))
    return value.length === 0 ? '[]' : `[\n${value.map((item, index) => inner + member(String(index), item)).join(',\n')}\n${indent}]`;
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((key) => `${inner}${JSON.stringify(key)}: ${member(key, value[key]!)}`).join(',\n')}\n${indent}}`;
}

/** A field of a type sketch: `parent[child]` names for nested fields, `parent[][child]` for an array's items'. */
export interface SketchField {
  name: string;
  type: string;
  flag?: 'required' | 'optional';
  description?: string;
}

/** The fields a type sketch states, and whether it is a list of them; undefined where the fence is no sketch. */
export function typeSketch(text: string): { fields: SketchField[]; list: boolean } | undefined {
  const quoted = quotedTypes(text);
  if (quoted) return fieldsOfSketch(quoted);
  // Other valid JSON states types only in its quoted placeholders (`"<integer>"`).
  if (!MARKERS.test(text) || (!QUOTED_PLACEHOLDER.test(text) && isJson(text))) return undefined;
  const node = parse(text);
  if (!node || !isSketch(node)) return undefined;
  return fieldsOfSketch(node);
}

function fieldsOfSketch(node: Node): { fields: SketchField[]; list: boolean } | undefined {
  if (node.kind === 'object') return { fields: fieldsOf(node, undefined), list: false };
  const [item] = node.kind === 'array' ? node.items : [];
  if (node.kind === 'array' && node.items.length === 1 && item?.kind === 'object') return { fields: fieldsOf(item, undefined), list: true };
  return undefined;
}

/** A quoted type word (`"string"`, `"integer<int64>"`, `"string[]"`, `"array<string>"`): the base, the format or item type, the list mark. */
const QUOTED_TYPE =
  /^(string|integer|int|int32|int64|long|number|float|double|decimal|boolean|bool|object|array)(?:<([\w-]{1,20})>)?(\[\])?$/i;
/** Formats a quoted type word's `<…>` states that the type words name (`integer<int64>` is `int64`). */
const FORMAT_WORDS: Readonly<Record<string, string>> = {
  int32: 'int32',
  int64: 'int64',
  float: 'float',
  double: 'double',
  date: 'date',
  'date-time': 'datetime',
  datetime: 'datetime',
};
/** JSON Schema's words beside `type`: an object holding them (or `type` alone) is a schema written in JSON, a sample of it. */
const SCHEMA_KEYS = new Set(['properties', 'items', 'format', 'enum', '$ref', 'additionalProperties', 'required', 'description']);

/**
 * Valid JSON whose every leaf is a quoted type word (`{"code": "integer", "data": {"aliasName":
 * "string"}}`, vendors' `### Response Body` sketches): the sketch it is. A leaf of any other
 * value, an empty object or array, or JSON Schema's own words (`{"type": "string"}`) make it a sample.
 */
function quotedTypes(text: string): Node | undefined {
  if (text.length > 200_000 || !/^\s*[[{]/.test(text)) return undefined;
  const parsed = parsedJson(text);
  if (!parsed) return undefined;
  const leaf = (value: string): Node | undefined => {
    const match = QUOTED_TYPE.exec(value.trim());
    if (!match) return undefined;
    const base = match[1]!.toLowerCase();
    const inner = match[2]?.toLowerCase();
    let type = base;
    if (inner && base === 'array') {
      if (!QUOTED_TYPE.test(inner)) return undefined;
      type = `${inner}[]`;
    } else if (inner) type = FORMAT_WORDS[inner] ?? base;
    return { kind: 'placeholder', type: match[3] ? `${type}[]` : type };
  };
  const visit = (value: unknown, depth: number): Node | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    if (typeof value === 'string') return leaf(value);
    if (Array.isArray(value)) {
      const items = value.map((item) => visit(item, depth + 1));
      return items.length > 0 && items.every((item) => item !== undefined) ? { kind: 'array', items: items as Node[] } : undefined;
    }
    if (!value || typeof value !== 'object') return undefined;
    const keys = Object.keys(value);
    if (keys.length === 0 || (keys.includes('type') && (keys.length === 1 || keys.some((key) => SCHEMA_KEYS.has(key))))) return undefined;
    const members: Array<[string, Node]> = [];
    for (const key of keys) {
      const member = visit((value as Record<string, unknown>)[key], depth + 1);
      if (!member) return undefined;
      members.push([key, member]);
    }
    return { kind: 'object', members };
  };
  return visit(parsed.value, 0);
}

/**
 * Every leaf states a type, a placeholder one at least (a fence of quoted words alone is JSON, a
 * sample); fixed values among the types (`"type": "video"` beside `"title": String, …`) are the
 * sketch's constants, where they are no more than the types.
 */
function isSketch(node: Node): boolean {
  let placeholders = 0;
  let untyped = 0;
  let values = 0;
  let typed = true;
  const visit = (at: Node): void => {
    if (at.kind === 'object') for (const [, member] of at.members) visit(member);
    else if (at.kind === 'array') for (const item of at.items) visit(item);
    else if (at.kind === 'placeholder') {
      if (at.type === undefined) untyped++;
      else placeholders++;
    } else if (!at.asType) {
      if (typeof at.value === 'string' || typeof at.value === 'number' || typeof at.value === 'boolean') values++;
      else typed = false;
    }
  };
  visit(node);
  // Placeholders that state no type (`"name": <name>`) sketch the fields where the fence holds no
  // value at all (a sample's real values are its example: placeholders among them are left out).
  const sketch = untyped === 0 ? placeholders > 0 && values <= placeholders : values === 0;
  return typed && sketch && (node.kind === 'object' || node.kind === 'array');
}

/** The type of a fixed value in a sketch: what JSON it is. */
function valueType(value: JsonValue): string | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return undefined;
}

/**
 * `{ "string" : "string" }` (AWS's syntax): an object whose one key is a type word is a map, of the
 * type its value states (`map<string|integer>`; an object or a list of no stated type: `object`).
 */
function mapType(node: Node): string | undefined {
  const [member, ...others] = node.kind === 'object' ? node.members : [];
  if (!member || others.length > 0 || !QUOTED_TYPE.test(member[0])) return undefined;
  const value = member[1];
  const stated = (at: Node | undefined) => (at?.kind === 'placeholder' ? at.type : at?.kind === 'value' ? at.asType?.type : undefined);
  const type = value.kind === 'array' && value.items.length === 1 ? `${stated(value.items[0]) ?? ''}[]` : stated(value);
  return type && /^[A-Za-z]\w*(?:\[\])?$/.test(type) ? `map<string|${type}>` : 'object';
}

function fieldsOf(node: Extract<Node, { kind: 'object' }>, parent: string | undefined): SketchField[] {
  const fields: SketchField[] = [];
  for (const [key, value] of node.members) {
    const name = parent === undefined ? key : `${parent}[${key}]`;
    // `"replies": { … }?`: an object that may be null.
    const nullable = (value.kind === 'object' || value.kind === 'array') && value.nullable ? '?' : '';
    const map = mapType(value);
    if (map) {
      fields.push({ name, type: `${map}${nullable}` });
      continue;
    }
    if (value.kind === 'object') {
      fields.push({ name, type: `object${nullable}` });
      fields.push(...fieldsOf(value, name));
    } else if (value.kind === 'array') {
      const [item] = value.items;
      const stated = item && (item.kind === 'placeholder' ? item : item.kind === 'value' ? item.asType : undefined);
      if (item?.kind === 'object') {
        fields.push({ name, type: `object[]${nullable}` });
        fields.push(...fieldsOf(item, `${name}[]`));
      } else if (stated?.type && /^[A-Za-z]\w*$/.test(stated.type)) fields.push({ name, type: `${stated.type}[]${nullable}` });
      else fields.push({ name, type: `array${nullable}` });
    } else {
      const stated = value.kind === 'placeholder' ? value : (value.asType ?? constantOf(value.value));
      if (!stated) continue;
      // A placeholder that states no type (`"name": <name>`, `"shelf": {shelf_id}`): a field of no stated type.
      fields.push({
        name,
        type: stated.type ?? '',
        ...(stated.flag ? { flag: stated.flag } : {}),
        ...(stated.description ? { description: stated.description } : {}),
      });
    }
  }
  return fields;
}

/** A fixed value of a sketch (`"type": "video"`): a field of the value's type. */
function constantOf(value: JsonValue): Placeholder | undefined {
  const type = valueType(value);
  return type ? { kind: 'placeholder', type } : undefined;
}

/** The JSON of the real values: placeholders left out, and a container only placeholders filled. */
function realValue(node: Node, written?: Written): JsonValue | undefined {
  switch (node.kind) {
    case 'placeholder':
      return undefined;
    case 'value':
      return node.value;
    case 'array': {
      const items: JsonValue[] = [];
      for (const item of node.items) {
        const value = realValue(item, written);
        if (value === undefined) continue;
        if (written && item.kind === 'value' && item.written) note(written, items, String(items.length), item.written);
        items.push(value);
      }
      return items.length === 0 && node.items.length > 0 ? undefined : items;
    }
    case 'object': {
      const object: { [key: string]: JsonValue } = {};
      let kept = 0;
      for (const [key, member] of node.members) {
        const value = realValue(member, written);
        if (value === undefined) continue;
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        // A key written again: its last value, as JSON.parse keeps.
        if (written) {
          if (member.kind === 'value' && member.written) note(written, object, key, member.written);
          else written.get(object)?.delete(key);
        }
        kept++;
      }
      return kept === 0 && node.members.length > 0 ? undefined : object;
    }
  }
}

function note(written: Written, container: object, key: string, text: string): void {
  const numbers = written.get(container) ?? new Map<string, string>();
  numbers.set(key, text);
  written.set(container, numbers);
}

/** What a run of bare words (or a placeholder's inside) means as a value. */
function placeholderOf(words: string): Placeholder | undefined {
  const text = words.replace(/\s+/g, ' ').trim();
  // `Array(String)` (Crystal's way): an array of that type.
  const listed = /^Array\(\s*([A-Za-z]\w*)\s*\)(\??)$/.exec(text);
  if (listed)
    return isBareTypeWord(listed[1]!) ? { kind: 'placeholder', type: `array of ${listed[1]!.toLowerCase()}${listed[2]}` } : undefined;
  // `Int64?`, `String?`: that type or null.
  if (/^[A-Za-z]\w*\?$/.test(text)) {
    const inner = placeholderOf(text.slice(0, -1));
    return inner?.type && !inner.flag && !inner.description ? { ...inner, type: `${inner.type}?` } : undefined;
  }
  if (/^(?:true|false)\s*(?:\/|\||\bor\b)\s*(?:true|false)$/i.test(text)) return { kind: 'placeholder', type: 'boolean' };
  // `Integer (optional)`, `String (Server address)`, `string, required` is not (the comma ends a value).
  const noted = /^(.+?)\s*\(([^()]*)\)$/.exec(text);
  const type = noted ? noted[1]! : text;
  if (!typeWordsOnly(type)) return undefined;
  const note = noted?.[2]?.trim() ?? '';
  const flag = /^(?:required|optional)$/i.test(note) ? (note.toLowerCase() as 'required' | 'optional') : undefined;
  return {
    kind: 'placeholder',
    type: type.toLowerCase(),
    ...(flag ? { flag } : {}),
    ...(note && !flag ? { description: note } : {}),
  };
}

function typeWordsOnly(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.every(isBareTypeWord) &&
    !words.every((word) => /^(?:of|or|required|optional|nullable)$/i.test(word))
  );
}

/** `<string>`, `#integer#`: a placeholder's marks around its words (typed when they are type words). */
function marked(text: string): Placeholder | undefined {
  const inner = /^<([^<>\n]{1,40})>$|^#([\w ]{1,40})#$/.exec(text);
  if (!inner) return undefined;
  return placeholderOf(inner[1] ?? inner[2]!) ?? { kind: 'placeholder' };
}

function parse(text: string): Node | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const parser = new Parser(text);
  try {
    parser.space();
    const node = parser.value(0);
    parser.space();
    // `];` closing the sketch as a statement.
    if (text[parser.at] === ';') {
      parser.at++;
      parser.space();
    }
    return parser.at === text.length && node.kind !== 'placeholder' ? node : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the text is JSON as it is. */
/** The JSON value `text` is, once parsed (`undefined` where it is none). */
function parsedJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

class Failure extends Error {}

/** `...` (`....` too), `…`, `{...}`, `[...]`. */
const ELISION = /\.{3,}|…|\{[ \t]*(?:\.{3,}|…)[ \t]*\}|\[[ \t]*(?:\.{3,}|…)[ \t]*\]/y;
/** `{shelf_id}`: a placeholder that states no type. */
const NAME_PLACEHOLDER = /\{[ \t]*[A-Za-z_][\w.-]{0,60}[ \t]*\}/y;
const LINE_COMMENT = /[ \t]*,?[ \t]*\/\/[ \t]*([^\n]*)/y;
/** An unquoted key: a name, or a placeholder for any key (`{<featureName>: <Boolean>}`, `{room}`, `:lamp`). */
const IDENTIFIER = /[A-Za-z_$][\w$-]{0,200}|<[A-Za-z_][\w .-]{0,200}>|\{[A-Za-z_][\w.-]{0,200}\}|:[A-Za-z_][\w-]{0,200}/y;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || code === 0xfeff;
}

class Parser {
  at = 0;
  constructor(private readonly text: string) {}

  /** The match of a sticky pattern right here (nothing consumed). */
  sticky(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    return pattern.exec(this.text);
  }

  /** Skips blanks and comments. */
  space(): void {
    const text = this.text;
    for (;;) {
      while (this.at < text.length && isSpace(text.charCodeAt(this.at))) this.at++;
      if (text.startsWith('//', this.at)) {
        const end = text.indexOf('\n', this.at);
        this.at = end < 0 ? text.length : end;
      } else if (text.startsWith('/*', this.at)) {
        const end = text.indexOf('*/', this.at + 2);
        if (end < 0) throw new Failure();
        this.at = end + 2;
      } else return;
    }
  }

  /** `...`, `…`, `{...}`, `[...]`: what the page left out. */
  elision(): boolean {
    const match = this.sticky(ELISION);
    if (!match) return false;
    this.at += match[0].length;
    return true;
  }

  value(depth: number): Node {
    if (depth > MAX_DEPTH) throw new Failure();
    const c = this.text[this.at];
    if (c === '{') {
      const placeholder = this.sticky(NAME_PLACEHOLDER);
      if (placeholder) {
        this.at += placeholder[0].length;
        return { kind: 'placeholder' };
      }
      return this.nullable(this.object(depth));
    }
    if (c === '[') return this.nullable(this.array(depth));
    if (c === '"' || c === "'") {
      const value = this.string();
      // `"<integer>"` is a placeholder; `"<br>"` or `"<your token>"` in quotes may be a value as written.
      const placeholder = value.startsWith('<') || value.startsWith('#') ? marked(value) : undefined;
      if (placeholder?.type) return placeholder;
      const asType = value.length <= 60 && /^[A-Za-z]/.test(value) ? placeholderOf(value) : undefined;
      return asType ? { kind: 'value', value, asType } : { kind: 'value', value };
    }
    return this.word(depth > 0);
  }

  object(depth: number): Extract<Node, { kind: 'object' }> {
    this.at++;
    const members: Array<[string, Node]> = [];
    for (;;) {
      this.space();
      if (this.text[this.at] === '}') {
        this.at++;
        return { kind: 'object', members };
      }
      if (this.elision()) {
        this.separator('}');
        continue;
      }
      const key = this.text[this.at] === '"' || this.text[this.at] === "'" ? this.string() : this.identifier();
      // `ucid?: String` (TypeScript's way): a member that may be left out.
      const optional = this.text[this.at] === '?';
      if (optional) this.at++;
      this.space();
      if (this.text[this.at] !== ':') throw new Failure();
      this.at++;
      this.space();
      const value = this.value(depth + 1);
      if (optional && value.kind === 'placeholder' && !value.flag) value.flag = 'optional';
      members.push([key, value]);
      // `"pages": Integer, // How many pages`: the note on the field's line is its description.
      const note = this.lineComment();
      if (note && value.kind === 'placeholder' && !value.description) value.description = note;
      this.separator('}');
    }
  }

  /** The words of a `//` comment after a member on its line (its comma before it or not). */
  lineComment(): string | undefined {
    const match = this.sticky(LINE_COMMENT);
    const words = match?.[1]?.trim();
    return words || undefined;
  }

  array(depth: number): Extract<Node, { kind: 'array' }> {
    this.at++;
    const items: Node[] = [];
    for (;;) {
      this.space();
      if (this.text[this.at] === ']') {
        this.at++;
        return { kind: 'array', items };
      }
      if (!this.elision()) items.push(this.value(depth + 1));
      this.separator(']');
    }
  }

  /** `{ … }?`: a container that may be null. */
  nullable(node: Extract<Node, { kind: 'object' | 'array' }>): Node {
    if (this.text[this.at] !== '?') return node;
    this.at++;
    node.nullable = true;
    return node;
  }

  /** A comma, or the closing mark next; a line break alone where a member or an item follows on the next line (a comma left out). */
  separator(close: string): void {
    const from = this.at;
    this.space();
    if (this.text[this.at] === ',') this.at++;
    else if (this.text[this.at] !== close && !this.text.slice(from, this.at).includes('\n')) throw new Failure();
  }

  identifier(): string {
    const match = this.sticky(IDENTIFIER);
    if (!match) throw new Failure();
    this.at += match[0].length;
    return match[0];
  }

  /** A string in quotes of `"`, or of `'` (its `\'` a quote, its `"` one as written; other escapes as JSON's). */
  string(): string {
    const text = this.text;
    const quote = text[this.at]!;
    let end = this.at + 1;
    while (end < text.length && text[end] !== quote) {
      if (text[end] === '\n') throw new Failure();
      end += text[end] === '\\' ? 2 : 1;
    }
    if (end >= text.length) throw new Failure();
    const body = text.slice(this.at + 1, end);
    const json =
      quote === '"'
        ? body
        : body.replace(/\\(.)|"/g, (mark, escaped?: string) => (escaped === undefined ? '\\"' : escaped === "'" ? "'" : mark));
    const value = JSON.parse(`"${json}"`) as string;
    this.at = end + 1;
    return value;
  }

  /**
   * A number, `true`, `false`, `null`, or a placeholder's words up to the value's end (`,`, `}`,
   * `]`, a line end or a comment); `inside` an object or array, a bare word that is none of these
   * (`g.s8oes9dhwrvt0zif`, `ok`) is the string it spells.
   */
  word(inside: boolean): Node {
    const text = this.text;
    let end = this.at;
    let parens = 0;
    while (end < text.length) {
      const c = text[end]!;
      if (c === '(') parens++;
      else if (c === ')') parens--;
      else if (c === '\n' || (parens <= 0 && (c === ',' || c === '}' || c === ']')) || text.startsWith('//', end)) break;
      end++;
    }
    const words = text.slice(this.at, end).trim();
    if (!words) throw new Failure();
    this.at = end;
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(words)) {
      const value = Number(words);
      return words.includes('.') && Number.isInteger(value) ? { kind: 'value', value, written: words } : { kind: 'value', value };
    }
    if (words === 'true' || words === 'false') return { kind: 'value', value: words === 'true' };
    if (words === 'null') return { kind: 'value', value: null };
    const placeholder = marked(words) ?? placeholderOf(words);
    if (placeholder) return placeholder;
    if (inside && BARE_WORD.test(words)) return { kind: 'value', value: words };
    throw new Failure();
  }
}
