/**
 * A list item's words after a dash or a colon that open with type words alone as a sentence
 * (`` - `id` — string. The packet id. ``, `- limit — integer. How many …`; a plain name too, with
 * the flag after a comma, `- seed_id — string, required. The packet id.`): the type (and flag),
 * the rest the description. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/type-sentences/seeds.md'), 'utf8'), 'api/seeds.md');
const fields = (schema: Schema | undefined) =>
  schema?.kind === 'object' ? schema.properties.map((p) => [`${p.name}${p.required ? '*' : ''}`, p.schema.kind, p.description]) : schema;

describe('general reader: type words alone opening a list item’s words', () => {
  it('should type plain names by the type words after the dash, the flag after a comma', () => {
    const get = operation(read, 'GET /v1/seeds/{seed_id}');
    expect(parameterNames(get)).toEqual(['path:seed_id*', 'query:fields', 'query:limit']);
    expect(get.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', 'The packet id.'],
      ['string', 'Comma-separated list of fields.'],
      ['integer', 'How many packets to return.'],
    ]);
  });

  it('should type names in code by a sentence of type words after a dash or colon, and leave other words the description', () => {
    const get = operation(read, 'GET /v1/seeds/{seed_id}');
    expect(fields(strip(get.responses[0]?.content[0]?.schema))).toEqual([
      ['id', 'string', 'The packet id.'],
      ['species', 'string', "The species' name."],
      ['count', 'integer', 'How many seeds are left.'],
      ['sown', 'unknown', 'Sown in spring.'],
    ]);
    expect(fields(bodySchema(operation(read, 'POST /v1/seeds/{seed_id}/sow')))).toEqual([
      ['bed', 'string', 'The bed to sow them in.'],
      ['depth_cm', 'number', 'How deep.'],
      ['note', 'unknown', 'Optional. Words for the gardener.'],
    ]);
  });
});
