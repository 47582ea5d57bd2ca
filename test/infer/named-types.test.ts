import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../src/infer/fill-from-samples.js';
import type { ObjectSchema } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';
import { extractDocfx, page } from '../extract/helpers.js';

const response = (typeText: string, rows: string) =>
  `## Response:\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n\n### Response body: ${typeText}\n\n| Property Name | Type | Description |\n|---|---|---|\n${rows}\n`;

// Issue 4, scope 1: a row typed with a named type gets that type's fields from whichever page tabulates it.
describe('named types across pages', () => {
  it('should resolve a row typed Person to the Person table of another page, and fill nothing documented', () => {
    const owner = extractDocfx(
      page(response('Ticket', '| Id | int32 | Id |\n| Owner | Person | The owner |'), 'GET /api/v1/Ticket'),
      'Ticket/get.md',
    ).fragment!;
    const person = extractDocfx(
      page(response('Person', '| PersonId | int32 | Id |\n| Name | string | Name |'), 'GET /api/v1/Person'),
      'Person/get.md',
    ).fragment!;
    const diagnostics = new DiagnosticBag();
    const document = fillFromSamples(mergeFragments([owner, person], diagnostics, { version: '1' }), diagnostics);
    const ticket = document.schemas.find((s) => s.name === 'Ticket')!.schema as ObjectSchema;
    expect(ticket.properties.find((p) => p.name === 'Owner')!.schema).toMatchObject({ kind: 'ref', name: 'Person' });
    const named = document.schemas.find((s) => s.name === 'Person')!;
    expect(named.origin).toBe('documented');
    expect((named.schema as ObjectSchema).properties.map((p) => p.name)).toEqual(['PersonId', 'Name']);
    expect(diagnostics.items.filter((d) => d.code === 'undocumented-type')).toEqual([]);
  });

  // Issue 12: samples that show a property only as null never decide a type a table defines.
  it('should type a property samples show only as null with the type of its name that a table defines', () => {
    const right = extractDocfx(
      page(response('TableRight', '| Mask | string | Mask |\n| Reason | string | Reason |'), 'GET /api/v1/Right'),
      'Right/get.md',
    ).fragment!;
    const sample =
      '## Sample response\n\n```http_\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ "Id": 1, "VisibleFor": [ { "VisibleId": 2, "TableRight": null } ] }\n```\n';
    const widget = extractDocfx(
      page(`${response('Widget', '| Id | int32 | Id |\n| VisibleFor | array | Who sees it |')}\n${sample}`, 'GET /api/v1/Widget'),
      'Widget/get.md',
    ).fragment!;
    const diagnostics = new DiagnosticBag();
    const document = fillFromSamples(mergeFragments([right, widget], diagnostics, { version: '1' }), diagnostics);
    const visibleFor = (document.schemas.find((s) => s.name === 'Widget')!.schema as ObjectSchema).properties.find(
      (p) => p.name === 'VisibleFor',
    )!;
    const itemName = (visibleFor.schema as { items: { name: string } }).items.name;
    const item = document.schemas.find((s) => s.name === itemName)!.schema as ObjectSchema;
    expect(item.properties.find((p) => p.name === 'TableRight')!.schema).toEqual({ kind: 'ref', name: 'TableRight', nullable: true });
  });
});
