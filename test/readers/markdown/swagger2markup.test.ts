/**
 * The Markdown Swagger2Markup writes of a Swagger spec: `Type` (the location) and `Schema` (the
 * type) columns, `<br>*required*` name notes, `**Example** :` in descriptions, its schema words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { strip } from './helpers.js';

const PATHS = readFileSync(path.join(import.meta.dirname, 'fixtures/swagger2markup/paths.md'), 'utf8');
const DEFINITIONS = readFileSync(path.join(import.meta.dirname, 'fixtures/swagger2markup/definitions.md'), 'utf8');

describe('general reader: Swagger2Markup pages', () => {
  it('should read locations, types, required notes, examples and the definitions', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'paths.md'), PATHS);
    writeFileSync(path.join(dir, 'definitions.md'), DEFINITIONS);
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const [add, find] = result.document.operations;
    expect(add?.parameters.map((p) => `${p.in}:${p.name}:${JSON.stringify(strip(p.schema))}`)).toEqual([
      'header:X-Request-ID:{"kind":"string","format":"uuid"}',
    ]);
    expect(strip(add?.requestBody?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'Shelf' });
    expect(add?.responses.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([
      ['201', { kind: 'ref', name: 'Shelf' }],
      ['405', undefined],
    ]);
    expect([find?.summary, find?.description]).toEqual(['Finds shelves by genre', 'Multiple genres can be given.']);
    expect(find?.parameters.map((p) => [p.name, p.required, strip(p.schema)])).toEqual([
      ['genre', true, { kind: 'array', items: { kind: 'enum', base: 'string', values: [{ value: 'fiction' }, { value: 'history' }] } }],
      ['limit', false, { kind: 'integer', format: 'int32', default: 20 }],
    ]);
    expect(strip(find?.responses[0]?.content[0]?.schema)).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Shelf' } });
    const shelf = result.document.schemas.find((schema) => schema.name === 'Shelf')?.schema;
    expect(shelf?.kind === 'object' && shelf.properties.map((p) => [p.name, p.required, p.description])).toEqual([
      ['id', false, undefined],
      ['name', true, undefined],
      ['tags', false, undefined],
      ['status', false, 'shelf status'],
      ['updated', false, undefined],
    ]);
    expect(strip(shelf?.kind === 'object' ? shelf.properties.map((p) => p.schema) : [])).toEqual([
      // The Example notes: `0`, `"Fiction A"`; `[ "string" ]` and `"string"` show only types.
      { kind: 'integer', format: 'int64', examples: [0] },
      { kind: 'string', examples: ['Fiction A'] },
      { kind: 'array', items: { kind: 'string' } },
      { kind: 'enum', base: 'string', values: [{ value: 'open' }, { value: 'closed' }] },
      { kind: 'string', format: 'date-time' },
    ]);
  });

  it('should leave a table whose names carry no note as it is', async () => {
    const dir = makeTempDir();
    writeFileSync(
      path.join(dir, 'page.md'),
      '# Get\n\n```\nGET /a\n```\n\n|Type|Name|Description|Schema|\n|---|---|---|---|\n|**Query**|**q**|A query|string|\n',
    );
    const result = await generate({ input: dir });
    // `Type` stays the type column (`Query`, a type nobody defines) where no name says required/optional.
    expect(result.document.operations[0]?.parameters.map((p) => p.name)).toEqual(['q']);
    expect(result.diagnostics.map((d) => d.code)).toContain('undocumented-type');
  });
});
