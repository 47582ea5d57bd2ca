/**
 * The API-docs template's data label over an empty object (`**Data constraints**` ⏎ ```` ```json
 * {}``` ````): the call sends no data, whatever its method, as `**Data** : `{}`` says. The pages
 * are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fixture = (name: string) =>
  readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/empty-data', name), 'utf8'), `api/${name}`);

describe('the API-docs template: a data label over `{}`', () => {
  it('should read no request body of a GET whose `**Data constraints**` and `**Data example**` are `{}`', () => {
    const show = operation(fixture('show-pond.md'), 'GET /api/ponds/{pk}');
    expect(show.requestBody).toBeUndefined();
    expect(show.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['200', { id: 3, name: 'Lily pond' }]]);
  });

  it('should read no request body of a POST whose data is `{}` either (the template’s "no data")', () => {
    const skim = operation(fixture('skim-pond.md'), 'POST /api/ponds/{pk}/skim');
    expect(skim.requestBody).toBeUndefined();
    expect(skim.responses.map((r) => r.status)).toEqual(['204']);
  });

  it('should read no request body where `None` or `` `{}` `` stands on its own line under the label', () => {
    for (const none of ['None', 'N/A.', '`{}`']) {
      const read = readGeneral(
        [
          '# Show Lake',
          '**URL** : `/api/lakes/:id/`',
          '**Method** : `GET`',
          '**Data Params**',
          none,
          '## Success Response',
          '**Code** : `200 OK`',
        ].join('\n\n'),
      );
      expect([none, operation(read, 'GET /api/lakes/{id}').requestBody]).toEqual([none, undefined]);
    }
  });

  it('should keep an empty object under another title, and a data label’s fields', () => {
    const titled = readGeneral(['## Ping a pond', '`POST /ponds/{id}/ping`', '### Request body', '```json\n{}\n```'].join('\n\n'));
    expect(operation(titled, 'POST /ponds/{id}/ping').requestBody).toBeDefined();
    const named = readGeneral(
      ['# Name Pond', '**URL** : `/api/ponds/`', '**Method** : `POST`', '**Data constraints**', '```json\n{"name": "Lily pond"}\n```'].join(
        '\n\n',
      ),
    );
    expect(operation(named, 'POST /api/ponds').requestBody?.content[0]?.examples.map((example) => example.value)).toEqual([
      { name: 'Lily pond' },
    ]);
  });

  it('should leave `**Data** : `{}`` and `**Data Params**: None` on one line out of the description', () => {
    for (const line of ['**Data** : `{}`', '**Data**: `{}`', '**Data Params**: None', '**Data params** : N/A']) {
      const read = readGeneral(
        ['# Show Lake', 'Shows a lake.', '**URL** : `/api/lakes/:id/`', '**Method** : `GET`', line, 'Lakes are cold.'].join('\n\n'),
      );
      const op = operation(read, 'GET /api/lakes/{id}');
      expect([line, op.requestBody, op.description]).toEqual([line, undefined, 'Lakes are cold.']);
    }
    // Data stated on the line stays the description's words.
    const stated = readGeneral(
      ['# Show Lake', 'Shows a lake.', '**URL** : `/api/lakes/:id/`', '**Method** : `GET`', '**Data**: `{"deep": true}`'].join('\n\n'),
    );
    expect(operation(stated, 'GET /api/lakes/{id}').description).toBe('**Data**: `{"deep": true}`');
  });
});
