/**
 * HashiCorp's `(type: default)` notes whose type is a union, `(int or duration format string: 30)`
 * (Vault's TTLs: seconds, or a Go duration such as `"1h"`): an integer or a string, its default
 * the variant's value that takes it (a bare `30` the integer's, `"5m"` the string's); a `duration
 * format string` alone is a string (a Go duration is no ISO 8601 one: no `duration` format).
 * Before, the union was no type (the field untyped) and a union's default was dropped. The
 * fixture is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/type-notes');

describe('general reader: HashiCorp type notes of a union', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const create = run.document.operations.find((o) => o.method === 'post' && o.path === '/shelves');
  const body = create?.requestBody?.content[0]?.schema;
  const field = (name: string): Schema | undefined =>
    body?.kind === 'object' ? body.properties.find((p) => p.name === name)?.schema : undefined;

  it('should read `int or duration format string` as an integer or a string, with its default', () => {
    expect(run.failed).toBe(false);
    expect(field('ttl')).toMatchObject({
      kind: 'union',
      variants: [{ kind: 'integer' }, { kind: 'string' }],
      default: 30,
    });
    expect(field('wait')).toMatchObject({ kind: 'union', variants: [{ kind: 'string' }, { kind: 'integer' }], default: '5m' });
  });

  it('should read a `duration format string` as a string of no format, and `<none>` as no default', () => {
    expect(field('grace')).toEqual(expect.objectContaining({ kind: 'string', default: '10s' }));
    expect(field('grace')).not.toHaveProperty('format');
    expect(field('depth')).toMatchObject({ kind: 'union' });
    expect(field('depth')).not.toHaveProperty('default');
    expect(field('lit')).toMatchObject({ kind: 'boolean', default: false });
    expect(body?.kind === 'object' ? body.properties.filter((p) => p.required).map((p) => p.name) : []).toEqual(['name']);
  });

  it('should keep the `duration` format only where the docs’ own value is an ISO 8601 duration', () => {
    // Before, `(duration: "10s")` was `format: duration`, whose validator (`z.iso.duration()`) refuses the docs' own default.
    expect(field('timeout')).toEqual(expect.objectContaining({ kind: 'string', default: '10s' }));
    expect(field('timeout')).not.toHaveProperty('format');
    expect(field('period')).toMatchObject({ kind: 'string', format: 'duration', default: 'PT30S' });
    const update = run.document.operations.find((o) => o.method === 'put' && o.path === '/shelves/{id}');
    const updated = update?.requestBody?.content[0]?.schema;
    const row = (name: string): Schema | undefined =>
      updated?.kind === 'object' ? updated.properties.find((p) => p.name === name)?.schema : undefined;
    expect(row('pause')).toEqual(expect.objectContaining({ kind: 'string', examples: ['90s'] }));
    expect(row('pause')).not.toHaveProperty('format');
    expect(row('span')).toMatchObject({ kind: 'string', format: 'duration', examples: ['P1D'] });
  });
});
