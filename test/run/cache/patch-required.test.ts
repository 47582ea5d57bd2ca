/**
 * Runs after a row's required flag was turned on or off give, byte for byte, what a cold run over
 * the same pages gives: patched where nothing but the row's own merged node reads the flag (a
 * property of a table no other page has, a parameter of a route one page documents) or its
 * property's other rows (a table several pages have: the winning family's flags folded again),
 * merged again or patched where more reads it (a sample's body matched with the entity, a zod
 * part other operations share).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import type { GenerateResult } from '../../../src/run/result.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';
import { copyDocs, edit, expectCold } from './cold-run.js';

const tempDir = useTempDir();

async function cachedDocs(): Promise<{ docs: string; cache: string }> {
  const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
  const cache = tempDir();
  await generate({ input: docs, cache });
  return { docs, cache };
}

function openapi(result: GenerateResult) {
  return JSON.parse(result.outputs.find((output) => output.path === 'openapi.json')!.contents);
}

const ISBN = '| Isbn | string | ISBN-13 of the edition held |';
const ISBN_REQUIRED = '| Isbn | string | ISBN-13 of the edition held **Required** |';

describe("a run after a row's required flag changed", () => {
  it('should patch a property of a table no other page has, keeping the order of the required list', async () => {
    const { docs, cache } = await cachedDocs();
    const page = path.join(docs, 'general/Catalogue/Title.md');
    edit(page, (text) => text.replace('When it first came out | [optional] ', 'When it first came out | '));
    const on = await generate({ input: docs, cache });
    expect(on.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, on);
    expect(openapi(on).components.schemas.Title.required).toEqual(['name', 'first_published']);

    // A property above the required one (and read-only: the request side's variant leaves it out).
    edit(page, (text) => text.replace('The title | [optional] [readonly]', 'The title | [readonly]'));
    const above = await generate({ input: docs, cache });
    expect(above.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, above);
    expect(openapi(above).components.schemas.Title.required).toEqual(['id', 'name', 'first_published']);

    edit(page, (text) =>
      text
        .replace('When it first came out | ', 'When it first came out | [optional] ')
        .replace('The title | [readonly]', 'The title | [optional] [readonly]'),
    );
    const off = await generate({ input: docs, cache });
    expect(off.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, off);
    expect(openapi(off).components.schemas.Title.required).toEqual(['name']);
  });

  it('should patch a property of a DocFX response table no other page has', async () => {
    const { docs, cache } = await cachedDocs();
    const page = path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthor.md');
    edit(page, (text) =>
      text.replace('| Email | string | Contact e-mail address |', '| Email | string | Contact e-mail address **Required** |'),
    );
    const on = await generate({ input: docs, cache });
    expect(on.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, on);
    expect(openapi(on).components.schemas.Person.required).toEqual(['Email']);
  });

  it('should patch a parameter of a route one page documents, on and off', async () => {
    const { docs, cache } = await cachedDocs();
    const page = path.join(docs, 'general/Members/members.md');
    edit(page, (text) => text.replace('| `page` | integer | no |', '| `page` | integer | yes |'));
    const on = await generate({ input: docs, cache });
    expect(on.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, on);
    const parameters = openapi(on).paths['/branches/{branch_id}/members'].get.parameters;
    expect(parameters.find((parameter: { name: string }) => parameter.name === 'page').required).toBe(true);

    edit(page, (text) => text.replace('| `page` | integer | yes |', '| `page` | integer | no |'));
    const off = await generate({ input: docs, cache });
    expect(off.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, off);
  });

  it('should merge everything again when the parameter is of a route another page documents too', async () => {
    // The first page's flag is the route's; the two disagreeing is reported (same-route.ts).
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    writeFileSync(path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntityAdmin.md'), readFileSync(page, 'utf8'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('when it becomes available |', 'when it becomes available **Required** |'));
    const changed = await generate({ input: docs, cache });
    await expectCold(docs, changed);
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: false });
    expect(changed.diagnostics.some((diagnostic) => diagnostic.message.includes('"notify" is required'))).toBe(true);
  });

  it("should patch the property of a table other pages have too, folding its rows' flags", async () => {
    // BookEntity is tabulated on three pages: the merged property, which keeps the first page's
    // (Get's) row, is required when any row is. Required on two pages, then on the last one only,
    // then on none, then on the last one again (its places moved by the patch before) and on the kept row.
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const get = path.join(docs, 'docfx/Books/v2BookEntity_GetBookEntity.md');
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    for (const page of [get, put]) edit(page, (text) => text.replace(ISBN, ISBN_REQUIRED));
    const cache = tempDir();
    await generate({ input: docs, cache });
    const steps: Array<[string, string, string, string[] | undefined]> = [
      [get, ISBN_REQUIRED, ISBN, ['Isbn']],
      [put, ISBN_REQUIRED, ISBN, undefined],
      [put, ISBN, ISBN_REQUIRED, ['Isbn']],
      [get, ISBN, ISBN_REQUIRED, ['Isbn']],
    ];
    for (const [page, from, to, required] of steps) {
      edit(page, (text) => text.replace(from, to));
      const run = await generate({ input: docs, cache });
      await expectCold(docs, run);
      expect(run.stats).toMatchObject({ parsed: 1, patchedRun: true });
      expect(openapi(run).components.schemas.BookEntity.required).toEqual(required);
    }
  });

  it("should patch the flag of a row whose family lost, which the merged property's is not", async () => {
    // Put's Isbn typed int32: 1 of 3 rows, an entity-conflict, the two string rows' type and flag kept.
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    const int = ISBN.replace('string', 'int32');
    edit(put, (text) => text.replace(ISBN, int));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(put, (text) => text.replace(int, int.replace('held |', 'held **Required** |')));
    const run = await generate({ input: docs, cache });
    await expectCold(docs, run);
    expect(run.stats).toMatchObject({ parsed: 1, patchedRun: true });
    expect(openapi(run).components.schemas.BookEntity.required).toBeUndefined();
  });

  it('should merge everything again when the kept folds are damaged', async () => {
    // The store's entry still parses as JSON, but in another form: a fold an object, its rows by position (as a build before kept them).
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    const cache = tempDir();
    await generate({ input: docs, cache });
    const shards = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((file) => /merged-required-folds\.jsonl$/.test(file));
    const shard = shards.map((file) => path.join(cache, file)).find((file) => readFileSync(file, 'utf8').includes('["required-folds",'))!;
    const damaged = JSON.stringify({
      files: ['docfx/Books/v2BookEntity_PutBookEntity.md'],
      folds: [{ entity: 'BookEntity', property: 'Isbn', rows: ['0\u00000\u00001'], required: '0', winner: [0] }],
    });
    edit(shard, (text) => text.replace(/^(\["required-folds",[^\t\n]*\t)[^\n]*/m, `$1${damaged}`));
    edit(put, (text) => text.replace(ISBN, ISBN_REQUIRED));
    const changed = await generate({ input: docs, cache });
    await expectCold(docs, changed);
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: false });
    expect(openapi(changed).components.schemas.BookEntity.required).toEqual(['Isbn']);
  });

  it('should merge everything again when a patch moved the places of the page without the folds', async () => {
    // A paragraph added to Put's page is patched without loading the folds: its rows' places in
    // them are stale until a full merge records them again.
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(put, (text) => text.replace('\n## ', '\nA paragraph added.\n\n## '));
    expect((await generate({ input: docs, cache })).stats).toMatchObject({ parsed: 1, patchedRun: true });
    edit(put, (text) => text.replace(ISBN, ISBN_REQUIRED));
    const stale = await generate({ input: docs, cache });
    await expectCold(docs, stale);
    expect(stale.stats).toMatchObject({ parsed: 1, patchedRun: false });
    edit(put, (text) => text.replace(ISBN_REQUIRED, ISBN));
    const fresh = await generate({ input: docs, cache });
    await expectCold(docs, fresh);
    expect(fresh.stats).toMatchObject({ parsed: 1, patchedRun: true });
  });

  it("should patch the property when the table's name is also a section's another page links to", async () => {
    // Joined by the link, the section's table is a second definition of the name (merge/page-links.ts),
    // whose row is required: the merged property stays required.
    const docs = path.join(tempDir(), 'docs');
    const pages: Record<string, string> = {
      'api/shelves.md':
        '# Shelves\n\n## Create a shelf\n\n* Method: `POST`\n* URL: `/shelves`\n* Data:\n\n    See [Shelf data](../objects/shelf-types.md#shelf-data)\n',
      'objects/shelf-types.md':
        '# Shelf types\n\n## Shelf data\n\n| field | type | required | Description |\n|---|---|---|---|\n| `id` | int | yes | ID of the shelf |\n',
      'docfx/GetShelf.md': [
        '---\ntitle: GET Shelf/{id}\nuid: v2Shelf_GetShelf\n---\n\n# GET Shelf/{id}\n\n```http\nGET /api/v2/Shelf/{id}\n```\n',
        '| Path Part | Type | Description |\n|-----------|------|-------------|\n| id | int32 | The shelf id **Required** |\n',
        '## Response:\n\n| Response | Description |\n|----------------|-------------|\n| 200 | OK |\n',
        '### Response body: ShelfData\n\n| Property Name | Type |  Description |\n|----------------|------|--------------|\n| id | int32 | ID of the shelf **Required** |\n',
      ].join('\n'),
    };
    for (const [file, text] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(docs, file)), { recursive: true });
      writeFileSync(path.join(docs, file), text);
    }
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, 'docfx/GetShelf.md'), (text) => text.replace('ID of the shelf **Required**', 'ID of the shelf'));
    const changed = await generate({ input: docs, cache });
    await expectCold(docs, changed);
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: true });
    expect(openapi(changed).components.schemas.ShelfData.required).toEqual(['id']);
  });

  it.each([
    ['one table', false],
    ['tables on two pages', true],
  ])(
    "should merge everything again when a sample's body was matched with the required properties of an entity of %s",
    async (_, shared) => {
      // A route documented by its sample alone, which shows five of Person's six fields: the body is
      // Person until the sixth is required (documented-match.ts), whether or not its flag is folded.
      const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
      const author = path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthor.md');
      if (shared)
        writeFileSync(
          path.join(docs, 'docfx/Authors/v2AuthorEntity_GetBorrower.md'),
          readFileSync(author, 'utf8').replaceAll('Author/{authorId}', 'Borrower/{authorId}').replace('GetAuthor', 'GetBorrower'),
        );
      writeFileSync(
        path.join(docs, 'general/Members/people.md'),
        [
          '# People API',
          '',
          '## Get a person',
          '',
          '```',
          'GET /people/:person_id',
          '```',
          '',
          'Example response:',
          '',
          '```json',
          '{ "PersonId": 3, "FullName": "Ada Lovelace", "Email": "ada@example.com", "BirthDate": "1815-12-10T00:00:00Z", "IsActive": true }',
          '```',
          '',
        ].join('\n'),
      );
      const cache = tempDir();
      const first = await generate({ input: docs, cache });
      const body = (result: GenerateResult) =>
        openapi(result).paths['/people/{person_id}'].get.responses['2XX'].content['application/json'].schema.$ref;
      expect(body(first)).toBe('#/components/schemas/Person');
      edit(author, (text) =>
        text.replace(
          '| Nationality | string | ISO 3166 two-letter country code |',
          '| Nationality | string | ISO 3166 two-letter country code **Required** |',
        ),
      );
      const changed = await generate({ input: docs, cache });
      await expectCold(docs, changed);
      expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: false });
      expect(body(changed)).toBeUndefined();
    },
  );

  it('should give what a cold run gives when the zod part of the changed parameter is shared with other operations', async () => {
    // The DocFX pages' request headers are one zod part, declared by the first operation and
    // aliased by the others: required on one aliasing page (a part of its own), then on the declaring one.
    const { docs, cache } = await cachedDocs();
    const marked = (text: string) =>
      text.replace(
        '| Accept-Language | Convert string references and multi-language values into a specified language (iso2) code. |',
        '| Accept-Language | Convert string references and multi-language values into a specified language (iso2) code. **Required** |',
      );
    edit(path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md'), marked);
    const own = await generate({ input: docs, cache });
    await expectCold(docs, own);
    expect(own.outputs.find((output) => output.path === 'schemas.ts')!.contents).toContain(
      'export const V2BookEntityPutBookEntityHeadersSchema = z.looseObject(',
    );
    edit(path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthor.md'), marked);
    await expectCold(docs, await generate({ input: docs, cache }));
  });
});
