import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

describe('general reader: a summary is one plain line of what the operation says it does', () => {
  it('should take the text a paragraph shows, not its marks: emphasis, code spans, links, formatting tags, line breaks', () => {
    const read = readGeneral(
      [
        '### Archive shelves',
        '```\nPOST /shelves/archive\n```',
        '_Tell the **library** to archive the `inboxed` shelves\nof a [branch](#branches)<br>at once._',
        'Shelves already archived are left as they are; see `archived` in *Shelf*.',
      ].join('\n\n'),
    );
    const archive = operation(read, 'POST /shelves/archive');
    expect(archive.summary).toBe('Tell the library to archive the inboxed shelves of a branch at once.');
    // The description keeps its markdown, as OpenAPI's descriptions are CommonMark.
    expect(archive.description).toBe('Shelves already archived are left as they are; see `archived` in *Shelf*.');
  });
});
