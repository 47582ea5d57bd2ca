/**
 * An object's heading over the heading of its table that repeats the word "Object" (`### Garden
 * Object` ⏎ `###### Garden Object Structure`), and type cells that link to that table's anchor by
 * the object's name (`[Bed Object](#bed-object-structure)`, `List of [Bed Objects](…)`): one type,
 * `Garden`, and its fields typed by `Bed`. Before, the table defined a second type, `GardenObject`,
 * beside an empty `Garden`, and the cells were unknown types. The fixture is a garden API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/object-structure-titles');

describe('general reader: "X Object Structure" under "X Object"', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const type = (name: string) => run.document.schemas.find((t) => t.name === name)?.schema;

  it('should define one type named by the object, its fields from the table', () => {
    expect(run.failed).toBe(false);
    expect(run.document.schemas.map((t) => t.name).sort()).toEqual(['Bed', 'Garden']);
    const garden = type('Garden');
    expect(garden?.kind === 'object' ? garden.properties.map((p) => p.name) : []).toEqual(['id', 'front_bed', 'beds', 'sunny']);
    const bed = type('Bed');
    expect(bed?.kind === 'object' ? bed.properties.map((p) => p.name) : []).toEqual(['name', 'depth']);
  });

  it('should type a cell linking to the object’s table by that object', () => {
    const garden = type('Garden');
    const fields = garden?.kind === 'object' ? garden.properties : [];
    expect(fields.find((p) => p.name === 'front_bed')?.schema).toMatchObject({ kind: 'ref', name: 'Bed' });
    expect(fields.find((p) => p.name === 'beds')?.schema).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Bed' } });
    expect(run.diagnostics.filter((d) => d.code === 'unknown-type')).toEqual([]);
  });
});
