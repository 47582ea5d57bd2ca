/**
 * A parameter's stacked line that states where it goes beside its type and flag (`` `integer` ·
 * optional · query ``, `` `string` · **required** · in path ``): the type, the flag and the
 * location are read, none of them words of the description. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/located-stacks/lamps.md'), 'utf8'), 'api/lamps.md');

describe('general reader: a stacked line of type, flag and location under a parameter’s heading', () => {
  it('should read the type and the flag beside the location, the line no words of the description', () => {
    const list = operation(read, 'GET /v1/lamps');
    expect(parameterNames(list)).toEqual(['query:room_id*', 'query:limit']);
    expect(list.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', 'The room to list lamps of.'],
      ['integer', 'How many lamps to return.'],
    ]);
  });

  it('should place each parameter where its line says, under a title of no location', () => {
    const dim = operation(read, 'POST /v1/lamps/{lamp_id}/dim');
    expect(parameterNames(dim)).toEqual(['path:lamp_id*', 'header:X-Dimmer-Key']);
    expect(dim.parameters.find((p) => p.name === 'lamp_id')?.description).toBe('The lamp to dim.');
    const body = bodySchema(dim);
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`) : body).toEqual([
      'level:integer*',
    ]);
  });
});
