/**
 * Names in name columns are taken literally: `__proto__` is not bold "proto". And the outputs
 * made from such names stay safe: TypeScript and zod compile and agree, zod parses without
 * touching `Object.prototype`, openapi.json holds the name as an own key.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObjectSchema } from '../../src/ir/types.js';
import { generate } from '../../src/run/generate.js';
import { readPage } from '../../src/run/read-page.js';
import { agreementErrors, importSchemas, useScratchDir } from '../emit/shared/generated-project.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const scratch = useScratchDir();

const PAGE = [
  '# POST Thing',
  '',
  '```http',
  'POST /api/Thing',
  '```',
  '',
  '## Query String Parameters',
  '',
  '| Parameter Name | Type | Description |',
  '|----------------|------|-------------|',
  '| \\_\\_filter | string | An escaped name |',
  '',
  '## Request Body: entity',
  '',
  '| Property Name | Type | Description |',
  '|---------------|------|-------------|',
  '| __proto__ | string | Bold in markdown, a name here |',
  '| `__init__` | string | A code span |',
  '| **Label** | string | Bold for show **Required** |',
  '| first\\_name | string | An escaped underscore |',
  '| _id_ | int32 | Italic in markdown, a name here |',
  '| snake_case_name | string | Underscores inside a word |',
  '| constructor | string | A name Object.prototype also has |',
  '',
  '## Response:',
  '',
  '| Response | Description |',
  '|----------|-------------|',
  '| 200 | OK |',
  '',
].join('\n');

const NAMES = ['__proto__', '__init__', 'Label', 'first_name', '_id_', 'snake_case_name', 'constructor'];

describe('name cells', () => {
  it('should read each name as the author meant an identifier', () => {
    const result = readPage({ file: 'post.md', text: PAGE });
    const operation = result.fragment!.operations[0]!;
    expect(operation.parameters.map((p) => p.name)).toEqual(['__filter']);
    const body = operation.requestBody!.content[0]!.schema as ObjectSchema;
    expect(body.properties.map((p) => [p.name, p.required])).toEqual(NAMES.map((name) => [name, name === 'Label']));
  });

  it('should emit such names safely: compiling, agreeing, parsing without touching Object.prototype, own keys in openapi.json', async () => {
    const dir = makeTempDir('specdown-names-');
    writeFileSync(path.join(dir, 'post.md'), PAGE);
    const result = await generate({ input: dir });
    expect(result.failed).toBe(false);
    const files = Object.fromEntries(result.outputs.map((o) => [o.path, o.contents]));
    expect(agreementErrors(scratch(), files['types.ts']!, files['schemas.ts']!)).toEqual([]);
    expect(files['types.ts']).toContain("'__proto__'?: string | undefined;");

    const spec = JSON.parse(files['openapi.json']!);
    const properties = spec.paths['/api/Thing'].post.requestBody.content['application/json'].schema.properties;
    expect(Object.keys(properties)).toEqual(NAMES);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);

    const schemas = await importSchemas(scratch(), files['schemas.ts']!);
    const body = Object.entries(schemas).find(([name]) => /RequestBodySchema$/.test(name))![1];
    const hostile = JSON.parse('{"Label": "l", "__proto__": {"polluted": true}, "constructor": "c"}');
    body.safeParse(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(body.safeParse({ Label: 'l', constructor: 'c' }).success).toBe(true);
    expect(body.safeParse({ __init__: 'i' }).success).toBe(false);
  });
});
