/**
 * MDX pages whose front matter names an operation of an OpenAPI spec (Mintlify's `openapi: GET
 * /users/{id}`, `openapi: orchard.yaml DELETE /users/{id}`): where the input lacks the spec, a
 * `spec-operation-absent` warning at the line, and only what the page states; where it holds it,
 * the spec's operation and the page's are one.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/run/generate.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const FIXTURES = path.join(import.meta.dirname, 'fixtures/spec-references');

function docs(files: string[], edit: (file: string, text: string) => string = (_file, text) => text): string {
  const dir = tempDir();
  for (const file of files) writeFileSync(path.join(dir, file), edit(file, readFileSync(path.join(FIXTURES, file), 'utf8')));
  return dir;
}

const absent = (run: Awaited<ReturnType<typeof generate>>) =>
  run.diagnostics
    .filter((d) => d.code === 'spec-operation-absent')
    .map((d) => `${d.source.file}:${d.source.start.line}:${d.source.start.column} ${d.message.split(':')[0]}`);

describe('merge: front matter naming an operation of an OpenAPI spec', () => {
  it('should warn at the line where the input holds no such spec, and read only what the page states', async () => {
    const run = await generate({ input: docs(['get-user.mdx', 'delete-user.mdx']) });
    expect(absent(run)).toEqual([
      'delete-user.mdx:3:1 the front matter names DELETE /users/{id} of an OpenAPI spec, but `orchard.yaml` is not in the input',
      'get-user.mdx:3:1 the front matter names GET /users/{id} of an OpenAPI spec, but no OpenAPI spec is in the input',
    ]);
    const get = run.document.operations.find((op) => op.method === 'get');
    // The route's placeholder, and nothing the spec would hold: no body, no response.
    expect(get?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id']);
    expect(get?.responses).toEqual([]);
    const remove = run.document.operations.find((op) => op.method === 'delete');
    expect(remove?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:hard', 'path:id']);
    expect(run.failed).toBe(false);
  });

  it('should merge the page with the operation of the spec the input holds, once, and warn of none', async () => {
    const dir = docs(['get-user.mdx', 'delete-user.mdx'], (_file, text) => text.replace('orchard.yaml', 'openapi.json'));
    copyFileSync(path.join(FIXTURES, 'openapi.json'), path.join(dir, 'openapi.json'));
    const run = await generate({ input: dir });
    expect(absent(run)).toEqual([]);
    expect(run.document.operations.map((op) => `${op.method} ${op.path}`)).toEqual(['get /users/{id}', 'delete /users/{id}']);
    const remove = run.document.operations.find((op) => op.method === 'delete');
    expect(remove?.responses.map((r) => r.status)).toEqual(['204']);
    expect(remove?.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:id', 'query:hard']);
  });

  it('should warn where the named spec is in the input but documents no such operation', async () => {
    const dir = docs(['get-user.mdx', 'delete-user.mdx'], (_file, text) =>
      text.replace('orchard.yaml delete /users/{id}', 'openapi.json delete /users/{id}/avatar'),
    );
    copyFileSync(path.join(FIXTURES, 'openapi.json'), path.join(dir, 'openapi.json'));
    const run = await generate({ input: dir });
    expect(absent(run)).toEqual([
      'delete-user.mdx:3:1 the front matter names DELETE /users/{id}/avatar of an OpenAPI spec, but `openapi.json` documents no such operation',
    ]);
  });
});
