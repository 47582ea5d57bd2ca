/**
 * A row's scalar kind changed (`int32` → `double`, `string` → `int32`): the last run is patched
 * where nothing but the row's merged node reads the kind, or where beyond it only the row's sample
 * mismatches change, which the kind walks give (run/cache/patch-kinds.ts); merged again where a
 * match compared values the new kind does not accept with it. Either way the outputs,
 * diagnostics, file reports and IR are a cold run's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';
import { copyDocs, edit, expectCold } from './cold-run.js';

const tempDir = useTempDir();

const AUTHOR = 'docfx/Authors/v2AuthorEntity_GetAuthor.md';
/** A row of Person's table that no sample shows (other pages' samples show Person's other rows). */
const PSEUDONYM = '| Pseudonym | string | Pen name, if any |';
const withPseudonym = (text: string) =>
  text.replace('| Nationality | string | ISO 3166 two-letter country code |\n', (row) => `${row}${PSEUDONYM}\n`);

const component = (result: Awaited<ReturnType<typeof generate>>, entity: string, property: string) =>
  JSON.parse(result.outputs.find((o) => o.path === 'openapi.json')!.contents).components.schemas[entity].properties[property];

describe("a run after a row's kind changed", () => {
  it('should patch a property whose samples show integers, typed int32 → double, then text moved and the kind back', async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('| PersonId | int32 |', '| PersonId | double |'));
    const patched = await generate({ input: docs, cache });
    expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, patched);
    expect(component(patched, 'Person', 'PersonId')).toMatchObject({ type: 'number', format: 'double' });

    // Patched again from the patched run's items, index and kind reads.
    edit(page, (text) => text.replace('### Response body: Person', 'A line above.\n\n### Response body: Person'));
    const moved = await generate({ input: docs, cache });
    expect(moved.stats.patchedRun).toBe(true);
    await expectCold(docs, moved);
    edit(page, (text) => text.replace('| PersonId | double |', '| PersonId | int32 |'));
    const back = await generate({ input: docs, cache });
    expect(back.stats.patchedRun).toBe(true);
    await expectCold(docs, back);
  });

  it('should patch a property no sample shows typed string → int32, and a path parameter int32 → string', async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    edit(page, withPseudonym);
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('| Pseudonym | string |', '| Pseudonym | int32 |'));
    const property = await generate({ input: docs, cache });
    expect(property.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, property);
    expect(component(property, 'Person', 'Pseudonym')).toMatchObject({ type: 'integer', format: 'int32' });

    edit(page, (text) => text.replace('| authorId | int32 |', '| authorId | string |'));
    const parameter = await generate({ input: docs, cache });
    expect(parameter.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, parameter);
  });

  it("should patch a row whose samples' values fail the new kind (bool → string), giving its mismatch from the kind walks, and back", async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('| IsActive | bool |', '| IsActive | string |'));
    const patched = await generate({ input: docs, cache });
    expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, patched);
    // Several pages' samples show Person: one finding, at the first, the others related.
    const mismatch = patched.diagnostics.find((d) => d.code === 'sample-type-mismatch' && d.message.startsWith('Person.IsActive'));
    expect(mismatch?.message).toMatch(
      /^Person\.IsActive is documented as a string, but a sample shows a boolean \(true\) \(and \d+ more samples\)$/,
    );
    expect(mismatch?.related?.length).toBeGreaterThan(1);

    // Back: the mismatch taken out, from the walks whose samples on the page moved with the edit.
    edit(page, (text) => text.replace('| IsActive | string |', '| IsActive | bool |'));
    const back = await generate({ input: docs, cache });
    expect(back.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, back);
    expect(back.diagnostics.some((d) => d.message.startsWith('Person.IsActive'))).toBe(false);
  });

  it('should patch a string row typed int32 beside string samples, and merge a later format change of it again (its message quotes it)', async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    const cache = tempDir();
    await generate({ input: docs, cache });
    edit(page, (text) => text.replace('| Nationality | string |', '| Nationality | int32 |'));
    const patched = await generate({ input: docs, cache });
    expect(patched.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, patched);
    expect(patched.diagnostics.some((d) => d.message.startsWith('Person.Nationality is documented as an int32'))).toBe(true);

    // The mismatch now quotes the row's format: a format change rewords it, which a format patch cannot.
    edit(page, (text) => text.replace('| Nationality | int32 |', '| Nationality | int64 |'));
    const reformatted = await generate({ input: docs, cache });
    expect(reformatted.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, reformatted);
  });

  it("should merge everything again when a page holding the row's samples moved since the walks were kept, and patch after", async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    // A paragraph above a page's Person sample: patched, and that page's places in the walks now stale.
    edit(path.join(docs, 'docfx/Books/v2BookEntity_GetBookEntity.md'), (text) =>
      text.replace('## Sample response', 'A line above.\n\n## Sample response'),
    );
    expect((await generate({ input: docs, cache })).stats.patchedRun).toBe(true);
    edit(path.join(docs, AUTHOR), (text) => text.replace('| IsActive | bool |', '| IsActive | string |'));
    const merged = await generate({ input: docs, cache });
    expect(merged.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, merged);
    edit(path.join(docs, AUTHOR), (text) => text.replace('| IsActive | string |', '| IsActive | bool |'));
    const back = await generate({ input: docs, cache });
    expect(back.stats).toMatchObject({ parsed: 1, patchedRun: true });
    await expectCold(docs, back);
  });

  it("should merge everything again when another page's untyped body fits the entity by the row's sample values", async () => {
    // The card's response has no table: its sample shows Person's fields, so its body is Person
    // while each key's values are of the types Person's rows accept (infer/documented-match.ts).
    // No sample is walked down to Pseudonym: only the card's fit reads its kind.
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, AUTHOR);
    const text = readFileSync(page, 'utf8');
    writeFileSync(
      path.join(docs, 'docfx/Authors/v2AuthorEntity_GetAuthorCard.md'),
      text
        .replace(/### Response body: Person\n\n(?:\|[^\n]*\n)+/, '')
        .replaceAll('Author/{authorId}', 'AuthorCard/{authorId}')
        .replaceAll('Author/{id}', 'AuthorCard/{id}')
        .replace('v2AuthorEntity_GetAuthor', 'v2AuthorEntity_GetAuthorCard')
        .replace('  "Nationality": "NO",\n', (row) => `${row}  "Pseudonym": "Ola",\n`),
    );
    edit(page, withPseudonym);
    const cache = tempDir();
    const before = await generate({ input: docs, cache });
    const card = JSON.parse(before.outputs.find((o) => o.path === 'openapi.json')!.contents).paths['/api/v2/AuthorCard/{authorId}'];
    expect(card.get.responses['200'].content['application/json'].schema).toMatchObject({ $ref: '#/components/schemas/Person' });

    edit(page, (own) => own.replace('| Pseudonym | string |', '| Pseudonym | int32 |'));
    const merged = await generate({ input: docs, cache });
    expect(merged.stats).toMatchObject({ parsed: 1, patchedRun: false });
    await expectCold(docs, merged);
  });
});
