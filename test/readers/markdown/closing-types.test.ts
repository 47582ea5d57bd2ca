/**
 * A type word alone in parentheses closing a description, in a `Parameter | Description` table
 * with no Type column (Mailgun's `Email address for From header (string)`): the row's type, the
 * words before it its description; `(optional)`, `(default 5)`, `(see below)`, `(e.g. blue)` are
 * words, and a table with a Type column keeps its own. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Property } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/closing-types/letters.md'), 'utf8'), 'api/letters.md');

function fields(route: string): Array<[string, string | undefined, string | undefined]> {
  const body = bodySchema(operation(read, route));
  const properties: Property[] = body?.kind === 'object' ? body.properties : [];
  return properties.map((p) => [p.name, p.schema.kind, p.description]);
}

describe('general reader: a type closing a description where the table has no Type column', () => {
  it('should read `(string)`, `(array)`, `(boolean)`, `(integer)` at a description’s end as the type, and nothing else in parentheses', () => {
    expect(fields('POST /v2/letters')).toEqual([
      ['from', 'string', 'Address the letter comes from'],
      ['o:stamp', 'array', 'Stamps on the letter'],
      ['o:registered', 'boolean', 'Whether the letter is registered'],
      ['o:pages', 'integer', 'How many pages the letter has'],
      // Typed by its stated default, as without the column.
      ['o:copies', 'integer', 'Copies to print (default 5)'],
      ['o:note', 'unknown', 'A note for the postman (optional)'],
      ['o:route', 'unknown', 'How the letter travels (see below)'],
      ['o:ink', 'unknown', 'Ink colour (e.g. blue)'],
    ]);
  });

  it('should read the type before a full stop closing the description, and a flag beside it as the start of a description’s is', () => {
    expect(fields('POST /v2/parcels')).toEqual([
      ['from', 'string', 'Address the parcel comes from'],
      ['to', 'string', 'Address the parcel goes to'],
      ['o:weight', 'integer', 'Weight in grams'],
      ['o:fragile', 'boolean', 'Whether the parcel is fragile.'],
      ['o:note', 'unknown', 'A note for the courier (optional).'],
      ['o:box', 'unknown', 'The box (see below).'],
    ]);
    const body = bodySchema(operation(read, 'POST /v2/parcels'));
    expect(body?.kind === 'object' ? body.properties.filter((p) => p.required).map((p) => p.name) : []).toEqual(['to']);
  });

  it('should keep a Type column’s type and the description whole', () => {
    expect(fields('POST /v2/letters/{id}/stamp')).toEqual([['kind', 'string', "The stamp's kind (integer)"]]);
  });
});
