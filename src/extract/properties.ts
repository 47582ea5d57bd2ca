/**
 * A property table (`Property Name | Type | Description`, plus optional `Required` / `ReadOnly`
 * columns) → an object schema, properties in documented order.
 */
import type { Nodes, Table } from 'mdast';
import { plainText } from '../document/plain-text.js';
import type { ObjectSchema, Property, Schema } from '../ir/types.js';
import { cellChildren, cellText, namedByPlaceholder, readTable, type TableRow, typeUnstated } from './columns.js';
import { withStatedConstraints } from './constraints.js';
import { type ExtractContext, sourceIn } from './context.js';
import {
  describedDefault,
  describedExample,
  schemaOfExample,
  typeOfDefault,
  withStatedDefault,
  withStatedExample,
} from './example-type.js';
import { bracketedNames, fieldPath, type PathTree, treeOfPaths } from './field-paths.js';
import { markedAnswer } from './marked-answers.js';
import { placeholderFieldsAsMaps } from './placeholder-keys.js';
import { markOf } from './required-marks.js';
import { withStatedValues } from './stated-values.js';
import { hasRequiredMarker, inlineSource } from './text.js';
import { schemaFromTypeText } from './type-text.js';

/** Yes in a Required (or Read-only) column; a check mark with or without its emoji variation selector (`✔️`). */
/** A Nullable column's yes (`TRUE`, `Yes`, `✓`, `nullable`). */
const NULLABLE = /^(?:yes|true|y|x|✓|✔|✅|☑|nullable)\uFE0F?\.?$/i;
/** Chinese and Japanese too: `是`, `はい`, and the circle Japanese tables mark yes with (`○`, `〇`, `◯`, `●`). */
/** Spanish, Portuguese, French, German and Italian too: `sí`, `sim`, `oui`, `ja`; Russian's `да`, `обязательно`; `так`, `tak`, `evet`, `ya`, `có`; Korean `예`, `네`. */
const YES =
  /^(?:yes|true|y|x|✓|✔|✅|☑|required|readonly|read-only|read only|\*|是|はい|○|〇|◯|●|sí|si|sì|sim|oui|ja|да|обязательно|обязательный|так|tak|evet|ya|có|wajib|예|네)\uFE0F?[.。]?$/i;

export function objectFromTable(table: Table, context: ExtractContext): ObjectSchema {
  const read = readTable(table, context);
  const properties: Property[] = [];
  const seen = new Set<string>();
  // One row named by a placeholder (`` `<field>` ``, `` `{key}` ``) stands for any key: the object's other keys.
  const keyed = read.rows.filter(namedByPlaceholder);
  const anyKey = keyed.length === 1 ? keyed[0] : undefined;
  let additionalProperties: Schema | undefined;
  for (const row of read.rows) {
    const property = propertyFromRow(row, read.roles.has('type'), context);
    if (property && row === anyKey && !/[.[\]»└├↳]/.test(property.name)) {
      additionalProperties = property.description ? { description: property.description, ...property.schema } : property.schema;
      continue;
    }
    if (!property) continue;
    // A nested name (`» id`) may stand under several parents: its path, not its name, is checked (nestPaths).
    const nested = /^\s*(?:»|└|├|↳)/.test(property.name);
    if (!nested && seen.has(property.name)) {
      context.diagnostics.report(
        'duplicate-property',
        row.source,
        `property "${property.name}" is documented twice; the first row is kept`,
      );
      continue;
    }
    seen.add(property.name);
    properties.push(property);
  }
  const object: ObjectSchema = {
    kind: 'object',
    properties: nestFollowing(nestPaths(properties, context), read.rows),
    source: read.source,
  };
  if (additionalProperties) object.additionalProperties = additionalProperties;
  // A nested field named by a placeholder (`labels[<label_name>]`) stands for any key of its object.
  return placeholderFieldsAsMaps(object);
}

/**
 * Properties whose names write nesting (`customer.name` under a `customer` row, `» name`,
 * `items[][sku]`: see `bracketedNames`) → properties of the objects (or array items) they name.
 * A table without such names is returned as it is.
 */
function nestPaths(properties: Property[], context: ExtractContext): Property[] {
  const paths = bracketedNames(properties.map((p) => ({ name: p.name, array: p.schema.kind === 'array' })));
  if (paths.every((path, index) => path === properties[index]!.name && fieldPath(path).length === 1)) return properties;
  const root = treeOfPaths(
    properties.map((property, index) => ({ path: paths[index]!, value: property })),
    (property) =>
      context.diagnostics.report(
        'duplicate-property',
        property.source ?? sourceIn(context, undefined),
        `property "${property.name}" is documented twice; the first row is kept`,
      ),
  );
  return propertiesOf(root);
}

function propertiesOf(node: PathTree<Property>): Property[] {
  return [...node.children].map(([name, child]) => ({ ...(child.value ?? { required: false }), name, schema: schemaOfPath(child) }));
}

function schemaOfPath(node: PathTree<Property>): Schema {
  const own = node.value?.schema;
  if (node.items) {
    const items =
      node.items.children.size > 0 || node.items.items
        ? schemaOfPath(node.items)
        : own?.kind === 'array'
          ? own.items
          : { kind: 'unknown' as const };
    return own?.nullable ? { kind: 'array', items, nullable: true } : { kind: 'array', items };
  }
  if (node.children.size === 0) return own ?? { kind: 'unknown' };
  const object: ObjectSchema = { kind: 'object', properties: propertiesOf(node) };
  // `?object`, `object?`: the row's own words say it may be null, whatever its fields.
  const nullable = own?.nullable ? { nullable: true } : {};
  return own?.kind === 'array' ? { kind: 'array', items: object, ...nullable } : { ...object, ...nullable };
}

/** "The object that includes the user information … with the following parameters." */
const FOLLOWING = /\bthe\s+following\b/i;
/** An example value that shows an object (`{ … }`, `"data": {}`). */
const OBJECT_EXAMPLE = /^(?:"[^"]*"\s*:\s*)?\{/;

/**
 * A row that says it is an object holding "the following" parameters, with an object type or an
 * object example: the rows after it are its properties (the table lists them flat, one level down).
 */
function nestFollowing(properties: Property[], rows: readonly TableRow[]): Property[] {
  const at = properties.findIndex((property) => {
    const row = rows.find((r) => r.source === property.source);
    const objectLike =
      property.schema.kind === 'map' ||
      property.schema.kind === 'object' ||
      (row !== undefined && OBJECT_EXAMPLE.test(cellText(row, 'example')));
    return objectLike && FOLLOWING.test(property.description ?? '');
  });
  if (at < 0 || at === properties.length - 1) return properties;
  const parent = properties[at]!;
  const object: ObjectSchema = { kind: 'object', properties: properties.slice(at + 1) };
  if (parent.source) object.source = parent.source;
  return [...properties.slice(0, at), { ...parent, schema: object }];
}

function propertyFromRow(row: TableRow, typed: boolean, context: ExtractContext): Property | undefined {
  const name = cellText(row, 'name');
  if (!name) {
    context.diagnostics.report('malformed-row', row.source, 'table row has no name; skipped', { severity: 'warning' });
    return undefined;
  }
  // A row that states no type (no type column, or a made table's unstated cell): the example's or the default's, else unknown (not reported).
  const description = withFootnote(withCondition(inlineSource(cellChildren(row, 'description'), context), row), row);
  const stated = statedDefault(row, description);
  const example = cellText(row, 'example') || describedExample(description);
  const schema = withStatedExample(
    withStatedDefault(
      typed && !typeUnstated(row)
        ? schemaFromTypeText(cellText(row, 'type'), row.source, context.diagnostics, context.typeWords)
        : (schemaOfExample(example) ?? typeOfDefault(stated) ?? { kind: 'unknown' as const }),
      stated,
    ),
    example,
  );
  // Google's references (AIP-203) open a read-only field's description with "Output only."; Graph's say "Read-only.".
  if (YES.test(cellText(row, 'readOnly')) || OUTPUT_ONLY.test(cellText(row, 'description'))) schema.readOnly = true;
  if (isDeprecated(row)) schema.deprecated = true;
  if (NULLABLE.test(cellText(row, 'nullable'))) schema.nullable = true;
  const property: Property = {
    name,
    schema: withStatedConstraints(withStatedValues(schema, description, cellText(row, 'type')), row),
    required: isRequired(row),
    source: row.source,
  };
  if (description) property.description = description;
  return property;
}

/**
 * The default the row states: its Default cell's, else the one its description states ("Defaults to
 * `20`."), else the one its Required or Optional cell states beside the flag (`Optional, default=100`,
 * `No (default: \`created\`)`).
 */
export function statedDefault(row: TableRow, description: string | undefined): string {
  return (
    cellText(row, 'default') ||
    describedDefault(description) ||
    describedDefault(flagWords(row, 'required')) ||
    describedDefault(flagWords(row, 'optional'))
  );
}

/** A Required cell's condition: `Required if `wing` is not set`, `Required when …`, `Required unless …`, `Yes, if …`. */
const CONDITION = /^(?:required|mandatory|yes)[,:]?\s+(?:if|when|unless|only\s+(?:if|when))\b/i;

/**
 * The description with the condition a Required cell states (`Required if `wing` is not set`, GitLab's
 * `yes if path is not provided`): the row is not required (a condition, no requirement), and the
 * words, which no other cell holds, end the description as a sentence of their own, the column's
 * `yes` (`mandatory`) said as the word it stands for (`Required if path is not provided.`).
 */
export function withCondition(description: string, row: TableRow): string {
  const condition = row.cells.has('required') ? flagWords(row, 'required').trim() : '';
  if (!CONDITION.test(condition)) return description;
  const words = condition.replace(/^(?:yes|mandatory)[,:]?(?=\s)/i, 'Required');
  const sentence = /[.!?]$/.test(words) ? words : `${words}.`;
  return description ? `${description}${/[.!?]$/.test(description) ? '' : '.'} ${sentence}` : sentence;
}

/**
 * The description with the words of the footnote that marks its row (`tax_id*` over `\* Required for
 * business accounts.`, readers/markdown/table-footnotes.ts), a sentence of their own at its end.
 */
export function withFootnote(description: string, row: TableRow): string {
  const note = row.cells.get('name')?.data?.footnote;
  if (!note) return description;
  return description ? `${description}${/[.!?]$/.test(description) ? '' : '.'} ${note}` : note;
}

/** A flag cell's words, its code spans kept as written (`` `created` ``: a value, where plain words are none). */
function flagWords(row: TableRow, role: 'required' | 'optional'): string {
  return cellChildren(row, role)
    .map((child) => (child.type === 'inlineCode' ? `\`${child.value}\`` : plainText(child)))
    .join('');
}

/** A Deprecated column says yes. */
export function isDeprecated(row: TableRow): boolean {
  return row.cells.has('deprecated') && YES.test(cellText(row, 'deprecated'));
}

/** A row is required when any cell holds the `**Required**` marker or a `Required` column says yes. */
export function isRequired(row: TableRow): boolean {
  for (const cell of row.cells.values()) if (hasRequiredMarker(cell.children)) return true;
  // An `Optional` column says the opposite: `no` there means required, and so does its `X` where
  // the column is written in O and X marks (`선택` ⏎ `O` optional, `X` required: `required-marks.ts`).
  if (row.cells.has('optional') && !row.cells.has('required')) {
    const stated = markedAnswer(cellText(row, 'optional'));
    return row.oxMarks && markOf(stated) !== '' ? markOf(stated) === 'x' : NO.test(stated);
  }
  // An empty Required cell says nothing: the row's other words may (`String, required`).
  const stated = row.cells.has('required') ? markedAnswer(markOf(cellText(row, 'required'))) : '';
  // `O` / `X` (Korean and Japanese tables): the column's marks say which X this is (`required-marks.ts`).
  if (row.oxMarks && stated !== '') return stated === 'o';
  if (stated !== '') return YES.test(stated) || MANDATORY.test(stated);
  // No column says it: a type written with its flag (`string (required)`), or a description that
  // opens with `Required.` (`**Required**`, `*Required*:`), ends with it as a sentence of its own
  // (`The name. Required.`) or holds `(required)` (or Quickwit's `(mandatory)`) does, and so does a
  // sentence of its own saying so, `This parameter is required.` (Loki's lists); `Required if …` / `when …` is a condition,
  // not a requirement. A line of the description saying so does too: `Required: 1` (WordPress's
  // handbook), `Required: true`.
  return (
    REQUIRED_BESIDE_TYPE.test(cellText(row, 'type')) ||
    REQUIRED_IN_WORDS.test(cellText(row, 'description')) ||
    REQUIRED_LINE.test(describedLines(row))
  );
}

/** A Required column's `Mandatory`, or an `M/O` column's `M`; Chinese `必填` (`必选`, `必须`, `必需`, `必传`), Japanese `必須`, Korean `필수`; `Obligatorio`, `Obrigatório`, `Obligatoire`, `Erforderlich`. */
const MANDATORY =
  /^(?:m|mandatory|必填|必选|必須|必须|必需|必传|필수|requerido|obligatorio|obrigatório|obrigatorio|requis|obligatoire|erforderlich|pflicht|obbligatorio)$/i;

/** The description's text, each paragraph of a rendered cell (`<p class="required">Required: 1</p>`) a line, as a break ends one. */
function describedLines(row: TableRow): string {
  const children = cellChildren(row, 'description') as Nodes[];
  return children.map((child) => (child.type === 'paragraph' ? `${plainText(child)}\n` : plainText(child))).join('');
}

/** A description's line stating the flag: `Required: 1`, `Required: true`, `Required: yes`. */
const REQUIRED_LINE = /(?:^|\n)[ \t]*required:[ \t]*(?:1|true|yes)[ \t]*\.?[ \t]*(?:\r?\n|$)/i;

const REQUIRED_BESIDE_TYPE = /\(\s*required\s*\)|(?:,|\s[-–—])\s*required\s*$/i;

/** Google's "Output only." opening a description; Microsoft Graph's "Read-only." sentence anywhere in it. */
const OUTPUT_ONLY = /^\s*output[\s-]only\b|(?:^|[.!]\s+)read[\s-]only\.(?:\s|$)/i;

const REQUIRED_IN_WORDS =
  /^\s*required\b(?!\s+(?:if|when|unless|for|only|in|on|with|by)\b)|\(\s*(?:required|mandatory)\s*\)|[.!]\s+required\.\s*$|(?:^|[.!]\s+)(?:this|the)\s+(?:parameter|param|argument|field|attribute|property|option|key)\s+is\s+(?:required|mandatory)\.(?:\s|$)/i;

/** Chinese `否` and Japanese `いいえ`, `×` too; Korean `아니오` (`아니요`). */
const NO =
  /^(?:no|false|n|-|✗|✘|❌|✖|否|いいえ|×|não|nao|non|nein|нет|необязательно|необязательный|ні|nie|hayır|tidak|không|아니오|아니요)\uFE0F?[.。]?$/i;
