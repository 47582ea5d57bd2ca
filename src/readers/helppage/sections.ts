/**
 * The sections of an ASP.NET Web API Help Page (as text), in page order:
 *
 *     POST api/Tickets/NewMessage                → operation (+ request line `POST /api/Tickets/NewMessage`)
 *     Creates a new message …                    → operation description
 *     Request Information                        (grouping label: no node)
 *     URI Parameters                             → path-parameters / query-parameters (split by the route)
 *     Body Parameters                            → request-body (typeText: the glued type or a bare type line)
 *     Request Formats                            → sample-request (media-type line, then one sample line)
 *     Response Information                       (grouping label)
 *     Resource Description                       → responses (+ response-body)
 *     Response Formats                           → sample-response
 *     Associate                                  → type-definition `Associate` (name line, description, table)
 *     AssociateType / Possible enumeration values: → enum-definition `AssociateType`
 *
 * A table whose header has a glued type (`PersonEntityName | Description | …`) is the body's: the
 * body section gets `typeText` (`PersonEntity`, `Collection of Contact`) and the table follows it.
 */
import type { RootContent } from 'mdast';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';
import { headingNode, paragraphNode } from '../shared/nodes.js';
import type { HelpContext } from './context.js';
import { type Label, labelOf } from './labels.js';
import { readFormats } from './samples.js';
import { readStatuses } from './statuses.js';
import { type HeaderLine, parseHeader, readHelpTable } from './tables.js';
import { splitUriTable } from './uri-parameters.js';

const ENUM_LABEL = /^possible enumeration values:?$/i;
const NONE = /^none\.?$/i;

const isBlank = (line: Line | undefined): boolean => line !== undefined && line.text.trim() === '';

/** Reads the page body from line `start` (after the request line and description). */
export function readHelpSections(context: HelpContext, start: number): void {
  const { lines } = context;
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const label = labelOf(line);
    if (label === 'group') i++;
    else if (label === 'uri') i = readUri(context, i);
    else if (label === 'body' || label === 'resource') i = readBodyRegion(context, i, label);
    else if (label === 'request-formats' || label === 'response-formats') i = readFormats(context, i, label);
    else i = readTypeBlock(context, i);
  }
}

/** `URI Parameters`, then `None.` or a table whose rows go to the path or the query section. */
function readUri(context: HelpContext, at: number): number {
  const { lines } = context;
  let i = at + 1;
  while (isBlank(lines[i])) i++;
  if (lines[i] && NONE.test(lines[i]!.text.trim())) return i + 1;
  const header = lines[i] ? parseHeader(lines[i]!) : undefined;
  if (!header) return i;
  const { table, next } = readHelpTable(lines, i, header, context.file, context.diagnostics);
  context.out.push(...splitUriTable(table, lines[at]!, context.pathNames));
  return next;
}

interface Region {
  /** Description lines. */
  text: Line[];
  /** A bare type line (`Collection of integer`), when the region has no table. */
  typeLine?: Line;
  header?: HeaderLine;
  none?: Line;
  next: number;
}

/** Lines of a Body Parameters / Resource Description region up to its table, `None.` or the next label. */
function scanRegion(lines: readonly Line[], at: number, label: Label): Region {
  const text: Line[] = [];
  let i = at + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (labelOf(line)) break;
    const header = parseHeader(line);
    if (header) return { text, header, next: i };
    if (NONE.test(line.text.trim())) return { text, none: line, next: i + 1 };
    text.push(line);
  }
  // No table: the last line is the type (a Resource Description's single line is its description
  // unless it reads as type words).
  const last = text[text.length - 1];
  if (last && (label === 'body' || text.length > 1 || looksLikeTypeWords(last.text.trim()))) {
    return { text: text.slice(0, -1), typeLine: last, next: i };
  }
  return { text, next: i };
}

/** Help Page type words: one name (`integer`, `Contact`), `Collection of …`, `Dictionary of …`, or a spelled-out primitive. */
function looksLikeTypeWords(text: string): boolean {
  return (
    /^(?:Collection of |Dictionary of )/.test(text) ||
    /^[A-Za-z_][\w.`]*$/.test(text) ||
    /^(?:decimal number|globally unique identifier|time interval)$/.test(text)
  );
}

function readBodyRegion(context: HelpContext, at: number, label: Label): number {
  const { lines, out } = context;
  const labelLine = lines[at]!;
  const region = scanRegion(lines, at, label);
  const hasBody = Boolean(region.header || region.typeLine);
  const labelSpan = linesSpan(labelLine, labelLine);
  const bodyDepth = label === 'resource' ? 3 : 2;
  if (label === 'resource') {
    out.push(headingNode(2, labelLine.text.trim(), labelSpan, { section: 'responses' }));
    out.push(
      ...readStatuses(region.text, region.none ?? region.typeLine ?? region.header?.line ?? labelLine, region.none ? 'none' : 'some'),
    );
  }
  if (!hasBody) {
    if (label === 'body' && region.text.length > 0) pushParagraph(out, region.text);
    return region.next;
  }
  const section = label === 'resource' ? 'response-body' : 'request-body';
  const typeText = region.header ? region.header.prefix.text : region.typeLine!.text.trim();
  const typePosition = region.header
    ? spanOf(region.header.line, region.header.prefix.from, region.header.prefix.to)
    : linesSpan(region.typeLine!, region.typeLine!);
  out.push(
    headingNode(
      bodyDepth,
      typeText ? typeText : labelLine.text.trim(),
      typeText ? typePosition : labelSpan,
      typeText ? { section, typeText } : { section },
    ),
  );
  if (label === 'body' && region.text.length > 0) pushParagraph(out, region.text);
  if (!region.header) return region.next;
  // As on a DocFX page, the body's property table sits in the body section: with typeText
  // `NewMessagePost` it defines that type, with `Collection of Contact` the item type `Contact`.
  const { table, next } = readHelpTable(lines, region.next, region.header, context.file, context.diagnostics);
  out.push(table);
  return next;
}

/**
 * A complex type or enum documented further down the page: a name line, description lines,
 * `Possible enumeration values:` for enums, then the table. Lines that lead to no table are an
 * `unknown` section (the extractor reports it).
 */
function readTypeBlock(context: HelpContext, at: number): number {
  const { lines, out } = context;
  const block: Line[] = [];
  let i = at;
  let header: HeaderLine | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (labelOf(line)) break;
    if (isBlank(line)) continue;
    header = parseHeader(line);
    if (header) break;
    block.push(line);
  }
  if (!header) {
    const [first, ...rest] = block;
    if (first) {
      out.push(headingNode(2, first.text.trim(), linesSpan(first, first), { section: 'unknown', name: first.text.trim() }));
      if (rest.length > 0) pushParagraph(out, rest);
    }
    return Math.max(i, at + 1);
  }
  const isEnum = block.some((line) => ENUM_LABEL.test(line.text.trim())) || header.columns.some((column) => /^value$/i.test(column.text));
  const glued = header.prefix.text !== '';
  const nameLine = glued ? undefined : block[0];
  const name = glued ? header.prefix.text : (nameLine?.text.trim() ?? '');
  const namePosition = glued
    ? spanOf(header.line, header.prefix.from, header.prefix.to)
    : linesSpan(nameLine ?? header.line, nameLine ?? header.line);
  const description = (glued ? block : block.slice(1)).filter((line) => !ENUM_LABEL.test(line.text.trim()));
  const data = isEnum ? { section: 'enum-definition' as const, name, typeText: 'string' } : { section: 'type-definition' as const, name };
  out.push(headingNode(2, name, namePosition, data));
  if (description.length > 0) pushParagraph(out, description);
  const { table, next } = readHelpTable(lines, i, header, context.file, context.diagnostics);
  out.push(table);
  return next;
}

/** One paragraph of consecutive lines (joined with `\n`). */
export function pushParagraph(out: RootContent[], lines: readonly Line[]): void {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return;
  out.push(paragraphNode(lines.map((line) => line.text.trim()).join('\n'), linesSpan(first, last)));
}
