/**
 * `paths`: one Path Item per path (sorted), operations in the fixed OpenAPI method order.
 */
import { formatSource } from '../../ir/source.js';
import { HTTP_METHODS, type Operation, type Parameter, type RequestBody } from '../../ir/types.js';
import { emitContent, emitExamples } from './content.js';
import { compareCodeUnits, copyExtensions, objectFromEntries, orderKeys, setEntry, sortedEntries, type JsonObject } from './json-object.js';
import { emitResponses } from './responses.js';
import { emitSchema, type SchemaContext } from './schema.js';

const OPERATION_KEY_ORDER = [
  'tags', 'summary', 'description', 'operationId', 'parameters', 'requestBody', 'responses', 'deprecated', 'security',
] as const;

const PARAMETER_KEY_ORDER = [
  'name', 'in', 'description', 'required', 'deprecated', 'style', 'explode', 'allowReserved', 'schema', 'examples',
] as const;

export function emitPaths(operations: Operation[], ctx: SchemaContext): JsonObject {
  const byPath = new Map<string, Map<string, Operation>>();
  for (const operation of operations) {
    const path = operation.path.startsWith('/') ? operation.path : `/${operation.path}`;
    const methods = byPath.get(path) ?? new Map<string, Operation>();
    if (!methods.has(operation.method)) methods.set(operation.method, operation);
    byPath.set(path, methods);
  }
  const paths = [...byPath.keys()].sort(compareCodeUnits);
  return objectFromEntries(
    paths.map((path) => {
      const methods = byPath.get(path) ?? new Map<string, Operation>();
      const item = HTTP_METHODS.filter((method) => methods.has(method)).map(
        (method) => [method, emitOperation(methods.get(method) as Operation, path, ctx)] as const,
      );
      return [path, objectFromEntries(item)] as const;
    }),
  );
}

function emitOperation(operation: Operation, path: string, ctx: SchemaContext): JsonObject {
  const parameters = [...operation.parameters.map((parameter) => emitParameter(parameter, ctx)), ...undeclaredPathParameters(operation, path)];
  const body: JsonObject = {
    tags: operation.tags.length > 0 ? [...operation.tags] : undefined,
    summary: operation.summary,
    description: operation.description,
    operationId: operation.operationId,
    parameters: parameters.length > 0 ? parameters : undefined,
    requestBody: operation.requestBody && emitRequestBody(operation.requestBody, ctx),
    responses: emitResponses(operation.responses, ctx),
    deprecated: operation.deprecated || undefined,
    security: operation.security?.map((requirement) => objectFromEntries(sortedEntries(requirement))),
  };
  copyExtensions(body, operation.extensions);
  if (ctx.sources && operation.source) setEntry(body, 'x-specdown-source', formatSource(operation.source));
  return orderKeys(body, OPERATION_KEY_ORDER);
}

function emitParameter(parameter: Parameter, ctx: SchemaContext): JsonObject {
  const body: JsonObject = {
    name: parameter.name,
    in: parameter.in,
    description: parameter.description,
    // OpenAPI: a path parameter is always required.
    required: parameter.in === 'path' ? true : parameter.required || undefined,
    deprecated: parameter.deprecated || undefined,
    style: parameter.style,
    explode: parameter.explode,
    allowReserved: parameter.allowReserved,
    schema: emitSchema(parameter.schema, ctx),
    examples: emitExamples(parameter.examples),
    'x-specdown-constraints': parameter.constraints && parameter.constraints.length > 0 ? [...parameter.constraints] : undefined,
  };
  return orderKeys(body, PARAMETER_KEY_ORDER);
}

/** Template variables of `path` that no path parameter declares, as plain string parameters. */
function undeclaredPathParameters(operation: Operation, path: string): JsonObject[] {
  const declared = new Set(operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name));
  const names = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string);
  return [...new Set(names)]
    .filter((name) => !declared.has(name))
    .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' }, 'x-specdown-undocumented': true }));
}

function emitRequestBody(requestBody: RequestBody, ctx: SchemaContext): JsonObject {
  return orderKeys(
    {
      description: requestBody.description,
      content: emitContent(requestBody.content, ctx),
      required: requestBody.required || undefined,
      'x-codegen-request-body-name': requestBody.name,
    },
    ['description', 'content', 'required'],
  );
}
