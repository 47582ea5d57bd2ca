/**
 * A table cell writes its lines with `<br>`: values a cell lists a line each after their label
 * (`Possible values:<br>`on`<br>`off``), or closing a line (``Can be `wall` or `ceiling`<br>More.``),
 * are an enum as the same words on one line are. The fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/cell-line-values/lamps.md'), 'utf8');

describe("general reader: values listed on a table cell's lines", () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should read values a line each after their label as an enum', () => {
    const status = operation(read, 'GET /v1/Rooms/{RoomSid}/Lamps').parameters.find((p) => p.name === 'Status');
    expect(status?.schema).toMatchObject({
      kind: 'enum',
      base: 'string',
      values: [{ value: 'on' }, { value: 'off' }, { value: 'broken' }],
    });
    const body = bodySchema(operation(read, 'POST /v1/Rooms/{RoomSid}/Lamps'));
    const fields = body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
    expect(fields.Glow).toMatchObject({ kind: 'enum', values: [{ value: 'warm' }, { value: 'cold' }] });
  });

  it("should read values closing a cell's line as an enum, and none a sentence goes on after", () => {
    const body = bodySchema(operation(read, 'POST /v1/Rooms/{RoomSid}/Lamps'));
    const fields = body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
    expect(fields.Mount).toMatchObject({ kind: 'enum', values: [{ value: 'wall' }, { value: 'ceiling' }] });
    expect(fields.Shade?.kind).toBe('string');
    expect(fields.FriendlyName?.kind).toBe('string');
  });
});
