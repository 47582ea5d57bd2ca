/**
 * An enum tabulated under its own heading that a field's row links to (Discord's layout):
 * `| type | integer | the [type of shelf](#…-shelf-types) |` ⏎ … ⏎ `###### Shelf Types` ⏎
 * `| Type | ID | Description |`: the integer enum `ShelfType`, the field of that type. Flag tables
 * (`1 << 2`) and tables no field links to are no enums. The page is ours, in that layout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/discord-layout/shelf.md'), 'utf8');

function schemas(text: string) {
  return new Map(strip(readGeneral(text).fragment?.schemas ?? []).map((named) => [named.name, named.schema]));
}

function property(text: string, name: string) {
  const shelf = schemas(text).get('Shelf');
  return shelf?.kind === 'object' ? shelf.properties.find((p) => p.name === name)?.schema : undefined;
}

describe('general reader: enum tables a field links to', () => {
  it('should read `Shelf Types` over `| Type | ID | Description |` as the integer enum ShelfType, the linking field of that type', () => {
    expect(schemas(PAGE).get('ShelfType')).toEqual({
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 0, name: 'OPEN_SHELF', description: 'a shelf anyone may browse' },
        { value: 1, name: 'STACK', description: 'a shelf in the closed stacks' },
        { value: 2, name: 'DISPLAY', description: 'a display case' },
      ],
    });
    expect(property(PAGE, 'type')).toMatchObject({ kind: 'ref', name: 'ShelfType' });
  });

  it('should read `| Value | Description |` under a type name a field is typed with as a string enum of the values', () => {
    expect(schemas(PAGE).get('LoanStatus')).toEqual({
      kind: 'enum',
      base: 'string',
      values: [
        { value: 'active', description: 'the books are out' },
        { value: 'overdue', description: 'the books are late' },
        { value: 'returned', description: 'the books are back' },
      ],
    });
    const loan = schemas(PAGE).get('Loan');
    expect(loan?.kind === 'object' && loan.properties.find((p) => p.name === 'status')?.schema).toMatchObject({
      kind: 'ref',
      name: 'LoanStatus',
    });
  });

  it('should leave flag tables, tables no field links to and fields of other types alone', () => {
    const read = schemas(PAGE);
    expect([...read.keys()]).toEqual(['Shelf', 'ShelfType', 'Loan', 'LoanStatus']);
    expect(property(PAGE, 'flags')).toMatchObject({ kind: 'integer' });
    // A row typed `string` that links to the table: no enum of integers.
    const typedString = PAGE.replace('| type     | integer |', '| type     | string  |');
    expect([...schemas(typedString).keys()]).toEqual(['Shelf', 'Loan', 'LoanStatus']);
    expect(property(typedString, 'type')).toMatchObject({ kind: 'string' });
    // A parameter table under such a heading is no enum.
    const parameters = PAGE.replace(
      '| Type        | ID | Description                  |',
      '| Field       | Type | Description                |',
    );
    expect([...schemas(parameters).keys()]).toEqual(['Shelf', 'Loan', 'LoanStatus']);
  });
});
