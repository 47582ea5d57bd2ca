import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

/** A "library" API whose sections label each part, one saying it has none, one announcing fields without a colon. */
const PAGE = [
  '# Shelves',
  '## Count shelves',
  '```\nGET /v2/shelves/count\n```',
  '**Parameters:**',
  'None',
  '**Returns:**',
  'HTTP Status Code | Scenario\n---|---\n200 | All scenarios',
  '## Get shelf info',
  '```\nGET /v2/shelves/info\n```',
  '**Parameters:**',
  'N/A',
  'The response is a JSON object containing the following fields',
  'Property | Type | Description\n---|---|---\n`title` | string | The shelf title\n`size` | int | How many books',
].join('\n\n');

describe('general reader: a part that says it has none, and fields announced by a sentence without a colon', () => {
  it("should read `None` under a part's label as no words of the operation (the heading's title its summary)", () => {
    const read = readGeneral(PAGE);
    expect(operation(read, 'GET /v2/shelves/count').summary).toBe('Count shelves');
    expect(operation(read, 'GET /v2/shelves/info').summary).toBe('Get shelf info');
    expect(parameterNames(operation(read, 'GET /v2/shelves/count'))).toEqual([]);
  });

  it('should read the table after "… containing the following fields" as the response body, no parameters', () => {
    const read = readGeneral(PAGE);
    const info = operation(read, 'GET /v2/shelves/info');
    expect(parameterNames(info)).toEqual([]);
    const schema = info.responses[0]?.content[0]?.schema;
    expect(schema?.kind === 'object' && schema.properties.map((p) => p.name)).toEqual(['title', 'size']);
    expect(bodySchema(info)).toBeUndefined();
  });
});
