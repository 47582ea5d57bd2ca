/**
 * A parameter row naming the API version the route writes as a literal segment (Shopify's REST
 * admin reference: `api_version` *required* beside `GET /admin/api/2024-01/shelves.json`): that
 * segment, no query parameter nor body field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/route-versions', name), 'utf8');

describe('general reader: an `api_version` row beside a route that writes its version', () => {
  const seeds = readGeneral(fixture('seeds.md'));

  it('should read no query parameter of it', () => {
    expect(parameterNames(operation(seeds, 'GET /admin/api/2023-10/seeds.json'))).toEqual(['query:limit', 'query:variety']);
    expect(parameterNames(operation(seeds, 'GET /admin/api/2023-10/seeds/{seed_id}.json'))).toEqual(['path:seed_id*']);
  });

  it('should read no body field of it, the body the sample shows', () => {
    const create = operation(seeds, 'POST /admin/api/2023-10/seeds.json');
    expect(bodySchema(create)).toEqual({ kind: 'unknown' });
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ seed: { variety: 'Runner bean', count: 40 } });
    expect(seeds.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should keep an `api_version` row where the route writes no version', () => {
    const read = readGeneral(
      '## Shelves\n\n`GET /shelves`\n\n| Parameter | Description |\n| --- | --- |\n| `api_version` | The API version. |\n',
    );
    expect(parameterNames(operation(read, 'GET /shelves'))).toEqual(['query:api_version']);
  });
});
