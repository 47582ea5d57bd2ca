/**
 * Parse spec text into a value plus a lazy locator. JSON goes through JSON.parse; YAML through
 * js-yaml's event parser (about ten times faster than `yaml` on multi-megabyte specs, which
 * the 1-second budget for two 5 MB specs needs), whose events carry source offsets for the
 * locator. Text js-yaml rejects is read again by `yaml`, which is lenient and says why.
 */
import { CORE_SCHEMA, constructFromEvents, type Event, getScalarValue, parseEvents } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { decodePointer, jsonLocator, type Locator, lineColumn, lineStarts, yamlLocator } from './locate.js';

export interface ParsedText {
  value: unknown;
  locator: Locator;
  /** Syntax errors; non-empty means the text could not be read as a whole. */
  errors: string[];
}

export function parseSpecText(text: string): ParsedText {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { value: JSON.parse(text) as unknown, locator: jsonLocator(text), errors: [] };
    } catch {
      // Not strict JSON (comments, trailing commas): YAML reads most of it.
    }
  }
  try {
    const events = parseEvents(text, {});
    const [value] = constructFromEvents(events, { source: text, json: true, schema: CORE_SCHEMA });
    return { value, locator: eventLocator(text, events), errors: [] };
  } catch {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, strict: false });
    return { value: doc.toJS() as unknown, locator: yamlLocator(doc, counter), errors: doc.errors.map((e) => e.message.split('\n')[0]!) };
  }
}

/**
 * Pointer → line and column from js-yaml events, kept compact (kind, offset and end per event,
 * plus the key scalars) so the event objects can be dropped. Lookups walk only the collections
 * on the pointer's way: a subtree is skipped in one step, and a mapping's keys are indexed the
 * first time a lookup passes through it.
 */
function eventLocator(text: string, events: Event[]): Locator {
  const n = events.length;
  const kind = new Uint8Array(n);
  const offset = new Int32Array(n);
  const end = new Int32Array(n);
  const keyEvents = new Map<number, Event>();
  const open: Array<{ at: number; count: number }> = [];
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    kind[i] = e.type;
    end[i] = i;
    if (e.type === 6) {
      const top = open.pop();
      if (top) end[top.at] = i;
      continue;
    }
    if (e.type === 1) continue;
    const parent = open.at(-1);
    if (parent) {
      if (kind[parent.at] === 3 && parent.count % 2 === 0 && e.type === 4) keyEvents.set(i, e);
      parent.count++;
    }
    offset[i] = e.type === 4 ? e.valueStart - (e.style === 2 || e.style === 3 ? 1 : 0) : e.type === 5 ? e.anchorStart - 1 : e.start;
    if (e.type === 2 || e.type === 3) open.push({ at: i, count: 0 });
  }
  let starts: number[] | undefined;
  const keys = new Map<number, Map<string, number>>();
  const items = new Map<number, number[]>();
  const after = (i: number) => (kind[i] === 2 || kind[i] === 3 ? end[i]! + 1 : i + 1);
  const children = (i: number): number[] => {
    const list: number[] = [];
    for (let j = i + 1; j < end[i]!; j = after(j)) list.push(j);
    return list;
  };
  const keysOf = (i: number) => {
    let map = keys.get(i);
    if (!map) {
      map = new Map();
      const list = children(i);
      for (let k = 0; k + 1 < list.length; k += 2) {
        const key = keyEvents.get(list[k]!);
        if (key?.type === 4) map.set(getScalarValue(text, key), list[k]!); // duplicate keys: the last wins, as in the value
      }
      keys.set(i, map);
    }
    return map;
  };
  const root = events.findIndex((e) => e.type !== 1);
  return {
    locate(pointer) {
      if (root === -1) return undefined;
      let at = root;
      let last = root; // the key (or item) event named by the last segment
      for (const segment of decodePointer(pointer)) {
        if (kind[at] === 3) {
          const key = keysOf(at).get(segment);
          if (key === undefined) return undefined;
          at = key + 1;
          last = key;
        } else if (kind[at] === 2) {
          let list = items.get(at);
          if (!list) {
            list = children(at);
            items.set(at, list);
          }
          const item = list[Number(segment)];
          if (item === undefined) return undefined;
          at = item;
          last = item;
        } else return undefined;
      }
      const o = offset[last]!;
      if (o < 0) return undefined;
      starts ??= lineStarts(text);
      return lineColumn(starts, o);
    },
  };
}
