/**
 * A `Format:` label after a sentence or another fact on its line states the value's format, as on a
 * line of its own: Atlassian's stacked `Default: 0, Format: int64` under a parameter's words, and
 * `How many it seats. Format: `int32`` in a table cell. The fixture is a "benches" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/inline-formats/benches.md'), 'utf8');

describe('general reader: a format labelled after words on its line', () => {
  const read = readGeneral(page, 'api/benches.md');
  const format = (schema: Schema | undefined) => (schema && 'format' in schema ? schema.format : undefined);

  it("should read the format after a default and after a parameter's words", () => {
    const params = operation(read, 'GET /rest/api/3/benches').parameters;
    const startAt = params.find((p) => p.name === 'startAt')?.schema;
    expect(startAt).toMatchObject({ kind: 'integer', format: 'int64', default: 0 });
    expect(format(params.find((p) => p.name === 'maxResults')?.schema)).toBe('int32');
  });

  it("should read the format after a cell's sentence, and none from a label that says more", () => {
    const body = bodySchema(operation(read, 'POST /rest/api/3/benches'));
    const fields = body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
    expect(format(fields.seats)).toBe('int32');
    expect(format(fields.paintedAt)).toBe('date-time');
    expect(format(fields.wood)).toBeUndefined();
  });
});
