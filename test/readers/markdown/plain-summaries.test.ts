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

  it("should take the operation's sub-heading as its summary where no prose of its own follows, never a response's words", () => {
    const read = readGeneral(
      [
        '#### GET Shelf',
        'Retrieve the shelf identified by `name`.',
        '##### Fetch Shelf',
        '```\nGET /v3/<name>/shelf\nHost: <library host>\n```',
        'The following parameters should be specified on the request:',
        '|Name|Kind|Description|\n|----|----|-----------|\n|`name`|path|Name of the shelf.|',
        '###### On Success: OK',
        '```\n200 OK\nContent-Type: application/json\n\n{"name": "poetry"}\n```',
        'The shelf identified by `name` is available. Its books are in the body.',
        '#### DELETE Shelf',
        '```\nDELETE /v3/<name>/shelf\n```',
        'Delete the shelf identified by `name`.',
        '###### On Success: Accepted',
        '```\n202 Accepted\n```',
        'The shelf is gone.',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /v3/{name}/shelf').summary).toBe('Fetch Shelf');
    // Prose of the operation's own, before its answers, is still its summary.
    expect(operation(read, 'DELETE /v3/{name}/shelf').summary).toBe('Delete the shelf identified by name.');
  });
});
