/**
 * A table of an operation region, placed by its columns and the section it is in: parameters, a
 * body's or an answer's fields, statuses (a name column of `200`, `4XX`, `default`), or set aside.
 */
import type { Heading, HeadingData, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { SectionKind } from '../../document/types.js';
import { captionedType } from './captioned-tables.js';
import { isResponseFieldTable } from './components.js';
import { describeByMessages } from './error-messages.js';
import { textCell } from './made-tables.js';
import { type Open, type PartOptions, REQUEST_PARTS, type State, TABLE_KINDS } from './part-state.js';
import { factsSignature } from './signatures.js';
import { STATUS_CODE, STATUS_RANGE } from './status-words.js';
import { classifyTable, markUnstatedRequired, normaliseNameCells, type TableFacts } from './tables.js';
import { joinWordedNames } from './worded-names.js';

export function placeTable(table: Table, state: State, open: Open, options: PartOptions): void {
  const facts = classifyTable(table, options.columnNames);
  delete state.responseTitled;
  const nameAt = facts.roles.indexOf('name');
  if (nameAt >= 0 && facts.kind !== 'signatures') joinWordedNames(table, nameAt, state.routeNames);
  if (nameAt >= 0 && facts.kind !== 'signatures') normaliseNameCells(table, nameAt, state.required === true, facts.roles);
  // A table of routes, or of facts that state the request line (`| **Method** | `POST` |` ⏎ `| **Path** |
  // `/v1/tools/{id}/borrow` |`): the call's, no fields of it.
  if (facts.kind === 'signatures' || factsSignature(table)) {
    if (state.kind !== 'operation' && state.kind !== 'aside') open('aside');
    return;
  }
  // `### Errors` over `| HTTP Code | Error | Description |`, every code a 4xx or 5xx status: the
  // error answers the operation gives (a table of the API's own error codes stays aside).
  if (state.errorsTitled && facts.kind === 'responses' && errorStatuses(table, facts.roles.indexOf('status'))) {
    describeByMessages(table, facts.roles.indexOf('status'));
    open('responses', { errors: true });
    return;
  }
  if (state.setAside) return;
  // "URL parameters" over rows the route does not name: they go in the query (the route's own stay path parameters).
  if (state.kind === 'path-parameters' && state.urlTitled && nameAt >= 0 && !facts.roles.includes('in')) {
    const names = table.children.slice(1).map((row) => (row.children[nameAt] ? plainText(row.children[nameAt]).trim() : ''));
    if (names.some((name) => name && !state.routeNames.has(name))) {
      const at = table.children[0]!.position ?? table.position!;
      table.children[0]!.children.push(textCell('In', at));
      table.children.slice(1).forEach((row, index) => {
        row.children.push(textCell(state.routeNames.has(names[index]!) ? 'path' : 'query', row.position ?? at));
      });
      open('parameters');
      if (options.allRequired) markUnstatedRequired(table, facts.roles);
      return;
    }
  }
  // `{ #loan-spec } Loan` under the table: the fields of that type, wherever they are written.
  const defined = captionedType(table);
  if (defined) {
    open('type-definition', { name: defined });
    return;
  }
  // `<ResponseField>`s are the response's fields under any heading, or none.
  if (isResponseFieldTable(table) && state.kind !== 'response-body') {
    // Under a status's label (`<Tab title="404">`: `Response 404`), that status's fields.
    const status = state.kind === 'sample-response' ? state.section?.data?.status : undefined;
    open('response-body', status ? { status } : undefined);
  } else if (
    state.kind === 'responses' &&
    facts.kind === 'attributes' &&
    !facts.roles.includes('status') &&
    !namesStatuses(table, nameAt)
  ) {
    // `###RESPONSES` over `Field | Description` (KuCoin): the response's fields, not its statuses.
    open('response-body');
  } else if ((state.kind === 'sample-response' || (state.kind === 'response-body' && state.status)) && facts.kind === 'attributes') {
    // A table of fields under a response's title (`#### Success 200`, `### 201 Created`), or under
    // its status line (`#### Response` ⏎ `Status: 200 OK`, GitHub's): that response's fields, of the
    // status the title or the line states.
    // (The type its title states, `Root Schema : orders-item-response` under `### 201 Response`, stays the body's.)
    const { mediaType, typeText } = state.section?.data ?? {};
    const status = state.section?.data?.status ?? state.status;
    const typed = state.kind === 'response-body' && typeText ? { typeText } : {};
    if (state.kind === 'response-body') state.status = undefined;
    open('response-body', { ...(status ? { status } : {}), ...(mediaType ? { mediaType } : {}), ...typed });
  } else {
    const headers = facts.kind === 'attributes' && namesHeaders(table, nameAt);
    // The section a table of headers opened is its own: a table of fields beside it is placed as under no title.
    const kind = state.section && HEADER_SECTIONS.has(state.section) ? 'operation' : state.kind;
    const wanted = headers && !TABLE_KINDS.has(kind) ? { kind: 'request-headers' as const } : sectionForTable(facts, kind);
    if (wanted) open(wanted.kind, wanted.data);
    if (headers && wanted && state.section) HEADER_SECTIONS.add(state.section);
  }
  if (options.allRequired && REQUEST_PARTS.has(state.kind)) markUnstatedRequired(table, facts.roles);
}

/**
 * A name column headed as headers are (`Header`, `Headers`, `Header name`): its rows are headers the
 * call sends (`| Header | Description |` ⏎ `| X-Lamp-Room: [ROOM-ID] | … |`), no fields of its body.
 */
const HEADER_COLUMN = /^(?:http[ \t]+|request[ \t]+)?headers?(?:[ \t]+names?)?$/i;

/** The sections a table of headers opened under no title of a part. */
const HEADER_SECTIONS = new WeakSet<Heading>();

function namesHeaders(table: Table, nameAt: number): boolean {
  const cell = nameAt >= 0 ? table.children[0]?.children[nameAt] : undefined;
  return cell !== undefined && HEADER_COLUMN.test(plainText(cell).trim());
}

/** A name cell that is a status: one opening with a code or range (`200`, `4XX OK`), or `default` alone. */
const STATUS_NAME = new RegExp(String.raw`^(?:(?:${STATUS_CODE}|${STATUS_RANGE})\b|default$)`, 'i');

/** Whether a name cell of the table's is a status (`200`, `4XX`, `default`): a table of statuses however its columns are headed. */
function namesStatuses(table: Table, nameAt: number): boolean {
  return table.children.slice(1).some((row) => STATUS_NAME.test(row.children[nameAt] ? plainText(row.children[nameAt]).trim() : ''));
}

/** Whether every row's status cell is an error's status code (`400`, `503`). */
function errorStatuses(table: Table, at: number): boolean {
  const rows = table.children.slice(1);
  return at >= 0 && rows.length > 0 && rows.every((row) => ERROR_STATUS.test(row.children[at] ? plainText(row.children[at]).trim() : ''));
}

/** A 4xx or 5xx code, its reason phrase after it or none (`404`, `404 Not Found`, `409 - Conflict`). */
const ERROR_STATUS = /^[45]\d\d(?:[\s:\u2013\u2014-]+[a-z][\w' -]*)?$/i;

function sectionForTable(facts: TableFacts, kind: SectionKind): { kind: SectionKind; data?: HeadingData } | undefined {
  if (facts.parent) return { kind: 'attributes', data: { name: facts.parent } };
  if (TABLE_KINDS.has(kind)) {
    if (facts.kind === 'parameters' && (kind === 'attributes' || kind === 'request-body')) return { kind: 'parameters' };
    if (facts.kind === 'responses' && kind !== 'responses') return { kind: 'responses' };
    return undefined;
  }
  if (facts.kind === 'parameters' || facts.kind === 'attributes' || facts.kind === 'responses') return { kind: facts.kind };
  return undefined;
}
