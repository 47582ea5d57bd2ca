/**
 * `request-body` sections (or Body rows of a mixed parameter table) → the operation's request body.
 *
 *     ## Request Body: entity            ← data.name `entity`, data.typeText (optional)
 *     The ticket message to save         ← description
 *     | Property Name | Type | Description |   ← optional property table
 *
 * A table of op/path/value rows is a JSON Patch (an array of operations, whatever the type word
 * says); a section with neither type words nor table is still a body (body-evidence.ts).
 * One content entry per request media type (`Content-Type` header row), all with the same schema.
 * Several body sections of one operation are variants of its body (`## Incoming webhook` /
 * `## Outgoing webhook`, each with its `### Body parameters`): the body is an object of all their
 * fields, a field required only where every variant requires it.
 * A binary body (`image binary`) sent as `multipart/form-data` or a url-encoded form is a one-field
 * object named after the body parameter; as any other media type, the bare binary string.
 */
import type { Source } from '../ir/source.js';
import type { Content, NamedSchema, ObjectSchema, Property, RequestBody, Schema } from '../ir/types.js';
import { isJsonPatchTable, jsonPatchBody, namedAsArray, untabulatedBody } from './body-evidence.js';
import { hasNestedNames, objectFromFields } from './body-fields.js';
import { readBodySchema } from './body-schema.js';
import { withLimits } from './constraints.js';
import { type ExtractContext, headingSource } from './context.js';
import { withStatedDefault, withStatedExample } from './example-type.js';
import type { NotedSample } from './noted-samples.js';
import type { BodyRow } from './parameters.js';
import type { Section } from './sections.js';
import { withStatedValues } from './stated-values.js';
import { blockSource } from './text.js';
import { isScalar, parseTypeText, schemaFromTypeText } from './type-text.js';

export interface RequestBodyFacts {
  requestBody?: RequestBody;
  schemas: NamedSchema[];
}

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

export function readRequestBody(
  sections: readonly Section[],
  bodyRows: readonly BodyRow[],
  mediaTypes: readonly string[],
  context: ExtractContext,
  how: { form: boolean; stated: boolean; noted?: NotedSample } = { form: false, stated: true },
): RequestBodyFacts {
  const facts = readBodyOf(sections, bodyRows, mediaTypes, context, how.noted);
  // The page says the body is sent as a form without its encoding (`Form params`): the encoding a
  // form of these fields takes, multipart where one is a file, else url-encoded — instead of the
  // JSON no one stated, beside the JSON a call states (a form stated by its type stays as it is).
  const body = facts.requestBody;
  if (!how.form || !body || body.content.some((c) => FORM_TYPES.has(c.mediaType))) return facts;
  const schema = body.content[0]?.schema;
  const form = formEncoding(schema);
  if (!form) return facts;
  const [content] = contents(schema, body.name, [form]);
  body.content = how.stated ? [...body.content, content!] : [content!];
  return facts;
}

/** `multipart/form-data` for a body with a file field (or a file itself), else `application/x-www-form-urlencoded`. */
function formEncoding(schema: Schema | undefined): string | undefined {
  if (!schema) return undefined;
  const file = (s: Schema): boolean => isBinaryField(s) || (s.kind === 'array' && isBinaryField(s.items));
  if (file(schema)) return 'multipart/form-data';
  if (schema.kind !== 'object') return undefined;
  return schema.properties.some((p) => file(p.schema)) ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
}

function readBodyOf(
  sections: readonly Section[],
  bodyRows: readonly BodyRow[],
  mediaTypes: readonly string[],
  context: ExtractContext,
  noted: NotedSample | undefined,
): RequestBodyFacts {
  // A body heading with nothing under it (`### Body` over a parameter table whose rows are `In: body`): the rows are the body.
  // A body's title over the titles of its parts (`### Request body` ⏎ `#### POST` ⏎ its table): the parts are the body.
  const titled = sections.filter((s) => s.kind === 'request-body');
  const bodies = titled.filter((s) => !((bodyRows.length > 0 || titled.some((other) => !isEmpty(other))) && isEmpty(s)));
  // `"name": "Porch", // Required. The lamp's name.` in the request's sample, no table or type stating the body: the members the comments describe.
  const schema =
    noted && bodyRows.length === 0 && bodies.every(isEmpty) && readBodySchema(undefined, noted.table, noted.where, context).schema;
  if (schema)
    return { requestBody: { required: true, content: contents(schema, undefined, mediaTypes), source: noted.where }, schemas: [] };
  if (bodies.length > 1) return unionOfVariants(bodies.map((section) => fromSection(section, mediaTypes, context)));
  if (bodies[0]) return fromSection(bodies[0], mediaTypes, context);
  if (bodyRows.length > 0) return fromBodyRows(bodyRows, mediaTypes, context);
  // A form a sentence says the call sends ("POST a multipart form to …"), no field of it
  // documented: a body of that type, its fields open (for samples to fill).
  const sent = sections.find((section) => section.sends !== undefined)?.sends;
  if (sent) return { requestBody: { required: true, content: contents({ kind: 'unknown' }, undefined, [sent]) }, schemas: [] };
  return { schemas: [] };
}

function isEmpty(section: Section): boolean {
  return section.nodes.length === 0 && !section.typeText?.trim() && !section.name;
}

function fromSection(section: Section, mediaTypes: readonly string[], context: ExtractContext): RequestBodyFacts {
  const where = headingSource(context, section.heading);
  const table = section.nodes.find((node) => node.type === 'table');
  const description = blockSource(
    section.nodes.filter((node) => node.type !== 'table'),
    context,
  );
  const { schema, named } =
    table && isJsonPatchTable(table, context)
      ? { schema: jsonPatchBody(table, context), named: [] }
      : !table && !section.typeText?.trim()
        ? { schema: { ...untabulatedBody(section.name, description), source: where }, named: [] }
        : readBodySchema(section.typeText, table, where, context);
  const shaped =
    schema?.kind === 'object' && !section.typeText?.trim() && namedAsArray(section.name, description)
      ? { kind: 'array' as const, items: schema, ...(schema.source ? { source: schema.source } : {}) }
      : schema;
  const body: RequestBody = { required: section.optional !== true, content: contents(shaped, section.name, mediaTypes), source: where };
  if (section.name) body.name = section.name;
  if (description) body.description = description;
  return { requestBody: body, schemas: named };
}

/** The variants' objects as one object; the first variant as it is when one is not an inline object. */
function unionOfVariants(variants: readonly RequestBodyFacts[]): RequestBodyFacts {
  const [first] = variants;
  const objects = variants.map((facts) => facts.requestBody?.content[0]?.schema);
  if (!first?.requestBody || !objects.every((schema): schema is ObjectSchema => schema?.kind === 'object')) return first ?? { schemas: [] };
  const properties = new Map<string, Property>();
  for (const object of objects)
    for (const property of object.properties) {
      const known = properties.get(property.name);
      if (known) known.required &&= property.required;
      else properties.set(property.name, { ...property });
    }
  for (const [name, property] of properties)
    if (!objects.every((o) => o.properties.some((p) => p.name === name))) property.required = false;
  const union: ObjectSchema = { ...objects[0]!, properties: [...properties.values()] };
  const body: RequestBody = { ...first.requestBody, content: first.requestBody.content.map((content) => ({ ...content, schema: union })) };
  return { requestBody: body, schemas: variants.flatMap((facts) => facts.schemas) };
}

/** What a body's one row may be named when it is the body itself (Swagger's one `in: body` parameter, `| body | body | Pet |`). */
const BODY_NAMES = /^(?:body|payload|data|request|request_?body|input|content|raw|file|text|json|document)$/i;

/**
 * A body's one row that is a field of it, not the body itself: a scalar (`| title | string | body |
 * Yes |`, as SDK references tabulate a body of one field), under a name no body goes by. A row of a
 * type (`Pet`), an object or a list stays the body, as Swagger's `in: body` parameter is.
 */
function isLoneField(row: BodyRow, context: ExtractContext): boolean {
  if (!row.typeText || BODY_NAMES.test(row.name)) return false;
  const schema = parseTypeText(row.typeText, context.typeWords);
  return schema !== undefined && schema.kind !== 'enum' && isScalar(schema);
}

function fromBodyRows(rows: readonly BodyRow[], mediaTypes: readonly string[], context: ExtractContext): RequestBodyFacts {
  const [first] = rows;
  if (first && isWholeBodyRow(rows)) {
    // Widdershins' `body | body | object | true` ⏎ `» name | body | string | true`: the first row is
    // the body itself (Swagger's one `in: body` parameter), the `»` rows its fields.
    const schema = objectFromFields(rows, context).properties[0]!.schema;
    const body: RequestBody = {
      name: first.name,
      required: first.flagged ? first.required : true,
      content: contents(schema, first.name, mediaTypes),
      source: first.source,
    };
    if (first.description) body.description = first.description;
    return { requestBody: body, schemas: [] };
  }
  if (rows.some((row) => row.field) || hasNestedNames(rows)) {
    const object = objectFromFields(rows, context);
    return { requestBody: { required: true, content: contents(object, undefined, mediaTypes), source: rows[0]!.source }, schemas: [] };
  }
  if (rows.length === 1 && first && !isLoneField(first, context)) {
    const schema = first.typeText ? schemaFromTypeText(first.typeText, first.source, context.diagnostics, context.typeWords) : undefined;
    // The body is required unless its row's Required column says otherwise (Kubernetes' DELETE takes `body` optionally).
    const required = first.flagged ? first.required : true;
    const body: RequestBody = { name: first.name, required, content: contents(schema, first.name, mediaTypes), source: first.source };
    if (first.description) body.description = first.description;
    return { requestBody: body, schemas: [] };
  }
  const object: ObjectSchema = {
    kind: 'object',
    properties: rows.map((row) => {
      const schema = withLimits(
        withStatedValues(
          shownBy(row, schemaFromTypeText(row.typeText, row.source, context.diagnostics, context.typeWords)),
          row.description,
          row.typeText,
        ),
        row.limits,
      );
      return {
        name: row.name,
        // A Deprecated column's `yes`, as body-fields.ts marks an attribute row's field.
        schema: row.deprecated ? { ...schema, deprecated: true } : schema,
        required: row.required,
        source: row.source,
        ...(row.description ? { description: row.description } : {}),
      };
    }),
  };
  return { requestBody: { required: true, content: contents(object, undefined, mediaTypes), source: rows[0]!.source }, schemas: [] };
}

/** `body` and nothing beside it but the `»` rows of its fields (none a field of an object body). */
function isWholeBodyRow(rows: readonly BodyRow[]): boolean {
  const [first, ...others] = rows;
  return (
    first !== undefined &&
    others.length > 0 &&
    first.name.trim().toLowerCase() === 'body' &&
    !rows.some((row) => row.field) &&
    others.every((row) => row.name.trimStart().startsWith('»'))
  );
}

/** A body row's type with the default and the example value its cells state (`| note | body | string | \`asc\` | \`desc\` |`). */
function shownBy(row: BodyRow, schema: Schema): Schema {
  const defaulted = withStatedDefault(schema, row.default ?? '');
  return row.shown ? withStatedExample(defaulted, row.shown) : defaulted;
}

function contents(schema: Schema | undefined, name: string | undefined, mediaTypes: readonly string[]): Content[] {
  return mediaTypes.map((mediaType) => {
    const content: Content = { mediaType, examples: [] };
    if (schema) content.schema = FORM_TYPES.has(mediaType) && isBinaryField(schema) ? formOf(schema, name ?? 'file') : schema;
    return content;
  });
}

function isBinaryField(schema: Schema): boolean {
  return isScalar(schema) && schema.kind === 'string' && (schema.format === 'binary' || schema.format === 'byte');
}

function formOf(schema: Schema, name: string): ObjectSchema {
  const { source, ...field } = schema;
  const object: ObjectSchema = { kind: 'object', properties: [{ name, schema: field, required: true }] };
  if (source) object.source = source as Source;
  return object;
}
