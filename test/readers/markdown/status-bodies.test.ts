/**
 * `### 200 Response` ⏎ `#### Body` (Oracle's REST reference): a `Body` title under a heading that
 * states a response's status is that status's body, not the request's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/status-bodies', name), 'utf8');

describe('general reader: a `Body` title under a status heading', () => {
  const op = operation(readGeneral(fixture('get-crate.md'), 'get-crate.md'), 'GET /crates/{crateId}');
  const fields = (status: string) => {
    const schema = strip(op.responses.find((r) => r.status === status)?.content[0]?.schema);
    return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : schema;
  };

  it("should read the body under `### 200 Response` as the 200's, beside its headers", () => {
    expect(fields('200')).toEqual(['id*', 'weight']);
    expect(op.responses.find((r) => r.status === '200')?.headers?.map((h) => h.name)).toEqual(['etag']);
  });

  it('should read the body under `### Default Response` as the default answer’s, and give the GET no request body', () => {
    expect(fields('default')).toEqual(['code*']);
    expect(op.requestBody).toBeUndefined();
  });
});
