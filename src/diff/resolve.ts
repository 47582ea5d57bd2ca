/**
 * Follow `$ref`s inside a loaded spec without copying it: every value the differ looks at is a
 * `Node` that remembers the document and pointer it was read from (and the object and key that
 * hold it, for its source position), so reports can point at the source, and cycles stay finite
 * (refs are followed one hop at a time, on demand, each once).
 */

import { escapePointerToken, unescapePointerToken } from '../ir/json-pointer.js';
import type { SpecFile } from '../openapi/load.js';
import { refOf, resolveRef } from '../openapi/refs.js';
import type { LoadedSpec } from './load-spec.js';

export interface Node {
  value: unknown;
  file: SpecFile;
  /** JSON pointer of the value in `file` (in the converted view for Swagger 2.0 wrappers). */
  pointer: string;
  /** Component name when the node was reached through `#/components/<kind>/<name>` (or `#/definitions/`). */
  refName?: string;
  /** The object holding the value, and its key there. */
  holder?: object;
  key?: string;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Keys beside `$ref` that say nothing about the target's values. */
const ANNOTATION_SIBLINGS = new Set(['$ref', 'description', 'summary']);
const COMPONENT_REF = /#\/(?:components\/[A-Za-z]+|definitions)\/([^/]+)$/;

function componentName(ref: string): string | undefined {
  const raw = COMPONENT_REF.exec(ref)?.[1];
  if (raw === undefined) return undefined;
  let name = unescapePointerToken(raw);
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep as written */
  }
  return name;
}

export class Resolver {
  /** Ref holder → what it resolves to (each `$ref` is followed, and reported, once). */
  private readonly followed = new WeakMap<object, Node>();

  constructor(readonly spec: LoadedSpec) {}

  root(): Node {
    return { value: this.spec.view, file: this.spec.docs.root, pointer: '' };
  }

  /** The child `key` of `node`. */
  child(node: Node | undefined, key: string | number): Node | undefined {
    const holder = node?.value;
    if (holder === null || typeof holder !== 'object') return undefined;
    const k = String(key);
    if (!Object.hasOwn(holder, k)) return undefined;
    const value = (holder as Record<string, unknown>)[k];
    if (value === undefined || value === null) return undefined;
    return { value, file: node!.file, pointer: `${node!.pointer}/${escapePointerToken(k)}`, holder, key: k };
  }

  /** Follow `$ref` hops until a non-ref value; a ref loop or a dangling ref gives an empty object. */
  deref(node: Node | undefined): Node | undefined {
    if (!node) return undefined;
    const holder = asRecord(node.value);
    if (!holder || refOf(holder) === undefined) return node;
    const known = this.followed.get(holder);
    if (known) return node.refName && !known.refName ? { ...known, refName: node.refName } : known;
    const resolved = this.follow(node, holder);
    this.followed.set(holder, resolved);
    return resolved;
  }

  private follow(node: Node, first: Record<string, unknown>): Node {
    const seen = new Set<string>();
    let current = node;
    let refName = node.refName;
    const siblings: Array<[string, unknown]> = Object.keys(first)
      .filter((k) => !ANNOTATION_SIBLINGS.has(k))
      .map((k) => [k, first[k]]);
    for (let record = first; ; ) {
      const ref = refOf(record)!;
      const target = resolveRef(this.spec.docs, ref, current.file, record);
      if (!target) return { value: {}, file: current.file, pointer: current.pointer };
      if (seen.has(target.id)) {
        this.spec.diagnostics.push(`${this.spec.label}: $ref loop at ${current.file.rel}#${current.pointer}; read as an empty schema`);
        return { value: {}, file: current.file, pointer: current.pointer };
      }
      seen.add(target.id);
      refName = componentName(ref) ?? refName;
      current = {
        value: target.value,
        file: target.file,
        pointer: target.pointer,
        ...(target.parent !== undefined && target.key !== undefined ? { holder: target.parent as object, key: target.key } : {}),
      };
      const next = asRecord(target.value);
      if (!next || refOf(next) === undefined) break;
      record = next;
    }
    // OpenAPI 3.1 allows keywords beside $ref; they apply on top of the target.
    const base = asRecord(current.value);
    if (siblings.length > 0 && base) current = { ...current, value: { ...base, ...Object.fromEntries(siblings) } };
    return refName ? { ...current, refName } : current;
  }
}
