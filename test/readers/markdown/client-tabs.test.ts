/**
 * MkDocs Material's content tabs titled by a client written with more words than its name: the
 * client in parentheses (`=== "Command line (curl)"`, `=== "Python (requests)"`) or a tool's own
 * client (`=== "shedctl CLI"`, `=== "Go SDK"`). Each names its sample's language, as `=== "cURL"`
 * does: no words of the operation. Before, the titles were the operation's description. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/client-tabs/shelves.md'), 'utf8'), 'api/shelves.md');

describe('general reader: content tabs titled by a client in more words', () => {
  it('should take no tab title for words of the operation', () => {
    const add = operation(read, 'POST /v1/sheds/{shed_id}/shelves');
    expect(add.summary).toBe('Adds a shelf to a garden shed.');
    expect(`${add.description ?? ''}`).not.toMatch(/Command line|shedctl CLI|Python \(requests\)|Go SDK/);
  });

  it('should still read a tab of a response’s status as that status', () => {
    const remove = operation(read, 'DELETE /v1/sheds/{shed_id}/shelves/{shelf_id}');
    expect(remove.responses.map((r) => r.status)).toEqual(['204']);
    expect(remove.description).toBeUndefined();
  });
});
