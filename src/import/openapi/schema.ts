/**
 * OpenAPI Schema Object (2.0, 3.0, 3.1) → IR schema.
 *
 * - `$ref` → `{ kind: 'ref', name }` (named by `schema-names.ts`); structural siblings of a
 *   `$ref` (3.1) make an intersection with the rest.
 * - `allOf` → intersection; `oneOf` / `anyOf` → union with its discriminator; a schema that
 *   has its own type besides these becomes an intersection of the pieces.
 * - 3.0 `nullable`, 2.0 `x-nullable`, 3.1 `type: [T, "null"]`, a `null` in `enum` and a
 *   `{type: "null"}` variant of a union all become `nullable`.
 * - The typed keywords are read in `schema-typed.ts`.
 */
import type { Source } from '../../ir/source.js';
import type { Schema, SchemaBase } from '../../ir/types.js';
import { extensionsOf, isMap, type JsonMap, own, ownString, toJson } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { refOf, resolveRef } from '../../openapi/refs.js';
import { type ImportContext, type SchemaReader, sourceIn } from './context.js';
import { compositionLookup } from './schema-composition.js';
import { readDiscriminator } from './schema-discriminator.js';
import { readTypedSchema, SCHEMA_EXTENSIONS_USED, schemaTypes } from './schema-typed.js';

const MAX_DEPTH = 128;
const UNSUPPORTED = [
  'not',
  'if',
  'then',
  'else',
  'patternProperties',
  'dependentSchemas',
  'dependentRequired',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  '$dynamicRef',
];

/** Converts the schema `value` found in `file`. Never throws; problems are diagnostics. */
export function readSchema(ctx: ImportContext, value: unknown, file: SpecFile, depth = 0, where?: Source): Schema {
  if (value === true || value === undefined) return { kind: 'unknown' };
  if (value === false) {
    ctx.diagnostics.report('unsupported-keyword', sourceIn(ctx, file, value), 'A `false` schema (no value is valid) is read as unknown.');
    return { kind: 'unknown' };
  }
  if (!isMap(value)) {
    ctx.diagnostics.report('spec-invalid', where ?? ctx.positions.of(value, file.rel), 'A schema must be an object.');
    return { kind: 'unknown' };
  }
  const cached = ctx.converted.get(value);
  if (cached) return cached;
  if (ctx.inProgress.has(value)) {
    const named = ctx.namedValues.get(value);
    if (named !== undefined) return { kind: 'ref', name: named };
    ctx.diagnostics.report(
      'ref-cycle',
      sourceIn(ctx, file, value),
      'A schema contains itself through a YAML alias; the inner one is read as unknown.',
    );
    return { kind: 'unknown' };
  }
  if (depth > MAX_DEPTH || --ctx.budget.nodes < 0) {
    if (!ctx.budget.exhausted) {
      ctx.diagnostics.report(
        'spec-invalid',
        sourceIn(ctx, file, value),
        depth > MAX_DEPTH
          ? `Schemas nest deeper than ${MAX_DEPTH} levels.`
          : 'The spec has too many schema nodes; the rest is read as unknown.',
      );
    }
    ctx.budget.exhausted = ctx.budget.nodes < 0 || ctx.budget.exhausted;
    return { kind: 'unknown' };
  }
  ctx.inProgress.add(value);
  const schema = readSchemaMap(ctx, value, homeOf(ctx, value, file), depth);
  ctx.inProgress.delete(value);
  ctx.converted.set(value, schema);
  return schema;
}

function readSchemaMap(ctx: ImportContext, value: JsonMap, file: SpecFile, depth: number): Schema {
  const read: SchemaReader = (child, childFile, childDepth, where) => readSchema(ctx, child, childFile, childDepth, where);
  for (const keyword of UNSUPPORTED) {
    if (Object.hasOwn(value, keyword))
      ctx.diagnostics.report(
        'unsupported-keyword',
        sourceIn(ctx, file, value, keyword),
        `The schema keyword "${keyword}" is not carried by specdown; it was not used.`,
      );
  }
  const pieces: Schema[] = [];
  const ref = refOf(value);
  if (ref !== undefined) {
    const target = resolveRef(ctx, ref, file, value);
    pieces.push(target ? { kind: 'ref', name: ctx.names.nameOf(target) } : { kind: 'unknown' });
  }
  // `required` names an object lacks may be properties another part of the composition defines.
  const lookup = compositionLookup(ctx, value, file, ctx.compositions.get(value));
  for (const part of listOf(ctx, value, 'allOf', file)) {
    if (lookup && isMap(part)) ctx.compositions.set(part, lookup);
    pieces.push(read(part, file, depth + 1));
  }
  const typed = readTypedSchema(ctx, value, file, depth, read, lookup);
  if (typed) pieces.push(typed);
  let discriminator =
    Object.hasOwn(value, 'discriminator') && (Object.hasOwn(value, 'oneOf') || Object.hasOwn(value, 'anyOf'))
      ? readDiscriminator(ctx, value, file)
      : undefined;
  for (const mode of ['oneOf', 'anyOf'] as const) {
    const variants = listOf(ctx, value, mode, file);
    if (variants.length === 0) continue;
    if (lookup) for (const variant of variants) if (isMap(variant)) ctx.compositions.set(variant, lookup);
    const union: Schema = { kind: 'union', mode, variants: variants.map((variant) => read(variant, file, depth + 1)) };
    if (discriminator) union.discriminator = discriminator;
    discriminator = undefined;
    pieces.push(union);
  }
  if (Object.hasOwn(value, 'discriminator') && !pieces.some((piece) => piece.kind === 'union' && piece.discriminator)) {
    // A base type's discriminator (subtypes `allOf` it): carried on the base's own object.
    const base = typed?.kind === 'object' ? readDiscriminator(ctx, value, file) : undefined;
    if (typed?.kind === 'object' && base) typed.discriminator = base;
    else if (typed?.kind !== 'object')
      ctx.diagnostics.report(
        'unsupported-keyword',
        sourceIn(ctx, file, value, 'discriminator'),
        'A discriminator outside oneOf/anyOf needs the object it is declared on (properties or type: object); it was not used.',
      );
  }
  let schema: Schema =
    pieces.length === 0 ? { kind: 'unknown' } : pieces.length === 1 ? { ...pieces[0]! } : { kind: 'intersection', parts: pieces };
  if (schema.kind === 'union') schema = liftNull(schema);
  applyBase(ctx, schema, value, file);
  return schema;
}

/**
 * The file a parsed schema object was read from: its `$ref`s are relative to that file even when
 * the object reached us through another (a 2.0 body parameter `$ref`'d from a shared file).
 */
function homeOf(ctx: ImportContext, value: JsonMap, file: SpecFile): SpecFile {
  const rel = ctx.positions.fileOf(value, file.rel);
  if (rel === file.rel) return file;
  for (const candidate of ctx.files.values()) if (candidate.rel === rel) return candidate;
  return file;
}

function listOf(ctx: ImportContext, value: JsonMap, key: string, file: SpecFile): unknown[] {
  const list = own(value, key);
  if (list === undefined) return [];
  if (Array.isArray(list)) return list;
  ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, value, key), `"${key}" must be an array of schemas.`);
  return [];
}

/** `oneOf: [X, {type: null}]` → X, nullable (TypeScript `X | null`). */
function liftNull(union: Extract<Schema, { kind: 'union' }>): Schema {
  const isBareNull = (variant: Schema) =>
    variant.kind === 'null' && Object.keys(variant).every((key) => key === 'kind' || key === 'source');
  if (!union.variants.some(isBareNull) || union.variants.every(isBareNull)) return union;
  const rest = union.variants.filter((variant) => !isBareNull(variant));
  if (rest.length === 1 && !union.discriminator) return { ...rest[0]!, nullable: true };
  return { ...union, variants: rest, nullable: true };
}

/** The keywords every kind may carry (`schema` is a fresh object here, never a cached one). */
function applyBase(ctx: ImportContext, schema: Schema, value: JsonMap, file: SpecFile): void {
  const base: SchemaBase = schema;
  const types = schemaTypes(value);
  if (own(value, 'nullable') === true || own(value, 'x-nullable') === true || (types.includes('null') && types.length > 1))
    base.nullable = true;
  const title = ownString(value, 'title');
  if (title !== undefined) base.title = title;
  const description = ownString(value, 'description');
  if (description !== undefined) base.description = description;
  for (const flag of ['readOnly', 'writeOnly', 'deprecated'] as const) if (own(value, flag) === true) base[flag] = true;
  if (Object.hasOwn(value, 'default')) base.default = toJson(value.default);
  const examples = [
    ...(Array.isArray(own(value, 'examples')) ? (value.examples as unknown[]) : []),
    ...(Object.hasOwn(value, 'example') ? [value.example] : []),
  ];
  if (examples.length > 0) base.examples = examples.map((example) => toJson(example));
  const extensions = extensionsOf(value, SCHEMA_EXTENSIONS_USED);
  if (extensions) base.extensions = extensions;
  base.source = sourceIn(ctx, file, value);
}
