/**
 * Widdershins' parameters table with the request body as one row (`body | body | object | true`)
 * and its fields as the `»` rows below it (`» name | body | string | true`): the body is that row,
 * not an object with a field `body`. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/widdershins/planters.md'), 'utf8'), 'api/planters.md');

describe('general reader: Widdershins body rows', () => {
  it('should read the `body` row’s `»` rows as the body’s fields, the body required as its row says', () => {
    const create = operation(read, 'POST /gardens/{gardenId}/planters');
    expect(parameterNames(create)).toEqual(['path:gardenId*', 'query:dryRun']);
    expect(create.requestBody).toMatchObject({ name: 'body', required: true, description: 'The planter to create' });
    expect(bodySchema(create)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'string' }, required: true, description: "The planter's name" },
        {
          name: 'size',
          required: false,
          description: 'none',
          schema: {
            kind: 'object',
            properties: [
              { name: 'width', schema: { kind: 'integer', format: 'int32' }, required: false, description: 'Width in cm' },
              { name: 'depth', schema: { kind: 'integer', format: 'int32' }, required: false, description: 'Depth in cm' },
            ],
          },
        },
      ],
    });
  });

  it('should read a `[object]` body row as an array of the objects its `»` rows describe', () => {
    const replace = operation(read, 'PUT /gardens/{gardenId}/soil');
    expect(replace.requestBody?.required).toBe(false);
    expect(bodySchema(replace)).toEqual({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'depth', schema: { kind: 'integer' }, required: true, description: 'Depth of the layer' },
          { name: 'kind', schema: { kind: 'string' }, required: false, description: 'none' },
        ],
      },
    });
  });
});
