import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A "library" API written as search engines' references write theirs: console requests and their `console-result`. */
const PAGE = [
  '# Shelve a book API',
  'Puts a book on a shelf.',
  '## Request',
  '`PUT /<shelf>/_book/<_id>`',
  '## Path parameters',
  '`<shelf>`\n:   (Required, string) Name of the shelf.',
  '`<_id>`\n:   (Required, string) Identifier of the book.',
  '## Query parameters',
  '`wait`\n:   (Optional, Boolean) If `true`, the call returns once the book is shelved.',
  '## Response body',
  '`result`\n:   What was done, `created` or `updated`.',
  '`_copies`\n:   How many copies the shelf holds.',
  '## Examples',
  'Shelve book 1 on `poetry`:',
  '```console\nPUT poetry/_book/1\n{\n  "title": "Odes"\n}\n```',
  'The API returns the following result:',
  '```console-result\n{\n  "result": "created",\n  "_copies": 2\n}\n```',
].join('\n\n');

describe('general reader: console requests and their results (`console-result`)', () => {
  it("should read a `console-result` fence's JSON as the call's answer, the `console` request before it as the request's sample", () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['PUT /{shelf}/_book/{_id}']);
    const shelve = operation(read, 'PUT /{shelf}/_book/{_id}');
    expect(parameterNames(shelve)).toEqual(['path:shelf*', 'path:_id*', 'query:wait']);
    expect(shelve.requestBody?.content[0]?.examples[0]?.value).toEqual({ title: 'Odes' });
    expect(shelve.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { result: 'created', _copies: 2 }]]);
  });

  it('should read other result fences (`json-response`, `shell-output`) holding JSON as answers, and leave ones holding text', () => {
    const page = (lang: string, body: string) =>
      ['## Count the books', '`GET /shelves/{shelf}/count`', `\`\`\`${lang}\n${body}\n\`\`\``].join('\n\n');
    for (const lang of ['json-response', 'shell-output']) {
      const read = readGeneral(page(lang, '{"count": 3}'));
      expect(operation(read, 'GET /shelves/{shelf}/count').responses[0]?.content[0]?.examples[0]?.value).toEqual({ count: 3 });
    }
    const text = readGeneral(page('console-result', '3 books'));
    expect(operation(text, 'GET /shelves/{shelf}/count').responses).toEqual([]);
    const unknown = readGeneral(page('console-results-table', '{"count": 3}'));
    expect(operation(unknown, 'GET /shelves/{shelf}/count').responses).toEqual([]);
  });
});
