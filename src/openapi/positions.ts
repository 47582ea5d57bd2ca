/**
 * Where each parsed value of a spec came from. The readers record, for every map and sequence
 * they build, the offsets of its node, and for every map key the offsets from the key to the end
 * of its value (the nicest place to point at a property or an operation). Line and column are
 * worked out only when a place is asked for (a diagnostic, an IR source, a diff location), from
 * the line starts of its file: recording a place costs three numbers, not three objects.
 * The Swagger 2.0 conversion copies places onto the objects it builds, so sources survive it.
 *
 * One WeakMap entry a value: a sequence's span, or a map's key spans with the map's own span
 * among them (under `SELF`). WeakMap inserts are dear (a young key in an old table is tracked by
 * the collector): one for the span and another for the keys of each map took a tenth of
 * reading a 3.7 MB YAML spec. Spans sit in a growing Int32Array, which the collector never scans.
 */
import type { Point, Source } from '../ir/source.js';

const ORIGIN = { line: 1, column: 1, offset: 0 };

/** A recorded place: an index into the span table (≥ 0), or into the given sources (< 0). */
export type SpanId = number;

/** A map's own span among its key spans (no key read from a spec is a symbol). */
const SELF = Symbol('self');

/** The spans of a map's keys (in document order) and, under `SELF`, of the map. */
type KeySpans = Map<string | typeof SELF, SpanId>;

interface FileLines {
  file: string;
  /** Line and column of an offset in the file. */
  pointAt: (offset: number) => Point;
}

export class SpecPositions {
  private readonly files: FileLines[] = [];
  /** Three numbers a span: file index, start offset, end offset (offsets below `MAX_BYTES` of load.ts, 64 MB). */
  private table = new Int32Array(3 * 1024);
  private spans = 0;
  /** Places given as sources (for values built rather than read). */
  private readonly given: Source[] = [];
  private readonly places = new WeakMap<object, SpanId | KeySpans>();

  /** Registers a file read (and how to place an offset in it); spans in it name the returned index. */
  addFile(file: string, pointAt: (offset: number) => Point): number {
    this.files.push({ file, pointAt });
    return this.files.length - 1;
  }

  /** Records the span `start`–`end` (offsets) of file `fileIndex`. */
  span(fileIndex: number, start: number, end: number): SpanId {
    const id = this.spans++;
    let at = id * 3;
    if (at + 3 > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
    }
    this.table[at++] = fileIndex;
    this.table[at++] = start;
    this.table[at] = end;
    return id;
  }

  set(target: object, span: SpanId | Source): void {
    const id = typeof span === 'number' ? span : this.give(span);
    const keys = this.places.get(target);
    if (typeof keys === 'object') keys.set(SELF, id);
    else this.places.set(target, id);
  }

  setKey(target: object, key: string, span: SpanId | Source): void {
    const id = typeof span === 'number' ? span : this.give(span);
    const place = this.places.get(target);
    if (typeof place === 'object') place.set(key, id);
    else {
      const keys: KeySpans = new Map([[key, id]]);
      if (place !== undefined) keys.set(SELF, place);
      this.places.set(target, keys);
    }
  }

  /**
   * Records a map read, at once: its span and its keys' spans (`keys`, filled in document order,
   * is kept and takes the map's span, not copied). Values the readers build are new: any place
   * `target` had is replaced.
   */
  setMap(target: object, span: SpanId, keys: Map<string, SpanId>): void {
    if (keys.size === 0) {
      this.places.set(target, span);
      return;
    }
    (keys as KeySpans).set(SELF, span);
    this.places.set(target, keys as KeySpans);
  }

  /** Whether `target` was read from a file (not built). */
  has(target: unknown): boolean {
    return isObject(target) && this.spanOf(target) !== undefined;
  }

  /** Whether `key` of `target` (or `target` itself) has a recorded place. */
  hasKey(target: unknown, key: string): boolean {
    if (!isObject(target)) return false;
    const place = this.places.get(target);
    return typeof place === 'object' ? place.has(key) || place.has(SELF) : place !== undefined;
  }

  /** The span of `target`, else the start of `file`. */
  of(target: unknown, file: string): Source {
    const span = isObject(target) ? this.spanOf(target) : undefined;
    return span === undefined ? startOf(file) : this.source(span);
  }

  /** The file `target` was read from, else `file` (what `of(target, file).file` gives, without placing it). */
  fileOf(target: unknown, file: string): string {
    const span = isObject(target) ? this.spanOf(target) : undefined;
    if (span === undefined) return file;
    return span < 0 ? this.given[-span - 1]!.file : this.files[this.table[span * 3]!]!.file;
  }

  /** The span of `key` and its value in `target`, else the span of `target`. */
  ofKey(target: unknown, key: string, file: string): Source {
    const place = isObject(target) ? this.places.get(target) : undefined;
    const span = typeof place === 'object' ? (place.get(key) ?? place.get(SELF)) : place;
    return span === undefined ? startOf(file) : this.source(span);
  }

  /** The keys of a parsed map in document order (`Object.keys` puts integer-like keys first). */
  keysOf(target: Record<string, unknown>): string[] {
    const place = this.places.get(target);
    if (typeof place !== 'object') return Object.keys(target);
    const keys: string[] = [];
    for (const key of place.keys()) if (typeof key === 'string') keys.push(key);
    // The common case, a map as parsed: the same keys, only in document order.
    if (keys.length === Object.keys(target).length && keys.every((key) => Object.hasOwn(target, key))) return keys;
    const own = keys.filter((key) => Object.hasOwn(target, key));
    const extra = Object.keys(target).filter((key) => !place.has(key));
    return [...own, ...extra];
  }

  /** Gives `to` the span and key spans of `from` (for objects built from another). */
  copy(from: unknown, to: object): void {
    if (!isObject(from)) return;
    const place = this.places.get(from);
    if (typeof place === 'object') {
      const keys: KeySpans = new Map(place);
      // `to`'s own span stays when `from` has none.
      const own = this.spanOf(to);
      if (!keys.has(SELF) && own !== undefined) keys.set(SELF, own);
      this.places.set(to, keys);
    } else if (place !== undefined) this.set(to, place);
  }

  private spanOf(target: object): SpanId | undefined {
    const place = this.places.get(target);
    return typeof place === 'object' ? place.get(SELF) : place;
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
