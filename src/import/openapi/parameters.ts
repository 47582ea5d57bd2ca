/**
 * Parameters: path-level and operation-level lists merged (the operation's win, keyed by
 * `in` + `name`), `$ref`s followed, every style/explode/allowReserved carried.
 */
import type { Parameter, ParameterLocation } from '../../ir/types.js';
import { isMap, own, ownString } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { followRefs } from '../../openapi/refs.js';
import { readContent, readExamples } from './content.js';
import { type ImportContext, sourceIn } from './context.js';
import { readSchema } from './schema.js';

const LOCATIONS = new Set<ParameterLocation>(['path', 'query', 'header', 'cookie']);

/** Reads `pathLevel` then `operationLevel` parameter lists; later entries replace earlier ones. */
export function readParameters(ctx: ImportContext, lists: { holder: unknown; file: SpecFile }[]): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const { holder, file } of lists) {
    const list = own(holder, 'parameters');
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, holder, 'parameters'), '"parameters" must be an array.');
      continue;
    }
    for (const item of list) {
      const parameter = readParameter(ctx, item, file);
      if (parameter) byKey.set(`${parameter.in}\u0000${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

function readParameter(ctx: ImportContext, item: unknown, itemFile: SpecFile): Parameter | undefined {
  const resolved = followRefs(ctx, item, itemFile);
  if (!resolved) return undefined;
  const { value, file } = resolved;
  const name = ownString(value, 'name');
  const location = ownString(value, 'in');
  if (!isMap(value) || name === undefined || location === undefined || !LOCATIONS.has(location as ParameterLocation)) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, file, value),
      'A parameter needs a "name" and an "in" of path, query, header or cookie.',
    );
    return undefined;
  }
  // A parameter is described by a `schema` or by `content` (one media type, e.g. JSON in a query).
  const content = Object.hasOwn(value, 'schema') ? [] : readContent(ctx, value, file);
  const parameter: Parameter = {
    name,
    in: location as ParameterLocation,
    required: location === 'path' ? true : own(value, 'required') === true,
    schema: Object.hasOwn(value, 'schema') ? readSchema(ctx, value.schema, file) : (content[0]?.schema ?? { kind: 'unknown' }),
  };
  if (content[0]) parameter.contentType = content[0].mediaType;
  if (content.length > 1) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, file, value, 'content'),
      `A parameter's "content" has one media type; only ${content[0]!.mediaType} was used.`,
      { severity: 'warning' },
    );
  }
  const description = ownString(value, 'description');
  if (description !== undefined) parameter.description = description;
  if (own(value, 'deprecated') === true) parameter.deprecated = true;
  if (parameter.contentType === undefined) readSerialisation(value, parameter);
  else {
    for (const key of SCHEMA_ONLY_KEYS) {
      if (Object.hasOwn(value, key))
        ctx.diagnostics.report(
          'spec-invalid',
          sourceIn(ctx, file, value, key),
          `"${key}" applies only to a parameter described by a "schema", not by "content"; it was not used.`,
          { severity: 'warning' },
        );
    }
  }
  const examples = [...readExamples(ctx, value, file), ...(content[0]?.examples ?? [])];
  if (examples.length > 0) parameter.examples = examples;
  parameter.source = sourceIn(ctx, file, value);
  if (location === 'path' && own(value, 'required') !== true) {
    ctx.diagnostics.report('spec-invalid', parameter.source, `Path parameter "${name}" must be required; it is read as required.`, {
      severity: 'warning',
    });
  }
  return parameter;
}

/** OpenAPI allows these only beside `schema`: `content` carries its own serialisation. */
const SCHEMA_ONLY_KEYS = ['style', 'explode', 'allowReserved'] as const;

function readSerialisation(value: Record<string, unknown>, parameter: Parameter): void {
  const style = ownString(value, 'style');
  if (style !== undefined) parameter.style = style;
  const explode = own(value, 'explode');
  if (typeof explode === 'boolean') parameter.explode = explode;
  if (own(value, 'allowReserved') === true) parameter.allowReserved = true;
}
