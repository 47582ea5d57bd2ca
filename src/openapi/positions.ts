/**
 * Where each parsed value of a spec came from. The YAML walker records, for every map and
 * sequence it builds, the span of its node, and for every map key the span from the key to
 * the end of its value (the nicest place to point at a property or an operation).
 * The Swagger 2.0 conversion copies these onto the objects it builds, so sources survive it.
 */
import type { Source } from '../ir/source.js';

const ORIGIN = { line: 1, column: 1, offset: 0 };

export class SpecPositions {
  private readonly spans = new WeakMap<object, Source>();
  private readonly keys = new WeakMap<object, Map<string, Source>>();

  set(target: object, source: Source): void {
    this.spans.set(target, source);
  }

  setKey(target: object, key: string, source: Source): void {
    let map = this.keys.get(target);
    if (!map) {
      map = new Map();
      this.keys.set(target, map);
    }
    map.set(key, source);
  }

  /** Whether `target` was read from a file (not built). */
  has(target: unknown): boolean {
    return isObject(target) && this.spans.has(target);
  }

  /** Whether `key` of `target` (or `target` itself) has a recorded place. */
  hasKey(target: unknown, key: string): boolean {
    return (isObject(target) && this.keys.get(target)?.has(key) === true) || this.has(target);
  }

  /** The span of `target`, else the start of `file`. */
  of(target: unknown, file: string): Source {
    return (isObject(target) && this.spans.get(target)) || startOf(file);
  }

  /** The span of `key` and its value in `target`, else the span of `target`. */
  ofKey(target: unknown, key: string, file: string): Source {
    return (isObject(target) && this.keys.get(target)?.get(key)) || this.of(target, file);
  }

  /** The keys of a parsed map in document order (`Object.keys` puts integer-like keys first). */
  keysOf(target: Record<string, unknown>): string[] {
    const map = this.keys.get(target);
    if (!map) return Object.keys(target);
    const keys = [...map.keys()];
    // The common case, a map as parsed: the same keys, only in document order.
    if (keys.length === Object.keys(target).length && keys.every((key) => Object.hasOwn(target, key))) return keys;
    const own = keys.filter((key) => Object.hasOwn(target, key));
    const extra = Object.keys(target).filter((key) => !map.has(key));
    return [...own, ...extra];
  }

  /** Gives `to` the span and key spans of `from` (for objects built from another). */
  copy(from: unknown, to: object): void {
    if (!isObject(from)) return;
    const span = this.spans.get(from);
    if (span) this.spans.set(to, span);
    const keys = this.keys.get(from);
    if (keys) this.keys.set(to, new Map(keys));
  }
}

export function startOf(file: string): Source {
  return { file, start: { ...ORIGIN }, end: { ...ORIGIN } };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
