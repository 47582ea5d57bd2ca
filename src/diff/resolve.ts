/**
 * Follow `$ref`s inside a loaded spec without copying it: every value the differ looks at is a
 * `Node` that remembers the file and pointer it was read from, so reports can point at the
 * source, and cycles stay finite (refs are followed one hop at a time, on demand).
 */

import { type LoadedSpec, resolveRefFile } from './load-spec.js';
import { decodePointer } from './locate.js';

export interface Node {
  value: unknown;
  file: string;
  pointer: string;
  /** Component name when the node was reached through `#/components/<kind>/<name>` (or `#/definitions/`). */
  refName?: string;
}

export function escapeSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export class Resolver {
  private readonly warned = new Set<string>();

  constructor(readonly spec: LoadedSpec) {}

  root(): Node {
    const file = this.spec.root;
    return { value: this.spec.files.get(file)?.value, file, pointer: '' };
  }

  /** The child `key` of `node` (after following `node`'s own refs). */
  child(node: Node | undefined, key: string | number): Node | undefined {
    if (!node) return undefined;
    const value = (node.value as Record<string | number, unknown> | null | undefined)?.[key];
    if (value === undefined || value === null || typeof (node.value as object) !== 'object') return undefined;
    if (!Object.hasOwn(node.value as object, key)) return undefined;
    return { value, file: node.file, pointer: `${node.pointer}/${escapeSegment(String(key))}` };
  }

  /** Follow `$ref` hops until a non-ref value; a ref loop or a dangling ref gives an empty object. */
  deref(node: Node | undefined): Node | undefined {
    if (!node) return undefined;
    let current = node;
    let refName = node.refName;
    const seen = new Set<string>();
    for (;;) {
      const record = asRecord(current.value);
      const ref = record?.$ref;
      if (typeof ref !== 'string') return refName ? { ...current, refName } : current;
      const key = `${current.file}#${current.pointer}`;
      if (seen.has(key)) {
        this.warn(`${current.file}: $ref loop at #${current.pointer}; read as an empty schema`);
        return { value: {}, file: current.file, pointer: current.pointer };
      }
      seen.add(key);
      const target = this.lookup(current.file, ref);
      if (!target) {
        this.warn(`${current.file}: $ref ${ref} at #${current.pointer} does not resolve; read as an empty schema`);
        return { value: {}, file: current.file, pointer: current.pointer };
      }
      refName = /#\/(?:components\/\w+|definitions)\/([^/]+)$/.exec(ref)?.[1] ?? refName;
      // OpenAPI 3.1 allows keywords beside $ref; they apply on top of the target.
      const siblings = Object.keys(record!).filter((k) => k !== '$ref' && k !== 'description' && k !== 'summary');
      if (siblings.length > 0 && asRecord(target.value)) {
        const merged: Record<string, unknown> = { ...asRecord(target.value) };
        for (const k of siblings) merged[k] = record![k];
        current = { value: merged, file: target.file, pointer: target.pointer };
      } else current = target;
    }
  }

  private lookup(fromFile: string, ref: string): Node | undefined {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    const file = filePart ? resolveRefFile(fromFile, decodeURI(filePart)) : fromFile;
    const doc = this.spec.files.get(file);
    if (!doc || doc.value === undefined) return undefined;
    let value: unknown = doc.value;
    for (const segment of decodePointer(pointer)) {
      const rec = value as Record<string, unknown> | null;
      if (rec === null || typeof rec !== 'object' || !Object.hasOwn(rec, segment)) return undefined;
      value = rec[segment];
    }
    const normalized = decodePointer(pointer)
      .map(escapeSegment)
      .map((s) => `/${s}`)
      .join('');
    return { value, file, pointer: normalized };
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.spec.diagnostics.push(`${this.spec.label}: ${message.replace(`${this.spec.label}: `, '')}`);
  }
}
