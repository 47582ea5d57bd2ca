/**
 * Two places documenting one route (two pages, or one page twice: "for users" and "for admins")
 * → one operation holding what both say:
 *
 * - parameters: the union, by location and name;
 * - request body: the first one's, object properties unioned (a property only some documents list
 *   is optional: no document requires it of every caller);
 * - responses: the union, by status; samples kept from both.
 *
 * They disagree when the same parameter or property has another type, or another required flag:
 * the first document's word is kept and `operation-conflict` names both places. A path parameter
 * one place has no row for (`undocumented`: its route names it) is the other's, whichever comes
 * first: a page beside the OpenAPI spec that documents its route (or naming it, `openapi: GET
 * /trees/{treeId}`) takes the spec's `treeId`, its type and words, with no conflict.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { formatSource, sourceOf } from '../ir/source.js';
import type { Content, ObjectSchema, Operation, Parameter, Response, Schema } from '../ir/types.js';

/**
 * The first operation's parameters and responses by key, kept across the merges into it: built
 * afresh per merge, a route documented in 3,000 sections (`GET /v2/lamp?key1=…`, each a variant
 * with its own key) took a pass over all the parameters gathered so far per section — quadratic.
 */
export interface RouteIndex {
  parameters: Map<string, Parameter>;
  responses: Map<string, Response>;
}

/** The index of `operation`'s parameters and responses, to pass to each `mergeSameRoute` into it. */
export function routeIndex(operation: Operation): RouteIndex {
  return {
    parameters: firstBy(operation.parameters, (p) => `${p.in}\0${p.name}`),
    responses: firstBy(operation.responses, (r) => r.status),
  };
}

export function mergeSameRoute(first: Operation, second: Operation, file: string, diagnostics: DiagnosticBag, index?: RouteIndex): void {
  const there = first.source ?? sourceOf(file, undefined);
  const here = second.source ?? sourceOf(file, undefined);
  const route = `${first.method.toUpperCase()} ${first.path}`;
  const disagree = (what: string) =>
    diagnostics.report('operation-conflict', here, `${route}: ${what} differs from ${formatSource(there)}; the first is kept`, {
      related: [there],
    });
  // Looked up by location and name, the first of each kept: a linear search per parameter made
  // merging quadratic in a route's parameters (1.7 s at 10,000 parameters documented twice).
  const parameters = index?.parameters ?? firstBy(first.parameters, (p) => `${p.in}\0${p.name}`);
  for (const parameter of second.parameters) {
    const key = `${parameter.in}\0${parameter.name}`;
    const known = parameters.get(key);
    if (!known) {
      first.parameters.push(parameter);
      parameters.set(key, parameter);
    } else if (known.undocumented || parameter.undocumented) {
      // A placeholder one place has no row for (typed string for want of one): the other's row documents it.
      if (!known.undocumented || parameter.undocumented) continue;
      first.parameters[first.parameters.indexOf(known)] = parameter;
      parameters.set(key, parameter);
    } else if (!sameSchema(known.schema, parameter.schema)) disagree(`the type of ${parameter.in} parameter "${parameter.name}"`);
    // The example the other place shows (`GET /lamps?room=hall` in a section of its own), where the first shows none.
    else if (parameter.schema.examples && !known.schema.examples) known.schema = { ...known.schema, examples: parameter.schema.examples };
    else if (known.required !== parameter.required && parameter.in !== 'path')
      disagree(`whether ${parameter.in} parameter "${parameter.name}" is required`);
  }
  if (second.requestBody) {
    if (!first.requestBody) first.requestBody = second.requestBody;
    else mergeContents(first.requestBody.content, second.requestBody.content, disagree, 'the request body');
  }
  const responses = index?.responses ?? firstBy(first.responses, (r) => r.status);
  for (const response of second.responses) {
    const known = responses.get(response.status);
    if (!known) {
      first.responses.push(response);
      responses.set(response.status, response);
    } else mergeContents(known.content, response.content, disagree, `the ${response.status} response's body`);
  }
  first.summary ??= second.summary ?? '';
  if (!first.summary) delete first.summary;
  first.description ??= second.description ?? '';
  if (!first.description) delete first.description;
}

function mergeContents(into: Content[], from: readonly Content[], disagree: (what: string) => void, what: string): void {
  for (const content of from) {
    const known = into.find((c) => c.mediaType === content.mediaType);
    if (!known) {
      into.push(content);
      continue;
    }
    known.examples.push(
      ...content.examples.map((example, index) => ({ ...example, name: `${example.name}_${known.examples.length + index + 1}` })),
    );
    if (!known.schema) {
      if (content.schema) known.schema = content.schema;
    } else if (content.schema && known.schema.kind === 'object' && content.schema.kind === 'object') {
      known.schema = unionObjects(known.schema, content.schema, disagree);
      // One answer a list, the other one item (`GET /v2/lamp` and `GET /v2/lamp?list`): they disagree, the first kept.
    } else if (content.schema && listAndItem(known.schema, content.schema)) disagree(`the type of ${what} (${content.mediaType})`);
  }
}

/** One schema a list, the other no list and stated (a ref or an inline object is each one item: no disagreement between them). */
function listAndItem(a: Schema, b: Schema): boolean {
  return (a.kind === 'array') !== (b.kind === 'array') && a.kind !== 'unknown' && b.kind !== 'unknown';
}

/** Each item of `items` by its key, the first of a key kept (as `find` gives it). */
function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const at = key(item);
    if (!map.has(at)) map.set(at, item);
  }
  return map;
}

function unionObjects(a: ObjectSchema, b: ObjectSchema, disagree: (what: string) => void): ObjectSchema {
  const others = firstBy(b.properties, (p) => p.name);
  const names = new Set(a.properties.map((p) => p.name));
  const properties = a.properties.map((property) => {
    const other = others.get(property.name);
    if (other && !sameSchema(property.schema, other.schema)) disagree(`the type of body property "${property.name}"`);
    return other ? property : { ...property, required: false };
  });
  for (const property of b.properties) if (!names.has(property.name)) properties.push({ ...property, required: false });
  return { ...a, properties };
}

function sameSchema(a: Schema, b: Schema): boolean {
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // An example shown is no type: `search` typed string, shown as `?search=oak` elsewhere, is the same parameter.
    for (const [key, inner] of Object.entries(value))
      if (key !== 'source' && key !== 'description' && key !== 'examples') out[key] = strip(inner);
    return out;
  }
  return value;
}
