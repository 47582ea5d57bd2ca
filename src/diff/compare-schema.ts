/**
 * Walk two schemas side by side and list every pair of matched sub-schemas whose own facets
 * differ (type, enum, constraints, property set, required list...). Properties at any depth,
 * `items`, `additionalProperties` and `oneOf`/`anyOf` alternatives are followed; pairs already
 * on the walk (cycles) are not entered twice, and pairs found equal are remembered.
 */
import { escapeSegment, type Node } from './resolve.js';
import type { Schema, SchemaReader } from './schema.js';

export type Direction = 'request' | 'response';

export interface Scope {
  direction: Direction;
  area: 'parameter' | 'body' | 'header';
  /** Parameter or header name; media type for bodies. */
  name: string;
  /** Parameter location (`query`, `path`...); response status for response bodies and headers. */
  where: string;
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

const FACETS = [
  'type', 'format', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength',
  'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'multipleOf',
  'default', 'readOnly', 'writeOnly', 'deprecated', 'discriminator', 'additionalProperties', 'x-sunset',
] as const;

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

function signature(s: Schema): string {
  const facets: Record<string, unknown> = { nullable: s.nullable };
  for (const f of FACETS) {
    const v = s.kw[f];
    if (v === undefined) continue;
    if (f === 'additionalProperties' && typeof v === 'object') continue;
    facets[f] = f === 'enum' && Array.isArray(v) ? [...v].map(stableStringify).sort() : v;
  }
  facets.properties = [...s.properties.keys()].sort();
  facets.required = [...s.required].sort();
  facets.alternatives = s.alternatives.length;
  return stableStringify(facets);
}

/**
 * Deep equality of two schemas by meaning, memoised per (base, revision) location pair.
 * Cycles are assumed equal while being compared; a verdict that leaned on such an assumption
 * is parked on the frame it assumed, and settled when that frame is: a pair that reaches an
 * unequal pair is unequal, so parked verdicts follow their frame's.
 */
class EqualityOracle {
  private readonly final = new Map<string, boolean>();
  private readonly stack = new Map<string, number>();
  private readonly parked = new Map<number, string[]>();

  constructor(private readonly children: (b: Schema, r: Schema) => Array<[Schema | undefined, Schema | undefined]>) {}

  equal(b: Schema, r: Schema): boolean {
    return this.visit(b, r).equal;
  }

  private visit(b: Schema | undefined, r: Schema | undefined): { equal: boolean; low: number } {
    if (!b || !r) return { equal: b === r, low: Infinity };
    const key = pairKey(b, r);
    const known = this.final.get(key);
    if (known !== undefined) return { equal: known, low: Infinity };
    const at = this.stack.get(key);
    if (at !== undefined) return { equal: true, low: at };
    const depth = this.stack.size;
    this.stack.set(key, depth);
    let equal = signature(b) === signature(r);
    let low = Infinity;
    if (equal) {
      for (const [cb, cr] of this.children(b, r)) {
        const res = this.visit(cb, cr);
        if (!res.equal) {
          equal = false;
          break;
        }
        low = Math.min(low, res.low);
      }
    }
    this.stack.delete(key);
    const waiting = this.parked.get(depth) ?? [];
    this.parked.delete(depth);
    if (!equal || low >= depth) {
      this.final.set(key, equal);
      for (const k of waiting) this.final.set(k, equal);
      return { equal, low: Infinity };
    }
    const list = this.parked.get(low) ?? [];
    list.push(key, ...waiting);
    this.parked.set(low, list);
    return { equal: true, low };
  }
}

const pairKey = (b: Schema, r: Schema) => `${b.node.file}#${b.node.pointer}|${r.node.file}#${r.node.pointer}`;

export class SchemaComparer {
  private readonly oracle: EqualityOracle;
  /** Pairs already walked under the current root: each is reported once, at its first path. */
  private walked = new Set<string>();

  constructor(private readonly base: SchemaReader, private readonly revision: SchemaReader) {
    this.oracle = new EqualityOracle((b, r) => this.childPairs(b, r));
  }

  compare(b: Node | undefined, r: Node | undefined, scope: Scope, path: string, out: SchemaPair[]): void {
    this.walked = new Set();
    this.walk(this.base.read(b), this.revision.read(r), scope, path, '', out);
  }

  /** Matched sub-schemas, in the order the walk visits them. */
  private childPairs(b: Schema, r: Schema): Array<[Schema | undefined, Schema | undefined]> {
    const out: Array<[Schema | undefined, Schema | undefined]> = [];
    for (const [name, bn] of b.properties) {
      const rn = r.properties.get(name);
      if (rn) out.push([this.base.read(bn), this.revision.read(rn)]);
    }
    if (b.items && r.items) out.push([this.base.read(b.items), this.revision.read(r.items)]);
    if (b.additional && r.additional) out.push([this.base.read(b.additional), this.revision.read(r.additional)]);
    for (const [bn, rn] of this.matchAlternatives(b, r).matched) out.push([this.base.read(bn), this.revision.read(rn)]);
    return out;
  }

  private walk(b: Schema | undefined, r: Schema | undefined, scope: Scope, path: string, property: string, out: SchemaPair[]): void {
    if (!b || !r) return;
    const key = pairKey(b, r);
    if (this.walked.has(key) || this.oracle.equal(b, r)) return;
    this.walked.add(key);
    const { matched, added, removed } = this.matchAlternatives(b, r);
    if (signature(b) !== signature(r) || added.length > 0 || removed.length > 0) {
      out.push({ scope, path, property, base: b, revision: r, alternativesAdded: added, alternativesRemoved: removed });
    }
    const join = (name: string) => (property ? `${property}.${name}` : name);
    for (const [name, bn] of b.properties) {
      const rn = r.properties.get(name);
      if (rn) this.walk(this.base.read(bn), this.revision.read(rn), scope, `${path}/properties/${escapeSegment(name)}`, join(name), out);
    }
    if (b.items && r.items) this.walk(this.base.read(b.items), this.revision.read(r.items), scope, `${path}/items`, `${property}[]`, out);
    if (b.additional && r.additional) {
      this.walk(this.base.read(b.additional), this.revision.read(r.additional), scope, `${path}/additionalProperties`, join('*'), out);
    }
    for (const [bn, rn, index, label] of matched) {
      const kind = r.alternativesKind ?? 'oneOf';
      this.walk(this.base.read(bn), this.revision.read(rn), scope, `${path}/${kind}/${index}`, `${property}(${label})`, out);
    }
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
    if (baseLeft.length === revLeft.length) {
      baseLeft.forEach((x, k) => matched.push([x.n, revLeft[k]!.n, revLeft[k]!.i, revLeft[k]!.label ?? x.label ?? `#${revLeft[k]!.i}`]));
    } else {
      for (const x of baseLeft) removed.push(x.label ?? `#${x.i}`);
      for (const x of revLeft) added.push(x.label ?? `#${x.i}`);
    }
    return { matched, added, removed };
  }
}
