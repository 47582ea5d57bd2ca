/**
 * Swagger 2.0 → the OpenAPI 3.0 shape the rest of the import reads.
 *
 * Our own converter rather than `swagger2openapi` (unmaintained since 2021, and it would lose
 * source positions): it builds a 3.0 view of the document whose new objects carry the
 * positions of the 2.0 objects they come from. Schemas are not converted — the schema reader
 * knows 2.0's few differences (`type: file`, `x-nullable`, string `discriminator`) — so a
 * `$ref` to `#/definitions/X` resolves in the original document as before.
 * - host + basePath + schemes → servers; securityDefinitions → securitySchemes.
 * - `body` parameter → requestBody (one content per `consumes` type, name kept as
 *   `x-codegen-request-body-name`); `formData` → a form requestBody with an object schema.
 * - collectionFormat → style/explode; response `schema` + `produces` → content.
 */
import { HTTP_METHODS } from '../ir/types.js';
import { type SpecDocuments, sourceIn } from './documents.js';
import { isMap, type JsonMap, own, ownMap, ownString, setOwn } from './json.js';
import type { SpecFile } from './load.js';
import { followRefs } from './refs.js';
import { convertParameters, convertResponses } from './swagger2-operation.js';

export function convertSwagger2(ctx: SpecDocuments, doc: JsonMap, file: SpecFile): JsonMap {
  const view: JsonMap = { openapi: '3.0.3' };
  ctx.positions.copy(doc, view);
  for (const key of ['info', 'tags', 'security', 'externalDocs']) if (Object.hasOwn(doc, key)) view[key] = doc[key];
  for (const key of Object.keys(doc)) if (key.startsWith('x-')) setOwn(view, key, doc[key]);
  view.servers = servers(doc);
  const components: JsonMap = { schemas: ownMap(doc, 'definitions') ?? {}, securitySchemes: securitySchemes(ctx, doc, file) };
  view.components = components;
  const paths = ownMap(doc, 'paths');
  if (paths) {
    const newPaths: JsonMap = {};
    ctx.positions.copy(paths, newPaths);
    for (const path of ctx.positions.keysOf(paths)) {
      const item = followRefs(ctx, paths[path], file);
      if (!item || !isMap(item.value)) continue;
      setOwn(newPaths, path, convertPathItem(ctx, item.value, item.file, doc));
    }
    view.paths = newPaths;
  }
  return view;
}

function convertPathItem(ctx: SpecDocuments, item: JsonMap, file: SpecFile, doc: JsonMap): JsonMap {
  const out: JsonMap = {};
  ctx.positions.copy(item, out);
  for (const method of HTTP_METHODS) {
    const operation = own(item, method);
    if (!isMap(operation)) {
      if (operation !== undefined) out[method] = operation;
      continue;
    }
    const converted: JsonMap = {};
    ctx.positions.copy(operation, converted);
    for (const key of Object.keys(operation)) {
      if (!['parameters', 'responses', 'consumes', 'produces', 'schemes'].includes(key)) setOwn(converted, key, operation[key]);
    }
    const consumes = mediaTypes(operation, doc, 'consumes');
    const produces = mediaTypes(operation, doc, 'produces');
    const { parameters, requestBody } = convertParameters(ctx, [item, operation], file, consumes);
    converted.parameters = parameters;
    if (requestBody) converted.requestBody = requestBody;
    converted.responses = convertResponses(ctx, operation, file, produces);
    out[method] = converted;
  }
  return out;
}

function mediaTypes(operation: JsonMap, doc: JsonMap, key: 'consumes' | 'produces'): string[] {
  const list = own(operation, key) ?? own(doc, key);
  const types = Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  return types.length > 0 ? types : ['application/json'];
}

function servers(doc: JsonMap): JsonMap[] {
  const host = ownString(doc, 'host');
  const basePath = ownString(doc, 'basePath') ?? '';
  if (host === undefined) return basePath && basePath !== '/' ? [{ url: basePath }] : [];
  const schemes = (Array.isArray(own(doc, 'schemes')) ? (doc.schemes as unknown[]) : []).filter((s): s is string => typeof s === 'string');
  return (schemes.length > 0 ? schemes : ['https']).map((scheme) => ({ url: `${scheme}://${host}${basePath === '/' ? '' : basePath}` }));
}

const OAUTH_FLOWS: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};

function securitySchemes(ctx: SpecDocuments, doc: JsonMap, file: SpecFile): JsonMap {
  const definitions = ownMap(doc, 'securityDefinitions');
  const out: JsonMap = {};
  if (!definitions) return out;
  for (const name of Object.keys(definitions)) {
    const definition = definitions[name];
    const type = ownString(definition, 'type');
    const scheme: JsonMap = {};
    const description = ownString(definition, 'description');
    if (description !== undefined) scheme.description = description;
    if (type === 'basic') Object.assign(scheme, { type: 'http', scheme: 'basic' });
    else if (type === 'apiKey') Object.assign(scheme, { type: 'apiKey', name: own(definition, 'name'), in: own(definition, 'in') });
    else if (type === 'oauth2' && OAUTH_FLOWS[ownString(definition, 'flow') ?? ''] !== undefined) {
      const flow: JsonMap = {};
      for (const url of ['authorizationUrl', 'tokenUrl'])
        if (ownString(definition, url) !== undefined) flow[url] = ownString(definition, url);
      flow.scopes = ownMap(definition, 'scopes') ?? {};
      Object.assign(scheme, { type: 'oauth2', flows: { [OAUTH_FLOWS[ownString(definition, 'flow')!]!]: flow } });
    } else {
      ctx.diagnostics.report(
        'spec-invalid',
        sourceIn(ctx, file, definitions, name),
        `Security definition "${name}" has an unknown type or flow; it was skipped.`,
      );
      continue;
    }
    setOwn(out, name, scheme);
  }
  return out;
}
