/**
 * "The API is:" (or "This api is:") right over the request line, as Synapse's admin API pages write
 * each call: the line's title, as `Endpoint:` is, no words of the call. Before, it was the call's
 * summary where it came first, else a line of its description. The fixture is a shelf API written by us.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = [
  '# Shelf Admin API',
  '## List shelves',
  'The API is:',
  '```\nGET /_admin/v1/shelves\n```',
  'It returns the shelves of the library.',
  '## Move a shelf',
  'This API moves a shelf to another room.',
  'This api is:',
  '```\nPOST /_admin/v1/shelves/<shelf_id>/move\n```',
].join('\n\n');

describe('general reader: "The API is:" over the request line', () => {
  const read = readGeneral(PAGE, 'admin/shelves.md');

  it('should make it no summary of the call', () => {
    const list = operation(read, 'GET /_admin/v1/shelves');
    expect(list.summary).toBe('It returns the shelves of the library.');
    expect(list.description ?? '').not.toContain('API is');
  });

  it('should make it no words of the description either', () => {
    const move = operation(read, 'POST /_admin/v1/shelves/{shelf_id}/move');
    expect(move.summary).toBe('This API moves a shelf to another room.');
    expect(move.description ?? '').not.toContain('api is');
  });
});
