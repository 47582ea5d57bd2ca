/**
 * Paths → operations. Path items may be `$ref`s; path-level parameters merge into each
 * operation's; operationIds are kept (or made from method and path) and kept unique.
 */
import { HTTP_METHODS, type HttpMethod, type Operation } from '../../ir/types.js';
import { sourceIn, type ImportContext } from './context.js';
import { extensionsOf, isMap, own, ownMap, ownString } from './json.js';
import type { SpecFile } from './load.js';
import { readParameters } from './parameters.js';
import { followRefs } from './refs.js';
import { readRequestBody, readResponses } from './responses.js';
import { readSecurity } from './security.js';

const IGNORED_OPERATION_KEYS = new Set(['x-codegen-request-body-name']);

export function readOperations(ctx: ImportContext, document: Record<string, unknown>, file: SpecFile): Operation[] {
  const paths = ownMap(document, 'paths');
  if (!paths) return [];
  const operations: Operation[] = [];
  for (const path of ctx.positions.keysOf(paths)) {
    if (path.startsWith('x-')) continue;
    if (!path.startsWith('/')) {
      ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, paths, path), `The path "${path}" must start with "/"; it was skipped.`);
      continue;
    }
    const item = followRefs(ctx, paths[path], file);
    if (!item || !isMap(item.value)) continue;
    for (const key of ['servers'] as const) {
      if (Object.hasOwn(item.value, key)) ctx.diagnostics.report('unsupported-keyword', sourceIn(ctx, item.file, item.value, key), 'Path-level servers are not carried; the document servers apply.');
    }
    for (const method of HTTP_METHODS) {
      const operation = own(item.value, method);
      if (operation === undefined) continue;
      if (!isMap(operation)) {
        ctx.diagnostics.report('spec-invalid', sourceIn(ctx, item.file, item.value, method), `The ${method} operation of ${path} must be an object.`);
        continue;
      }
      operations.push(readOperation(ctx, { path, method, item: item.value, operation, file: item.file }));
    }
  }
  return uniqueOperationIds(ctx, operations);
}

interface OperationSite {
  path: string;
  method: HttpMethod;
  item: Record<string, unknown>;
  operation: Record<string, unknown>;
  file: SpecFile;
}

function readOperation(ctx: ImportContext, site: OperationSite): Operation {
  const { operation, file } = site;
  const out: Operation = {
    operationId: ownString(operation, 'operationId') ?? defaultOperationId(site.method, site.path),
    method: site.method,
    path: site.path,
    tags: (Array.isArray(operation['tags']) ? operation['tags'] : []).filter((tag): tag is string => typeof tag === 'string'),
    parameters: readParameters(ctx, [
      { holder: site.item, file },
      { holder: operation, file },
    ]),
    responses: readResponses(ctx, operation, file),
  };
  const summary = ownString(operation, 'summary') ?? ownString(site.item, 'summary');
  if (summary !== undefined) out.summary = summary;
  const description = ownString(operation, 'description') ?? ownString(site.item, 'description');
  if (description !== undefined) out.description = description;
  if (own(operation, 'deprecated') === true) out.deprecated = true;
  const body = readRequestBody(ctx, operation, file);
  if (body) out.requestBody = body;
  const security = readSecurity(ctx, operation, file);
  if (security) out.security = security;
  for (const key of ['callbacks', 'servers'] as const) {
    if (Object.hasOwn(operation, key)) ctx.diagnostics.report('unsupported-keyword', sourceIn(ctx, file, operation, key), `Operation ${key} are not carried by specdown; they were not used.`);
  }
  const extensions = extensionsOf(operation, IGNORED_OPERATION_KEYS);
  if (extensions) out.extensions = extensions;
  out.source = sourceIn(ctx, file, site.item, site.method);
  return out;
}

/** `get /pets/{petId}` → `getPetsPetId`. */
function defaultOperationId(method: HttpMethod, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

/** A repeated operationId is reported and the later ones get `_2`, `_3`, …. */
function uniqueOperationIds(ctx: ImportContext, operations: Operation[]): Operation[] {
  const used = new Set<string>();
  for (const operation of operations) {
    if (!used.has(operation.operationId)) {
      used.add(operation.operationId);
      continue;
    }
    let n = 2;
    while (used.has(`${operation.operationId}_${n}`)) n++;
    const unique = `${operation.operationId}_${n}`;
    ctx.diagnostics.report('duplicate-operation', operation.source ?? sourceIn(ctx, ctx.root, undefined), `The operationId "${operation.operationId}" is used twice; this one is read as "${unique}".`);
    operation.operationId = unique;
    used.add(unique);
  }
  return operations;
}
