/**
 * YAML spec text → plain values, recording positions as it goes (parse.ts sends here what is not
 * plain JSON, and loads this module, and `yaml`, only then).
 *
 * YAML as tools write it (no comments, anchors, tags or empty values) is read from `js-yaml`'s
 * events (yaml-events-values.ts), which gives the same values and places for a sixth of the
 * parse time; parse.ts tries that before loading this module, so such a spec never loads `yaml`
 * (only the four modules of its core schema's tags: yaml-core-tags.ts). Otherwise `yaml`'s Parser makes the CST once. The YAML specs are written in — maps, sequences, scalars,
 * comments — are read from it directly (yaml-cst-values.ts). Anything else (anchors and aliases,
 * tags, merge keys, errors…) is composed into a `yaml` Document and walked here, as before: every
 * map and sequence keeps its node's span (and every key its own), aliases are shared rather than
 * expanded (no billion laughs), and nesting is bounded (the parser's and our recursion). Both
 * ways give the same values and places (all three are compared in the tests).
 */
import type { CST, Document, DocumentOptions, Node, ParseOptions, SchemaOptions } from 'yaml';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Point, Source } from '../ir/source.js';
import { type JsonMap, setOwn } from './json.js';
import type { SpanId, SpecPositions } from './positions.js';
import { valuesFromCst } from './yaml-cst-values.js';
import { readToolYaml, valuesFromEvents } from './yaml-events-values.js';
import { yaml } from './yaml-library.js';
import { MAX_DEPTH, MAX_EXPANDED_NODES, maxFlowDepth } from './yaml-limits.js';

const { Composer, Document: YamlDocument, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError } = yaml;

/** How a YAML text is read: `events` tries js-yaml's events, then the CST, then a Document; `cst` the latter two; `document` the last. */
export type YamlReader = 'events' | 'cst' | 'document';

/** A spec's text as plain values (`ok: false` when it could not be read). */
export interface ParsedSpecText {
  value: unknown;
  ok: boolean;
  /** Read as strict JSON (not through the YAML parser). */
  json?: boolean;
  /** False when the values hold no `$ref` to another document and no discriminator mapping (known when read from YAML's CST). */
  mayReferOut?: boolean;
}

/** Parses `text`; YAML errors and too-deep nesting are `spec-invalid` diagnostics at their position. */
export function parseYamlText(
  text: string,
  file: string,
  positions: SpecPositions,
  diagnostics: DiagnosticBag,
  lastKeyWins = false,
  /** The fastest way the text allows (`events`: js-yaml's events, else the CST, else a Document), or only the latter ones (for tests). */
  reader: YamlReader = 'events',
  /** An offset's point in `file`, when `text` is only part of it (a document a page embeds). */
  place?: (offset: number) => Point,
): ParsedSpecText {
  let from = reader;
  if (from === 'events') {
    const read = readToolYaml(text, file, positions, place);
    if (typeof read === 'object') return read;
    from = read;
  }
  const lineCounter = new LineCounter();
  const at =
    place ??
    ((offset: number): Point => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col, offset };
    });
  const span = (start: number, end: number): Source => ({ file, start: at(start), end: at(end) });
  const fileIndex = positions.addFile(file, at);
  const flowDepth = maxFlowDepth(text);
  if (flowDepth > MAX_DEPTH) {
    diagnostics.report(
      'spec-invalid',
      place ? span(0, 0) : { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      `The document nests deeper than ${MAX_DEPTH} levels; it was not read.`,
    );
    return { value: undefined, ok: false };
  }
  const options = { prettyErrors: false, uniqueKeys: !lastKeyWins, strict: false };
  let doc: Document;
  try {
    const limits = { maxDepth: MAX_DEPTH, maxNodes: MAX_EXPANDED_NODES };
    const empty = new YamlDocument(undefined, options);
    // (The events path again, with the Document's tags: only when the core schema's were not found.)
    const events = from === 'events' ? valuesFromEvents(text, empty, isScalar, positions, fileIndex, limits) : undefined;
    if (events) {
      // The line starts, as `yaml`'s parser notes them, for placing offsets.
      lineCounter.addNewLine(0);
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
      return { value: events.value, ok: true, mayReferOut: events.mayReferOut };
    }
    const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
    const plain = from !== 'document' ? valuesFromCst(tokens, empty, positions, fileIndex, limits) : undefined;
    if (plain) return { value: plain.value, ok: true, mayReferOut: plain.mayReferOut };
    doc = composeDocument(tokens, options, text.length);
  } catch (error) {
    diagnostics.report('spec-invalid', span(0, 0), `Not valid YAML/JSON: ${(error as Error).message}`);
    return { value: undefined, ok: false };
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 3)) {
      diagnostics.report('spec-invalid', span(error.pos[0], error.pos[1]), `Not valid YAML/JSON: ${error.message}`);
    }
    return { value: undefined, ok: false };
  }
  const walker = new Walker(doc, positions, fileIndex, span, diagnostics);
  const value = walker.walk(doc.contents, 0);
  if (walker.expandedSize(doc.contents) > MAX_EXPANDED_NODES) {
    diagnostics.report(
      'spec-invalid',
      span(0, 0),
      `The document's aliases expand to more than ${MAX_EXPANDED_NODES} nodes; it was not read.`,
    );
    return { value: undefined, ok: false };
  }
  return { value, ok: !walker.tooDeep };
}

/** The first document of `tokens`, as `yaml`'s `parseDocument` composes it (a second one is an error). */
function composeDocument(tokens: CST.Token[], options: DocumentOptions & ParseOptions & SchemaOptions, length: number): Document {
  let doc: Document | undefined;
  for (const next of new Composer(options).compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      const range: [number, number] = [next.range[0], next.range[1]];
      doc.errors.push(
        new YAMLParseError(range, 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'),
      );
      break;
    }
  }
  return doc!;
}

class Walker {
  private readonly seen = new Map<Node, unknown>();
  private readonly sizes = new Map<Node, number>();
  private readonly counting = new Set<Node>();
  tooDeep = false;

  constructor(
    private readonly doc: Document,
    private readonly positions: SpecPositions,
    private readonly fileIndex: number,
    private readonly span: (start: number, end: number) => Source,
    private readonly diagnostics: DiagnosticBag,
  ) {}

  /** How many nodes `node` stands for with every alias expanded (a cycle counts once). */
  expandedSize(node: unknown, depth = 0): number {
    if (isAlias(node)) return this.expandedSize(node.resolve(this.doc), depth);
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (this.counting.has(node) || depth > MAX_DEPTH) return 1;
    this.counting.add(node);
    let size = 1;
    for (const item of node.items as unknown[]) {
      size += isPair(item)
        ? this.expandedSize(item.key, depth + 1) + this.expandedSize(item.value, depth + 1)
        : this.expandedSize(item, depth + 1);
      if (size > MAX_EXPANDED_NODES) break;
    }
    this.counting.delete(node);
    this.sizes.set(node, size);
    return size;
  }

  walk(node: unknown, depth: number): unknown {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return typeof node.value === 'bigint' ? Number(node.value) : (node.value ?? null);
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === undefined) {
        const range = node.range ?? [0, 0, 0];
        this.diagnostics.report(
          'spec-invalid',
          this.span(range[0], range[1]),
          `The YAML alias *${node.source} names no anchor before it; read as null.`,
        );
      }
      return this.walk(target ?? null, depth);
    }
    if (!isMap(node) && !isSeq(node)) return null;
    const known = this.seen.get(node);
    if (known !== undefined) return known;
    const range = node.range ?? [0, 0, 0];
    if (depth > MAX_DEPTH) {
      if (!this.tooDeep)
        this.diagnostics.report('spec-invalid', this.span(range[0], range[1]), `The document nests deeper than ${MAX_DEPTH} levels.`);
      this.tooDeep = true;
      return null;
    }
    if (isSeq(node)) {
      const list: unknown[] = [];
      this.seen.set(node, list);
      this.positions.set(list, this.positions.span(this.fileIndex, range[0], range[1]));
      for (const item of node.items) list.push(this.walk(item, depth + 1));
      return list;
    }
    const map: JsonMap = {};
    this.seen.set(node, map);
    const span = this.positions.span(this.fileIndex, range[0], range[1]);
    const keys = new Map<string, SpanId>();
    const merges: unknown[] = [];
    for (const pair of node.items) {
      const key = keyText(pair.key);
      const value = this.walk(pair.value, depth + 1);
      if (key === '<<' && isScalar(pair.key) && (isAlias(pair.value) || isSeq(pair.value))) {
        merges.push(...(Array.isArray(value) && isSeq(pair.value) ? value : [value]));
        continue;
      }
      setOwn(map, key, value);
      const keyRange = (pair.key as Node | null)?.range ?? range;
      const valueRange = (pair.value as Node | null)?.range ?? keyRange;
      keys.set(key, this.positions.span(this.fileIndex, keyRange[0], Math.max(keyRange[1], valueRange[1])));
    }
    this.positions.setMap(map, span, keys);
    for (const merged of merges) {
      if (typeof merged !== 'object' || merged === null || Array.isArray(merged)) continue;
      for (const key of Object.keys(merged)) if (!Object.hasOwn(map, key)) setOwn(map, key, (merged as JsonMap)[key]);
    }
    return map;
  }
}

function keyText(key: unknown): string {
  if (key === null || key === undefined) return '';
  if (isScalar(key)) return String(key.value);
  return String(key);
}
