/**
 * `paths` and `webhooks`: one Path Item per path or webhook name (sorted), operations in the
 * fixed OpenAPI method order, each with its `callbacks` (Path Items again, per expression).
 */
import { formatSource } from '../../ir/source.js';
import { type Callback, HTTP_METHODS, type Operation, type Parameter, type RequestBody } from '../../ir/types.js';
import { emitContent, emitExamples } from './content.js';
import { compareCodeUnits, copyExtensions, type JsonObject, objectFromEntries, orderKeys, setEntry, sortedEntries } from './json-object.js';
import { emitResponses } from './responses.js';
import { emitSchema, type SchemaContext } from './schema.js';
import { emitServer } from './servers.js';

const OPERATION_KEY_ORDER = [
  'tags',
  'summary',
  'description',
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  'callbacks',
  'deprecated',
  'security',
  'servers',
] as const;

const PARAMETER_KEY_ORDER = [
  'name',
  'in',
  'description',
  'required',
  'deprecated',
  'style',
  'explode',
  'allowReserved',
  'schema',
  'examples',
  'content',
] as const;

/** `paths`; `lazy`: each Path Item a function that builds it (for printing one at a time). */
export function emitPaths(operations: Operation[], ctx: SchemaContext, lazy = false): JsonObject {
  return emitPathItems(operations, ctx, 'path', lazy);
}

/** `webhooks`: one Path Item per webhook name (sorted), keyed by the name as it is. */
export function emitWebhooks(operations: Operation[], ctx: SchemaContext): JsonObject {
  return emitPathItems(operations, ctx, 'webhook');
}

/**
 * Path Items keyed by path template (`path`: a leading slash ensured, template variables
 * declared), webhook name or callback expression (kept as they are: no path parameters).
 */
function emitPathItems(operations: Operation[], ctx: SchemaContext, kind: 'path' | 'webhook' | 'callback', lazy = false): JsonObject {
  const byPath = new Map<string, Operation[]>();
  for (const operation of operations) {
    const path = kind === 'path' ? pathKey(operation) : operation.path;
    const list = byPath.get(path);
    if (list) list.push(operation);
    else byPath.set(path, [operation]);
  }
  const paths = [...byPath.keys()].sort(compareCodeUnits);
  return objectFromEntries(
    paths.map((path) => {
      const emit = () => emitPathItem(byPath.get(path) ?? [], ctx, kind === 'path' ? path : undefined);
      return [path, lazy ? emit : emit()] as const;
    }),
  );
}

/** The key of an operation's Path Item under `paths`: its path with a leading slash. */
export function pathKey(operation: Operation): string {
  return operation.path.startsWith('/') ? operation.path : `/${operation.path}`;
}

/**
 * One Path Item: the operations under one key, in OpenAPI's method order (the first of a method
 * wins). `path`: the template whose undeclared variables become parameters (none for webhooks and callbacks).
 */
export function emitPathItem(operations: readonly Operation[], ctx: SchemaContext, path: string | undefined): JsonObject {
  const methods = new Map<string, Operation>();
  for (const operation of operations) if (!methods.has(operation.method)) methods.set(operation.method, operation);
  return objectFromEntries(
    HTTP_METHODS.filter((method) => methods.has(method)).map(
      (method) => [method, emitOperation(methods.get(method) as Operation, path, ctx)] as const,
    ),
  );
}

/** `callbacks`: name → runtime expression → Path Item, names sorted. */
function emitCallbacks(callbacks: Callback[] | undefined, ctx: SchemaContext): JsonObject | undefined {
  if (!callbacks || callbacks.length === 0) return undefined;
  const sorted = [...callbacks].sort((a, b) => compareCodeUnits(a.name, b.name));
  return objectFromEntries(sorted.map((callback) => [callback.name, emitPathItems(callback.operations, ctx, 'callback')] as const));
}

/** `path`: the path template whose undeclared variables become parameters (none for webhooks and callbacks). */
function emitOperation(operation: Operation, path: string | undefined, ctx: SchemaContext): JsonObject {
  const parameters = [
    ...operation.parameters.map((parameter) => emitParameter(parameter, ctx)),
    ...(path === undefined ? [] : undeclaredPathParameters(operation, path)),
  ];
  const body: JsonObject = {
    tags: operation.tags.length > 0 ? [...operation.tags] : undefined,
    summary: operation.summary,
    description: operation.description,
    operationId: operation.operationId,
    parameters: parameters.length > 0 ? parameters : undefined,
    requestBody: operation.requestBody && emitRequestBody(operation.requestBody, ctx),
    responses: emitResponses(operation.responses, ctx),
    callbacks: emitCallbacks(operation.callbacks, ctx),
    deprecated: operation.deprecated || undefined,
    security: operation.security?.map((requirement) => objectFromEntries(sortedEntries(requirement))),
    servers: operation.servers?.map(emitServer),
  };
  copyExtensions(body, operation.extensions);
  if (ctx.sources && operation.source) setEntry(body, 'x-specdown-source', formatSource(operation.source));
  return orderKeys(body, OPERATION_KEY_ORDER);
}

function emitParameter(parameter: Parameter, ctx: SchemaContext): JsonObject {
  // A parameter described by a media type: its schema and examples go under `content`.
  const content =
    parameter.contentType !== undefined
      ? emitContent([{ mediaType: parameter.contentType, schema: parameter.schema, examples: parameter.examples ?? [] }], ctx)
      : undefined;
  const body: JsonObject = {
    name: parameter.name,
    in: parameter.in,
    description: parameter.description,
    // OpenAPI: a path parameter is always required.
    required: parameter.in === 'path' ? true : parameter.required || undefined,
    deprecated: parameter.deprecated || undefined,
    // OpenAPI allows the serialisation keys only beside `schema`.
    style: content ? undefined : parameter.style,
    explode: content ? undefined : parameter.explode,
    allowReserved: content ? undefined : parameter.allowReserved,
    schema: content ? undefined : emitSchema(parameter.schema, ctx),
    examples: content ? undefined : emitExamples(parameter.examples),
    content,
    'x-specdown-constraints': parameter.constraints && parameter.constraints.length > 0 ? [...parameter.constraints] : undefined,
    'x-specdown-source': ctx.sources && parameter.source ? formatSource(parameter.source) : undefined,
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
