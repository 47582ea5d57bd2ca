/**
 * MkDocs Material's content tabs titled by a client written with more words than its name: the
 * client in parentheses (`=== "Command line (curl)"`, `=== "Python (requests)"`) or a tool's own
 * client (`=== "shedctl CLI"`, `=== "Go SDK"`). Each names its sample's language, as `=== "cURL"`
 * does: no words of the operation. Before, the titles were the operation's description. So is a
 * client's with its version (`=== "Python 3"`, `=== "Node.js 20"`) and several parted by slashes
 * (`=== "bash / cURL"`): before, the first was the summary of an operation of no words of its own (now its heading's). The pages are ours.
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

describe('general reader: content tabs titled by a client with its version, or by several', () => {
  const lamps = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/client-tabs/lamps.md'), 'utf8'), 'api/lamps.md');

  it('should take no tab title for the summary or words of the operation', () => {
    const dim = operation(lamps, 'POST /v2/lamps/{lamp}/dim');
    expect(dim.summary).toBe('Dim a lamp');
    expect(`${dim.description ?? ''}`).not.toMatch(/Python 3|Node\.js 20|bash \/ cURL|JavaScript \(plain\)/);
  });
});
