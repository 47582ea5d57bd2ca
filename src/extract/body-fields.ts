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
import { withLimits } from './constraints.js';
import type { ExtractContext } from './context.js';
import { schemaOfExample, typeOfDefault, withStatedDefault, withStatedExample } from './example-type.js';
import { bracketedNames, fieldPath, type PathTree, treeOfPaths } from './field-paths.js';
import type { BodyRow } from './parameters.js';
import { placeholderFieldsAsMaps } from './placeholder-keys.js';
import { withStatedValues } from './stated-values.js';
import { parseTypeText, schemaFromTypeText } from './type-text.js';

type FieldNode = PathTree<BodyRow>;

/** Whether a row's type words say it is an array (its `»` rows are its items' fields). */
function isArrayType(typeText: string | undefined, aliases?: Readonly<Record<string, string>>): boolean {
  return typeText !== undefined && typeText.trim() !== '' && parseTypeText(typeText, aliases)?.kind === 'array';
}

function pathsOf(rows: readonly BodyRow[], context?: ExtractContext): string[] {
  return bracketedNames(rows.map((row) => ({ name: row.name, array: isArrayType(row.typeText, context?.typeWords) })));
}

export function objectFromFields(rows: readonly BodyRow[], context: ExtractContext): ObjectSchema {
  const paths = pathsOf(rows, context);
  const root = treeOfPaths(
    rows.map((row, index) => ({ path: paths[index]!, value: row })),
    (row) =>
      context.diagnostics.report('duplicate-property', row.source, `body field "${row.name}" is documented twice; the first row is kept`),
  );
  // A field named by a placeholder (`<room>`, `labels[<label_name>]`) stands for any key of its object.
  return placeholderFieldsAsMaps(objectOf(root, context, rows[0]?.source));
}

function objectOf(node: FieldNode, context: ExtractContext, source: Source | undefined): ObjectSchema {
  const properties: Property[] = [];
  for (const [name, child] of node.children) {
    const schema = withLimits(
      withStatedValues(schemaOf(child, context), child.value?.description, child.value?.typeText),
      child.value?.limits,
    );
    const property: Property = {
      name,
      schema: child.value?.deprecated ? { ...schema, deprecated: true } : schema,
      required: child.value?.required ?? false,
    };
    if (child.value?.source) property.source = child.value.source;
    if (child.value?.description) property.description = child.value.description;
    properties.push(property);
  }
  const object: ObjectSchema = { kind: 'object', properties };
  if (source) object.source = source;
  return object;
}

function schemaOf(node: FieldNode, context: ExtractContext): Schema {
  const row = node.value;
  const typed = row?.typeText
    ? schemaFromTypeText(row.typeText, row.source, context.diagnostics, context.typeWords)
    : row?.example
      ? schemaOfExample(row.example)
      : typeOfDefault(row?.default ?? '');
  const defaulted = typed && row?.default ? withStatedDefault(typed, row.default) : typed;
  const own = defaulted && row?.shown ? withStatedExample(defaulted, row.shown) : defaulted;
  if (node.items) {
    const items = node.items;
    const inner =
      items.children.size > 0 || items.items || items.value
        ? schemaOf(items, context)
        : own?.kind === 'array'
          ? own.items
          : own && own.kind !== 'unknown'
            ? own
            : { kind: 'unknown' as const };
    return own?.nullable ? { kind: 'array', items: inner, nullable: true } : { kind: 'array', items: inner };
  }
  if (node.children.size > 0) {
    const object = objectOf(node, context, row?.source);
    // `?object`, `object?`: the row's own words say it may be null, whatever its fields.
    const nullable = own?.nullable ? { nullable: true } : {};
    if (own?.kind === 'array') return { kind: 'array', items: object, ...nullable };
    return { ...object, ...nullable };
  }
  return own ?? withStatedDefault({ kind: 'unknown' }, row?.default ?? '');
}

/** Does any row name a nested field? */
export function hasNestedNames(rows: readonly BodyRow[]): boolean {
  return pathsOf(rows).some((path) => fieldPath(path).length > 1);
}
