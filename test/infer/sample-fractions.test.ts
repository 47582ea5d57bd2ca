/**
 * A sample's `13.0` states a number: JSON.parse makes it the integer 13, so the sample's example
 * keeps where such numbers stand (`fractions`), and inference, which runs at the merge (from the
 * cache's JSON too), types them `number` while `13` stays `integer`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wholeFractions } from '../../src/extract/json-fractions.js';
import { pseudoSample } from '../../src/readers/markdown/pseudo-json.js';
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

  it('should keep a hand-written sketch’s `13.0` as written (comments, unquoted keys, trailing commas), its other text as JSON.stringify writes it', () => {
    const sketch =
      "{\n  // the price\n  price: 13.0,\n  'count': 13,\n  sizes: [1, 2.0, <integer>],\n  shelf: { depth: 1.00, depth: 2 },\n  note: '13.0',\n}";
    const text = pseudoSample(sketch)!;
    expect(text).toContain('"price": 13.0');
    expect(text).toContain('"note": "13.0"');
    // The placeholder left out, the fraction at its index among the values kept; a key written again its last value.
    expect(wholeFractions(text)).toEqual(['/price', '/sizes/1']);
    expect(JSON.parse(text)).toEqual({ price: 13, count: 13, sizes: [1, 2], shelf: { depth: 2 }, note: '13.0' });
    expect(text.replace(/^(\s*(?:"\w+": )?\d+)\.0(,?)$/gm, '$1$2')).toBe(JSON.stringify(JSON.parse(text), null, 2));
    // No such number: JSON.stringify's text, as before.
    expect(pseudoSample("{ a: 4.5, b: [], c: {}, 'd': 'x', }")).toBe(JSON.stringify({ a: 4.5, b: [], c: {}, d: 'x' }, null, 2));
  });

  it('should infer number for `13.0` in a pseudo-JSON sample and an Example or Default cell’s list, integer for `13`', async () => {
    const input = tempDir();
    const page = [
      '# Jars',
      '## Get a jar',
      '`GET /v1/jars/{jar_id}`',
      '### Example response',
      '```js\n{\n  // Its weight in kilograms\n  weight: 13.0,\n  count: 13,\n  sizes: [2.0, 3.0,],\n}\n```',
      '## Make a jar',
      '`POST /v1/jars`',
      '### Request body',
      '| Key | Example Value | Default | Description |\n|---|---|---|---|\n| price | 13.0 | | The price. |\n| prices | [13.0, 2.5] | | Past prices. |\n| counts | [13, 2] | | Past counts. |\n| lids |  | [1.0, 2.0] | Lid sizes. |',
    ].join('\n\n');
    writeFileSync(path.join(input, 'jars.md'), page);
    const result = await generate({ input, cache: false });
    expect(result.failed).toBe(false);
    const openapi = JSON.parse(result.outputs.find((output) => output.path.endsWith('openapi.json'))!.contents) as Json;
    const paths = openapi.paths as Record<string, Record<string, Json>>;
    const [got] = Object.values(paths['/v1/jars/{jar_id}']!.get!.responses as Json) as Json[];
    const sample = (((got!.content as Json)['application/json'] as Json).schema as Json).properties as Record<string, Json>;
    expect(sample.weight).toMatchObject({ type: 'number' });
    expect(sample.count).toMatchObject({ type: 'integer' });
    expect(sample.sizes).toMatchObject({ type: 'array', items: { type: 'number' } });
    const body = (((paths['/v1/jars']!.post!.requestBody as Json).content as Json)['application/json'] as Json).schema as Json;
    const rows = body.properties as Record<string, Json>;
    expect(rows.price).toMatchObject({ type: 'number' });
    expect(rows.prices).toMatchObject({ type: 'array', items: { type: 'number' } });
    expect(rows.counts).toMatchObject({ type: 'array', items: { type: 'integer' } });
    expect(rows.lids).toMatchObject({ type: 'array', items: { type: 'number' } });
  });
});
