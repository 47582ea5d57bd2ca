/**
 * A row added to or removed from a named schema's table: the last run is patched where nothing but
 * the entity's merged node reads its property list (run/cache/patch-rows.ts, infer/list-reads.ts),
 * and merged again where a read would change (a sample shows the row, a body's coverage reads the
 * entity). Either way the outputs, diagnostics, file reports and IR are a cold run's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';
import { copyDocs, edit, expectCold } from './cold-run.js';

const tempDir = useTempDir();

const AUTHOR = 'docfx/Authors/v2AuthorEntity_GetAuthor.md';
const NATIONALITY = '| Nationality | string | ISO 3166 two-letter country code |\n';
/** A row of Person's table that no sample shows. */
const PSEUDONYM = '| Pseudonym | string | Pen name, if any |\n';
const withPseudonym = (text: string) => text.replace(NATIONALITY, (row) => `${row}${PSEUDONYM}`);

const properties = (result: Awaited<ReturnType<typeof generate>>, entity: string) =>
  Object.keys(JSON.parse(result.outputs.find((o) => o.path === 'openapi.json')!.contents).components.schemas[entity].properties);

describe('a run after a row was added to or removed from a table', () => {
  it.each([1, 2])('should patch a row no sample shows, added, removed and added again (%i workers)', async (workers) => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    const cache = tempDir();
    await generate({ input: docs, cache, workers });
    edit(page, withPseudonym);
    const added = await generate({ input: docs, cache, workers });
    expect(added.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, added);
    expect(properties(added, 'Person')).toContain('Pseudonym');

    edit(page, (text) => text.replace(PSEUDONYM, ''));
    const removed = await generate({ input: docs, cache, workers });
    expect(removed.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, removed);
    expect(properties(removed, 'Person')).not.toContain('Pseudonym');

    // And again, from the patched run's items and reads.
    edit(page, withPseudonym);
    const again = await generate({ input: docs, cache, workers });
    expect(again.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, again);
  });

  it('should patch a row added first in its table, with text moved above it', async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) =>
      text
        .replace('| PersonId | int32 |', `${PSEUDONYM}| PersonId | int32 |`)
        .replace('### Response body: Person', 'A line above.\n\n### Response body: Person'),
    );
    const added = await generate({ input: docs, cache });
    expect(added.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, added);
    expect(properties(added, 'Person')[0]).toBe('Pseudonym');
  });

  it('should merge everything again when a sample shows the row added or removed', async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    edit(page, (text) => text.replace('  "Nationality": "NO",\n', (row) => `${row}  "Pseudonym": "Ola",\n`));
    const cache = tempDir();
    const before = await generate({ input: docs, cache });
    expect(before.diagnostics.some((d) => d.code === 'sample-unknown-property' && d.message.includes('"Pseudonym"'))).toBe(true);
    edit(page, withPseudonym);
    const added = await generate({ input: docs, cache });
    expect(added.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, added);

    edit(page, (text) => text.replace(NATIONALITY, ''));
    const removed = await generate({ input: docs, cache });
    expect(removed.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, removed);
  });

  it("should merge everything again when a request body's coverage would now take the entity", async () => {
    // The loan request's body (BookId, MemberId, DueAt, Notes) lacks nothing of LoanSlip but its
    // first property, BookId (merge/request-bodies.ts): with the row added it is LoanSlip.
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, 'docfx/Loans/v2LoanAgent_CreateLoan.md');
    const text = readFileSync(page, 'utf8');
    const slip =
      '| MemberId | int32 | Id of the borrowing member |\n| DueAt | date-time | When the book must be back |\n| Notes | string | Free text |\n';
    writeFileSync(
      page,
      text
        .replace(
          /### Response body: LoanEntity\n\n(\|[^\n]*\n\|[^\n]*\n)(\|[^\n]*\n)+/,
          (_, head: string) => `### Response body: LoanSlip\n\n${head}${slip}`,
        )
        .replace(/## Sample response[\s\S]*$/, ''),
    );
    const cache = tempDir();
    const before = await generate({ input: docs, cache });
    const body = (result: typeof before) => {
      const operation = JSON.parse(result.outputs.find((o) => o.path === 'openapi.json')!.contents).paths['/api/v2/Agents/Loan/CreateLoan'];
      return operation.post.requestBody.content['application/json'].schema;
    };
    expect(body(before).$ref).toBeUndefined();
    edit(page, (own) => own.replace(slip, `| BookId | int32 | Id of the book |\n${slip}`));
    const merged = await generate({ input: docs, cache });
    expect(merged.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, merged);
    expect(body(merged)).toMatchObject({ $ref: '#/components/schemas/LoanSlip' });
  });

  it("should merge everything again when another page's sample items fit the entity by its count", async () => {
    // The list's response has no table: its items show 4 of Person's 6 fields, enough (2/3) for
    // the items to be Person (infer/documented-match.ts); with a seventh row they are too few.
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const text = readFileSync(path.join(docs, AUTHOR), 'utf8');
    writeFileSync(
      path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthorList.md'),
      text
        .replace(/### Response body: Person\n\n(?:\|[^\n]*\n)+/, '')
        .replaceAll('Author/{authorId}', 'AuthorList/{authorId}')
        .replaceAll('Author/{id}', 'AuthorList/{id}')
        .replace('v2AuthorEntity_GetAuthor', 'v2AuthorEntity_GetAuthorList')
        .replace(
          /\{\n {2}"PersonId"[\s\S]*?\n\}/,
          '{ "items": [{ "PersonId": 3, "FullName": "Ada", "Email": "ada@example.org", "IsActive": true }] }',
        ),
    );
    const cache = tempDir();
    const before = await generate({ input: docs, cache });
    expect(before.outputs.find((o) => o.path === 'types.ts')!.contents).toMatch(/items\?: Person\[\]/);
    edit(path.join(docs, AUTHOR), withPseudonym);
    const merged = await generate({ input: docs, cache });
    expect(merged.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, merged);
  });

  describe('where the count gate of a sample shape would pass with one row fewer', () => {
    // Person with two rows more (8): a list page without a table whose items show 5 keys, too few
    // for 8 properties (2/3), enough for 7 (infer/documented-match.ts).
    const RANK = '| Rank | int32 | Place in the catalogue |\n';
    const listPage = (docs: string, rank: string) => {
      const text = readFileSync(path.join(docs, AUTHOR), 'utf8');
      writeFileSync(
        path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthorList.md'),
        text
          .replace(/### Response body: Person\n\n(?:\|[^\n]*\n)+/, '')
          .replaceAll('Author/{authorId}', 'AuthorList/{authorId}')
          .replaceAll('Author/{id}', 'AuthorList/{id}')
          .replace('v2AuthorEntity_GetAuthor', 'v2AuthorEntity_GetAuthorList')
          .replace(
            /\{\n {2}"PersonId"[\s\S]*?\n\}/,
            `{ "items": [{ "FullName": "Ada", "Email": "ada@example.org", "Nationality": "GB", "IsActive": true, "Rank": ${rank} }] }`,
          ),
      );
      edit(path.join(docs, AUTHOR), (own) => withPseudonym(own).replace(PSEUDONYM, `${PSEUDONYM}${RANK}`));
    };
    const itemsType = (result: Awaited<ReturnType<typeof generate>>) =>
      /items\?: (\w+)\[\]/.exec(result.outputs.find((o) => o.path === 'types.ts')!.contents)?.[1];

    it("should patch a row removed when the items would not fit the entity with it gone, and read the items' kinds ahead", async () => {
      const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
      // The items' Rank is a string, Person's an int32: they fit Person neither with 8 rows nor with 7.
      listPage(docs, '"first"');
      const cache = tempDir();
      const before = await generate({ input: docs, cache });
      expect(itemsType(before)).not.toBe('Person');
      edit(path.join(docs, AUTHOR), (text) => text.replace(PSEUDONYM, ''));
      const removed = await generate({ input: docs, cache });
      expect(removed.stats).toMatchObject({ parsed: 1, patchedRun: true });
      await expectCold(docs, removed);
      expect(itemsType(removed)).not.toBe('Person');

      // Rank a string now, and the items are Person: the kinds the items were compared with were
      // recorded before the removal let their match through, so the kind is not patched.
      edit(path.join(docs, AUTHOR), (text) => text.replace(RANK, RANK.replace('int32', 'string')));
      const retyped = await generate({ input: docs, cache });
      expect(retyped.stats).toMatchObject({ parsed: 1, patchedRun: false });
      await expectCold(docs, retyped);
      expect(itemsType(retyped)).toBe('Person');
    });

    it('should merge everything again when the items would fit the entity with the row gone', async () => {
      const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
      listPage(docs, '3');
      const cache = tempDir();
      const before = await generate({ input: docs, cache });
      expect(itemsType(before)).not.toBe('Person');
      edit(path.join(docs, AUTHOR), (text) => text.replace(PSEUDONYM, ''));
      const removed = await generate({ input: docs, cache });
      expect(removed.stats).toMatchObject({ parsed: 1, patchedRun: false });
      await expectCold(docs, removed);
      expect(itemsType(removed)).toBe('Person');
    });
  });

  it('should patch a query parameter added then removed', async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, 'docfx/Books/v2BookEntity_CountBooks.md');
    const genre = '| genre | Enum: Fiction, NonFiction, Poetry, Reference |  **Required** The genre to count |\n';
    const limit = '| limit | int32 | At most this many |\n';
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace(genre, `${genre}${limit}`));
    const added = await generate({ input: docs, cache });
    expect(added.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, added);
    expect(added.outputs.find((o) => o.path === 'openapi.json')!.contents).toContain('"name": "limit"');

    edit(page, (text) => text.replace(limit, ''));
    const removed = await generate({ input: docs, cache });
    expect(removed.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, removed);
  });
});
