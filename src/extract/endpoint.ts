/**
 * The operation itself: method and path from the request line, operationId, summary,
 * description and tags.
 *
 *     ```http
 *     PUT /api/v1/TicketMessage/{id}      ← request line: first ```http block of the operation section
 *     ```
 *     Saves a ticket message …            ← summary: first paragraph after it, as plain text
 *     … the rest of the prose, and `notes` sections → description (markdown source)
 */
import type { Code, RootContent } from 'mdast';
import { isLayoutOnly } from '../document/layout-html.js';
import { queryStart } from '../document/route-query.js';
import { isReleaseNote, isVersionNotes } from '../document/version-notes.js';
import { HTTP_METHODS, type HttpMethod } from '../ir/types.js';
import type { ExtractContext } from './context.js';
import type { Section } from './sections.js';
import { blockSource, shownLine } from './text.js';
import { withoutEmptySegments, withoutZeroWidth } from './written-slips.js';

export interface RequestLine {
  method: HttpMethod;
  /** OpenAPI template: leading slash, no query, constraints removed. */
  path: string;
  /** Route constraints by parameter name (`{tenant:minlength(2)}` → tenant: [`minlength(2)`]). */
  constraints: Map<string, string[]>;
  /** The URL as the request line writes it. */
  written: string;
  node: Code;
}

const REQUEST_LINE = /^\s*([A-Za-z]+)\s+(\S+)/;

/**
 * The request lines of an operation group (its first section): every ```http block that is one
 * `METHOD /path` line, one operation each; when there is none, the first ```http block whose first
 * line is `METHOD /path` (a block that also holds headers).
 */
export function findRequestLines(group: readonly Section[]): RequestLine[] {
  const section = group[0];
  if (section?.kind !== 'operation') return [];
  const single: RequestLine[] = [];
  let first: RequestLine | undefined;
  for (const node of section.nodes) {
    if (node.type !== 'code' || node.lang?.toLowerCase() !== 'http') continue;
    const lines = node.value.split(/\r?\n/).filter((line) => line.trim().length > 0);
    const line = requestLineOf(lines[0] ?? '', node);
    if (!line) continue;
    first ??= line;
    if (lines.length === 1) single.push(line);
  }
  if (single.length > 0) return single;
  return first ? [first] : [];
}

function requestLineOf(text: string, node: Code): RequestLine | undefined {
  const match = REQUEST_LINE.exec(text);
  if (!match) return undefined;
  const method = match[1]!.toLowerCase() as HttpMethod;
  if (!HTTP_METHODS.includes(method)) return undefined;
  return { method, ...normalisePath(match[2]!), written: match[2]!, node };
}

/**
 * Drops scheme+host and query, adds the leading slash, strips route constraints and the marks of
 * a catch-all placeholder, so the path is an OpenAPI template whose `{name}` is the parameter's
 * name: ASP.NET's and httprouter's `{*path}` / `{**path}`, RFC 6570's reserved expansion
 * `{+path}`, Go's `{path...}` → `{path}`; `{id:int}`, `{id:[0-9]+}`, `{rest:.*}` → `{id}`,
 * `{rest}`, the constraint kept by name. A zero-width character and an empty segment (`//`) are
 * slips of the page, left out (`written-slips.ts` reports them).
 */
function normalisePath(raw: string): { path: string; constraints: Map<string, string[]> } {
  let path = withoutZeroWidth(raw).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  // `/#X-Amz-Target=Library_20200101.CreateShelf`: an action of a route all actions share keeps its name (readers/markdown/paths.ts).
  const action = /#[A-Za-z][\w-]*=[\w.-]+$/.exec(path)?.[0] ?? '';
  const queryAt = queryStart(path);
  path = withoutEmptySegments(queryAt >= 0 ? path.slice(0, queryAt) : path) + action;
  if (!path.startsWith('/')) path = `/${path}`;
  const constraints = new Map<string, string[]>();
  path = path.replace(
    /\{(?:\*{1,2}|\+)?([^{}:?=]+?)(?:\.\.\.)?\??(?::([^{}]*))?(?:=[^{}]*)?\}/g,
    (_whole, name: string, rules: string | undefined) => {
      const trimmed = name.trim();
      // `{id:int?}`: ASP.NET's optional mark after the constraint (a path parameter is always sent).
      if (rules)
        constraints.set(
          trimmed,
          rules
            .replace(/\?$/, '')
            .split(':')
            .filter((rule) => rule.length > 0),
        );
      return `{${trimmed}}`;
    },
  );
  return { path, constraints };
}

/** Parameter names of a path template, in order. */
export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!);
}

/** A name with its case and word separators left out: `order_id`, `order-id` and `orderId` are one. */
export function spellingKey(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

export interface Prose {
  summary?: string;
  description?: string;
}

/** Summary: the first paragraph after the request lines; description: the rest, notes included. */
export function readProse(sections: readonly Section[], requestLines: ReadonlySet<Code>, context: ExtractContext): Prose {
  const prose: RootContent[] = [];
  let afterRequestLine = false;
  for (const section of sections) {
    if (section.kind === 'operation') {
      for (const node of section.nodes) {
        if (node.type === 'code' && requestLines.has(node)) afterRequestLine = true;
        else if (afterRequestLine && node.type !== 'table') prose.push(node);
      }
    } else if (section.kind === 'notes') {
      if (section.heading?.position) prose.push(section.heading);
      prose.push(...section.nodes.filter((node) => node.type !== 'table'));
    }
  }
  // Layout tags alone (`<div class="two-up">`, a `<Tabs>` component's `<template v-slot:Shell>`) are no prose;
  // nor are the items of a list that label the method and the route (`* Method: PUT` ⏎ `* Endpoint: /shelves`).
  const shown = prose.flatMap((node): RootContent[] => {
    if (node.type === 'html' && isLayoutOnly(node.value)) return [];
    if (node.type !== 'list' || !node.children.some((item) => item.data?.signatureLabel)) return [node];
    // Each other item stands as written, at its own place.
    return node.children
      .filter((item) => !item.data?.signatureLabel)
      .map((item): RootContent => ({ ...node, children: [item], ...(item.position ? { position: item.position } : {}) }));
  });
  // A rule (`---`, `___`) opening or closing the words parts the page's sections: it says nothing of the call.
  let from = 0;
  let to = shown.length;
  while (from < to && shown[from]!.type === 'thematicBreak') from++;
  while (to > from && shown[to - 1]!.type === 'thematicBreak') to--;
  prose.splice(0, prose.length, ...shown.slice(from, to));
  const result: Prose = {};
  // ` * API >= 1` atop the prose: version notes, kept in the description; the paragraph after them the summary.
  // So too an admonition's words (`:::note` ⏎ … ⏎ `:::`), a note of the description, no summary.
  // And the mark of a deprecated operation (`**Deprecated.** Use the v2 endpoint.`), where no title summarises it.
  let at = prose.findIndex(
    (node) =>
      !isVersionNotes(node) &&
      !((node.type === 'paragraph' || node.type === 'blockquote') && node.data?.admonition) &&
      !(node.type === 'paragraph' && node.data?.deprecationMark),
  );
  // `Introduced in [v2.2](…).` ⏎ its words: the release note kept in the description, the words after it the
  // summary, where they are a plain paragraph right after it, no bold label opening it (`**Note**: …`) nor
  // an admonition's (else the note stays the summary, as before).
  const next = prose[at + 1];
  const released =
    prose[at] !== undefined &&
    isReleaseNote(prose[at]!) &&
    next?.type === 'paragraph' &&
    next.children[0]?.type !== 'strong' &&
    !next.data?.admonition;
  if (released) at++;
  const first = prose[at];
  if (first?.type === 'paragraph') {
    prose.splice(at, 1);
    // A summary is one plain line, the text the paragraph shows (the description keeps its markdown).
    const summary = shownLine(first.children);
    if (summary) result.summary = summary;
  }
  const description = blockSource(prose, context);
  if (description) result.description = description;
  return result;
}

/** The operation's tags: its group heading's, else the page's (the reader's), else the page's folder, else the route's first plain word. */
export function readTags(file: string, path: string, pageTags: readonly string[] | undefined, group?: string): string[] {
  if (group) return [group];
  if (pageTags && pageTags.length > 0) return [...new Set(pageTags)].sort();
  const folders = file.split('/').slice(0, -1);
  const folder = folders[folders.length - 1];
  if (folder && folder !== '.' && folder !== '..') return [folder];
  // `/#Action=CreateUser`: the action a shared route stands for names no group.
  const word = path
    .replace(/#.*$/, '')
    .split('/')
    .find((segment) => segment && !NOT_A_WORD.test(segment));
  return word ? [word.replace(CUSTOM_VERB, '')] : [];
}

/** Path segments that name no group: `api`, a version (`v2`, `v1.0`, `1.1`, `2`, `2010-04-01`), or a segment holding a parameter (`{id}`, `{name}:cancel`). */
const NOT_A_WORD = /^(?:api|v?\d+(?:\.\d+)*|\d{4}-\d\d-\d\d)$|[{}]/i;
/** A custom method's verb after the collection (`shelves:batchGet`, as Google's APIs write it). */
const CUSTOM_VERB = /(?<=.):[A-Za-z]\w*$/;
