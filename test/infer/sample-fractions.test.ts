/**
 * A sample's `13.0` states a number: JSON.parse makes it the integer 13, so the sample's example
 * keeps where such numbers stand (`fractions`), and inference, which runs at the merge (from the
 * cache's JSON too), types them `number` while `13` stays `integer`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wholeFractions } from '../../src/extract/json-fractions.js';
import { generate } from '../../src/run/generate.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

const PAGE = `# Crates

## Get a crate

\`GET /v1/crates/{crate_id}\`

### Example response

\`\`\`json
{
  "id": "c_1",
  "weight": 13.0,
  "count": 13,
  "price": 4.50,
  "sizes": [1, 2.0],
  "shelf": { "depth": 1.00, "rows": 3, "a/b~c": 7.0 },
  "note": "13.0"
}
\`\`\`

## Get a crate's label

\`GET /v1/labels/{label_id}\`

### Response fields

| Name | Description |
|---|---|
| weight | The crate's weight in kilograms. |
| count | How many crates. |

### Example response

\`\`\`json
{ "weight": 2.0, "count": 2 }
\`\`\`
`;

type Json = Record<string, unknown>;

async function responseSchemas(cache: string | false, input: string): Promise<Json[]> {
  const result = await generate({ input, cache });
  expect(result.failed).toBe(false);
  const openapi = JSON.parse(result.outputs.find((output) => output.path.endsWith('openapi.json'))!.contents) as Json;
  return ['/v1/crates/{crate_id}', '/v1/labels/{label_id}'].map((route) => {
    const responses = ((openapi.paths as Json)[route] as Json).get as Json;
    const [response] = Object.values(responses.responses as Json) as Json[];
    return ((response!.content as Json)['application/json'] as Json).schema as Json;
  });
}

describe('whole numbers written with a fraction in samples', () => {
  it('should find where a JSON text writes a whole number with a fraction, as JSON pointers', () => {
    expect(wholeFractions('{"price": 13.0, "sizes": [1, 2.0], "n": 4, "half": 4.5}')).toEqual(['/price', '/sizes/1']);
    expect(wholeFractions('{"a/b~c": 7.0, "s": "13.0", "e": 2.50e1, "x": [[1.0]]}')).toEqual(['/a~1b~0c', '/e', '/x/0/0']);
    expect(wholeFractions('13.0')).toEqual(['']);
    expect(wholeFractions('{"n": 13, "m": -2e3}')).toEqual([]);
  });

  it('should infer number for a sample value written `13.0`, integer for `13`, in arrays, nested objects and untyped rows, from the cache too', async () => {
    const input = tempDir();
    writeFileSync(path.join(input, 'crates.md'), PAGE);
    const cache = path.join(tempDir(), 'cache');
    for (const run of [false, cache, cache] as const) {
      const [crate, label] = await responseSchemas(run, input);
      const properties = crate!.properties as Record<string, Json>;
      expect(properties.weight).toMatchObject({ type: 'number' });
      expect(properties.count).toMatchObject({ type: 'integer' });
      expect(properties.price).toMatchObject({ type: 'number' });
      expect(properties.sizes).toMatchObject({ type: 'array', items: { type: 'number' } });
      const shelf = properties.shelf!.properties as Record<string, Json>;
      expect(shelf.depth).toMatchObject({ type: 'number' });
      expect(shelf.rows).toMatchObject({ type: 'integer' });
      expect(shelf['a/b~c']).toMatchObject({ type: 'number' });
      expect(properties.note).toMatchObject({ type: 'string' });
      // Rows no type states, typed by the sample's values alone.
      const rows = label!.properties as Record<string, Json>;
      expect(rows.weight).toMatchObject({ type: 'number' });
      expect(rows.count).toMatchObject({ type: 'integer' });
    }
  });
});
