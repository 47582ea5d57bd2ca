/**
 * The graph of matched schema pairs (a base schema beside the revision schema it stands for),
 * built lazily from the roots the operations name, and solved once for all of them.
 *
 * A pair is a *site* when its own facets differ (type, bounds, property set, alternatives…).
 * Each pair learns the sites it reaches: strongly connected components (Tarjan, iterative, so no
 * input can exhaust the call stack) are solved children first, and a component shares one site
 * list with every pair inside it. Recursive graphs (Stripe's `anyOf` expansions reach almost
 * every schema from every other) therefore cost one pass over the pairs, not one per path, and a
 * change is found once, at its site, however many paths lead to it.
 */

import { escapePointerToken } from '../ir/json-pointer.js';
import type { Node } from './resolve.js';
import { type Schema, type SchemaReader, schemaValue } from './schema.js';
import { type Alternatives, childPairs, matchAlternatives } from './schema-children.js';
import { signature } from './schema-signature.js';

export interface Pair {
  b: Node;
  r: Node;
  /** Read when the two texts differ (equal texts need no reading). */
  bs?: Schema;
  rs?: Schema;
  alternatives?: Alternatives;
  /** Own facets differ: the rules look here. */
  own: boolean;
  children: number[];
  /** Sites reachable from this pair (itself included), ascending; empty when the pair is equal. */
  sites: readonly number[];
}

const NONE: readonly number[] = Object.freeze([]);
/** Raw comparison stops this deep (YAML aliases can build cyclic values; the pair graph then takes over). */
const RAW_DEPTH = 64;

export class PairGraph {
  readonly pairs: Pair[] = [];
  private readonly ids = new Map<number, number>();
  private readonly baseIds = new WeakMap<object, number>();
  private readonly revisionIds = new WeakMap<object, number>();
  private objects = 0;
  // Tarjan state, per pair id.
  private readonly index: number[] = [];
  private readonly low: number[] = [];
  private readonly onStack: boolean[] = [];
  private readonly stack: number[] = [];
  private counter = 0;

  constructor(
    readonly base: SchemaReader,
    readonly revision: SchemaReader,
  ) {}

  /** The pair of two schema nodes (refs followed), created on first sight; undefined when a side is missing. */
  pair(bRaw: Node | undefined, rRaw: Node | undefined): number | undefined {
    const b = this.base.resolver.deref(bRaw);
    const r = this.revision.resolver.deref(rRaw);
    if (!b || !r) return undefined;
    const bv = schemaValue(b.value);
    const rv = schemaValue(r.value);
    const key = this.idOf(this.baseIds, bv) * 2 ** 26 + this.idOf(this.revisionIds, rv);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.pairs.length;
      this.ids.set(key, id);
      this.pairs.push({
        b: bv === b.value ? b : { ...b, value: bv },
        r: rv === r.value ? r : { ...r, value: rv },
        own: false,
        children: [],
        sites: NONE,
      });
    }
    return id;
  }

  /** Solve every pair reachable from `roots`; afterwards `pairs[id].sites` holds what each reaches. */
  solve(roots: Iterable<number>): void {
    for (const root of roots) if (this.index[root] === undefined) this.connect(root);
  }

  private idOf(map: WeakMap<object, number>, value: object): number {
    let id = map.get(value);
    if (id === undefined) {
      id = ++this.objects;
      map.set(value, id);
    }
    return id;
  }

  private open(id: number): void {
    this.index[id] = this.low[id] = this.counter++;
    this.stack.push(id);
    this.onStack[id] = true;
    this.expand(id);
  }

  private connect(root: number): void {
    const frames: Array<{ id: number; next: number }> = [{ id: root, next: 0 }];
    this.open(root);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const children = this.pairs[frame.id]!.children;
      if (frame.next < children.length) {
        const child = children[frame.next++]!;
        if (this.index[child] === undefined) {
          this.open(child);
          frames.push({ id: child, next: 0 });
        } else if (this.onStack[child]) this.low[frame.id] = Math.min(this.low[frame.id]!, this.index[child]!);
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) this.low[parent.id] = Math.min(this.low[parent.id]!, this.low[frame.id]!);
      if (this.low[frame.id] === this.index[frame.id]) this.close(frame.id);
    }
  }

  /** Pops the component rooted at `id` and gives all its pairs the sites they reach. */
  private close(id: number): void {
    const members: number[] = [];
    for (let m = this.stack.pop()!; ; m = this.stack.pop()!) {
      this.onStack[m] = false;
      members.push(m);
      if (m === id) break;
    }
    const inside = new Set(members);
    const inputs = new Set<readonly number[]>();
    const own: number[] = [];
    for (const m of members) {
      const pair = this.pairs[m]!;
      if (pair.own) own.push(m);
      for (const c of pair.children) {
        const sites = this.pairs[c]!.sites;
        if (!inside.has(c) && sites.length > 0) inputs.add(sites);
      }
    }
    let sites: readonly number[];
    if (own.length === 0 && inputs.size === 0) sites = NONE;
    else if (own.length === 0 && inputs.size === 1) sites = [...inputs][0]!;
    else {
      const all = new Set<number>(own);
      for (const list of inputs) for (const s of list) all.add(s);
      sites = [...all].sort((x, y) => x - y);
    }
    for (const m of members) this.pairs[m]!.sites = sites;
  }

  /** Children of a pair: the ref targets of identical texts, else the matched sub-schemas. */
  private expand(id: number): void {
    const pair = this.pairs[id]!;
    const refs: Array<[Node, Node]> = [];
    if (rawEqual(pair.b.value, pair.r.value, pair.b, pair.r, [], refs)) {
      for (const [b, r] of refs) {
        const child = this.pair(b, r);
        if (child !== undefined) pair.children.push(child);
      }
      return;
    }
    const bs = this.base.read(pair.b)!;
    const rs = this.revision.read(pair.r)!;
    const alternatives = matchAlternatives(this.base, this.revision, bs, rs);
    Object.assign(pair, { bs, rs, alternatives });
    pair.own = signature(bs) !== signature(rs) || alternatives.added.length > 0 || alternatives.removed.length > 0;
    for (const [b, r] of childPairs(bs, rs, alternatives)) {
      const child = this.pair(b, r);
      if (child !== undefined) pair.children.push(child);
    }
  }
}

/**
 * Same JSON text, key order aside, with every `$ref` in the same place naming the same target
 * (collected into `refs`: the two are equal exactly when those targets are).
 */
function rawEqual(b: unknown, r: unknown, bNode: Node, rNode: Node, path: string[], refs: Array<[Node, Node]>): boolean {
  if (typeof b !== 'object' || typeof r !== 'object' || b === null || r === null) return b === r;
  if (path.length > RAW_DEPTH) return false;
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
      const at = path.map((seg) => `/${escapePointerToken(seg)}`).join('');
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
