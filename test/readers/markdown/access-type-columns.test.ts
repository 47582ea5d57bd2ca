/**
 * A Type column whose cells all say who may write a field (`readonly`, `writable`, `computed`)
 * states no type: it is read as a Read-only column, `readonly` flagging its row. The page is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const PAGE = path.join(import.meta.dirname, 'fixtures/access-type-columns/shelves.md');

describe('general reader: a Type column of access words', () => {
  it('should flag the readonly rows read-only, state no type and report no unknown type', async () => {
    const result = await generate({ input: PAGE });
    expect(result.diagnostics.filter((d) => d.code === 'unknown-type')).toEqual([]);
    const spec = JSON.parse(result.outputs.find((output) => output.path.endsWith('openapi.json'))!.contents);
    const properties = spec.components.schemas.Shelf.properties as Record<string, { type?: string; readOnly?: boolean }>;
    expect(
      Object.entries(properties).map(([name, schema]) => `${name}:${schema.type ?? '-'}${schema.readOnly ? ' read-only' : ''}`),
    ).toEqual(['id:- read-only', 'label:-', 'height:-', 'builtAt:-']);
  });
});
