/**
 * "Returns *True* on success." / "Returns `true` on success." (call-style bot references): the
 * success's body is a boolean. Other sentences with `true` in them state nothing. The page is ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

function page(sentence: string) {
  return readGeneral(
    [
      '# Shelf Bot API',
      'All queries are sent as `https://bots.shelves.example/bot<token>/METHOD_NAME`. We support GET and POST HTTP methods.',
      '## Available methods',
      '#### pinShelf',
      `Use this method to pin a shelf. ${sentence}`,
      '| Parameter | Type | Required | Description |\n| --- | --- | --- | --- |\n| shelf_id | Integer | Yes | The shelf to pin |',
    ].join('\n\n'),
  );
}

function responses(sentence: string) {
  return strip(operation(page(sentence), 'GET /bot{token}/pinShelf').responses).map(({ status, content }) => [status, content[0]?.schema]);
}

describe('general reader: "Returns True on success."', () => {
  it('should read "Returns *True* on success." and "Returns `true` on success." as a boolean success', () => {
    expect(responses('Returns *True* on success.')).toEqual([['2XX', { kind: 'boolean' }]]);
    expect(responses('Returns `true` on success.')).toEqual([['2XX', { kind: 'boolean' }]]);
    expect(responses('Returns true if successful.')).toEqual([['2XX', { kind: 'boolean' }]]);
  });

  it('should read nothing from a condition or another literal', () => {
    expect(responses('Returns true if the shelf is already pinned.')).toEqual([]);
    expect(responses('Returns *False* on failure.')).toEqual([]);
    expect(responses('The flag is true on success.')).toEqual([]);
  });
});
