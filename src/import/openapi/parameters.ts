/**
 * Parameters: path-level and operation-level lists merged (the operation's win, keyed by
 * `in` + `name`), `$ref`s followed, every style/explode/allowReserved carried.
 */
import type { Parameter, ParameterLocation } from '../../ir/types.js';
import { readContent, readExamples } from './content.js';
import { sourceIn, type ImportContext } from './context.js';
import { isMap, own, ownString } from './json.js';
import type { SpecFile } from './load.js';
import { followRefs } from './refs.js';
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
    ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, value), 'A parameter needs a "name" and an "in" of path, query, header or cookie.');
    return undefined;
  }
  const parameter: Parameter = {
    name,
    in: location as ParameterLocation,
    required: location === 'path' ? true : own(value, 'required') === true,
    schema: parameterSchema(ctx, value, file),
  };
  const description = ownString(value, 'description');
  if (description !== undefined) parameter.description = description;
  if (own(value, 'deprecated') === true) parameter.deprecated = true;
  const style = ownString(value, 'style');
  if (style !== undefined) parameter.style = style;
  const explode = own(value, 'explode');
  if (typeof explode === 'boolean') parameter.explode = explode;
  if (own(value, 'allowReserved') === true) parameter.allowReserved = true;
  const examples = [...readExamples(ctx, value, file), ...readContent(ctx, value, file).flatMap((content) => content.examples)];
  if (examples.length > 0) parameter.examples = examples;
  parameter.source = sourceIn(ctx, file, value);
  if (location === 'path' && own(value, 'required') !== true) {
    ctx.diagnostics.report('spec-invalid', parameter.source, `Path parameter "${name}" must be required; it is read as required.`, { severity: 'warning' });
  }
  return parameter;
}

function parameterSchema(ctx: ImportContext, value: Record<string, unknown>, file: SpecFile) {
  if (Object.hasOwn(value, 'schema')) return readSchema(ctx, value['schema'], file);
  const content = readContent(ctx, value, file)[0];
  return content?.schema ?? { kind: 'unknown' as const };
}
