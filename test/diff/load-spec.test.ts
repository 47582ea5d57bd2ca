import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DiffInputError, diffSpecs } from '../../src/diff/index.js';
import { loadDiagnostics, loadSpec } from '../../src/diff/load-spec.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'specdown-diff-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('loadSpec and diffSpecs on files', () => {
  it('should resolve $refs across files, with cycles, and find changes in the referenced file', async () => {
    const dir = path.join(tmp, 'split');
    cpSync(path.join(here, 'load'), dir, { recursive: true });
    const base = path.join(dir, 'main.yaml');
    const revDir = path.join(tmp, 'split-rev');
    cpSync(path.join(here, 'load'), revDir, { recursive: true });
    write(
      'split-rev/schemas/pet.yaml',
      `Pet:\n  type: object\n  properties:\n    name:\n      type: integer\n    owner:\n      $ref: '#/Owner'\nOwner:\n  type: object\n  properties:\n    pets:\n      type: array\n      items:\n        $ref: '#/Pet'\n`,
    );
    const result = await diffSpecs({ kind: 'file', path: base }, { kind: 'file', path: path.join(revDir, 'main.yaml') });
    expect(result.diagnostics).toEqual([]);
    expect(result.changes.map((c) => c.message)).toEqual(['type of response property `Pet.name` changed from `string` to `integer`']);
    expect(result.changes[0]).toMatchObject({ component: 'Pet', path: 'schemas/pet.yaml#/Pet/properties/name' });
    const loc = result.changes[0]!.location!;
    expect(loc.base).toMatchObject({ file: path.join(dir, 'schemas/pet.yaml'), line: 4, column: 5, pointer: '/Pet/properties/name' });
    expect(loc.revision).toMatchObject({ file: path.join(revDir, 'schemas/pet.yaml'), line: 4, column: 5 });
  });

  it('should report nothing for a split spec compared with itself', async () => {
    const main = path.join(here, 'load/main.yaml');
    expect((await diffSpecs({ kind: 'file', path: main }, { kind: 'file', path: main })).changes).toEqual([]);
  });

  it('should read a spec that fails strict validation with a warning, not a crash', async () => {
    const lax = write(
      'lax.yaml',
      'info: {title: x}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          content:\n            application/json:\n              schema: {type: string}\n      x-foo: [1, 2]\n      weird: true\n',
    );
    const dangling = write(
      'dangling.yaml',
      'openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          content:\n            application/json:\n              schema: {$ref: "#/components/schemas/Nope"}\n',
    );
    const result = await diffSpecs({ kind: 'file', path: lax }, { kind: 'file', path: dangling });
    expect(result.changes.map((c) => c.id)).toEqual(['response-property-type-changed']);
    expect(result.diagnostics).toEqual([
      `${lax}: no \`openapi\` version field; read as OpenAPI 3`,
      `${dangling}: dangling.yaml:9:24 The $ref "#/components/schemas/Nope" does not resolve: dangling.yaml has nothing at "/components/schemas/Nope".`,
    ]);
  });

  it('should warn about a $ref file that cannot be read and go on', async () => {
    const file = write(
      'missing-ref.yaml',
      'openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          content:\n            application/json:\n              schema: {$ref: "nowhere.yaml#/X"}\n',
    );
    const result = await diffSpecs({ kind: 'file', path: file }, { kind: 'file', path: file });
    expect(result.changes).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.stringMatching(new RegExp(`^${file}: missing-ref.yaml:9:24 Could not read the \\$ref target nowhere.yaml: ENOENT`)),
    ]);
  });

  it('should throw a DiffInputError for a missing file or a document that is not a mapping', async () => {
    await expect(loadSpec({ kind: 'file', path: path.join(tmp, 'absent.yaml') })).rejects.toThrow(DiffInputError);
    await expect(loadSpec({ kind: 'file', path: write('list.yaml', '- a\n- b\n') })).rejects.toThrow(/is not an OpenAPI document/);
    await expect(loadSpec({ kind: 'text', text: '{ "a": ', label: 'broken.json' })).rejects.toThrow(DiffInputError);
  });

  it('should say where a spec that does not parse stops making sense (file:line:column)', async () => {
    const whole = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: {} } } }, null, 2);
    const truncated = write('truncated.json', whole.slice(0, whole.indexOf('"paths"') + 12));
    const error = await loadSpec({ kind: 'file', path: truncated }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DiffInputError);
    expect((error as Error).message).toMatch(new RegExp(`^${truncated}:\\d+:\\d+ Not valid YAML/JSON: \\S`));
    const deep = write('deep.json', `{"openapi": "3.0.3", "x-deep": ${'['.repeat(300)}${']'.repeat(300)}}`);
    await expect(loadSpec({ kind: 'file', path: deep })).rejects.toThrow(
      `${deep}:1:1 The document nests deeper than 256 levels; it was not read.`,
    );
  });

  it('should read JSON input with JSON.parse and give line and column for changes', async () => {
    const doc = (t: string) =>
      JSON.stringify(
        {
          openapi: '3.0.3',
          info: { title: 't', version: '1' },
          paths: {
            '/a': { get: { parameters: [{ name: 'q', in: 'query', schema: { type: t } }], responses: { '200': { description: 'ok' } } } },
          },
        },
        null,
        2,
      );
    const a = write('a.json', doc('string'));
    const b = write('b.json', doc('integer'));
    const result = await diffSpecs({ kind: 'file', path: a }, { kind: 'file', path: b });
    expect(result.changes.map((c) => c.id)).toEqual(['request-parameter-type-changed']);
    // The parameter's "schema" key: line 14, column 13 of the pretty-printed JSON.
    expect(result.changes[0]!.location).toEqual({
      base: { file: a, line: 14, column: 13, pointer: '/paths/~1a/get/parameters/0/schema' },
      revision: { file: b, line: 14, column: 13, pointer: '/paths/~1a/get/parameters/0/schema' },
    });
  });

  it('should read duplicate keys leniently (the last wins) rather than fail', async () => {
    const file = write(
      'dup.yaml',
      'openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: x}\n        "200": {description: y}\n',
    );
    const spec = await loadSpec({ kind: 'file', path: file });
    expect(loadDiagnostics(spec)).toEqual([]);
    expect(spec.view).toMatchObject({ paths: { '/a': { get: { responses: { '200': { description: 'y' } } } } } });
  });
});

describe('YAML aliases', () => {
  it('should survive a value made cyclic by an alias', async () => {
    const text =
      'openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          content:\n            application/json:\n              schema: &s\n                type: object\n                properties:\n                  self: *s\n';
    const other = text.replace('type: object', 'type: object\n                description: changed');
    const result = await diffSpecs({ kind: 'text', text, label: 'a.yaml' }, { kind: 'text', text: other, label: 'b.yaml' });
    expect(result.changes).toEqual([]);
  });
});

describe('loadSpec and diffSpecs on saved viewer pages', () => {
  const viewers = path.join(here, '../import/openapi/fixtures/viewers');

  it('should read the document a page embeds: a page against its .json, and two viewers of one spec, are no change', async () => {
    const json = { kind: 'file' as const, path: path.join(viewers, 'keepers.json') };
    for (const page of ['swagger-ui.html', 'redoc-bundle.html', 'scalar.html', 'stoplight-elements.html']) {
      const result = await diffSpecs({ kind: 'file', path: path.join(viewers, page) }, json);
      expect(result.changes, page).toEqual([]);
    }
  });

  it("should find a change inside a page's document and place it at the page's line and column", async () => {
    const base = path.join(viewers, 'swagger-ui.html');
    const text = (await import('node:fs')).readFileSync(base, 'utf8');
    const revision = write('viewer/swagger-ui.html', text.replace('"operationId": "addLogEntry"', '"operationId": "writeLogEntry"'));
    const result = await diffSpecs({ kind: 'file', path: base }, { kind: 'file', path: revision });
    expect(result.changes.map((change) => change.id)).toEqual(['operation-id-changed']);
    const lines = text.split('\n');
    // The operation's place: its `"post"` key, in the page.
    const line = lines.findIndex((l) => l.includes('"post": {')) + 1;
    expect(result.changes[0]!.location!.revision).toMatchObject({ file: revision, line });
  });

  it('should say why a page holding no document cannot be diffed', async () => {
    const remote = write('viewer/remote.html', "<script>SwaggerUIBundle({ url: 'https://tides.example/openapi.json' });</script>\n");
    await expect(loadSpec({ kind: 'file', path: remote })).rejects.toThrow(
      new DiffInputError(
        `${remote}:1:32 This Swagger UI page loads its spec from https://tides.example/openapi.json; specdown fetches nothing: download the spec into the input to read it.`,
      ),
    );
    write('viewer/tides.json', '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{}}');
    const local = write('viewer/local.html', '<redoc spec-url="tides.json"></redoc>\n');
    await expect(loadSpec({ kind: 'file', path: local })).rejects.toThrow(
      /local\.html is a viewer page that loads its spec from .*tides\.json: diff that file$/,
    );
  });
});
