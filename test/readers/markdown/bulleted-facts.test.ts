/**
 * A parameter's facts a bullet each, nested under its name (`` * `limit` (optional) `` ⏎ `  * Type: Int`
 * ⏎ `  * Default: 25` ⏎ `  * The most changes to return.`): the type, the default and the words of
 * that parameter, as one item's notes and description would be.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/bulleted-facts/shelf-history.md'), 'utf8');

describe('general reader: parameter facts in nested bullets', () => {
  it("should read a nested `Type:` item as the parameter's type, a default's item and an item of words as its description", () => {
    const op = operation(readGeneral(page, 'api/shelf-history.md'), 'GET /library/v2/shelves/{shelfId}/history');
    // Before, none of these lists was read: every parameter but the path's was lost.
    expect(parameterNames(op)).toEqual(['header:X-Library-Reader', 'query:since', 'query:limit', 'query:verbose', 'path:shelfId*']);
    const parameter = (name: string) => op.parameters.find((p) => p.name === name)!;
    expect(parameter('X-Library-Reader').description).toBe('A name for the reader asking, kept in the audit log.');
    expect(strip(parameter('limit').schema)).toMatchObject({ kind: 'integer', default: 25 });
    expect(parameter('limit').description).toBe('The most changes to return.\nDefault: 25');
    // A type in words that are no type words is never guessed: a line of the description.
    expect(parameter('since').description).toBe('Only changes made after this moment.\nType: ISO 8601 date');
    expect(parameter('verbose').description).toBe('Includes the books moved by each change.');
  });
});
