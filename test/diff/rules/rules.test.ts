import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../../src/diff/index.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Expected {
  id: string;
  level: string;
  operation?: string;
  message: string;
}

const folders = existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : [];

describe('rule fixtures (base.yaml → revision.yaml)', () => {
  it.each(folders)('should report %s as expected', async (id) => {
    const dir = path.join(FIXTURES, id);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
    const result = await diffSpecs(
      { kind: 'file', path: path.join(dir, 'base.yaml') },
      { kind: 'file', path: path.join(dir, 'revision.yaml') },
    );
    const got = result.changes
      .filter((c) => c.id === id)
      .map((c) => ({ id: c.id, level: c.level, ...(c.operation ? { operation: c.operation } : {}), message: c.message }));
    expect(got).toEqual(expected);
    expect(result.diagnostics).toEqual([]);
  });

  it('should report nothing when a fixture is compared with itself', async () => {
    for (const id of folders) {
      for (const file of ['base.yaml', 'revision.yaml']) {
        const p = path.join(FIXTURES, id, file);
        const result = await diffSpecs({ kind: 'file', path: p }, { kind: 'file', path: p });
        expect(result.changes, `${id}/${file}`).toEqual([]);
      }
    }
  });
});
