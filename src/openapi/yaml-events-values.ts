/**
 * Plain values from `js-yaml`'s event stream, for the YAML that tools write specs in: block and
 * flow maps and sequences of scalars, no comments, tabs, anchors, aliases, tags, explicit keys,
 * empty values, document markers or directives. `js-yaml`'s parser (`parseEvents`: one flat list
 * of events holding source offsets, no node objects) takes about a sixth of the time `yaml`'s
 * lexer and parser take over the same text, and makes far less garbage.
 *
 * It gives exactly what the Document path of parse-yaml.ts gives: the same values (scalar text
 * as `js-yaml` decodes it, plain scalars typed by `yaml`'s own schema tags, as the Composer types
 * them) and the same offsets for every map, sequence and key (`yaml`'s node ranges, worked out
 * from the events and the text between them). Anything outside the subset, and any text
 * `js-yaml` refuses, returns undefined: the caller then reads the text with `yaml`, which reports
 * what is wrong as before. Every character outside the scalars must be structure (spaces, line
 * breaks, `-`, `:`, `,`, brackets), so nothing the two libraries may read differently (a comment,
 * a tab, a `?`, a property) is read here. Compared with the Document path on every spec in reach
 * and on hundreds of edited variants (test/import/openapi/yaml-events-values.test.ts).
 *
 * `readToolYaml` does what parse-yaml.ts does by this path without loading `yaml` (80 ms of CPU):
 * plain scalars are typed by the core schema's tags, required from `yaml`'s own modules
 * (yaml-core-tags.ts), and offsets placed by the text's line starts. parse.ts tries it first.
 */
import { CHOMPING_MODE, EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import { linesOf, type Point } from '../ir/source.js';
import { type JsonMap, setOwn } from './json.js';
import type { SpecPositions } from './positions.js';
import { coreTags } from './yaml-core-tags.js';
import { MAX_DEPTH, MAX_EXPANDED_NODES, maxFlowDepth } from './yaml-limits.js';
import { type IsScalar, PlainScalars, type ReadLimits, type ScalarTag, type TagSource } from './yaml-plain-scalars.js';

/** Where the reading stopped: outside the subset. */
class NotPlain extends Error {}

const out = (): never => {
  throw new NotPlain();
};

/** What may stand outside the scalars: spaces, line breaks, `-`, `:`, `,`, brackets. */
const STRUCTURE = new Uint8Array(128);
for (const c of ' \n\r-:,[]{}') STRUCTURE[c.charCodeAt(0)] = 1;
/** Between a block map's entries; a key and its value; a sequence's items; a flow collection's. */
const ENTRY_GAP = /[ \r\n]*/y;
const BLOCK_VALUE_GAP = / *:[ \r\n]*/y;
const SEQ_ITEM_GAP = /[ \r\n]*-[ \r\n]+/y;
const FLOW_FIRST_GAP = /[ \r\n]*/y;
const FLOW_NEXT_GAP = /[ \r\n]*,[ \r\n]*/y;
const FLOW_VALUE_GAP = /[ \r\n]*:[ \r\n]*/y;
/** An implicit key's `:` is at most this far from the key's start (`yaml` refuses more than 1024). */
const MAX_KEY_LENGTH = 1000;

/**
 * `text` read as parse-yaml.ts reads it by this path, `yaml` not loaded; else the way parse-yaml.ts
 * should read it: `cst` when the text is outside the subset, `events` when it was not tried here
 * (the core schema's tags not found, or brackets nested too deep, which parse-yaml.ts reports).
 */
export function readToolYaml(
  text: string,
  file: string,
  positions: SpecPositions,
  /** An offset's point in `file`, when `text` is only part of it. */
  place?: (offset: number) => Point,
): { value: JsonMap; ok: true; mayReferOut: boolean } | 'events' | 'cst' {
  const core = coreTags();
  if (!core || maxFlowDepth(text) > MAX_DEPTH) return 'events';
  const fileIndex = positions.addFile(file, place ?? linesOf(text));
  let read: ReturnType<typeof valuesFromEvents>;
  try {
    read = valuesFromEvents(text, core.source, core.isScalar, positions, fileIndex, { maxDepth: MAX_DEPTH, maxNodes: MAX_EXPANDED_NODES });
  } catch {
    // Not one of the reader's own refusals: parse-yaml.ts reads the text again and reports what it finds.
    return 'events';
  }
  return read ? { value: read.value, ok: true, mayReferOut: read.mayReferOut } : 'cst';
}

/**
 * The value of the one document of `text` (a map), recording positions as the Document walk
 * does, and whether it may `$ref` another document; undefined when the text leaves the subset.
 * `doc` types plain scalars: an empty `yaml` Document made with the Composer's options, or the
 * core schema's tags (yaml-core-tags.ts); `isScalar` is `yaml`'s.
 */
export function valuesFromEvents(
  text: string,
  doc: TagSource,
  isScalar: IsScalar,
  positions: SpecPositions,
  fileIndex: number,
  limits: ReadLimits,
): { value: JsonMap; mayReferOut: boolean } | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth + 2 });
  } catch {
    return undefined;
  }
  try {
    const reader = new EventReader(text, events, new PlainScalars(doc, isScalar, out), positions, fileIndex, limits);
    const value = reader.document();
    reader.checkStructure();
    return { value, mayReferOut: reader.mayReferOut };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

class EventReader {
  private at = 0;
  /** `yaml`'s range `[1]` and `[2]` of the last node read. */
  private valueEnd = 0;
  private nodeEnd = 0;
  private nodes = 0;
  /** `yaml`'s range `[0]` of the last node read. */
  private nodeStart = 0;
  /**
   * The last scalar's range (start, end). Scalars come in text order, and everything between them
   * must be structure: each gap is checked as the next scalar is met (a list of all the ranges,
   * checked at the end, grew to 400,000 numbers on Stripe's spec, copied as it grew and by the
   * young-generation collections).
   */
  private scalarStart = 0;
  private scalarEnd = 0;
  /** Plain scalars' values by their text, as values and as keys (most recur: `type`, `string`, `description`…). */
  private readonly plainValues = new Map<string, unknown>();
  private readonly plainKeys = new Map<string, unknown>();
  /**
   * The keys of the maps being read, and their spans' offsets (start, end), innermost map's last:
   * a map's go to the span table in one run as it closes (`positions.spanRun`).
   */
  private readonly openKeys: string[] = [];
  private readonly openSpans: number[] = [];
  mayReferOut = false;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    private readonly plainScalars: PlainScalars,
    private readonly positions: SpecPositions,
    private readonly fileIndex: number,
    private readonly limits: ReadLimits,
  ) {}

  document(): JsonMap {
    const { events } = this;
    const start = events[0];
    if (events.length < 3 || start?.type !== EVENT_ID.DOCUMENT || start.explicitStart || start.explicitEnd) out();
    if (start!.type === EVENT_ID.DOCUMENT && start!.directives.length > 0) out();
    this.at = 1;
    const root = events[1]!;
    if (root.type !== EVENT_ID.MAPPING) out();
    const value = this.node(0) as JsonMap;
    // The document's end, and nothing after it.
    if (this.at !== events.length - 1 || events[this.at]!.type !== EVENT_ID.POP) out();
    return value;
  }

  /** Everything after the last scalar is structure (the gaps before it were checked as they were met). */
  checkStructure(): void {
    this.structureTo(this.text.length);
  }

  /** The text from the last scalar's end to `to` is structure (each character looked at once). */
  private structureTo(to: number): void {
    const { text } = this;
    for (let at = this.scalarEnd; at < to; at++) if (STRUCTURE[text.charCodeAt(at)] !== 1) out();
  }

  /** A scalar's range, the next in text order; the text between it and the last one must be structure. */
  private scalarRange(start: number, end: number): void {
    this.structureTo(start);
    this.scalarStart = start;
    this.scalarEnd = end;
  }

  /** Records the span of a sequence read (spans of a text given up on are never asked for). */
  private close(target: object, start: number, end: number): void {
    this.positions.set(target, this.positions.span(this.fileIndex, start, end));
  }

  /** Records the span of a map read and those of its keys, from the `open…` entries from `base` on (then dropped). */
  private closeMap(target: JsonMap, start: number, end: number, base: number): void {
    const { openKeys, openSpans } = this;
    const first = this.positions.spanRun(this.fileIndex, start, end, openSpans, 2 * base, openKeys.length - base);
    this.positions.setMapRun(target, first, openKeys.slice(base));
    openKeys.length = base;
    openSpans.length = 2 * base;
  }

  /** The value of the node at the cursor; sets `valueEnd` and `nodeEnd`. */
  private node(depth: number): unknown {
    if (++this.nodes > this.limits.maxNodes) out();
    const event = this.events[this.at++]!;
    switch (event.type) {
      case EVENT_ID.SCALAR:
        return this.scalar(event, false);
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart !== -1 || event.tagStart !== -1 || depth > this.limits.maxDepth) return out();
        const isMap = event.type === EVENT_ID.MAPPING;
        const value =
          event.style === 1
            ? isMap
              ? this.blockMap(event.start, depth)
              : this.blockSeq(event.start, depth)
            : this.flow(event.start, isMap, depth);
        this.nodeStart = event.start;
        return value;
      }
      default:
        return out();
    }
  }

  /** A scalar's value; its range is `yaml`'s (quotes and a block scalar's header included). */
  private scalar(event: ScalarEvent, isKey: boolean): unknown {
    if (event.anchorStart !== -1 || event.tagStart !== -1) out();
    const { text } = this;
    let { valueStart: start, valueEnd: end } = event;
    switch (event.style) {
      case SCALAR_STYLE.PLAIN: {
        if (start === -1 || start === end) out();
        const value = this.plain(event.fast ? text.slice(start, end) : getScalarValue(text, event), isKey);
        this.scalarRange(start, end);
        this.nodeStart = start;
        this.afterLine(end);
        return value;
      }
      case SCALAR_STYLE.SINGLE_QUOTED:
      case SCALAR_STYLE.DOUBLE_QUOTED: {
        const quote = event.style === SCALAR_STYLE.SINGLE_QUOTED ? "'" : '"';
        if (start < 1 || text[start - 1] !== quote || text[end] !== quote) out();
        start--;
        end++;
        this.scalarRange(start, end);
        this.nodeStart = start;
        this.afterLine(end);
        return getScalarValue(text, event);
      }
      default: {
        // A block scalar: its header (`|`, `>-`, `|2+`…) on the line before the content.
        // (Lines of spaces only are read differently by the two libraries: not here.)
        if (start <= 0 || end < start || /\t|(?:^|\n) +\r?(?:\n|$)/.test(text.slice(start, end))) out();
        let header = start - 1;
        if (text[header] !== '\n') out();
        if (text[header - 1] === '\r') header--;
        while (text[header - 1] === ' ') header--;
        while (/[-+1-9]/.test(text[header - 1] ?? '')) header--;
        header--;
        if (text[header] !== (event.style === SCALAR_STYLE.LITERAL_BLOCK ? '|' : '>')) out();
        if (event.chomping !== CHOMPING_MODE.KEEP) end = blockScalarEnd(text, start, end);
        this.scalarRange(header, end);
        this.nodeStart = header;
        this.valueEnd = end;
        this.nodeEnd = end;
        return getScalarValue(text, event);
      }
    }
  }

  /** Sets the ends of a node whose text ends at `end`: `yaml`'s node end takes the spaces and line break after it. */
  private afterLine(end: number): void {
    const { text } = this;
    this.valueEnd = end;
    let at = end;
    while (text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at += 2;
    else if (text.charCodeAt(at) === 10) at++;
    this.nodeEnd = at;
  }

  /** A plain scalar's value by the schema's tags (`null`, `true`, `12`, `1e3`…), as the Composer finds it. */
  private plain(source: string, isKey: boolean): unknown {
    const known = isKey ? this.plainKeys : this.plainValues;
    const value = known.get(source);
    if (value !== undefined || known.has(source)) return value;
    const typed = this.typed(source, isKey ? this.plainScalars.keyTags : this.plainScalars.valueTags);
    known.set(source, typed);
    return typed;
  }

  private typed(source: string, tags: readonly ScalarTag[]): unknown {
    return this.plainScalars.typed(source, tags);
  }

  /** A key: a scalar on one line, then `:` (after spaces at most); its text and range. */
  private key(): { text: string; start: number; end: number } {
    const event = this.events[this.at++]!;
    if (event.type !== EVENT_ID.SCALAR || event.style > SCALAR_STYLE.DOUBLE_QUOTED) out();
    this.nodes++;
    const key = String(this.scalar(event as ScalarEvent, true));
    const start = this.scalarStart;
    const end = this.valueEnd;
    const { text } = this;
    for (let at = start; at < end; at++) if (text.charCodeAt(at) === 10) out();
    let colon = end;
    while (text.charCodeAt(colon) === 32) colon++;
    if (text[colon] !== ':' || colon - start > MAX_KEY_LENGTH || key === '<<') out();
    return { text: key, start, end };
  }

  private entry(map: JsonMap, key: { text: string; start: number; end: number }, value: unknown): void {
    if (Object.hasOwn(map, key.text)) out();
    if ((key.text === '$ref' && !(typeof value === 'string' && value.startsWith('#'))) || key.text === 'mapping') this.mayReferOut = true;
    setOwn(map, key.text, value);
    this.openKeys.push(key.text);
    this.openSpans.push(key.start, Math.max(key.end, this.valueEnd));
  }

  /** The text from `from` to `to` is `pattern` (separators between nodes). */
  private gap(from: number, to: number, pattern: RegExp): void {
    pattern.lastIndex = from;
    if (!pattern.test(this.text) || pattern.lastIndex !== to) out();
  }

  /** No block collection at the cursor (inside a flow collection). */
  private notBlock(): void {
    const next = this.events[this.at]!;
    if ((next.type === EVENT_ID.MAPPING || next.type === EVENT_ID.SEQUENCE) && next.style === 1) out();
  }

  private isPop(): boolean {
    return this.events[this.at]!.type === EVENT_ID.POP;
  }

  private blockMap(start: number, depth: number): JsonMap {
    const map: JsonMap = {};
    const base = this.openKeys.length;
    let offset = start;
    while (!this.isPop()) {
      const key = this.key();
      this.gap(offset, key.start, ENTRY_GAP);
      const next = this.events[this.at]!;
      // A block map as a value starts on a line of its own.
      if (next.type === EVENT_ID.MAPPING && next.style === 1 && this.text.lastIndexOf('\n', next.start) < key.end) out();
      const value = this.node(depth + 1);
      this.gap(key.end, this.nodeStart, BLOCK_VALUE_GAP);
      this.entry(map, key, value);
      offset = this.nodeEnd;
    }
    this.at++;
    if (this.openKeys.length === base) out();
    this.closeMap(map, start, offset, base);
    this.valueEnd = offset;
    this.nodeEnd = offset;
    return map;
  }

  private blockSeq(start: number, depth: number): unknown[] {
    const list: unknown[] = [];
    let offset = start;
    while (!this.isPop()) {
      list.push(this.node(depth + 1));
      this.gap(offset, this.nodeStart, SEQ_ITEM_GAP);
      offset = this.nodeEnd;
    }
    this.at++;
    if (list.length === 0) out();
    this.close(list, start, offset);
    this.valueEnd = offset;
    this.nodeEnd = offset;
    return list;
  }

  /** A flow map or sequence: `{…}` or `[…]`; its range runs to the closing bracket. */
  private flow(start: number, isMap: boolean, depth: number): unknown {
    const { text } = this;
    if (text[start] !== (isMap ? '{' : '[')) out();
    const map: JsonMap = {};
    const base = this.openKeys.length;
    const list: unknown[] = [];
    let last = start + 1;
    while (!this.isPop()) {
      const gap = last === start + 1 ? FLOW_FIRST_GAP : FLOW_NEXT_GAP;
      if (isMap) {
        const key = this.key();
        this.gap(last, key.start, gap);
        this.notBlock();
        const value = this.node(depth + 1);
        this.gap(key.end, this.nodeStart, FLOW_VALUE_GAP);
        this.entry(map, key, value);
      } else {
        this.notBlock();
        list.push(this.node(depth + 1));
        this.gap(last, this.nodeStart, gap);
      }
      last = this.valueEnd;
    }
    this.at++;
    // The closing bracket: after spaces, line breaks and at most one comma.
    let close = last;
    let commas = 0;
    for (;;) {
      const c = text[close];
      if (c === ' ' || c === '\n' || c === '\r') close++;
      else if (c === ',' && commas++ === 0 && close > start + 1 && last > start + 1) close++;
      else break;
    }
    if (text[close] !== (isMap ? '}' : ']')) out();
    if (isMap) this.closeMap(map, start, close + 1, base);
    else this.close(list, start, close + 1);
    const value = isMap ? map : list;
    this.afterLine(close + 1);
    return value;
  }
}

/**
 * Where `yaml` ends a block scalar that does not keep its trailing lines: before the blank lines
 * after its content (a line of spaces no deeper than the first content line's counts as blank),
 * where `js-yaml` ends it after them. `start` is the first content line's start.
 */
function blockScalarEnd(text: string, start: number, end: number): number {
  let indent = 0;
  for (let at = start; at < end; at++) {
    const c = text[at];
    if (c === ' ') indent++;
    else if (c === '\n') indent = 0;
    else if (c !== '\r' || text[at + 1] !== '\n') break;
  }
  let newline = text[end - 1] === '\n' ? end - 1 : end;
  for (;;) {
    let at = newline - 1;
    if (text[at] === '\r') at--;
    const last = at;
    while (text[at] === ' ') at--;
    if (text[at] === '\n' && at >= start && at + 1 + indent > last) newline = at;
    else break;
  }
  return Math.min(newline + 1, text.length);
}
