/**
 * A request line's example query names parameters a table documents with a mark beside the name
 * (`expand (optional)`, `limit?`): the table's rows are those parameters, and the example's keys
 * are no second documentation of them (no `duplicate-parameter`).
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = [
  '# Widgets',
  '',
  '## Get widget',
  '',
  'GET /api/v1/widgets/{widgetId}?expand=owner',
  '',
  '| Name | Type | Description |',
  '|---|---|---|',
  '| widgetId (required) | string | The widget. |',
  '| expand (optional) | string | Related objects to include. |',
  '',
  '## List parts',
  '',
  'GET /api/v1/parts?limit=5',
  '',
  '| Name | Type | Description |',
  '|---|---|---|',
  '| limit? | integer | How many parts to list. |',
  '',
].join('\n');

describe('general reader: example query keys beside marked names', () => {
  it("should take the table's marked rows for the example's keys, with no duplicate reported", () => {
    const read = readGeneral(PAGE, 'api/widgets.md');
    const query = (route: string) =>
      operation(read, route)
        .parameters.filter((p) => p.in === 'query')
        .map((p) => [p.name, p.description, p.required]);
    expect(query('GET /api/v1/widgets/{widgetId}')).toEqual([['expand', 'Related objects to include.', false]]);
    expect(query('GET /api/v1/parts')).toEqual([['limit', 'How many parts to list.', false]]);
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('duplicate-parameter');
  });
});

describe('general reader: example query keys beside a name and its note', () => {
  it('should take the row whose name a note in parentheses follows for the example key, with no duplicate reported', () => {
    const read = readGeneral(
      '## List lamps\n\n`GET /lamps?limit=10`\n\n| Name | Type | Description |\n|---|---|---|\n| limit (at most 100) | integer | How many lamps. |\n',
    );
    expect(operation(read, 'GET /lamps').parameters.map((p) => [p.name, p.schema.kind, p.description])).toEqual([
      ['limit', 'integer', 'How many lamps.'],
    ]);
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('duplicate-parameter');
  });
});
