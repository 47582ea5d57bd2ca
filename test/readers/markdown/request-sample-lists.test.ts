/**
 * A request's sample, then a list of its fields under the same label (`Body:` ⏎ its JSON ⏎
 * `` - `name` (string, required) ``, as repositories' API.md files write them): the body's fields,
 * as a table standing there is read.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = [
  '# Plants',
  '### POST /plants',
  'Create a plant.',
  'Body:\n```json\n{ "name": "Basil", "species": "Ocimum basilicum" }\n```',
  '- `name` (string, required)\n- `species` (string, optional): the Latin name',
  '### POST /pots',
  'Create a pot.',
  'Body:\n```json\n{ "size": 3 }\n```',
  '- Pots are made of clay.\n- They break.',
].join('\n\n');

describe('general reader: a field list after the request sample it describes', () => {
  it('should read the list as the fields of the body the sample shows, flags and words', () => {
    const read = readGeneral(page, 'api/plants.md');
    expect(bodySchema(operation(read, 'POST /plants'))).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'name', required: true, schema: { kind: 'string' } },
        { name: 'species', required: false, schema: { kind: 'string' }, description: 'the Latin name' },
      ],
    });
  });

  it('should read no fields from a list of prose after a sample, the sample the body', () => {
    const read = readGeneral(page, 'api/plants.md');
    const pot = operation(read, 'POST /pots');
    // (No table or list documents it: the sample alone, inferred when the pages are merged.)
    expect(bodySchema(pot)).toEqual({ kind: 'unknown' });
  });
});
