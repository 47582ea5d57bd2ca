import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/index.js';

const spec = (schema: unknown, openapi = '3.1.0') => ({
  openapi,
  info: { title: 't', version: '1' },
  paths: { '/p': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } } } },
});
const ids = async (a: unknown, b: unknown) =>
  (await diffSpecs({ kind: 'object', document: a, label: 'base' }, { kind: 'object', document: b, label: 'revision' })).changes.map(
    (c) => `${c.id} ${c.message}`,
  );

describe('diffSpecs: tuples', () => {
  it("should compare a tuple's elements one by one, naming the element", async () => {
    const base = spec({ type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }] });
    const revision = spec({ type: 'array', prefixItems: [{ type: 'number' }, { type: 'integer' }] });
    const changes = await ids(base, revision);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(/^response-property-type-changed .*`\[1\]`/);
  });

  it('should read a draft-04 items list like prefixItems, and report nothing for the same tuple', async () => {
    expect(
      await ids(spec({ type: 'array', prefixItems: [{ type: 'string' }] }), spec({ type: 'array', prefixItems: [{ type: 'string' }] })),
    ).toEqual([]);
    const changes = await ids(
      spec({ type: 'array', items: [{ type: 'string' }] }, '3.0.3'),
      spec({ type: 'array', items: [{ type: 'boolean' }] }, '3.0.3'),
    );
    expect(changes).toHaveLength(1);
  });
});
