/**
 * Reading an OpenAPI 3.0 / 3.1 document the way the fidelity score needs it: operations keyed by
 * method and path template, local `$ref`s followed, `nullable` / `type: [T, "null"]` / a `null`
 * variant of anyOf/oneOf ignored, every schema reduced to a base type
 * (string, integer, number, boolean, array, object, or `any` when nothing is said).
 * Pure functions over plain JSON; nothing here reads files.
 */

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const MAX_REF_HOPS = 32;

/** `/a/{id}/b/{x:int}` → `/a/{}/b/{}`: operations match on the template whatever the parameter names. */
function pathTemplate(path) {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** Names of the path's `{…}` parameters in order, without route constraints (`{id:int}` → `id`). */
export function pathParamNames(path) {
  return [...path.matchAll(/\{([^}:]*)[^}]*\}/g)].map((m) => m[1]);
}

/** The value a local JSON pointer (`#/components/schemas/X`) designates, or `undefined`. */
function pointerTarget(spec, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  let node = spec;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Follows `$ref` chains. Sibling keywords of a `$ref` (3.1 allows `description`, `readOnly`, …)
 * are kept over the target's. An unresolvable or cyclic reference yields `{}` (any).
 */
function resolve(spec, node) {
  let current = node;
  let siblings = {};
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops >= MAX_REF_HOPS) return {};
    const { $ref, ...rest } = current;
    siblings = { ...rest, ...siblings };
    current = pointerTarget(spec, $ref);
    if (current === undefined) return { ...siblings };
  }
  if (!current || typeof current !== 'object') return { ...siblings };
  return Object.keys(siblings).length > 0 ? { ...current, ...siblings } : current;
}

function isNullSchema(spec, schema) {
  const s = resolve(spec, schema);
  return (
    s.type === 'null' ||
    (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null') ||
    (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null)
  );
}

/**
 * The schema with nullability taken away: `$ref`s followed, and an anyOf/oneOf made only of one
 * schema and `null` replaced by that schema (how 3.1 writes a nullable reference).
 */
export function stripNull(spec, schema) {
  let s = resolve(spec, schema);
  for (let i = 0; i < MAX_REF_HOPS; i++) {
    const variants = s.anyOf ?? s.oneOf;
    if (!Array.isArray(variants)) return s;
    const kept = variants.filter((v) => !isNullSchema(spec, v));
    if (kept.length !== 1) return s;
    s = resolve(spec, kept[0]);
  }
  return s;
}

function typeOfValue(value) {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (Array.isArray(value)) return 'array';
  if (value && typeof value === 'object') return 'object';
  return undefined;
}

/** Base type of a schema: string | integer | number | boolean | array | object | any. */
export function baseType(spec, schema, depth = 0) {
  const s = stripNull(spec, schema);
  if (depth > MAX_REF_HOPS) return 'any';
  const declared = Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : s.type === undefined ? [] : [s.type];
  if (declared.length > 0) return declared[0];
  if (Array.isArray(s.enum)) {
    const types = s.enum.map(typeOfValue).filter(Boolean);
    if (types.length > 0)
      return types.every((t) => t === 'integer')
        ? 'integer'
        : types.includes('number') && types.every((t) => t === 'integer' || t === 'number')
          ? 'number'
          : types[0];
  }
  if ('const' in s && typeOfValue(s.const)) return typeOfValue(s.const);
  if (s.properties || s.additionalProperties !== undefined) return 'object';
  if (s.items) return 'array';
  if (Array.isArray(s.allOf)) {
    const parts = s.allOf.map((p) => baseType(spec, p, depth + 1)).filter((t) => t !== 'any');
    return parts.includes('object') ? 'object' : (parts[0] ?? 'any');
  }
  const variants = s.anyOf ?? s.oneOf;
  if (Array.isArray(variants)) {
    const types = [...new Set(variants.filter((v) => !isNullSchema(spec, v)).map((v) => baseType(spec, v, depth + 1)))];
    return types.length === 1 ? types[0] : 'any';
  }
  return 'any';
}

/**
 * Properties of an object schema as `Map<name, schema>` (allOf parts merged, anyOf/oneOf variants
 * united). `skip` decides which properties to leave out (e.g. readOnly ones in a request).
 */
export function objectFields(spec, schema, skip = () => false, depth = 0) {
  const fields = new Map();
  const s = stripNull(spec, schema);
  if (depth > MAX_REF_HOPS) return fields;
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    if (!skip(prop, resolve(spec, prop))) fields.set(name, prop);
  }
  for (const group of [s.allOf, s.anyOf, s.oneOf]) {
    if (!Array.isArray(group)) continue;
    for (const part of group) {
      for (const [name, prop] of objectFields(spec, part, skip, depth + 1)) if (!fields.has(name)) fields.set(name, prop);
    }
  }
  return fields;
}

/**
 * The fields a body exposes at its top level: an object's properties, or for an array (of arrays)
 * its items' properties. `isArray` tells which. A primitive body has no fields.
 */
export function bodyFields(spec, schema, skip) {
  let s = stripNull(spec, schema);
  let isArray = false;
  for (let i = 0; i < MAX_REF_HOPS && baseType(spec, s) === 'array'; i++) {
    isArray = true;
    s = stripNull(spec, s.items ?? {});
  }
  return { isArray, fields: objectFields(spec, s, skip) };
}

/** Every operation of the document: `{ method, path, template, operation, pathItem }`. */
export function listOperations(spec) {
  const out = [];
  for (const [path, rawItem] of Object.entries(spec?.paths ?? {})) {
    const pathItem = resolve(spec, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation && typeof operation === 'object') out.push({ method, path, template: pathTemplate(path), operation, pathItem });
    }
  }
  return out;
}

/** Path and query parameters (path-item ones overridden by the operation's), resolved. */
export function pathAndQueryParameters(spec, pathItem, operation) {
  const byKey = new Map();
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const raw of list ?? []) {
      const p = resolve(spec, raw);
      if (p.in === 'path' || p.in === 'query') byKey.set(`${p.in}:${p.name}`, p);
    }
  }
  return [...byKey.values()];
}

function pickMedia(content) {
  const types = Object.keys(content ?? {});
  const chosen = types.find((t) => t === 'application/json') ?? types.find((t) => /[/+]json\b/.test(t)) ?? types[0];
  return chosen === undefined ? undefined : content[chosen];
}

/** The request body's schema (JSON media type preferred), or `undefined`. */
export function requestBodySchema(spec, operation) {
  if (!operation.requestBody) return undefined;
  const body = resolve(spec, operation.requestBody);
  return pickMedia(body.content)?.schema;
}

/** Status codes the operation documents, as strings. */
export function statusCodes(_spec, operation) {
  return Object.keys(operation.responses ?? {}).map(String);
}

/** The schema of the first 2xx response that has a body (JSON preferred), or `undefined`. */
export function successResponseSchema(spec, operation) {
  const codes = statusCodes(spec, operation)
    .filter((c) => /^2(\d\d|XX)$/i.test(c))
    .sort();
  for (const code of codes) {
    const response = resolve(spec, operation.responses[code]);
    const schema = pickMedia(response.content)?.schema;
    if (schema) return schema;
  }
  return undefined;
}
