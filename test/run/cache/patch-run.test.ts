/**
 * Runs after a page changed give, byte for byte, what a cold run over the same pages gives: when
 * the last run is patched (positions moved, operation prose edited) and when everything is merged
 * again (a table row changed, a page added, deleted or renamed). Outputs, diagnostics, file
 * reports and the IR are compared with a run without cache, and with a cold run on two workers.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT, SHARED_DIR, useTempDir } from '../../helpers/temp-dir.js';
import { copyDocs, edit, expectCold, given } from './cold-run.js';

const tempDir = useTempDir();

const copy = (from: string) => copyDocs(tempDir, from);

const BOOKS = 'docfx/Books/v2BookEntity_PutBookEntity.md';

describe('a run after one page changed', () => {
  it('should patch the last run when text is added above a table and an operation description edited', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, BOOKS), (text) =>
      text.replace(
        'Fields left out of the body keep their stored values.',
        'Fields left out of the body keep their values.\n\nA second paragraph\nover two lines.',
      ),
    );
    const patched = await generate({ input: docs, cache });
    expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true, reusedRun: false });
    await expectCold(docs, patched);
    const spec = JSON.parse(patched.outputs.find((o) => o.path === 'openapi.json')!.contents);
    expect(spec.paths['/api/v2/Book/{id}'].put.description).toContain('A second paragraph');
  });

  it('should patch again after a patched run, and reuse a patched run when nothing changed', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    const page = path.join(docs, BOOKS);
    edit(page, (text) => text.replace('Updates the existing BookEntity', 'Updates the existing BookEntity\n\nFirst edit.'));
    expect((await generate({ input: docs, cache })).stats.patchedRun).toBe(true);
    edit(page, (text) => text.replace('First edit.', 'Second edit, a little longer than the first.\n\n\n'));
    const second = await generate({ input: docs, cache });
    expect(second.stats.patchedRun).toBe(true);
    await expectCold(docs, second);
    const again = await generate({ input: docs, cache });
    expect(again.stats).toMatchObject({ reusedRun: true, parsed: 0 });
    expect(given(again)).toEqual(given(second));
  });

  it('should patch a parameter described otherwise, and give what a cold run gives', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, BOOKS), (text) =>
      text.replace('members waiting for the book are notified', 'members waiting for the book are told'),
    );
    const changed = await generate({ input: docs, cache });
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, changed);
    expect(changed.outputs.find((o) => o.path === 'types.ts')!.contents).toContain('members waiting for the book are told');
  });

  it('should patch a property reworded in a table other pages have too, on the page whose row the merged one keeps and on others', async () => {
    // BookEntity is tabulated on three pages; the merged Title is the first page's row, with its description.
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    const get = path.join(docs, 'docfx/Books/v2BookEntity_GetBookEntity.md');
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    edit(get, (text) =>
      text.replace('| Title | string | Title as printed on the cover |', '| Title | string | Title as printed on the title page |'),
    );
    const first = await generate({ input: docs, cache });
    expect(first.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, first);
    const spec = JSON.parse(first.outputs.find((o) => o.path === 'openapi.json')!.contents);
    expect(spec.components.schemas.BookEntity.properties.Title.description).toBe('Title as printed on the title page');
    // Another page's row: the merged property keeps the first page's description.
    edit(put, (text) => text.replace('| Title | string | Title as printed on the cover |', '| Title | string | The printed title |'));
    const other = await generate({ input: docs, cache });
    expect(other.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, other);
    // The same text as the merged property's, which the kept page's row gives it.
    edit(put, (text) => text.replace('| Isbn | string | ISBN-13 of the edition held |', '| Isbn | string | ISBN-13 of this edition |'));
    const same = await generate({ input: docs, cache });
    expect(same.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, same);
  });

  it('should merge everything again when a reworded row may have given the merged description, or its description comes or goes', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    const get = path.join(docs, 'docfx/Books/v2BookEntity_GetBookEntity.md');
    const post = path.join(docs, 'docfx/Books/v2BookEntity_PostBookEntity.md');
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    const isbn = '| Isbn | string | ISBN-13 of the edition held |';
    for (const [page, step] of [
      // The kept page's row has no description: the merged Isbn has the next page's, whose text the last page's has too.
      [get, (text: string) => text.replace(isbn, '| Isbn | string | |')],
      [put, (text: string) => text.replace(isbn, '| Isbn | string | ISBN-13 of this edition |')],
      [post, (text: string) => text.replace(isbn, '| Isbn | string | ISBN-13 of the edition kept |')],
      // A request body's row (the body is the entity's ref).
      [put, (text: string) => text.replace('| Isbn | String | ISBN-13 of the edition held |', '| Isbn | String | ISBN-13 |')],
      [put, (text: string) => text.replace('| Isbn | string | ISBN-13 of this edition |', '| Isbn | string | |')],
    ] as const) {
      edit(page, step);
      const changed = await generate({ input: docs, cache });
      expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: false });
      await expectCold(docs, changed);
    }
  });

  it('should merge everything again when a table row changed, and give what a cold run gives', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, BOOKS), (text) => text.replace('| PageCount | Integer |', '| PageCount | String |'));
    const changed = await generate({ input: docs, cache });
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, changed);
  });

  it('should patch an operation that loses its description', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, BOOKS), (text) =>
      text.replace(/Updates the existing BookEntity\n+Fields left out of the body keep their stored values\.\n/, ''),
    );
    const changed = await generate({ input: docs, cache });
    expect(changed.stats.patchedRun).toBe(true);
    await expectCold(docs, changed);
  });

  it('should merge everything again when the description of a route another page documents too comes or goes', async () => {
    // The first page's description is the route's; without it, the second page's is.
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, BOOKS);
    writeFileSync(
      path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntityAdmin.md'),
      readFileSync(page, 'utf8').replace('Updates the existing BookEntity', 'Updates any BookEntity, for administrators'),
    );
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace(/Updates the existing BookEntity\n+Fields left out of the body keep their stored values\.\n/, ''));
    const changed = await generate({ input: docs, cache });
    expect(changed.stats.patchedRun).toBe(false);
    await expectCold(docs, changed);
    const spec = JSON.parse(changed.outputs.find((o) => o.path === 'openapi.json')!.contents);
    expect(spec.paths['/api/v2/Book/{id}'].put.summary).toContain('for administrators');
  });

  it('should merge everything again when a page is added, deleted or renamed', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    const page = path.join(docs, BOOKS);
    const added = path.join(docs, 'docfx/Books/v2BookEntity_PatchBookEntity.md');
    writeFileSync(added, readFileSync(page, 'utf8').replaceAll('PUT', 'PATCH').replaceAll('PutBookEntity', 'PatchBookEntity'));
    const afterAdd = await generate({ input: docs, cache });
    expect(afterAdd.stats.patchedRun).toBe(false);
    await expectCold(docs, afterAdd);

    renameSync(added, path.join(docs, 'docfx/Books/v2BookEntity_ZPatchBookEntity.md'));
    const afterRename = await generate({ input: docs, cache });
    expect(afterRename.stats.patchedRun).toBe(false);
    await expectCold(docs, afterRename);

    rmSync(path.join(docs, 'docfx/Books/v2BookEntity_ZPatchBookEntity.md'));
    const afterDelete = await generate({ input: docs, cache });
    expect(afterDelete.stats.patchedRun).toBe(false);
    await expectCold(docs, afterDelete);
  });

  it('should give what a cold run gives after a row is added, an operation added to a page and one removed from it', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, 'general/Members/members.md');
    const cache = tempDir();
    await generate({ input: docs, cache });
    const steps: Array<(text: string) => string> = [
      // A row added to an attribute table.
      (text) =>
        text.replace(
          '| `page` | integer | no | Page number (default `1`) |',
          '| `page` | integer | no | Page number (default `1`) |\n| `sort` | string | no | The field to sort by |',
        ),
      // An operation added to the page.
      (text) =>
        `${text}\n## Renew a member\n\nRenews a membership for a year.\n\n\`\`\`\nPOST /branches/:branch_id/members/:member_id/renew\n\`\`\`\n\n| Attribute | Type | Required | Description |\n| --------- | ---- | -------- | ----------- |\n| \`branch_id\` | integer | yes | The ID of the branch |\n| \`member_id\` | integer | yes | The ID of the member |\n| \`years\` | integer | no | How many years (default \`1\`) |\n`,
      // An operation removed from it.
      (text) => text.replace(/## Get a single member\n[\s\S]*?(?=## Register a member)/, ''),
    ];
    const operations: number[] = [];
    // The row, a query parameter of a route one page documents, is patched (cache/patch-rows.ts).
    const patched = [true, false, false];
    for (const [index, step] of steps.entries()) {
      edit(page, step);
      const changed = await generate({ input: docs, cache });
      expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: patched[index], reusedRun: false });
      operations.push(changed.stats.operations);
      await expectCold(docs, changed);
    }
    expect(operations[1]).toBe(operations[0]! + 1);
    expect(operations[2]).toBe(operations[1]! - 1);
  });

  it('should rewrite only the merged items a retyped row changed, and patch later edits from the kept ones', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    // Each shard file of the merged store, by its inode: a rewritten shard is a new file.
    const shards = () =>
      new Map(
        readdirSync(cache, { recursive: true, encoding: 'utf8' })
          .filter((file) => /merged-\d+\.jsonl$/.test(file))
          .map((file) => [file, statSync(path.join(cache, file)).ino]),
      );
    const before = shards();
    edit(path.join(docs, BOOKS), (text) => text.replace('| PageCount | Integer |', '| PageCount | String |'));
    const retyped = await generate({ input: docs, cache });
    expect(retyped.stats.patchedRun).toBe(false);
    const after = shards();
    const rewritten = [...after].filter(([file, ino]) => before.get(file) !== ino);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length).toBeLessThan(before.size / 2);

    edit(path.join(docs, BOOKS), (text) =>
      text.replace('Updates the existing BookEntity', 'Updates the existing BookEntity\n\nAfter the row.'),
    );
    const patched = await generate({ input: docs, cache });
    expect(patched.stats.patchedRun).toBe(true);
    await expectCold(docs, patched);

    // A route gone: its item leaves the store, and the next edit is patched from what is left.
    const added = path.join(docs, 'docfx/Books/v2BookEntity_PatchBookEntity.md');
    writeFileSync(
      added,
      readFileSync(path.join(docs, BOOKS), 'utf8').replaceAll('PUT', 'PATCH').replaceAll('PutBookEntity', 'PatchBookEntity'),
    );
    await generate({ input: docs, cache });
    rmSync(added);
    await generate({ input: docs, cache });
    edit(path.join(docs, BOOKS), (text) => text.replace('After the row.', 'After the row, and the route gone.'));
    const last = await generate({ input: docs, cache });
    expect(last.stats.patchedRun).toBe(true);
    await expectCold(docs, last);
  });

  it('should merge everything again when the kept merged document or layout is damaged', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    for (const file of readdirSync(cache, { recursive: true, encoding: 'utf8' }))
      if (/(merged-\d+\.jsonl|layout\.json)$/.test(file)) writeFileSync(path.join(cache, file), '{ damaged');
    edit(path.join(docs, BOOKS), (text) => text.replace('Updates the existing BookEntity', 'Updates the existing BookEntity.\n\nMore.'));
    const changed = await generate({ input: docs, cache });
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, changed);
  });

  it('should give what a cold run on two workers gives', async () => {
    // Threads need the built worker script, so the cold run uses the built pipeline.
    const built = (await import(path.join(REPO_ROOT, 'dist/index.js'))) as typeof import('../../../src/run/generate.js');
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, BOOKS), (text) => text.replace('# PUT Book/{id}', '# PUT Book/{id}\n\nAn added line.'));
    const patched = await generate({ input: docs, cache });
    const cold = await built.generate({ input: docs, workers: 2 });
    expect(cold.stats.workers).toBe(2);
    expect(given(patched)).toEqual(given(cold));
  });
});

const SLICE = path.join(SHARED_DIR, 'corpus/superoffice/docs');

describe.skipIf(!existsSync(SLICE))('a run after one page of a DocFX reference changed (../shared corpus)', () => {
  it('should patch every edit above a section and give what a cold run gives', async () => {
    const docs = copy(SLICE);
    const cache = tempDir();
    await generate({ input: docs, cache });
    const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md') && !file.endsWith('index.md'))
      .sort();
    // Pages whose samples fill shared entities: their positions move in many merged items.
    for (const page of [pages[0]!, pages[Math.floor(pages.length / 2)]!]) {
      edit(path.join(docs, page), (text) => text.replace(/\n## /, '\nA paragraph added to the description.\n\n## '));
      const patched = await generate({ input: docs, cache });
      expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true });
      await expectCold(docs, patched);
    }
  }, 120_000);
});

const AUTHOR = 'docfx/Authors/v2AuthorEntity_GetAuthor.md';
const RENEW = 'docfx/Loans/v2LoanAgent_RenewLoan.md';

describe("a run after a row's format changed", () => {
  it('should patch a parameter retyped int32 → int64, and patch a later edit from it', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, AUTHOR), (text) => text.replace('| authorId | int32 |', '| authorId | int64 |'));
    const patched = await generate({ input: docs, cache });
    expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, patched);
    const spec = JSON.parse(patched.outputs.find((o) => o.path === 'openapi.json')!.contents);
    expect(spec.paths['/api/v2/Author/{authorId}'].get.parameters[0].schema).toEqual({ type: 'integer', format: 'int64' });

    // Text added above the table: patched from the patched run's merged items and index.
    edit(path.join(docs, AUTHOR), (text) => text.replace('| Path Part |', 'A line above.\n\n| Path Part |'));
    const moved = await generate({ input: docs, cache });
    expect(moved.stats.patchedRun).toBe(true);
    await expectCold(docs, moved);

    // Back to int32: its zod part is then the text other operations' parts have, which only a
    // whole emit tells apart (emit/item-pieces.ts), so the run may take the long way; either way, a cold run's output.
    edit(path.join(docs, AUTHOR), (text) => text.replace('| authorId | int64 |', '| authorId | int32 |'));
    await expectCold(docs, await generate({ input: docs, cache }));
  });

  it('should patch a property retyped in a table no other page has', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(path.join(docs, AUTHOR), (text) => text.replace('| BirthDate | date-time |', '| BirthDate | date |'));
    const patched = await generate({ input: docs, cache });
    expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, patched);
  });

  it('should patch a property retyped in a table no other page has, on a page whose request body is too small to be that table', async () => {
    // RenewLoan's body (`LoanId`) is compared with RenewalReceipt, the entity its page defines, by
    // its size alone (1 of 3 properties): no format of the entity's rows was read.
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, RENEW);
    cpSync(path.join(REPO_ROOT, 'test/fixtures/own-table', path.basename(RENEW)), page);
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('| RenewalsLeft | int32 |', '| RenewalsLeft | int64 |'));
    const patched = await generate({ input: docs, cache });
    expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, patched);
    const spec = JSON.parse(patched.outputs.find((o) => o.path === 'openapi.json')!.contents);
    expect(spec.components.schemas.RenewalReceipt.properties.RenewalsLeft).toMatchObject({ type: 'integer', format: 'int64' });
  });

  it('should merge everything again when a request body whose types were compared with the table has the retyped property', async () => {
    // The body documents 2 of RenewalReceipt's 3 properties, RenewalsLeft among them: its types were compared.
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, RENEW);
    cpSync(path.join(REPO_ROOT, 'test/fixtures/own-table', path.basename(RENEW)), page);
    edit(page, (text) =>
      text.replace(
        '| LoanId | Integer | Id of the loan to renew |',
        '| LoanId | Integer | Id of the loan to renew |\n| RenewalsLeft | Integer | |',
      ),
    );
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('| RenewalsLeft | int32 |', '| RenewalsLeft | int64 |'));
    const merged = await generate({ input: docs, cache });
    expect(merged.stats.patchedRun).toBe(false);
    await expectCold(docs, merged);
  });

  it('should patch an integer property retyped in a table other pages have too, on the page whose row the merged one keeps', async () => {
    // BookEntity is tabulated on three pages; its BookId is their rows' formats folded (int64 over int32).
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    const page = path.join(docs, 'docfx/Books/v2BookEntity_GetBookEntity.md');
    edit(page, (text) =>
      text.replace('| BookId | int32 | Primary key (auto-incremented) |', '| BookId | int64 | Primary key (auto-incremented) |'),
    );
    const changed = await generate({ input: docs, cache });
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, changed);
    expect(
      JSON.parse(changed.outputs.find((o) => o.path === 'openapi.json')!.contents).components.schemas.BookEntity.properties.BookId,
    ).toMatchObject({
      format: 'int64',
    });
    edit(page, (text) => text.replace('| BookId | int64 |', '| BookId | int32 |'));
    const back = await generate({ input: docs, cache });
    expect(back.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, back);
  });

  it('should patch an integer property retyped on another page than the one whose row the merged one keeps, and on two pages', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    const post = path.join(docs, 'docfx/Books/v2BookEntity_PostBookEntity.md');
    edit(put, (text) => text.replace('| PageCount | int32 |', '| PageCount | int64 |'));
    const one = await generate({ input: docs, cache });
    expect(one.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, one);
    // The other page too, and back on the first: still int64, from another row of the family.
    edit(post, (text) => text.replace('| PageCount | int32 |', '| PageCount | int64 |'));
    edit(put, (text) => text.replace('| PageCount | int64 |', '| PageCount | int32 |'));
    const two = await generate({ input: docs, cache });
    expect(two.stats).toMatchObject({ parsed: 2, patchedRun: true });
    await expectCold(docs, two);
    // A text added above the row moves the page's positions: merged again (a message quotes them), as a cold run gives.
    edit(post, (text) =>
      text.replace('| PageCount | int64 |', '| PageCount | int32 |').replace('## Response:', 'A line more.\n\n## Response:'),
    );
    await expectCold(docs, await generate({ input: docs, cache }));
  });

  it("should merge everything again when the retyped property's rows disagree or its format is a string's, and patch beside a conflict", async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    const put = path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntity.md');
    // Two families of BookId rows (string on one page): a conflict whose message quotes the winner's format.
    edit(put, (text) =>
      text.replace('| BookId | int32 | Primary key (auto-incremented) |', '| BookId | string | Primary key (auto-incremented) |'),
    );
    await generate({ input: docs, cache });
    const get = path.join(docs, 'docfx/Books/v2BookEntity_GetBookEntity.md');
    edit(get, (text) =>
      text.replace('| BookId | int32 | Primary key (auto-incremented) |', '| BookId | int64 | Primary key (auto-incremented) |'),
    );
    const conflicting = await generate({ input: docs, cache });
    expect(conflicting.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, conflicting);
    // Another property of the page the conflict's message quotes: patched (its places did not move).
    edit(get, (text) => text.replace('| PageCount | int32 |', '| PageCount | int64 |'));
    const quoted = await generate({ input: docs, cache });
    expect(quoted.diagnostics.some((d) => d.message.includes('v2BookEntity_GetBookEntity.md'))).toBe(true);
    expect(quoted.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, quoted);
    edit(put, (text) => text.replace('| PublishedAt | date-time |', '| PublishedAt | date |'));
    const dated = await generate({ input: docs, cache });
    expect(dated.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, dated);
  });

  it('should merge everything again when a row was removed', async () => {
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, 'general/Members/members.md');
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text: string) => text.replace('| `page` | integer | no | Page number (default `1`) |\n', ''));
    const changed = await generate({ input: docs, cache });
    expect(changed.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, changed);
  });
});

describe('a run patched after a patched run (the layout and index the first patch kept)', () => {
  it("should count a patched zod part's new text, so a later part of the same text is an alias again", async () => {
    // Two routes whose path parts differ by their parameter's format only: once both are `uuid`,
    // the later operation's part aliases the earlier one's — which only the counts of part texts
    // the first patch left tell the second.
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const author = path.join(docs, AUTHOR);
    const text = readFileSync(author, 'utf8');
    writeFileSync(author, text.replace('| authorId | int32 |', '| authorId | date |'));
    writeFileSync(
      path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthorCard.md'),
      text
        .replace('| authorId | int32 |', '| authorId | date-time |')
        .replaceAll('/api/v2/Author/{authorId}', '/api/v2/AuthorCard/{authorId}')
        .replaceAll('Author/{id}', 'AuthorCard/{id}')
        .replace('v2AuthorEntity_GetAuthor', 'v2AuthorEntity_GetAuthorCard'),
    );
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(author, (page) => page.replace('| authorId | date |', '| authorId | uuid |'));
    const first = await generate({ input: docs, cache });
    expect(first.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, first);

    edit(path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthorCard.md'), (page) =>
      page.replace('| authorId | date-time |', '| authorId | uuid |'),
    );
    const second = await generate({ input: docs, cache });
    await expectCold(docs, second);
    const schemas = second.outputs.find((o) => o.path === 'schemas.ts')!.contents;
    expect(schemas.match(/authorId: z\.guid\(\)/g)).toHaveLength(1);
  });

  it('should move the kept positions of a route two pages document, so a later edit of its description is merged again', async () => {
    // The first page's description is the route's; removed after text above it moved the
    // operation, the second page's is — which the index tells by the operation's moved position.
    const docs = copy(path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, BOOKS);
    writeFileSync(
      path.join(docs, 'docfx/Books/v2BookEntity_PutBookEntityAdmin.md'),
      readFileSync(page, 'utf8').replace('Updates the existing BookEntity', 'Updates any BookEntity, for administrators'),
    );
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('# PUT Book/{id}', 'A line above the route.\n\n# PUT Book/{id}'));
    const moved = await generate({ input: docs, cache });
    expect(moved.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, moved);

    edit(page, (text) => text.replace(/Updates the existing BookEntity\n+Fields left out of the body keep their stored values\.\n/, ''));
    const changed = await generate({ input: docs, cache });
    await expectCold(docs, changed);
    expect(changed.stats.patchedRun).toBe(false);
    const spec = JSON.parse(changed.outputs.find((o) => o.path === 'openapi.json')!.contents);
    expect(spec.paths['/api/v2/Book/{id}'].put.summary).toContain('for administrators');
  });
});
