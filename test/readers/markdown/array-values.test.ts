/**
 * The values a description states for an array of strings (Sentry's `` `expand` (array) — … Possible
 * values: `planters`, `owner`. ``, GitLab's `array of strings` rows): the values its items take. An
 * array of numbers, or a description that lists none, keeps its items as they are. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/array-values/gardens.md'), 'utf8'), 'api/gardens.md');
const enumOf = (...values: string[]) => ({ kind: 'enum', base: 'string', values: values.map((value) => ({ value })) });

describe('general reader: values stated for an array’s items', () => {
  it('should read the values a query array’s description lists as its items’ values', () => {
    const get = operation(read, 'GET /api/0/gardens/{garden_slug}');
    expect(strip(Object.fromEntries(get.parameters.map((p) => [p.name, p.schema])))).toEqual({
      garden_slug: { kind: 'string' },
      expand: { kind: 'array', items: enumOf('planters', 'owner') },
      tags: { kind: 'array', items: { kind: 'string' } },
    });
  });

  it('should read them for a body field’s array of strings, and not for an array of integers', () => {
    const body = bodySchema(operation(read, 'PUT /api/0/gardens/{garden_slug}'));
    const schemas = body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
    expect(schemas).toEqual({
      soils: { kind: 'array', items: enumOf('loam', 'clay', 'sand') },
      beds: { kind: 'array', items: { kind: 'integer' } },
    });
  });
});
