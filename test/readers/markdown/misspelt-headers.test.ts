/**
 * A vendor's slips in a table's header (`Paramter`, `Requried`, `Desciption`): each read as the
 * word it misspells, with an info note at the header cell. Real words one slip away (`Requires`)
 * and short words (`Tpye`) are not read as another column. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import type { Property } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const page = [
  '# Widgets',
  '',
  '## Create a widget',
  '',
  '`POST /widgets`',
  '',
  '### Body parameters',
  '',
  '| Paramter | Type | Requried | Desciption |',
  '|---|---|---|---|',
  '| name | string | yes | The name. |',
  '| size | integer | no | Size in cm. |',
  '',
  '## List widgets',
  '',
  '`GET /widgets`',
  '',
  '### Query parameters',
  '',
  '| Attribtue Name | Type | Mandatroy | Notes |',
  '|---|---|---|---|',
  '| color | string | Y | A color. |',
  '',
].join('\n');

describe('general reader: misspelt table headers', () => {
  const read = readGeneral(page, 'api/widgets.md');

  it('should read a table whose name, required and description headers are misspelt', () => {
    const body = bodySchema(operation(read, 'POST /widgets'));
    const properties: Property[] = body?.kind === 'object' ? body.properties : [];
    expect(properties.map((p) => [p.name, p.schema.kind, p.required === true, p.description])).toEqual([
      ['name', 'string', true, 'The name.'],
      ['size', 'integer', false, 'Size in cm.'],
    ]);
    expect(codes(read)).not.toContain('malformed-row');
  });

  it('should read a misspelt word inside a header of several words', () => {
    expect(parameterNames(operation(read, 'GET /widgets'))).toEqual(['query:color*']);
  });

  it('should say at each misspelt header cell what it was read as', () => {
    const notes = read.diagnostics.items.filter((d) => d.code === 'misspelt-header');
    expect(notes.map((d) => [d.severity, d.source.start.line, d.source.start.column])).toEqual([
      ['info', 9, 1],
      ['info', 9, 19],
      ['info', 9, 30],
      ['info', 20, 1],
      ['info', 20, 25],
    ]);
    expect(notes[0]?.message).toContain('`Paramter` is read as `parameter`');
    expect(notes[3]?.message).toContain('`Attribtue Name` is read as `attribute Name`');
  });

  it('should not read a real word one slip away, nor a short word, as another column', () => {
    const other = readGeneral(
      [
        '## Create a gadget',
        '',
        '`POST /gadgets`',
        '',
        '| Name | Tpye | Requires | Description |',
        '|---|---|---|---|',
        '| size | integer | yes | The size. |',
        '',
      ].join('\n'),
      'api/gadgets.md',
    );
    const body = bodySchema(operation(other, 'POST /gadgets'));
    const properties: Property[] = body?.kind === 'object' ? body.properties : [];
    expect(properties.map((p) => [p.name, p.schema.kind === 'integer', p.required === true])).toEqual([['size', false, false]]);
    expect(other.diagnostics.items.filter((d) => d.code === 'misspelt-header')).toEqual([]);
  });

  it('should read a header with a closing colon as the header, no misspelling', () => {
    const colons = readGeneral(
      [
        '## List gadgets',
        '',
        '`GET /gadgets`',
        '',
        '| Parameter: | Type: | Required? | Description: |',
        '|---|---|---|---|',
        '| limit | integer | yes | Max. |',
        '',
      ].join('\n'),
      'api/gadgets.md',
    );
    const [limit] = operation(colons, 'GET /gadgets').parameters;
    expect([limit?.name, limit?.schema.kind, limit?.required, limit?.description]).toEqual(['limit', 'integer', true, 'Max.']);
    expect(colons.diagnostics.items.filter((d) => d.code === 'misspelt-header')).toEqual([]);
  });
});
