/**
 * Slips in how a page writes a name or a route, which the page does not show: every reader's
 * names (a table's name cells, `columns.ts`) and routes (request lines, `endpoint.ts`) pass here.
 *
 *     | `l​imit` | integer |      → `limit`: a zero-width character (U+200B–U+200D, U+2060, U+FEFF)
 *     GET /​books                  → `/books`   is no part of a name or a route; read without it, reported
 *     | `l imit` | integer |       → `l imit` kept: a non-breaking space inside a name, reported (what
 *                                    the author meant, one word or two, the page does not say)
 *     GET //books                  → `/books`: an empty segment, which no documented route means; reported
 */
import type { Nodes } from 'mdast';
import { plainText } from '../document/plain-text.js';
import { SPACE_IN_ROUTE } from '../document/route-slips.js';
import type { Point, Source } from '../ir/source.js';
import { type ExtractContext, sourceIn } from './context.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const ZERO_WIDTHS = /[\u200b-\u200d\u2060\ufeff]/g;
/** A non-breaking space between two characters of a name (one at its ends is trimmed as a space). */
const INNER_NBSP = /[^\s]\u00a0+[^\s]/;
/** An empty segment of a path (`//`), or the scheme's `//` of a URL (skipped). */
const DOUBLE_SLASH = /\/{2,}/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '\u200b': 'U+200B ZERO WIDTH SPACE',
  '\u200c': 'U+200C ZERO WIDTH NON-JOINER',
  '\u200d': 'U+200D ZERO WIDTH JOINER',
  '\u2060': 'U+2060 WORD JOINER',
  '\ufeff': 'U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark)',
};

/** `text` without the zero-width characters a page may hide in it. */
export function withoutZeroWidth(text: string): string {
  return ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTHS, '') : text;
}

/** A route's path with each run of slashes one slash (`//books` → `/books`). */
export function withoutEmptySegments(path: string): string {
  return path.includes('//') ? path.replace(DOUBLE_SLASH, '/') : path;
}

/** Reports a name cell written with a zero-width character, or a non-breaking space inside it. */
export function reportNameSlips(cell: Nodes, context: ExtractContext): void {
  const name = plainText(cell).trim();
  const hidden = ZERO_WIDTH.exec(name)?.[0];
  if (hidden) {
    report(
      cell,
      hidden,
      `the name \`${withoutZeroWidth(name)}\` is written with an invisible character (${CHARACTER_NAMES[hidden]}) in it; read without it`,
      context,
    );
    return;
  }
  if (name.includes('\u00a0') && INNER_NBSP.test(name))
    report(
      cell,
      '\u00a0',
      `the name \`${name}\` has a non-breaking space (U+00A0) inside it, which no name holds; read as written (one word or two: fix the page)`,
      context,
    );
}

/** Reports a route (`written`, the request line's URL as written) with a zero-width character or an empty segment. */
export function reportRouteSlips(written: string, node: Nodes, context: ExtractContext): void {
  const hidden = ZERO_WIDTH.exec(written)?.[0];
  if (hidden)
    report(
      node,
      hidden,
      `the route \`${withoutZeroWidth(written)}\` is written with an invisible character (${CHARACTER_NAMES[hidden]}) in it; read without it`,
      context,
    );
  const path = withoutZeroWidth(written)
    .replace(SCHEME, '')
    .replace(/[?#].*$/, '');
  if (!path.includes('//')) return;
  context.diagnostics.report(
    'empty-path-segment',
    at(node, /(?<!:)\/\/+/, context),
    `the route \`${path}\` has an empty segment (\`//\`), which no route means; read as \`${withoutEmptySegments(path)}\``,
  );
}

/**
 * A placeholder of the route as the page writes it (the reader's request line has it as meant)
 * set off by a space (`/notes/ {noteId}`, `/notes/ :noteId`), left open (`{noteId`) or never
 * opened (`noteId}`), at the end of a segment, of the route or of the line (`{upstream name or
 * id}`, words the reader joins, is whole).
 */
export function reportPlaceholderSlips(node: Nodes, context: ExtractContext): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (context.markdown === undefined || start === undefined || end === undefined) return;
  const written = context.markdown.slice(start, end);
  const spaced = new RegExp(SPACE_IN_ROUTE.source, 'gi');
  for (const match of written.matchAll(spaced))
    context.diagnostics.report(
      'spaced-route',
      pointedAt(node, written, match.index, match[0].length, context),
      'the route is written with a space inside it, before its placeholder; read without the space',
    );
  if (!written.includes('{') && !written.includes('}')) return;
  // `{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}` (Discord's): a placeholder and a link to its
  // type, whole (the reader drops the link), whose slash parts no placeholder. Blanked, offsets kept.
  const unlinked = written.replace(LINKED_PLACEHOLDER, (whole) => ' '.repeat(whole.length));
  for (const match of [...unlinked.matchAll(UNCLOSED_WRITTEN), ...unlinked.matchAll(UNOPENED_WRITTEN)].sort((a, b) => a.index - b.index))
    context.diagnostics.report(
      'unclosed-placeholder',
      pointedAt(node, written, match.index, match[0].length, context),
      `the placeholder \`${match[0]}\` of the route is not ${match[0].startsWith('{') ? 'closed' : 'opened'}; read as \`{${match[1]}}\``,
    );
}

/** `route-slips.ts`' patterns, in a line as written: the route ends at a quote, a backtick, its query or the line's end. */
const ROUTE_END = String.raw`(?=\/|[\x60'"?#]|[ \t]*$)`;
const UNCLOSED_WRITTEN = new RegExp(String.raw`(?<=\/)\{([A-Za-z_][\w.-]*)` + ROUTE_END, 'gm');
const UNOPENED_WRITTEN = new RegExp(String.raw`(?<=\/)([A-Za-z_][\w.-]*)\}` + ROUTE_END, 'gm');
/** `paths.ts`' placeholder with a link to its type after a `#`: `{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}`. */
const LINKED_PLACEHOLDER = /\{[A-Za-z_][\w.-]*#[^{}\s]*\}/g;

function report(node: Nodes, character: string, message: string, context: ExtractContext): void {
  context.diagnostics.report('invisible-character', at(node, new RegExp(character), context), message);
}

/** The node's source, started at the first match of `pattern` in the page's text of it (else the node's start). */
function at(node: Nodes, pattern: RegExp, context: ExtractContext): Source {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (context.markdown === undefined || start === undefined || end === undefined) return sourceIn(context, node);
  const written = context.markdown.slice(start, end);
  const match = pattern.exec(written);
  return match ? pointedAt(node, written, match.index, match[0].length, context) : sourceIn(context, node);
}

/** The node's source narrowed to `length` characters at `index` of `written`, the page's text of it. */
function pointedAt(node: Nodes, written: string, index: number, length: number, context: ExtractContext): Source {
  const source = sourceIn(context, node);
  return { ...source, start: pointIn(source.start, written, index), end: pointIn(source.start, written, index + length) };
}

/** The point `index` characters into `text`, which starts at `start`. */
function pointIn(start: Point, text: string, index: number): Point {
  const before = text.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  const breaks = lastBreak < 0 ? 0 : before.split('\n').length - 1;
  return {
    line: start.line + breaks,
    column: lastBreak < 0 ? start.column + index : index - lastBreak,
    offset: start.offset + index,
  };
}
