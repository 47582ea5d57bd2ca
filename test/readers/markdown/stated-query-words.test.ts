/**
 * A row's description places it in the query only where its words name the query as a place:
 * "passed in the query string", "specified as part of the URL as a query parameter", "sent in the
 * URL query". "The query" alone is a search's query ("if no field is specified in the query", as a
 * search API's words run): the row of a POST stays the body's field (before, it was read as a query
 * parameter of the POST). The page is a note-shelf API of ours.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/run/read-page.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = [
  '## Find notes',
  '',
  '```',
  'POST /shelves/:shelf/find',
  '```',
  '',
  '| Name | Type | Description |',
  '|---|---|---|',
  '| `shelf` | string | The shelf. |',
  '| `words` | string | Words to look for. |',
  '| `in_fields` | [String] | Fields to look in where no field is specified in the query. |',
  '| `sort` | string | Order of the notes, when none is given in the query text. |',
  '| `trace` | boolean | Passed in the query string. |',
  '| `shard` | string | This is specified as part of the URL as a query parameter. |',
  '| `region` | string | Sent in the URL query. |',
  '',
].join('\n');

describe('general reader: words that place a row in the query', () => {
  it('should keep a row whose words name the search query, no place, as a body field', () => {
    const find = operation(readGeneral(PAGE), 'POST /shelves/{shelf}/find');
    expect(parameterNames(find)).toEqual(['path:shelf*', 'query:trace', 'query:shard', 'query:region']);
    const body = bodySchema(find);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['words', 'in_fields', 'sort']);
  });

  it('should read thousands of such rows and a long run of blanks around the words in seconds', () => {
    const spaces = ' '.repeat(300_000);
    const rows = Array.from({ length: 3_000 }, (_, i) => `| \`f${i}\` | string | Specified in the query${i % 2 ? ' string' : ''}. |`);
    const text = [
      '## Find\n\n```\nPOST /find\n```',
      `| Name | Type | Description |\n|---|---|---|\n${rows.join('\n')}`,
      `| Name | Type | Description |\n|---|---|---|\n| a | string | specified${spaces}in${spaces}the${spaces}query${spaces}x |\n| b | string | ${'passed as a '.repeat(25_000)}query |\n| c | string | specified as part of the URL ${'as a '.repeat(30_000)}${spaces}q |`,
    ].join('\n\n');
    const result = readPage({ file: 'hostile.md', text });
    // (The reader takes seconds over a table of thousands of rows whatever its words: the bound is for a quadratic scan.)
    const find = result.fragment!.operations[0]!;
    expect(find.parameters).toHaveLength(1_500);
    const body = find.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.length).toBe(1_503);
  }, 60_000);
});
