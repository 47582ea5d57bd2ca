import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiDocument, Schema } from '../../src/ir/types.js';
import { generate } from '../../src/run/generate.js';
import { useTempDir, writeDocs as writeDocsIn } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

const SHELVES = [
  '# Shelves',
  '## Create a shelf',
  '* Method: `POST`\n* URL: `/shelves`\n* Data:\n\n    See [Shelf data](../objects/shelf-types.md#shelf-data)',
  [
    '* Response:',
    '    - Status code:',
    '        + `201 Created`',
    '    - Data:',
    '',
    '        See [Shelf data](../objects/shelf-types.md#shelf-data)',
  ].join('\n'),
  '## List shelves',
  '* Method: `GET`\n* URL: `/shelves`',
  [
    '* Response:',
    '    - Status code:',
    '        + `200 OK`',
    '    - Data:',
    '',
    '        An array of [Shelf data](../objects/shelf-types.md#shelf-data)',
  ].join('\n'),
  '## Get a librarian',
  '* Method: `GET`\n* URL: `/librarian`',
  ['* Response:', '    - Status code:', '        + `200 OK`', '    - Data:', '', '        See [Librarian](../objects/librarian.md)'].join(
    '\n',
  ),
].join('\n\n');

const SHELF_TYPES = [
  '# Shelf types',
  '## Shelf data',
  '| field | type | Description |\n|---|---|---|\n| `id` | int | ID of the shelf |\n| `label` | string | What the shelf is called |',
  '## Label set',
  '| field | type | Description |\n|---|---|---|\n| `colour` | string | The labels’ colour |',
].join('\n\n');

const LIBRARIAN = [
  '# Librarian',
  'Who looks after the shelves.',
  '| field | type | Description |\n|---|---|---|\n| `name` | string | Their name |',
].join('\n\n');

/** A response documented by a link to `url`, under its status. */
function linking(url: string): string {
  return ['* Response:', '    - Status code:', '        + `200 OK`', '    - Data:', '', `        See [It](${url})`].join('\n');
}

/** A field table of one int field. */
function table(field: string): string {
  return `| field | type | Description |\n|---|---|---|\n| \`${field}\` | int | The ${field} |`;
}

const writeDocs = (pages: Record<string, string>) => writeDocsIn(tempDir, pages);

function body(document: ApiDocument, route: string, status?: string): Schema | undefined {
  const [method, url] = route.split(' ');
  const operation = document.operations.find((op) => op.method === method!.toLowerCase() && op.path === url)!;
  return status ? operation.responses.find((r) => r.status === status)?.content[0]?.schema : operation.requestBody?.content[0]?.schema;
}

function fields(document: ApiDocument, name: string): string[] | undefined {
  const schema = document.schemas.find((s) => s.name === name)?.schema;
  return schema?.kind === 'object' ? schema.properties.map((p) => p.name) : undefined;
}

function texts(outputs: ReadonlyArray<{ path: string; contents: string }>): Array<{ path: string; contents: string }> {
  return outputs.map(({ path, contents }) => ({ path, contents }));
}

describe('merge: a body documented by a link to a section of another page', () => {
  it('should type the body as the linked section’s type, emitted once, and leave unlinked sections out', async () => {
    const docs = writeDocs({ 'api/shelves.md': SHELVES, 'objects/shelf-types.md': SHELF_TYPES, 'objects/librarian.md': LIBRARIAN });
    const run = await generate({ input: docs });
    const { document } = run;
    expect(body(document, 'POST /shelves')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'POST /shelves', '201')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'GET /shelves', '200')).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'ShelfData' } });
    // A link to the page alone: its one section with a field table.
    expect(body(document, 'GET /librarian', '200')).toMatchObject({ kind: 'ref', name: 'Librarian' });
    expect(document.schemas.map((s) => s.name)).toEqual(['Librarian', 'ShelfData']);
    expect(fields(document, 'ShelfData')).toEqual(['id', 'label']);
    expect(document.schemas.find((s) => s.name === 'ShelfData')?.sources[0]?.file).toBe('objects/shelf-types.md');
    expect(run.diagnostics.filter((d) => d.code === 'unresolved-link' || d.code === 'undocumented-type')).toEqual([]);
    expect(run.outputs.map((o) => o.contents).join('\n')).not.toContain('PageLink');
  });

  it('should warn at a link that goes to no section with a field table, and type no body by it', async () => {
    const docs = writeDocs({
      'api/shelves.md': SHELVES.replace('shelf-types.md#shelf-data)\n\n* Response', 'shelf-types.md#shelf-notes)\n\n* Response'),
      'objects/shelf-types.md': SHELF_TYPES,
    });
    const run = await generate({ input: docs });
    const { document } = run;
    expect(body(document, 'POST /shelves')).toBeUndefined();
    expect(body(document, 'POST /shelves', '201')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'GET /librarian', '200')).toBeUndefined();
    const unresolved = run.diagnostics.filter((d) => d.code === 'unresolved-link');
    expect(unresolved.map((d) => `${d.source.file}:${d.source.start.line}:${d.source.start.column} ${d.severity} ${d.message}`)).toEqual([
      'api/shelves.md:9:9 warning the link to objects/shelf-types.md#shelf-notes goes to no section with a field table; the body is left untyped',
      'api/shelves.md:40:13 warning the link to objects/librarian.md goes to no section with a field table; the body is left untyped',
    ]);
    expect(document.schemas.map((s) => s.name)).toEqual(['ShelfData']);
    expect(run.outputs.map((o) => o.contents).join('\n')).not.toContain('PageLink');
  });

  it('should report a page of field tables as not-an-endpoint only when no link goes to it, and say what a linked one defines', async () => {
    const docs = writeDocs({
      'api/shelves.md': SHELVES,
      'objects/shelf-types.md': SHELF_TYPES,
      'objects/librarian.md': LIBRARIAN,
      'objects/ladder.md': '# Ladder\n\n| field | type | Description |\n|---|---|---|\n| `rungs` | int | How many rungs |',
    });
    const run = await generate({ input: docs });
    expect(
      run.diagnostics.filter((d) => d.code === 'not-an-endpoint').map((d) => `${d.source.file}:${d.source.start.line} ${d.severity}`),
    ).toEqual(['objects/ladder.md:1 info']);
    const reasons = Object.fromEntries(run.files.map((f) => [f.file, f.reason]));
    expect(reasons['objects/shelf-types.md']).toMatch(/^general reader .*; defines a type other pages' bodies link to \(ShelfData\)$/);
    expect(reasons['objects/librarian.md']).toMatch(/; defines a type other pages' bodies link to \(Librarian\)$/);
    expect(reasons['objects/ladder.md']).not.toContain('link');
    expect(reasons['api/shelves.md']).not.toContain('link');
    // From the cache, the same.
    const cache = tempDir();
    await generate({ input: docs, cache });
    const reused = await generate({ input: docs, cache });
    expect(reused.stats.reusedRun).toBe(true);
    expect(reused.diagnostics).toEqual(run.diagnostics);
    expect(reused.files).toEqual(run.files);
  });

  it('should read a link without the extension or to a folder as the one page it may mean, and report one that may mean several', async () => {
    const docs = writeDocs({
      'api/things.md': [
        '# Things',
        '## Get a shelf',
        '* Method: `GET`\n* URL: `/shelf`',
        linking('../objects/shelf-types#shelf-data'),
        '## Get the librarian',
        '* Method: `GET`\n* URL: `/librarian`',
        linking('../people/'),
        '## Get a ladder',
        '* Method: `GET`\n* URL: `/ladder`',
        linking('../objects/ladder'),
      ].join('\n\n'),
      'objects/shelf-types.md': SHELF_TYPES,
      'people/README.md': LIBRARIAN,
      'objects/ladder.md': '# Ladder\n\n| field | type | Description |\n|---|---|---|\n| `rungs` | int | How many rungs |',
      'objects/ladder/index.md': '# Ladders\n\n| field | type | Description |\n|---|---|---|\n| `count` | int | How many |',
    });
    const run = await generate({ input: docs });
    const { document } = run;
    expect(body(document, 'GET /shelf', '200')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'GET /librarian', '200')).toMatchObject({ kind: 'ref', name: 'Librarian' });
    expect(body(document, 'GET /ladder', '200')).toBeUndefined();
    expect(
      run.diagnostics.filter((d) => d.code === 'unresolved-link').map((d) => `${d.source.file}:${d.source.start.line} ${d.message}`),
    ).toEqual([
      'api/things.md:37 the link to objects/ladder may go to any of objects/ladder.md, objects/ladder/index.md; the body is left untyped',
    ]);
    expect(document.schemas.map((s) => s.name)).toEqual(['Librarian', 'ShelfData']);
  });

  it('should read a link to the site’s page (`shelf.html`, `shelf/`) as the one source page it is made of, and report one made of several', async () => {
    const docs = writeDocs({
      'api/things.md': [
        '# Things',
        '## Get a shelf',
        '* Method: `GET`\n* URL: `/shelf`',
        linking('../objects/shelf-types.html#shelf-data'),
        '## Get the librarian',
        '* Method: `GET`\n* URL: `/librarian`',
        linking('../people/librarian/'),
        '## Get a ladder',
        '* Method: `GET`\n* URL: `/ladder`',
        linking('../objects/ladder.html'),
        '## Get a label set',
        '* Method: `GET`\n* URL: `/labels`',
        linking('../objects/shelf-types/#label-set'),
        '## Get a stool',
        '* Method: `GET`\n* URL: `/stool`',
        linking('../objects/stool/index.html'),
      ].join('\n\n'),
      'objects/shelf-types.md': SHELF_TYPES,
      'objects/stool.md': '# Stool\n\n| field | type | Description |\n|---|---|---|\n| `legs` | int | How many legs |',
      'people/librarian.mdx': LIBRARIAN,
      'objects/ladder.md': '# Ladder\n\n| field | type | Description |\n|---|---|---|\n| `rungs` | int | How many rungs |',
      'objects/ladder.markdown': '# Ladders\n\n| field | type | Description |\n|---|---|---|\n| `count` | int | How many |',
    });
    const run = await generate({ input: docs });
    const { document } = run;
    expect(body(document, 'GET /shelf', '200')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'GET /librarian', '200')).toMatchObject({ kind: 'ref', name: 'Librarian' });
    expect(body(document, 'GET /labels', '200')).toMatchObject({ kind: 'ref', name: 'LabelSet' });
    // The folder's page the site made of `stool.md`.
    expect(body(document, 'GET /stool', '200')).toMatchObject({ kind: 'ref', name: 'Stool' });
    expect(body(document, 'GET /ladder', '200')).toBeUndefined();
    expect(
      run.diagnostics.filter((d) => d.code === 'unresolved-link').map((d) => `${d.source.file}:${d.source.start.line} ${d.message}`),
    ).toEqual([
      'api/things.md:37 the link to objects/ladder.html may go to any of objects/ladder.md, objects/ladder.markdown; the body is left untyped',
    ]);
    expect(document.schemas.map((s) => s.name)).toEqual(['LabelSet', 'Librarian', 'ShelfData', 'Stool']);
  });

  it('should read a link from the site’s root against the input’s folder, else by the longest end of its path that names pages read', async () => {
    const ladder = '# Ladder\n\n| field | type | Description |\n|---|---|---|\n| `rungs` | int | How many rungs |';
    const docs = writeDocs({
      'api/things.md': [
        '# Things',
        '## Get a shelf',
        '* Method: `GET`\n* URL: `/shelf`',
        linking('/objects/shelf-types#shelf-data'),
        '## Get a label set',
        '* Method: `GET`\n* URL: `/labels`',
        linking('/docs/objects/shelf-types.md#label-set'),
        '## Get the librarian',
        '* Method: `GET`\n* URL: `/librarian`',
        linking('/docs/api/people/librarian/'),
        '## Get a ladder',
        '* Method: `GET`\n* URL: `/ladder`',
        linking('/docs/objects/ladder'),
        '## Get a stool',
        '* Method: `GET`\n* URL: `/stool`',
        linking('https://example.com/objects/shelf-types.md#shelf-data'),
        '## Get a bench',
        '* Method: `GET`\n* URL: `/bench`',
        linking('//example.com/objects/shelf-types.md#shelf-data'),
      ].join('\n\n'),
      'objects/shelf-types.md': SHELF_TYPES,
      'people/librarian.md': LIBRARIAN,
      'v1/objects/ladder.md': ladder,
      'v2/objects/ladder.md': ladder,
    });
    const run = await generate({ input: docs });
    const { document } = run;
    expect(body(document, 'GET /shelf', '200')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'GET /labels', '200')).toMatchObject({ kind: 'ref', name: 'LabelSet' });
    expect(body(document, 'GET /librarian', '200')).toMatchObject({ kind: 'ref', name: 'Librarian' });
    expect(body(document, 'GET /ladder', '200')).toBeUndefined();
    // Another host's page is no page of the docs: no body, no warning.
    expect(body(document, 'GET /stool', '200')).toBeUndefined();
    expect(body(document, 'GET /bench', '200')).toBeUndefined();
    expect(
      run.diagnostics.filter((d) => d.code === 'unresolved-link').map((d) => `${d.source.file}:${d.source.start.line} ${d.message}`),
    ).toEqual([
      'api/things.md:49 the link to /docs/objects/ladder may go to any of v1/objects/ladder.md, v2/objects/ladder.md; the body is left untyped',
    ]);
    expect(document.schemas.map((s) => s.name)).toEqual(['LabelSet', 'Librarian', 'ShelfData']);
  });

  it('should read an anchor as docs sites make it: a heading’s `{#id}`, its code’s words, its punctuation slugged apart', async () => {
    const docs = writeDocs({
      'api/things.md': [
        '# Things',
        '## Get a shelf',
        '* Method: `GET`\n* URL: `/shelf`',
        linking('../objects/furniture.md#shelf'),
        '## Get shelves and books',
        '* Method: `GET`\n* URL: `/shelves`',
        linking('../objects/furniture.md#shelves-books'),
        '## Get a stool',
        '* Method: `GET`\n* URL: `/stool`',
        linking('../objects/furniture.md#stool-object'),
        '## Get a rack',
        '* Method: `GET`\n* URL: `/rack`',
        linking('../objects/furniture.md#rack-stand'),
        '## Get a ladder',
        '* Method: `GET`\n* URL: `/ladder`',
        linking('../objects/furniture.md#ladder-data'),
      ].join('\n\n'),
      'objects/furniture.md': [
        '# Furniture',
        '## Shelf data {#shelf}',
        table('shelf'),
        '## Shelves & books',
        table('books'),
        '## `Stool` object',
        table('legs'),
        '## Rack/Stand',
        table('hooks'),
        '## Ladder data {#ladder}',
        table('rungs'),
      ].join('\n\n'),
    });
    const run = await generate({ input: docs });
    const { document } = run;
    expect(body(document, 'GET /shelf', '200')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'GET /shelves', '200')).toMatchObject({ kind: 'ref', name: 'ShelvesAndBooks' });
    expect(body(document, 'GET /stool', '200')).toMatchObject({ kind: 'ref', name: 'Stool' });
    expect(body(document, 'GET /rack', '200')).toMatchObject({ kind: 'ref', name: 'RackStand' });
    // The site names the heading by its id alone: its words name no section there.
    expect(body(document, 'GET /ladder', '200')).toBeUndefined();
    expect(
      run.diagnostics.filter((d) => d.code === 'unresolved-link').map((d) => `${d.source.file}:${d.source.start.line} ${d.message}`),
    ).toEqual([
      'api/things.md:61 the link to objects/furniture.md#ladder-data goes to no section with a field table; the body is left untyped',
    ]);
    expect(fields(document, 'ShelfData')).toEqual(['shelf']);
    expect(document.schemas.map((s) => s.name)).toEqual(['RackStand', 'ShelfData', 'ShelvesAndBooks', 'Stool']);
  });

  it('should read an HTML anchor that names a heading, in it or alone on the line above it, beside its words', async () => {
    const docs = writeDocs({
      'api/things.md': [
        '# Things',
        '## Get a shelf',
        '* Method: `GET`\n* URL: `/shelf`',
        linking('../objects/furniture.md#shelf'),
        '## Get a stool',
        '* Method: `GET`\n* URL: `/stool`',
        linking('../objects/furniture.md#seat'),
        '## Get another stool',
        '* Method: `GET`\n* URL: `/stools/first`',
        linking('../objects/furniture.md#stool-object'),
      ].join('\n\n'),
      'objects/furniture.md': [
        '# Furniture',
        '## <a name="shelf"></a>Shelf data',
        table('shelf'),
        '<a id="seat"></a>\n## Stool object',
        table('legs'),
      ].join('\n\n'),
    });
    const { document, diagnostics } = await generate({ input: docs });
    expect(body(document, 'GET /shelf', '200')).toMatchObject({ kind: 'ref', name: 'ShelfData' });
    expect(body(document, 'GET /stool', '200')).toMatchObject({ kind: 'ref', name: 'Stool' });
    expect(body(document, 'GET /stools/first', '200')).toMatchObject({ kind: 'ref', name: 'Stool' });
    expect(diagnostics.filter((d) => d.code === 'unresolved-link')).toEqual([]);
    expect(document.schemas.map((s) => s.name)).toEqual(['ShelfData', 'Stool']);
  });

  it('should say why a link to a section whose table does not read as fields types nothing, and report a linked table’s broken rows', async () => {
    const docs = writeDocs({
      'api/things.md': [
        '# Things',
        '## Get a shelf',
        '* Method: `GET`\n* URL: `/shelf`',
        linking('../objects/shelf-types.md#shelf-data'),
        '## Get a ladder',
        '* Method: `GET`\n* URL: `/ladder`',
        linking('../objects/ladder.md'),
        '## Get a stool',
        '* Method: `GET`\n* URL: `/stool`',
        linking('../objects/stool.md'),
      ].join('\n\n'),
      'objects/shelf-types.md': '# Shelf types\n\n## Shelf data\n\n| Type | Description |\n|---|---|\n| int | ID of the shelf |',
      'objects/ladder.md': '# Ladder\n\n| field | type | Description |\n|---|---|\n| `rungs` | int | How many rungs |',
      'objects/stool.md':
        '# Stool\n\n| field | type | Description |\n|---|---|---|\n| `legs` | int | How many legs |\n| | int | The height |',
    });
    const run = await generate({ input: docs });
    const { document } = run;
    expect(body(document, 'GET /shelf', '200')).toBeUndefined();
    expect(body(document, 'GET /ladder', '200')).toBeUndefined();
    expect(body(document, 'GET /stool', '200')).toMatchObject({ kind: 'ref', name: 'Stool' });
    const found = run.diagnostics.filter((d) => d.code === 'unresolved-link' || d.code === 'malformed-row');
    expect(found.map((d) => `${d.source.file}:${d.source.start.line}:${d.source.start.column} ${d.code} ${d.message}`)).toEqual([
      'api/things.md:13:13 unresolved-link the link to objects/shelf-types.md#shelf-data goes to a section whose table could not be read: its table (Type, Description) has no name column (objects/shelf-types.md:5:1); the body is left untyped',
      'api/things.md:25:13 unresolved-link the link to objects/ladder.md goes to a section whose table could not be read: its lines of pipes are no table (the delimiter row under the header has another number of cells) (objects/ladder.md:3:1); the body is left untyped',
      'objects/stool.md:6:1 malformed-row table row has no name; skipped',
    ]);
    expect(found[0]?.related?.[0]).toMatchObject({ file: 'objects/shelf-types.md', start: { line: 5, column: 1 } });
  });

  it('should give after an edit of the linked page what a cold run gives, read from the cache', async () => {
    const docs = writeDocs({ 'api/shelves.md': SHELVES, 'objects/shelf-types.md': SHELF_TYPES, 'objects/librarian.md': LIBRARIAN });
    const cache = tempDir();
    await generate({ input: docs, cache });
    const linked = path.join(docs, 'objects/shelf-types.md');
    // A field added to the linked table: the linking page's operations are typed by it.
    writeFileSync(
      linked,
      readFileSync(linked, 'utf8').replace(
        '| What the shelf is called |',
        '| What the shelf is called |\n| `books` | int | How many books |',
      ),
    );
    const edited = await generate({ input: docs, cache });
    expect(edited.stats.parsed).toBe(1);
    expect(fields(edited.document, 'ShelfData')).toEqual(['id', 'label', 'books']);
    const cold = await generate({ input: docs });
    expect(texts(edited.outputs)).toEqual(texts(cold.outputs));
    expect(edited.diagnostics).toEqual(cold.diagnostics);
    // Text added above the table (positions move): patched, as a cold run gives it.
    writeFileSync(linked, readFileSync(linked, 'utf8').replace('## Shelf data', 'Types of shelves.\n\n## Shelf data'));
    const moved = await generate({ input: docs, cache });
    const again = await generate({ input: docs });
    expect(texts(moved.outputs)).toEqual(texts(again.outputs));
    expect(moved.document.schemas.find((s) => s.name === 'ShelfData')?.sources).toEqual(
      again.document.schemas.find((s) => s.name === 'ShelfData')?.sources,
    );
  });
});

describe('merge: a link to a page the input does not hold, over a sample', () => {
  it('should type the body by its sample alone where the link states no type, and still warn at the link', async () => {
    const page = readFileSync(path.join(import.meta.dirname, '../readers/markdown/fixtures/unlinked-returns/lamps.md'), 'utf8');
    const run = await generate({ input: writeDocs({ 'lamps.md': page }) });
    const spec = JSON.parse(run.outputs.find((o) => o.path.endsWith('openapi.json'))!.contents);
    const status = spec.paths['/v1/status'].get.responses['2XX'].content['application/json'];
    expect(status.schema).toMatchObject({
      type: 'object',
      properties: { lamps: { type: 'integer' }, lit: { type: 'integer' }, uptime: { type: 'string' } },
    });
    expect(status.examples.sample.value).toEqual({ lamps: 12, lit: 3, uptime: '2h' });
    // No sample: no body, as before.
    expect(spec.paths['/v1/rooms'].get.responses['2XX'].content).toBeUndefined();
    expect(run.diagnostics.filter((d) => d.code === 'unresolved-link').map((d) => `${d.source.start.line} ${d.message}`)).toEqual([
      '5 the link to guides/status-report.md goes to no section with a field table; the body is typed by its sample alone',
      '17 the link to guides/rooms.md goes to no section with a field table; the body is left untyped',
    ]);
  });
});
