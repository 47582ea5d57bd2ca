/**
 * The parts of an operation both code emitters declare: parameters grouped by location (as object
 * schemas), the request body and each response's body, picked the same way for types and zod.
 */
import type { Content, ObjectSchema, Operation, Parameter, ParameterLocation, Schema } from '../../ir/types.js';
import { compareText, type OperationNames } from './naming.js';

interface ResponsePart {
  status: string;
  /** `undefined`: the response has no body; `unknown` where the docs say it has one of no stated shape. */
  body: Schema | undefined;
}

export interface OperationParts {
  parameters: Partial<Record<ParameterLocation, ObjectSchema>>;
  requestBody?: { schema: Schema; required: boolean };
  responses: ResponsePart[];
  /** The 2xx responses (and `2XX`), in status order. */
  success: ResponsePart[];
}

const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** The `OperationNames` entry naming each location's parameter object. */
export const PARAMETER_PART = {
  path: 'pathParams',
  query: 'query',
  header: 'headers',
  cookie: 'cookies',
} as const satisfies Record<ParameterLocation, string>;

/** The parameter objects of `parts`, in location order. */
export function parameterGroups(parts: OperationParts): Array<{ location: ParameterLocation; schema: ObjectSchema }> {
  return PARAMETER_LOCATIONS.flatMap((location) => {
    const schema = parts.parameters[location];
    return schema ? [{ location, schema }] : [];
  });
}

const UNKNOWN: Schema = { kind: 'unknown' };

/**
 * The operations both code emitters declare, in one order: by operationId, the first of any
 * duplicate id only, each with its names and parts.
 */
export function operationsToDeclare(
  operations: readonly Operation[],
  names: ReadonlyMap<string, OperationNames>,
): Array<{ operation: Operation; names: OperationNames; parts: OperationParts }> {
  const sorted = [...operations].sort((a, b) => compareText(a.operationId, b.operationId));
  const seen = new Set<string>();
  const out: Array<{ operation: Operation; names: OperationNames; parts: OperationParts }> = [];
  for (const operation of sorted) {
    const operationNames = names.get(operation.operationId);
    if (!operationNames || seen.has(operation.operationId)) continue;
    seen.add(operation.operationId);
    out.push({ operation, names: operationNames, parts: operationParts(operation) });
  }
  return out;
}

/** Splits `operation` into the parts the emitters declare. */
export function operationParts(operation: Operation): OperationParts {
  const parameters: Partial<Record<ParameterLocation, ObjectSchema>> = {};
  for (const location of PARAMETER_LOCATIONS) {
    const group = uniqueByName(operation.parameters.filter((parameter) => parameter.in === location));
    if (group.length > 0) parameters[location] = parameterObject(group);
  }
  const parts: OperationParts = { parameters, responses: [], success: [] };
  if (operation.requestBody) {
    parts.requestBody = {
      schema: pickContent(operation.requestBody.content)?.schema ?? UNKNOWN,
      required: operation.requestBody.required,
    };
  }
  const responses = [...operation.responses].sort((a, b) => compareText(a.status, b.status));
  const seen = new Set<string>();
  for (const response of responses) {
    if (seen.has(response.status)) continue;
    seen.add(response.status);
    const content = pickContent(response.content);
    const body = content ? (content.schema ?? UNKNOWN) : response.unknownBody ? UNKNOWN : undefined;
    parts.responses.push({ status: response.status, body });
  }
  parts.success = parts.responses.filter((response) => /^2(\d\d|XX)$/i.test(response.status));
  return parts;
}

/** JSON first (`application/json`, then any `+json`), else the first content with a schema, else the first. */
export function pickContent(contents: Content[]): Content | undefined {
  const json = contents.find((content) => content.mediaType.split(';')[0]?.trim().toLowerCase() === 'application/json');
  return (
    json ??
    contents.find((content) => /[/+]json\b/i.test(content.mediaType)) ??
    contents.find((content) => content.schema !== undefined) ??
    contents[0]
  );
}

function uniqueByName(parameters: Parameter[]): Parameter[] {
  const seen = new Set<string>();
  return parameters.filter((parameter) => !seen.has(parameter.name) && seen.add(parameter.name));
}

function parameterObject(parameters: Parameter[]): ObjectSchema {
  return {
    kind: 'object',
    properties: parameters.map((parameter) => ({
      name: parameter.name,
      schema: parameter.deprecated ? { ...parameter.schema, deprecated: true } : parameter.schema,
      required: parameter.in === 'path' ? true : parameter.required,
      ...(parameter.description !== undefined ? { description: parameter.description } : {}),
    })),
  };
}
