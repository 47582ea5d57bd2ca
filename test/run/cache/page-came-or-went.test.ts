/**
 * A page added or removed is merged again with all the others (no patch tells such an edit local),
 * and emitting takes the last outputs' pieces of every unchanged item, in types.ts and schemas.ts
 * too, though the document gained (or lost) an operation (emit/reuse.ts), as ranges of the cache's
 * files that its new ones are spliced from; the outputs,
 * diagnostics, file reports and IR are a cold run's.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import type { GenerateResult } from '../../../src/run/result.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';
import { copyDocs, expectCold } from './cold-run.js';

const tempDir = useTempDir();

/** A page of its own: a route and an entity no other page has. */
const SHELF_PAGE = `---
title: GET Shelf/{id}
uid: v2ShelfEntity_GetShelf
---

# GET Shelf/{id}

\`\`\`http
GET /api/v2/Shelf/{id}
\`\`\`

Gets a shelf of the library.

| Path Part | Type | Description |
|-----------|------|-------------|
| id | int32 | The id of the shelf. **Required** |

## Response:

| Response | Description |
|----------------|-------------|
| 200 | ShelfEntity found. |

### Response body: ShelfEntity

| Property Name | Type |  Description |
|----------------|------|--------------|
| Row | int32 | The row the shelf stands in |
| Label | string | What its sign says |
`;

/**
 * More pieces than openapi.json has: types.ts's or schemas.ts's were taken too. As ranges of the
 * cache's files of the last outputs, spliced into its new ones: the run's outputs are those files.
 */
function expectCodeReused(result: GenerateResult): void {
  expect(result.outputs.every((output) => output.cachedFile !== undefined)).toBe(true);
  const openapi = JSON.parse(result.outputs.find((o) => o.path === 'openapi.json')!.contents);
  const openapiPieces = Object.keys(openapi.paths).length + Object.keys(openapi.components?.schemas ?? {}).length;
  expect(result.stats.reusedPieces).toBeGreaterThan(openapiPieces);
}

describe('a run after a page was added or removed', () => {
  it('should merge again, take the unchanged pieces of all three outputs and give a cold run', async () => {
    const docs = copyDocs(tempDir, path.join(REPO_ROOT, 'docs-input'));
    const page = path.join(docs, 'docfx/Books/v2ShelfEntity_GetShelf.md');
    const cache = tempDir();
    await generate({ input: docs, cache, workers: 1 });

    writeFileSync(page, SHELF_PAGE);
    const added = await generate({ input: docs, cache, workers: 1 });
    expect(added.stats).toMatchObject({ parsed: 1, patchedRun: false });
    expect(added.outputs.find((o) => o.path === 'types.ts')!.contents).toContain('ShelfEntity');
    expectCodeReused(added);
    await expectCold(docs, added);

    rmSync(page);
    const removed = await generate({ input: docs, cache, workers: 1 });
    expect(removed.stats).toMatchObject({ parsed: 0, patchedRun: false });
    expect(removed.outputs.find((o) => o.path === 'types.ts')!.contents).not.toContain('ShelfEntity');
    expectCodeReused(removed);
    await expectCold(docs, removed);
  });
});
