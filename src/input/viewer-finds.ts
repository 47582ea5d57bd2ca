/**
 * What a saved viewer page says of its spec (the conventions are listed in viewer-pages.ts), read
 * from the page's HTML (page-html.ts) and its scripts' JavaScript (page-script.ts). Documents are
 * slices of the page (or decoded values placed at their start), so a spec's diagnostics land in it.
 */
import type { AnyNode, CallExpression, Expression, NewExpression, ObjectExpression, Pattern, Program } from 'acorn';
import { simple } from 'acorn-walk';
import type { Element } from 'hast';
import { attributeOf, elementsNamed, scriptCode } from './page-html.js';
import { failed, literalString, memberOf, objectOf, type ParseFailure, parseExpression, parseScript } from './page-script.js';
import { decodedAt, type PageText, subText } from './page-text.js';

/** What a viewer page says of its spec, at page offset `start`. */
export type ViewerFind =
  /** A document in the page. `literal`: written as a JavaScript value, read only when it is a JSON literal. */
  | { kind: 'document'; viewer: string; start: number; document: PageText; literal: boolean }
  /** The URL the viewer loads its spec from. */
  | { kind: 'link'; viewer: string; start: number; url: string }
  /** A spec given as something other than a literal (a variable, a call), or in a script that does not parse: `what` names it. */
  | { kind: 'unreadable'; viewer: string; start: number; what: string };

/** Finds kept of one page: a viewer page has one or two; a hostile one, any number. */
const MAX_FINDS = 20;

const ELEMENTS: Readonly<Record<string, { viewer: string; document?: string; url: string }>> = {
  'elements-api': { viewer: 'Stoplight Elements', document: 'apidescriptiondocument', url: 'apidescriptionurl' },
  redoc: { viewer: 'Redoc', url: 'spec-url' },
  'rapi-doc': { viewer: 'RapiDoc', url: 'spec-url' },
};
const TAGS: ReadonlySet<string> = new Set(['script', ...Object.keys(ELEMENTS)]);

/** A script is parsed only when it holds one of these; the viewer each names. */
const SCRIPT_MARKERS: ReadonlyArray<{ marker: string; viewer: string }> = [
  { marker: '__redoc_state', viewer: 'Redoc' },
  { marker: 'SwaggerUI', viewer: 'Swagger UI' },
  { marker: 'createApiReference', viewer: 'Scalar' },
  { marker: 'Redoc.init', viewer: 'Redoc' },
  { marker: 'loadSpec', viewer: 'RapiDoc' },
];

/** The calls that take a viewer's options (an object, the first or second argument), and the option holding the spec. */
const CALLS: ReadonlyArray<{ name: string; viewer: string; key: string }> = [
  { name: 'SwaggerUIBundle', viewer: 'Swagger UI', key: 'spec' },
  { name: 'SwaggerUI', viewer: 'Swagger UI', key: 'spec' },
  { name: 'createApiReference', viewer: 'Scalar', key: 'content' },
];

/** What `page` says of its spec, in page order, and how many runs of text of its own it has besides (page-html.ts). */
export function readViewerFinds(page: string): { finds: ViewerFind[]; ownText: number } {
  const finds: ViewerFind[] = [];
  const { elements, ownText } = elementsNamed(page, TAGS);
  for (const element of elements) {
    if (finds.length >= MAX_FINDS) break;
    if (element.tagName === 'script') finds.push(...scriptFinds(page, element));
    else finds.push(...elementFinds(page, element));
  }
  return { finds: finds.slice(0, MAX_FINDS).sort((a, b) => a.start - b.start), ownText };
}

/** Scalar's `<script id="api-reference">`, and the viewer calls and Redoc state in a JavaScript script. */
function scriptFinds(page: string, script: Element): ViewerFind[] {
  const code = scriptCode(page, script);
  const finds = script.properties.id === 'api-reference' ? scalarScript(page, script, code) : [];
  const type = scriptType(script);
  if (type === undefined || !SCRIPT_MARKERS.some(({ marker }) => code.text.includes(marker))) return finds;
  const program = parseScript(code.text, type === 'module');
  if (failed(program)) return [...finds, ...brokenScript(code, program)];
  try {
    finds.push(...programFinds(code, program));
  } catch {
    // Nesting deeper than the walker's stack: what was found before it is kept.
  }
  return finds;
}

const JAVASCRIPT = /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script)?$/;

/** How a script's code is run: undefined when it is not JavaScript (`type="application/json"`, a template). */
function scriptType(script: Element): 'module' | 'classic' | undefined {
  const type = script.properties.type;
  if (type === undefined || type === null) return 'classic';
  const name = String(type).trim().toLowerCase();
  if (name === 'module') return 'module';
  return JAVASCRIPT.test(name) ? 'classic' : undefined;
}

/** `__redoc_state = {…}`, `SwaggerUIBundle({…})`, `Scalar.createApiReference('#app', {…})`, `Redoc.init(…)`. */
function programFinds(code: PageText, program: Program): ViewerFind[] {
  const finds: ViewerFind[] = [];
  const state = (value: AnyNode | null | undefined) => {
    const data = objectOf(memberOf(objectOf(memberOf(objectOf(value), 'spec')), 'data'));
    if (data)
      finds.push({
        kind: 'document',
        viewer: 'Redoc',
        start: code.pageOffset(data.start),
        document: subText(code, data.start, data.end),
        literal: false,
      });
  };
  const objects = declaredObjects(program);
  const resolve = (node: Expression): Expression => (node.type === 'Identifier' && objects.get(node.name)) || node;
  const call = (node: CallExpression | NewExpression) => finds.push(...callFinds(code, node, resolve));
  simple(program, {
    VariableDeclarator: (node) => nameOf(node.id) === '__redoc_state' && state(node.init),
    AssignmentExpression: (node) => node.operator === '=' && nameOf(node.left) === '__redoc_state' && state(node.right),
    CallExpression: call,
    NewExpression: call,
  });
  return finds;
}

/**
 * The variables a script declares once, with an object literal: `const spec = {…};
 * SwaggerUIBundle({ spec: spec })` gives that object (one declared twice, or otherwise, is not read).
 */
function declaredObjects(program: Program): Map<string, ObjectExpression | undefined> {
  const objects = new Map<string, ObjectExpression | undefined>();
  simple(program, {
    VariableDeclarator: (node) => {
      if (node.id.type !== 'Identifier') return;
      const name = node.id.name;
      objects.set(name, objects.has(name) || node.init?.type !== 'ObjectExpression' ? undefined : node.init);
    },
  });
  return objects;
}

/** The name a variable, or the property a member expression, is written with (`window.__redoc_state`: `__redoc_state`). */
function nameOf(node: Pattern | Expression | AnyNode): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type !== 'MemberExpression') return undefined;
  return node.computed ? literalString(node.property) : nameOf(node.property);
}

/** A viewer call's finds; `resolve` gives the object literal a variable was declared with (declaredObjects). */
function callFinds(code: PageText, node: CallExpression | NewExpression, resolve: (node: Expression) => Expression): ViewerFind[] {
  const [written, next] = node.arguments;
  const first = written && written.type !== 'SpreadElement' ? resolve(written) : written;
  const second = next && next.type !== 'SpreadElement' ? resolve(next) : next;
  const callee = node.callee;
  if (callee.type === 'MemberExpression' && nameOf(callee.object) === 'Redoc' && nameOf(callee) === 'init') {
    // Redoc.init(specOrUrl, options, element)
    if (first === undefined || first.type === 'SpreadElement') return [];
    const url = literalString(first);
    if (url !== undefined) return [{ kind: 'link', viewer: 'Redoc', start: code.pageOffset(first.start), url }];
    return [valueFind(code, first, 'Redoc', true)];
  }
  // RapiDoc's element method: `document.querySelector('rapi-doc').loadSpec(specObject or URL)`.
  if (callee.type === 'MemberExpression' && nameOf(callee) === 'loadSpec' && first && first.type !== 'SpreadElement') {
    const url = literalString(first);
    if (url !== undefined) return [{ kind: 'link', viewer: 'RapiDoc', start: code.pageOffset(first.start), url }];
    return [valueFind(code, first, 'RapiDoc', true)];
  }
  const name = nameOf(callee);
  const known = CALLS.find((entry) => entry.name === name);
  const options = objectOf(first) ?? objectOf(second);
  if (!known || !options) return [];
  const { viewer, key } = known;
  if (viewer === 'Scalar') return scalarFinds(code, options, true, resolve);
  const spec = resolved(memberOf(options, key), resolve);
  if (spec) return [valueFind(code, spec, viewer, true)];
  const url = memberOf(options, 'url');
  const link = literalString(url);
  if (url && link !== undefined) return [{ kind: 'link', viewer, start: code.pageOffset(url.start), url: link }];
  // Swagger UI's `urls: [{ url: "a.json", name: "A" }, …]`: a link for each.
  const list = memberOf(options, 'urls');
  if (list?.type !== 'ArrayExpression') return [];
  const finds: ViewerFind[] = [];
  for (const entry of list.elements) {
    const value = memberOf(objectOf(entry), 'url');
    const listed = literalString(value);
    if (value && listed) finds.push({ kind: 'link', viewer, start: code.pageOffset(value.start), url: listed });
  }
  return finds;
}

function resolved(node: Expression | undefined, resolve: (node: Expression) => Expression): Expression | undefined {
  return node && resolve(node);
}

/** A spec option's value: an object (the document), a string (the document's text), or neither. */
function valueFind(host: PageText, node: Expression, viewer: string, literal: boolean): ViewerFind {
  const start = host.pageOffset(node.start);
  if (node.type === 'ObjectExpression') return { kind: 'document', viewer, start, document: subText(host, node.start, node.end), literal };
  const text = literalString(node);
  // The string's escapes are decoded: every place in it is given as the string's start.
  if (text !== undefined) return { kind: 'document', viewer, start, document: decodedAt(text, start), literal: false };
  return { kind: 'unreadable', viewer, start, what: `\`${host.text.slice(node.start, Math.min(node.end, node.start + 40))}\`` };
}

/**
 * A script acorn cannot read. A Redoc state there (cut short, most likely) is read from its `{`
 * to the script's end, so that the spec's parser says where it breaks; a viewer call is reported
 * where the script breaks.
 */
function brokenScript(code: PageText, failure: ParseFailure): ViewerFind[] {
  const { text } = code;
  const equals = /\s*=\s*/y;
  for (let at = text.indexOf('__redoc_state'); at !== -1; at = text.indexOf('__redoc_state', at + 1)) {
    equals.lastIndex = at + '__redoc_state'.length;
    if (!equals.exec(text) || text[equals.lastIndex] !== '{') continue;
    const start = equals.lastIndex;
    return [
      { kind: 'document', viewer: 'Redoc', start: code.pageOffset(start), document: subText(code, start, text.length), literal: false },
    ];
  }
  const named = SCRIPT_MARKERS.find(({ marker }) => marker !== '__redoc_state' && text.includes(marker));
  if (!named) return [];
  const what = `in a script that does not parse as JavaScript (${failure.failure})`;
  return [{ kind: 'unreadable', viewer: named.viewer, start: code.pageOffset(failure.offset), what }];
}

/** `<script id="api-reference">`: its content, its `data-url`, its `data-configuration`. */
function scalarScript(page: string, script: Element, code: PageText): ViewerFind[] {
  const viewer = 'Scalar';
  const first = code.text.search(/\S/);
  if (first !== -1) {
    const document = subText(code, first, code.text.trimEnd().length);
    return [{ kind: 'document', viewer, start: code.pageOffset(first), document, literal: false }];
  }
  const url = attributeOf(page, script, 'dataUrl');
  if (url?.value.text) return [{ kind: 'link', viewer, start: url.start, url: url.value.text }];
  const configuration = attributeOf(page, script, 'dataConfiguration');
  return configuration ? fromConfiguration(configuration.value, viewer) : [];
}

/** Scalar's configuration JSON: `{"spec":{"content":…,"url":…}}`, those keys at its top, or `sources` (scalarFinds). */
function fromConfiguration(config: PageText, viewer: string): ViewerFind[] {
  const start = config.text.search(/\S/);
  if (start === -1 || config.text[start] !== '{') return [];
  const parsed = parseExpression(config.text, start);
  if (failed(parsed)) {
    const what = `in a data-configuration that does not parse (${parsed.failure})`;
    return [{ kind: 'unreadable', viewer, start: config.pageOffset(parsed.offset), what }];
  }
  return scalarFinds(config, objectOf(parsed), false);
}

/**
 * Scalar's options (`createApiReference`'s argument, a `data-configuration`): `content` (the
 * document) or `url`, under `spec` in older releases, or those of each of its `sources` (a
 * reference of several documents). `literal`: written as JavaScript, read only as a JSON literal.
 */
function scalarFinds(
  host: PageText,
  options: ObjectExpression | undefined,
  literal: boolean,
  resolve: (node: Expression) => Expression = (node) => node,
): ViewerFind[] {
  const viewer = 'Scalar';
  const sources = memberOf(options, 'sources');
  const entries = sources?.type === 'ArrayExpression' ? sources.elements.map(objectOf) : [objectOf(memberOf(options, 'spec')) ?? options];
  const finds: ViewerFind[] = [];
  for (const entry of entries) {
    const content = resolved(memberOf(entry, 'content'), resolve);
    if (content) {
      finds.push(valueFind(host, content, viewer, literal));
      continue;
    }
    const url = memberOf(entry, 'url');
    const link = literalString(url);
    if (url && link) finds.push({ kind: 'link', viewer, start: host.pageOffset(url.start), url: link });
  }
  return finds;
}

/** `<elements-api apiDescriptionDocument="…">` (entities decoded) and the elements that name a spec URL. */
function elementFinds(page: string, element: Element): ViewerFind[] {
  const { viewer, document, url } = ELEMENTS[element.tagName]!;
  const inline = document === undefined ? undefined : attributeOf(page, element, document)?.value;
  const first = inline ? inline.text.search(/\S/) : -1;
  if (inline && first !== -1) {
    return [
      { kind: 'document', viewer, start: inline.pageOffset(first), document: subText(inline, first, inline.text.length), literal: false },
    ];
  }
  const link = attributeOf(page, element, url);
  return link?.value.text ? [{ kind: 'link', viewer, start: link.start, url: link.value.text }] : [];
}
