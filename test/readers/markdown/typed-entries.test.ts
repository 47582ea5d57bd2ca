/**
 * A parameter named twice, first by a description's prose list (`Filters:` ⏎ `` - `shelf_id`: only
 * the notes of one shelf ``, no type), then by a typed entry (`### PARAMS:` ⏎ `` - **`shelf_id`**
 * nullable value must be an integer… ``, as Metabase's reference writes both): the typed entry is
 * the parameter, the prose's words its description where it has none. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/typed-entries/notes.md'), 'utf8');

describe('general reader: a typed entry over a prose list naming the same parameter', () => {
  const read = readGeneral(PAGE, 'api/notes.md');
  const parameters = operation(read, 'GET /api/notes').parameters;
  const kinds = Object.fromEntries(parameters.map((p) => [p.name, p.schema.kind]));

  it('should type each parameter as its typed entry does', () => {
    expect(parameters.map((p) => p.name)).toEqual(['pinned', 'shelf_id', 'tags', 'q']);
    expect(kinds).toEqual({ pinned: 'boolean', shelf_id: 'integer', tags: 'array', q: 'string' });
  });

  it('should keep the prose words where the typed entry has none, and say a row was dropped', () => {
    expect(parameters.find((p) => p.name === 'pinned')?.description).toBe('set to true to find pinned notes only, default is false');
    expect(parameters.find((p) => p.name === 'shelf_id')?.description).toBe('nullable value must be an integer greater than zero.');
    expect(codes(read).filter((code) => code === 'duplicate-parameter')).toHaveLength(3);
  });
});

describe('general reader: typed entries on hostile input', () => {
  it('should read 3,000 parameters named twice and a line of 300,000 blanks in seconds', () => {
    const prose = Array.from({ length: 3_000 }, (_, i) => `| p${i} | Only the notes of ${i}. |`).join('\n');
    const typed = Array.from({ length: 3_000 }, (_, i) => `| p${i} | integer | |`).join('\n');
    const odd = `| q | ${' '.repeat(300_000)} | ${'a'.repeat(60_000)} |`;
    const text = `## Notes\n\n\`GET /api/notes\`\n\n### Query parameters\n\n| Name | Description |\n| --- | --- |\n${prose}\n${odd}\n\n### Parameters\n\n| Name | Type | Description |\n| --- | --- | --- |\n${typed}\n${odd}\n`;
    const read = readGeneral(text, 'api/hostile.md');
    const parameters = operation(read, 'GET /api/notes').parameters;
    expect(parameters).toHaveLength(3_001);
    expect(parameters[2_999]?.schema.kind).toBe('integer');
  }, 60_000);
});
