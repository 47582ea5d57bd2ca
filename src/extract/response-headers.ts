/**
 * `response-headers` sections → the headers of the operation's success response.
 *
 *     ### Response headers
 *     | Name                  | Type    | Description                 |
 *     | X-RateLimit-Remaining | integer | Calls left in the window.   |  → header `X-RateLimit-Remaining`, an integer
 *     | Location              | string  | The new kennel's URL.       |  → header `Location`, a string
 *
 * The rows go on the first 2xx response the operation has (a response the page states, or its
 * samples do): the page places them there, under the response's words; a row whose Status cell
 * names a status (Widdershins' `Status | Header | Type | Format | Description`) on that response.
 * No response is invented for them: rows with none to go on are reported
 * (`headers-without-response`) and left out. A row states no type: a string (a header
 * travels as text). Required where the row says so, as a parameter's row does.
 */
import type { Root, Table } from 'mdast';
import { isStatusKey } from '../ir/status-text.js';
import type { Header, Operation, Response } from '../ir/types.js';
import { cellChildren, cellText, readTable, typeUnstated } from './columns.js';
import { withStatedConstraints } from './constraints.js';
import { type ExtractContext, sourceIn } from './context.js';
import { isDeprecated, isRequired } from './properties.js';
import type { Section } from './sections.js';
import { withStatedValues } from './stated-values.js';
import { inlineSource } from './text.js';
import { schemaFromTypeText } from './type-text.js';

export function attachResponseHeaders(operation: Operation, sections: readonly Section[], context: ExtractContext): void {
  for (const section of sections) {
    if (section.kind !== 'response-headers') continue;
    for (const node of section.nodes) {
      if (node.type !== 'table') continue;
      const unplaced = placeHeaders(operation, node, context);
      if (unplaced.length > 0)
        context.diagnostics.report(
          'headers-without-response',
          unplaced[0]!.source ?? sourceIn(context, section.heading),
          `response headers (${unplaced.map((header) => header.name).join(', ')}) are documented, but not the response they come with (no success status, or not the status a row names); they were not used`,
        );
    }
  }
}

/**
 * The headers a page states outside every operation (`## Response headers` over the first
 * operation, `readers/markdown/page-headers.ts`): each operation's, placed as its own table's rows
 * are. An operation with no response for them is named in one report at the table.
 */
export function attachPageHeaders(operations: readonly Operation[], root: Root, context: ExtractContext): void {
  const stated = root.data?.pageHeaders ?? [];
  for (const node of root.children) {
    const found = node.type === 'table' ? stated.find(({ table }) => table === node.position?.start.offset) : undefined;
    if (node.type !== 'table' || !found) continue;
    const without = operations.filter((operation) => placeHeaders(operation, node, context, found.every).length > 0);
    if (without.length > 0)
      context.diagnostics.report(
        'headers-without-response',
        sourceIn(context, node),
        `response headers are documented for every operation of the page, but ${without.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`).join(', ')} states no response they come with (no success status, or not the status a row names); they were not used there`,
      );
  }
}

/** Puts the table's rows on the operation's responses (on each it states: `every`); the headers with no response to go on. */
function placeHeaders(operation: Operation, table: Table, context: ExtractContext, every = false): Header[] {
  const success = operation.responses.find((response) => /^2/.test(response.status));
  const unplaced: Header[] = [];
  // The names each response carries, lower case: one look-up a row, not a scan of the headers placed so far.
  const carried = new Map<Response, Set<string>>();
  const namesOf = (response: Response): Set<string> => {
    const known = carried.get(response);
    if (known) return known;
    const names = new Set(response.headers.map((header) => header.name.toLowerCase()));
    carried.set(response, names);
    return names;
  };
  for (const { status, header } of headersOf(readTable(table, context), context)) {
    const response = status ? operation.responses.find((known) => known.status === status) : success;
    // "Every response carries these headers": each response the operation states, a row's own status aside.
    const responses = every && !status ? operation.responses : response ? [response] : [];
    if (responses.length === 0) unplaced.push(header);
    for (const [index, target] of responses.entries()) {
      const names = namesOf(target);
      if (names.has(header.name.toLowerCase())) continue;
      names.add(header.name.toLowerCase());
      target.headers.push(index === 0 ? header : structuredClone(header));
    }
  }
  return unplaced;
}

function headersOf(table: ReturnType<typeof readTable>, context: ExtractContext): Array<{ status?: string; header: Header }> {
  const headers: Array<{ status?: string; header: Header }> = [];
  for (const row of table.rows) {
    const name = cellText(row, 'name');
    const status = cellText(row, 'status');
    if (!name) continue;
    const typeText = cellText(row, 'type');
    const description = inlineSource(cellChildren(row, 'description'), context);
    const typed =
      typeText && !typeUnstated(row) ? schemaFromTypeText(typeText, row.source, context.diagnostics, context.typeWords) : undefined;
    const header: Header = {
      name,
      required: isRequired(row),
      schema: withStatedConstraints(withStatedValues(typed ?? { kind: 'string' }, description, typeText), row),
      source: row.source,
    };
    if (description) header.description = description;
    if (isDeprecated(row)) header.deprecated = true;
    headers.push(isStatusKey(status) ? { status, header } : { header });
  }
  return headers;
}
