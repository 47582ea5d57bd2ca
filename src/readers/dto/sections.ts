/**
 * The sections of a DTO-table page after its header (title, description, `Route:`/`Method:`):
 *
 *     Request Arguments                     → parameters (Name | Type | Source); rows with no Source
 *     Name Type Source                        whose name is a route parameter → path-parameters
 *     ticket_idInt32
 *     conversationsDTO_ticket_conversation[]Body
 *     Response object                       → responses: status table from `Response status:` and
 *     Response status: 200 (OK)               `Other response statuses:`; `Response type:` →
 *     Response type: DTO_ticket_conversation[]  response-body typeText; `Wrapper:` → page extension
 *     Wrapper: DTO_response_wrap              `x-response-wrapper`
 *     DTO_ticket_conversation               → type-definition (name line, then the table)
 *     ENUM attachment_status                → enum-definition `attachment_status` (typeText `integer`)
 *
 * `Request body example` / `Response body example` are sample sections when a JSON sample follows.
 */
import { type Line, linesSpan } from '../shared/lines.js';
import { codeNode, headingNode, paragraphNode } from '../shared/nodes.js';
import { readArguments } from './arguments.js';
import type { DtoContext } from './context.js';
import { readResponseObject } from './responses.js';
import type { KnownTypes } from './split-row.js';
import { readDtoTable, tableKind } from './tables.js';

const TYPE_TITLE = /^\s*(?:(DTO_[A-Za-z0-9_]+)|ENUM\s+([A-Za-z0-9_]+))\s*$/;
const SAMPLE_LABEL = /^\s*(Request|Response) body example\s*$/i;

/** The type a title line names, when the next line is a table header. */
export function typeTitle(lines: readonly Line[], index: number): { name: string; isEnum: boolean } | undefined {
  const match = TYPE_TITLE.exec(lines[index]?.text ?? '');
  if (!match || !tableKind(lines[index + 1])) return undefined;
  return match[1] ? { name: match[1], isEnum: false } : { name: match[2]!, isEnum: true };
}

/** `DTO_…` and enum names the page tabulates. */
export function knownTypes(lines: readonly Line[]): KnownTypes {
  const dto = new Set<string>();
  const enums = new Set<string>();
  lines.forEach((_, index) => {
    const title = typeTitle(lines, index);
    if (title) (title.isEnum ? enums : dto).add(title.name);
  });
  return { dto, enums };
}

/** Reads the sections from line `start` to the end; lines no section claims become `unknown`. */
export function readDtoSections(context: DtoContext, start: number): void {
  const { lines } = context;
  const stray: Line[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') {
      i++;
      continue;
    }
    const title = typeTitle(lines, i);
    const known = /^request arguments$/i.test(text) || /^response object$/i.test(text) || SAMPLE_LABEL.test(text) || title;
    if (!known) {
      stray.push(line);
      i++;
      continue;
    }
    flushStray(context, stray);
    if (/^request arguments$/i.test(text)) i = readArguments(context, i);
    else if (/^response object$/i.test(text)) i = readResponseObject(context, i);
    else if (title) i = readTypeTable(context, i, title);
    else i = readSample(context, i);
  }
  flushStray(context, stray);
}

/** Consecutive unplaced lines: an `unknown` section titled by the first (the extractor reports it). */
function flushStray(context: DtoContext, stray: Line[]): void {
  const [first, ...rest] = stray;
  if (!first) return;
  const title = first.text.trim();
  context.out.push(headingNode(2, title, linesSpan(first, first), { section: 'unknown', name: title }));
  if (rest.length > 0)
    context.out.push(paragraphNode(rest.map((line) => line.text.trim()).join('\n'), linesSpan(rest[0]!, rest[rest.length - 1]!)));
  stray.length = 0;
}

/** `DTO_x` or `ENUM x`, then its table up to a blank line or the next title. */
function readTypeTable(context: DtoContext, at: number, title: { name: string; isEnum: boolean }): number {
  const { lines } = context;
  const line = lines[at]!;
  const kind = tableKind(lines[at + 1])!;
  const data = title.isEnum
    ? { section: 'enum-definition' as const, name: title.name, typeText: 'integer' }
    : { section: 'type-definition' as const, name: title.name };
  context.out.push(headingNode(2, line.text.trim(), linesSpan(line, line), data));
  const stop = (index: number) => typeTitle(lines, index) !== undefined;
  const { table, next } = readDtoTable(lines, at + 1, kind, context.known, stop, context.file, context.diagnostics);
  context.out.push(table);
  return next;
}

/**
 * `Request body example` / `Response body example`: a sample section when JSON follows (lines
 * up to a blank line, starting with `{` or `[`); the bare label (no sample) makes no node.
 */
function readSample(context: DtoContext, at: number): number {
  const { lines } = context;
  const label = lines[at]!;
  let i = at + 1;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  if (!/^\s*[[{]/.test(lines[i]?.text ?? '')) return at + 1;
  const first = i;
  while (i < lines.length && lines[i]!.text.trim() !== '') i++;
  const body = lines.slice(first, i);
  const section = /^\s*request/i.test(label.text) ? 'sample-request' : 'sample-response';
  context.out.push(headingNode(2, label.text.trim(), linesSpan(label, label), { section }));
  context.out.push(
    codeNode('json', 'application/json', body.map((line) => line.text).join('\n'), linesSpan(body[0]!, body[body.length - 1]!)),
  );
  return i;
}
