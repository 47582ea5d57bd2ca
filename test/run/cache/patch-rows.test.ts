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
  it.each([1, 2])('should patch a row no sample shows, added then removed (%i workers)', async (workers) => {
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

  it("should merge everything again when another page's untyped body fits the entity", async () => {
    // The card's response has no table: its sample shows Person's fields, so its body is Person
    // (infer/documented-match.ts); a row taken out of Person's table would leave a key it does not list.
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    const text = readFileSync(page, 'utf8');
    writeFileSync(
      path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthorCard.md'),
      text
        .replace(/### Response body: Person\n\n(?:\|[^\n]*\n)+/, '')
        .replaceAll('Author/{authorId}', 'AuthorCard/{authorId}')
        .replaceAll('Author/{id}', 'AuthorCard/{id}')
        .replace('v2AuthorEntity_GetAuthor', 'v2AuthorEntity_GetAuthorCard'),
    );
    edit(page, withPseudonym);
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (own) => own.replace(PSEUDONYM, ''));
    const merged = await generate({ input: docs, cache });
    expect(merged.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, merged);
  });
});
