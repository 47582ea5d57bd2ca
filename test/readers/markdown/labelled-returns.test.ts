/**
 * A `Returns:` label over one name in a hand-written API.md (`**Returns:** a `Shelf` object.`,
 * `Returns: `Shelf` — the created shelf.` after the parameters' list under their title) names the
 * success's type where the reference defines it, as `Returns: Array of Status` does. The fixture is
 * a "garden" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/labelled-returns/API.md'), 'utf8');

describe('general reader + merge: a `Returns:` label over a type name', () => {
  const diagnostics = new DiagnosticBag();
  const doc = mergeFragments([readGeneral(page, 'docs/API.md').fragment!], diagnostics, { version: '1' });
  const op = (route: string) => {
    const found = doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route);
    if (!found) throw new Error(`no ${route}`);
    return found;
  };
  const typed = (route: string) => strip(op(route).responses).map((r) => [r.status, r.content[0]?.schema]);

  it('should type the success by the name after an article, or before a dash and its words', () => {
    expect(typed('GET /v1/shelves/{shelf_id}')).toEqual([['2XX', { kind: 'ref', name: 'Shelf' }]]);
    expect(typed('POST /v1/shelves')).toEqual([['2XX', { kind: 'ref', name: 'Shelf' }]]);
  });

  it("should keep the line after the parameters' list as the operation's words, and the list its parameters", () => {
    expect(op('POST /v1/shelves').description).toBe('Returns: `Shelf` — the created shelf.');
    expect(op('POST /v1/shelves').requestBody).toBeDefined();
    expect(op('GET /v1/shelves/count').parameters.map((p) => p.name)).toEqual(['room']);
  });

  it('should type nothing by a name no page defines', () => {
    expect(typed('GET /v1/shelves/count')).toEqual([]);
  });
});
