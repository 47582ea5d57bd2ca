/**
 * The Markdown `swagger generate markdown` (go-swagger) writes: `<span id>` anchors in headings,
 * `int32 (formatted integer)` types, an `All responses` table, and the models under `## Models`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTypeText } from '../../../src/extract/type-text.js';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/go-swagger/api.md'), 'utf8');

describe('general reader: go-swagger’s Markdown', () => {
  it('should read the types, the statuses and the models', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'api.md'), PAGE);
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const list = result.document.operations.find((o) => o.method === 'get');
    const create = result.document.operations.find((o) => o.method === 'post');
    expect(list?.parameters.map((p) => [p.name, strip(p.schema)])).toEqual([
      ['limit', { kind: 'integer', format: 'int32' }],
      ['tags', { kind: 'array', items: { kind: 'string' } }],
    ]);
    expect(list?.responses.map((r) => [r.status, r.description, r.content.length])).toEqual([['200', 'A paged array of pets', 0]]);
    expect(create?.responses.map((r) => r.status)).toEqual(['201']);
    expect(strip(create?.requestBody?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'Pet' });
    const pet = result.document.schemas.find((schema) => schema.name === 'Pet')?.schema;
    expect(pet?.kind === 'object' && pet.properties.map((p) => [p.name, p.required, strip(p.schema)])).toEqual([
      ['id', true, { kind: 'integer', format: 'int64' }],
      ['name', true, { kind: 'string' }],
      ['tag', false, { kind: 'string' }],
    ]);
  });

  it('should read `X (formatted …)` as the format word X', () => {
    expect(parseTypeText('int32 (formatted integer)')).toEqual({ kind: 'integer', format: 'int32' });
    expect(parseTypeText('date-time (formatted string)')).toEqual({ kind: 'string', format: 'date-time' });
  });
});
