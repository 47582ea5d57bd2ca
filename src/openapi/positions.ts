/**
 * Where each parsed value of a spec came from. The readers record, for every map and sequence
 * they build, the offsets of its node, and for every map key the offsets from the key to the end
 * of its value (the nicest place to point at a property or an operation). Line and column are
 * worked out only when a place is asked for (a diagnostic, an IR source, a diff location), from
 * the line starts of its file: recording a place costs three numbers, not three objects.
 * The Swagger 2.0 conversion copies places onto the objects it builds, so sources survive it.
 */
import type { Point, Source } from '../ir/source.js';

const ORIGIN = { line: 1, column: 1, offset: 0 };

/** A recorded place: an index into the span table (≥ 0), or into the given sources (< 0). */
export type SpanId = number;

interface FileLines {
  file: string;
  /** Line and column of an offset in the file. */
  pointAt: (offset: number) => Point;
}

export class SpecPositions {
  private readonly files: FileLines[] = [];
  /** Three numbers a span: file index, start offset, end offset. */
  private readonly table: number[] = [];
  /** Places given as sources (for values built rather than read). */
  private readonly given: Source[] = [];
  private readonly spans = new WeakMap<object, SpanId>();
  private readonly keys = new WeakMap<object, Map<string, SpanId>>();

  /** Registers a file read (and how to place an offset in it); spans in it name the returned index. */
  addFile(file: string, pointAt: (offset: number) => Point): number {
    this.files.push({ file, pointAt });
    return this.files.length - 1;
  }

  /** Records the span `start`–`end` (offsets) of file `fileIndex`. */
  span(fileIndex: number, start: number, end: number): SpanId {
    const id = this.table.length / 3;
    this.table.push(fileIndex, start, end);
    return id;
  }

  set(target: object, span: SpanId | Source): void {
    this.spans.set(target, typeof span === 'number' ? span : this.give(span));
  }

  setKey(target: object, key: string, span: SpanId | Source): void {
    let map = this.keys.get(target);
    if (!map) {
      map = new Map();
      this.keys.set(target, map);
    }
    map.set(key, typeof span === 'number' ? span : this.give(span));
  }

  /** Sets every key span of `target` at once (a reader's map, filled in document order). */
  setKeys(target: object, keys: Map<string, SpanId>): void {
    this.keys.set(target, keys);
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
    const span = isObject(target) ? this.spans.get(target) : undefined;
    return span === undefined ? startOf(file) : this.source(span);
  }

  /** The file `target` was read from, else `file` (what `of(target, file).file` gives, without placing it). */
  fileOf(target: unknown, file: string): string {
    const span = isObject(target) ? this.spans.get(target) : undefined;
    if (span === undefined) return file;
    return span < 0 ? this.given[-span - 1]!.file : this.files[this.table[span * 3]!]!.file;
  }

  /** The span of `key` and its value in `target`, else the span of `target`. */
  ofKey(target: unknown, key: string, file: string): Source {
    const span = isObject(target) ? this.keys.get(target)?.get(key) : undefined;
    return span === undefined ? this.of(target, file) : this.source(span);
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
    if (span !== undefined) this.spans.set(to, span);
    const keys = this.keys.get(from);
    if (keys) this.keys.set(to, new Map(keys));
  }

  private give(source: Source): SpanId {
    this.given.push(source);
    return -this.given.length;
  }

  private source(span: SpanId): Source {
    if (span < 0) return this.given[-span - 1]!;
    const { file, pointAt } = this.files[this.table[span * 3]!]!;
    return { file, start: pointAt(this.table[span * 3 + 1]!), end: pointAt(this.table[span * 3 + 2]!) };
  }
}

export function startOf(file: string): Source {
  return { file, start: { ...ORIGIN }, end: { ...ORIGIN } };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
