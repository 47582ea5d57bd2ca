import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { generate } from '../../../src/run/generate.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { FIXTURES, importTexts } from './helpers.js';

const VIEWERS = path.join(FIXTURES, 'viewers');
const tempDir = useTempDir();

const outputsOf = (result: { outputs: Array<{ path: string; contents: string }> }) =>
  Object.fromEntries(result.outputs.map((output) => [output.path, output.contents]));

/** A Redoc bundle's script holding `document` (its text), which starts mid-line on line 3. */
const redocPage = (document: string) =>
  `<html><body><div>rendered operations</div>\n<script>\n  const __redoc_state = {"menu":{},"spec":{"data":${document}},"options":{}};\n</script></body></html>\n`;

describe('saved viewer pages that embed their OpenAPI document', () => {
  it.each(['redoc-bundle.html', 'scalar.html', 'swagger-ui.html', 'stoplight-elements.html'])(
    'should generate from %s what the same document gives as a .json file',
    async (page) => {
      const fromJson = await generate({ input: path.join(VIEWERS, 'keepers.json') });
      const fromPage = await generate({ input: path.join(VIEWERS, page) });
      expect(fromPage.diagnostics).toEqual([]);
      expect(fromPage.document.operations.map((operation) => operation.operationId)).toEqual(['getLighthouse', 'addLogEntry']);
      expect(outputsOf(fromPage)).toEqual(outputsOf(fromJson));
      expect(fromPage.files).toEqual([{ file: page, reader: 'openapi', reason: 'an OpenAPI/Swagger document', operations: 2 }]);
    },
  );

  it("should read a Redoc bundle's document once, not also its rendered operations as a docs page", async () => {
    const dir = tempDir();
    cpSync(path.join(VIEWERS, 'redoc-bundle.html'), path.join(dir, 'index.html'));
    const result = await generate({ input: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.document.operations).toHaveLength(2);
    expect(result.files.map((file) => file.reader)).toEqual(['openapi']);
  });

  it('should place diagnostics from inside the document in the page, at line and column', async () => {
    const document =
      '{"openapi":"3.0.0","info":{"title":"Tides","version":"1"},\n' +
      '"paths":{"/tides":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Tide"}}}}}}}}}';
    const { lines } = await importTexts({ 'tides.html': redocPage(document) });
    const column = document.split('\n')[1]!.indexOf('"$ref"') + 1;
    expect(lines).toEqual([
      `tides.html:4:${column} error The $ref "#/components/schemas/Tide" does not resolve: tides.html has nothing at "/components/schemas/Tide". (ref-not-found)`,
    ]);
    // On line 3, where the document starts mid-line (after `"data":`): an unknown type.
    const typed = redocPage(
      '{"openapi":"3.0.0","info":{"title":"Tides","version":"1"},"paths":{},"components":{"schemas":{"Tide":{"type":"wave"}}}}',
    );
    const { lines: typedLines } = await importTexts({ 'tides.html': typed });
    const typeColumn = typed.split('\n')[2]!.indexOf('"type":"wave"') + 1;
    expect(typedLines).toEqual([`tides.html:3:${typeColumn} error Unknown schema type "wave"; read as unknown. (spec-invalid)`]);
  });

  it("should place the entities-decoded document of an attribute at the value's start", async () => {
    const document = '{"openapi":"3.0.0","info":{"title":"Tides","version":"1"},"paths":{"/t":{"$ref":"#/nowhere"}}}';
    const page = `<body>\n<elements-api\n  apiDescriptionDocument="${document.replaceAll('"', '&quot;')}" />\n</body>\n`;
    const { lines } = await importTexts({ 'tides.html': page });
    // The HTML parser decodes the entities and keeps no map from decoded to written characters:
    // everything in the value is placed at its start (its `{`), as for a string literal's escapes.
    const column = page.split('\n')[2]!.indexOf('{&quot;openapi') + 1;
    expect(lines).toEqual([
      `tides.html:3:${column} error The $ref "#/nowhere" does not resolve: tides.html has nothing at "/nowhere". (ref-not-found)`,
    ]);
  });

  it("should read a document given as a string (Scalar's content), placing everything in it at the string's start", async () => {
    const yaml = 'openapi: 3.1.0\ninfo: {title: Tides, version: "1"}\npaths:\n  /t: {$ref: "#/nowhere"}\n';
    const page = `<body>\n<script id="api-reference" data-configuration='{"spec":{"content":${JSON.stringify(yaml)}}}'></script>\n`;
    const { spec, lines } = await importTexts({ 'tides.html': page });
    expect(spec?.info.title).toBe('Tides');
    const column = page.split('\n')[1]!.indexOf('"openapi: ') + 1;
    expect(lines).toEqual([
      `tides.html:2:${column} error The $ref "#/nowhere" does not resolve: tides.html has nothing at "/nowhere". (ref-not-found)`,
    ]);
  });

  it('should report truncated JSON in the script where it breaks, as for a .json file, and not crash', async () => {
    const broken =
      '{"openapi":"3.0.0","info":{"title":"Tides","version":"1"},\n"paths":{"/t":{"get":{"responses":{"200":{"description":"ok",}';
    const page = `<html>\n<script id="api-reference" type="application/json">\n${broken}\n</script></html>\n`;
    const fromPage = await importTexts({ 'tides.html': page });
    const fromJson = await importTexts({ 'tides.json': broken });
    expect(fromPage.spec).toBeUndefined();
    expect(fromPage.lines.length).toBeGreaterThan(0);
    // The same messages, two lines further down (the page's first two lines).
    expect(fromPage.lines).toEqual(
      fromJson.lines.map((line) => line.replace(/^tides\.json:(\d+):/, (_, n: string) => `tides.html:${Number(n) + 2}:`)),
    );
  });

  it('should read a `<\\/script>` escape and a __proto__ key as JSON does', async () => {
    const document =
      '{"openapi":"3.1.0","info":{"title":"<\\/script>","version":"1"},"paths":{},"components":{"schemas":{"__proto__":{"type":"string"},"Tide":{"type":"object","properties":{"__proto__":{"type":"integer"}}}}}}';
    const { spec, lines } = await importTexts({ 'tides.html': redocPage(document) });
    expect(lines).toEqual([]);
    expect(spec?.info.title).toBe('</script>');
    expect(spec?.fragment.schemas.map((schema) => schema.name).sort()).toEqual(['Tide', '__proto__']);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('should read the first of two documents and report the second', async () => {
    const first = '{"openapi":"3.1.0","info":{"title":"Tides","version":"1"},"paths":{}}';
    const page = `<script id="api-reference" type="application/json">${first}</script>\n<script>SwaggerUIBundle({ spec: ${first.replace('Tides', 'Currents')} })</script>\n`;
    const { spec, lines } = await importTexts({ 'tides.html': page });
    expect(spec?.info.title).toBe('Tides');
    const column = page.split('\n')[1]!.indexOf('{"openapi"') + 1;
    expect(lines).toEqual([
      `tides.html:2:${column} warning A second OpenAPI document on this page (Swagger UI); only the first, at line 1, was read (save this one as a .json or .yaml file in the input to read it too). (viewer-spec-unread)`,
    ]);
  });

  it('should report a spec written as JavaScript, not JSON, at its place and read nothing', async () => {
    const page =
      "<script>\nSwaggerUIBundle({\n  spec: { openapi: '3.0.0' },\n  dom_id: '#ui',\n});\nSwaggerUIBundle({ spec: tidesSpec });\n</script>\n";
    const { spec, lines } = await importTexts({ 'tides.html': page });
    expect(spec).toBeUndefined();
    // The first at the JSON parser's position in it: `o` of `openapi`, the property name it wanted quoted.
    expect(lines).toEqual([
      "tides.html:6:25 error Swagger UI's spec here is `tidesSpec`, not a JSON literal; it was not read (save the spec as a .json or .yaml file in the input). (spec-invalid)",
      expect.stringMatching(
        /^tides\.html:3:11 error Swagger UI's spec here is a JavaScript value that is not a JSON literal \(.*\); it was not read/,
      ),
    ]);
  });

  it('should hold an embedded document to the spec size limit', async () => {
    const dir = tempDir();
    const document = `{"openapi":"3.1.0","info":{"title":"${'T'.repeat(5000)}","version":"1"},"paths":{}}`;
    writeFileSync(path.join(dir, 'tides.html'), redocPage(document));
    const result = await generate({ input: dir, limits: { specSize: 4096 } });
    expect(result.diagnostics.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(
        /^tides\.html:3:\d+ error The OpenAPI document this page embeds \(Redoc\) is \d+ characters, over the limit of 4096/,
      ),
    );
  });

  it('should read a viewer page larger than the page size limit (up to the spec size limit), and no other page', async () => {
    const dir = tempDir();
    const padding = `<!-- ${'x'.repeat(3000)} -->\n`;
    writeFileSync(path.join(dir, 'bundle.html'), padding + readFileSync(path.join(VIEWERS, 'redoc-bundle.html'), 'utf8'));
    writeFileSync(path.join(dir, 'page.html'), `${padding}<h1>GET /x</h1>`);
    const result = await generate({ input: dir, limits: { pageSize: 2048 } });
    expect(result.document.operations).toHaveLength(2);
    expect(result.diagnostics.map((d) => `${d.source.file} ${d.code}`)).toEqual(['page.html input-too-large']);
  });
});

describe('saved viewer pages that load their spec from a URL', () => {
  it('should say the spec was not fetched, naming the URL, instead of not-an-endpoint; alone, no operations is an error', async () => {
    const dir = tempDir();
    const page = "<body>\n<script>\n  SwaggerUIBundle({ url: 'https://tides.example/openapi.json', dom_id: '#ui' });\n</script>\n</body>\n";
    writeFileSync(path.join(dir, 'index.html'), page);
    const result = await generate({ input: dir });
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/:1:1 error no operation found in 1 file \(1 by unread\)/),
      'index.html:3:26 warning This Swagger UI page loads its spec from https://tides.example/openapi.json; specdown fetches nothing: download the spec into the input to read it. (viewer-spec-unread)',
    ]);
  });

  it('should say so for a relative URL not in the input, and nothing once the spec is there (with the cache too)', async () => {
    const dir = tempDir();
    const cache = path.join(tempDir(), 'cache');
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/index.html'), '<redoc spec-url="../specs/tides.json"></redoc>\n<script src="redoc.js"></script>\n');
    const before = await generate({ input: dir, cache, allowEmpty: true });
    expect(before.diagnostics.map(formatDiagnostic)).toContainEqual(
      'docs/index.html:1:18 warning This Redoc page loads its spec from ../specs/tides.json, which is not in the input: put the spec there (beside the page) to read it. (viewer-spec-unread)',
    );
    mkdirSync(path.join(dir, 'specs'));
    cpSync(path.join(VIEWERS, 'keepers.json'), path.join(dir, 'specs/tides.json'));
    const after = await generate({ input: dir, cache, allowEmpty: true });
    expect(after.diagnostics).toEqual([]);
    expect(after.document.operations).toHaveLength(2);
  });
});

describe('pages written by hand around a viewer that loads its spec by URL', () => {
  const tryIt = (url: string) => `<div id="try"></div>\n<script>SwaggerUIBundle({ url: '${url}', dom_id: '#try' });</script>\n`;

  it("should read the page's own operations, and say nothing of the viewer's URL", async () => {
    const dir = tempDir();
    const page = [
      '<h1>Tides API</h1>',
      '<h2>GET /tides/{portId}</h2>',
      '<p>The tides at a port.</p>',
      '<h3>Path parameters</h3>',
      '<table><tr><th>Name</th><th>Type</th><th>Description</th></tr><tr><td>portId</td><td>integer</td><td>The port.</td></tr></table>',
      '<h2>Try it</h2>',
      tryIt('https://tides.example/openapi.json'),
    ].join('\n');
    writeFileSync(path.join(dir, 'tides.html'), page);
    const result = await generate({ input: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.document.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(['get /tides/{portId}']);
    expect(result.document.operations[0]!.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['path:portId']);
    expect(result.files).toEqual([expect.objectContaining({ file: 'tides.html', operations: 1 })]);
  });

  it('should say where the spec is when the own text documents no operation: a web URL a warning, a relative one an info', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'remote.html'),
      `<h1>Tides API</h1>\n<p>Try the API below.</p>\n${tryIt('https://tides.example/openapi.json')}`,
    );
    writeFileSync(path.join(dir, 'local.html'), `<h1>Tides API</h1>\n<p>Try the API below.</p>\n${tryIt('openapi.json')}`);
    const result = await generate({ input: dir, allowEmpty: true });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'local.html:1:1 info the page documents no operation (no request line); skipped (not-an-endpoint)',
      "local.html:4:32 info This page's Swagger UI loads its spec from openapi.json; that file is read as a spec of its own where it is in the input (the page's own text documents no operation). (viewer-spec-unread)",
      'remote.html:1:1 info the page documents no operation (no request line); skipped (not-an-endpoint)',
      'remote.html:4:32 warning This Swagger UI page loads its spec from https://tides.example/openapi.json; specdown fetches nothing: download the spec into the input to read it. (viewer-spec-unread)',
    ]);
  });
});

describe('a warm run over a viewer page', () => {
  it('should give the same outputs and diagnostics from the cache, and see a changed page', async () => {
    const dir = tempDir();
    const cache = path.join(tempDir(), 'cache');
    cpSync(path.join(VIEWERS, 'scalar.html'), path.join(dir, 'scalar.html'));
    const cold = await generate({ input: dir, cache });
    const warm = await generate({ input: dir, cache });
    expect(warm.stats.reusedRun).toBe(true);
    expect(outputsOf(warm)).toEqual(outputsOf(cold));
    const page = readFileSync(path.join(dir, 'scalar.html'), 'utf8');
    writeFileSync(path.join(dir, 'scalar.html'), page.replace('"Get a lighthouse"', '"Get one lighthouse"'));
    const changed = await generate({ input: dir, cache });
    expect(changed.outputs.find((output) => output.path === 'openapi.json')?.contents).toContain('Get one lighthouse');
  });
});
