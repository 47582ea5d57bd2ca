import { describe, expect, it } from 'vitest';
import { parseIr } from '../../src/ir/ir-schema.js';
import type { Schema, SchemaKind } from '../../src/ir/types.js';
import { richApiDocument } from './rich-api-document.js';

const ALL_KINDS: SchemaKind[] = [
  'string',
  'integer',
  'number',
  'boolean',
  'null',
  'array',
  'object',
  'map',
  'enum',
  'const',
  'ref',
  'union',
  'intersection',
  'unknown',
];

function kindsIn(schema: Schema, out: Set<SchemaKind>): void {
  out.add(schema.kind);
  const children: Schema[] =
    schema.kind === 'array'
      ? [schema.items]
      : schema.kind === 'object'
        ? [...schema.properties.map((property) => property.schema), ...(schema.additionalProperties ? [schema.additionalProperties] : [])]
        : schema.kind === 'map'
          ? [schema.values]
          : schema.kind === 'union'
            ? schema.variants
            : schema.kind === 'intersection'
              ? schema.parts
              : [];
  for (const child of children) kindsIn(child, out);
}

describe('IR round trip', () => {
  it('should cover every schema kind in the fixture', () => {
    const kinds = new Set<SchemaKind>();
    for (const named of richApiDocument().schemas) kindsIn(named.schema, kinds);
    expect([...kinds].sort()).toEqual([...ALL_KINDS].sort());
  });

  it('should survive JSON.stringify → JSON.parse → parseIr unchanged (the IR is plain data)', () => {
    const original = richApiDocument();
    const text = JSON.stringify(original);
    const restored = parseIr(JSON.parse(text));
    expect(restored).toEqual(original);
    expect(JSON.stringify(restored)).toBe(text);
  });

  it('should keep hostile keys of sample values as data', () => {
    const restored = parseIr(JSON.parse(JSON.stringify(richApiDocument())));
    const example = restored.operations.find((operation) => operation.operationId === 'createTicket')?.requestBody?.content[0]?.examples[0];
    const value = example?.value as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toBe('not a prototype');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
