/**
 * Under a Returns heading, "Returns `Project`." (SDK references name the returned type in code,
 * with no article and no "object"): the success's body is that type, a list of it where the code
 * says so (`Project[]`, `list[Project]`, `List<Project>`), and a field table under it defines the
 * type. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

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
