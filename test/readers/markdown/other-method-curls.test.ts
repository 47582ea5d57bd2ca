/**
 * A curl command of another method inside an operation's section (a DELETE's "to check that it is
 * gone" `curl -X GET …`, a GET's "to change it first" `curl -X PATCH … -d '{…}'`): no sample of
 * that operation and no operation of its own. Checked as the issue asked (it held before): the
 * other call's query keys and body stay out of the operation. The page is ours, a made-up toy shop.
 */
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = [
  '# Toys',
  '## Delete a toy',
  '`DELETE /toys/{id}`',
  'Deletes the toy.',
  '```bash\ncurl -X DELETE https://api.example.com/toys/7\n```',
  'To check that it is gone:',
  '```bash\ncurl -X GET "https://api.example.com/toys/7?fields=name&include_deleted=true"\n```',
  '## Get a toy',
  '`GET /toys/{id}`',
  'Reads the toy.',
  '```bash\ncurl -X GET https://api.example.com/toys/7\n```',
  'To change it first:',
  '```bash\ncurl -X PATCH https://api.example.com/toys/7 -H "Content-Type: application/json" -d \'{"name": "Ball", "colour": "red"}\'\n```',
].join('\n\n');

describe('general reader: a curl of another method inside an operation’s section', () => {
  it('should make it neither the operation’s sample nor an operation of its own', () => {
    const read = readGeneral(PAGE, 'api/toys.md');
    expect(read.routes).toEqual(['DELETE /toys/{id}', 'GET /toys/{id}']);
    const remove = operation(read, 'DELETE /toys/{id}');
    expect(parameterNames(remove)).toEqual(['path:id*']);
    expect(remove.requestBody).toBeUndefined();
    const get = operation(read, 'GET /toys/{id}');
    expect(parameterNames(get)).toEqual(['path:id*']);
    expect(get.requestBody).toBeUndefined();
    expect(JSON.stringify(read.fragment)).not.toContain('colour');
  });
});
