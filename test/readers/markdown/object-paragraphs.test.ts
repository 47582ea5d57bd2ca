/**
 * An object's fields written as paragraph entries (`` `sid` string<SID> `` ⏎ `The unique id.`)
 * under its heading (`## The switch object`) or its `### Properties`: the object's definition, as a
 * table there is. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { useTempDir, writeDocs } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/object-paragraphs/lamps.md'), 'utf8');

describe('general reader: an object’s fields written as paragraph entries', () => {
  it('should define the object under its Properties title or its own heading, and type the responses that return it', async () => {
    const { document } = await generate({ input: writeDocs(tempDir, { 'lamps.md': PAGE }) });
    const op = (route: string) => document.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)!;
    const fields = (name: string) => {
      const schema = document.schemas.find((s) => s.name === name)?.schema;
      return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.description]) : undefined;
    };
    expect(fields('Lamp')).toEqual([
      ['sid', 'string', 'The unique id of the lamp.'],
      ['name', 'string', "The lamp's name."],
      ['brightness', 'integer', 'How bright the lamp shines.'],
    ]);
    expect(fields('Switch')).toEqual([
      ['id', 'string', 'The unique id of the switch.'],
      ['room', 'string', 'The room the switch is in.'],
    ]);
    for (const [route, name] of [
      ['GET /lamps/{sid}', 'Lamp'],
      ['GET /switches/{id}', 'Switch'],
    ] as const) {
      expect(op(route).responses.find((r) => r.status === '2XX')?.content[0]?.schema).toMatchObject({ kind: 'ref', name });
    }
    // The object heading ends the operation above it: its fields are no parameters of it.
    expect(op('GET /switches').parameters).toEqual([]);
  });
});
