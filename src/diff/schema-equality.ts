/**
 * When two schemas are the same by meaning: a canonical signature of each schema's own facets,
 * a fast path for identical text, and a memoised, cycle-safe deep equality over both.
 */
import { escapeSegment, type Node } from './resolve.js';
import type { Schema, SchemaReader } from './schema.js';

const FACETS = [
  'type',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'discriminator',
  'additionalProperties',
  'x-sunset',
] as const;

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

const signatures = new WeakMap<Schema, string>();

/** The schema's own facets (not its children's) as a canonical string, memoised per schema. */
export function signature(s: Schema): string {
  let sig = signatures.get(s);
  if (sig === undefined) {
    sig = computeSignature(s);
    signatures.set(s, sig);
  }
  return sig;
}

function computeSignature(s: Schema): string {
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
  if (s.prefixItems.length > 0) facets.prefixItems = s.prefixItems.length;
  return stableStringify(facets);
}

/** Nesting beyond this is read as a cycle of values (YAML aliases), not walked further. */
export const MAX_DEPTH = 64;

export type NodePair = [Node | undefined, Node | undefined];

/**
 * Same JSON text, key order aside, with every `$ref` in the same place naming the same target:
 * then the two are equal exactly when the ref targets are (collected into `refs`).
 */
function rawEqual(b: unknown, r: unknown, bNode: Node, rNode: Node, path: string[], refs: NodePair[]): boolean {
  // Not `b === r` for objects: one object shared by both documents may hold refs whose targets differ.
  if (typeof b !== 'object' || typeof r !== 'object' || b === null || r === null) return b === r;
  if (path.length > MAX_DEPTH) return false; // YAML aliases can build cyclic values; the schema path decides
  if (Array.isArray(b)) {
    if (!Array.isArray(r) || b.length !== r.length) return false;
    for (let i = 0; i < b.length; i++) {
      path.push(String(i));
      const same = rawEqual(b[i], r[i], bNode, rNode, path, refs);
      path.pop();
      if (!same) return false;
    }
    return true;
  }
  if (Array.isArray(r)) return false;
  const bo = b as Record<string, unknown>;
  const ro = r as Record<string, unknown>;
  const keys = Object.keys(bo);
  if (keys.length !== Object.keys(ro).length) return false;
  for (const k of keys) {
    if (!Object.hasOwn(ro, k)) return false;
    if (k === '$ref' && typeof bo[k] === 'string') {
      if (bo[k] !== ro[k]) return false;
      // Pointers are built only here: equal text without refs allocates nothing.
      const at = path.map((seg) => `/${escapeSegment(seg)}`).join('');
      refs.push([
        { value: bo, file: bNode.file, pointer: bNode.pointer + at },
        { value: ro, file: rNode.file, pointer: rNode.pointer + at },
      ]);
      continue;
    }
    path.push(k);
    const same = rawEqual(bo[k], ro[k], bNode, rNode, path, refs);
    path.pop();
    if (!same) return false;
  }
  return true;
}

/**
 * Deep equality of two schemas by meaning, memoised per (base, revision) location pair.
 * Identical text is settled without reading the schemas (only its ref targets are compared).
 * Cycles are assumed equal while being compared; a verdict that leaned on such an assumption
 * is parked on the frame it assumed, and settled when that frame is: a pair that reaches an
 * unequal pair is unequal, so parked verdicts follow their frame's.
 */
export class EqualityOracle {
  private readonly final = new Map<string, boolean>();
  private readonly stack = new Map<string, number>();
  private readonly parked = new Map<number, string[]>();

  constructor(
    private readonly base: SchemaReader,
    private readonly revision: SchemaReader,
    private readonly differs: (b: Schema, r: Schema) => boolean,
    private readonly children: (b: Schema, r: Schema) => NodePair[],
  ) {}

  equal(b: Node, r: Node): boolean {
    return this.visit(b, r).equal;
  }

  private visit(bRaw: Node | undefined, rRaw: Node | undefined): { equal: boolean; low: number } {
    const b = this.base.resolver.deref(bRaw);
    const r = this.revision.resolver.deref(rRaw);
    if (!b || !r) return { equal: !b && !r, low: Infinity };
    const key = nodeKey(b, r);
    const known = this.final.get(key);
    if (known !== undefined) return { equal: known, low: Infinity };
    const at = this.stack.get(key);
    if (at !== undefined) return { equal: true, low: at };
    if (this.stack.size > MAX_DEPTH * 4) return { equal: true, low: 0 }; // alias-built cycles have ever-new pointers
    const depth = this.stack.size;
    this.stack.set(key, depth);
    let equal = true;
    let next: NodePair[] = [];
    if (!rawEqual(b.value, r.value, b, r, [], next)) {
      const bs = this.base.read(b)!;
      const rs = this.revision.read(r)!;
      equal = !this.differs(bs, rs);
      next = equal ? this.children(bs, rs) : [];
    }
    let low = Infinity;
    for (const [cb, cr] of next) {
      const res = this.visit(cb, cr);
      if (!res.equal) {
        equal = false;
        break;
      }
      low = Math.min(low, res.low);
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

const nodeKey = (b: Node, r: Node) => `${b.file}#${b.pointer}|${r.file}#${r.pointer}`;
export const pairKey = (b: Schema, r: Schema) => nodeKey(b.node, r.node);
