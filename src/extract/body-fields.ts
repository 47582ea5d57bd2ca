/**
 * Body field rows → one object schema, bracketed names nested (the form-encoding convention of
 * Rails, PHP and the APIs written in them):
 *
 *     position[base_sha]   → property `base_sha` of the object property `position`
 *     actions[]            → property `actions`, an array
 *     actions[][file_path] → property `file_path` of the objects in `actions`
 *     iids[]  Array[integer] → `iids`, an array of integers (the row's type words)
 *
 * Two other ways tables write nesting are read as the same paths (`bracketedNames`):
 *
 *     customer · customer.name       → `customer[name]`, where a row names `customer`
 *     items · items[].sku            → `items[][sku]`
 *     customer · » name · »» nick     → `customer[name]`, `customer[name][nick]` (Widdershins' `»`)
 *
 * A row documents its own node (type, required, description); rows below it give its properties
 * or items. Properties keep the order of their first row.
 */
import type { Source } from '../ir/source.js';
import type { ObjectSchema, Property, Schema } from '../ir/types.js';
import type { ExtractContext } from './context.js';
import { schemaOfExample, typeOfDefault, withStatedDefault, withStatedValues } from './example-type.js';
import { bracketedNames, fieldPath } from './field-paths.js';
import type { BodyRow } from './parameters.js';
import { parseTypeText, schemaFromTypeText } from './type-text.js';

interface FieldNode {
  row?: BodyRow;
  properties: Map<string, FieldNode>;
  items?: FieldNode;
}

const newNode = (): FieldNode => ({ properties: new Map() });

/** Whether a row's type words say it is an array (its `»` rows are its items' fields). */
function isArrayType(typeText: string | undefined, aliases?: Readonly<Record<string, string>>): boolean {
  return typeText !== undefined && typeText.trim() !== '' && parseTypeText(typeText, aliases)?.kind === 'array';
}

function pathsOf(rows: readonly BodyRow[], context?: ExtractContext): string[] {
  return bracketedNames(rows.map((row) => ({ name: row.name, array: isArrayType(row.typeText, context?.typeWords) })));
}

export function objectFromFields(rows: readonly BodyRow[], context: ExtractContext): ObjectSchema {
  const root = newNode();
  const paths = pathsOf(rows, context);
  for (const [index, row] of rows.entries()) {
    let node = root;
    const tokens = fieldPath(paths[index]!);
    // `actions[]` documents the array itself: its row goes on `actions`, which gets items.
    const arrayRow = tokens.length > 1 && tokens[tokens.length - 1] === '[]';
    if (arrayRow) tokens.pop();
    for (const token of tokens) {
      if (token === '[]') node = node.items ??= newNode();
      else {
        const child = node.properties.get(token) ?? newNode();
        node.properties.set(token, child);
        node = child;
      }
    }
    if (arrayRow) node.items ??= newNode();
    if (node.row) {
      context.diagnostics.report('duplicate-property', row.source, `body field "${row.name}" is documented twice; the first row is kept`);
      continue;
    }
    node.row = row;
  }
  return objectOf(root, context, rows[0]?.source);
}

function objectOf(node: FieldNode, context: ExtractContext, source: Source | undefined): ObjectSchema {
  const properties: Property[] = [];
  for (const [name, child] of node.properties) {
    const property: Property = {
      name,
      schema: withStatedValues(schemaOf(child, context), child.row?.description),
      required: child.row?.required ?? false,
    };
    if (child.row?.source) property.source = child.row.source;
    if (child.row?.description) property.description = child.row.description;
    properties.push(property);
  }
  const object: ObjectSchema = { kind: 'object', properties };
  if (source) object.source = source;
  return object;
}

function schemaOf(node: FieldNode, context: ExtractContext): Schema {
  const row = node.row;
  const typed = row?.typeText
    ? schemaFromTypeText(row.typeText, row.source, context.diagnostics, context.typeWords)
    : row?.example
      ? schemaOfExample(row.example)
      : typeOfDefault(row?.default ?? '');
  const own = typed && row?.default ? withStatedDefault(typed, row.default) : typed;
  if (node.items) {
    const items = node.items;
    const inner =
      items.properties.size > 0 || items.items || items.row
        ? schemaOf(items, context)
        : own?.kind === 'array'
          ? own.items
          : own && own.kind !== 'unknown'
            ? own
            : { kind: 'unknown' as const };
    return { kind: 'array', items: inner };
  }
  if (node.properties.size > 0) {
    const object = objectOf(node, context, row?.source);
    if (own?.kind === 'array') return { kind: 'array', items: object };
    return object;
  }
  return own ?? { kind: 'unknown' };
}

/** Does any row name a nested field? */
export function hasNestedNames(rows: readonly BodyRow[]): boolean {
  return pathsOf(rows).some((path) => fieldPath(path).length > 1);
}
