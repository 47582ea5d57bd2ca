/**
 * Statuses stated in a list of the operation's notes, an item a sentence (`- Returns `201 Created`
 * if imported successfully.`), as Miniflux's API reference writes them under a request: the
 * operation's statuses, read as its sentences' are, the list staying its prose. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/listed-statuses/catalogue.md'), 'utf8');

describe('general reader: statuses stated in a list of notes', () => {
  const read = readGeneral(PAGE, 'api/catalogue.md');

  it('should read the statuses a list after the request sample states, the sample after it that success’s', () => {
    const imported = operation(read, 'POST /v2/catalogue/import');
    expect(imported.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created if imported successfully'],
      ['409', 'Conflict when an import is already running'],
    ]);
    expect(imported.responses[0]?.content[0]?.examples.map((example) => example.value)).toEqual([{ message: 'Catalogue imported' }]);
  });

  it('should read them in a list of the operation’s prose, and keep the list its description', () => {
    const cleared = operation(read, 'DELETE /v2/catalogue');
    expect(cleared.responses.map((r) => r.status)).toEqual(['204']);
    expect(cleared.description).toContain('Only librarians may call it.');
    // A list that states no status says nothing of the answers.
    expect(operation(read, 'GET /v2/catalogue/size').responses.map((r) => r.status)).not.toContain('204');
  });
});
