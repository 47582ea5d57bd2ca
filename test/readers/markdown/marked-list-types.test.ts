/**
 * An attribute list whose items give the type marked (emphasis, bold) after the name's dash, then a
 * colon or a dash before the words: `` * `hard` — *boolean*: Delete for good. ``. The fixture is a
 * "documents" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/marked-list-types/documents.md'), 'utf8');

describe('general reader: a marked type, then a colon or a dash, opening a list item', () => {
  it('should read the marked words as the type and the words after the separator as the description', () => {
    const read = readGeneral(page, 'api/documents.md');
    const remove = operation(read, 'DELETE /v1/documents/{id}');
    expect(strip(remove.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema, p.description]))).toEqual([
      ['hard', { kind: 'boolean' }, 'Delete for good, not to the bin.'],
      ['delay', { kind: 'integer' }, 'Seconds to wait.'],
      ['reason', { kind: 'string' }, 'Why, for the audit log.'],
    ]);
  });
});
