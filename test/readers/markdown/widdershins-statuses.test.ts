/**
 * Widdershins' status table, `Status | Meaning | Description | Schema`: the Meaning is the status's
 * reason phrase (a link to its RFC), the Description the response's own words, its description.
 * The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/widdershins/planters.md'), 'utf8'), 'api/planters.md');
const statuses = (route: string) => operation(read, route).responses.map((r) => [r.status, r.description]);

describe('general reader: Widdershins status tables', () => {
  it('should take the Description column, not the Meaning beside it, as the response’s description', () => {
    expect(statuses('POST /gardens/{gardenId}/planters')).toEqual([['201', 'Created the planter']]);
    expect(statuses('PUT /gardens/{gardenId}/soil')).toEqual([['204', 'Replaced']]);
  });

  it('should still read a Meaning column as the description where no Description column is beside it', () => {
    const page = readGeneral(
      [
        '## Remove a planter',
        '`DELETE /planters/{id}`',
        '| Name | In | Type | Required | Description |\n|---|---|---|---|---|\n| id | path | string | true | The planter |',
        '### Responses',
        '| Status | Meaning |\n|---|---|\n| 204 | The planter was removed |',
      ].join('\n\n'),
    );
    expect(operation(page, 'DELETE /planters/{id}').responses.map((r) => [r.status, r.description])).toEqual([
      ['204', 'The planter was removed'],
    ]);
  });
});
