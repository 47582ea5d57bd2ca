/**
 * Samples fill in what tables leave open; tables win.
 *
 * Every request and response example of every operation is walked down its documented schema
 * (sample-walk.ts). The places the docs leave open collect the sample values shown for them
 * across ALL pages (a named entity's `MessageHeaders` gets the samples of every page that shows
 * that entity), and each is filled with the schema those values show (infer-schema.ts):
 *
 *     documented                         filled with
 *     array (of unknown)                 items: the samples' items (records → named schema, or the
 *                                        documented entity whose table lists their fields)
 *     object word (map of unknown)       values: the samples' values (records → named schema)
 *     unknown, open object               the samples' schema
 *     ref to an undocumented type        the named schema itself (origin `inferred`)
 *
 * First, a response table whose fields the samples show one level down, in an envelope's
 * `data` / `result` member, is placed there (envelopes.ts).
 *
 * Each filled node carries `inferred: { from }` (the samples' code blocks, at most MAX_FROM), each
 * named item schema is `origin: 'inferred'`. Nothing documented changes; where a sample disagrees
 * with its table, a `sample-unknown-property` / `sample-type-mismatch` diagnostic says so, once
 * per place, at the first sample (the others as related). Same result in any page order: slots are
 * filled in label order, observations sorted by source, names chosen by item-namer.ts.
 */
import { DIAGNOSTIC_CODES } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';
import { compareText } from '../ir/order.js';
import { compareSources, type Source, uniqueSources } from '../ir/source.js';
import type { ApiDocument, Content, NamedSchema, Schema } from '../ir/types.js';
import { documentedBodyFor, documentedEntities, type Entity, keysOf, type NamedBodies, namedBodyFor } from './documented-match.js';
import { openEntityNodes, refersToEntities } from './entity-places.js';
import { placeInEnvelopes } from './envelopes.js';
import { type FormatReads, recordingLookups } from './format-reads.js';
import { markFractions, wholeFraction } from './fractions.js';
import { type InferOptions, schemaFromShape } from './infer-schema.js';
import { ItemNamer, MAX_FROM } from './item-namer.js';
import { documentedPropertyTypes } from './property-hints.js';
import { type FindingCode, newWalkState, type Slot, type WalkState, walkSample } from './sample-walk.js';
import { MAX_DEPTH, type Shape, shapeOf } from './shape.js';

const MAX_RELATED = 10;

/**
 * `inPlace`: `document` is the caller's to change (nothing else holds its parts), so it is not
 * copied first. `reads`: where the property hints looked up and the formats quoted are recorded.
 * `named`: the sample-documented response bodies of `document` whose operation's words name a type.
 */
export function fillFromSamples(
  document: ApiDocument,
  diagnostics: DiagnosticBag,
  { inPlace = false, reads, named = new Map() }: { inPlace?: boolean; reads?: FormatReads; named?: NamedBodies } = {},
): ApiDocument {
  const doc = inPlace ? document : cloneKeepingExamples(document);
  if (doc !== document) named = copiedBodies(document, doc, named);
  // A response table of an envelope's payload goes where its samples show it (envelopes.ts).
  placeInEnvelopes(doc);
  const state = newWalkState(doc.schemas);
  if (reads) Object.assign(state, { quoted: reads.quotedSchemas, typed: reads.typed, walks: reads.walks, lists: reads.lists });
  walkOperations(doc, state);
  const slots = sortedSlots(state);
  if (slots.length > 0) {
    const hints = recordingLookups(documentedPropertyTypes(doc), reads?.hints);
    const entities = documentedEntities(doc.schemas);
    const filled = fillSlots(doc, slots, { hints, entities, reads, named, bodies: openResponseBodies(doc) });
    // The refs to documented entities the fill made: a second walk takes the samples into them (entity-places.ts).
    if (refersToEntities(filled, new Set(entities.map((entity) => entity.name)), MAX_DEPTH)) {
      const open = openEntityNodes(doc.schemas, MAX_DEPTH);
      Object.assign(state, { schemas: new Map(doc.schemas.map((s) => [s.name, s])), slots: new Map() });
      walkOperations(doc, state);
      const later = sortedSlots(state).filter((slot) => open.has(slot.node));
      if (later.length > 0) fillSlots(doc, later, { hints, entities, reads, named: new Map(), bodies: new Set() });
    }
  }
  reportFindings(state, diagnostics);
  return doc;
}

function walkOperations(doc: ApiDocument, state: WalkState): void {
  for (const operation of doc.operations) {
    const where = `${operation.method.toUpperCase()} ${operation.path}`;
    for (const content of operation.requestBody?.content ?? []) walkContent(content, `${where} request body`, state);
    for (const response of operation.responses)
      for (const content of response.content) walkContent(content, `${where} response ${response.status}`, state);
  }
}

function sortedSlots(state: WalkState): Slot[] {
  return [...state.slots.values()].sort(
    (a, b) => compareText(a.label, b.label) || compareText(a.kind, b.kind) || compareSources(firstSource(a), firstSource(b)),
  );
}

/**
 * Fills the slots with what their samples show, names the item types (adding them to the
 * document's schemas) and returns the schemas the fill made: the filled nodes and the new types.
 */
function fillSlots(
  doc: ApiDocument,
  slots: readonly Slot[],
  {
    hints,
    entities,
    reads,
    named,
    bodies,
  }: {
    hints: ReadonlyMap<string, Schema>;
    entities: readonly Entity[];
    reads: FormatReads | undefined;
    named: NamedBodies;
    bodies: Set<object>;
  },
): Schema[] {
  const namer = new ItemNamer(new Set(doc.schemas.map((s) => s.name)), {
    hints,
    entities,
    ...(reads ? { typed: reads.typed, lists: reads.lists, requires: reads.requires } : {}),
  });
  // A response body documented by nothing but its samples, which show one documented entity's fields: that entity.
  const prepared: Prepared[] = [];
  const filled: Schema[] = [];
  for (const item of slots.map((slot) => prepare(slot, hints))) {
    const typed = bodies.has(item.slot.node) ? typedBody(item, entities, reads, named.get(item.slot.node as Schema)) : undefined;
    if (typed) filled.push(item.slot.node as Schema);
    prepared.push(...(typed ?? [item]));
  }
  for (const { shape, options, sources } of prepared) namer.collect(shape, options, sources);
  namer.finish();
  for (const { slot, shape, options, sources } of prepared) {
    const schema = schemaFromShape(shape, { ...options, naming: namer });
    if (!schema) continue;
    apply(slot, schema, sources);
    filled.push(slot.kind === 'named' ? (slot.node as NamedSchema).schema : (slot.node as Schema));
  }
  const made = namer.namedSchemas();
  doc.schemas = [...doc.schemas, ...made].sort((a, b) => compareText(a.name, b.name));
  return [...filled, ...made.map((s) => s.schema)];
}

/** Every content of the document, in order. */
function contentsOf(document: ApiDocument): Content[] {
  return document.operations.flatMap((operation) => [
    ...(operation.requestBody?.content ?? []),
    ...operation.responses.flatMap((r) => r.content),
  ]);
}

/** `named`'s bodies of `document` as the copy's bodies, which stand where they do in `document`. */
function copiedBodies(document: ApiDocument, copy: ApiDocument, named: NamedBodies): NamedBodies {
  if (named.size === 0) return named;
  const copies = contentsOf(copy);
  const bodies: NamedBodies = new Map();
  contentsOf(document).forEach((content, index) => {
    const name = content.schema && named.get(content.schema);
    const schema = copies[index]!.schema;
    if (name && schema) bodies.set(schema, name);
  });
  return bodies;
}

/**
 * A deep copy of the document whose examples are shared with the input: they are only read here,
 * and a hostile sample (10,000 levels deep) would overflow structuredClone's recursion.
 */
function cloneKeepingExamples(document: ApiDocument): ApiDocument {
  const contents = contentsOf(document);
  const examples = contents.map((content) => content.examples);
  for (const content of contents) content.examples = [];
  try {
    const doc = structuredClone(document);
    contentsOf(doc).forEach((content, index) => {
      content.examples = [...examples[index]!];
    });
    return doc;
  } finally {
    contents.forEach((content, index) => {
      content.examples = examples[index]!;
    });
  }
}

function walkContent(content: Content, label: string, state: WalkState): void {
  if (!content.schema) return;
  for (const example of content.examples) {
    if (example.value === undefined || !example.source) continue;
    markFractions(example);
    walkSample(
      example.value,
      content.schema,
      { label, source: example.source, ...(wholeFraction(example) ? { fraction: true } : {}) },
      state,
    );
  }
}

interface Prepared {
  slot: Slot;
  shape: Shape;
  options: InferOptions;
  sources: Source[];
}

function prepare(slot: Slot, hints: ReadonlyMap<string, Schema>): Prepared {
  const observations = [...slot.observations].sort((a, b) => compareSources(a.source, b.source));
  const values = observations.map((o) => o.value);
  // A value the docs state for an untyped field (its default) is as much a value of it as a sample's:
  // `(default 'all')` beside samples of `1` is an integer or a string, not an integer whose default fails it.
  const stated = slot.kind === 'unknown' ? (slot.node as Schema).default : undefined;
  if (stated !== undefined) values.push(stated);
  const shape = shapeOf(
    values,
    observations.map((o) => o.fraction === true),
  );
  const options: InferOptions = { hints };
  if (slot.property !== undefined && slot.kind !== 'named') options.property = slot.property;
  if (slot.kind === 'map') options.forceMap = true;
  return { slot, shape, options, sources: uniqueSources(observations.map((o) => o.source)) };
}

function apply(slot: Slot, inferred: Schema, sources: Source[]): void {
  const from = { from: sources.slice(0, MAX_FROM) };
  switch (slot.kind) {
    case 'array': {
      const node = slot.node as Schema;
      if (node.kind === 'array' && inferred.kind === 'array') Object.assign(node, { items: inferred.items, inferred: from });
      return;
    }
    case 'map': {
      const node = slot.node as Schema;
      if (node.kind === 'map' && inferred.kind === 'map') Object.assign(node, { values: inferred.values, inferred: from });
      return;
    }
    case 'object':
      if (inferred.kind === 'object' || inferred.kind === 'map') replaceNode(slot.node as Schema, inferred, from);
      return;
    case 'unknown':
      replaceNode(slot.node as Schema, inferred, from);
      return;
    case 'named': {
      const named = slot.node as NamedSchema;
      if (inferred.kind !== 'object' && inferred.kind !== 'map') return;
      delete inferred.nullable;
      named.schema = {
        ...inferred,
        description: `Inferred from samples: the docs name ${named.name} but no page defines it.`,
        inferred: from,
      };
      named.origin = 'inferred';
      named.sources = from.from;
      return;
    }
  }
}

/** The open schemas of the responses whose only evidence is their samples (extract/samples.ts): no type documented. */
function openResponseBodies(doc: ApiDocument): Set<object> {
  const bodies = new Set<object>();
  for (const operation of doc.operations)
    for (const response of operation.responses)
      for (const content of response.content) if (content.schema?.kind === 'unknown') bodies.add(content.schema);
  return bodies;
}

/**
 * Types a whole response body as the documented entity whose fields its samples show (an object
 * of it, or a list of them: documented-match.ts's `documentedBodyFor`); undefined where none fits.
 * Where the operation's words name the body's type (`named`: "Returns the customer object.") and
 * the samples fit it, a list of it as the words say, it is that type (`namedBodyFor`).
 * Where the samples show HAL's `_links` / `_embedded` beside the entity's fields, the body is the
 * entity and an object of those members (`allOf`), which the samples fill as any open place: what
 * is left to infer is returned.
 */
function typedBody(
  item: Prepared,
  entities: readonly Entity[],
  reads: FormatReads | undefined,
  named: { name: string; list: boolean } | undefined,
): Prepared[] | undefined {
  const { slot, shape, sources } = item;
  const only = (part: Shape | undefined): boolean =>
    part !== undefined && part.object !== undefined && part.object.count + part.nulls === part.count && part.opaque === 0;
  const items = shape.array?.items;
  const list = !only(shape) && items !== undefined && shape.array!.count + shape.nulls === shape.count && only(items);
  const body = list ? items : only(shape) ? shape : undefined;
  const name =
    body && named?.list === list ? namedBodyFor(named.name, body, entities, reads?.requires, reads?.typed, reads?.lists) : undefined;
  const match = name ? { name, hal: [] } : body && documentedBodyFor(body, entities, reads?.requires, reads?.typed, reads?.lists);
  if (!body || !match) return undefined;
  const from = { from: sources.slice(0, MAX_FROM) };
  const entity: Schema = { kind: 'ref', name: match.name };
  const links: Schema = { kind: 'unknown' };
  const typed: Schema = match.hal.length > 0 ? { kind: 'intersection', parts: [entity, links] } : entity;
  replaceNode(slot.node as Schema, list ? { kind: 'array', items: typed } : typed, from);
  if (match.hal.length === 0) return [];
  const { property: _, ...options } = item.options;
  const hal = keysOf(body, (key) => match.hal.includes(key));
  return [{ slot: { ...slot, kind: 'unknown', node: links, label: `${slot.label} (HAL)` }, shape: hal, options, sources }];
}

/** Replaces the node's shape in place, keeping its documented annotations (description, source, …). */
function replaceNode(node: Schema, inferred: Schema, from: { from: Source[] }): void {
  const { description, title, readOnly, writeOnly, deprecated, default: fallback, examples, extensions, source, nullable } = node;
  for (const key of Object.keys(node)) delete (node as unknown as Record<string, unknown>)[key];
  Object.assign(node, inferred, { inferred: from });
  const kept = { description, title, readOnly, writeOnly, deprecated, default: fallback, examples, extensions, source };
  for (const [key, value] of Object.entries(kept)) if (value !== undefined) (node as unknown as Record<string, unknown>)[key] = value;
  if (nullable) node.nullable = true;
}

function reportFindings(state: WalkState, diagnostics: DiagnosticBag): void {
  const findings = [...state.findings.values()].map((f) => ({ ...f, sources: uniqueSources(f.sources) }));
  findings.sort(compareFindings);
  for (const finding of findings)
    diagnostics.push(findingDiagnostic(finding.code, finding.message, finding.sources, finding.sources.length));
}

/** The order findings are reported in: by their first sample, code and message. */
export function compareFindings(
  a: { code: string; message: string; sources: readonly Source[] },
  b: { code: string; message: string; sources: readonly Source[] },
): number {
  return compareSources(a.sources[0]!, b.sources[0]!) || compareText(a.code, b.code) || compareText(a.message, b.message);
}

/**
 * A finding's diagnostic: at its first sample, the next MAX_RELATED related, and how many more
 * there are. `sources`: sorted, each place once, at least the first MAX_RELATED + 1 of `count`.
 */
export function findingDiagnostic(code: FindingCode, message: string, sources: readonly Source[], count: number): Diagnostic {
  const [first, ...rest] = sources;
  const more = count > 1 ? ` (and ${count - 1} more sample${count === 2 ? '' : 's'})` : '';
  const related = rest.slice(0, MAX_RELATED);
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message: `${message}${more}`,
    source: first!,
    ...(related.length > 0 ? { related } : {}),
  };
}

function firstSource(slot: Slot): Source {
  return slot.observations.reduce((min, o) => (compareSources(o.source, min) < 0 ? o.source : min), slot.observations[0]!.source);
}
