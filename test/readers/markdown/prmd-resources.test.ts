/**
 * prmd's markdown (Heroku's platform API reference, and APIs documented with prmd): a resource's
 * heading (`## Shelf`), its `### Attributes` table before its first operation, then its links,
 * each titled by the resource and the link (`### Shelf Info`), with a `#### Curl Example` and a
 * `#### Response Example`. The table is the resource's type; the standard links (Create, Info,
 * List, Update, Delete) answer with it, where their samples fit it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral, strip } from './helpers.js';

const text = () => readFileSync(path.join(import.meta.dirname, 'fixtures/prmd/shelf.md'), 'utf8');

function merged(page: string) {
  const read = readGeneral(page, 'docs/shelf.md');
  return { read, doc: mergeFragments([read.fragment!], new DiagnosticBag(), { version: '1' }) };
}

const success = (op: Operation | undefined): Schema | undefined =>
  strip(op?.responses.find((response) => response.status.startsWith('2'))?.content[0]?.schema);

describe('general reader: prmd’s resource pages', () => {
  it('should read the Attributes table before the first operation as the type named by the resource’s heading', () => {
    const { read, doc } = merged(text());
    expect(read.routes).toEqual(['POST /shelves', 'GET /shelves/{shelf_id_or_name}', 'GET /shelves', 'DELETE /shelves/{shelf_id_or_name}']);
    const shelf = doc.schemas.find((schema) => schema.name === 'Shelf')?.schema;
    expect(shelf?.kind === 'object' ? shelf.properties.map((p) => `${p.name}:${p.schema.kind}`) : shelf).toEqual([
      'created_at:string',
      'id:string',
      'name:string',
      'floor:integer',
    ]);
  });

  it('should type the Create, Info and List answers by the resource where their samples fit it, and leave a 204 bodiless', () => {
    const { doc } = merged(text());
    const op = (method: string, route: string) => doc.operations.find((o) => o.method === method && o.path === route);
    expect(success(op('post', '/shelves'))).toMatchObject({ kind: 'ref', name: 'Shelf' });
    expect(success(op('get', '/shelves/{shelf_id_or_name}'))).toMatchObject({ kind: 'ref', name: 'Shelf' });
    expect(success(op('get', '/shelves'))).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Shelf' } });
    const remove = op('delete', '/shelves/{shelf_id_or_name}');
    expect(remove?.responses.map((response) => [response.status, response.content.length])).toEqual([['204', 0]]);
  });

  it('should leave an answer inferred whose sample shows a field the resource does not have', () => {
    const page = text().replace(
      '  "name": "poetry",\n  "floor": 2\n}\n```\n\n### Shelf List',
      '  "name": "poetry",\n  "books": 12\n}\n```\n\n### Shelf List',
    );
    const { doc } = merged(page);
    const info = success(doc.operations.find((o) => o.method === 'get' && o.path === '/shelves/{shelf_id_or_name}'));
    expect(info?.kind).toBe('object');
  });
});
