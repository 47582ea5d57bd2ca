/**
 * Paths (and webhooks, and callbacks) → operations. Path items may be `$ref`s; path-level
 * parameters merge into each operation's; operationIds are kept (or made from method and path)
 * and, by `uniqueOperationIds` once all are read, kept unique.
 */

import { ROUTE_WORD_BREAK } from '../../ir/operation-id.js';
import { HTTP_METHODS, type HttpMethod, type Operation } from '../../ir/types.js';
import { extensionsOf, isMap, own, ownMap, ownString } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { followRefs } from '../../openapi/refs.js';
import { readCallbacks } from './callbacks.js';
import { type ImportContext, type PathItemSite, sourceIn } from './context.js';
import { readServers } from './document.js';
import { readParameters } from './parameters.js';
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
    operations.push(...readPathItem(ctx, { key: path, value: paths[path], file, depth: 0 }));
  }
  return operations;
}

/** OpenAPI 3.1 `webhooks`: each one's operations, their `path` the webhook's name. */
export function readWebhooks(ctx: ImportContext, document: Record<string, unknown>, file: SpecFile): Operation[] {
  const webhooks = own(document, 'webhooks');
  if (webhooks === undefined) return [];
  if (!isMap(webhooks)) {
    ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, document, 'webhooks'), '"webhooks" must be a map of names to path items.');
    return [];
  }
  return ctx.positions
    .keysOf(webhooks)
    .filter((name) => !name.startsWith('x-'))
    .flatMap((name) => readPathItem(ctx, { key: name, value: webhooks[name], file, depth: 0 }));
}

/** The operations of one Path Item (a `$ref` followed), in method order. */
function readPathItem(ctx: ImportContext, site: PathItemSite): Operation[] {
  const item = followRefs(ctx, site.value, site.file);
  if (!item || !isMap(item.value)) return [];
  const operations: Operation[] = [];
  for (const method of HTTP_METHODS) {
    const operation = own(item.value, method);
    if (operation === undefined) continue;
    if (!isMap(operation)) {
      ctx.diagnostics.report(
        'spec-invalid',
        sourceIn(ctx, item.file, item.value, method),
        `The ${method} operation of ${site.key} must be an object.`,
      );
      continue;
    }
    operations.push(readOperation(ctx, { ...site, path: site.key, method, item: item.value, operation, file: item.file }));
  }
  return operations;
}

interface OperationSite extends PathItemSite {
  path: string;
  method: HttpMethod;
  item: Record<string, unknown>;
  operation: Record<string, unknown>;
}

function readOperation(ctx: ImportContext, site: OperationSite): Operation {
  const { operation, file } = site;
  const out: Operation = {
    operationId: ownString(operation, 'operationId') ?? defaultOperationId(site),
    method: site.method,
    path: site.path,
    tags: (Array.isArray(operation.tags) ? operation.tags : []).filter((tag): tag is string => typeof tag === 'string'),
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
  const callbacks = readCallbacks(ctx, { operation, file, owner: out.operationId, depth: site.depth }, (item) => readPathItem(ctx, item));
  if (callbacks) out.callbacks = callbacks;
  // The operation's own servers, else its Path Item's, override the document's.
  const serversFrom = Object.hasOwn(operation, 'servers') ? operation : Object.hasOwn(site.item, 'servers') ? site.item : undefined;
  if (serversFrom) out.servers = readServers(ctx, serversFrom, file);
  const extensions = extensionsOf(operation, IGNORED_OPERATION_KEYS);
  if (extensions) out.extensions = extensions;
  out.source = sourceIn(ctx, file, site.item, site.method);
  return out;
}

/** `get /pets/{petId}` → `getPetsPetId`; a callback's: owner + method + callback name (`subscribePostOnEvent`). */
function defaultOperationId(site: OperationSite): string {
  const id = idFromWords(site.method, site.callback ? site.callback.name : site.path);
  return site.callback ? site.callback.owner + id[0]!.toUpperCase() + id.slice(1) : id;
}

function idFromWords(method: HttpMethod, path: string): string {
  // `/v1/订单/{订单号}`'s words are `v1`, `订单`, `订单号`: `getV1订单订单号`.
  const words = path.split(ROUTE_WORD_BREAK).filter(Boolean);
  return method + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

/**
 * A repeated operationId is reported and the later ones get `_2`, `_3`, …. OpenAPI wants them
 * unique across the document: pass the paths' operations first, then webhooks' and callbacks'.
 * A repeat among paths is an error, as before; webhooks and callbacks (a callback `$ref`fed by
 * several operations repeats its ids) only warn.
 */
export function uniqueOperationIds(ctx: ImportContext, paths: Operation[], others: Operation[] = []): void {
  const used = new Set<string>();
  // The next suffix to try per id: a spec repeating one id many times stays linear.
  const next = new Map<string, number>();
  for (const [index, operation] of [...paths, ...others].entries()) {
    if (!used.has(operation.operationId)) {
      used.add(operation.operationId);
      continue;
    }
    let n = next.get(operation.operationId) ?? 2;
    while (used.has(`${operation.operationId}_${n}`)) n++;
    next.set(operation.operationId, n + 1);
    const unique = `${operation.operationId}_${n}`;
    const message = `The operationId "${operation.operationId}" is used twice; this one is read as "${unique}".`;
    ctx.diagnostics.report('duplicate-operation', operation.source ?? sourceIn(ctx, ctx.root, undefined), message, {
      severity: index < paths.length ? 'error' : 'warning',
    });
    operation.operationId = unique;
    used.add(unique);
  }
}
