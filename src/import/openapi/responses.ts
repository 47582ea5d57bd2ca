/** Request bodies and responses (with headers), `$ref`s followed. */
import type { Header, JsonValue, RequestBody, Response } from '../../ir/types.js';
import { isMap, type JsonMap, own, ownMap, ownString, setOwn, toJson } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { followRefs } from '../../openapi/refs.js';
import { readContent } from './content.js';
import { type ImportContext, sourceIn } from './context.js';
import { readSchema } from './schema.js';

export function readRequestBody(ctx: ImportContext, operation: unknown, operationFile: SpecFile): RequestBody | undefined {
  if (!Object.hasOwn(operation as object, 'requestBody')) return undefined;
  const resolved = followRefs(ctx, own(operation, 'requestBody'), operationFile);
  if (!resolved || !isMap(resolved.value)) return undefined;
  const { value, file } = resolved;
  const body: RequestBody = { required: own(value, 'required') === true, content: readContent(ctx, value, file) };
  const name = ownString(value, 'x-codegen-request-body-name');
  if (name !== undefined) body.name = name;
  const description = ownString(value, 'description');
  if (description !== undefined) body.description = description;
  body.source = sourceIn(ctx, file, value);
  return body;
}

export function readResponses(ctx: ImportContext, operation: unknown, file: SpecFile): Response[] {
  const responses = ownMap(operation, 'responses');
  if (!responses) return [];
  const out: Response[] = [];
  for (const status of ctx.positions.keysOf(responses)) {
    if (status.startsWith('x-')) continue;
    if (!/^([1-5]\d\d|[1-5]XX|default)$/i.test(status)) {
      ctx.diagnostics.report(
        'invalid-status-code',
        sourceIn(ctx, file, responses, status),
        `"${status}" is not an HTTP status code, a range like 4XX, or default.`,
      );
      continue;
    }
    const resolved = followRefs(ctx, responses[status], file);
    if (!resolved || !isMap(resolved.value)) continue;
    const { value, file: responseFile } = resolved;
    const response: Response = {
      status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(),
      description: ownString(value, 'description') ?? '',
      headers: readHeaders(ctx, value, responseFile),
      content: readContent(ctx, value, responseFile),
    };
    const links = readLinks(ctx, value, responseFile);
    if (links) response.links = links;
    response.source = sourceIn(ctx, file, responses, status);
    out.push(response);
  }
  return out;
}

/** Link Objects by name, `$ref`s followed, as plain JSON (they hold runtime expressions, not schemas). */
function readLinks(ctx: ImportContext, response: Record<string, unknown>, file: SpecFile): Record<string, JsonValue> | undefined {
  const links = ownMap(response, 'links');
  if (!links) return undefined;
  const out: JsonMap = {};
  for (const name of ctx.positions.keysOf(links)) {
    const resolved = followRefs(ctx, links[name], file);
    if (resolved && isMap(resolved.value)) setOwn(out, name, toJson(resolved.value));
  }
  return Object.keys(out).length > 0 ? (out as Record<string, JsonValue>) : undefined;
}

function readHeaders(ctx: ImportContext, response: Record<string, unknown>, file: SpecFile): Header[] {
  const headers = ownMap(response, 'headers');
  if (!headers) return [];
  const out: Header[] = [];
  for (const name of ctx.positions.keysOf(headers)) {
    const resolved = followRefs(ctx, headers[name], file);
    if (!resolved || !isMap(resolved.value)) continue;
    const { value, file: headerFile } = resolved;
    const schema = Object.hasOwn(value, 'schema')
      ? readSchema(ctx, value.schema, headerFile)
      : readContent(ctx, value, headerFile)[0]?.schema;
    const header: Header = { name, required: own(value, 'required') === true, schema: schema ?? { kind: 'unknown' } };
    const description = ownString(value, 'description');
    if (description !== undefined) header.description = description;
    if (own(value, 'deprecated') === true) header.deprecated = true;
    header.source = sourceIn(ctx, file, headers, name);
    out.push(header);
  }
  return out;
}
