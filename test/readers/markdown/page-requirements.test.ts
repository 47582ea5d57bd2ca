import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

function requiredFields(schema: Schema | undefined): string[] {
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : [];
}

describe("general reader: a page's word that all request parameters are required", () => {
  const rows = (lines: string[]) => ['| Parameter | Type | Description |', '| --- | --- | --- |', ...lines].join('\n');

  it('should make each request row required unless its row says otherwise (optional, a default, a condition)', () => {
    const page = (statement: string) =>
      readGeneral(
        [
          '# Shelves',
          statement,
          '### GET /shelves - List shelves',
          '#### Request parameters',
          rows(['| details | Bool | **Optional** Add the books of each shelf |', '| owner | String | The owner of the shelves |']),
          '### POST /shelves - Create a shelf',
          '#### Request body',
          rows([
            '| title | String | The title |',
            '| sorted | Bool | Whether the books are sorted (Default: false) |',
            '| colour | String | Required if the shelf is painted |',
          ]),
          '#### Response',
          '##### 200 Success',
          rows(['| id | Integer | The id of the new shelf |']),
        ].join('\n\n'),
      );
    const stated = page('- All request parameters are required, unless otherwise specified');
    expect(parameterNames(operation(stated, 'GET /shelves'))).toEqual(['query:details', 'query:owner*']);
    expect(requiredFields(bodySchema(operation(stated, 'POST /shelves')))).toEqual(['title*', 'sorted', 'colour']);
    // The response's fields are no request parameters.
    const ok = operation(stated, 'POST /shelves').responses.find((r) => r.status === '200');
    expect(requiredFields(ok?.content[0]?.schema)).toEqual(['id']);
    // Without the page's word, nothing is required.
    const unstated = page('- Dates are written in ISO 8601.');
    expect(parameterNames(operation(unstated, 'GET /shelves'))).toEqual(['query:details', 'query:owner']);
    expect(requiredFields(bodySchema(operation(unstated, 'POST /shelves')))).toEqual(['title', 'sorted', 'colour']);
  });
});
