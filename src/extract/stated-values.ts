/**
 * The values a description states a string takes (`withStatedValues`): a string whose row lists its
 * values is an enum of them.
 */
import type { Schema } from '../ir/types.js';
import { numericValues } from './numeric-values.js';
import { translatedValues } from './translated-values.js';

/**
 * The values a description states a string takes: "One of: `active`, `paused`", "Possible values
 * `branch`, `tag`, `all`", "Can be one of `none`, `started` or `finished`", "Allowed values are:
 * `ssh`, `http`, and `nil`", "Possible values: `new` | `used`", "Available options: `en`, `de`"
 * (Mintlify's words under a field) — code spans only, two or more,
 * nothing else in the list. "One of `body` or `resolved` must be set" names fields, not values.
 * Where the type word itself is `enum` (`| format | ENUM | Allowed values: en, fr, de |`, `enum<string>`), or an
 * `Enum:` label announces them (`Sort order. Enum: asc, desc.`, as OpenAPI renderers label a schema's
 * `enum`), the values may be written bare: words the list holds and nothing else, up to the
 * sentence's end. An `Options:` label lists them as "Possible values:" does (`` Options: `asc`, `desc` ``).
 */
const VALUES_PHRASE = String.raw`\b(?:(?:can|must)\s+be\s+)?(?:one\s+of(?:\s+the\s+following)?|(?:possible|allowed|valid|accepted|supported|available)\s+(?:values|options)(?:\s+are)?|(?:enum(?:erated)?(?:\s+values)?|options)(?=\s*:))\s*:?\s*`;
/** `Enum:` (`Enum values:`, `Enumerated values:`) labelling the values, as OpenAPI renderers write them: the values may be bare, as under an `enum` type word. */
const ENUM_LABEL = /\benum(?:erated)?(?:\s+values)?\s*:/i;
/** Code spans parted by commas, `and`/`or` or pipes: `` `a`, `b` or `c` ``, `` `new` | `used` ``. */
const CODE_LIST = String.raw`((?:\`[^\`\n]+\`\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+|\\?\|\s*)?){2,64})`;
/** Words after a list that say it is partial: `` `a`, `b`, … ``, `etc.`, "and more", "or others". */
const PARTIAL = String.raw`[\s,]*(?:…|\.\.\.|etc\b|(?:and|or)\s+(?:more|others|so\s+on)\b)`;
const STATED_VALUES = new RegExp(
  VALUES_PHRASE + CODE_LIST + String.raw`(?!\s*(?:must|is|are|should)\b|[\s,]*(?:(?:and|or)\s+)?\`|${PARTIAL})`,
  'i',
);
/**
 * "Can be either `pending` or `done`", "Must be `left` or `right`.", "Either `asc` or `desc`.",
 * "Can be `private`, `internal`, or `public`.": the values close the sentence. "Can be either `open`
 * or `closed`, or empty" says more than the values, "Use either `id` or `name` to find it" speaks of
 * fields: neither is read.
 */
const EITHER_VALUES = new RegExp(
  String.raw`\b(?:(?:can|must)\s+be(?:\s+either)?|either)\s+` + CODE_LIST + String.raw`(?<=\`)[ \t]*(?=[.;]?[ \t]*(?:\r?\n|$)|[.;][ \t]+)`,
  'i',
);
/**
 * A short name of what the value is, a comma, then the values in code closing the sentence, the last
 * after "or": "Type of lamp to list, `desk-lamp` or `floor-lamp`", "Shade, `linen`, `paper` or
 * `glass`.". The name holds no code, comma or colon, so "Mood, e.g. `calm` or `bright`" (examples)
 * and "Bulb, `e27` or `e14` or others" (a partial list) are not read.
 */
const CLAUSE_VALUES = new RegExp(
  String.raw`^[ \t]*[A-Za-z][^\`,:;\n]{0,79},[ \t]+(?=(?:\`[^\`\n]+\`[ \t]*,[ \t]*)*\`[^\`\n]+\`,?[ \t]+or[ \t]+\`[^\`\n]+\`[ \t]*(?:[.;]?[ \t]*(?:\r?\n|$)|[.;][ \t]+))` +
    CODE_LIST +
    String.raw`(?<=\`)[ \t]*(?=[.;]?[ \t]*(?:\r?\n|$)|[.;][ \t]+)`,
  'i',
);
/**
 * A short name of what the value is, then the values in code parted by `|` (spaced as written)
 * closing the description: "Kind of lamp `desk-lamp`| `floor-lamp` | `wall-lamp`.", as Umami's
 * reference writes them. The name holds no code, comma, colon or full stop ("Mood, e.g. `calm` |
 * `bright`" gives examples), and nothing follows the values.
 */
const PIPED_VALUES = /^[ \t]*[A-Za-z][^`,:;.\n|]{0,79}?[ \t]((?:`[^`\n|]+`[ \t]*\\?\|[ \t]*){1,63}`[^`\n|]+`)[ \t]*\.?[ \t]*$/;
/** A description that is the values alone, in code: `` `paid` or `open` ``, `` `asc`, `desc`. ``, `` `new` | `used` ``. */
const ALONE_VALUES = new RegExp(String.raw`^\s*` + CODE_LIST + String.raw`(?<=\`)\s*(?:\.\s*)?$`);
/** Bare values after the phrase, closing the sentence: `en, fr, de.` (the sentence's period no part of `de`; `v1.2` keeps its dot), `low | high`, `draft or final`. */
const BARE_VALUES = new RegExp(
  VALUES_PHRASE +
    String.raw`([\w-]+(?:\.[\w-]+)*(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*\\?\|[ \t]*)[\w-]+(?:\.[\w-]+)*){1,63})[ \t]*(?:[.;)]?[ \t]*(?:\r?\n|$)|\.[ \t]+(?=[A-Z]))`,
  'i',
);
/**
 * Bare values after a label and its colon that close the description, on a string of no `enum` type
 * word: "Sort order. Options: asc, desc.", "Allowed values: matte, gloss" (two or more words parted
 * by commas, `and`/`or` or pipes, nothing after them but a period). Words after them ("Options: asc,
 * desc. Defaults to asc.") or a label without its colon leave the string as it is.
 */
const CLOSING_BARE_VALUES = new RegExp(
  String.raw`\b(?:options|(?:possible|allowed|valid|accepted|supported|available)[ \t]+(?:values|options))[ \t]*:[ \t]*` +
    String.raw`([\w-]+(?:\.[\w-]+)*(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*\\?\|[ \t]*)[\w-]+(?:\.[\w-]+)*){1,63})[ \t]*\.?\s*$`,
  'i',
);
/**
 * Values in double quotes, as apiDoc's template lists them (`Allowed values: "small","huge"`), prose
 * does (`Allowed values are "name", or "-name".`) and Redoc shows them (`Enum: "available" "sold"`).
 */
const QUOTED_VALUES = new RegExp(
  VALUES_PHRASE +
    String.raw`("[^"\n]+"(?:(?:[ \t]*,[ \t]*(?:(?:or|and)[ \t]+)?|[ \t]+(?:or|and)[ \t]+|[ \t]+)"[^"\n]+"){1,63})[ \t]*\.?[ \t]*(?:\r?\n|$)`,
  'i',
);
/** The type word `enum` (`ENUM`, `enumeration`), or `enum<string>` as resource pages write it: its values may be bare. */
const ENUM_WORD = /^\s*(?:enum|enumeration)(?:<string>)?\s*$/i;
/**
 * A short name of the thing, then its values in parentheses parted by `|`, and nothing else: "Time
 * unit (year | month | hour | day).", "Sort order (`asc` | `desc`)". A longer sentence ("Unique value,
 * depending on metric type (url | referrer)") speaks of something else's values, and a type word or
 * a flag among them (`(integer | string)`, `(string | optional)`) makes them types, not values.
 */
const PARENTHESISED_VALUES =
  /^([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}) \(((?:`[^`|\n]+`|[\w.-]+)(?: ?\\?\| ?(?:`[^`|\n]+`|[\w.-]+)){1,63})\)\.?$/;
const NO_VALUE =
  /^(?:string|str|text|integer|int(?:32|64)?|long|number|float|double|decimal|boolean|bool|object|array|list|map|null|nil|none|optional|required|deprecated|default)$/i;

function parenthesisedValues(description: string): string[] | undefined {
  const list = PARENTHESISED_VALUES.exec(description.trim())?.[2];
  const values = list?.split(/ ?\\?\| ?/).map((value) => value.replace(/^`|`$/g, '').trim());
  return values?.some((value) => NO_VALUE.test(value)) ? undefined : values;
}

/**
 * Values on lines of their own that close the description, each a code span and its meaning after a
 * colon (Shopify's `(default: any)<br>`published`: Show only published shelves.<br>`any`: Show all
 * shelves.`): two or more, every line after the first of them one.
 */
const VALUE_LINE = /^`([^`\n]+)`:[ \t]+\S/;

function labelledValues(description: string): string[] | undefined {
  if (!description.includes('`:')) return undefined;
  const lines = description
    .split(/\r?\n|<br\s*\/?>/i)
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines.findIndex((line) => VALUE_LINE.test(line));
  if (first < 1) return undefined;
  const values = lines.slice(first).map((line) => VALUE_LINE.exec(line)?.[1]);
  return values.length >= 2 && values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** A line break a table cell writes (`<br>`, `<br/>`): a cell's lines are read as a description's lines. */
const CELL_BREAK = /<br\s*\/?>/gi;

export function withStatedValues(schema: Schema, written: string | undefined, typeText?: string): Schema {
  // `Possible values:<br>`on`<br>`off`` (a cell's lines, one value each): the values the lines list.
  const description = written?.includes('<') ? written.replace(CELL_BREAK, '\n') : written;
  // `expand (array)` — "Possible values: `planters`, `owner`.": the values its items take.
  if (description && schema.kind === 'array' && (schema.items.kind === 'string' || schema.items.kind === 'unknown')) {
    const items = withStatedValues({ kind: 'string' }, description);
    return items.kind === 'enum' ? { ...schema, items } : schema;
  }
  // A value of no stated type whose words list its values in code, every one a word (WordPress's
  // `One of: <code>publish</code>, <code>draft</code>`): a string of them.
  if (description && schema.kind === 'unknown') return untypedValues(schema, description);
  // `| level | integer | One of: `0`, `1` |`: numbers of the field's kind (`numericValues`).
  if (description && (schema.kind === 'integer' || schema.kind === 'number') && description.includes('`')) {
    const list = STATED_VALUES.exec(description)?.[1] ?? EITHER_VALUES.exec(description)?.[1];
    const values = list ? [...list.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!.trim()) : [];
    return numericValues(schema, values) ?? schema;
  }
  if (!description || schema.kind !== 'string' || schema.format !== undefined) return schema;
  // "either 'asc' or 'desc'", "Allowed values: 'matte','gloss'": values in single quotes, as code.
  const coded = description.includes("'") ? quotedAsCode(description) : description;
  const list =
    STATED_VALUES.exec(coded)?.[1] ??
    EITHER_VALUES.exec(coded)?.[1] ??
    ALONE_VALUES.exec(coded)?.[1] ??
    CLAUSE_VALUES.exec(coded)?.[1] ??
    PIPED_VALUES.exec(coded)?.[1];
  const enumerated = (typeText !== undefined && ENUM_WORD.test(typeText)) || ENUM_LABEL.test(description);
  const bare = list ? undefined : enumerated ? BARE_VALUES.exec(description)?.[1] : CLOSING_BARE_VALUES.exec(description)?.[1];
  const quoted = list || bare ? undefined : QUOTED_VALUES.exec(description)?.[1];
  const parenthesised =
    list || bare
      ? undefined
      : quoted
        ? [...quoted.matchAll(/"([^"\n]+)"/g)].map((match) => match[1]!)
        : (parenthesisedValues(description) ?? labelledValues(description) ?? translatedValues(description));
  if (!list && !bare && !parenthesised) return schema;
  const values =
    parenthesised ??
    (list
      ? [...list.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!.trim())
      : bare!.split(/\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\\?\|\s*)/).map((value) => value.trim()));
  if (values.length < 2 || new Set(values).size !== values.length) return schema;
  const { kind: _kind, format, minLength, maxLength, pattern, contentMediaType, contentEncoding, ...base } = schema;
  // A constrained string, or a default outside the values, is not what the list describes alone.
  if ([format, minLength, maxLength, pattern, contentMediaType, contentEncoding].some((value) => value !== undefined)) return schema;
  if (base.default !== undefined && !values.includes(String(base.default))) return schema;
  return { ...base, kind: 'enum', base: 'string', values: values.map((value) => ({ value })) };
}

/**
 * Two or more values in single quotes parted by commas, `and`/`or` or pipes (`'asc','desc'`, `'a',
 * 'b' or 'c'`), each quote mark at a word's edge (`the lamp's 'plug'` holds no list): written as code
 * spans, so that the lists of values in code read them.
 */
const QUOTED_LIST =
  /(?<![\w'`])'[^'\s`][^'\n`]{0,79}'(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*\|[ \t]*)'[^'\s`][^'\n`]{0,79}'){1,63}(?![\w'])/g;

function quotedAsCode(description: string): string {
  return description.replace(QUOTED_LIST, (list) => list.replace(/'([^'\n`]+)'/g, '`$1`'));
}

/** A word a string takes, not a number or a literal of another type. */
const WORD_VALUE = /^(?!(?:true|false|null)$)[A-Za-z_][\w.-]*$/;

function untypedValues(schema: Extract<Schema, { kind: 'unknown' }>, description: string): Schema {
  const list = STATED_VALUES.exec(description)?.[1] ?? PIPED_VALUES.exec(description)?.[1];
  const values = list ? [...list.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!.trim()) : [];
  if (values.length < 2 || new Set(values).size !== values.length || !values.every((value) => WORD_VALUE.test(value))) return schema;
  const { kind: _kind, ...base } = schema;
  if (base.default !== undefined && !values.includes(String(base.default))) return schema;
  return { ...base, kind: 'enum', base: 'string', values: values.map((value) => ({ value })) };
}
