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
 *
 * A map a reader records whole (`setMapRun`) keeps its spans in one run of the table, the map's
 * then its keys' in document order, and only its keys (an array) beside them: a `Map` of key
 * spans a map was most of what reading a spec kept alive besides its values (the young
 * generation copied them; measured on Stripe's YAML). A key is found by its index in the
 * keys; a map of many keys gets a `Map` of its keys' indexes when first asked for one.
 */
import type { Point, Source } from '../ir/source.js';

const ORIGIN = { line: 1, column: 1, offset: 0 };

/** A recorded place: an index into the span table (≥ 0), or into the given sources (< 0). */
export type SpanId = number;

/** A map's own span among its key spans (no key read from a spec is a symbol). */
const SELF = Symbol('self');

/** The spans of a map's keys (in document order) and, under `SELF`, of the map. */
type KeySpans = Map<string | typeof SELF, SpanId>;

/** A map recorded whole: its span is `first`, its keys' (in the order of `keys`, the document's, all distinct) follow it. */
class KeyRun {
  /** Each key's index in `keys`, made when a map of many keys is first asked for one. */
  private indexes: Map<string, number> | undefined;

  constructor(
    readonly first: SpanId,
    readonly keys: readonly string[],
  ) {}

  /** The span of `key`, else undefined. */
  spanOf(key: string): SpanId | undefined {
    const { keys } = this;
    if (keys.length <= RUN_SCAN) {
      const index = keys.indexOf(key);
      return index === -1 ? undefined : this.first + 1 + index;
    }
    this.indexes ??= new Map(keys.map((name, index) => [name, index]));
    const index = this.indexes.get(key);
    return index === undefined ? undefined : this.first + 1 + index;
  }

  /** The same places as a `Map` (for a map whose places change). */
  toKeySpans(): KeySpans {
    const spans: KeySpans = new Map(this.keys.map((key, index) => [key, this.first + 1 + index]));
    spans.set(SELF, this.first);
    return spans;
  }
}

/** Up to this many keys, a key's span is found by scanning the keys. */
const RUN_SCAN = 16;

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
  private readonly places = new WeakMap<object, SpanId | KeySpans | KeyRun>();

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

  /**
   * Records, in one run of the table, the span `start`–`end` of a map and those of its keys:
   * `keys[i]`'s from `offsets[from + 2i]` to `offsets[from + 2i + 1]`. Its first span (the map's).
   */
  spanRun(fileIndex: number, start: number, end: number, offsets: readonly number[], from: number, count: number): SpanId {
    const first = this.span(fileIndex, start, end);
    for (let index = 0; index < count; index++) this.span(fileIndex, offsets[from + 2 * index]!, offsets[from + 2 * index + 1]!);
    return first;
  }

  /** Records a map read whole: its spans were recorded by `spanRun` (`first`), for `keys` in document order, all distinct (kept, not copied). */
  setMapRun(target: object, first: SpanId, keys: readonly string[]): void {
    this.places.set(target, keys.length === 0 ? first : new KeyRun(first, keys));
  }

  set(target: object, span: SpanId | Source): void {
    const id = typeof span === 'number' ? span : this.give(span);
    const keys = this.keySpans(target);
    if (keys) keys.set(SELF, id);
    else this.places.set(target, id);
  }

  setKey(target: object, key: string, span: SpanId | Source): void {
    const id = typeof span === 'number' ? span : this.give(span);
    const keys = this.keySpans(target);
    if (keys) keys.set(key, id);
    else {
      const place = this.places.get(target) as SpanId | undefined;
      const spans: KeySpans = new Map([[key, id]]);
      if (place !== undefined) spans.set(SELF, place);
      this.places.set(target, spans);
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
    if (place instanceof KeyRun) return true;
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
    const span =
      place instanceof KeyRun
        ? (place.spanOf(key) ?? place.first)
        : typeof place === 'object'
          ? (place.get(key) ?? place.get(SELF))
          : place;
    return span === undefined ? startOf(file) : this.source(span);
  }

  /** The keys of a parsed map in document order (`Object.keys` puts integer-like keys first). */
  keysOf(target: Record<string, unknown>): string[] {
    const place = this.places.get(target);
    if (typeof place !== 'object') return Object.keys(target);
    let keys: string[];
    if (place instanceof KeyRun) keys = place.keys.slice();
    else {
      keys = [];
      for (const key of place.keys()) if (typeof key === 'string') keys.push(key);
    }
    // The common case, a map as parsed: the same keys, only in document order.
    if (keys.length === Object.keys(target).length && keys.every((key) => Object.hasOwn(target, key))) return keys;
    const known = new Set(keys);
    const own = keys.filter((key) => Object.hasOwn(target, key));
    const extra = Object.keys(target).filter((key) => !known.has(key));
    return [...own, ...extra];
  }

  /** Gives `to` the span and key spans of `from` (for objects built from another). */
  copy(from: unknown, to: object): void {
    if (!isObject(from)) return;
    const place = this.places.get(from);
    if (place instanceof KeyRun) {
      // Never changed in place (a change makes a Map of it first): shared.
      this.places.set(to, place);
    } else if (typeof place === 'object') {
      const keys: KeySpans = new Map(place);
      // `to`'s own span stays when `from` has none.
      const own = this.spanOf(to);
      if (!keys.has(SELF) && own !== undefined) keys.set(SELF, own);
      this.places.set(to, keys);
    } else if (place !== undefined) this.set(to, place);
  }

  private spanOf(target: object): SpanId | undefined {
    const place = this.places.get(target);
    if (place instanceof KeyRun) return place.first;
    return typeof place === 'object' ? place.get(SELF) : place;
  }

  /** The key spans of `target` as a Map that may change (a run is made one first); undefined when it has none. */
  private keySpans(target: object): KeySpans | undefined {
    const place = this.places.get(target);
    if (!(place instanceof KeyRun)) return typeof place === 'object' ? place : undefined;
    const keys = place.toKeySpans();
    this.places.set(target, keys);
    return keys;
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
