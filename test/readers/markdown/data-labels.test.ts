import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { codes, operation, readGeneral, strip } from './helpers.js';

/** A page of the API-docs template: `**URL** :`, `**Method** :`, then the body's type on a label line. */
function page(...lines: string[]): string {
  return ['# Update a member', '**URL** : `/v1/members/{id}`', '**Method** : `PUT`', '**Auth required** : Yes', ...lines].join('\n\n');
}

function requestType(op: Operation): unknown {
  return strip(op.requestBody?.content[0]?.schema);
}

function responseTypes(op: Operation): unknown[] {
  return strip(op.responses).map((r) => [r.status, r.content[0]?.schema]);
}

describe('the API-docs template: `**Data type**` / `**Data content**` label lines', () => {
  it("should read `**Data type**: [`Member`](member.md)` before the responses as the request body's type", () => {
    const read = readGeneral(
      page('**Data type**: [`Member`](member.md)', '## Success Response', '**Code** : `200 OK`', '**Data content**: `id: string`'),
    );
    expect(codes(read)).toEqual(['path-parameter-undocumented']);
    const op = operation(read, 'PUT /v1/members/{id}');
    expect(requestType(op)).toEqual({ kind: 'ref', name: 'Member' });
    // `id: string` is no type name: the status stands, without a body.
    expect(responseTypes(op)).toEqual([['200', undefined]]);
  });

  it('should read the bracketed name without a link, `[Member]`, as that type', () => {
    const op = operation(readGeneral(page('**Data type**: [Member]')), 'PUT /v1/members/{id}');
    expect(requestType(op)).toEqual({ kind: 'ref', name: 'Member' });
  });

  it('should read `` `[Member]` ``, `` `Member[]` ``, `List of [Member](#member)` and `` [`Member`](m.md)`[]` `` as lists of the type', () => {
    for (const written of ['`[Member]`', '`Member[]`', 'List of [Member](#member)', '[`Member`](member.md)`[]`']) {
      const op = operation(readGeneral(page(`**Data type**: ${written}`)), 'PUT /v1/members/{id}');
      expect([written, requestType(op)]).toEqual([written, { kind: 'array', items: { kind: 'ref', name: 'Member' } }]);
    }
  });

  it("should read `**Data type**` after a `**Code**` label as that status's body, and `**Data Content**` of a linked list so", () => {
    const read = readGeneral(
      page(
        '## Success Response',
        '**Code** : `200 OK`',
        '**Data Content** : [`Member`](member.md)`[]`',
        '## Error Response',
        '**Code** : `404 NOT FOUND`',
        '**Data type**: [Problem](#problem)',
      ),
    );
    expect(responseTypes(operation(read, 'PUT /v1/members/{id}'))).toEqual([
      ['200', { kind: 'array', items: { kind: 'ref', name: 'Member' } }],
      ['404', { kind: 'ref', name: 'Problem' }],
    ]);
  });

  it('should resolve the linked type to the entity the reference defines under its heading', () => {
    const read = readGeneral(
      [
        '# Members',
        '## Update a member',
        '**URL** : `/v1/members/{id}`',
        '**Method** : `PUT`',
        '**Data type**: [Member](#member)',
        '## Types',
        '### Member',
        '| Field | Type | Description |\n|---|---|---|\n| name | string | The name. |\n| joined | integer | The year. |',
      ].join('\n\n'),
    );
    expect(requestType(operation(read, 'PUT /v1/members/{id}'))).toEqual({ kind: 'ref', name: 'Member' });
    const member = strip(read.fragment?.schemas.find((s) => s.name === 'Member')?.schema);
    expect(member?.kind === 'object' && member.properties.map((p) => `${p.name}:${p.schema.kind}`)).toEqual([
      'name:string',
      'joined:integer',
    ]);
  });

  it('should leave words that name no type (`id: string`, a sentence, a lower-case word) as prose', () => {
    for (const written of ['`id: string`', 'the member to update.', '`member`', '[member](member.md)']) {
      const op = operation(readGeneral(page(`**Data type**: ${written}`)), 'PUT /v1/members/{id}');
      expect([written, requestType(op)]).toEqual([written, undefined]);
    }
  });
});

describe("the API-docs template's facts and body samples, each a paragraph of its own", () => {
  it('should pair `**URL** :` and `**Method** :` across the bold-labelled facts between them, and no further', () => {
    const facts = (between: string[]) =>
      [
        '# Show a garden',
        'Shows one garden.',
        '**URL** : `/api/gardens/:pk/`',
        ...between,
        '**Method** : `GET`',
        '## Success Response',
        '**Code** : `200 OK`',
      ].join('\n\n');
    const read = readGeneral(facts(['**URL Parameters** : `pk=[integer]` where `pk` is the ID of the garden.', '**Auth required** : YES']));
    expect(read.routes).toEqual(['GET /api/gardens/{pk}']);
    expect(operation(read, 'GET /api/gardens/{pk}').summary).toBe('Shows one garden.');
    // `**URL Parameters** : `pk=[integer]``: the path parameter's type.
    expect(operation(read, 'GET /api/gardens/{pk}').parameters.map((p) => [p.in, p.name, strip(p.schema)])).toEqual([
      ['path', 'pk', { kind: 'integer' }],
    ]);
    // A sentence between the two is prose, not a fact: no request line is made across it.
    expect(readGeneral(facts(['The garden must be yours.'])).routes).toEqual([]);
  });

  it("should read `**Data constraints**`'s prose as the body's words, its JSON and `**Data example** …`'s as the body's samples", () => {
    const read = readGeneral(
      [
        '# Create a garden',
        'Creates a garden.',
        '**URL** : `/api/gardens/`',
        '**Method** : `POST`',
        '**Data constraints**',
        'Provide the name of the garden.',
        '```json\n{\n    "name": "[unicode 64 chars max]"\n}\n```',
        '**Data example** All fields must be sent.',
        '```json\n{\n    "name": "North bed",\n    "size": 12\n}\n```',
        '## Success Response',
        '**Code** : `201 CREATED`',
      ].join('\n\n'),
    );
    const op = operation(read, 'POST /api/gardens');
    expect(op.summary).toBe('Creates a garden.');
    expect(op.requestBody?.content[0]?.examples.map((example) => example.value)).toEqual([
      { name: '[unicode 64 chars max]' },
      { name: 'North bed', size: 12 },
    ]);
  });

  it("should read `**Content example**` after a `**Code**` label as the caption of that status's sample, and `**Content** : `{}`` as its empty body, no words of the description", () => {
    const read = readGeneral(
      page(
        '## Success Response',
        '**Code** : `200 OK`',
        '**Content example**',
        '```json\n{"id": "m-1"}\n```',
        '## Error Response',
        '**Code** : `404 NOT FOUND`',
        '**Content** : `{}`',
        '### Or',
        '**Code** : `403 FORBIDDEN`',
        '**Content** :',
        '```json\n{"detail": "Not yours."}\n```',
      ),
    );
    const op = operation(read, 'PUT /v1/members/{id}');
    // (`**Auth required** : Yes`, a fact of the template's, is none either: auth-labels.ts.)
    expect(op.description).toBeUndefined();
    expect(op.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', { id: 'm-1' }],
      ['404', undefined],
      ['403', { detail: 'Not yours.' }],
    ]);
  });

  it("should read `**Condition** : If …` right before a `**Code**` label as that status's description", () => {
    const read = readGeneral(
      page(
        '## Success Response',
        '**Condition** : If the member exists.',
        '**Code** : `200 OK`',
        '## Error Response',
        '**Condition** : If no member has the `id`.',
        '**Code** : `404 NOT FOUND`',
        '### Or',
        '**Code** : `403 FORBIDDEN`',
      ),
    );
    const op = operation(read, 'PUT /v1/members/{id}');
    expect(op.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'If the member exists.'],
      ['404', 'If no member has the id.'],
      ['403', 'Forbidden'],
    ]);
  });
});
