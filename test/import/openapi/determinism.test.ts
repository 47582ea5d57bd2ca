import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiDocumentSchema } from '../../../src/ir/ir-schema.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { documentOf, FIXTURES, importFixture } from './helpers.js';

const SPECS = [
  'petstore-3.0.json',
  'store-3.1.yaml',
  'petstore-2.0.yaml',
  'multi/openapi.yaml',
  'multi-2.0/swagger.yaml',
  'circular.yaml',
  'remote.yaml',
  'round-trip-3.1.yaml',
];

describe('importSpec output', () => {
  it.each(SPECS)('should be plain JSON data and the same on every run for %s', async (file) => {
    const first = await importFixture(file);
    const copy = makeTempDir('specdown-copy-');
    cpSync(FIXTURES, copy, { recursive: true });
    const second = await importFixture(file, { rootDir: copy });
    expect(JSON.stringify(second.spec)).toBe(JSON.stringify(first.spec));
    expect(second.lines).toEqual(first.lines);
    expect(JSON.parse(JSON.stringify(first.spec))).toStrictEqual(first.spec);
  });

  it.each(SPECS)('should be valid IR for %s', async (file) => {
    const { spec } = await importFixture(file);
    const result = ApiDocumentSchema.safeParse(documentOf(spec!));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
