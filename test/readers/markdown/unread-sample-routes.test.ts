import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

/** A "library" API whose sections show their calls with sample ids, as Miniflux's reference does. */
const PAGE = [
  '## Shelves',
  '### Get a shelf',
  'Request:',
  '    GET /v3/shelves/{shelfID}',
  "### Get a shelf's cover",
  'Request:',
  '    GET /v3/shelves/42/cover',
  'Response:',
  '```json\n{"mime_type": "image/png"}\n```',
  '### Remove a shelf',
  'Request:',
  '    DELETE /v3/shelves/{shelfID}',
  'For example:',
  '    DELETE /v3/shelves/17',
].join('\n\n');

describe('general reader: a section whose only request line shows a sample value, reported', () => {
  it('should read no operation from it and say so at the line, with what the page can do', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['GET /v3/shelves/{shelfID}', 'DELETE /v3/shelves/{shelfID}']);
    const reported = read.diagnostics.items.filter((d) => d.code === 'sample-route');
    expect(reported.map((d) => [d.severity, d.source.start.line])).toEqual([['warning', 13]]);
    expect(reported[0]?.message).toContain('GET /v3/shelves/42/cover');
    expect(reported[0]?.message).toContain('`GET /v3/shelves/{…}/cover`');
    expect(reported[0]?.message).toContain('"Path parameters" table');
  });

  it('should say nothing where a table of the section names the parameter (the route is read)', () => {
    const read = readGeneral(
      [
        "### Get a shelf's cover",
        'Request:',
        '    GET /v3/shelves/42/cover',
        '#### Path parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `shelf_id` | integer | The shelf |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /v3/shelves/{shelf_id}/cover']);
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('sample-route');
  });

  it('should say so of a section whose only call is a curl command with a sample id, beside one the page reads', () => {
    const read = readGeneral(
      [
        '## Create an order',
        '```bash\ncurl --json \'{"sku": "A1"}\' https://api.example.com/v1/orders\n```',
        '## Update an order',
        '```shell\ncurl -X PATCH https://api.example.com/v1/orders/42 \\\n  -d \'{"qty": 3}\'\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /v1/orders']);
    const reported = read.diagnostics.items.filter((d) => d.code === 'sample-route');
    expect(reported.map((d) => [d.source.start.line, d.message.slice(0, 21)])).toEqual([[9, 'PATCH /v1/orders/42: ']]);
  });
});
