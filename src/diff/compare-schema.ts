/**
 * Walk two schemas side by side and list every pair of matched sub-schemas whose own facets
 * differ (type, enum, constraints, property set, required list...). Properties at any depth,
 * `items`, a tuple's `prefixItems`, `additionalProperties` and `oneOf`/`anyOf` alternatives are followed; equal pairs
 * are skipped (schema-equality.ts); an unequal pair is reported at every path that reaches it
 * (`billing.street` and `shipping.street`), except around a cycle, which ends the path.
 */
import { escapeSegment, type Node } from './resolve.js';
import type { Schema, SchemaReader } from './schema.js';
import { EqualityOracle, MAX_DEPTH, type NodePair, pairKey, signature } from './schema-equality.js';

export { stableStringify } from './schema-equality.js';

type Direction = 'request' | 'response';

export interface Scope {
  direction: Direction;
  area: 'parameter' | 'body' | 'header';
  /** Parameter or header name; media type for bodies. */
  name: string;
  /** Parameter location (`query`, `path`...); response status for response bodies and headers. */
  where: string;
  /**
   * Set inside a webhook or callback, where the API is the client: `direction` is then flipped
   * (its request body is judged as a response, its response bodies as requests).
   */
  event?: 'webhook' | 'callback';
}

export interface SchemaPair {
  scope: Scope;
  /** Pointer inside the operation. */
  path: string;
  /** Display path: `pet.tags[].name`; '' for the root. */
  property: string;
  base: Schema;
  revision: Schema;
  alternativesAdded: string[];
  alternativesRemoved: string[];
}

/** Enough for any real spec; bounds the walk when a changed type is reachable along exponentially many paths. */
const MAX_VISITS_PER_ROOT = 20_000;

export class SchemaComparer {
  private readonly oracle: EqualityOracle;
  /** Pairs on the current path (a cycle ends there). */
  private readonly active = new Set<string>();
  /** Pair visits left under the current root: a type shared along very many paths stops here. */
  private budget = 0;

  constructor(
    private readonly base: SchemaReader,
    private readonly revision: SchemaReader,
  ) {
    this.oracle = new EqualityOracle(
      base,
      revision,
      (b, r) => {
        if (signature(b) !== signature(r)) return true;
        const alt = this.matchAlternatives(b, r);
        return alt.added.length > 0 || alt.removed.length > 0;
      },
      (b, r) => this.childPairs(b, r),
    );
  }

  compare(b: Node | undefined, r: Node | undefined, scope: Scope, path: string, out: SchemaPair[]): void {
    this.budget = MAX_VISITS_PER_ROOT;
    this.walk(b, r, scope, path, '', out);
  }

  /** Matched sub-schemas, in the order the walk visits them. */
  private childPairs(b: Schema, r: Schema): NodePair[] {
    const out: NodePair[] = [];
    for (const [name, bn] of b.properties) {
      const rn = r.properties.get(name);
      if (rn) out.push([bn, rn]);
    }
    if (b.items && r.items) out.push([b.items, r.items]);
    b.prefixItems.forEach((bn, i) => {
      out.push([bn, r.prefixItems[i]]);
    });
    if (b.additional && r.additional) out.push([b.additional, r.additional]);
    for (const [bn, rn] of this.matchAlternatives(b, r).matched) out.push([bn, rn]);
    return out;
  }

  private walk(bNode: Node | undefined, rNode: Node | undefined, scope: Scope, path: string, property: string, out: SchemaPair[]): void {
    if (!bNode || !rNode || this.oracle.equal(bNode, rNode)) return;
    const b = this.base.read(bNode);
    const r = this.revision.read(rNode);
    if (!b || !r) return;
    const key = pairKey(b, r);
    if (this.active.has(key) || this.budget <= 0 || this.active.size > MAX_DEPTH * 4) return;
    this.budget--;
    this.active.add(key);
    const { matched, added, removed } = this.matchAlternatives(b, r);
    if (signature(b) !== signature(r) || added.length > 0 || removed.length > 0) {
      out.push({ scope, path, property, base: b, revision: r, alternativesAdded: added, alternativesRemoved: removed });
    }
    const join = (name: string) => (property ? `${property}.${name}` : name);
    for (const [name, bn] of b.properties) {
      const rn = r.properties.get(name);
      if (rn) this.walk(bn, rn, scope, `${path}/properties/${escapeSegment(name)}`, join(name), out);
    }
    if (b.items && r.items) this.walk(b.items, r.items, scope, `${path}/items`, `${property}[]`, out);
    b.prefixItems.forEach((bn, i) => {
      this.walk(bn, r.prefixItems[i], scope, `${path}/prefixItems/${i}`, `${property}[${i}]`, out);
    });
    if (b.additional && r.additional) {
      this.walk(b.additional, r.additional, scope, `${path}/additionalProperties`, join('*'), out);
    }
    for (const [bn, rn, index, label] of matched) {
      const kind = r.alternativesKind ?? 'oneOf';
      this.walk(bn, rn, scope, `${path}/${kind}/${index}`, `${property}(${label})`, out);
    }
    this.active.delete(key);
  }

  /** Alternatives paired by component name or title; unnamed ones by position when counts agree. */
  private matchAlternatives(b: Schema, r: Schema) {
    const matched: Array<[Node, Node, number, string]> = [];
    const added: string[] = [];
    const removed: string[] = [];
    const revLeft = r.alternatives.map((n, i) => ({ n, i, label: this.revision.label(n) }));
    const baseLeft: Array<{ n: Node; i: number; label: string | undefined }> = [];
    b.alternatives.forEach((n, i) => {
      const label = this.base.label(n);
      const at = label === undefined ? -1 : revLeft.findIndex((x) => x.label === label);
      if (at === -1) baseLeft.push({ n, i, label });
      else matched.push([n, revLeft[at]!.n, revLeft.splice(at, 1)[0]!.i, label!]);
    });
    const clash = baseLeft.some((x, k) => x.label !== undefined && revLeft[k]?.label !== undefined);
    if (baseLeft.length === revLeft.length && !clash) {
      baseLeft.forEach((x, k) => {
        matched.push([x.n, revLeft[k]!.n, revLeft[k]!.i, revLeft[k]!.label ?? x.label ?? `#${revLeft[k]!.i}`]);
      });
    } else {
      for (const x of baseLeft) removed.push(x.label ?? `#${x.i}`);
      for (const x of revLeft) added.push(x.label ?? `#${x.i}`);
    }
    return { matched, added, removed };
  }
}
