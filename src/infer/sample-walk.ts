/**
 * One sample value walked down its documented schema (refs followed into named schemas):
 *
 *   - where the docs say little — `unknown`, an untyped `array`, an `object` word (map of unknown),
 *     an open object without properties, a ref to an undocumented named type — the value is kept
 *     as an observation of that place (a `Slot`, keyed by the schema node, so every page showing
 *     the same named entity adds to the same slot);
 *   - where the docs say more, the value is checked against them (tables win) and the
 *     disagreements are collected as findings: a property the table does not list, a value of
 *     another JSON type, a value outside a documented enum.
 *
 * Depth is capped at MAX_DEPTH (shape.ts), arrays at MAX_ITEMS elements, objects at MAX_KEYS keys,
 * ref chains that consume no value at MAX_REF_HOPS.
 */
import { compareSources, type Source } from '../ir/source.js';
import type { JsonValue, NamedSchema, Schema } from '../ir/types.js';
import { fractionKeys } from './fractions.js';
import { type KindReads, type KindWalks, recordKindRead, recordKindWalk, valueType } from './kind-reads.js';
import { type ListReads, recordWalked } from './list-reads.js';
import { MAX_DEPTH, MAX_ITEMS, MAX_KEYS } from './shape.js';

const MAX_REF_HOPS = 8;

type SlotKind = 'unknown' | 'array' | 'map' | 'object' | 'named';

interface Observation {
  value: JsonValue;
  source: Source;
  /** The value is a whole number the sample writes with a fraction (`13.0`): a number. */
  fraction?: true;
}

export interface Slot {
  kind: SlotKind;
  /** The schema node (or named schema) the inference fills. */
  node: Schema | NamedSchema;
  /** The property that holds the value, when there is one (names array items). */
  property?: string;
  /** Where in the API the place is: `TicketMessageEntity.MessageHeaders`. */
  label: string;
  observations: Observation[];
}

export type FindingCode = 'sample-unknown-property' | 'sample-type-mismatch';

interface Finding {
  code: FindingCode;
  message: string;
  sources: Source[];
}

export interface WalkState {
  schemas: ReadonlyMap<string, NamedSchema>;
  slots: Map<object, Slot>;
  findings: Map<string, Finding>;
  ids: WeakMap<object, number>;
  nextId: number;
  /** Where the cache is told which documented formats a message quoted (merge/merge-reads.ts). */
  quoted?: Set<Schema>;
  /** Where the cache is told which scalar kinds values were compared with (kind-reads.ts). */
  typed?: KindReads;
  /** Where the cache is told what a mismatch at each scalar node would say (kind-reads.ts). */
  walks?: KindWalks;
  /** Where the cache is told which keys samples showed of each object (list-reads.ts). */
  lists?: ListReads;
}

interface At {
  label: string;
  property?: string;
  source: Source;
  /** The value here is a whole number the sample writes with a fraction (infer/fractions.ts). */
  fraction?: true;
}

/** Where a member stands (`at`), marked where it is one of its container's `fractions` (the keys of numbers written with one). */
function memberAt(fractions: ReadonlySet<string> | undefined, key: string | number, at: At): At {
  return fractions?.has(String(key)) ? { ...at, fraction: true } : at;
}

export function newWalkState(schemas: readonly NamedSchema[]): WalkState {
  return { schemas: new Map(schemas.map((s) => [s.name, s])), slots: new Map(), findings: new Map(), ids: new WeakMap(), nextId: 0 };
}

export function walkSample(value: JsonValue, schema: Schema, at: At, state: WalkState, depth = 0, hops = 0): void {
  if (depth >= MAX_DEPTH || value === null) return;
  switch (schema.kind) {
    case 'ref': {
      const named = state.schemas.get(schema.name);
      if (!named || hops >= MAX_REF_HOPS) return;
      if (named.origin === 'undocumented') observe(state, named, 'named', { ...at, label: named.name }, value);
      else walkSample(value, named.schema, { ...at, label: named.name }, state, depth, hops + 1);
      return;
    }
    case 'unknown':
      // A place the docs state takes any value (`any`): the sample's value is one of them, no type of it.
      if (!schema.anyValue) observe(state, schema, 'unknown', at, value);
      return;
    case 'array':
      if (!Array.isArray(value)) mismatch(state, schema, at, value, 'an array');
      else if (schema.items.kind === 'unknown') observe(state, schema, 'array', at, value);
      else {
        const fractions = fractionKeys(value);
        for (let i = 0; i < Math.min(value.length, MAX_ITEMS); i++)
          walkSample(value[i]!, schema.items, memberAt(fractions, i, { ...at, label: `${at.label}[]` }), state, depth + 1);
      }
      return;
    case 'map':
      if (!isRecord(value)) mismatch(state, schema, at, value, 'an object');
      else if (schema.values.kind === 'unknown') observe(state, schema, 'map', at, value);
      else {
        const fractions = fractionKeys(value);
        for (const key of Object.keys(value).slice(0, MAX_KEYS))
          walkSample(value[key]!, schema.values, memberAt(fractions, key, { ...at, label: `${at.label}{}` }), state, depth + 1);
      }
      return;
    case 'object':
      if (!isRecord(value)) mismatch(state, schema, at, value, 'an object');
      else if (schema.properties.length === 0 && schema.additionalProperties === undefined) observe(state, schema, 'object', at, value);
      else walkObject(value, schema, at, state, depth);
      return;
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      recordKindRead(state.typed, schema, valueType(value));
      recordKindWalk(state.walks, schema, value, () => jsonType(value), at.label, at.source);
      if (!acceptedBy(schema.kind, value)) {
        if (schema.kind === 'integer' || (schema.kind === 'string' && schema.format)) quote(state, schema);
        mismatch(state, schema, at, value, scalarExpected(schema));
      }
      return;
    case 'enum': {
      const allowed = [...schema.values.map((v) => v.value), ...alternates(schema.extensions?.['x-enum-values'])];
      if (schema.values.length === 0 || allowed.some((v) => v === value)) return;
      const shown = schema.values
        .slice(0, 8)
        .map((v) => JSON.stringify(v.value))
        .join(', ');
      mismatch(state, schema, at, value, `one of ${shown}${schema.values.length > 8 ? ', …' : ''}`);
      return;
    }
    default:
      return;
  }
}

function walkObject(
  value: { [key: string]: JsonValue },
  schema: Extract<Schema, { kind: 'object' }>,
  at: At,
  state: WalkState,
  depth: number,
): void {
  const fractions = fractionKeys(value);
  for (const key of Object.keys(value).slice(0, MAX_KEYS)) {
    recordWalked(state.lists, schema, key);
    const property = schema.properties.find((p) => p.name === key);
    if (property) {
      const place = memberAt(fractions, key, { label: `${at.label}.${key}`, property: key, source: at.source });
      walkSample(value[key]!, property.schema, place, state, depth + 1);
    } else if (schema.additionalProperties) {
      const place = memberAt(fractions, key, { label: `${at.label}{}`, property: key, source: at.source });
      walkSample(value[key]!, schema.additionalProperties, place, state, depth + 1);
    } else if (schema.additionalProperties === undefined) {
      const id = `sample-unknown-property|${idOf(state, schema)}|${key}`;
      finding(
        state,
        id,
        'sample-unknown-property',
        `a sample shows property "${key}", which the table of ${at.label} does not list`,
        at.source,
      );
    }
  }
}

function observe(state: WalkState, node: Schema | NamedSchema, kind: SlotKind, at: At, value: JsonValue): void {
  let slot = state.slots.get(node);
  if (!slot) {
    slot = { kind, node, label: at.label, observations: [], ...(at.property !== undefined ? { property: at.property } : {}) };
    state.slots.set(node, slot);
  }
  slot.observations.push(at.fraction ? { value, source: at.source, fraction: true } : { value, source: at.source });
}

/** The schema's format, recorded as read where the caller asked (merge/merge-reads.ts). */
function quote(state: WalkState, schema: Schema & { format?: string }): void {
  if (schema.format !== undefined) state.quoted?.add(schema);
}

/** Whether a value is of a JSON type the scalar kind accepts. */
function acceptedBy(kind: 'string' | 'integer' | 'number' | 'boolean', value: JsonValue): boolean {
  if (kind === 'integer') return typeof value === 'number' && Number.isInteger(value);
  return typeof value === kind;
}

/** What a scalar kind's mismatch says the place is documented as (`an int32`, `a date-time string`). */
export function scalarExpected(schema: { kind: string; format?: string }): string {
  switch (schema.kind) {
    case 'string':
      return schema.format ? `a ${schema.format} string` : 'a string';
    case 'integer':
      return `an ${schema.format ?? 'integer'}`;
    case 'number':
      return 'a number';
    default:
      return 'a boolean';
  }
}

/** A `sample-type-mismatch`'s message. */
export function mismatchMessage(label: string, expected: string, shown: string): string {
  return `${label} is documented as ${expected}, but a sample shows ${shown}`;
}

function mismatch(state: WalkState, schema: Schema, at: At, value: JsonValue, expected: string): void {
  const shown = jsonType(value);
  const id = `sample-type-mismatch|${idOf(state, schema)}|${shown.split(' ')[1]}`;
  finding(state, id, 'sample-type-mismatch', mismatchMessage(at.label, expected, shown), at.source);
}

function finding(state: WalkState, id: string, code: FindingCode, message: string, source: Source): void {
  const known = state.findings.get(id);
  if (known) {
    if (!known.sources.some((s) => compareSources(s, source) === 0)) known.sources.push(source);
    // The message names the place by the schema's label; keep the smallest, so order never matters.
    if (message < known.message) known.message = message;
    return;
  }
  state.findings.set(id, { code, message, sources: [source] });
}

function idOf(state: WalkState, node: object): number {
  let id = state.ids.get(node);
  if (id === undefined) {
    id = state.nextId++;
    state.ids.set(node, id);
  }
  return id;
}

function isRecord(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonType(value: JsonValue): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`;
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)})`;
  return `a boolean (${value})`;
}

function alternates(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
