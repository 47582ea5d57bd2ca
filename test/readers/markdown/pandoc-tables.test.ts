/**
 * Pandoc's simple, multiline and grid tables (what `pandoc -t markdown` writes for a Word
 * document's tables), which CommonMark reads as paragraphs: read as the tables they are, each cell
 * at its place in the page. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Property, Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/pandoc-tables/kites.md'), 'utf8'), 'api/kites.md');

function fields(schema: Schema | undefined): Array<[string, string, string | undefined]> {
  const properties: Property[] = schema?.kind === 'object' ? schema.properties : [];
  return properties.map((p) => [p.name, p.schema.kind, p.description]);
}

describe('general reader: pandoc tables', () => {
  it('should read a multiline table, its cells’ lines one description, and drop its caption', () => {
    const list = operation(read, 'GET /kites');
    expect(parameterNames(list)).toEqual(['query:limit', 'query:colour*']);
    expect(list.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['integer', 'How many kites to return; at most 100.'],
      ['string', 'The colour of the kites.'],
    ]);
    expect(list.description ?? '').not.toContain('Table:');
  });

  it('should read a simple table, each cell placed at its words in the page', () => {
    const response = strip(operation(read, 'GET /kites').responses[0]?.content[0]?.schema);
    expect(fields(response)).toEqual([
      ['id', 'integer', "The kite's number"],
      ['tail', 'unknown', "The kite's tail"],
    ]);
    // `ribbon` is no type word: the warning points at its row in the page.
    const undefinedType = read.diagnostics.items.find((d) => d.code === 'unknown-type' && d.message.includes('ribbon'));
    expect(undefinedType && [undefinedType.source.start.line, undefinedType.source.start.column]).toEqual([25, 3]);
  });

  it('should read grid tables, and leave a table written in code alone', () => {
    const fly = operation(read, 'POST /kites/{kite}/flights');
    expect(parameterNames(fly)).toEqual(['path:kite*']);
    expect(fly.parameters[0]?.schema.kind).toBe('integer');
    expect(fields(bodySchema(fly))).toEqual([
      ['wind', 'string', 'The wind, one of: - calm - gusty'],
      ['height', 'integer', 'Height in metres.'],
    ]);
    expect(fields(bodySchema(fly)).map(([name]) => name)).not.toContain('x');
  });

  it('should not read a grid whose cells span columns', () => {
    const page = [
      '`POST /kites`',
      '',
      'Request body',
      '',
      '+--------+---------+',
      '| Field  | Type    |',
      '+========+=========+',
      '| spans both       |',
      '+--------+---------+',
    ].join('\n');
    expect(bodySchema(operation(readGeneral(page), 'POST /kites'))?.kind).toBe('unknown');
  });

  it('should leave dashes drawn in more columns than a reference’s table has as written', () => {
    const columns = 100;
    const page = [
      '`GET /kites`',
      '',
      Array.from({ length: columns }, (_, i) => `c${i}`).join(' '),
      '-- '.repeat(columns).trimEnd(),
      'x',
      '',
    ].join('\n');
    expect(readGeneral(page).root.children.some((node) => node.type === 'table')).toBe(false);
    const fewer = ['`GET /kites`', '', 'a  b', '-- --', 'x  y', ''].join('\n');
    expect(readGeneral(fewer).root.children.some((node) => node.type === 'table')).toBe(true);
  });
});
