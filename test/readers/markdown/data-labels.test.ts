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
