/**
 * GitHub's REST reference tables: one column headed `Name, Type, Description`, each cell the
 * name in code, the type words and flag, then the description after a line break (in markdown)
 * or in a paragraph of its own (rendered HTML). A flat `Properties of `x`` row is not guessed at.
 * The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Property } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/joined-header-tables/kites.md'), 'utf8'), 'api/kites.md');

describe('general reader: `Name, Type, Description` one-column tables', () => {
  it('should read each cell as a parameter: name, type, required flag, description', () => {
    const get = operation(read, 'GET /flyers/{flyer}/kites/{kite}');
    expect(parameterNames(get)).toEqual(['path:flyer*', 'path:kite*', 'query:tail', 'query:wind']);
    const [flyer, kite, tail, wind] = get.parameters;
    expect([flyer?.schema.kind, kite?.schema.kind, tail?.schema.kind, wind?.schema.kind]).toEqual(['string', 'integer', 'boolean', 'enum']);
    expect(flyer?.description).toBe("The flyer's handle.");
    expect(tail?.schema.default).toBe(false);
    expect(wind?.schema.kind === 'enum' && wind.schema.values.map((member) => member.value)).toEqual(['calm', 'breezy', 'gusty']);
  });

  it('should read body fields, and not read a flat `Properties of` row nor the rows under it', () => {
    const body = bodySchema(operation(read, 'POST /flyers/{flyer}/kites'));
    const properties: Property[] = body?.kind === 'object' ? body.properties : [];
    expect(properties.map((p) => [p.name, p.schema.kind, p.required === true])).toEqual([
      ['name', 'string', true],
      ['span', 'number', false],
      ['lines', 'array', false],
    ]);
    const nested = read.diagnostics.items.filter((d) => d.code === 'nested-rows-unread');
    expect(nested.map((d) => [d.source.start.line, d.source.start.column])).toEqual([[51, 1]]);
    expect(codes(read).filter((code) => code === 'malformed-row')).toEqual([]);
  });

  it('should read a rendered page’s cells, the type in a block and the description in paragraphs', () => {
    const html = [
      '<h2>Get a kite</h2>',
      '<pre><code>GET /kites/{kite}</code></pre>',
      '<h4>Path parameters</h4>',
      '<table><thead><tr><th>Name, Type, Description</th></tr></thead><tbody>',
      '<tr><td><div><code>kite</code> integer <b>Required</b></div><p>The kite’s number.</p></td></tr>',
      '</tbody></table>',
      '<h4>Query parameters</h4>',
      '<table><thead><tr><th>Name, Type, Description</th></tr></thead><tbody>',
      '<tr><td><div><code>tail</code> boolean</div><p>Whether to include the tail.</p></td></tr>',
      '</tbody></table>',
    ].join('\n');
    const page = readGeneral(html, 'api/kites.html');
    const get = operation(page, 'GET /kites/{kite}');
    expect(parameterNames(get)).toEqual(['path:kite*', 'query:tail']);
    expect(get.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['integer', 'The kite’s number.'],
      ['boolean', 'Whether to include the tail.'],
    ]);
  });

  it('should leave a table alone whose cells do not open with a name in code', () => {
    const page = readGeneral(
      ['`GET /kites`', '', '| Name, Type, Description |', '| --- |', '| Use the tail. |'].join('\n'),
      'api/kites.md',
    );
    expect(operation(page, 'GET /kites').parameters).toEqual([]);
  });
});
