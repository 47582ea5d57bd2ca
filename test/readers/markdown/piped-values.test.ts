/**
 * A short name of the value, then its values in code parted by `|` closing the description (`Kind of
 * lamp `desk-lamp`| `floor-lamp` | `wall-lamp`.`, spaced as written) is an enum of them, typed or
 * not; examples (`Mood, e.g. …`) and values words follow are not. The fixture is a "lamps" API
 * written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/piped-values/lamps.md'), 'utf8');

describe('general reader: values in code parted by pipes after a short name', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const schema = bodySchema(operation(read, 'POST /api/rooms/{roomId}/lamps'));
  const field = (name: string) => (schema?.kind === 'object' ? schema.properties.find((p) => p.name === name)?.schema : undefined);

  it('should read them as the enum of an untyped field and of a string', () => {
    expect(field('kind')).toMatchObject({
      kind: 'enum',
      values: [{ value: 'desk-lamp' }, { value: 'floor-lamp' }, { value: 'wall-lamp' }],
    });
    expect(field('mode')).toMatchObject({ kind: 'enum', values: [{ value: 'dim' }, { value: 'bright' }] });
  });

  it('should not read examples, nor values words follow', () => {
    expect(field('mood')?.kind).toBe('unknown');
    expect(field('shade')?.kind).toBe('unknown');
  });
});
