/**
 * A response body the page documents no type for, whose samples show the fields of the one type
 * the reference defines with them (Slate's `## Coupon properties` above operations that show only
 * a `JSON response example`), is that type, or a list of it. A sample with a key the type lacks,
 * one that two types fit, or one without a field the type requires stays inferred. The fixture is
 * ours, written in that convention. HAL's `_links` / `_embedded` beside the type's fields are no
 * key the type lacks: the body is the type and those members (`allOf`), as the sample shows them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { ApiDocument, Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral } from './helpers.js';

const SHELVES = readFileSync(path.join(import.meta.dirname, 'fixtures/documented-responses/shelves.md'), 'utf8');

function generate(page: string): ApiDocument {
  const diagnostics = new DiagnosticBag();
  return fillFromSamples(mergeFragments([readGeneral(page).fragment!], diagnostics, { version: '1' }), diagnostics);
}

/** `Shelf`, `Shelf[]`, `Shelf&{_links}`, or the inferred object's keys. */
function typeOf(schema: Schema | undefined): string {
  if (schema?.kind === 'ref') return schema.name;
  if (schema?.kind === 'intersection') return schema.parts.map(typeOf).join('&');
  if (schema?.kind === 'array') return `${typeOf(schema.items)}[]`;
  if (schema?.kind === 'object') return `{${schema.properties.map((p) => p.name).join(',')}}`;
  return String(schema?.kind);
}

describe('general reader: an undocumented response body whose samples show one documented type', () => {
  const doc = generate(SHELVES);
  const response = (method: string, route: string) => {
    const op = doc.operations.find((o) => o.method === method && o.path === route);
    return typeOf(op?.responses[0]?.content[0]?.schema);
  };

  it('should type the body by the one type whose fields the sample shows, a list of it for a list', () => {
    expect(response('get', '/api/v2/shelves/{id}')).toBe('Shelf');
    expect(response('get', '/api/v2/shelves')).toBe('Shelf[]');
  });

  it('should leave a sample inferred that shows a key the type lacks, fits two types, or lacks a required field', () => {
    expect(response('put', '/api/v2/shelves/{id}')).toBe('{id,code,capacity,room,status,checked_by}');
    // A `_links` that is no object is no HAL link object: a key the type lacks.
    expect(response('delete', '/api/v2/shelves/{id}')).toBe('{id,code,capacity,room,status,_links}');
    expect(response('get', '/api/v2/rooms/{id}/first')).toBe('{id,code,capacity,room,label}');
    expect(response('get', '/api/v2/drafts/{id}')).toBe('{id,capacity,room,status,position}');
  });

  it("should type a body showing HAL's `_links` / `_embedded` beside the type's fields as the type and those members, as the sample shows them", () => {
    expect(response('post', '/api/v2/shelves')).toBe('Shelf&{_links}');
    expect(response('get', '/api/v2/rooms/{id}/shelves')).toBe('Shelf&{_links,_embedded}[]');
    const create = doc.operations.find((o) => o.method === 'post' && o.path === '/api/v2/shelves')?.responses[0]?.content[0];
    const links = create?.schema?.kind === 'intersection' ? create.schema.parts[1] : undefined;
    // What the sample shows of them, inferred; never required, and the sample kept whole.
    expect(links).toMatchObject({
      kind: 'object',
      properties: [
        { name: '_links', required: false, schema: { kind: 'object', properties: [{ name: 'self', schema: { kind: 'string' } }] } },
      ],
      inferred: { from: [{ file: expect.any(String) }] },
    });
    expect(create?.examples[0]?.value).toMatchObject({ _links: { self: 'https://example.com/api/v2/shelves/8' } });
    // The type is no wider for them: its own fields only.
    expect(doc.schemas.find((s) => s.name === 'Shelf')?.schema).not.toMatchObject({
      properties: expect.arrayContaining([expect.objectContaining({ name: '_links' })]),
    });
  });
});
