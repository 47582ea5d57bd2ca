/**
 * Parameters documented a heading each at the parameters title's own depth (`### Parameters` ⏎
 * `### id` ⏎ `string, required` ⏎ its words ⏎ `### verbose` ⏎ …): the title's entries, up to the
 * first heading that names no field over its type or flag. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/same-depth-entries/lamps.md'), 'utf8');

describe('general reader: parameter headings at the depth of their title', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');
  const typed = (route: string) =>
    operation(read, route).parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${p.schema.kind}:${p.description ?? ''}`);

  it('should read each heading over its type and flag as a parameter, up to the heading that is none', () => {
    expect(typed('GET /lamps/{id}')).toEqual([
      "path:id*:string:The lamp's id.",
      "query:verbose:boolean:Whether to include the lamp's readings.",
      'query:colour:string:The colour to show it in.',
    ]);
    // `### Response` ends them: its sample is still the answer's.
    const response = operation(read, 'GET /lamps/{id}').responses[0];
    expect(response?.content[0]?.examples[0]?.value).toEqual({ id: 'porch', name: 'Porch' });
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });

  it('should read a body field so, and leave a heading with no type or flag under it (`### Notes`, `### Errors`) as the page wrote it', () => {
    const body = bodySchema(operation(read, 'PATCH /lamps/{id}'));
    expect(
      body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}:${p.description}`),
    ).toEqual(["name*:string:The lamp's new name."]);
    expect(operation(read, 'PATCH /lamps/{id}').description).toContain('Renaming a lamp keeps its readings.');
    expect(typed('DELETE /lamps/{id}')).toEqual(['path:id*:string:']);
  });
});
