/**
 * A page whose route names a path parameter no row of it documents, beside an OpenAPI spec (or a
 * page) that documents the route: the spec's parameter is the operation's, and the page's
 * `path-parameter-undocumented` is withdrawn — whichever file comes first, and where the page names
 * the spec's operation in its front matter (`openapi: orchard.yaml GET /trees/{treeId}`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/run/generate.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

const SPEC = `openapi: 3.0.3
info: {title: Orchard, version: "1"}
paths:
  /trees/{treeId}:
    get:
      operationId: getTree
      parameters:
        - {name: treeId, in: path, required: true, description: The tree's id., schema: {type: integer}}
      responses:
        "200": {description: The tree.}
`;
const PAGE = '# Get a tree\n\n`GET /trees/{treeId}`\n\nReturns one tree of the orchard.\n';
const NAMING = '---\ntitle: "Get a tree"\nopenapi: "orchard.yaml GET /trees/{treeId}"\n---\n\nReturns one tree of the orchard.\n';

async function run(files: Record<string, string>) {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  const result = await generate({ input: dir });
  const tree = result.document.operations.find((op) => op.path === '/trees/{treeId}');
  return {
    operationId: tree?.operationId,
    codes: result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.source.file} ${d.code}`),
    parameters: tree?.parameters.map((p) => [p.in, p.name, p.schema.kind, p.description, p.source?.file, 'undocumented' in p]),
  };
}

describe('merge: a path parameter a page has no row for, documented by a spec beside it', () => {
  it.each([
    ['a page before the spec', 'a-tree.md', PAGE],
    ['a page after the spec', 'z-tree.md', PAGE],
    ['a page naming the spec’s operation in its front matter', 'get-tree.mdx', NAMING],
  ])('should take the spec’s parameter and warn of none (%s)', async (_, file, text) => {
    const read = await run({ 'orchard.yaml': SPEC, [file]: text });
    expect(read.codes).toEqual([]);
    expect(read.parameters).toEqual([['path', 'treeId', 'integer', "The tree's id.", 'orchard.yaml', false]]);
    // The spec's operationId, not one made from the route, whichever file comes first.
    expect(read.operationId).toBe('getTree');
  });

  it('should keep the warning where nothing documents the parameter, and no mark in the merged document', async () => {
    const read = await run({ 'a-tree.md': PAGE, 'b-tree.md': PAGE.replace('Returns', 'Gives') });
    expect(read.codes).toEqual(['a-tree.md path-parameter-undocumented', 'b-tree.md path-parameter-undocumented']);
    expect(read.parameters).toEqual([['path', 'treeId', 'string', undefined, 'a-tree.md', false]]);
  });
});
