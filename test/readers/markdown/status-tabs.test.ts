/**
 * MkDocs Material's content tabs titled by a status alone (`=== "200"`, `=== "404"`, `` === "`201`" ``)
 * over their samples: each tab is that status's sample, as `=== "200 OK"` is; a tab titled by a
 * language or client (`=== "Python"`, `=== "cURL"`) names its sample's language, no words of the
 * operation. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/status-tabs/greenhouses.md'), 'utf8'), 'api/greenhouses.md');
/** Each status and the keys of its samples. */
const answers = (op: Operation) =>
  op.responses.map((r) => [r.status, r.content.flatMap((c) => c.examples.map((e) => Object.keys((e.value ?? {}) as object)))]);

describe('general reader: content tabs titled by a status alone', () => {
  it('should read each tab as its status’s sample, not one sample of the first status', () => {
    const get = operation(read, 'GET /v1/greenhouses/{gh_id}');
    expect(answers(get)).toEqual([
      ['200', [['id', 'temp']]],
      ['404', [['error']]],
    ]);
    expect(get.description).toBeUndefined();
  });

  it('should read a status in code as the status, under an example title too', () => {
    const open = operation(read, 'POST /v1/greenhouses/{gh_id}/vents');
    expect(answers(open)).toEqual([
      ['201', [['vent', 'open']]],
      ['409', [['error']]],
    ]);
    expect(open.description).toBeUndefined();
  });

  it('should take a language’s or client’s tab title for no words of the operation', () => {
    const close = operation(read, 'DELETE /v1/greenhouses/{gh_id}/vents/{vent}');
    expect(close.summary).toBe('Close a vent');
    expect(close.description ?? '').not.toMatch(/Python|cURL/);
  });
});
