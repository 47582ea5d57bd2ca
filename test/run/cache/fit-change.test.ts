/**
 * A row's kind changed where a match of other samples' items with its entity compared the row's
 * values (infer/documented-match.ts), so that the items no longer fit the entity and become a type
 * of their own: a fit changes, which no patch redoes, so everything is merged again. Emitting takes
 * the last outputs' pieces of every item the change did not reach, though the document gained (or
 * lost) a named type (emit/reuse.ts); the outputs, diagnostics, file reports and IR are a cold run's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';
import { copyDocs, edit, expectCold } from './cold-run.js';

const tempDir = useTempDir();

/** A page of its own documenting the editions the book page's sample lists (`"Editions": [{ "Year": 1998, … }]`). */
const EDITION_PAGE = `---
title: GET Edition/{id}
uid: v2EditionEntity_GetEdition
---

# GET Edition/{id}

\`\`\`http
GET /api/v2/Edition/{id}
\`\`\`

Gets an edition of a book.

| Path Part | Type | Description |
|-----------|------|-------------|
| id | int32 | The id of the edition. **Required** |

## Response:

| Response | Description |
|----------------|-------------|
| 200 | EditionEntity found. |

### Response body: EditionEntity

| Property Name | Type |  Description |
|----------------|------|--------------|
| Year | int32 | Year the edition came out |
| Publisher | string | Who published it |
| Format | string | Hardcover, Paperback or Ebook |
`;

const editions = (result: Awaited<ReturnType<typeof generate>>) =>
  JSON.parse(result.outputs.find((o) => o.path === 'openapi.json')!.contents).components.schemas.BookEntity.properties.Editions.items;

describe("a run after a row's kind changed so that samples' items no longer fit its entity", () => {
  it.each([1, 2])('should merge again, take the unchanged pieces and give a cold run (%i workers)', async (workers) => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, 'docfx/Books/v2EditionEntity_GetEdition.md');
    writeFileSync(page, EDITION_PAGE);
    const cache = tempDir();
    const first = await generate({ input: docs, cache, workers });
    expect(editions(first)).toEqual({ $ref: '#/components/schemas/EditionEntity' });

    // The sample's years (1998) are no strings: the items are a type of their own now.
    edit(page, (text) => text.replace('| Year | int32 |', '| Year | string |'));
    const unfitted = await generate({ input: docs, cache, workers });
    expect(unfitted.stats).toMatchObject({ parsed: 1, patchedRun: false });
    expect(unfitted.stats.reusedPieces).toBeGreaterThan(0);
    // The cache's files of the last outputs with the changed pieces spliced in: the run's outputs are those files.
    expect(unfitted.outputs.every((output) => output.cachedFile !== undefined)).toBe(true);
    expect(editions(unfitted)).not.toEqual({ $ref: '#/components/schemas/EditionEntity' });
    await expectCold(docs, unfitted);

    edit(page, (text) => text.replace('| Year | string |', '| Year | int32 |'));
    const fitted = await generate({ input: docs, cache, workers });
    expect(fitted.stats).toMatchObject({ parsed: 1, patchedRun: false });
    expect(fitted.stats.reusedPieces).toBeGreaterThan(0);
    expect(fitted.outputs.every((output) => output.cachedFile !== undefined)).toBe(true);
    expect(editions(fitted)).toEqual({ $ref: '#/components/schemas/EditionEntity' });
    await expectCold(docs, fitted);
  });
});
