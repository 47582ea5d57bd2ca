/**
 * A type cell or paragraph entry's `enum<string>`, as resource pages write an enum, is the `enum`
 * type word: its `Possible values:` may be written bare (`on, off`), as under `ENUM`. Where no values
 * are stated the field stays a string. The fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/enum-string-values/lamps.md'), 'utf8');

function fields(read: ReturnType<typeof readGeneral>, route: string) {
  const body = bodySchema(operation(read, route));
  return body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
}

describe('general reader: bare values of an enum<string>', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should read a table row typed enum<string> as an enum of the bare values its description states', () => {
    const row = fields(read, 'POST /v1/Lamps/{Sid}');
    expect(row.State).toMatchObject({ kind: 'enum', base: 'string', values: [{ value: 'on' }, { value: 'off' }] });
    expect(row.Color).toMatchObject({ kind: 'enum', base: 'string', values: [{ value: 'red' }, { value: 'green' }] });
    expect(row.Shade).toEqual({ kind: 'string' });
  });

  it('should read a paragraph entry typed enum<string> as an enum of the bare values under it', () => {
    const entry = fields(read, 'POST /v1/Lamps');
    expect(entry.Mode).toMatchObject({ kind: 'enum', base: 'string', values: [{ value: 'dim' }, { value: 'bright' }] });
    expect(entry.Glow).toMatchObject({ kind: 'enum', base: 'string', values: [{ value: 'low' }, { value: 'high' }] });
    expect(entry.Label).toEqual({ kind: 'string' });
  });
});
