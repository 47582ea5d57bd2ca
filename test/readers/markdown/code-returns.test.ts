/**
 * Under a Returns heading, "Returns `Project`." (SDK references name the returned type in code,
 * with no article and no "object"): the success's body is that type, a list of it where the code
 * says so (`Project[]`, `list[Project]`, `List<Project>`), and a field table under it defines the
 * type. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';
import { useTempDir, writeDocs } from '../../helpers/temp-dir.js';
import { operation, readGeneral } from './helpers.js';

const tempDir = useTempDir();

const page = (returns: string, after = '') => `# Boards

## Get a board

\`GET /boards/{board_id}\`

### Parameters

| Parameter | Type | In | Required | Description |
|---|---|---|---|---|
| \`board_id\` | string | path | Yes | The board. |

### Returns

${returns}
${after}
## Models

### Board

| Field | Type | Description |
|---|---|---|
| \`id\` | string | Identifier. |
`;

const success = (op: Operation): Schema | undefined => op.responses.find((r) => r.status === '2XX')?.content?.[0]?.schema;
const read = (returns: string, after = '') => operation(readGeneral(page(returns, after), 'api/boards.md'), 'GET /boards/{board_id}');

describe('general reader: "Returns `Type`." under a Returns heading', () => {
  it('should make the success’s body the type the code names', () => {
    expect(success(read('Returns `Board`.'))).toMatchObject({ kind: 'ref', name: 'Board' });
    expect(success(read('Returns: `Board`'))).toMatchObject({ kind: 'ref', name: 'Board' });
  });

  it('should make it a list of the type where the code writes a list', () => {
    for (const code of ['Board[]', 'list[Board]', 'List<Board>', 'Array<Board>'])
      expect(success(read(`Returns \`${code}\`.`)), code).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Board' } });
  });

  it('should let a field table under the sentence define the type it names', () => {
    const read = readGeneral(
      page('Returns `BoardPage`.', '\n| Field | Type | Description |\n|---|---|---|\n| `items` | `Board[]` | The boards. |\n'),
      'api/boards.md',
    );
    expect(success(operation(read, 'GET /boards/{board_id}'))).toMatchObject({ kind: 'ref', name: 'BoardPage' });
    expect(read.fragment?.schemas.find((s) => s.name === 'BoardPage')?.schema).toMatchObject({
      kind: 'object',
      properties: [{ name: 'items' }],
    });
  });

  it('should type nothing where the code is no type or the sentence goes on', () => {
    for (const words of ['Returns `board`.', 'Returns `Board` when the board is public.', 'Returns `Board or null`.'])
      expect(success(read(words)), words).toBeUndefined();
  });
});

/** An SDK reference's operations: the parameters' table, then "Returns `Type`." with no Returns heading; the types in a section of their own. */
const SDK = `# Boards

### List boards

\`GET /boards\`

| Parameter | Type | In | Required | Description |
|---|---|---|---|---|
| \`page\` | integer | query | No | The page. |

Returns \`BoardPage\`.

### Get a board

\`GET /boards/{board_id}\`

| Parameter | Type | In | Required | Description |
|---|---|---|---|---|
| \`board_id\` | string | path | Yes | The board. |

Returns \`Board\`.

| Field | Type | Description |
|---|---|---|
| \`id\` | string | Identifier. |
| \`title\` | string | The title. |

### Create a board

\`POST /boards\`

| Parameter | Type | In | Required | Description |
|---|---|---|---|---|
| \`title\` | string | body | Yes | The title. |

Returns \`Board\`.

## Types

### BoardPage

| Field | Type | Description |
|---|---|---|
| \`items\` | Board[] | The boards. |
`;

describe('general reader: "Returns `Type`." in the operation’s words (SDK references)', () => {
  it('should type the success where a page defines the type, and make a table right under the sentence the type’s fields, no parameters', async () => {
    const { document } = await generate({ input: writeDocs(tempDir, { 'api/boards.md': SDK }) });
    const op = (route: string) => document.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)!;
    expect(success(op('GET /boards'))).toMatchObject({ kind: 'ref', name: 'BoardPage' });
    expect(success(op('GET /boards/{board_id}'))).toMatchObject({ kind: 'ref', name: 'Board' });
    expect(op('GET /boards/{board_id}').parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:board_id']);
    expect(success(op('POST /boards'))).toMatchObject({ kind: 'ref', name: 'Board' });
    const board = document.schemas.find((s) => s.name === 'Board')?.schema;
    expect(board?.kind === 'object' && board.properties.map((p) => p.name)).toEqual(['id', 'title']);
  });

  it('should make a body’s one scalar row a field of the body, and a row named as bodies are the body itself', () => {
    const body = (route: string, text: string) => operation(readGeneral(text, 'api/boards.md'), route).requestBody?.content[0]?.schema;
    expect(body('POST /boards', SDK)).toMatchObject({
      kind: 'object',
      properties: [{ name: 'title', required: true, schema: { kind: 'string' } }],
    });
    expect(body('POST /boards', SDK.replace('| `title` | string | body |', '| `body` | string | body |'))).toMatchObject({
      kind: 'string',
    });
    expect(body('POST /boards', SDK.replace('| `title` | string | body |', '| `board` | Board | body |'))).toMatchObject({
      kind: 'ref',
      name: 'Board',
    });
  });
});
