/**
 * A request body on a page of several methods of one resource: the body goes to the methods that
 * send one (POST, PUT, PATCH), a method's own body title (`#### POST` under `### Request body`,
 * Salesforce's; `PUT request body`, `Request body for PATCH`) to that method alone.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const FIELDS = ['| Field | Type | Required | Description |', '|---|---|---|---|', '| name | string | yes | The name. |'].join('\n');
const names = (schema: ReturnType<typeof bodySchema>) => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : schema);

describe('general reader: a request body on a page of several methods', () => {
  it.each([
    ['one request line of two methods', '`GET, POST /v1/kettles`'],
    ['two request lines in one fence', '```http\nGET /v1/kettles\nPOST /v1/kettles\n```'],
  ])('should give a body no method is named for to POST, not GET (%s)', (_, lines) => {
    const read = readGeneral(['# Kettles', lines, 'Lists the kettles, or adds one.', '## Request body', FIELDS].join('\n\n'));
    expect(operation(read, 'GET /v1/kettles').requestBody).toBeUndefined();
    expect(names(bodySchema(operation(read, 'POST /v1/kettles')))).toEqual(['name']);
  });

  it('should give one body table to both methods of `PUT, PATCH`', () => {
    const read = readGeneral(['# Lamp', '`PUT, PATCH /v1/lamps/{id}`', '## Request body', FIELDS].join('\n\n'));
    expect(names(bodySchema(operation(read, 'PUT /v1/lamps/{id}')))).toEqual(['name']);
    expect(names(bodySchema(operation(read, 'PATCH /v1/lamps/{id}')))).toEqual(['name']);
  });

  it('should give `In: body` rows of a mixed table to POST, and leave a page of no sending method as it is', () => {
    const mixed = readGeneral(
      [
        '# Kettles',
        '`GET, POST /v1/kettles`',
        '## Parameters',
        '| Name | In | Type | Required | Description |\n|---|---|---|---|---|\n| limit | query | integer | no | How many. |\n| name | body | string | yes | The name. |',
      ].join('\n\n'),
    );
    expect(operation(mixed, 'GET /v1/kettles').requestBody).toBeUndefined();
    expect(operation(mixed, 'POST /v1/kettles').requestBody).toBeDefined();
    // `GET, DELETE`: neither sends a body as a rule; the page states one, and both keep it.
    const read = readGeneral(['# Kettle', '`GET, DELETE /v1/kettles/{id}`', '## Request body', FIELDS].join('\n\n'));
    expect(names(bodySchema(operation(read, 'DELETE /v1/kettles/{id}')))).toEqual(['name']);
    expect(names(bodySchema(operation(read, 'GET /v1/kettles/{id}')))).toEqual(['name']);
  });

  it('should read Salesforce’s per-method subsections of the request body: `#### GET` ⏎ `None required.`, `#### POST` ⏎ its table', () => {
    const read = readGeneral(
      [
        '# Planter',
        '## Syntax',
        '### URI',
        '`/services/data/vXX.X/sobjects/Planter/`',
        '### HTTP methods',
        'GET, POST',
        '### Request body',
        '#### GET',
        'None required.',
        '#### POST',
        '| Field | Type | Required | Description |\n|---|---|---|---|\n| Name | string | yes | The planter’s name. |\n| Depth | integer | no | Its depth. |',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /sobjects/Planter').requestBody).toBeUndefined();
    expect(names(bodySchema(operation(read, 'POST /sobjects/Planter')))).toEqual(['Name', 'Depth']);
    // The methods' titles are no fields, and `None required.` no body's words.
    expect(JSON.stringify(read.fragment)).not.toContain('None required');
  });

  it('should give a title naming its method (`PUT request body`, `Request body for PATCH`) to that method alone', () => {
    const read = readGeneral(
      [
        '# Lamp',
        '`PUT, PATCH /v1/lamps/{id}`',
        '## PUT request body',
        FIELDS,
        '## Request body for PATCH',
        '| Field | Type | Required | Description |\n|---|---|---|---|\n| watts | integer | no | Its power. |',
      ].join('\n\n'),
    );
    expect(names(bodySchema(operation(read, 'PUT /v1/lamps/{id}')))).toEqual(['name']);
    expect(names(bodySchema(operation(read, 'PATCH /v1/lamps/{id}')))).toEqual(['watts']);
  });

  it('should read `None required.` under a body title as no body', () => {
    const read = readGeneral(['# Touch', '`POST /v1/planters/{id}/touch`', '## Request body', 'None required.'].join('\n\n'));
    expect(operation(read, 'POST /v1/planters/{id}/touch').requestBody).toBeUndefined();
  });
});
