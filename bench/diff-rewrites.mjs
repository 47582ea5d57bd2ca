/**
 * Rewrites of an OpenAPI document that keep its meaning, for the differ's property test
 * (`diff(A, A′)` must be empty) and `bench:diff`'s self-diff run. Plain JavaScript so that both
 * the tests and the benchmarks import it. Each takes a parsed document and returns a new one.
 */

/** Every mapping's keys in reverse order (arrays keep theirs: their order can mean something). */
export function reorderKeys(value) {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const key of Object.keys(value).reverse()) define(out, key, reorderKeys(value[key]));
  return out;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Each inline (non-`$ref`) body schema of an operation moved into `components.schemas` and referred to. */
export function moveIntoComponents(doc) {
  const out = structuredClone(doc);
  if (typeof out.swagger === 'string') return out;
  out.components ??= {};
  out.components.schemas ??= {};
  let n = 0;
  // A schema other `$ref`s point into stays where it is (moving it would break them).
  const refs = [];
  collectRefs(out, refs);
  const pointer = (...segments) => `#/${segments.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  const move = (holder, at) => {
    const schema = holder?.schema;
    if (!schema || typeof schema !== 'object' || '$ref' in schema) return;
    if (refs.some((ref) => ref.startsWith(at) || decodeURIComponent(ref).startsWith(at))) return;
    let name = `Moved${n++}`;
    while (name in out.components.schemas) name = `Moved${n++}`;
    out.components.schemas[name] = schema;
    holder.schema = { $ref: `#/components/schemas/${name}` };
  };
  for (const [path, item] of Object.entries(out.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op || typeof op !== 'object') continue;
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        move(media, pointer('paths', path, method, 'requestBody', 'content', type, 'schema'));
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        for (const [type, media] of Object.entries(response?.content ?? {})) {
          move(media, pointer('paths', path, method, 'responses', status, 'content', type, 'schema'));
        }
      }
    }
  }
  return out;
}

function collectRefs(value, out) {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
}

/** Each body schema that only refers to a component holding no `$ref` replaced by a copy of the component. */
export function moveOutOfComponents(doc) {
  const out = structuredClone(doc);
  const schemas = typeof out.swagger === 'string' ? out.definitions : out.components?.schemas;
  const prefix = typeof out.swagger === 'string' ? '#/definitions/' : '#/components/schemas/';
  if (!schemas) return out;
  const inline = (holder) => {
    const ref = holder?.schema?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith(prefix) || Object.keys(holder.schema).length !== 1) return;
    const name = decodeURIComponent(ref.slice(prefix.length)).replace(/~1/g, '/').replace(/~0/g, '~');
    const target = schemas[name];
    if (!target || typeof target !== 'object' || JSON.stringify(target).includes('"$ref"')) return;
    holder.schema = structuredClone(target);
  };
  for (const item of Object.values(out.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op || typeof op !== 'object') continue;
      for (const p of Array.isArray(op.parameters) ? op.parameters : []) if (p?.in === 'body') inline(p);
      for (const media of Object.values(op.requestBody?.content ?? {})) inline(media);
      for (const response of Object.values(op.responses ?? {})) {
        inline(response);
        for (const media of Object.values(response?.content ?? {})) inline(media);
      }
    }
  }
  return out;
}

/** A Swagger 2.0 view (as the loader converts it) written as a standalone OpenAPI 3.0 document. */
export function swagger2AsOpenApi3(view, original) {
  const out = structuredClone(view);
  out.openapi = '3.0.3';
  out.components = { ...(out.components ?? {}), schemas: structuredClone(original.definitions ?? {}) };
  const rewrite = (v) => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (v === null || typeof v !== 'object') return v;
    const o = {};
    for (const [k, x] of Object.entries(v)) {
      define(
        o,
        k,
        k === '$ref' && typeof x === 'string' && x.startsWith('#/definitions/') ? `#/components/schemas/${x.slice(14)}` : rewrite(x),
      );
    }
    return o;
  };
  return rewrite(out);
}

function define(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
