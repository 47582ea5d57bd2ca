/**
 * Components that title what they hold: MDX's `<Request title="Example request">`, Docusaurus's
 * `<TabItem value="res" label="Response">`, `<Accordion title="Response">`, and HTML's
 * `<details><summary>Example response</summary>`. Where the title is one a section has (what
 * `sectionOfTitle` knows, the user's titles too), the tag is that label: a paragraph holding the
 * title, placed at its characters, so the fence or table inside is read as under that title.
 *
 *     <Request title="Example request">    → Example request    (the call below is a sample)
 *     <TabItem value="py" label="Python">  → (left as it is: no section's title)
 *     <ResponseExample>                    → Example response   (Mintlify's: the name is the title)
 *     <Tab title="404">                    → Response 404       (a status: the tab holds its answer)
 *
 * Containers titled so, likewise (`labelContainers`): `::: details Example response` (VitePress,
 * Docusaurus, `:::tip[Example response]` Starlight), `/// tab | Request` (pymdownx blocks).
 *
 * Fences titled so, likewise (`labelFences`): the title before the fence; and Docusaurus v1's code
 * tabs (`labelCodeTabs`): `<!--200 SUCCESS-->` before its fence.
 *
 *     ```json title="Example response"     → Example response   (Docusaurus, MkDocs Material, Starlight)
 *     ```json [Response]                   → Response           (VitePress code groups)
 *     ```json 201                          → Response 201       (Mintlify: the words after the language)
 *     ```bash cURL                         → (left as it is)
 *     ```json title="JSON-RPC Request"     → (dropped: the call over another transport)
 */
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { METHOD_WORDS } from '../../ir/types.js';
import { pointAt } from './attribute-lists.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { CODE_THEN_REASON } from './status-words.js';

/** One opening tag of a component, nothing else: `<Request title="Example request">`. */
const OPENING_TAG = /^<[A-Z][\w.]*\b[^<>]*>$/;
/** A component's `title="…"`, `label='…'` or `title={"…"}` (Docusaurus tabs, Mintlify and Fern components). */
export const TITLE_ATTRIBUTE = /(?:^|\s)(?:title|label)\s*=\s*(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|\{\s*["'`]([^"'`\n]{1,80})["'`]\s*\})/;
/** `<details>` ⏎ `<summary>Example response</summary>`. */
const SUMMARY = /^(?:<details\b[^<>]*>\s*)?<summary\b[^<>]*>([^<>\n]{1,80})<\/summary>$/i;
/** Components whose name is their title (Mintlify's examples beside an endpoint). */
const NAMED: Readonly<Record<string, string>> = { RequestExample: 'Example request', ResponseExample: 'Example response' };
const NAMED_TAG = /^<(RequestExample|ResponseExample)\s*>$/;

export function labelComponents(root: Root, page: string, titles?: TitleVocabulary): void {
  if (!root.children.some((node) => node.type === 'html')) return;
  /** The kind of section the last heading titles. */
  let under: string | undefined;
  root.children = root.children.map((node): RootContent => {
    if (node.type === 'heading') under = sectionOfTitle(plainText(node).trim(), titles)?.kind;
    if (node.type !== 'html' || !node.position) return node;
    const value = node.value.trim();
    const named = NAMED_TAG.exec(value)?.[1];
    if (named) {
      const at = (node.position.start.offset ?? 0) + node.value.indexOf(named);
      return label(NAMED[named]!, { start: pointAt(page, at), end: pointAt(page, at + named.length) });
    }
    const attribute = OPENING_TAG.test(value) ? TITLE_ATTRIBUTE.exec(value) : null;
    const summary = attribute ? null : SUMMARY.exec(value);
    const match = attribute ?? summary;
    const title = match ? (match[1] ?? match[2] ?? match[3])?.trim() : undefined;
    // `<Tab title="200">` (Mintlify's, Fern's response tabs): what the tab holds is that status's answer.
    const status = attribute && title ? STATUS_TITLE.exec(title)?.[1] : undefined;
    const kind = status || !title ? undefined : sectionOfTitle(title, titles)?.kind;
    if (!match || !title || (!status && !kind)) return node;
    // `### Response` ⏎ `<TabItem label="Parameters">`: the fields of that response, no request's parameters.
    if (kind && UNPLACED_PARTS.has(kind) && under && RESPONSE_KINDS.has(under)) return node;
    const at = (node.position.start.offset ?? 0) + node.value.indexOf(value) + match.index + match[0].indexOf(title);
    const position = { start: pointAt(page, at), end: pointAt(page, at + title.length) };
    return status ? label(`Response ${status}`, position, false) : label(title, position);
  });
}

/** Titles of fields that say not whose they are (`Parameters`, `Attributes`): under a response's title, its fields. */
const UNPLACED_PARTS: ReadonlySet<string> = new Set(['parameters', 'attributes']);
const RESPONSE_KINDS: ReadonlySet<string> = new Set(['responses', 'response-body', 'sample-response']);

/** The labels a fence's title gives it, by the kind of section the title names (`true`: the title itself). */
const SAMPLE_LABELS: Readonly<Record<string, string | true>> = {
  'sample-request': true,
  'sample-response': true,
  'request-body': 'Example request',
  'response-body': 'Example response',
};
const META_TITLE = /(?:^|\s)title\s*=\s*(?:"([^"\n]{1,80})"|'([^'\n]{1,80})')/;
const BRACKET_TITLE = /^\s*\[([^\]\n]{1,80})\]/;
/** What a fence's info string holds besides a title: line ranges (`{1,3-4}`), options (`key=value`), flags. */
const META_OPTIONS =
  /\{[^{}]*\}|\S+=(?:"[^"]*"|'[^']*'|\S*)|\b(?:showLineNumbers|lineNumbers|wrap|expandable|copy|noCopy|twoslash|icon)\b/g;
/** A status code alone (`201`, `400 Bad Request`). */
const STATUS_TITLE = new RegExp(`^${CODE_THEN_REASON}$`);

/**
 * A label before each fence whose title names a sample or a body (`title="Example response"`,
 * `[Response]`, a status), so the fence is read as under that title. Placed at the fence; the
 * label's words are the title's, unplaced (the page has them in the info string).
 */
export function labelFences(root: Root, titles?: TitleVocabulary): void {
  for (const node of root.children) if (node.type === 'code') readPandocInfo(node);
  if (!root.children.some((node) => node.type === 'code' && (node.meta || node.value.startsWith('//')))) return;
  root.children = root.children.flatMap((node): RootContent[] => {
    if (node.type !== 'code' || !node.position) return [node];
    // `// PATCH /shelves/7` ⏎ `{…}`: the call the JSON belongs to, no part of it and no title.
    const call = node.meta ? undefined : COMMENT_REQUEST_LINE.exec(node.value);
    if (call && /^\s*[{[]/.test(node.value.slice(call[0].length)))
      return [{ ...node, value: node.value.slice(call[0].length).replace(/^\s*\n/, '') }];
    const comment = node.meta ? undefined : COMMENT_TITLE.exec(node.value);
    // A fence of a comment alone (`// Empty Response`) shows nothing.
    if (comment && node.value.slice(comment[0].length).trim() === '') return [];
    const title = node.meta ? fenceTitle(node) : commentTitle(node.value, comment);
    // Another transport's message beside the HTTP call (`title="JSON-RPC Request"`): never the operation's sample.
    if (title && OTHER_TRANSPORT.test(title)) return [];
    const words = title ? fenceLabel(title, titles) : undefined;
    if (!words) return [node];
    const { start } = node.position;
    // The comment is the fence's title, no part of its JSON.
    const fence = comment ? { ...node, value: node.value.slice(comment[0].length).replace(/^\s*\n/, '') } : node;
    return [label(words, { start, end: start }, false), fence];
  });
}

/**
 * A fence titled as another transport's message (Moonraker's `{.json .apirequest title="JSON-RPC
 * Request"}` beside its `HTTP Request`; a WebSocket, MQTT or gRPC call beside the HTTP one): the
 * same call over that transport, no sample of the HTTP request nor of its response.
 */
const OTHER_TRANSPORT =
  /^(?:json[- ]?rpc|web[- ]?sockets?|ws|mqtt|grpc|socket\.io)(?:[ \t]+(?:example|sample))?[ \t]+(?:request|response|call|message|notification|result)s?$/i;

/**
 * A JSON fence whose first line is a comment naming it (Directus' `// Request`, `// Response`): its
 * title, as an info string's is. Only where JSON (or nothing) follows: a script's comment is its own.
 */
const COMMENT_TITLE = /^\/\/[ \t]*([A-Za-z][\w ()-]{0,60}?)[ \t]*:?[ \t]*(?:\r?\n|$)/;

/**
 * A JSON fence's first line a comment of the request it shows (Directus' `// POST /files/import`,
 * `// PATCH /files/0fca80c4`): the JSON below is read as that fence's alone would be.
 */
const COMMENT_REQUEST_LINE = new RegExp(String.raw`^//[ \t]*(?:${METHOD_WORDS})[ \t]+/\S{0,500}[ \t]*\r?\n`);

function commentTitle(value: string, comment: RegExpExecArray | null | undefined): string | undefined {
  return comment && /^\s*[{[]/.test(value.slice(comment[0].length)) ? comment[1] : undefined;
}

/** The label a fence's title gives it: a status's answer (`201` → `Response 201`), a sample's or a body's title. */
function fenceLabel(title: string, titles: TitleVocabulary | undefined): string | undefined {
  const status = STATUS_TITLE.exec(title)?.[1];
  if (status) return `Response ${status}`;
  const kind = sectionOfTitle(title, titles)?.kind;
  // A fence is a body's sample, not its table: `title="Response"` labels the sample of the response.
  const words = kind && SAMPLE_LABELS[kind];
  return words === true ? title : words || undefined;
}

/**
 * Pandoc's attribute info string (```` ```{.json .apiresponse title="Example Response"} ````): the
 * first class is the language, the attributes the meta (the other classes say nothing we read).
 */
function readPandocInfo(node: Code): void {
  if (!node.lang?.startsWith('{')) return;
  const info = /^\{([^{}]*)\}$/.exec(`${node.lang} ${node.meta ?? ''}`.trim());
  if (!info) return;
  const language = /(?:^|\s)\.([\w+-]+)/.exec(info[1]!)?.[1];
  const meta = info[1]!
    .replace(/(?:^|\s)[.#][\w+-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  node.lang = language ?? null;
  node.meta = meta || null;
}

/** The title a fence's info string gives it, if any. */
function fenceTitle(node: Code): string | undefined {
  const meta = node.meta!;
  const quoted = META_TITLE.exec(meta);
  if (quoted) return (quoted[1] ?? quoted[2])!.trim();
  const bracket = BRACKET_TITLE.exec(meta);
  if (bracket) return bracket[1]!.trim();
  const words = meta.replace(META_OPTIONS, ' ').replace(/\s+/g, ' ').trim();
  return words.length > 0 && words.length <= 80 ? words : undefined;
}

/** A label paragraph; its words placed with it unless they are not the page's there. */
export function label(title: string, position: Position, placed = true): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: title, ...(placed ? { position } : {}) }], position };
}

/**
 * A container's opening line: `::: details Example response`, `:::tip[Title]`, `/// tab | Request`;
 * a pymdownx block without a title (`/// api-response-spec`) is titled by its name's words.
 */
const CONTAINER =
  /^[ \t]*(?::{3,}[ \t]*[\w-]*(?:[ \t]*\[([^\]\n]{1,80})\]|[ \t]+([^\n{]{1,80}?))?|\/{3}[ \t]+([\w-]+)(?:[ \t]*\|[ \t]*([^\n]{1,80}?))?)[ \t]*$/gm;

/** A block's name as a title: `api-response-spec` → `response spec` (the site's `api-` prefix is no word of it). */
function blockNameTitle(name: string): string {
  return name.replace(/^api-/i, '').replace(/[-_]+/g, ' ');
}

/**
 * A label where a container's title is a section's (the noise pass blanks the container's lines):
 * the content it holds is read as under that title. `page` is the page as written.
 */
export function labelContainers(root: Root, page: string, titles?: TitleVocabulary): void {
  if (!page.includes(':::') && !page.includes('///')) return;
  const labels: Paragraph[] = [];
  for (const match of page.matchAll(CONTAINER)) {
    const written = (match[1] ?? match[2] ?? match[4])?.trim();
    const title = written ?? (match[3] ? blockNameTitle(match[3]) : undefined);
    if (!title || !sectionOfTitle(title, titles)) continue;
    const at = match.index + match[0].indexOf(written ?? match[3]!);
    const length = written?.length ?? match[3]!.length;
    labels.push(label(title, { start: pointAt(page, at), end: pointAt(page, at + length) }, false));
  }
  insertLabels(root, labels);
}

/** Docusaurus v1's code tabs, and each tab's label alone on its line before its fence (`<!--200 SUCCESS-->`). */
const CODE_TABS = /<!--\s*(END_)?DOCUSAURUS_CODE_TABS\s*-->/g;
const TAB_LABEL = /^[ \t]*<!--[ \t]*([^<>\n]{1,80}?)[ \t]*-->[ \t]*$/gm;

/**
 * A label where a Docusaurus v1 code tab's title (an HTML comment the noise pass blanks) is a
 * status or a sample's title: the fence under it is that status's answer (`<!--404 NOT FOUND-->`
 * → `Response 404`) or that sample (`<!--Request-->`); a language's tab (`<!--cURL-->`) is none.
 *
 *     <!--DOCUSAURUS_CODE_TABS-->
 *     <!--201 CREATED-->             → Response 201
 *     ```json {…} ```
 *     <!--END_DOCUSAURUS_CODE_TABS-->
 */
export function labelCodeTabs(root: Root, page: string, titles?: TitleVocabulary): void {
  if (!page.includes('DOCUSAURUS_CODE_TABS')) return;
  const labels: Paragraph[] = [];
  let from: number | undefined;
  for (const marker of page.matchAll(CODE_TABS)) {
    if (!marker[1]) {
      from = marker.index + marker[0].length;
      continue;
    }
    if (from === undefined) continue;
    const tabs = page.slice(from, marker.index);
    const start = from;
    from = undefined;
    for (const match of tabs.matchAll(TAB_LABEL)) {
      const title = match[1]!.trim();
      const words = fenceLabel(title, titles);
      if (!words) continue;
      const at = start + match.index + match[0].indexOf(match[1]!);
      labels.push(label(words, { start: pointAt(page, at), end: pointAt(page, at + match[1]!.length) }, false));
    }
  }
  insertLabels(root, labels);
}

/**
 * A tab of a GraphQL call beside the REST one (Directus' `<SnippetToggler>` ⏎ `<template #rest>` …
 * `<template #graphql>` ⏎ `` `POST /graphql/system` `` ⏎ its query): the GraphQL endpoint's, never
 * the section's operation nor its sample. The blocks after the tab's opening tag up to the block
 * that closes it are dropped (Vue's `<template #graphql>`, `<template v-slot:GraphQL>`, MDX's
 * `<TabItem value="graphql">`).
 */
const GRAPHQL_TAB = /<(?:template[ \t]+(?:#|v-slot:)graphql|TabItem\b[^<>\n]*\bvalue=["']graphql["'][^<>\n]*)[ \t]*>[ \t]*$/i;
const TAB_CLOSE = /^[ \t]*<\/(?:template|TabItem)>/i;

export function dropGraphqlTabs(root: Root, page: string): void {
  if (!/graphql/i.test(page)) return;
  const out: RootContent[] = [];
  // The blocks of an open tab: kept after all where no closing tag follows before a heading.
  let tab: RootContent[] | undefined;
  for (const node of root.children) {
    if (tab && node.type === 'heading') {
      out.push(...tab);
      tab = undefined;
    }
    if (tab) {
      if (node.type !== 'html' || !TAB_CLOSE.test(node.value)) {
        tab.push(node);
        continue;
      }
      tab = undefined;
    }
    out.push(node);
    if (node.type === 'html' && GRAPHQL_TAB.test(node.value)) tab = [];
  }
  if (tab) out.push(...tab);
  root.children = out;
}

/** Labels put among the root's blocks, each before the first block that starts after it. */
function insertLabels(root: Root, labels: readonly Paragraph[]): void {
  if (labels.length === 0) return;
  const out: RootContent[] = [];
  let next = 0;
  for (const node of root.children) {
    const start = node.position?.start.offset ?? 0;
    while (next < labels.length && labels[next]!.position!.start.offset! < start) out.push(labels[next++]!);
    out.push(node);
  }
  out.push(...labels.slice(next));
  root.children = out;
}
