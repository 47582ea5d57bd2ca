/**
 * A resource page written as Twilio's are: the resource's properties table, then per operation a
 * request line with the API's version and a `.json` suffix, parameter tables by location, and a
 * body's table under `### Request body parameters` ⏎ `Encoding type: …` ⏎ `Schema`. The fixture is
 * ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const SHELVES = readFileSync(path.join(import.meta.dirname, 'fixtures/resource-pages/shelf-resource.md'), 'utf8');

describe('general reader: a `Schema` label under a body title', () => {
  it("should read the table under `Schema` as the request body's fields, not the response's", () => {
    const read = readGeneral(SHELVES);
    const create = operation(read, 'POST /2010-04-01/Libraries/{LibrarySid}/Shelves.json');
    const body = bodySchema(create);
    expect(body?.kind).toBe('object');
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual([
      'FriendlyName*',
      'Capacity',
      'ContactPhone',
    ]);
    // The 201's body is the sample's, never the request's fields.
    const created = create.responses.find((r) => r.status === '201');
    expect(JSON.stringify(created)).not.toContain('FriendlyName');
    const update = operation(read, 'POST /2010-04-01/Libraries/{LibrarySid}/Shelves/{Sid}.json');
    const fields = bodySchema(update);
    expect(fields?.kind === 'object' && fields.properties.map((p) => p.name)).toEqual(['FriendlyName', 'Status']);
  });

  it("should read `Encoding type: …` under the body's title as its media type, no words of the body", () => {
    const read = readGeneral(SHELVES);
    for (const route of [
      'POST /2010-04-01/Libraries/{LibrarySid}/Shelves.json',
      'POST /2010-04-01/Libraries/{LibrarySid}/Shelves/{Sid}.json',
    ]) {
      const body = operation(read, route).requestBody;
      expect(body?.content.map((c) => c.mediaType)).toEqual(['application/x-www-form-urlencoded']);
      expect(body?.description).toBeUndefined();
    }
  });

  it("should read a type cell's parameter glued to its word (`string<date-time>`), which markdown parses as a tag, as the type's format", () => {
    const read = readGeneral(SHELVES);
    const shelf = read.fragment?.schemas.find((s) => s.name === 'Shelf')?.schema;
    const types = shelf?.kind === 'object' ? Object.fromEntries(shelf.properties.map((p) => [p.name, strip(p.schema)])) : {};
    expect(types.date_created).toMatchObject({ kind: 'string', format: 'date-time' });
    expect(types.contact_phone).toMatchObject({ kind: 'string', format: 'phone-number' });
    // `enum<string>` keeps the values its row lists.
    expect(types.status).toMatchObject({ kind: 'enum', values: [{ value: 'open' }, { value: 'closed' }, { value: 'archived' }] });
    const list = operation(read, 'GET /2010-04-01/Libraries/{LibrarySid}/Shelves.json');
    expect(strip(list.parameters.find((p) => p.name === 'PageSize')?.schema)).toMatchObject({ kind: 'integer', format: 'int64' });
  });

  it("should read a SID type word (`SID<AC>`, Twilio's newer pages) as a string, its row's `Pattern:` and lengths its only constraints", () => {
    const read = readGeneral(
      [
        '## Fetch a Shelf resource',
        '`GET https://api.example.com/2010-04-01/Libraries/{LibrarySid}/Shelves/{Sid}.json`',
        '### Path parameters',
        [
          '| Property name | Type | Required | Description |',
          '|---|---|---|---|',
          '| LibrarySid | SID<LB> | required | The SID of the Library that holds the Shelf.<br>Pattern: `^LB[0-9a-fA-F]{32}$`<br>Min length: 34<br>Max length: 34 |',
          '| Sid | SID<SH> | required | The SID of the Shelf resource to fetch. |',
        ].join('\n'),
      ].join('\n\n'),
    );
    const fetch = operation(read, 'GET /2010-04-01/Libraries/{LibrarySid}/Shelves/{Sid}.json');
    expect(fetch.parameters.map((p) => [p.name, strip(p.schema)])).toEqual([
      ['LibrarySid', { kind: 'string', pattern: '^LB[0-9a-fA-F]{32}$', minLength: 34, maxLength: 34 }],
      // The letters in the brackets are the id's opening, no pattern nor format the row states.
      ['Sid', { kind: 'string' }],
    ]);
    expect(read.diagnostics.items.filter((d) => d.code === 'unknown-type')).toEqual([]);
  });
});
