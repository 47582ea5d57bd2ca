/**
 * Plain values straight from `yaml`'s CST, for the YAML that specs are written in: block and flow
 * maps and sequences of scalars, comments anywhere. It skips building a `yaml` Document (a node
 * object for every scalar and pair, then a second walk over them), which was most of the time and
 * garbage of reading a big YAML spec.
 *
 * It reads only a subset in which `yaml`'s Composer can find no error, and gives exactly what
 * the Document path gives (values, key order, node ranges), reusing the library for every
 * decision that is not structural: scalar text (`CST.resolveAsScalar`) and the schema's own tags
 * for plain scalars. Anything else — anchors, aliases, tags, explicit keys, `<<` merge keys,
 * directives, more than one document, tabs in indentation, repeated keys, a root that is not a
 * map, anything the library would warn about — returns undefined, and the caller composes the
 * same tokens into a Document as before. The two paths are compared on every spec in reach
 * (test/openapi/yaml-cst-values.test.ts).
 */
import type { CST, Document } from 'yaml';
import { type JsonMap, setOwn } from './json.js';
import type { SpanId, SpecPositions } from './positions.js';
import { yaml } from './yaml-library.js';
import { PlainScalars, type ReadLimits, type ScalarTag } from './yaml-plain-scalars.js';

const { CST: cst } = yaml;

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/** Where the reading stopped: outside the subset. */
class NotPlain extends Error {}

/**
 * The value of the one document in `tokens` (a map), recording positions as the Document walk
 * does, and whether it may `$ref` another document; undefined when the tokens leave the subset. `doc` is an empty Document made with the
 * options the Composer would get: its schema and options decide the scalars.
 */
export function valuesFromCst(
  tokens: readonly Token[],
  doc: Document,
  positions: SpecPositions,
  fileIndex: number,
  limits: ReadLimits,
): { value: JsonMap; mayReferOut: boolean } | undefined {
  try {
    const reader = new CstReader(doc, positions, fileIndex, limits);
    return { value: reader.stream(tokens), mayReferOut: reader.mayReferOut };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

const out = (): never => {
  throw new NotPlain();
};

class CstReader {
  /** The node range ends of the last node read: `[1]` and `[2]` of the Composer's `range`. */
  private valueEnd = 0;
  private nodeEnd = 0;
  private nodes = 0;
  /** Whether a `$ref` not starting with `#`, or a discriminator `mapping`, was read (load.ts walks the refs then). */
  mayReferOut = false;
  private readonly scalars: PlainScalars;

  constructor(
    doc: Document,
    private readonly positions: SpecPositions,
    private readonly fileIndex: number,
    private readonly limits: ReadLimits,
  ) {
    this.scalars = new PlainScalars(doc, yaml.isScalar, out);
  }

  stream(tokens: readonly Token[]): JsonMap {
    let document: CST.Document | undefined;
    for (const token of tokens) {
      if (token.type === 'document' && !document) document = token;
      else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') out();
    }
    if (!document?.value) return out();
    const { value } = document;
    const start = props(document.start, 'doc-start', true, document.offset);
    if (start.found && value.type === 'block-map' && !start.hasNewline) out();
    if (value.type !== 'block-map' && !(value.type === 'flow-collection' && value.start.source === '{')) out();
    const root = this.node(value, 0) as JsonMap;
    nodeEnd(document.end, this.nodeEnd);
    return root;
  }

  /** The value of `token`; sets `valueEnd` and `nodeEnd`. */
  private node(token: Token, depth: number): unknown {
    if (++this.nodes > this.limits.maxNodes) out();
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, this.scalars.valueTags);
      case 'block-map':
        return this.blockMap(token, depth);
      case 'block-seq':
        return this.blockSeq(token, depth);
      case 'flow-collection':
        return this.flowCollection(token, depth);
      default:
        return out();
    }
  }

  private scalar(token: CST.FlowScalar | CST.BlockScalar, tags: readonly ScalarTag[]): unknown {
    const resolved = cst.resolveAsScalar(token, false, out);
    if (!resolved) return out();
    this.valueEnd = resolved.range[1];
    this.nodeEnd = resolved.range[2];
    return token.type === 'scalar' ? this.plain(resolved.value, tags) : resolved.value;
  }

  /** A plain scalar's value by the schema's tags (`null`, `true`, `12`, `1e3`…), as the Composer finds it. */
  private plain(text: string, tags: readonly ScalarTag[]): unknown {
    return this.scalars.typed(text, tags);
  }

  /** The value of a missing node (`key:` with nothing after it), placed as the Composer places it. */
  private empty(offset: number, before: readonly SourceToken[], found: Props): unknown {
    const at = emptyScalarPosition(offset, before);
    this.nodes++;
    this.valueEnd = at;
    this.nodeEnd = found.comment ? found.end : at;
    return this.plain('', this.scalars.valueTags);
  }

  private key(token: Token | null | undefined, indent: number | undefined): { text: string; start: number; end: number } {
    if (!token || (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar')) return out();
    // Implicit keys on one line, at the collection's column; nothing after them but spaces.
    if ((indent !== undefined && token.indent !== indent) || token.source.includes('\n')) out();
    if (token.end?.some((end) => end.type !== 'space' || end.source.includes('\t'))) out();
    const text = String(this.scalar(token, this.scalars.keyTags));
    if (text === '<<') out();
    return { text, start: token.offset, end: this.valueEnd };
  }

  private collection(depth: number): { map: JsonMap; keys: Map<string, SpanId> } {
    if (depth > this.limits.maxDepth) out();
    return { map: {}, keys: new Map() };
  }

  private close(target: object, start: number, end: number, keys?: Map<string, SpanId>): void {
    const span = this.positions.span(this.fileIndex, start, end);
    if (keys) this.positions.setMap(target, span, keys);
    else this.positions.set(target, span);
  }

  private entry(map: JsonMap, keys: Map<string, SpanId>, key: { text: string; start: number; end: number }, value: unknown): void {
    if (Object.hasOwn(map, key.text)) out();
    if ((key.text === '$ref' && !(typeof value === 'string' && value.startsWith('#'))) || key.text === 'mapping') this.mayReferOut = true;
    setOwn(map, key.text, value);
    keys.set(key.text, this.positions.span(this.fileIndex, key.start, Math.max(key.end, this.valueEnd)));
  }

  private blockMap(token: CST.BlockMap, depth: number): JsonMap {
    const { map, keys } = this.collection(depth);
    let offset = token.offset;
    let commentEnd: number | undefined;
    token.items.forEach((item, index) => {
      const keyProps = props(item.start, 'explicit-key-ind', true, offset);
      if (keyProps.found || item.explicitKey) out();
      if (!item.sep) {
        // Comments after the last entry (an entry without a key is not read here).
        if (item.key || index !== token.items.length - 1) out();
        commentEnd = keyProps.end;
        return;
      }
      this.nodes++;
      const key = this.key(item.key, token.indent);
      const valueProps = props(item.sep, 'map-value-ind', false, key.end);
      if (!valueProps.found) out();
      if (item.value?.type === 'block-map' && !valueProps.hasNewline) out();
      const value = item.value ? this.node(item.value, depth + 1) : this.empty(valueProps.end, item.sep, valueProps);
      this.entry(map, keys, key, value);
      offset = this.nodeEnd;
    });
    this.close(map, token.offset, offset, keys);
    this.valueEnd = offset;
    this.nodeEnd = commentEnd ?? offset;
    return map;
  }

  private blockSeq(token: CST.BlockSequence, depth: number): unknown[] {
    if (depth > this.limits.maxDepth) out();
    const list: unknown[] = [];
    let offset = token.offset;
    let commentEnd: number | undefined;
    token.items.forEach((item, index) => {
      const itemProps = props(item.start, 'seq-item-ind', true, offset);
      if (!itemProps.found) {
        if (item.value || index !== token.items.length - 1) out();
        commentEnd = itemProps.end;
        return;
      }
      list.push(item.value ? this.node(item.value, depth + 1) : this.empty(itemProps.end, item.start, itemProps));
      offset = this.nodeEnd;
    });
    this.close(list, token.offset, offset);
    this.valueEnd = offset;
    this.nodeEnd = commentEnd ?? offset;
    return list;
  }

  private flowCollection(token: CST.FlowCollection, depth: number): unknown {
    const isMap = token.start.source === '{';
    if (!isMap && token.start.source !== '[') out();
    const { map, keys } = this.collection(depth);
    const list: unknown[] = [];
    let offset = token.offset + token.start.source.length;
    token.items.forEach((item, index) => {
      const itemProps = props(item.start, 'explicit-key-ind', false, offset, true);
      if (itemProps.found) out();
      if (!item.sep && !item.value) {
        // An empty item: white space in `[ ]`, or after a trailing comma.
        if (item.key || (index === 0 && itemProps.comma) || index < token.items.length - 1) out();
        return;
      }
      // The first item has no comma before it; every other one has.
      if ((index === 0) !== (itemProps.comma === undefined)) out();
      if (!isMap) {
        if (item.key || item.sep || !item.value || isBlock(item.value)) out();
        list.push(this.node(item.value!, depth + 1));
        offset = this.nodeEnd;
        return;
      }
      this.nodes++;
      const key = this.key(item.key, undefined);
      const valueProps = props(item.sep ?? [], 'map-value-ind', false, key.end);
      if (!valueProps.found || isBlock(item.value)) out();
      const value = item.value ? this.node(item.value, depth + 1) : this.empty(valueProps.end, item.sep!, valueProps);
      this.entry(map, keys, key, value);
      offset = this.nodeEnd;
    });
    const [close, ...rest] = token.end;
    if (close?.source !== (isMap ? '}' : ']')) out();
    const closeEnd = close!.offset + close!.source.length;
    this.valueEnd = closeEnd;
    this.nodeEnd = nodeEnd(rest, closeEnd);
    const value = isMap ? map : list;
    this.close(value, token.offset, closeEnd, isMap ? keys : undefined);
    return value;
  }
}

function isBlock(token: Token | undefined): boolean {
  return token?.type === 'block-map' || token?.type === 'block-seq';
}

interface Props {
  found: SourceToken | undefined;
  comma: SourceToken | undefined;
  comment: boolean;
  hasNewline: boolean;
  end: number;
}

/**
 * The tokens before a node (yaml's `resolveProps`, for the subset): spaces without tabs, newlines,
 * comments after white space, at most one `indicator` and (in flow collections) one comma.
 */
function props(
  tokens: readonly SourceToken[],
  indicator: SourceToken['type'],
  startOnNewline: boolean,
  offset: number,
  flow = false,
): Props {
  let hasSpace = startOnNewline;
  let found: SourceToken | undefined;
  let comma: SourceToken | undefined;
  let comment = false;
  let hasNewline = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) out();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) out();
        comment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      case 'comma':
        if (comma || !flow) out();
        comma = token;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator || found) out();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, comma, comment, hasNewline, end: last ? last.offset + last.source.length : offset };
}

/** The end of a node's trailing spaces, comments and newlines (yaml's `resolveEnd`); `offset` is where they start. */
function nodeEnd(tokens: readonly SourceToken[] | undefined, offset: number): number {
  let end = offset;
  for (const token of tokens ?? []) {
    if (token.type !== 'space' && token.type !== 'comment' && token.type !== 'newline') out();
    end += token.source.length;
  }
  return end;
}

/** Where the Composer puts a missing node: after the last token before it that is not white space or a comment. */
function emptyScalarPosition(offset: number, before: readonly SourceToken[]): number {
  let at = offset;
  for (let i = before.length - 1; i >= 0; --i) {
    const token = before[i]!;
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') {
      at -= token.source.length;
      continue;
    }
    for (let next = before[i + 1]; next?.type === 'space'; next = before[++i + 1]) at += next.source.length;
    break;
  }
  return at;
}
