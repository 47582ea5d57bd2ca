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
import { isStatusKey } from '../ir/status-text.js';
import type { Header, Operation } from '../ir/types.js';
import { cellChildren, cellText, readTable, typeUnstated } from './columns.js';
import { withStatedConstraints } from './constraints.js';
import { type ExtractContext, sourceIn } from './context.js';
import { isDeprecated, isRequired } from './properties.js';
import type { Section } from './sections.js';
import { withStatedValues } from './stated-values.js';
import { inlineSource } from './text.js';
import { schemaFromTypeText } from './type-text.js';

export function attachResponseHeaders(operation: Operation, sections: readonly Section[], context: ExtractContext): void {
  const success = operation.responses.find((response) => /^2/.test(response.status));
  for (const section of sections) {
    if (section.kind !== 'response-headers') continue;
    for (const node of section.nodes) {
      if (node.type !== 'table') continue;
      const unplaced: Header[] = [];
      for (const { status, header } of headersOf(readTable(node, context), context)) {
        const response = status ? operation.responses.find((known) => known.status === status) : success;
        if (!response) unplaced.push(header);
        else if (!response.headers.some((known) => known.name.toLowerCase() === header.name.toLowerCase())) response.headers.push(header);
      }
      if (unplaced.length > 0)
        context.diagnostics.report(
          'headers-without-response',
          unplaced[0]!.source ?? sourceIn(context, section.heading),
          `response headers (${unplaced.map((header) => header.name).join(', ')}) are documented, but not the response they come with (no success status, or not the status a row names); they were not used`,
        );
    }
  }
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
