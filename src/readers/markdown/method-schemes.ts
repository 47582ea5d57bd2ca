/**
 * References of call-style APIs that write no route per operation: the page states its URL scheme
 * once, a placeholder where the method's name goes, and each operation is a section named by its
 * method.
 *
 *     The URL of every request is of the form `/api/$VERSION/$FUNCTIONNAME`.   ← the scheme
 *     Either `GET` or `POST` can be used for all API methods.                  ← the HTTP method
 *
 *     #### createShelf(name [, label])     → `GET /api/$VERSION/createShelf`, its arguments the
 *                                             operation's parameters (`[…]` marks optional ones)
 *     ## Remove a shelf                    → (the heading, as it is)
 *     Name: `removeShelf`                  → `GET /api/$VERSION/removeShelf`
 *     #### renameShelf                     → `GET /api/$VERSION/renameShelf`: a heading of a camelCase
 *     ### shelves.list                        or dotted name alone is a method where a scheme holds
 *                                             (`#### Shelf` is none, nor a name under a method's heading);
 *                                             `#### close` between two such, a one-word method
 *
 * The scheme is a path in code whose last segment is the method's placeholder (`$FUNCTIONNAME`,
 * `methodName`, `{method}`, `<function_name>`), or a fence of that one line, or a full URL in the
 * prose (`https://…/bot<token>/METHOD_NAME`, its `<token>` parsed as HTML); a segment the same sentence names in code apart
 * ("where `APIName` is a subgroup") is a placeholder too. A scheme stated in a section of methods holds
 * for the sections under its heading ("All Shelf API methods are under "shelf", e.g.:
 * `/api/v2/shelf/methodName`"); one stated in a section of no method (`# General`, `## Usage`)
 * holds where no other does.
 *
 * The HTTP method is what the page states, never guessed: the section's own `Method:` line or its
 * sample call (a curl command to the method's URL), else the page's sentence for all methods
 * ("Either GET or POST can be used as the request type for all API methods", "API endpoints can
 * be invoked via GET or POST", "We support GET and POST HTTP methods", "use GET or POST to call a
 * method"), or the scheme's own sentence ("Requests are sent to `…` using GET or POST"). Where that sentence allows several, GET is read when among them:
 * a GET request sends its arguments in the query, the one place every method allowed can take
 * them as the scheme's URL shows them. A method section with none stated is reported
 * (`unstated-method`) and read as no operation.
 */
import type { Code, Heading, Paragraph, Root, RootContent, Table, TableRow } from 'mdast';
import type { Position } from 'unist';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../../document/plain-text.js';
import { sourceOf } from '../../ir/source.js';
import { isColonOrBlank, withoutClosing } from '../shared/trim.js';
import { parseCurl } from './curl.js';
import { madeTable, textRow } from './made-tables.js';
import { tagMethodGroups } from './method-groups.js';
import { type SchemePlaceholder, schemePlaceholders } from './scheme-placeholders.js';
import { headingSectionEnd } from './section-end.js';
import { sectionOfTitle } from './section-titles.js';

/** The method's placeholder: the last segment of a scheme. */
const NAME_PLACEHOLDER =
  /^(?:\$\{?|\{\{?|<|:)?(?:(?:function|method)(?:[_-]?name)?|(?:api[_-]?method|endpoint|action|command|call|operation)[_-]?name)(?:\}\}?|>)?$/i;
/** A path in code (a host before it or none), its last segment the method's placeholder. */
const SCHEME_PATH = /^(https?:\/\/[^\s/]+)?(\/(?:[^\s?#]*\/)?)([^\s/?#]+)\/?$/i;
/** `name(arguments)`: a heading that names a method with its arguments. */
const CALL_HEADING = /^`?([A-Za-z_][\w]*)\s*\(([^()]*)\)`?$/;
/**
 * `getMe`, `sendMessage`, `shelves.list`, `chat.postMessage`: a heading that is a method's name
 * alone, a camelCase word or dotted lower-case words (`User`, `Overview`, `config.json` are none).
 */
const NAME_HEADING = /^`?([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+|[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+)`?$/;
/** A file's name, not a method's: `config.json`, `index.html`. */
const FILE_NAME = /\.(?:json|ya?ml|xml|html?|md|txt|csv|js|ts|py|sh)$/;
/** `Name: `login``, `**Method name:** login`: the method a section documents. */
const NAME_LINE = /^\s*(?:method\s+|function\s+|api\s+)?name\s*:\s*`?([A-Za-z_][\w]*)`?\s*$/i;
/** `Method: `POST``: the section's HTTP method. */
const METHOD_LINE = /^\s*(?:http\s+)?(?:method|verb)\s*:\s*`?(GET|POST|PUT|PATCH|DELETE)`?\s*$/i;
const HTTP_METHODS = /\b(GET|POST|PUT|PATCH|DELETE)\b/g;
/** The subject of a sentence for every method: "for all API methods", "API endpoints can be invoked". */
const ALL_METHODS =
  /\b(?:all|every|any|each)\s+(?:of\s+the\s+)?(?:API\s+)?(?:methods?|functions?|endpoints?|calls?|requests?)\b|\b(?:to\s+call|calling|to\s+invoke|invoking)\s+(?:an?|any|each|every)\s+(?:API\s+)?method\b|\b(?:API\s+)?(?:methods|functions|endpoints|calls)\s+(?:can|may|must|should|are)\s+(?:\w+\s+){0,2}?(?:invoked|called|requested|sent|made|used)\b/i;
/** `GET and POST`, `GET, POST or PUT`, `GET/POST`: HTTP methods listed, in capitals. */
const METHOD_LIST = String.raw`(?:GET|POST|PUT|PATCH|DELETE)(?:(?:\s*,\s*|\s*\/\s*|,?\s+(?:and|or)\s+)(?:GET|POST|PUT|PATCH|DELETE))*`;
/** The page's HTTP methods as what the API supports: "We support GET and POST HTTP methods", "GET and POST requests are accepted". */
const SUPPORTED_METHODS = new RegExp(
  String.raw`\b(?:[Ss]upports?|[Aa]ccepts?|[Aa]llows?)\s+(?:both\s+|only\s+)?(?:the\s+)?${METHOD_LIST}\s+(?:HTTP\s+)?(?:methods|verbs|requests)\b|\b${METHOD_LIST}\s+(?:HTTP\s+)?(?:methods|verbs|requests)\s+are\s+(?:both\s+)?(?:supported|accepted|allowed)\b`,
);
/** How many blocks under its heading a `Name:` line may stand. */
const NAME_REACH = 3;

interface Scheme {
  /** The path before the method's name, placeholders written `{name}`. */
  prefix: string;
  /** The host it names (`https://library.example.com`): the server of its routes. */
  host?: string;
  /** Where it is stated, under a heading of `depth` (0: none). */
  start: number;
  depth: number;
  /** Stated in a section of no method (`# General`): it holds wherever no other does. */
  wide: boolean;
  /** The scheme as written, and where. */
  code: string;
  position?: Position;
  /** Its placeholders before the method's: path parameters of every method (`scheme-placeholders.ts`). */
  placeholders: SchemePlaceholder[];
}

interface MethodSection {
  heading: number;
  name: string;
  /** Where the `Name:` line stands, when the section states the name so. */
  line?: number;
  /** The heading's arguments: `[name, optional]`. */
  args?: Array<[string, boolean]>;
  /** Named by its heading alone (`#### getMe`): a method only where a scheme holds, and never what decides where one does. */
  bare?: boolean;
}

/** Converts the page's method sections; returns the hosts their schemes name (their servers). */
export function convertMethodSchemes(root: Root, file: string, diagnostics: DiagnosticBag): string[] {
  const nodes = root.children;
  // The method sections are sought only on a page that states a scheme (most state none).
  let sections: MethodSection[] | undefined;
  let named: MethodSection[] | undefined;
  const sectionsOf = (): MethodSection[] => (sections ??= methodSections(nodes));
  const schemes = statedSchemes(nodes, () => (named ??= sectionsOf().filter((section) => !section.bare)));
  if (schemes.length === 0) return [];
  const hosts = new Set<string>();
  const stated = allMethodsStated(nodes, schemes);
  const inserts = new Map<number, RootContent[]>();
  const replaced = new Set<number>();
  const used = new Set<Scheme>();
  const read: number[] = [];
  for (const section of sectionsOf()) {
    const scheme = schemeAt(schemes, nodes, section.heading);
    if (!scheme) continue;
    const route = `${scheme.prefix}${section.name}`;
    const end = headingSectionEnd(nodes, section.heading);
    const own = ownMethod(nodes, section.heading + 1, end, route);
    // A `Method:` line states the request line with the name: no prose of the section.
    if (own?.line !== undefined) replaced.add(own.line);
    const method = own?.method ?? stated;
    const heading = nodes[section.heading] as Heading;
    if (!method) {
      diagnostics.report(
        'unstated-method',
        sourceOf(file, heading),
        `${section.name}: the page states its URL (${route}) but no HTTP method for it (a sentence for all methods, a Method: line or a sample call); no operation was read`,
      );
      continue;
    }
    if (scheme.host) hosts.add(scheme.host);
    const where = section.line !== undefined ? nodes[section.line]!.position : heading.position;
    const line: Code = { type: 'code', lang: null, meta: null, value: `${method} ${route}`, ...(where ? { position: where } : {}) };
    const hasTable = nodes.slice(section.heading + 1, end).some((node) => node.type === 'table');
    const at = section.line ?? section.heading;
    if (section.line !== undefined) replaced.add(section.line);
    inserts.set(at, [line]);
    // The heading's arguments, and the scheme's placeholders, after the section's first words, which stay its summary.
    const tables = [
      ...(section.args && section.args.length > 0 && !hasTable ? [argumentTable(section.args, heading)] : []),
      ...placeholderTable(scheme),
    ];
    if (tables.length > 0) {
      const prose = nodes.findIndex((node, index) => index > at && index < end && node.type === 'paragraph');
      // A paragraph right over a table titles it (`**Parameters:**`): no summary, and no table goes under it;
      // sentences over it ("Use this method to send messages.") are the summary still, the table theirs.
      const first = prose >= 0 && !nodes.slice(at + 1, prose).some((node) => node.type === 'heading' || node.type === 'code');
      let before = first && nodes[prose + 1]?.type !== 'table' ? prose : at;
      if (first && before === at && !titles(nodes[prose] as Paragraph)) before = prose + 1;
      inserts.set(before, [...(inserts.get(before) ?? []), ...tables]);
    }
    used.add(scheme);
    read.push(section.heading);
  }
  for (const scheme of used) reportUnstated(scheme, file, diagnostics);
  tagMethodGroups(nodes, read);
  if (inserts.size === 0) return [];
  const out: RootContent[] = [];
  nodes.forEach((node, index) => {
    if (!replaced.has(index)) out.push(node);
    out.push(...(inserts.get(index) ?? []));
  });
  root.children = out;
  return [...hosts];
}

/** The schemes the page states, in a paragraph or a list item each. */
function statedSchemes(nodes: readonly RootContent[], sectionsOf: () => readonly MethodSection[]): Scheme[] {
  const found: Scheme[] = [];
  let depth = 0;
  nodes.forEach((node, index) => {
    if (node.type === 'heading') depth = node.depth;
    const paragraphs: Paragraph[] =
      node.type === 'paragraph'
        ? [node]
        : node.type === 'list'
          ? node.children.flatMap((item) => item.children.filter((child): child is Paragraph => child.type === 'paragraph'))
          : [];
    for (const scheme of node.type === 'code' ? [fenceScheme(node)] : paragraphs.map(schemeOf)) {
      if (scheme === undefined) continue;
      const end = depth === 0 ? nodes.length : closing(nodes, index, depth);
      const wide = !sectionsOf().some((section) => section.heading > index && section.heading < end);
      const { written, ...stated } = scheme;
      const placeholders = schemePlaceholders(nodes, scheme.prefix, written, scheme.code);
      found.push({ ...stated, start: index, depth, wide, placeholders });
    }
  });
  return found;
}

/** The path before the method's placeholder in a paragraph's code, its other placeholders `{…}`. */
function schemeOf(paragraph: Paragraph): (Pick<Scheme, 'prefix' | 'code' | 'host' | 'position'> & { written: string }) | undefined {
  const spans = paragraph.children.filter((child) => child.type === 'inlineCode');
  const codes = spans.map((child) => child.value.trim());
  for (const [at, code] of codes.entries()) {
    const path = SCHEME_PATH.exec(code);
    if (!path || !NAME_PLACEHOLDER.test(path[3]!)) continue;
    // "…/APIName/methodName, where `APIName` is …": a segment named apart in code is a placeholder.
    const named = new Set(codes.filter((other) => other !== code));
    const prefix = path[2]!
      .split('/')
      .map((segment) => (named.has(segment) && /^[A-Za-z_]\w*$/.test(segment) ? `{${segment}}` : segment))
      .join('/');
    const position = spans[at]!.position ?? paragraph.position;
    return { prefix, written: path[2]!, code, ...(path[1] ? { host: path[1] } : {}), ...(position ? { position } : {}) };
  }
  // A URL in the prose, not in code (`https://…/bot<token>/METHOD_NAME`, its `<token>` parsed as HTML).
  for (const url of plainText(paragraph).match(/\bhttps?:\/\/\S+/g) ?? []) {
    const scheme = writtenScheme(url.replace(/[.,;:)]+$/, ''), paragraph.position);
    if (scheme) return scheme;
  }
  return undefined;
}

/** A fence of one line that is a scheme: `https://bots.example.com/bot<token>/METHOD_NAME`. */
function fenceScheme(node: Code): ReturnType<typeof schemeOf> {
  const line = node.value.trim();
  return line.includes('\n') ? undefined : writtenScheme(line, node.position);
}

/** The scheme `code` writes, where its last segment is the method's placeholder. */
function writtenScheme(code: string, position: Position | undefined): ReturnType<typeof schemeOf> {
  const path = SCHEME_PATH.exec(code);
  if (!path || !NAME_PLACEHOLDER.test(path[3]!)) return undefined;
  return { prefix: path[2]!, written: path[2]!, code, ...(path[1] ? { host: path[1] } : {}), ...(position ? { position } : {}) };
}

/** The scheme that holds at `index`: the latest stated before it whose section it is still in, else the page's first. */
function schemeAt(schemes: readonly Scheme[], nodes: readonly RootContent[], index: number): Scheme | undefined {
  for (let at = schemes.length - 1; at >= 0; at--) {
    const scheme = schemes[at]!;
    if (scheme.wide || scheme.start > index) continue;
    if (closing(nodes, scheme.start, scheme.depth) > index) return scheme;
  }
  return schemes.find((scheme) => scheme.wide);
}

/** Index of the first heading after `index` at `depth` or above (the end of the page where none). */
function closing(nodes: readonly RootContent[], index: number, depth: number): number {
  for (let at = index + 1; at < nodes.length; at++) {
    const node = nodes[at]!;
    if (node.type === 'heading' && node.depth <= depth) return at;
  }
  return nodes.length;
}

/** Sections named by a method: `name(args)` headings, and headings over a `Name: `x`` line. */
function methodSections(nodes: readonly RootContent[]): MethodSection[] {
  const found: MethodSection[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const title = withoutClosing(plainText(node), '#').trim();
    const call = CALL_HEADING.exec(title);
    if (call) {
      found.push({ heading: index, name: call[1]!, args: argumentsOf(call[2]!) });
      return;
    }
    for (let at = index + 1; at < nodes.length && at <= index + NAME_REACH; at++) {
      const block = nodes[at]!;
      if (block.type === 'heading') break;
      const named = block.type === 'paragraph' ? NAME_LINE.exec(plainText(block)) : null;
      if (named) {
        found.push({ heading: index, name: named[1]!, line: at });
        return;
      }
    }
    const bare = NAME_HEADING.exec(title);
    if (!bare || FILE_NAME.test(bare[1]!)) return;
    // A name alone under a method's heading is one of its fields (`### shelves.rename` ⏎ `##### shelfId`).
    const depth = node.depth;
    if (
      !found.some(
        (method) =>
          method.heading < index && (nodes[method.heading] as Heading).depth < depth && headingSectionEnd(nodes, method.heading) > index,
      )
    )
      found.push({ heading: index, name: bare[1]!, bare: true });
  });
  return [...found, ...wordMethods(nodes, found)].sort((a, b) => a.heading - b.heading);
}

/**
 * `#### close` between `#### getMe` and `#### logOut`: a heading of one lower-case word is a
 * method where the headings on either side of it, at its depth and under the same heading, are
 * (`#### examples`, `#### errors`, titles of a section's parts, are none).
 */
function wordMethods(nodes: readonly RootContent[], found: readonly MethodSection[]): MethodSection[] {
  const methods = new Set(found.map((section) => section.heading));
  const sibling = (index: number, step: number): number | undefined => {
    const depth = (nodes[index] as Heading).depth;
    for (let at = index + step; at >= 0 && at < nodes.length; at += step) {
      const node = nodes[at]!;
      if (node.type !== 'heading' || node.depth > depth) continue;
      return node.depth === depth ? at : undefined;
    }
    return undefined;
  };
  const words: MethodSection[] = [];
  nodes.forEach((node, index) => {
    const word = node.type === 'heading' ? /^`?([a-z][a-z0-9]*)`?$/.exec(withoutClosing(plainText(node), '#').trim()) : null;
    if (!word || methods.has(index) || sectionOfTitle(word[1]!)) return;
    const before = sibling(index, -1);
    const after = sibling(index, 1);
    if (before !== undefined && after !== undefined && methods.has(before) && methods.has(after))
      words.push({ heading: index, name: word[1]!, bare: true });
  });
  return words;
}

/** `groupID, padName [, text]`: each name, and whether brackets mark it optional. */
function argumentsOf(text: string): Array<[string, boolean]> {
  const args: Array<[string, boolean]> = [];
  let depth = 0;
  for (const token of text.match(/[[\]]|[A-Za-z_][\w.-]*/g) ?? []) {
    if (token === '[') depth++;
    else if (token === ']') depth = Math.max(0, depth - 1);
    else args.push([token, depth > 0]);
  }
  return args;
}

/** The method the section states for itself: a `Method:` line (and where it stands), or a curl command to its URL. */
function ownMethod(
  nodes: readonly RootContent[],
  start: number,
  end: number,
  route: string,
): { method: string; line?: number } | undefined {
  const last = route.split('/').pop()!;
  for (let at = start; at < end; at++) {
    const node = nodes[at]!;
    if (node.type === 'heading') return undefined;
    if (node.type === 'paragraph') {
      const line = METHOD_LINE.exec(plainText(node));
      if (line) return { method: line[1]!.toUpperCase(), line: at };
    }
    if (node.type !== 'code') continue;
    // Each command of a transcript: the one whose URL ends with the method's name.
    for (const command of node.value.split(/\n(?=\s*(?:\$\s*)?curl\s)/)) {
      const request = parseCurl(command);
      const path = request?.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
      if (request && path.replace(/\/$/, '').split('/').pop() === last) return { method: request.method };
    }
  }
  return undefined;
}

/** The method a sentence states for every method of the page: GET where it allows GET among others. */
function allMethodsStated(nodes: readonly RootContent[], schemes: readonly Scheme[]): string | undefined {
  const paragraphs = nodes.flatMap((node): Paragraph[] =>
    node.type === 'paragraph'
      ? [node]
      : node.type === 'list'
        ? node.children.flatMap((item) => item.children.filter((child): child is Paragraph => child.type === 'paragraph'))
        : [],
  );
  for (const paragraph of paragraphs) {
    for (const sentence of plainText(paragraph).split(/(?<=[.!?])\s+/)) {
      // The scheme's own sentence: "Requests are sent to `…/METHOD_NAME` using GET or POST."
      const ofScheme = schemes.some((scheme) => sentence.includes(scheme.code));
      if (!ALL_METHODS.test(sentence) && !SUPPORTED_METHODS.test(sentence) && !ofScheme) continue;
      const methods = sentence.match(HTTP_METHODS);
      if (methods) return methods.includes('GET') ? 'GET' : methods[0];
    }
  }
  return undefined;
}

/** The scheme's placeholders as path parameters, each at the sentences that state it (at the scheme where none does). */
function placeholderTable(scheme: Scheme): Table[] {
  if (scheme.placeholders.length === 0 || !scheme.position) return [];
  const rows = scheme.placeholders.map((placeholder) =>
    textRow([placeholder.name, 'path', placeholder.description ?? ''], placeholder.position ?? scheme.position!),
  );
  return [madeTable(['Parameter', 'In', 'Description'], rows, scheme.position, ['Description'])];
}

/** A paragraph that titles what follows: a label (`**Parameters:**`, `Arguments:`), not sentences. */
function titles(paragraph: Paragraph): boolean {
  const text = plainText(paragraph).trim();
  return (
    text.endsWith(':') ||
    !/[.!?]$/.test(text) ||
    paragraph.children.every((child) => child.type === 'strong' || isColonOrBlank(plainText(child)))
  );
}

/** One warning a scheme for the placeholders the page states nothing of (not one an operation). */
function reportUnstated(scheme: Scheme, file: string, diagnostics: DiagnosticBag): void {
  const unstated = scheme.placeholders
    .filter((placeholder) => placeholder.description === undefined)
    .map((placeholder) => placeholder.name);
  if (unstated.length === 0 || !scheme.position) return;
  diagnostics.report(
    'path-parameter-undocumented',
    sourceOf(file, { position: scheme.position }),
    `${unstated.map((name) => `"${name}"`).join(', ')} of the URL scheme ${scheme.code}: the page states nothing of ${unstated.length > 1 ? 'them' : 'it'}; a path parameter of every method, typed string`,
  );
}

/** The heading's arguments as a parameter table: each required unless brackets mark it optional. */
function argumentTable(args: ReadonlyArray<[string, boolean]>, heading: Heading): Table {
  const where = heading.position ? { position: heading.position } : {};
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value, ...where }], ...where })),
    ...where,
  });
  return {
    type: 'table',
    align: [null, null],
    children: [row(['Parameter', 'Required']), ...args.map(([name, optional]) => row([name, optional ? 'No' : 'Yes']))],
    ...where,
  };
}
