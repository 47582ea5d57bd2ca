/**
 * The structured diff of two resolved specs: operations matched by method and path template
 * (read-operations.ts), then parameters, request bodies, responses, headers and every differing
 * schema pair inside them. Webhooks and the callbacks of matched operations are compared the
 * same way with the direction flipped: there the API sends the request and reads the response,
 * so a request body is judged as a response and a response as a request. Rules read only this.
 */

import { escapePointerToken } from '../ir/json-pointer.js';
import { SchemaComparer, type SchemaPair, type Scope } from './compare-schema.js';
import type { LoadedSpec } from './load-spec.js';
import { type OperationSide, operationLabel, type Parameter, readCallbacks, readOperations, readWebhooks } from './read-operations.js';
import { asRecord, type Node, Resolver } from './resolve.js';
import { SchemaReader } from './schema.js';

export { type OperationSide, operationLabel, type Parameter } from './read-operations.js';

interface Keyed<T = Node> {
  key: string;
  base: T;
  revision: T;
}
interface Entry<T = Node> {
  key: string;
  node: T;
}
interface Sided<T = Node> {
  added: Entry<T>[];
  removed: Entry<T>[];
  matched: Keyed<T>[];
}

interface ResponsePair extends Keyed {
  content: Sided;
  headers: Sided;
}

interface OperationPair {
  /** `GET /pets/{petId}` (the revision's path). */
  label: string;
  base: OperationSide;
  revision: OperationSide;
  parameters: Sided<Parameter>;
  requestBody: { base?: Node; revision?: Node };
  requestContent: Sided;
  responses: { added: Entry[]; removed: Entry[]; matched: ResponsePair[] };
}

interface OperationSet {
  added: OperationSide[];
  removed: OperationSide[];
  operations: OperationPair[];
}

export interface SpecDiff extends OperationSet {
  base: Resolver;
  revision: Resolver;
  baseSchemas: SchemaReader;
  revisionSchemas: SchemaReader;
  /**
   * Webhooks, and callbacks of operations present in both specs (a removed operation's
   * callbacks go with it). Their schema pairs carry `scope.event` and a flipped direction.
   */
  events: OperationSet;
  /** Every differing schema pair of every operation, webhook and callback, each once with its places. */
  schemas: SchemaPair[];
}

export function compareSpecs(baseSpec: LoadedSpec, revisionSpec: LoadedSpec): SpecDiff {
  const base = new Resolver(baseSpec);
  const revision = new Resolver(revisionSpec);
  const baseSchemas = new SchemaReader(base);
  const revisionSchemas = new SchemaReader(revision);
  const comparer = new SchemaComparer(baseSchemas, revisionSchemas);
  const events: OperationSet = { added: [], removed: [], operations: [] };
  const diff: SpecDiff = { base, revision, baseSchemas, revisionSchemas, added: [], removed: [], operations: [], events, schemas: [] };
  const compare = (b: OperationSide, r: OperationSide) => compareOperation(base, revision, comparer, b, r);
  pairOperations(readOperations(base), readOperations(revision), diff, compare);
  pairOperations(readWebhooks(base), readWebhooks(revision), events, compare);
  for (const op of diff.operations) pairOperations(readCallbacks(base, op.base), readCallbacks(revision, op.revision), events, compare);
  diff.schemas = comparer.finish();
  return diff;
}

function pairOperations(
  b: Map<string, OperationSide>,
  r: Map<string, OperationSide>,
  into: OperationSet,
  compare: (b: OperationSide, r: OperationSide) => OperationPair,
): void {
  for (const [key, side] of b) {
    const other = r.get(key);
    if (other) into.operations.push(compare(side, other));
    else into.removed.push(side);
  }
  for (const [key, side] of r) if (!b.has(key)) into.added.push(side);
}
/** Pair the keys of two mappings; `norm` decides which keys mean the same (media types, header names). */
export function side(resolver: Resolver, node: Node | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const k of Object.keys(asRecord(node?.value) ?? {})) {
    const child = resolver.child(node, k);
    if (child) out.set(k, child);
  }
  return out;
}

function pair(b: Map<string, Node>, r: Map<string, Node>, norm: (k: string) => string, bRes: Resolver, rRes: Resolver): Sided {
  const out: Sided = { added: [], removed: [], matched: [] };
  const taken = new Set<string>();
  const left: Array<[string, Node]> = [];
  // The same key first (`application/json;stream=watch` beside `application/json`), then the same meaning.
  for (const [k, n] of b) {
    const other = r.get(k);
    if (other) {
      taken.add(k);
      out.matched.push({ key: k, base: bRes.deref(n)!, revision: rRes.deref(other)! });
    } else left.push([k, n]);
  }
  const rByNorm = new Map<string, [string, Node]>();
  for (const [k, n] of r) if (!taken.has(k) && !rByNorm.has(norm(k))) rByNorm.set(norm(k), [k, n]);
  for (const [k, n] of left) {
    const other = rByNorm.get(norm(k));
    if (other && !taken.has(other[0])) {
      taken.add(other[0]);
      out.matched.push({ key: other[0], base: bRes.deref(n)!, revision: rRes.deref(other[1])! });
    } else out.removed.push({ key: k, node: bRes.deref(n)! });
  }
  for (const [k, n] of r) if (!taken.has(k)) out.added.push({ key: k, node: rRes.deref(n)! });
  return out;
}

const mediaKey = (k: string) => k.split(';')[0]!.trim().toLowerCase();
const lower = (k: string) => k.toLowerCase();

function compareOperation(bRes: Resolver, rRes: Resolver, comparer: SchemaComparer, b: OperationSide, r: OperationSide): OperationPair {
  // An event's request is sent by the API (judged like a response) and its response by the
  // receiver (judged like a request). Its parameters and response headers are not judged: the
  // parameter and header rules speak of the normal direction only.
  const event = r.event?.kind;
  const on = event ? { event } : {};
  const sent: Scope['direction'] = event ? 'response' : 'request';
  const returned: Scope['direction'] = event ? 'request' : 'response';
  const parameters: Sided<Parameter> = { added: [], removed: [], matched: [] };
  for (const [k, p] of b.parameters) {
    const other = r.parameters.get(k);
    if (other) parameters.matched.push({ key: k, base: p, revision: other });
    else parameters.removed.push({ key: k, node: p });
  }
  for (const [k, p] of r.parameters) if (!b.parameters.has(k)) parameters.added.push({ key: k, node: p });
  for (const m of event ? [] : parameters.matched) {
    const scope: Scope = { direction: 'request', area: 'parameter', name: m.revision.name, where: m.revision.in };
    comparer.add(m.base.schema, m.revision.schema, scope, `parameters/${m.revision.in}/${escapePointerToken(m.revision.name)}/schema`, r);
  }
  const requestBody = { base: bRes.deref(bRes.child(b.node, 'requestBody')), revision: rRes.deref(rRes.child(r.node, 'requestBody')) };
  const requestContent = pair(
    side(bRes, bRes.child(requestBody.base, 'content')),
    side(rRes, rRes.child(requestBody.revision, 'content')),
    mediaKey,
    bRes,
    rRes,
  );
  for (const m of requestContent.matched) {
    comparer.add(
      bRes.child(m.base, 'schema'),
      rRes.child(m.revision, 'schema'),
      { direction: sent, area: 'body', name: m.key, where: '', ...on },
      `requestBody/content/${escapePointerToken(m.key)}/schema`,
      r,
    );
  }
  const statuses = pair(
    side(bRes, bRes.child(b.node, 'responses')),
    side(rRes, rRes.child(r.node, 'responses')),
    (k) => k.toUpperCase(),
    bRes,
    rRes,
  );
  const matched: ResponsePair[] = statuses.matched.map((m) => {
    const content = pair(side(bRes, bRes.child(m.base, 'content')), side(rRes, rRes.child(m.revision, 'content')), mediaKey, bRes, rRes);
    for (const c of content.matched) {
      comparer.add(
        bRes.child(c.base, 'schema'),
        rRes.child(c.revision, 'schema'),
        { direction: returned, area: 'body', name: c.key, where: m.key, ...on },
        `responses/${m.key}/content/${escapePointerToken(c.key)}/schema`,
        r,
      );
    }
    const headers = pair(side(bRes, bRes.child(m.base, 'headers')), side(rRes, rRes.child(m.revision, 'headers')), lower, bRes, rRes);
    for (const h of event ? [] : headers.matched) {
      comparer.add(
        bRes.child(h.base, 'schema'),
        rRes.child(h.revision, 'schema'),
        { direction: 'response', area: 'header', name: h.key, where: m.key },
        `responses/${m.key}/headers/${escapePointerToken(h.key)}/schema`,
        r,
      );
    }
    return { ...m, content, headers };
  });
  return {
    label: operationLabel(r),
    base: b,
    revision: r,
    parameters,
    requestBody,
    requestContent,
    responses: { added: statuses.added, removed: statuses.removed, matched },
  };
}
