/**
 * MkDocs Material's blocks (Python-Markdown's admonitions and pymdownx's details and content
 * tabs): a marker line, then the block's content indented by four spaces. CommonMark reads the
 * content as an indented code block (or a paragraph's lazy lines), so a fence, a table or a
 * signature inside never counts:
 *
 *     === "Request"                       → a label paragraph `Request`
 *     === "404"                           → `**404**`: a status alone in bold, that status's sample
 *     === "Python"                        → (no title: a language's or client's tab) the content
 *
 *         ```json                         → the fence, as if written at the margin
 *         { "name": "Ada" }
 *         ```
 *
 *     !!! example "Example response"      → `Example response`, then the content
 *     ??? note                            → (no title) the content
 *
 * An admonition of a note's kind (`!!! note "Beta"`, `??? warning`, `!!! tip`; not `example`) whose
 * content is prose alone (paragraphs, lists, quotes) is a note, as Docusaurus' `:::note` is
 * (admonitions.ts): its paragraphs marked `admonition`, the title (`Beta`) the first one's
 * `admonitionTitle` (its words read `Beta: …`), no label of its own. One holding a fence or a table,
 * or titled by a part (`!!! info "Query parameters"`), is read as the others are, its title a label.
 *
 * The content's lines are parsed again without their indentation, every node placed at its
 * characters in the page; blocks inside blocks too. A marker whose next lines are not indented
 * is left as written.
 *
 * Python-Markdown's definition lists used as labels (a reference's `Arguments:` ⏎ `:   ` ⏎
 * `    * \`url\`: the url`, `Response:` ⏎ `:   200 and no content.`): the term, a label ending
 * with a colon, is a paragraph of its own and the definition's lines (its first after the `:`,
 * the rest indented) are read at the margin under it, as if written there.
 */
import type { Nodes, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { linesOf } from '../../ir/source.js';
import { markdownBodyProcessor } from '../shared/markdown.js';
import { markResponseFields } from './components.js';
import { type FieldBlockReader, fieldBlockRun } from './mkdocs-field-blocks.js';
import { sectionOfTitle } from './section-titles.js';

/**
 * `!!! note "Title"`, `??? example`, `???+ tip "Title"`, `=== "Tab"`, `===+ "Tab"`, `===! "Tab"`. The title runs to
 * the line's last quote, as Python-Markdown reads it: quotes inside are its own (`??? info "Lit (`"lit": boolean`)"`).
 */
const MARKER = /^[ \t]*(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*|===[+!]?)(?:[ \t]+"([^\n]*)")?[ \t]*$/;
/** A tab's title that is a status code alone: `200`, `` `404` ``. */
const STATUS_ALONE = /^`?[1-5]\d\d`?$/;
/** Blocks inside blocks, at most this deep (a page of markers nested without end is read as written). */
const MAX_DEPTH = 8;

interface Lines {
  text: string;
  /** Offset of each line's first character (line 1 at index 0). */
  starts: number[];
  /** The line and column of an offset. */
  pointAt: (offset: number) => Point;
}

/** A definition list's term that labels what follows (`Arguments (in JSON):`, `Response:`), and its definition's line. */
const LABEL_TERM = /^[ \t]{0,3}([A-Z][^:\n`|<>]{0,60}:)[ \t]*$/;
const DEFINITION = /^[ \t]{0,3}:(?:[ \t]+|$)/;

export function openMkDocsBlocks(root: Root, page: string): void {
  if (!/^[ \t]*(?:!!!|\?\?\?|===)|^[ \t]{0,3}:(?:[ \t]|$)/m.test(page)) return;
  const starts = [0];
  for (let at = page.indexOf('\n'); at !== -1; at = page.indexOf('\n', at + 1)) starts.push(at + 1);
  root.children = open(root.children, { text: page, starts, pointAt: linesOf(page) }, 0, false);
}

/** `answer`: the nodes are a response's block's (`??? success "Response"`), at any depth. */
function open(nodes: readonly RootContent[], lines: Lines, depth: number, answer: boolean): RootContent[] {
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const block = depth < MAX_DEPTH && node.type === 'paragraph' ? (blockAt(node, lines) ?? definitionAt(node, lines)) : undefined;
    if (!block) {
      out.push(node);
      continue;
    }
    // Every node the block's lines hold goes; one that runs past them leaves the marker as written.
    const next = nodesAfter(nodes, index, block, lines);
    if (next === undefined) {
      out.push(node);
      continue;
    }
    // `??? info "Level (`"level": number`)"` ⏎ its words, and the like after it: a table of fields (mkdocs-field-blocks.ts).
    const fields = fieldBlockRun(nodes, index, fieldReader(lines, depth));
    if (fields) {
      // In a response's block, the response's fields, whatever label is over them (`**Fields**`).
      out.push(answer ? markResponseFields(fields.table) : fields.table);
      index = fields.next - 1;
      continue;
    }
    const title = block.title && plainTitle(block.title);
    const content = open(contentOf(block, lines), lines, depth + 1, answer || titlesAnswer(title));
    if (block.note && isNote(content) && !titlesPart(title)) {
      // `!!! note "Beta"` ⏎ `    This endpoint is in beta.`: a note, its title the note's (admonitions.ts).
      for (const [at, paragraph] of content.filter((inside) => inside.type === 'paragraph').entries())
        paragraph.data = { ...paragraph.data, admonition: true, ...(at === 0 && title ? { admonitionTitle: title } : {}) };
      out.push(...content);
      index = next - 1;
      continue;
    }
    // `=== "Python"` over its fence: the tab names the sample's language, no words of the page.
    if (block.title && !(block.tab && LANGUAGE_TAB.test(plainTitle(block.title)))) out.push(block.title);
    out.push(...content);
    index = next - 1;
  }
  return out;
}

/**
 * The index after the nodes the block's lines hold, or undefined where one runs past them. The blank lines
 * after its content are the block's too: an indented code block runs over a line of spaces (an HTML comment
 * after the block, `<!-- markdownlint-enable -->`, is blanked so by noise.ts), which before left the marker
 * as written.
 */
function nodesAfter(nodes: readonly RootContent[], index: number, block: Block, lines: Lines): number | undefined {
  let next = index + 1;
  while (next < nodes.length && (nodes[next]!.position?.start.line ?? Number.POSITIVE_INFINITY) <= block.end) next++;
  let last = block.end;
  while (last < lines.starts.length && lineText(lines, last + 1).trim() === '') last++;
  const runsPast = nodes.slice(index, next).some((inside) => (inside.position?.end.line ?? Number.POSITIVE_INFINITY) > last);
  return runsPast ? undefined : next;
}

/** What mkdocs-field-blocks.ts reads of blocks `depth` deep: MkDocs blocks alone (no definition lists), no deeper than the others. */
function fieldReader(lines: Lines, depth: number): FieldBlockReader {
  return {
    blockAt: (node) => (depth < MAX_DEPTH && node.type === 'paragraph' ? blockAt(node, lines) : undefined),
    contentOf: (block) => contentOf(block as Block, lines),
    nodesAfter: (nodes, index, block) => nodesAfter(nodes, index, block as Block, lines),
  };
}

interface Block {
  /** The marker's line (1-based). */
  line: number;
  /** The first content line and where its content starts (a definition's first line, after its `:`). */
  first?: { line: number; cut: number };
  /** The content's last line. */
  end: number;
  /** Spaces the content is indented by. */
  indent: number;
  title?: Paragraph;
  /** A content tab's (`=== "Tab"`). */
  tab?: true;
  /** An admonition of a note's kind (`!!! note`, `??? warning`). */
  note?: true;
}

/** Material for MkDocs' admonition kinds that tell a note (`example` titles samples: not one). */
const NOTE_KIND =
  /^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+(?:note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|quote|cite)(?![\w-])/i;

/** A title that names a part of the call (`!!! info "Query parameters"`): a label, no note's. */
function titlesPart(title: string | undefined): boolean {
  const kind = title ? sectionOfTitle(title)?.kind : undefined;
  return kind !== undefined && kind !== 'notes' && kind !== 'aside';
}

/** A title that names a response (`Response`, `Success response`, `Response (200)`; not `Error response`, an aside). */
function titlesAnswer(title: string | undefined): boolean {
  const kind = title ? sectionOfTitle(title)?.kind : undefined;
  return kind === 'response-body' || kind === 'sample-response' || kind === 'responses';
}

/** A block's content that is prose alone: paragraphs (one at least), lists and quotes. */
function isNote(content: readonly RootContent[]): content is RootContent[] {
  return (
    content.some((node) => node.type === 'paragraph') &&
    content.every((node) => node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote')
  );
}

/** A language's or client's name, its version after it or none (`Python 3`, `python3`, `Node.js 20`). */
const LANGUAGE = String.raw`(?:python|curl|shell|bash|sh|zsh|console|javascript|js|node(?:\.?js)?|typescript|ts|ruby|go|golang|java|php|c#|c\+\+|csharp|\.net|kotlin|swift|rust|http|httpie|wget|powershell|cli|command[ -]line|terminal)(?:[ \t]?v?\d{1,2}(?:\.\d{1,3})*)?`;

/**
 * A content tab titled by a language or a client (`=== "Python"`, `=== "cURL"`, `=== "Node.js"`): its sample's;
 * also with its version (`=== "Python 3"`), several parted by slashes (`=== "bash / cURL"`), with the client or
 * library in parentheses (`=== "Command line (curl)"`, `=== "Python (requests)"`), and a tool's or library's own
 * client (`=== "shedctl CLI"`, `=== "Go SDK"`).
 */
const LANGUAGE_TAB = new RegExp(
  String.raw`^(?:${LANGUAGE}(?:[ \t]*\/[ \t]*${LANGUAGE})*(?:[ \t]*\([\w .#+-]{1,30}\))?|(?:[\w.#+-]{1,30}[ \t]+)?(?:cli|sdk))$`,
  'i',
);

/** A title paragraph's words. */
function plainTitle(title: Paragraph): string {
  const [words] = title.children;
  return words?.type === 'text' ? words.value.trim() : '';
}

function blockAt(node: Paragraph, lines: Lines): Block | undefined {
  const line = node.position?.start.line;
  if (line === undefined) return undefined;
  const text = lineText(lines, line);
  const marker = MARKER.exec(text);
  if (!marker) return undefined;
  const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length + 4;
  let end = line;
  for (let at = line + 1; at <= lines.starts.length; at++) {
    const content = lineText(lines, at);
    if (content.trim() === '') continue;
    if (leading(content) < indent) break;
    end = at;
  }
  if (end === line) return undefined;
  const block: Block = {
    line,
    end,
    indent,
    ...(text.trimStart().startsWith('===') ? { tab: true as const } : {}),
    ...(NOTE_KIND.test(text) ? { note: true as const } : {}),
  };
  const title = marker[1]?.trim();
  if (title) {
    const from = lines.starts[line - 1]! + text.indexOf(`"${marker[1]}"`) + 1;
    const position = { start: lines.pointAt(from), end: lines.pointAt(from + marker[1]!.length) };
    const words: Text = { type: 'text', value: title, position };
    // `=== "404"`: a tab of a status alone is that status's, as `**404**` (a status in bold) is.
    const status = block.tab && STATUS_ALONE.test(title);
    block.title = { type: 'paragraph', children: [status ? { type: 'strong', children: [words], position } : words], position };
  }
  return block;
}

/** A labelling term over its definition: `Arguments:` ⏎ `:   ` ⏎ the definition's lines, indented. */
function definitionAt(node: Paragraph, lines: Lines): Block | undefined {
  const line = node.position?.start.line;
  if (line === undefined || line + 1 > lines.starts.length) return undefined;
  const term = LABEL_TERM.exec(lineText(lines, line));
  const definition = DEFINITION.exec(lineText(lines, line + 1));
  if (!term || !definition) return undefined;
  let end = line + 1;
  for (let at = line + 2; at <= lines.starts.length; at++) {
    const content = lineText(lines, at);
    if (content.trim() === '') continue;
    if (leading(content) < 4) break;
    end = at;
  }
  const text = lineText(lines, line);
  const from = lines.starts[line - 1]! + text.indexOf(term[1]!);
  const position = { start: lines.pointAt(from), end: lines.pointAt(from + term[1]!.length) };
  const title: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: term[1]!, position }], position };
  return { line, end, indent: 4, title, first: { line: line + 1, cut: definition[0].length } };
}

/** The block's lines without their indentation, parsed, every position moved to the page's characters. */
function contentOf(block: Block, lines: Lines): RootContent[] {
  const removed: number[] = [];
  const parts: string[] = [];
  for (let at = block.line + 1; at <= block.end; at++) {
    const text = lineText(lines, at);
    const cut = at === block.first?.line ? block.first.cut : cutFor(text, block.indent);
    removed.push(cut);
    parts.push(text.slice(cut));
  }
  const tree = markdownBodyProcessor.parse(parts.join('\n'));
  const move = (point: Point): Point => {
    const line = block.line + point.line;
    const column = point.column + (removed[point.line - 1] ?? 0);
    return { line, column, offset: lines.starts[line - 1]! + column - 1 };
  };
  const place = (node: Nodes): void => {
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) } as Position;
    if ('children' in node) for (const child of node.children as Nodes[]) place(child);
  };
  for (const child of tree.children) place(child);
  return tree.children;
}

/** Characters at the start of `text` that make up `indent` columns of spaces and tabs (fewer on a shorter, blank line). */
function cutFor(text: string, indent: number): number {
  let columns = 0;
  let at = 0;
  while (at < text.length && columns < indent && (text[at] === ' ' || text[at] === '\t')) {
    columns += text[at] === '\t' ? 4 - (columns % 4) : 1;
    at++;
  }
  return at;
}

function leading(text: string): number {
  return /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
}

function lineText(lines: Lines, line: number): string {
  const start = lines.starts[line - 1]!;
  const next = lines.starts[line];
  return lines.text.slice(start, next === undefined ? lines.text.length : next - 1).replace(/\r$/, '');
}
