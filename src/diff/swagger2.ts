/**
 * Swagger 2.0 read as the OpenAPI 3.0 shape the differ compares: body and form parameters
 * become request bodies (one content entry per `consumes` type), response `schema`s become
 * content (per `produces` type), `collectionFormat` becomes style/explode, header objects get
 * a `schema`, `securityDefinitions` become `components.securitySchemes`. Schemas are left as
 * they are (`#/definitions/...` refs keep resolving: `definitions` stays in the view), so their
 * locations still point into the file. Converted wrappers have no line numbers.
 */
import { asRecord } from './resolve.js';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const COLLECTION: Record<string, { style: string; explode: boolean }> = {
  csv: { style: 'form', explode: false },
  ssv: { style: 'spaceDelimited', explode: false },
  pipes: { style: 'pipeDelimited', explode: false },
  multi: { style: 'form', explode: true },
};

export function isSwagger2(doc: unknown): boolean {
  return typeof asRecord(doc)?.swagger === 'string';
}

export function convertSwagger2(doc: Json): Json {
  const local = (value: unknown): unknown => {
    const ref = asRecord(value)?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
    let v: unknown = doc;
    for (const seg of ref.slice(2).split('/')) v = asRecord(v)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    return v ?? value;
  };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const view: Json = { ...doc, openapi: '3.0.3' };
  delete view.swagger;
  const schemes: Json = {};
  for (const [name, def] of Object.entries(asRecord(doc.securityDefinitions) ?? {})) {
    const d = asRecord(def) ?? {};
    schemes[name] = d.type === 'basic' ? { type: 'http', scheme: 'basic' } : d;
  }
  view.components = { ...asRecord(doc.components), schemas: asRecord(doc.definitions) ?? {}, securitySchemes: schemes };
  const paths: Json = {};
  for (const [path, rawItem] of Object.entries(asRecord(doc.paths) ?? {})) {
    const item = asRecord(local(rawItem));
    if (!item) continue;
    const out: Json = { ...item };
    delete out.parameters;
    for (const method of METHODS) {
      const op = asRecord(item[method]);
      if (!op) continue;
      const consumes = list(op.consumes) ?? list(doc.consumes) ?? ['application/json'];
      const produces = list(op.produces) ?? list(doc.produces) ?? ['application/json'];
      const params = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])]
        .map((p) => asRecord(local(p)))
        .filter((p): p is Json => p !== undefined);
      const byKey = new Map(params.map((p) => [`${String(p.in)}:${String(p.name)}`, p])); // operation overrides path item
      const converted: Json = { ...op };
      delete converted.consumes;
      delete converted.produces;
      const plain: Json[] = [];
      const form: Json = { type: 'object', properties: {} as Json, required: [] as string[] };
      for (const p of byKey.values()) {
        if (p.in === 'body') {
          converted.requestBody = {
            required: p.required === true,
            content: Object.fromEntries(consumes.map((m) => [m, { schema: p.schema ?? {} }])),
          };
        } else if (p.in === 'formData') {
          const { name, in: _in, required, description: _d, ...schema } = p;
          (form.properties as Json)[String(name)] = schema;
          if (required === true) (form.required as string[]).push(String(name));
        } else {
          const { collectionFormat, ...rest } = p;
          plain.push(
            typeof collectionFormat === 'string' && COLLECTION[collectionFormat]
              ? { ...rest, ...COLLECTION[collectionFormat] }
              : p.type === 'array'
                ? { ...rest, ...COLLECTION.csv }
                : rest,
          );
        }
      }
      if (Object.keys(form.properties as Json).length > 0) {
        const media = consumes.find((m) => m.includes('form')) ?? 'application/x-www-form-urlencoded';
        converted.requestBody = { content: { [media]: { schema: form } } };
      }
      converted.parameters = plain;
      const responses: Json = {};
      for (const [status, rawRes] of Object.entries(asRecord(op.responses) ?? {})) {
        const res = asRecord(local(rawRes)) ?? {};
        const r: Json = { ...res };
        delete r.schema;
        delete r.examples;
        if (res.schema !== undefined) r.content = Object.fromEntries(produces.map((m) => [m, { schema: res.schema }]));
        if (asRecord(res.headers)) {
          r.headers = Object.fromEntries(Object.entries(asRecord(res.headers)!).map(([h, v]) => [h, { schema: v }]));
        }
        responses[status] = r;
      }
      converted.responses = responses;
      out[method] = converted;
    }
    paths[path] = out;
  }
  view.paths = paths;
  return view;
}
