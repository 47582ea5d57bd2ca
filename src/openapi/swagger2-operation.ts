/** Swagger 2.0 parameters and responses → their OpenAPI 3.0 forms (see `swagger2.ts`). */
import { type SpecDocuments, sourceIn } from './documents.js';
import { isMap, type JsonMap, own, ownMap, ownString, setOwn } from './json.js';
import type { SpecFile } from './load.js';
import { followRefs } from './refs.js';

/** Keywords a 2.0 non-body parameter, header or items object shares with Schema Objects. */
const SCHEMA_KEYS = [
  'type',
  'format',
  'items',
  'enum',
  'default',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'multipleOf',
  'x-nullable',
  'x-enum-varnames',
  'x-enumNames',
  'x-enum-descriptions',
  'x-enumDescriptions',
];
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export function convertParameters(
  ctx: SpecDocuments,
  holders: JsonMap[],
  file: SpecFile,
  consumes: string[],
): { parameters: JsonMap[]; requestBody?: JsonMap } {
  const byKey = new Map<string, { value: JsonMap; file: SpecFile }>();
  for (const holder of holders) {
    const list = own(holder, 'parameters');
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const resolved = followRefs(ctx, item, file);
      if (!resolved || !isMap(resolved.value)) continue;
      const name = ownString(resolved.value, 'name');
      const location = ownString(resolved.value, 'in');
      if (name === undefined || location === undefined) {
        ctx.diagnostics.report('spec-invalid', sourceIn(ctx, resolved.file, resolved.value), 'A parameter needs a "name" and an "in".');
        continue;
      }
      byKey.set(`${location}\u0000${name}`, { value: resolved.value, file: resolved.file });
    }
  }
  const parameters: JsonMap[] = [];
  const form: JsonMap[] = [];
  let requestBody: JsonMap | undefined;
  for (const { value } of byKey.values()) {
    const location = value.in;
    if (location === 'body') requestBody = bodyFrom(ctx, value, consumes);
    else if (location === 'formData') form.push(value);
    else parameters.push(parameterFrom(ctx, value));
  }
  if (form.length > 0 && !requestBody) requestBody = formBodyFrom(ctx, form, consumes);
  return requestBody ? { parameters, requestBody } : { parameters };
}

function parameterFrom(ctx: SpecDocuments, value: JsonMap): JsonMap {
  const out: JsonMap = { name: value.name, in: value.in };
  ctx.positions.copy(value, out);
  for (const key of ['description', 'required', 'deprecated', 'allowEmptyValue']) if (Object.hasOwn(value, key)) out[key] = value[key];
  for (const key of Object.keys(value)) if (key.startsWith('x-') && !SCHEMA_KEYS.includes(key)) setOwn(out, key, value[key]);
  out.schema = schemaFrom(ctx, value);
  if (own(value, 'type') === 'array') Object.assign(out, styleOf(ownString(value, 'collectionFormat') ?? 'csv', String(value.in)));
  return out;
}

/** collectionFormat → style/explode (only what differs from the 3.0 default of the location). */
function styleOf(format: string, location: string): JsonMap {
  const query = location === 'query' || location === 'formData';
  switch (format) {
    case 'multi':
      return query ? { style: 'form', explode: true } : {};
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    default:
      return query ? { style: 'form', explode: false } : {};
  }
}

function schemaFrom(ctx: SpecDocuments, value: JsonMap): JsonMap {
  const schema: JsonMap = {};
  ctx.positions.copy(value, schema);
  for (const key of SCHEMA_KEYS) if (Object.hasOwn(value, key)) schema[key] = value[key];
  return schema;
}

function bodyFrom(ctx: SpecDocuments, value: JsonMap, consumes: string[]): JsonMap {
  const examples = ownMap(value, 'x-examples');
  const content: JsonMap = {};
  for (const mediaType of consumes) {
    const media: JsonMap = {};
    if (Object.hasOwn(value, 'schema')) {
      media.schema = value.schema;
      placeSchema(ctx, value, media);
    }
    if (examples && Object.hasOwn(examples, mediaType)) media.example = examples[mediaType];
    setOwn(content, mediaType, media);
  }
  const body: JsonMap = { content, required: own(value, 'required') === true, 'x-codegen-request-body-name': value.name };
  ctx.positions.copy(value, body);
  if (Object.hasOwn(value, 'description')) body.description = value.description;
  return body;
}

/** A media type's `schema` is placed where the 2.0 body parameter or response states it (a change to it is located there). */
function placeSchema(ctx: SpecDocuments, from: JsonMap, media: JsonMap): void {
  if (ctx.positions.hasKey(from, 'schema')) ctx.positions.setKey(media, 'schema', ctx.positions.ofKey(from, 'schema', ctx.root.rel));
}

function formBodyFrom(ctx: SpecDocuments, fields: JsonMap[], consumes: string[]): JsonMap {
  const properties: JsonMap = {};
  const required: string[] = [];
  for (const field of fields) {
    const name = String(field.name);
    const schema = schemaFrom(ctx, field);
    if (Object.hasOwn(field, 'description')) schema.description = field.description;
    setOwn(properties, name, schema);
    ctx.positions.setKey(properties, name, ctx.positions.of(field, ctx.root.rel));
    if (field.required === true) required.push(name);
  }
  const schema: JsonMap = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  ctx.positions.copy(fields[0], schema);
  const hasFile = fields.some((field) => field.type === 'file');
  const stated = consumes.filter((type) => FORM_TYPES.includes(type));
  const types = stated.length > 0 ? stated : [hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
  const content: JsonMap = {};
  for (const type of types) content[type] = { schema };
  const body: JsonMap = { content, required: required.length > 0 };
  ctx.positions.copy(fields[0], body);
  return body;
}

export function convertResponses(ctx: SpecDocuments, operation: JsonMap, file: SpecFile, produces: string[]): JsonMap {
  const responses = ownMap(operation, 'responses');
  const out: JsonMap = {};
  if (!responses) return out;
  ctx.positions.copy(responses, out);
  for (const status of ctx.positions.keysOf(responses)) {
    const resolved = followRefs(ctx, responses[status], file);
    if (!resolved || !isMap(resolved.value)) continue;
    const value = resolved.value;
    const response: JsonMap = { description: ownString(value, 'description') ?? '' };
    ctx.positions.copy(value, response);
    const headers = ownMap(value, 'headers');
    if (headers) {
      const converted: JsonMap = {};
      ctx.positions.copy(headers, converted);
      for (const name of Object.keys(headers)) {
        const header = headers[name];
        if (!isMap(header)) continue;
        const entry: JsonMap = { schema: schemaFrom(ctx, header) };
        if (Object.hasOwn(header, 'description')) entry.description = header.description;
        setOwn(converted, name, entry);
      }
      response.headers = converted;
    }
    const examples = ownMap(value, 'examples');
    const content: JsonMap = {};
    const types = [...produces, ...(examples ? Object.keys(examples).filter((type) => !produces.includes(type)) : [])];
    for (const type of types) {
      const media: JsonMap = {};
      if (Object.hasOwn(value, 'schema') && produces.includes(type)) {
        media.schema = value.schema;
        placeSchema(ctx, value, media);
      }
      if (examples && Object.hasOwn(examples, type)) media.example = examples[type];
      if (Object.keys(media).length > 0) setOwn(content, type, media);
    }
    if (Object.keys(content).length > 0) response.content = content;
    setOwn(out, status, response);
  }
  return out;
}
