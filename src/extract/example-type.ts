/**
 * The type an example value shows, for rows whose table has an example column but no type column
 * (`| Key | Example Value | Description |`): what the docs show a caller sending.
 *
 *     `false` → boolean    `50` → integer    `0.5`, `13.0` → number    `["a", "b"]` → array of string
 *     `[13.0, 2]` → array of number (a whole number written with a fraction is a number, as in samples)
 *     `{ twitter: '@x' }` → object          `BsNr28znDkG8aeo7W` → string
 *     `{room="attic"}` → nothing (braces round no key and colon: a selector, no object)
 *     `true` or `false` → boolean           (alternatives: their type, when they agree)
 *     `{{apiKey}}` · `<token>` · `${TOKEN}` · `[FILE-ID]` → nothing (a placeholder shows no value)
 *
 * No format is read from an example (`2024-01-01` stays a string: the docs did not say date).
 *
 * Also what a row states of its values besides its type: the default of a Default column or of
 * its description (`withStatedDefault`, `typeOfDefault`, `describedDefault`); the values a
 * description lists are `stated-values.ts`'s.
 */
import type { JsonValue, Schema } from '../ir/types.js';
import { wholeFractions } from './json-fractions.js';

export function schemaOfExample(text: string): Schema | undefined {
  const value = text.trim();
  // A placeholder (`{{apiKey}}`, `<token>`, `${TOKEN}`) shows no value.
  if (!value || isPlaceholder(value)) return undefined;
  if (!/^[[{]/.test(value) && ALTERNATIVES.test(value)) return agreeing(value.split(ALTERNATIVES).map(schemaOfExample));
  if (value === 'true' || value === 'false') return { kind: 'boolean' };
  if (/^-?\d+$/.test(value)) return { kind: 'integer' };
  if (/^-?\d+\.\d+$/.test(value)) return { kind: 'number' };
  if (value.startsWith('[')) return { kind: 'array', items: itemsOf(value) };
  if (value.startsWith('{')) return OBJECT_OPENING.test(value) ? { kind: 'map', values: { kind: 'unknown' } } : undefined;
  return { kind: 'string' };
}

/**
 * An object's opening: `{}` or a first key then its colon (`{ twitter: '@x' }`, `{"a": 1}`). Braces
 * round anything else (a selector, `{room="attic", color="red"}`; a template, `{lamp_id}`) show no object.
 */
const OBJECT_OPENING = /^\{\s*(?:\}|"[^"\n]*"\s*:|'[^'\n]*'\s*:|[\w$-]+\s*:)/;

const PLACEHOLDER = /^(?:\{\{[^{}]*\}\}|<[^<>]+>|\$\{[^{}]*\}|:[A-Za-z_]\w*)$/;

/**
 * Words in brackets, no list of anything (`[FILE-ID]`, `[PROJECT_ID]`, `[chunk data]`); `[1]`, `[true]`,
 * `["a"]` are JSON arrays, and `['http://…']` a list in a script's quotes.
 */
const BRACKETED = /^\[[^[\]{}"',]+\]$/;

/** A placeholder where a value would stand: it shows no value, nor a type (a bracketed one no array). */
function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  if (!BRACKETED.test(value) || !/[A-Za-z]/.test(value)) return false;
  try {
    JSON.parse(value);
    return false;
  } catch {
    return true;
  }
}

/** `a or b`, `a, b`: the separators of an example cell that shows alternatives. */
const ALTERNATIVES = /\s+or\s+|,\s+/i;

/** The alternatives' one scalar type, or undefined when they differ (the cell shows no one type). */
function agreeing(schemas: ReadonlyArray<Schema | undefined>): Schema | undefined {
  const kinds = new Set(schemas.map((schema) => schema?.kind));
  const [kind] = kinds;
  return kinds.size === 1 && (kind === 'boolean' || kind === 'integer' || kind === 'number' || kind === 'string') ? { kind } : undefined;
}

function itemsOf(text: string): Schema {
  try {
    const parsed: unknown = JSON.parse(text);
    const first = Array.isArray(parsed) ? parsed[0] : undefined;
    if (typeof first === 'string') return { kind: 'string' };
    if (typeof first === 'boolean') return { kind: 'boolean' };
    // `[13.0, 2]`: a number written with a fraction is one, as `4.5` is (JSON reads it as 13).
    if (typeof first === 'number')
      return Number.isInteger(first) && !wholeFractions(text).includes('/0') ? { kind: 'integer' } : { kind: 'number' };
  } catch {
    // Not JSON: the items are not shown.
  }
  return { kind: 'unknown' };
}

/**
 * The type a Default cell's value shows (`false` → boolean, `20` → integer, `["http", "https"]` →
 * array of string), for a row no type or example types.
 */
export function typeOfDefault(text: string): Schema | undefined {
  const value = text.trim();
  const list = listOf(value);
  if (list) {
    const fractions = new Set(wholeFractions(value));
    const items = list.map((item, index) => (fractions.has(`/${index}`) ? ({ kind: 'number' } as const) : scalarSchema(item)));
    return { kind: 'array', items: agreeing(items) ?? { kind: 'unknown' } };
  }
  if (NO_DEFAULT.test(value) || ALTERNATIVES.test(value)) return undefined;
  const schema = schemaOfExample(value);
  return schema && (schema.kind === 'boolean' || schema.kind === 'integer' || schema.kind === 'number') ? schema : undefined;
}

/** A default written as a JSON list of scalars (`["GET","POST"]`, `[ ]`, `[1, 2]`): its values; undefined for anything else. */
function listOf(value: string): JsonValue[] | undefined {
  if (!/^\[[^[\]{}]*\]$/.test(value)) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as JsonValue[]) : undefined;
  } catch {
    return undefined;
  }
}

function scalarSchema(value: JsonValue): Schema | undefined {
  if (typeof value === 'string') return { kind: 'string' };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  return typeof value === 'number' ? { kind: Number.isSafeInteger(value) ? 'integer' : 'number' } : undefined;
}

/** Whether a default's value is one the schema takes (`"GET"` for a string, `5` for an integer); an untyped schema takes any. */
function fits(schema: Schema, value: JsonValue): boolean {
  switch (schema.kind) {
    case 'unknown':
      return true;
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'enum':
      return schema.values.some((member) => member.value === value);
    default:
      return false;
  }
}

/** A Default cell that states no default: empty, a dash, `none`, `n/a`, `null`, Discord's `absent` (the field left out). */
const NO_DEFAULT = /^(?:|-+|—|–|none|n\/a|null|nil|empty|no default|not set|unset|absent|omitted)$/i;

/**
 * `schema` with the default its Default cell states (`| include_cats | false | … |`), when the
 * value is one of the schema's: `true`/`false` for a boolean, a number for an integer or number, a
 * quoted text or one word for a string (a sentence there is prose: "the current user"), one of the
 * values of an enum. Anything else states no default the output could carry.
 */
export function withStatedDefault(schema: Schema, text: string): Schema {
  const value = text.trim();
  if (NO_DEFAULT.test(value)) return schema;
  const stated = defaultOf(schema, value);
  if (stated === undefined) return schema;
  // An `Array` row that states no item type, its default `["push"]`: the items the values agree on, as an untyped row's are.
  if (schema.kind === 'array' && schema.items.kind === 'unknown' && !schema.prefixItems) {
    const shown = typeOfDefault(value);
    if (shown?.kind === 'array' && shown.items.kind !== 'unknown') return { ...schema, items: shown.items, default: stated };
  }
  return { ...withoutContradictedFormat(schema, stated), default: stated };
}

/** ISO 8601's duration (`P1D`, `PT10S`, `P1Y2M`): what the `duration` format means. */
const ISO_DURATION = /^P(?=\d|T\d)(?:\d+(?:[.,]\d+)?[YMWD])*(?:T(?:\d+(?:[.,]\d+)?[HMS])+)?$/;

/**
 * `schema` without its `duration` format where the docs' own value is no ISO 8601 duration: a type
 * word `duration` over `"10s"` or `5m` (Go's, HashiCorp's durations) states a text, not the format a
 * validator would hold the value to (before, `z.iso.duration()` refused the docs' own default).
 */
function withoutContradictedFormat(schema: Schema, value: JsonValue): Schema {
  if (schema.kind !== 'string' || schema.format !== 'duration' || typeof value !== 'string' || ISO_DURATION.test(value)) return schema;
  const { format: _, ...rest } = schema;
  return rest;
}

/**
 * `schema` with the example value an Example (or Postman's Value) cell shows, when the value is one
 * of the schema's, as a Default cell's is (`20` for an integer, one word or a quoted text for a
 * string), or JSON an array or object schema takes (`["a", "b"]`); a placeholder (`{{apiKey}}`,
 * `<token>`), a type word (`string`) or alternatives (`` `true` or `false` ``, `a, b`) show no one value.
 */
export function withStatedExample(schema: Schema, text: string): Schema {
  const value = text.trim();
  if (!value || isPlaceholder(value) || (!/^[[{]/.test(value) && ALTERNATIVES.test(value))) return schema;
  const example = /^[[{]/.test(value) ? jsonOf(schema, value) : defaultOf(schema, value);
  // A piece of JSON cut from its object (`"tags":["a"]`) is no value of the field.
  if (example === undefined || (typeof example === 'string' && example.includes('"')) || sketched(example)) return schema;
  return { ...withoutContradictedFormat(schema, example), examples: [example] };
}

/** A type word where a value would stand (`string`, `integer`: a Value column of types, a sketch's placeholder): no value. */
const TYPE_WORD =
  /^(?:string|str|text|integer|int|long|number|float|double|decimal|boolean|bool|object|array|date|datetime|timestamp|null)$/i;

/** A value made of type words only (`string`, `["string"]`, `{"id": "integer"}`): a sketch of the type, no example of it. */
function sketched(value: JsonValue): boolean {
  if (typeof value === 'string') return TYPE_WORD.test(value);
  if (Array.isArray(value)) return value.length > 0 && value.every(sketched);
  if (value !== null && typeof value === 'object') {
    const values = Object.values(value);
    return values.length > 0 && values.every(sketched);
  }
  return false;
}

/** A JSON array or object written in a cell, where the schema is of that shape. */
function jsonOf(schema: Schema, value: string): JsonValue | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (Array.isArray(parsed)) return schema.kind === 'array' || schema.kind === 'unknown' ? (parsed as JsonValue) : undefined;
  const object = parsed !== null && typeof parsed === 'object';
  return object && (schema.kind === 'object' || schema.kind === 'map' || schema.kind === 'unknown') ? (parsed as JsonValue) : undefined;
}

function defaultOf(schema: Schema, value: string): JsonValue | undefined {
  switch (schema.kind) {
    case 'boolean':
      return /^(?:true|false)$/i.test(value) ? value.toLowerCase() === 'true' : undefined;
    case 'integer':
      return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
    case 'number':
      return /^-?\d+(?:\.\d+)?$/.test(value) && Number.isFinite(Number(value)) ? Number(value) : undefined;
    case 'string': {
      const quoted = /^(["'])(.*)\1$/.exec(value);
      if (quoted) return quoted[2];
      return /^\S+$/.test(value) ? value : undefined;
    }
    case 'unknown': {
      // A row no word types: the value as written (`false`, `20`, `5m`, a quoted text, a JSON list).
      const list = listOf(value);
      if (list) return list;
      if (/^(?:true|false)$/i.test(value)) return value.toLowerCase() === 'true';
      if (/^-?\d+(?:\.\d+)?$/.test(value) && Number.isFinite(Number(value))) return Number(value);
      const quoted = /^(["'])(.*)\1$/.exec(value);
      if (quoted) return quoted[2];
      return /^[^\s"'`]+$/.test(value) ? value : undefined;
    }
    case 'enum': {
      const unquoted = value.replace(/^(["'])(.*)\1$/, '$2');
      return schema.values.find((member) => String(member.value) === unquoted)?.value;
    }
    case 'array': {
      // A list of the items' values (`["http", "https"]` for an array of string); anything else is no default of the array.
      const list = listOf(value);
      return list?.every((item) => fits(schema.items, item)) && !schema.prefixItems ? list : undefined;
    }
    case 'union': {
      // `(int or duration format string: 30)`: the value of a variant that takes it, a string's last
      // (a bare `30` is the integer's, `"30s"` and `5m` the string's).
      const variants = [...schema.variants.filter((v) => v.kind !== 'string'), ...schema.variants.filter((v) => v.kind === 'string')];
      for (const variant of variants) {
        const stated = variant.kind === 'union' ? undefined : defaultOf(variant, value);
        if (stated !== undefined) return stated;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The default a description states, for a row with no Default cell: "Default: `30`", "Default is
 * `false`", "Defaults to `20`.", "(default: 100)", "(default `1`)", "Default: ["http", "https"]",
 * "The default is **false**.", "Defaults to **50**." — a code span, a number, `true`/`false`, a JSON
 * list, or one word in bold (`**…**`, `__…__`) that closes the clause, or that `and` follows, the
 * bold marking where the value ends ("Default is **0** and search all"; "Defaults to **not** set" none)
 * (never prose: "Defaults to the current user", "Defaults to 6 months ago" state no value the
 * output could carry; "defaults to `false` for authenticated users, `true` for admin" none that
 * holds for every caller, nor two clauses stating different ones, "`MARKET` and `LIMIT` orders
 * default to `FULL`, all other orders default to `ACK`"). Within a paragraph, and never a value that labels what follows it
 * ("`0`: System default ⏎⏎ `1`: 12-hour clock" states no default).
 */
/** Space within a paragraph: a line break, never a blank line. */
const SPACE = String.raw`(?:[ \t]|\r?\n(?![ \t]*\r?\n))`;
const DESCRIBED_DEFAULT = new RegExp(
  String.raw`\bdefaults?(?:${SPACE}+value)?(?:${SPACE}+is|${SPACE}+to|${SPACE}*[:=])?${SPACE}*` +
    String.raw`(?:\`([^\`\n]+)\`|(-?\d+(?:\.\d+)?|true|false)(?=\s*(?:[.,;)|<]|$))|(\[[^[\]{}\n]*\])|(?:\*\*([^*\s]+)\*\*|__([^_\s]+)__)(?=\s*(?:[.,;)|<]|and\b|$)))(?![ \t]*:)(?!\s*,?\s*(?:for|if|when|unless|except|on|in)\b)`,
  'i',
);

/** Every default the description states ("Defaults to `20`."), in order; at most a few (a description states one or two). */
function describedDefaults(description: string): string[] {
  if (!/default/i.test(description)) return [];
  const values: string[] = [];
  EVERY_DESCRIBED_DEFAULT.lastIndex = 0;
  for (let match = EVERY_DESCRIBED_DEFAULT.exec(description); match; match = EVERY_DESCRIBED_DEFAULT.exec(description)) {
    values.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]!);
    if (values.length >= MAX_DEFAULTS) break;
  }
  return values;
}

const EVERY_DESCRIBED_DEFAULT = new RegExp(DESCRIBED_DEFAULT.source, 'gi');

/** Defaults read from one description at most: two that differ already say none holds for every caller. */
const MAX_DEFAULTS = 8;

/**
 * A line of its own that states the default, as apiDoc's template writes it
 * (`_Default value: title_`): the one word after the label is the value, whatever its type.
 */
const DEFAULT_LINE = /^[ \t]*default value:[ \t]*([^\s`]+)[ \t]*$/im;

/**
 * An example the description states, one code span after an `Example:` label that closes it or
 * stands on a line of its own (Slack's argument entries: `_Example:_ \`C1234567890\``, also
 * `*Example:*`, `**Example:**` or no emphasis). A label over more words, or over several values,
 * states no one example.
 */
const DESCRIBED_EXAMPLE =
  /(?:^|\n|[.!?](?=[ \t]))[ \t]*[*_]{0,2}example[*_]{0,2}[ \t]*:[ \t]*(?:[*_]{1,2}[ \t]*)?`([^`\n]+)`[ \t]*(?=\r?\n|$)/i;

export function describedExample(description: string | undefined): string {
  return (description && DESCRIBED_EXAMPLE.exec(description)?.[1]) || '';
}

export function describedDefault(description: string | undefined): string {
  const stated = description ? describedDefaults(description) : [];
  // "`MARKET` and `LIMIT` order types default to `FULL`, all other orders default to `ACK`": each
  // default holds for some callers only, none for every one.
  if (stated.length > 0) return stated.every((value) => value === stated[0]) ? stated[0]! : '';
  const translated = description ? TRANSLATED_DEFAULT.exec(description) : null;
  if (translated) return translated[1] ?? translated[2] ?? translated[3]!;
  return (description && DEFAULT_LINE.exec(description)?.[1]) || '';
}

/**
 * The default said in another language, its label (no word's end: `功率默认值：40` too) then a colon (half- or full-width) and the
 * value: a code span, a number or `true`/`false` closing the clause — `默认值：40`, `（默认：\`asc\`）`,
 * `デフォルト: 40`, `初期値：false`, `기본값: 10`, `Valor por defecto: \`40\``, `Padrão: 1`, `Par défaut :
 * 20`, `Standardwert: \`de\``, `Predefinito: 5`, `По умолчанию: 10`; a code span right after a Chinese,
 * Japanese, Korean or Russian label needs no colon (`默认为 \`asc\``, `デフォルトは \`asc\``, `По умолчанию
 * \`10\``), the Latin labels being words of prose too. Words after it ("默认：当前用户") are none.
 */
const TRANSLATED_DEFAULT_LABEL =
  '(?:默认值|默认|缺省值|預設值|デフォルト値|デフォルト|初期値|既定値|기본값|디폴트|valor por defecto|por defecto|valor predeterminado|predeterminado|valor padrão|valor padrao|padrão|padrao|valeur par défaut|par défaut|standardwert|voreinstellung|valore predefinito|predefinito|значение по умолчанию|по умолчанию)';
const TRANSLATED_DEFAULT = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}])${TRANSLATED_DEFAULT_LABEL}(?:[ \t]*[:：=][ \t]*(?:\x60([^\x60\n]+)\x60|(-?\d+(?:\.\d+)?|true|false)(?=[ \t]*(?:[.,;)|<。，；）、]|$)))|(?<=默认|デフォルト|기본값|умолчанию)(?:为|是|は|은|는)?[ \t]*\x60([^\x60\n]+)\x60)`,
  'imu',
);
