/**
 * The structured diff of two resolved specs: operations matched by method and path template
 * (parameter names ignored, so `/pets/{id}` matches `/pets/{petId}`), then parameters, request
 * bodies, responses, headers and every differing schema pair inside them. Rules read only this.
 */
import { SchemaComparer, type SchemaPair, type Scope } from './compare-schema.js';
import { asRecord, escapeSegment, type Node, Resolver } from './resolve.js';
import { SchemaReader } from './schema.js';
import type { LoadedSpec } from './load-spec.js';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Parameter {
  /** Matching key: `query:limit`, `header:x-id` (lower-cased), `path:#0` (by position). */
  key: string;
  name: string;
  in: string;
  node: Node;
  schema?: Node;
  required: boolean;
}

export interface OperationSide {
  method: string;
  path: string;
  node: Node;
  parameters: Map<string, Parameter>;
  /** Effective security: the operation's, else the document's. Each entry: scheme → scopes. */
  security: Array<Map<string, string[]>>;
}

export interface Keyed<T = Node> { key: string; base: T; revision: T }
export interface Entry<T = Node> { key: string; node: T }
export interface Sided<T = Node> { added: Entry<T>[]; removed: Entry<T>[]; matched: Keyed<T>[] }

export interface ResponsePair extends Keyed {
  content: Sided;
  headers: Sided;
}

export interface OperationPair {
  /** `GET /pets/{petId}` (the revision's path). */
  label: string;
  base: OperationSide;
  revision: OperationSide;
  parameters: Sided<Parameter>;
  requestBody: { base?: Node; revision?: Node };
  requestContent: Sided;
  responses: { added: Entry[]; removed: Entry[]; matched: ResponsePair[] };
  schemas: SchemaPair[];
}

export interface SpecDiff {
  base: Resolver;
  revision: Resolver;
  baseSchemas: SchemaReader;
  revisionSchemas: SchemaReader;
  added: OperationSide[];
  removed: OperationSide[];
  operations: OperationPair[];
}

export const operationLabel = (side: { method: string; path: string }) => `${side.method.toUpperCase()} ${side.path}`;

export function compareSpecs(baseSpec: LoadedSpec, revisionSpec: LoadedSpec): SpecDiff {
  const base = new Resolver(baseSpec);
  const revision = new Resolver(revisionSpec);
  const baseSchemas = new SchemaReader(base);
  const revisionSchemas = new SchemaReader(revision);
  const comparer = new SchemaComparer(baseSchemas, revisionSchemas);
  const b = readOperations(base);
  const r = readOperations(revision);
  const diff: SpecDiff = { base, revision, baseSchemas, revisionSchemas, added: [], removed: [], operations: [] };
  for (const [key, side] of b) {
    const other = r.get(key);
    if (other) diff.operations.push(compareOperation(base, revision, comparer, side, other));
    else diff.removed.push(side);
  }
  for (const [key, side] of r) if (!b.has(key)) diff.added.push(side);
  return diff;
}

function readOperations(resolver: Resolver): Map<string, OperationSide> {
  const out = new Map<string, OperationSide>();
  const root = resolver.root();
  const paths = resolver.child(root, 'paths');
  const rootSecurity = resolver.child(root, 'security');
  for (const path of Object.keys(asRecord(paths?.value) ?? {}).sort()) {
    const item = resolver.deref(resolver.child(paths, path));
    if (!asRecord(item?.value)) continue;
    const shared = readParameters(resolver, resolver.child(item, 'parameters'), path);
    for (const method of METHODS) {
      const node = resolver.child(item, method);
      if (!asRecord(node?.value)) continue;
      const parameters = new Map(shared);
      for (const [k, p] of readParameters(resolver, resolver.child(node, 'parameters'), path)) parameters.set(k, p);
      const security = readSecurity(resolver.child(node, 'security') ?? rootSecurity);
      // Parameter names do not matter for matching; two templates that differ only in them (an
      // invalid spec) keep their own names so that neither is lost.
      const shape = `${method} ${path.replace(/\{[^}]*\}/g, '{}')}`;
      const key = out.has(shape) ? `${method} ${path}` : shape;
      out.set(key, { method, path, node: node!, parameters, security });
    }
  }
  return out;
}

function readParameters(resolver: Resolver, list: Node | undefined, path: string): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  if (!Array.isArray(list?.value)) return out;
  const template = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  (list.value as unknown[]).forEach((_, i) => {
    const node = resolver.deref(resolver.child(list, i));
    const p = asRecord(node?.value);
    if (!p || typeof p.name !== 'string' || typeof p.in !== 'string') return;
    const position = template.indexOf(p.name);
    const key = p.in === 'path' ? `path:#${position === -1 ? p.name : position}`
      : p.in === 'header' ? `header:${p.name.toLowerCase()}` : `${p.in}:${p.name}`;
    let schema = resolver.child(node, 'schema');
    if (!schema && p.content) {
      const content = resolver.child(node, 'content');
      const first = Object.keys(asRecord(content?.value) ?? {})[0];
      if (first) schema = resolver.child(resolver.child(content, first), 'schema');
    }
    if (!schema && p.type !== undefined) schema = node; // Swagger 2.0: the parameter is its own schema
    out.set(key, { key, name: p.name, in: p.in, node: node!, ...(schema ? { schema } : {}), required: p.required === true || p.in === 'path' });
  });
  return out;
}

function readSecurity(node: Node | undefined): Array<Map<string, string[]>> {
  if (!Array.isArray(node?.value)) return [];
  return (node.value as unknown[]).map((req) => {
    const m = new Map<string, string[]>();
    for (const [scheme, scopes] of Object.entries(asRecord(req) ?? {})) {
      m.set(scheme, Array.isArray(scopes) ? scopes.map(String).sort() : []);
    }
    return m;
  });
}

/** Pair the keys of two mappings; `norm` decides which keys mean the same (media types, header names). */
export function side(resolver: Resolver, node: Node | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const k of Object.keys(asRecord(node?.value) ?? {})) out.set(k, resolver.child(node, k)!);
  return out;
}

function pair(b: Map<string, Node>, r: Map<string, Node>, norm: (k: string) => string, bRes: Resolver, rRes: Resolver): Sided {
  const out: Sided = { added: [], removed: [], matched: [] };
  const rByNorm = new Map<string, [string, Node]>();
  for (const [k, n] of r) if (!rByNorm.has(norm(k))) rByNorm.set(norm(k), [k, n]);
  const seen = new Set<string>();
  for (const [k, n] of b) {
    const other = rByNorm.get(norm(k));
    if (other && !seen.has(other[0])) {
      seen.add(other[0]);
      out.matched.push({ key: other[0], base: bRes.deref(n)!, revision: rRes.deref(other[1])! });
    } else out.removed.push({ key: k, node: bRes.deref(n)! });
  }
  for (const [k, n] of r) if (!seen.has(k)) out.added.push({ key: k, node: rRes.deref(n)! });
  return out;
}

const mediaKey = (k: string) => k.split(';')[0]!.trim().toLowerCase();
const lower = (k: string) => k.toLowerCase();

function compareOperation(bRes: Resolver, rRes: Resolver, comparer: SchemaComparer, b: OperationSide, r: OperationSide): OperationPair {
  const schemas: SchemaPair[] = [];
  const parameters: Sided<Parameter> = { added: [], removed: [], matched: [] };
  for (const [k, p] of b.parameters) {
    const other = r.parameters.get(k);
    if (other) parameters.matched.push({ key: k, base: p, revision: other });
    else parameters.removed.push({ key: k, node: p });
  }
  for (const [k, p] of r.parameters) if (!b.parameters.has(k)) parameters.added.push({ key: k, node: p });
  for (const m of parameters.matched) {
    const scope: Scope = { direction: 'request', area: 'parameter', name: m.revision.name, where: m.revision.in };
    comparer.compare(m.base.schema, m.revision.schema, scope, `parameters/${m.revision.in}/${escapeSegment(m.revision.name)}/schema`, schemas);
  }
  const requestBody = { base: bRes.deref(bRes.child(b.node, 'requestBody')), revision: rRes.deref(rRes.child(r.node, 'requestBody')) };
  const requestContent = pair(side(bRes, bRes.child(requestBody.base, 'content')), side(rRes, rRes.child(requestBody.revision, 'content')), mediaKey, bRes, rRes);
  for (const m of requestContent.matched) {
    comparer.compare(bRes.child(m.base, 'schema'), rRes.child(m.revision, 'schema'), { direction: 'request', area: 'body', name: m.key, where: '' },
      `requestBody/content/${escapeSegment(m.key)}/schema`, schemas);
  }
  const statuses = pair(side(bRes, bRes.child(b.node, 'responses')), side(rRes, rRes.child(r.node, 'responses')), (k) => k.toUpperCase(), bRes, rRes);
  const matched: ResponsePair[] = statuses.matched.map((m) => {
    const content = pair(side(bRes, bRes.child(m.base, 'content')), side(rRes, rRes.child(m.revision, 'content')), mediaKey, bRes, rRes);
    for (const c of content.matched) {
      comparer.compare(bRes.child(c.base, 'schema'), rRes.child(c.revision, 'schema'), { direction: 'response', area: 'body', name: c.key, where: m.key },
        `responses/${m.key}/content/${escapeSegment(c.key)}/schema`, schemas);
    }
    const headers = pair(side(bRes, bRes.child(m.base, 'headers')), side(rRes, rRes.child(m.revision, 'headers')), lower, bRes, rRes);
    for (const h of headers.matched) {
      comparer.compare(bRes.child(h.base, 'schema'), rRes.child(h.revision, 'schema'),
        { direction: 'response', area: 'header', name: h.key, where: m.key }, `responses/${m.key}/headers/${escapeSegment(h.key)}/schema`, schemas);
    }
    return { ...m, content, headers };
  });
  return {
    label: operationLabel(r), base: b, revision: r, parameters, requestBody, requestContent,
    responses: { added: statuses.added, removed: statuses.removed, matched }, schemas,
  };
}
