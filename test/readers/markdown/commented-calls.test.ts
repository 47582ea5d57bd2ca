/**
 * A JSON fence whose first line is a comment of the call it shows (`// PATCH /shelves` ⏎ `{…}`):
 * the comment is no part of the JSON, which is read as the fence's alone would be. Before, the
 * sample was not JSON (`invalid-sample`) and no field was read from it. The fixture is a shelf API
 * of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/commented-calls');

describe('general reader: a JSON sample under a comment of its call', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const fields = (schema: Schema | undefined) => (schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind]) : []);
  const find = (method: string, route: string) => run.document.operations.find((o) => o.method === method && o.path === route);

  it('should read the request’s sample under `// PATCH /shelves`', () => {
    expect(run.failed).toBe(false);
    expect(run.diagnostics.filter((d) => d.code === 'invalid-sample')).toEqual([]);
    expect(fields(find('patch', '/shelves')?.requestBody?.content[0]?.schema)).toEqual([
      ['keys', 'array'],
      ['data', 'object'],
    ]);
  });

  it('should read the answer’s sample under `// GET /shelves/4`', () => {
    const answer = find('get', '/shelves/{id}')?.responses.find((r) => r.status.startsWith('2'));
    expect(fields(answer?.content[0]?.schema)).toEqual([
      ['id', 'integer'],
      ['row', 'integer'],
      ['books', 'integer'],
    ]);
  });
});
