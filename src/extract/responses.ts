/**
 * `responses` and `response-body` sections → responses.
 *
 *     ## Response:array                  ← data.typeText: the body type when no Response body section
 *     OK                                 ← description of a success response the table lacks
 *     | Response | Description |        ← one response a row
 *     ### Response body: TicketEntity    ← data.typeText + optional property table
 *
 * The body goes on every 2xx response that can carry content (not 204 / 205), one content entry per
 * response media type (`Accept` header row). A body without any status is the `2XX` one; a body beside
 * error statuses only gets none (no success status is invented), unless an errors title lists them
 * (`**Errors**`: the failures alone, the body still the success's).
 */
import type { Table } from 'mdast';
import { plainText } from '../document/plain-text.js';
import { isStatusKey, statusText } from '../ir/status-text.js';
import type { Content, NamedSchema, Response, Schema } from '../ir/types.js';
import { readBodySchema } from './body-schema.js';
import { cellChildren, cellText, readTable, type TableRow } from './columns.js';
import { type ExtractContext, headingSource, sourceIn } from './context.js';
import { notedSample } from './noted-samples.js';
import { markStatedType } from './sample-media-types.js';
import type { Section } from './sections.js';
import { withoutStatusMarks } from './status-pictographs.js';
import { blockSource, inlineSource } from './text.js';
import { parseTypeText } from './type-text.js';

export interface ResponseFacts {
  responses: Response[];
  schemas: NamedSchema[];
}

const NO_CONTENT = new Set(['204', '205', '304']);
/**
 * Success responses no status the page states: a body documented without one (`Response body`
 * over its table) is the `2XX` response (some success: which one the page does not say) until a sample the page gives a success status to
 * (`HTTP/1.1 201 Created`, a fence titled `201`) says which success it is (`samples.ts`).
 */
const UNSTATED = new WeakSet<Response>();

export function hasUnstatedStatus(response: Response): boolean {
  return UNSTATED.has(response);
}

/** Gives such a response the status a sample states (its description too, where it was the status's words). */
export function stateStatus(response: Response, status: string): void {
  UNSTATED.delete(response);
  if (response.description === statusText(response.status)) response.description = statusText(status);
  response.status = status;
}

export function readResponses(
  sections: readonly Section[],
  mediaTypes: readonly string[],
  context: ExtractContext,
  method: string,
): ResponseFacts {
  const statusSection = sections.find((s) => s.kind === 'responses');
  let responses: Response[] = [];
  const unstated = new Set<Response>();
  for (const section of sections) {
    if (section.kind !== 'responses') continue;
    for (const node of section.nodes) {
      if (node.type !== 'table') continue;
      const read = responses.length;
      readStatusTable(node, responses, mediaTypes, context);
      if (node.data?.unstatedSuccess) for (const response of responses.slice(read)) unstated.add(response);
      // "Will return created key with status `201 Created`": an answer of something, its shape unstated.
      const carried = node.data?.unknownBodies;
      if (carried) for (const response of responses.slice(read)) if (carried.includes(response.status)) response.unknownBody = true;
    }
  }
  // "Returns a [Lamp](#the-lamp-object)." over `| 201 Created | … |`: the success the words speak of is the 201.
  if (responses.some((r) => !unstated.has(r) && r.status.startsWith('2'))) responses = responses.filter((r) => !unstated.has(r));
  // The first body the page states no status for, and each one titled with its status (`### Response (201)`).
  // A `## Response` heading over prose and a `### Response Body` under it with the table: the one
  // that states the body (its table or its type) is the body, the heading above it only its title.
  const unstatedBodies = sections.filter((s) => s.kind === 'response-body' && s.status === undefined);
  const unstatedBody =
    unstatedBodies.find((s) => s.typeText !== undefined || s.nodes.some((node) => node.type === 'table')) ?? unstatedBodies[0];
  // The unstated body first: the stated ones then keep their statuses' bodies.
  const bodySections = [unstatedBody, ...sections.filter((s) => s.kind === 'response-body' && s.status !== undefined)].filter(
    (s) => s !== undefined,
  );
  // The statuses' body type where words state one: `## Response:array`, or "Returns the [Lamp](#the-lamp-object)." under the status table.
  const typedSection = sections.find((s) => s.kind === 'responses' && s.typeText !== undefined);
  // No body documented (by a table, a type, a status's Schema cell) but by a success's sample whose comments describe its members: that table.
  const documented =
    typedSection !== undefined ||
    responses.some((r) => r.content.length > 0) ||
    bodySections.some((s) => s.typeText !== undefined || s.nodes.some((node) => node.type === 'table'));
  const noted = documented ? undefined : notedSample(sections, 'sample-response', method, context);
  // Statuses only an errors title lists (`**Errors**` over `| 404 | … |`): they say nothing of the
  // success, whose body the page documents all the same.
  const failures = sections.filter((s) => s.kind === 'responses');
  const errorsOnly = failures.length > 0 && failures.every((s) => s.errors === true);
  const named: NamedSchema[] = [];
  for (const bodySection of noted ? [noted.section] : bodySections.length > 0 ? bodySections : [undefined]) {
    const bodyTable = noted ? noted.table : bodySection?.nodes.find((node) => node.type === 'table');
    const typeText = bodySection?.typeText ?? typedSection?.typeText;
    const where = noted ? noted.where : headingSource(context, bodySection?.heading ?? statusSection?.heading);
    const body = readBodySchema(typeText, bodyTable, where, context);
    if (body.schema)
      attachBody(body.schema, responses, errorsOnly ? undefined : statusSection, bodySection, mediaTypes, context, where, typeText);
    named.push(...body.named);
  }
  return { responses, schemas: named };
}

/** Schema cells of a status table that name no body. */
const NO_BODY_TYPE = /^(?:none|inline|-+|n\/a|empty|no content|void)$/i;

/** A row for every status the others do not name: OpenAPI's `default` response. */
const OTHER_STATUSES = /^(?:(?:any|all)\s+)?other(?:\s+(?:status(?:\s+codes?)?|statuses|codes|responses?|errors?))?$/i;

/** The status (or name) cell's text as written, every word of it. */
function wholeCell(row: TableRow): string {
  return cellChildren(row, row.cells.has('status') ? 'status' : 'name')
    .map(plainText)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A row that states its status again and nothing more (no type; no words, the status's own, or the
 * earlier row's): a status table's row, then the status's heading over its sample (`#### 200 OK`),
 * is one status stated twice, no slip.
 */
function restates(row: TableRow, earlier: Response): boolean {
  const words = plainText({ type: 'paragraph', children: cellChildren(row, 'description') })
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const known = [earlier.description, statusText(earlier.status)].map((text) => text.replace(/\s+/g, ' ').trim().toLowerCase());
  return cellText(row, 'type') === '' && (words === '' || known.includes(words));
}

function readStatusTable(table: Table, responses: Response[], mediaTypes: readonly string[], context: ExtractContext): void {
  for (const row of readTable(table, context).rows) {
    const written = withoutStatusMarks(cellText(row, 'status') || cellText(row, 'name'));
    // `200 OK` in a Code column: the code, its reason phrase aside.
    const code = /^([1-5](?:\d\d|xx))(?:\s|$)/i.exec(written)?.[1] ?? written;
    const status = OTHER_STATUSES.test(wholeCell(row)) ? 'default' : code.toUpperCase().replace('DEFAULT', 'default');
    if (!isStatusKey(status)) {
      context.diagnostics.report('invalid-status-code', row.source, `"${status}" is not an HTTP status code; row skipped`);
      continue;
    }
    const earlier = responses.find((r) => r.status === status);
    if (earlier) {
      if (!restates(row, earlier))
        context.diagnostics.report('malformed-row', row.source, `status ${status} is documented twice; the first row is kept`, {
          severity: 'warning',
        });
      continue;
    }
    const description = inlineSource(cellChildren(row, 'description'), context) || statusText(status);
    // A Schema (or Type) column names the status's body: `[Pets](#schemapets)`; `None`, `Inline` name none.
    const typeText = cellText(row, 'type');
    const body = typeText && !NO_BODY_TYPE.test(typeText) ? parseTypeText(typeText, context.typeWords) : undefined;
    // The media types the cell states for the schema (`**application/hal+json**: Pet`), else the operation's.
    const stated = row.cells.get('type')?.data?.mediaTypes;
    const types = stated && stated.length > 0 ? stated : mediaTypes;
    const content = body ? types.map((mediaType): Content => ({ mediaType, schema: body, examples: [] })) : [];
    if (stated && stated.length > 0) markStatedType(content);
    responses.push({ status, description, headers: [], content, source: row.source });
  }
}

function attachBody(
  schema: Schema,
  responses: Response[],
  statusSection: Section | undefined,
  bodySection: Section | undefined,
  mediaTypes: readonly string[],
  context: ExtractContext,
  where: ReturnType<typeof sourceIn>,
  typeText: string | undefined,
): void {
  // `### Response (201)` over the body's table: that status's body, whatever else the page lists.
  const stated = bodySection?.status;
  if (stated) {
    let response = responses.find((r) => r.status === stated);
    if (!response) {
      response = { status: stated, description: statusText(stated), headers: [], content: [], source: where };
      responses.push(response);
    }
    if (!NO_CONTENT.has(stated)) response.content = bodyContent(schema, bodySection, mediaTypes);
    return;
  }
  let targets = responses.filter((r) => r.status.startsWith('2') && !NO_CONTENT.has(r.status));
  if (targets.length === 0 && responses.some((r) => r.status.startsWith('2'))) {
    const statuses = responses
      .filter((r) => r.status.startsWith('2'))
      .map((r) => r.status)
      .join(', ');
    context.diagnostics.report(
      'body-on-no-content',
      where,
      `a response body${typeText ? ` (${typeText.trim()})` : ''} is documented, but the success status ${statuses} has no content; the body was not used`,
    );
    return;
  }
  if (targets.length === 0 && responses.length > 0 && statusSection !== undefined) {
    // Only error statuses are documented, as the answers: a success status would be a guess (issue 12:
    // never invent). Under an errors title they are the failures alone, and the body the success's (`2XX`).
    const statuses = responses.map((r) => r.status).join(', ');
    context.diagnostics.report(
      'body-on-no-content',
      where,
      `a response body${typeText ? ` (${typeText.trim()})` : ''} is documented, but no success status is (only ${statuses}); the body was not used`,
    );
    return;
  }
  if (targets.length === 0) {
    const prose = statusSection
      ? blockSource(
          statusSection.nodes.filter((node) => node.type === 'paragraph'),
          context,
        )
      : '';
    const synthetic: Response = {
      status: '2XX',
      description: prose || statusText('2XX'),
      headers: [],
      content: [],
      source: sourceIn(context, statusSection?.heading),
    };
    responses.push(synthetic);
    UNSTATED.add(synthetic);
    targets = [synthetic];
  }
  for (const response of targets) {
    response.content = bodyContent(schema, bodySection, mediaTypes);
  }
}

/** The body's content: of the media type its title states (`### Response (application/xml)`, the page's word), else of the operation's. */
function bodyContent(schema: Schema, bodySection: Section | undefined, mediaTypes: readonly string[]): Content[] {
  const titled = bodySection?.mediaType;
  const content = (titled ? [titled] : mediaTypes).map((mediaType): Content => ({ mediaType, schema, examples: [] }));
  if (titled) markStatedType(content);
  return content;
}
