/**
 * A markdown page whose operations are OpenAPI fragments in ```` ```openapi ```` fences (a `paths:`
 * map each, beside prose and examples) is read as the one document its fences make together; a
 * `yaml` fence showing how to write a spec stays an example. The pages are ours.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { generate } from '../../../src/run/generate.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/openapi-fences');
const tempDir = useTempDir();

/** A folder holding only `pages` of the fixtures. */
function inputOf(...pages: string[]): string {
  const dir = path.join(tempDir(), 'docs');
  mkdirSync(dir);
  for (const page of pages) cpSync(path.join(FIXTURES, page), path.join(dir, page));
  return dir;
}

describe('general reader: OpenAPI fragments in openapi fences', () => {
  it("should read each fence's operations, two fences of one path joined, with their parameters, bodies and responses", async () => {
    const result = await generate({ input: inputOf('gardens.md') });
    expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(result.files).toEqual([{ file: 'gardens.md', reader: 'openapi', reason: 'an OpenAPI/Swagger document', operations: 3 }]);
    const spec = JSON.parse(result.outputs.find((output) => output.path.endsWith('openapi.json'))!.contents);
    expect(Object.keys(spec.paths)).toEqual(['/greenhouses/{greenhouse}/gardens', '/greenhouses/{greenhouse}/gardens/{garden}/water']);
    const gardens = spec.paths['/greenhouses/{greenhouse}/gardens'];
    expect(Object.keys(gardens)).toEqual(['get', 'post']);
    expect(
      gardens.get.parameters.map((p: { name: string; in: string; required?: boolean }) => `${p.in} ${p.name}${p.required ? '*' : ''}`),
    ).toEqual(['path greenhouse*', 'query sunny']);
    expect(gardens.get.responses['200'].content['application/json'].schema.items.required).toEqual(['name']);
    const body = gardens.post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(['name', 'soil']);
    expect(body.properties.soil.enum).toEqual(['clay', 'sand', 'loam']);
    expect(Object.keys(gardens.post.responses)).toEqual(['201']);
    expect(Object.keys(spec.paths['/greenhouses/{greenhouse}/gardens/{garden}/water'].put.responses)).toEqual(['204']);
  });

  it('should place what it reports at the line of the page, and keep the first of a method given twice', async () => {
    const result = await generate({ input: inputOf('twice.md') });
    expect(result.document.operations.map((operation) => operation.operationId)).toEqual(['pruneHedge']);
    const twice = result.diagnostics.filter((d) => d.code === 'spec-invalid').map((d) => formatDiagnostic(d));
    expect(twice).toEqual([
      'twice.md:18:5 warning `patch` of /hedges/{hedge} is given a second time on this page; only the first, at line 6, was read. (spec-invalid)',
    ]);
  });

  it('should leave a yaml fence of paths an example: the page stays docs', async () => {
    const result = await generate({ input: inputOf('gardens.md', 'writing-specs.md') });
    expect(result.files.map((file) => `${file.file} ${file.reader} ${file.operations}`)).toEqual([
      'gardens.md openapi 3',
      'writing-specs.md markdown 0',
    ]);
    expect(result.document.operations.map((operation) => operation.path)).not.toContain('/sheds');
  });
});
