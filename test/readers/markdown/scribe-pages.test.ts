/**
 * Laravel Scribe's HTML pages (`public/docs/index.html`): each field under a `fancy-heading-panel`
 * heading a block of its own (`<b><code>id</code></b> <small>integer</small> <i>optional</i> <br>
 * <p>…</p>`), nested fields folded in `<details>`; Scribe 4 sets a block in a `<div>`, Scribe 3 in
 * a `<p>` holding another for its words; Scribe's markdown writes the same blocks as HTML in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, readGeneral, strip } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/scribe');
const read4 = () => readGeneral(readFileSync(path.join(FIXTURES, 'index.html'), 'utf8'), 'api/index.html');
const read3 = () => readGeneral(readFileSync(path.join(FIXTURES, 'scribe-3.html'), 'utf8'), 'api/scribe-3.html');

const parameters = (op: Operation): string[] =>
  op.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${JSON.stringify(strip(p.schema))}:${p.description ?? ''}`);

/** `name*:type` of an object's properties, nested ones under their parent's name. */
function fields(schema: Schema | undefined, prefix = ''): string[] {
  if (schema?.kind === 'array') return fields(schema.items, `${prefix}[]`);
  if (schema?.kind !== 'object') return [];
  return schema.properties.flatMap((p) => [
    `${prefix}${p.name}${p.required ? '*' : ''}:${p.schema.kind}`,
    ...fields(p.schema, `${prefix}${p.name}.`).map((f) => f.replace('.[]', '[]')),
  ]);
}

describe('general reader: Laravel Scribe’s HTML pages', () => {
  it('should read a panel’s field blocks as its table: name, type, `optional` or required, and words', () => {
    const page = read4();
    expect(page.routes).toEqual(['GET /api/sightings', 'POST /api/sightings', 'GET /api/sightings/{id}', 'DELETE /api/sightings/{id}']);
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(parameters(operation(page, 'GET /api/sightings'))).toEqual([
      'query:species:{"kind":"string","examples":["wren"]}:Only sightings of this species. Example: `wren`',
      'query:page:{"kind":"integer","examples":[2]}:The page to return. Example: `2`',
    ]);
    expect(parameters(operation(page, 'GET /api/sightings/{id}'))).toEqual([
      'path:id*:{"kind":"integer","examples":[4]}:The ID of the sighting. Example: `4`',
    ]);
  });

  it('should read `<details>` fields as the fields of the one they fold under, and a response’s fields unflagged', () => {
    const page = read4();
    const create = operation(page, 'POST /api/sightings');
    expect(fields(bodySchema(create))).toEqual([
      'species*:string',
      'count:integer',
      'location:object',
      'location.lat*:number',
      'location.lng*:number',
    ]);
    const show = operation(page, 'GET /api/sightings/{id}');
    const ok = show.responses.find((r) => r.status === '200');
    expect(fields(strip(ok?.content[0]?.schema))).toEqual(['id:integer', 'seen_at:string', 'species:string', 'count:integer']);
  });

  it('should take the heading, not the authentication badge, as the summary, and read `[Empty response]` as no content', () => {
    const page = read4();
    expect(codes(page)).not.toContain('invalid-sample');
    const remove = operation(page, 'DELETE /api/sightings/{id}');
    expect(remove.summary).toBe('Delete a sighting');
    expect(remove.responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
  });

  it('should read Scribe 3’s `<p>` blocks: the paragraph its end tag closes the words of, nested names written whole', () => {
    const page = read3();
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const list = operation(page, 'GET /api/kennels/{kennel_id}/bookings');
    expect(list.summary).toBe("List a kennel's bookings");
    expect(parameters(list)).toEqual([
      'path:kennel_id*:{"kind":"integer"}:The ID of the kennel.',
      'query:status:{"kind":"enum","base":"string","values":[{"value":"open"},{"value":"closed"}]}:Only bookings in this state. Must be one of: `open`, `closed`.',
    ]);
    const book = operation(page, 'POST /api/kennels/{kennel_id}/bookings');
    expect(fields(bodySchema(book))).toEqual([
      'dog*:string',
      'nights*:integer',
      'extras:array',
      'extras[]name*:string',
      'extras[]times:integer',
    ]);
  });

  it('should read Scribe’s markdown: each `<form>` block of panels as the HTML page’s, `<Empty response>` no content', () => {
    const page = readGeneral(readFileSync(path.join(FIXTURES, 'scribe-2.md'), 'utf8'), 'api/scribe-2.md');
    expect(page.routes).toEqual(['GET /api/kennels/{kennel_id}/bookings', 'DELETE /api/bookings/{id}']);
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(parameters(operation(page, 'GET /api/kennels/{kennel_id}/bookings'))).toEqual([
      'path:kennel_id*:{"kind":"integer"}:The ID of the kennel.',
      'query:status:{"kind":"string"}:Only bookings in this state.',
    ]);
    const cancel = operation(page, 'DELETE /api/bookings/{id}');
    expect(cancel.summary).toBe('Cancel a booking');
    expect(cancel.responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
  });
});
