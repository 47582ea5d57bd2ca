/**
 * Conventions of older hand-written references: routes that name the API version they came in
 * (`/api/14/…` beside `/api/1/…`), …
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/legacy-references', name), 'utf8');

describe('general reader: routes that name the API version they came in', () => {
  it('should read a number after /api/ as the version where the page’s routes carry different ones before different routes', () => {
    const read = readGeneral(fixture('since-versions.md'));
    expect(read.routes).toEqual(['GET /api/14/project/{PROJECT}/jobs', 'DELETE /api/1/job/{ID}']);
    expect(parameterNames(operation(read, 'GET /api/14/project/{PROJECT}/jobs'))).toEqual(['query:idlist', 'query:max', 'path:PROJECT*']);
    expect(operation(read, 'DELETE /api/1/job/{ID}').responses.map((r) => r.status)).toEqual(['204']);
  });

  it('should keep another number before the same route a sample', () => {
    const read = readGeneral(
      ['## Get a job', '```\nGET /api/14/job/{id}\n```', '## Example', '```\nGET /api/3/job/{id}\n```'].join('\n\n'),
    );
    expect(read.routes).toEqual([]);
  });
});
