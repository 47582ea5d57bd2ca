/**
 * Which sub-schemas of two matched schemas stand for each other: properties by name, `items`,
 * tuple positions, `additionalProperties`, the other applicators by keyword, and `oneOf`/`anyOf`
 * alternatives by component name or title (unnamed ones by position when the counts agree).
 */
import type { Node } from './resolve.js';
import type { Schema, SchemaReader } from './schema.js';

export interface Alternatives {
  /** [base, revision, revision index, label] */
  matched: Array<[Node, Node, number, string]>;
  added: string[];
  removed: string[];
}

export function matchAlternatives(base: SchemaReader, revision: SchemaReader, b: Schema, r: Schema): Alternatives {
  const matched: Alternatives['matched'] = [];
  const added: string[] = [];
  const removed: string[] = [];
  if (b.alternatives.length === 0 && r.alternatives.length === 0) return { matched, added, removed };
  // A schema that is no union stands for a union of itself: `Cat` becoming `oneOf: [Cat, Dog]` adds Dog.
  const bAlternatives = b.alternatives.length > 0 ? b.alternatives : [b.node];
  const rAlternatives = r.alternatives.length > 0 ? r.alternatives : [r.node];
  const revLeft = rAlternatives.map((n, i) => ({ n, i, label: revision.label(n) }));
  const baseLeft: Array<{ n: Node; i: number; label: string | undefined }> = [];
  bAlternatives.forEach((n, i) => {
    const label = base.label(n);
    const at = label === undefined ? -1 : revLeft.findIndex((x) => x.label === label);
    if (at === -1) baseLeft.push({ n, i, label });
    else matched.push([n, revLeft[at]!.n, revLeft.splice(at, 1)[0]!.i, label!]);
  });
  // A schema wrapped into a union (or unwrapped from one) stands for the alternative it shares most properties with.
  const selfSide = b.alternatives.length === 0 ? baseLeft : r.alternatives.length === 0 ? revLeft : undefined;
  if (selfSide?.length === 1 && baseLeft.length !== revLeft.length) {
    const self = selfSide[0]!;
    const others = selfSide === baseLeft ? revLeft : baseLeft;
    const names = (n: Node, reader: SchemaReader) => new Set(reader.read(n)?.properties.keys() ?? []);
    const mine = names(self.n, selfSide === baseLeft ? base : revision);
    let best = -1;
    let score = 0;
    others.forEach((x, k) => {
      const theirs = names(x.n, selfSide === baseLeft ? revision : base);
      const shared = [...mine].filter((name) => theirs.has(name)).length;
      if (shared > score) [best, score] = [k, shared];
    });
    if (best !== -1) {
      const other = others.splice(best, 1)[0]!;
      selfSide.splice(0, 1);
      const [bn, rn] = selfSide === baseLeft ? [self, other] : [other, self];
      matched.push([bn.n, rn.n, rn.i, rn.label ?? bn.label ?? `#${rn.i}`]);
    }
  }
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

/** Matched sub-schema pairs, in a fixed order. */
export function childPairs(b: Schema, r: Schema, alternatives: Alternatives): Array<[Node, Node]> {
  const out: Array<[Node, Node]> = [];
  for (const [name, bn] of b.properties) {
    const rn = r.properties.get(name);
    if (rn) out.push([bn, rn]);
  }
  if (b.items && r.items) out.push([b.items, r.items]);
  b.prefixItems.forEach((bn, i) => {
    const rn = r.prefixItems[i];
    if (rn) out.push([bn, rn]);
  });
  if (b.additional && r.additional) out.push([b.additional, r.additional]);
  for (const [key, bn] of b.applicators) {
    const rn = r.applicators.get(key);
    if (rn) out.push([bn, rn]);
  }
  for (const [bn, rn] of alternatives.matched) out.push([bn, rn]);
  return out;
}
