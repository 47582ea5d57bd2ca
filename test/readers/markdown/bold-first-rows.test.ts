/**
 * A table whose header line is empty and whose first row names the columns (Google Docs' markdown
 * export writes a table so: `|  |  |` ⏎ `| :---- | :---- |` ⏎ `| **Field** | **Type** |`): that row
 * is its header. A first row that names no column stays a row. The fixture is a "parcels" API
 * written by us as Google Docs exports it (escaped underscores, `**POST** /v1/shipments`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/bold-first-rows/parcels.md'), 'utf8');

describe('general reader: a table whose empty header line is followed by a row of column names', () => {
  const read = readGeneral(page, 'api/parcels.md');
  const create = operation(read, 'POST /v1/shipments');

  it('should read the bold first row as the header: the rows under it are the body’s fields', () => {
    const body = bodySchema(create);
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema.kind, p.required]) : []).toEqual([
      ['parcel_id', 'string', true],
      ['carrier_code', 'string', true],
      ['declared_value', 'number', false],
    ]);
  });

  it('should read the response’s table so too, its rows the 201’s fields', () => {
    const created = create.responses.find((response) => response.status === '201');
    const schema = created?.content[0]?.schema;
    expect(schema?.kind === 'object' ? schema.properties.map((p) => p.name) : []).toEqual(['shipment_id', 'created_at']);
  });

  it('should leave a first row that names no column a row, and report no nameless row', () => {
    expect(codes(read)).not.toContain('malformed-row');
    const notes = read.root.children.filter((node) => node.type === 'table').at(-1);
    expect(notes?.type === 'table' ? notes.children.length : 0).toBe(3);
  });
});
