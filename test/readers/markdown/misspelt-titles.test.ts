/**
 * A vendor's slips in a section title (`Path Paramters`, `Respone`, `Reqest Body`, `ayload`): each
 * read as the title it misspells, with an info note at the heading. A real word one slip from a
 * title word (`Bequest`) is not read so. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const page = [
  '# Lockers',
  '',
  '## Get a locker',
  '',
  'GET /lockers/{id}',
  '',
  '### Path Paramters',
  '',
  '| Name | Type | Description |',
  '|---|---|---|',
  '| id | integer | The locker. |',
  '',
  '### Respone',
  '',
  '```json',
  '{ "id": 3, "size": "large" }',
  '```',
  '',
  '## Rent a locker',
  '',
  'POST /lockers/{id}/rentals',
  '',
  '### ayload',
  '',
  '| Name | Type | Description |',
  '|---|---|---|',
  '| days | integer | How long. |',
  '',
].join('\n');

describe('general reader: misspelt section titles', () => {
  const read = readGeneral(page, 'api/lockers.md');

  it('should read the sections under misspelt titles as the sections they name', () => {
    const get = operation(read, 'GET /lockers/{id}');
    expect(parameterNames(get)).toEqual(['path:id*']);
    expect(get.parameters[0]?.schema.kind).toBe('integer');
    expect(get.responses.flatMap((response) => response.content.map((content) => content.examples?.length ?? 0))).toEqual([1]);
    const body = bodySchema(operation(read, 'POST /lockers/{id}/rentals'));
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['days']);
    expect(codes(read)).not.toContain('unknown-section');
  });

  it('should say at each misspelt heading what it was read as', () => {
    const notes = read.diagnostics.items.filter((d) => d.code === 'misspelt-title');
    expect(notes.map((d) => [d.severity, d.source.start.line, d.message])).toEqual([
      ['info', 7, 'the title "Path Paramters" is read as "path parameters", the title it misspells'],
      ['info', 13, 'the title "Respone" is read as "response", the title it misspells'],
      ['info', 23, 'the title "ayload" is read as "payload", the title it misspells'],
    ]);
  });

  it('should not read a real word one slip from a title word as that title', () => {
    const other = readGeneral(
      ['## Make a bequest', '', 'POST /bequests', '', '### Bequest', '', 'A gift.', ''].join('\n'),
      'api/bequests.md',
    );
    expect(other.diagnostics.items.filter((d) => d.code === 'misspelt-title')).toEqual([]);
  });

  it("should read `Payloads`, the plural, as the payload's title with no note of a slip", () => {
    const plural = readGeneral(
      [
        '## Water a garden',
        '',
        'POST /gardens/{id}/waterings',
        '',
        '### Payloads',
        '',
        '| Name | Type | Description |',
        '|---|---|---|',
        '| litres | integer | How much. |',
        '',
      ].join('\n'),
      'api/waterings.md',
    );
    expect(plural.diagnostics.items.filter((d) => d.code === 'misspelt-title')).toEqual([]);
    expect(bodySchema(operation(plural, 'POST /gardens/{id}/waterings'))).toMatchObject({
      kind: 'object',
      properties: [{ name: 'litres' }],
    });
  });
});
